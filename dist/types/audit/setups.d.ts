/**
 * The settings of one run's files. Each file is audited with its own config (README, Configuration), so a run
 * has one audit setup for each config that applies to some of its files, and knows which one each file takes.
 */
import type { Config } from '../config/config.js';
import type { LoadLimits } from '../load/load-file.js';
import { RuleRegistry } from '../rules/registry.js';
import type { AuditSetup } from './pool.js';
export declare class RunSetups {
    readonly list: readonly AuditSetup[];
    /** The date the run audits as: every setup's. */
    readonly today: string;
    private readonly indexByFile;
    /** Each setup's `settingsFingerprint`, by index: what the cache keeps with each file's outcome. */
    private readonly fingerprints;
    private constructor();
    /**
     * `configs`: the config of each file of the run, by the path reports name it; files that share a `Config`
     * share a setup. The working directory's config is the first setup, whether or not a file takes it.
     */
    static of(workingDirectory: Config, configs: ReadonlyMap<string, Config>, today: string, limits: LoadLimits): RunSetups;
    /** The index of the setup a file (as reports name it) is audited with; one it was given no config for takes the working directory's. */
    indexOf(file: string): number;
    of(file: string): AuditSetup;
    /** The `settingsFingerprint` of a file's setup. */
    fingerprintOf(file: string): string;
    /** One fingerprint of every setup and which files take it: shards of one run share it (`gapcheck merge`). */
    fingerprint(): string;
    /** Every setup's rules, each id once, the working directory's first: what reports describe. */
    registry(): RuleRegistry;
    /** The ids of the rules some setup runs (not `off`), in the order of `registry()`. */
    rulesThatRan(): string[];
}
