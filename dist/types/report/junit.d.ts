import type { ReportWriter } from './types.js';
/**
 * Two passes over the files: the root's counts first, then each testsuite as it is written, so the testcases of a
 * large repository are never all held at once.
 */
export declare const writeJunit: ReportWriter;
export declare const formatJunit: import("./types.js").Formatter;
/** Control characters escaped as everywhere (XML 1.0 cannot hold most of them), then XML's own escaping. */
export declare function escapeText(text: string): string;
/** As for text, and quotes; line breaks and tabs as references, since parsers turn them into spaces in attributes. */
export declare function escapeAttribute(text: string): string;
