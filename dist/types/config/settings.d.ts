import type { YamlNode } from '../load/yaml.js';
import { type Level } from '../model/severity.js';
import type { Policy, PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { AnyRule } from '../rules/types.js';
import { type ConfigDocument } from './read.js';
export declare const PRESETS: readonly ["recommended", "strict", "none"];
export type Preset = (typeof PRESETS)[number];
/** A rule's entry under `rules`, as written. */
export type WrittenSetting = Level | ({
    severity?: Level;
} & Record<string, unknown>);
/** What one `rules` entry changes: the level when it names one, and the options it sets (checked against the rule). */
export interface RulePatch {
    readonly level?: Level;
    readonly options: Readonly<Record<string, unknown>>;
}
/** A `rules` mapping in a config file: the node, and how messages name it (`rules`, `overrides entry 2: rules`). */
export interface RulesPlace {
    readonly document: ConfigDocument;
    readonly node: YamlNode | undefined;
    readonly label: string;
}
/** Each entry of a `rules` mapping, checked against its rule: `invalid-process` may not be set, options must fit. */
export declare function rulePatches(written: Readonly<Record<string, WrittenSetting>> | undefined, place: RulesPlace, registry: RuleRegistry): Map<string, RulePatch>;
/** The level a preset gives a rule. `invalid-process` is critical whatever the preset (docs/rules/invalid-process.md). */
export declare function presetLevel(preset: Preset, rule: AnyRule): Level;
/** docs/policies.md: what the schema cannot check of the policies, each mistake at its place; the policies with their config. */
export declare function checkedPolicies(policies: readonly Policy[], document: ConfigDocument, registry: RuleRegistry): PolicySource[];
/**
 * `paths`, made absolute. Each must lie in the config's folder or below it: a pull request that edits the
 * config must not make CI read files outside the repository (`/etc`, `../secrets`), as ESLint keeps to its base path.
 */
export declare function resolvePaths(written: readonly string[], document: ConfigDocument): string[];
export declare function entryOf(node: YamlNode | null | undefined, key: string): YamlNode | undefined;
