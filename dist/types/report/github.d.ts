import type { Formatter } from './types.js';
/** GitHub's display limit per kind of annotation and step. */
export declare const ANNOTATIONS_PER_KIND = 10;
export declare const formatGithub: Formatter;
/** GitHub's escaping for a command's message; then every other control character is escaped, as everywhere. */
export declare function escapeData(text: string): string;
/** GitHub's escaping for a command's properties: as for messages, and `:` and `,` too, which separate properties. */
export declare function escapeProperty(text: string): string;
