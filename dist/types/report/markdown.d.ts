import type { Formatter } from './types.js';
export declare const formatMarkdown: Formatter;
