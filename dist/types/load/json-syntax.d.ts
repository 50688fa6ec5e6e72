/**
 * Where JSON that `JSON.parse` refused goes wrong: V8 names the offending character but, for most errors, not
 * where it is. A scan of RFC 8259's grammar finds the first offset at which the text stops being JSON.
 */
import type { Position } from '../position.js';
export interface JsonSyntaxError extends Position {
    /** What is wrong there, in plain words. */
    readonly reason: string;
}
/** The first syntax error in `text`; undefined when it is JSON, or nested too deep to scan. */
export declare function findJsonSyntaxError(text: string): JsonSyntaxError | undefined;
