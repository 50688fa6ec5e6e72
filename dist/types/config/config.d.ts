import type { Level } from '../model/severity.js';
import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { type ChainStep, type Override } from './chain.js';
import { type PluginSource } from './plugins.js';
import { type Preset } from './settings.js';
export interface RuleSetting {
    readonly level: Level;
    readonly options: Readonly<Record<string, unknown>>;
}
/** An entry of `overrides` that applies to the file, with the config that writes it. */
export interface MatchedOverride {
    readonly config: string;
    readonly override: Override;
}
export interface Config {
    /** The config file, when there is one. */
    readonly file?: string;
    /** The preset the settings start from: the last one the chain applies. */
    readonly preset: Preset;
    /** What applies, in order: presets and config files (absolute), the config's own file last. */
    readonly chain: readonly ChainStep[];
    /** The `overrides` entries that match the file, in the order they apply. */
    readonly overrides: readonly MatchedOverride[];
    /** The rules the config was read against, then its chain's policies made rules: what the audit runs. */
    readonly registry: RuleRegistry;
    /** The effective setting of every rule of `registry`. */
    readonly rules: ReadonlyMap<string, RuleSetting>;
    /** Whether a file (absolute) is one the chain's configs `ignore`, each config's globs relative to its own folder. */
    readonly ignores: (file: string) => boolean;
    /** What `gapcheck audit` with no path audits: absolute paths (`paths`, written relative to its config's folder), else the working directory. */
    readonly paths: readonly string[];
    /** The chain's policies as written (docs/policies.md), each with the config that writes it: what a worker thread compiles again. */
    readonly policies: readonly PolicySource[];
    /** The chain's plugins (./plugins.ts), whose rules `registry` holds: what a worker thread loads again. */
    readonly plugins: readonly PluginSource[];
}
/** Where each file's config comes from: a `ConfigResolver`, or one config for every file (`oneConfig`). */
export interface FileConfigs {
    /** The config of the working directory: its `paths` are what an audit with no path audits. */
    workingDirectoryConfig(): Promise<Config>;
    /** The config of a file (absolute). */
    configFor(file: string): Promise<Config>;
}
/** One config for every file, as a config `loadConfig` gave is used by the public `audit()`. */
export declare function oneConfig(config: Config): FileConfigs;
/**
 * The config of each file: configs found once per folder, each config file read once, and one `Config` for each
 * config and set of matching `overrides`, so files that share settings share one object (and one audit setup).
 */
export declare class ConfigResolver implements FileConfigs {
    private readonly cwd;
    private readonly named?;
    private readonly finder;
    private readonly chains;
    private readonly resolved;
    /**
     * `registry`: the rules configs may set besides their policies. `named`: the config --config names, for every
     * file. `textOf`: an editor's unsaved text of a config file, read in place of the disk's.
     */
    constructor(cwd: string, registry: RuleRegistry, named?: string | undefined, textOf?: (file: string) => string | undefined);
    /** The config of a file (absolute): the nearest config above it, else the working directory's. */
    configFor(file: string): Promise<Config>;
    /** The config of the working directory itself (no overrides): its `paths` are what an audit with no path audits. */
    workingDirectoryConfig(): Promise<Config>;
    /** Every config file read so far, with what they extend: configs, never audited as processes. */
    configFiles(): ReadonlySet<string>;
    private chainAt;
    private settled;
}
/** The config of a whole run from one file (undefined: the defaults), as the working directory sees it. */
export declare function loadConfig(file: string | undefined, cwd: string, registry: RuleRegistry): Promise<Config>;
/** The defaults: every rule of `registry` as the recommended preset sets it. */
export declare function defaultConfig(cwd: string, registry: RuleRegistry): Config;
