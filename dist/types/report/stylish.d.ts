import type { ReportWriter } from './types.js';
export declare const writeStylish: ReportWriter;
export declare const formatStylish: import("./types.js").Formatter;
