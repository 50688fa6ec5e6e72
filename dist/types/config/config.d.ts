import { type Level } from '../model/severity.js';
import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
export declare const CONFIG_FILE_NAME = "gapcheck.config.yaml";
export declare const PRESETS: readonly ["recommended", "strict", "none"];
export type Preset = (typeof PRESETS)[number];
export interface RuleSetting {
    readonly level: Level;
    readonly options: Readonly<Record<string, unknown>>;
}
export interface Config {
    /** The config file, when there is one. */
    readonly file?: string;
    readonly preset: Preset;
    /** The rules the config was read against, then its policies made rules: what the audit runs. */
    readonly registry: RuleRegistry;
    /** The effective setting of every rule of `registry`. */
    readonly rules: ReadonlyMap<string, RuleSetting>;
    readonly ignore: readonly string[];
    /** Where `ignore` globs are relative to: the config file's folder, else the working directory. */
    readonly ignoreBase: string;
    /** What `gapcheck audit` with no path audits: absolute paths (`paths`, written relative to the config's folder), else the working directory. */
    readonly paths: readonly string[];
    /** The config's policies as written (docs/policies.md), each with the config that writes it: what a worker thread compiles again. */
    readonly policies: readonly PolicySource[];
}
/** The config in `cwd` or its nearest ancestor, or undefined. */
export declare function findConfigFile(cwd: string): string | undefined;
/** `registry`: the rules the config may set besides its own policies (and the audit runs, with the policies). */
export declare function loadConfig(file: string | undefined, cwd: string, registry: RuleRegistry): Config;
