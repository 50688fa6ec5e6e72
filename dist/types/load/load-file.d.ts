import type { Process } from '../model/process.js';
import type { Complaint, OffsetComplaint } from './complaint.js';
import { type Position } from '../position.js';
export type LoadedDocument = {
    readonly kind: 'process';
    readonly process: Process;
} | {
    readonly kind: 'invalid';
    readonly complaints: readonly Complaint[];
};
export interface LoadedFile {
    /** Relative to the working directory, `/` separators. */
    readonly path: string;
    readonly documents: readonly LoadedDocument[];
}
export interface LoadLimits {
    /** Files larger than this are not parsed. */
    readonly maxFileBytes: number;
}
export declare const DEFAULT_LOAD_LIMITS: LoadLimits;
/** Far beyond any real process; a million steps would take minutes and gigabytes to validate and audit. */
export declare const MAX_STEPS_PER_PROCESS = 200000;
/** `ruleIds`, here and below: the rules of the registry the audit runs, which waivers may name. */
export declare function loadProcessFile(absolutePath: string, path: string, ruleIds: readonly string[], limits?: LoadLimits): Promise<LoadedFile>;
/**
 * A file's bytes; or, when it is too large or cannot be read, the invalid file it is reported as.
 * Synchronous: for thousands of small files it is ten times faster than the promise API (docs/performance.md).
 */
export declare function readProcessBytes(absolutePath: string, path: string, limits?: LoadLimits): Uint8Array | LoadedFile;
/** Decodes, parses and validates a file's bytes; never throws for bad input. */
export declare function loadProcessBytes(path: string, bytes: Uint8Array, ruleIds: readonly string[]): LoadedFile;
/** The first git conflict marker, as a complaint: such a file is half of two versions, whatever it parses as. */
export declare function findMergeConflict(text: string): OffsetComplaint | undefined;
/** A folder discovery could not enter: reported like a file that cannot be read, so the audit cannot pass silently. */
export declare function unreadableFolder(folder: {
    readonly path: string;
}): LoadedFile;
/** Parses and validates a file's text; never throws for bad input. */
export declare function loadProcessText(path: string, text: string, ruleIds: readonly string[]): LoadedFile;
export type Decoded = string | {
    readonly problem: string;
    readonly at: Position;
};
/** UTF-8 text without a byte-order mark; binary or mis-encoded files are refused with a reason and the place. */
export declare function decodeText(bytes: Uint8Array): Decoded;
export declare function describeFsError(error: unknown): string;
