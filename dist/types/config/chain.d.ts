import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { type LoadedPlugin } from './plugins.js';
import { type ConfigDocument } from './read.js';
import { type Preset, type RulePatch } from './settings.js';
/** An entry of `overrides`: rule settings for the files its globs match, relative to its config's folder. */
export interface Override {
    /** Its place in the config's list, from 1, as messages and --print-config name it. */
    readonly entry: number;
    readonly files: readonly string[];
    readonly matches: (relativePath: string) => boolean;
    readonly rules: ReadonlyMap<string, RulePatch>;
}
/** One config file's own settings, checked. */
export interface ConfigFileSettings {
    readonly document: ConfigDocument;
    readonly folder: string;
    readonly rules: ReadonlyMap<string, RulePatch>;
    readonly overrides: readonly Override[];
    /** `ignore` globs, relative to `folder`. */
    readonly ignore: readonly string[];
    /** `paths`, absolute, when the file sets them. */
    readonly paths?: readonly string[];
}
/** What applies, in order: a preset sets every rule's level and options, a config file changes some. */
export type ChainStep = {
    readonly preset: Preset;
} | {
    readonly config: ConfigFileSettings;
};
export interface Chain {
    /** The config file the chain is of; none for the defaults. */
    readonly file?: ConfigFileSettings;
    /** The plugins its configs list (./plugins.ts), each once, in the order they are first listed. */
    readonly plugins: readonly LoadedPlugin[];
    readonly steps: readonly ChainStep[];
    /** The rules the chain may set and the audit runs: the registry given, then every policy of the chain. */
    readonly registry: RuleRegistry;
    /** The chain's policies, each as its last config writes it (a later config's policy replaces one of the same id). */
    readonly policies: readonly PolicySource[];
}
/** Reads config files into chains, each file once (`chainOf` keeps every chain it made). */
export declare class ConfigChains {
    private readonly cwd;
    private readonly registry;
    private readonly textOf;
    private readonly chains;
    /** `registry`: the rules every config may set besides the policies of its chain. `textOf`: an editor's unsaved text of a file. */
    constructor(cwd: string, registry: RuleRegistry, textOf?: (file: string) => string | undefined);
    /** The chain of the defaults: no file, so only the default preset (`withDefaultPreset`). */
    defaults(): Chain;
    /** The chain of a config file (absolute). `trail`: the files extending it, outermost first, to name a loop. */
    chainOf(file: string, trail?: readonly string[]): Promise<Chain>;
    /** Every config file read so far: the chains' files, which are configs and never audited as processes. */
    files(): string[];
    private load;
    /**
     * `trail`: the configs extending it, outermost first, and the document's own file last. `given`: plugins it
     * has without listing them (a plugin's config has its plugin's rules).
     */
    private chainOfDocument;
    private settingsOf;
    /**
     * What the config extends, in order: each preset, and the chain of each file and plugin config. `own`: the
     * plugins the config lists, whose configs it may extend, as it may those of the plugins of what it extended before.
     */
    private extended;
    /** The chain of a plugin's config, read once like a file's. */
    private chainOfPluginConfig;
    /**
     * The config file an `extends` entry names: a path (starting with `.` or `/`, or ending in `.yaml`/`.yml`),
     * relative to the extending config's folder, or a package, resolved from that folder as Node resolves it,
     * whose main file is a config in YAML.
     */
    private extendedFile;
}
/**
 * Every chain starts from a preset: the default one unless it starts with one. A config that extends no preset
 * adds none of its own, so `extends: [strict, ./base.yaml]` stays strict where base.yaml says nothing.
 */
export declare function withDefaultPreset(steps: readonly ChainStep[]): ChainStep[];
