import type { ProcessRule } from './types.js';
export declare const customerEffort: ProcessRule;
