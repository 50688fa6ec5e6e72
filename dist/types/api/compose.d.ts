import type { Config, FileConfigs } from '../config/config.js';
import type { AuditResult } from '../audit/audit.js';
import type { AuditedFile, LookUp, RunResult } from '../audit/run.js';
import { RunSetups } from '../audit/setups.js';
import type { Shard } from '../audit/shard.js';
import { type DiscoverOptions, type FoundFile } from '../load/discover.js';
import type { LoadLimits } from '../load/load-file.js';
import type { ReportContext, ReportSettings } from '../report/types.js';
/** What `gapcheck audit` with no path audits: the config's `paths` as the command line shows them, else `.`. */
export declare function defaultPaths(config: Config, cwd: string): string[];
/** How files are found for an audit from `cwd`: each file's config says whether it ignores the file. */
export declare function discoverOptions(configs: FileConfigs, cwd: string): DiscoverOptions;
/**
 * The files `gapcheck audit` with no path would audit and this run does not, with their setups: read only
 * to find the processes audited ones name (docs/rules/emergency-path.md), so looked for only when one does
 * (`AuditRun`): auditing one file of a large repository never walks the rest. A default path that holds no
 * process file, or does not exist, adds none: it is no error of this run's.
 */
export declare function lookUpLater(defaults: readonly string[], options: DiscoverOptions, audited: ReadonlySet<string | undefined>, setupsOf: (files: readonly FoundFile[]) => Promise<RunSetups>): () => Promise<LookUp>;
/** What each file's audit is given: its config's rules, settings, policies and plugins, and the date; one setup per config. */
export declare function runSetups(configs: FileConfigs, workingDirectory: Config, files: readonly FoundFile[], today: string, limits: LoadLimits): Promise<RunSetups>;
/** The config file as reports name it: relative to `cwd`, `/` separators; undefined without one. */
export declare function reportedConfigFile(config: Config, cwd: string): string | undefined;
/** What a report of an audit is made from, besides how it is shown (`settings`) and the result it shows. */
export interface AuditedRun {
    readonly setups: RunSetups;
    readonly audited: readonly AuditedFile[];
    readonly processes: RunResult['processes'];
    readonly shard?: Shard;
}
export declare function reportContext(settings: ReportSettings, result: AuditResult, run: AuditedRun): ReportContext;
