import { type LoadLimits } from '../load/load-file.js';
import type { FileOutcome } from './audit.js';
export declare const DEFAULT_CACHE_LOCATION = ".gapcheck-cache";
export interface CacheEntry {
    /** SHA-256 of the file's bytes. */
    readonly hash: string;
    /** The file's stamp (`fileStamp`) from before the bytes were read; absent when it was racily clean. */
    readonly stamp?: string;
    /** The project-rule findings the outcome was audited with (`projectKey`). */
    readonly project: string;
    /** The fingerprint of the settings the file was audited with (`settingsFingerprint`): its config's. */
    readonly settings: string;
    readonly outcome: FileOutcome;
}
/** The report a run printed, as UTF-8 bytes, and the key of everything it was made from (`AuditRun.reportKey`). */
export interface KeptReport {
    readonly key: string;
    readonly exitCode: number;
    readonly bytes: Uint8Array;
}
type ReportHeader = Omit<KeptReport, 'bytes'>;
/** A report to keep: the pieces the formatter wrote, in order. */
export type ReportToKeep = ReportHeader & {
    readonly pieces: readonly string[];
};
export type CacheState = 'absent' | 'stale' | 'damaged' | 'valid';
export declare class OutcomeCache {
    readonly location: string;
    private readonly key;
    /** Undefined when no secret could be kept: then nothing is read or written. */
    private readonly secret;
    private readonly previous;
    /** `damaged`: the file was there but unreadable or corrupt; `stale`: written for another version, config or day. */
    readonly state: CacheState;
    private readonly previousReport?;
    /** Why no secret could be kept, so the run is audited without the cache: a note for the user. */
    readonly secretProblem?: string | undefined;
    private readonly next;
    private report?;
    private constructor();
    static open(location: string, key: string): Promise<OutcomeCache>;
    /** The entry for a file, when its bytes and settings are the ones the entry was made from. */
    get(file: string, fileHash: string, settings: string): CacheEntry | undefined;
    /** The entry for a file, when the file still has the stamp it had when the entry was made, under the same settings. */
    getStamped(file: string, stamp: string, settings: string): CacheEntry | undefined;
    set(file: string, entry: CacheEntry): void;
    /** The report the last run kept, when it was made from exactly what `key` says. */
    keptReport(key: string): KeptReport | undefined;
    /** The report to keep with this run's entries; none, and the last one is dropped. */
    keepReport(report: ReportToKeep | undefined): void;
    /**
     * Writes this run's entries and report, and keeps earlier entries of the files in
     * `keep` that this run did not audit (those of other shards); entries of files
     * that are gone are dropped. Does not write when nothing changed.
     */
    save(keep: ReadonlySet<string>): Promise<void>;
}
/**
 * What `stat` says of a file that changes whenever its bytes do: size, device, inode,
 * modification and change times. Undefined when the file cannot be stat'ed, or
 * changed so shortly before `now` (ns since the epoch) that a further change
 * could keep the same times.
 */
export declare function fileStamp(absolutePath: string, now: bigint): string | undefined;
/** SHA-256 of bytes, or of text as its UTF-8 bytes. */
export declare function contentHash(data: string | Uint8Array): string;
/** Everything besides a file's bytes and its config's settings (each entry's `settings`) that decides its outcome. */
export declare function cacheKey(build: string, today: string, limits: LoadLimits): string;
export {};
