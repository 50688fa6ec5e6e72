import { type Discovery, type FoundFile } from '../load/discover.js';
import { type LoadLimits } from '../load/load-file.js';
import type { Process } from '../model/process.js';
import { type AuditResult } from './audit.js';
import { type KeptReport } from './cache.js';
import type { RunSetups } from './setups.js';
import { type Shard } from './shard.js';
/** A file audited, with what it holds: what reports list, in report order. */
export interface AuditedFile {
    readonly file: string;
    /** The id of each document's process, in file order; null for a document that is not a valid process. */
    readonly processes: readonly (string | null)[];
}
/** The files read only to find the processes audited ones name, and how each is loaded (its config's rules). */
export interface LookUp {
    readonly files: readonly FoundFile[];
    readonly setups: RunSetups;
}
export interface RunOptions {
    /** Each file's settings: its config's (./setups.ts). */
    readonly setups: RunSetups;
    readonly limits: LoadLimits;
    /** Threads to audit on; `auto` uses every core once the work is large enough to pay for starting them. */
    readonly jobs: number | 'auto';
    /** `build` tells this gapcheck's code from any other's (`buildId`): results of other code are never reused. */
    readonly cache?: {
        readonly location: string;
        readonly build: string;
    };
    readonly shard?: Shard;
    /**
     * Process files this run does not audit but `gapcheck audit` with no path would, with their setups: read
     * only for the processes audited ones name (`ProjectContext.lookup`), never reported, and looked for only
     * when an audited process names one.
     */
    readonly lookup?: () => Promise<LookUp>;
    /** Whether the report needs the processes themselves (a format that draws them). */
    readonly keepProcesses?: boolean;
    /** Told the number of files to audit, then each time some are done. */
    readonly progress?: {
        start(total: number): void;
        advance(files: number): void;
    };
}
export interface RunResult {
    readonly result: AuditResult;
    /** Every file audited, in report order, with what it holds. */
    readonly audited: readonly AuditedFile[];
    /** How many files' outcomes came from the cache. */
    readonly reused: number;
    /** The processes of the files audited, in file order, when `keepProcesses` asked for them. */
    readonly processes: readonly ProcessToDraw[];
    /** Things the user should know that do not change the result (a cache that could not be used). */
    readonly notes: readonly string[];
}
/**
 * Below about this much text, a worker thread costs more than it saves, even with a
 * free core: it loads its modules and JIT-compiles the hot code anew, and on two cores
 * that compiling competes with both threads' auditing. Where the bench's threads
 * section crosses over, on the hosts measured: see "Worker threads" in docs/performance.md.
 */
export declare const THREAD_THRESHOLD_BYTES: number;
/** What a report was made with besides the run's files and settings (format, flags), as a string to compare. */
export interface KeptReportSource {
    readonly reportOptions: string;
    /** The report as it was written, in pieces. */
    readonly pieces: readonly string[];
    readonly exitCode: number;
}
/**
 * One run, in steps: prepared (the cache opened, every file stamped, read or taken
 * from the cache), then either replayed (the report the last run printed, when
 * nothing it was made from has changed) or audited, and at last saved to the cache.
 */
export declare class AuditRun {
    private readonly discovery;
    private readonly options;
    private readonly folders;
    private readonly cache;
    private readonly slots;
    private readonly notes;
    /** Whether this run read files for look-up: a report they helped make may change unseen, so it is never kept. */
    private lookedUp;
    private constructor();
    static prepare(discovery: Discovery, options: RunOptions): Promise<AuditRun>;
    /** Whether `save` can keep the report printed: only a run with a cache keeps one, so only it need collect it. */
    get keepsReports(): boolean;
    /**
     * The report the last run kept, when this run would print the very same: every
     * file vouched for by its stamp, under the same settings (the cache's key) and
     * `reportOptions`. Never for shards, unreadable files or the formats that draw processes.
     */
    replay(reportOptions: string): KeptReport | undefined;
    audit(): Promise<RunResult>;
    /**
     * Writes the cache, when the run has one: each audited file's outcome, and the
     * report printed (when it can be replayed). Returns what the user should know
     * (a cache that could not be written).
     */
    save(report?: KeptReportSource): Promise<string[]>;
    /** The files outside the run that may hold a process the audited ones name, loaded; none when they name none. */
    private lookUp;
    /** Everything a report of this run is made from: the settings are the cache's key, so the files and `reportOptions`. */
    private reportKey;
}
/** What drawing a process takes of it (`DrawnProcess` in the report layer). */
export type ProcessToDraw = Pick<Process, 'id' | 'file' | 'at' | 'title' | 'owner' | 'start' | 'steps'>;
