import type { RuleRegistry } from '../rules/registry.js';
import type { ProcessRule } from '../rules/types.js';
/** A plugin as plain data: what a worker thread is sent to load it again. */
export interface PluginSource {
    /** As the config names it: a package (`gapcheck-plugin-acme`) or a path relative to its folder (`./rules/acme.js`). */
    readonly spec: string;
    /** The file it resolved to, absolute. */
    readonly module: string;
    /** The config that names it, as reports name files. */
    readonly config: string;
    /** A fingerprint of its code, for the cache key: its package's version and integrity, or its file's bytes. */
    readonly identity: string;
}
export interface LoadedPlugin extends PluginSource {
    /** Its rules' prefix: a rule `vip-callback` of the plugin `acme` is `acme/vip-callback`. */
    readonly name: string;
    /** Its rules, each with its id `NAME/ID` and its source. */
    readonly rules: readonly PluginRule[];
    /** Its shareable configs (`extends: plugin:NAME/CONFIG`), by name, as the plugin writes them. */
    readonly configs: ReadonlyMap<string, unknown>;
}
type PluginRule = ProcessRule<any>;
/** Where the config names a plugin: the entry of its `plugins` list. */
export interface PluginEntryPlace {
    /** The config file as reports name it. */
    readonly config: string;
    readonly line: number;
    readonly column: number;
}
/** The plugin `spec` names, as a config at `configFile` (absolute) names it at `at`; a UsageError saying why when it cannot be loaded. */
export declare function loadPlugin(spec: string, configFile: string, at: PluginEntryPlace): Promise<LoadedPlugin>;
/** A plugin loaded again from what `loadPlugin` found (in a worker thread): its file, checked as before. */
export declare function reloadPlugin(source: PluginSource): Promise<LoadedPlugin>;
/** What a worker thread is sent of a plugin: plain data. */
export declare function pluginSource({ spec, module, config, identity }: PluginSource): PluginSource;
/** `registry`'s rules, then each plugin's in the order the config names them; `registry` itself without any. */
export declare function withPlugins(registry: RuleRegistry, plugins: readonly LoadedPlugin[]): RuleRegistry;
export {};
