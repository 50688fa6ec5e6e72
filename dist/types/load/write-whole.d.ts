import { type Stats } from 'node:fs';
type Data = string | Uint8Array | Iterable<string | Uint8Array>;
/** A file about to be written, resolved and checked: `writeTo` writes it. */
export interface WriteTarget {
    /** As the user named it, for messages. */
    readonly named: string;
    /** What is written, for messages: "the report". */
    readonly what: string;
    /** The file written: the named one with every link on the way resolved. */
    readonly path: string;
    /** `replace`: a regular file, or none yet, replaced by rename; `direct`: a device or pipe, written to. */
    readonly how: 'replace' | 'direct';
    /** With `direct`, a descriptor of this process the path names (`/dev/stdout` is `/proc/self/fd/1`): written to as it is. */
    readonly descriptor?: number;
    /** Device and inode of the file there now; absent when there is none. */
    readonly identity?: string;
    /** Permission bits of the regular file replaced, kept on the new one. */
    readonly mode?: number;
    /** Whether folders missing on the way are created (`--output`), or make the target unwritable. */
    readonly createFolders: boolean;
}
/**
 * Resolves `absolute` (every link on the way, to the file that would be written) and checks that it can be written:
 * its folder exists (or, with `createFolders`, can be made) and may be written, and it is not a folder.
 * Throws a UsageError naming `named` otherwise; writes nothing.
 */
export declare function checkTarget(named: string, absolute: string, what: string, createFolders?: boolean): Promise<WriteTarget>;
/** Where a write to `absolute` would land, without checking it may be written: to compare it with what is read. */
export declare function resolveTarget(named: string, absolute: string): Promise<WriteTarget>;
/** Why a write failed, in plain words: the ways a write fails beyond those of a read. */
export declare function describeWriteError(error: unknown): string;
export declare function identityOf(stats: Stats): string;
/** Writes `data` to a checked target: whole, by rename, or directly when it is a device or pipe. */
export declare function writeTo(target: WriteTarget, data: Data): Promise<void>;
/** Resolves, checks and writes `target` in one go: for a file no other target depends on (the cache). */
export declare function writeWhole(target: string, data: Data, what: string): Promise<void>;
/** Writes `data` to standard output as it comes, each part once the reader has taken what it was given. */
export declare function writeToStdout(data: Data): Promise<void>;
/** Removes the folders a recursive `mkdir` made, from `deepest` up to `first` (what it returned), as long as they are empty. */
export declare function removeMadeFolders(deepest: string, first: string): Promise<void>;
export {};
