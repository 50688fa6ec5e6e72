/**
 * `gapcheck merge`: the JSON reports of the shards of one run (`gapcheck audit --shard I/N --format json`), read back
 * and put together into what one unsharded run would have reported. Reports of different runs (another gapcheck,
 * other settings, another date, another split) and an incomplete set of shards are refused: a report that silently
 * left out a shard would pass a CI job it should fail.
 */
import { type RuleCrash, type WaivedGap } from '../audit/audit.js';
import type { Shard } from '../audit/shard.js';
import type { Gap } from '../rules/types.js';
import type { DrawnProcess } from './diagram.js';
import type { ReportedRun } from './json.js';
import type { AuditedFile } from '../audit/run.js';
import type { ReportContext } from './types.js';
/** One shard's JSON report, read back: its `run` as written (`ReportedRun`), with the shard, files and drawings read as the audit holds them. */
export interface ShardReport extends Omit<ReportedRun, 'shard' | 'files' | 'processes'> {
    /** The file it was read from, as named on the command line. */
    readonly name: string;
    /** null for the report of a whole run. */
    readonly shard: Shard | null;
    readonly files: readonly AuditedFile[];
    readonly processes: readonly DrawnProcess[];
    readonly gaps: readonly Gap[];
    readonly waived: readonly WaivedGap[];
    readonly crashes: readonly RuleCrash[];
}
/** What a merged report is made from: a `ReportContext` but for how it is shown (--fail-on, --quiet, colour). */
export type MergedRun = Pick<ReportContext, 'result' | 'paths' | 'configFile' | 'today' | 'audited' | 'rules' | 'processes' | 'run'>;
/** Reads one report's text; a UsageError names the file (and line and column for JSON that does not parse). */
export declare function readShardReport(name: string, text: string): ShardReport;
/** Reads one report's data, as `JSON.parse` gives it; a UsageError names the report (`name`) and the field not as gapcheck writes it. */
export declare function readReport(name: string, value: unknown): ShardReport;
/** The run the shards' reports add up to; a UsageError when they are not every shard of one run, each once. */
export declare function mergeShards(reports: readonly ShardReport[]): MergedRun;
/** What the reports add up to, told apart by nothing but their files: every shard of one run, or one whole run's report. */
export declare function combinedRun(reports: readonly ShardReport[]): MergedRun;
