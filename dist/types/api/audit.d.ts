import { type Config } from '../config/config.js';
import { type AuditResult } from '../audit/audit.js';
import { type AuditedFile, type RunResult } from '../audit/run.js';
import { RunSetups } from '../audit/setups.js';
import { type JsonReport } from '../report/json.js';
/** What to audit, and how: the public `audit()`'s options. */
export interface AuditOptions {
    /**
     * Folders and files to audit, relative to `cwd`, as `gapcheck audit PATH...` takes them; default: the config's
     * `paths`, else `.`. Files the config ignores are left out. Not with `files`.
     */
    readonly paths?: string | readonly string[];
    /** Process files' text by the path reports name them with (`processes/orders.yaml`): audited together, nothing read from disk. Not with `paths`. */
    readonly files?: Readonly<Record<string, string>>;
    /** The working directory: where paths start and the config is looked for (default: `process.cwd()`). */
    readonly cwd?: string;
    /** A config `loadConfig` gave, or the path of a config file (as `--config`); default: found as the command line finds it. */
    readonly config?: Config | string;
    /** The date to audit as, `YYYY-MM-DD` (as `--today`); default: today in UTC. */
    readonly today?: string;
    /** Threads to audit `paths` on, as `--jobs` (default `auto`). */
    readonly jobs?: number | 'auto';
}
/**
 * Audits process files on disk (`paths`) or in memory (`files`) and resolves to the JSON report's data: what
 * `gapcheck audit --format json` prints for the same files, config and date. Rejects with an `Error` whose message
 * says what is wrong and what to do (an invalid config at its file, line and column; a path that does not exist).
 */
export declare function audit(options?: AuditOptions): Promise<JsonReport>;
export interface AuditOutcome {
    readonly paths: readonly string[];
    /** Each file's settings: its config's. */
    readonly setups: RunSetups;
    readonly result: AuditResult;
    readonly audited: readonly AuditedFile[];
    readonly processes: RunResult['processes'];
}
/** Files' text audited together, nothing read from disk: `audit({ files })` and the rule tester. */
export declare function auditTexts(files: Readonly<Record<string, string>>, config: Config, today: string): AuditOutcome;
