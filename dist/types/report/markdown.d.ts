import type { ReportWriter } from './types.js';
/** Block by block, each section's flowchart drawn only when the section is written. */
export declare const writeMarkdown: ReportWriter;
export declare const formatMarkdown: import("./types.js").Formatter;
