import type { Formatter, ReportWriter } from './types.js';
/** GitHub's display limit per kind of annotation and step. */
export declare const ANNOTATIONS_PER_KIND = 10;
export declare const formatGithub: Formatter;
/** At most ten annotations of each kind and a few notes: small whatever the audit, so written in one piece. */
export declare const writeGithub: ReportWriter;
/** GitHub's escaping for a command's message; then every other control character is escaped, as everywhere. */
export declare function escapeData(text: string): string;
/** GitHub's escaping for a command's properties: as for messages, and `:` and `,` too, which separate properties. */
export declare function escapeProperty(text: string): string;
