import type { Formatter } from './types.js';
export declare const formatJunit: Formatter;
/** Control characters escaped as everywhere (XML 1.0 cannot hold most of them), then XML's own escaping. */
export declare function escapeText(text: string): string;
/** As for text, and quotes; line breaks and tabs as references, since parsers turn them into spaces in attributes. */
export declare function escapeAttribute(text: string): string;
