import type { ReportWriter } from './types.js';
export declare const INFORMATION_URI = "https://gapcheck.dev";
/** The partialFingerprints key of gapcheck's own fingerprint; bump the version if its recipe ever changes. */
export declare const FINGERPRINT_KEY = "gapcheck/v1";
export declare const writeSarif: ReportWriter;
export declare const formatSarif: import("./types.js").Formatter;
/** A relative path as a URI reference: each segment percent-encoded, so spaces, `#` and `%` in names stay part of the path. */
export declare function fileUri(file: string): string;
