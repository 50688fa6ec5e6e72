/**
 * A config file and everything it extends, as the ordered steps that make its settings: presets, shareable
 * configs (a path or a package) and the file itself last, each file read and checked once, however many
 * configs extend it.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import { toPosix } from '../load/discover.js';
import { closestName } from '../load/suggest.js';
import { validateConfig } from '../load/validate.js';
import { toPlain, type YamlNode } from '../load/yaml.js';
import { withPolicies } from '../rules/policy/index.js';
import type { Policy, PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { loadPlugin, withPlugins, type LoadedPlugin } from './plugins.js';
import { located, pluginConfigDocument, readConfigDocument, shownPath, type ConfigDocument } from './read.js';
import {
  PRESETS,
  checkedPolicies,
  entryOf,
  resolvePaths,
  rulePatches,
  type Preset,
  type RulePatch,
  type WrittenSetting,
} from './settings.js';

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
export type ChainStep = { readonly preset: Preset } | { readonly config: ConfigFileSettings };

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

interface RawConfig {
  rules?: Record<string, WrittenSetting>;
  ignore?: string[];
  paths?: string[];
  policies?: Policy[];
  overrides?: { files: string[]; rules?: Record<string, WrittenSetting> }[];
}

const DEFAULT_PRESET: Preset = 'recommended';

/** Reads config files into chains, each file once (`chainOf` keeps every chain it made). */
export class ConfigChains {
  private readonly chains = new Map<string, Promise<Chain>>();

  /** `registry`: the rules every config may set besides the policies of its chain. `textOf`: an editor's unsaved text of a file. */
  constructor(
    private readonly cwd: string,
    private readonly registry: RuleRegistry,
    private readonly textOf: (file: string) => string | undefined = () => undefined,
  ) {}

  /** The chain of the defaults: no file, so only the default preset (`withDefaultPreset`). */
  defaults(): Chain {
    return { steps: [], registry: this.registry, policies: [], plugins: [] };
  }

  /** The chain of a config file (absolute). `trail`: the files extending it, outermost first, to name a loop. */
  chainOf(file: string, trail: readonly string[] = []): Promise<Chain> {
    let chain = this.chains.get(file);
    if (chain === undefined) {
      chain = this.load(file, trail);
      this.chains.set(file, chain);
    }
    return chain;
  }

  /** Every config file read so far: the chains' files, which are configs and never audited as processes. */
  files(): string[] {
    return [...this.chains.keys()];
  }

  private async load(file: string, trail: readonly string[]): Promise<Chain> {
    return this.chainOfDocument(readConfigDocument(file, this.cwd, this.textOf(file)), [...trail, file]);
  }

  /**
   * `trail`: the configs extending it, outermost first, and the document's own file last. `given`: plugins it
   * has without listing them (a plugin's config has its plugin's rules).
   */
  private async chainOfDocument(
    document: ConfigDocument,
    trail: readonly string[],
    given: readonly LoadedPlugin[] = [],
  ): Promise<Chain> {
    const own = [...given, ...(await loadPlugins(document))];
    const extended = await this.extended(document, trail, own);
    const chains = extended.filter((chain): chain is Chain => 'policies' in chain);
    const plugins = mergePlugins([...chains.flatMap((chain) => chain.plugins), ...own], document);
    const withTheirRules = withPlugins(this.registry, plugins);
    const inherited = mergePolicies(chains.flatMap((chain) => chain.policies));
    const complaints = validateConfig(document.root, [
      ...withTheirRules.ids,
      ...inherited.map(({ policy }) => policy.id),
    ]);
    if (complaints.length > 0)
      throw new UsageError(complaints.map((c) => located(document.source, c.offset, c.message)).join('\n'));
    const raw = (document.root === null ? {} : toPlain(document.root)) as RawConfig;
    const policies = mergePolicies([...inherited, ...checkedPolicies(raw.policies ?? [], document, this.registry)]);
    // In the order a worker thread builds it again (pool.ts `workerRegistry`): plugins' rules, then policies.
    const registry = withPolicies(withTheirRules, policies);
    const settings = this.settingsOf(document, raw, registry);
    const steps = [...extended.flatMap((chain) => ('steps' in chain ? chain.steps : [chain])), { config: settings }];
    return { file: settings, steps, registry, policies, plugins };
  }

  private settingsOf(document: ConfigDocument, raw: RawConfig, registry: RuleRegistry): ConfigFileSettings {
    const written = entryOf(document.root, 'overrides');
    const overrides = (raw.overrides ?? []).map((override, index): Override => {
      const node = written?.kind === 'seq' ? written.items[index] : undefined;
      const place = { document, node: entryOf(node, 'rules'), label: `overrides entry ${index + 1}: rules` };
      return {
        entry: index + 1,
        files: override.files,
        matches: picomatch(override.files, { dot: true }),
        rules: rulePatches(override.rules, place, registry),
      };
    });
    return {
      document,
      folder: path.dirname(document.file),
      rules: rulePatches(raw.rules, { document, node: entryOf(document.root, 'rules'), label: 'rules' }, registry),
      overrides,
      ignore: raw.ignore ?? [],
      ...(raw.paths ? { paths: resolvePaths(raw.paths, document) } : {}),
    };
  }

  /**
   * What the config extends, in order: each preset, and the chain of each file and plugin config. `own`: the
   * plugins the config lists, whose configs it may extend, as it may those of the plugins of what it extended before.
   */
  private async extended(
    document: ConfigDocument,
    trail: readonly string[],
    own: readonly LoadedPlugin[],
  ): Promise<(Chain | ChainStep)[]> {
    const extended: (Chain | ChainStep)[] = [];
    for (const { name, offset } of extendsEntries(document.root)) {
      if ((PRESETS as readonly string[]).includes(name)) {
        extended.push({ preset: name as Preset });
        continue;
      }
      const at = (message: string): UsageError =>
        new UsageError(located(document.source, offset, `extends "${escapeUntrusted(name)}" ${message}`));
      const loaded = [...own, ...extended.flatMap((chain) => ('plugins' in chain ? chain.plugins : []))];
      const plugin = name.startsWith(PLUGIN_PREFIX) ? pluginConfig(name, loaded, at) : undefined;
      const target = plugin?.key ?? this.extendedFile(name, path.dirname(document.file), at);
      const loop = trail.indexOf(target);
      if (loop !== -1) {
        const files = [...trail.slice(loop), target].map((file) => shownPath(file, this.cwd));
        throw at(`makes a loop: ${files.join(' extends ')}; remove one of these extends`);
      }
      extended.push(await (plugin ? this.chainOfPluginConfig(plugin, trail) : this.chainOf(target, trail)));
    }
    return extended;
  }

  /** The chain of a plugin's config, read once like a file's. */
  private chainOfPluginConfig(config: PluginConfig, trail: readonly string[]): Promise<Chain> {
    let chain = this.chains.get(config.key);
    if (chain === undefined) {
      const document = pluginConfigDocument(config.key, config.name, config.value);
      chain = this.chainOfDocument(document, [...trail, config.key], [config.plugin]);
      this.chains.set(config.key, chain);
    }
    return chain;
  }

  /**
   * The config file an `extends` entry names: a path (starting with `.` or `/`, or ending in `.yaml`/`.yml`),
   * relative to the extending config's folder, or a package, resolved from that folder as Node resolves it,
   * whose main file is a config in YAML.
   */
  private extendedFile(name: string, folder: string, at: (message: string) => UsageError): string {
    if (/^[./]/.test(name) || /\.ya?ml$/.test(name) || path.isAbsolute(name)) {
      const file = path.resolve(folder, name);
      const shown = shownPath(file, this.cwd);
      if (!isFile(file))
        throw at(
          `cannot be found: there is no file "${shown}"; check the path, which is relative to this config's folder`,
        );
      return file;
    }
    let file: string;
    try {
      file = createRequire(path.join(folder, 'gapcheck.config.yaml')).resolve(name);
    } catch {
      const preset = closestName(name, PRESETS);
      throw at(
        preset !== undefined
          ? `is not a preset or an installed package; did you mean "${preset}"?`
          : `cannot be found: no package "${escapeUntrusted(name)}" is installed where this config is; install it (npm install --save-dev ${escapeUntrusted(name)}), or write a path as ./${escapeUntrusted(name)}.yaml`,
      );
    }
    if (!/\.ya?ml$/.test(file))
      throw at(
        `is a package whose main file "${toPosix(path.relative(this.cwd, file))}" is not a YAML config; a shareable config package has a gapcheck config in YAML as its main file`,
      );
    return file;
  }
}

/** `extends` as written: a name, or a list of names, each with its place; anything else is left to the schema to refuse. */
function extendsEntries(root: YamlNode | null): { name: string; offset: number }[] {
  const written = entryOf(root, 'extends');
  const named = (node: YamlNode): { name: string; offset: number }[] =>
    node.kind === 'scalar' && typeof node.value === 'string' && node.value !== ''
      ? [{ name: node.value, offset: node.offset }]
      : [];
  if (written?.kind === 'scalar') return named(written);
  if (written?.kind === 'seq')
    return written.items.every((item) => named(item).length === 1) ? written.items.flatMap(named) : [];
  return [];
}

/**
 * Every chain starts from a preset: the default one unless it starts with one. A config that extends no preset
 * adds none of its own, so `extends: [strict, ./base.yaml]` stays strict where base.yaml says nothing.
 */
export function withDefaultPreset(steps: readonly ChainStep[]): ChainStep[] {
  const first = steps[0];
  return first !== undefined && 'preset' in first ? [...steps] : [{ preset: DEFAULT_PRESET }, ...steps];
}

const PLUGIN_PREFIX = 'plugin:';

/** A plugin's shareable config: `key` tells it from every file and other config (`module#NAME`), `name` is as written. */
interface PluginConfig {
  readonly key: string;
  readonly name: string;
  readonly value: unknown;
  readonly plugin: LoadedPlugin;
}

/** The config `plugin:NAME/CONFIG` names, among the plugins loaded so far. */
function pluginConfig(
  written: string,
  plugins: readonly LoadedPlugin[],
  at: (message: string) => UsageError,
): PluginConfig {
  const [pluginName = '', configName = ''] = written.slice(PLUGIN_PREFIX.length).split('/');
  const plugin = plugins.find((loaded) => loaded.name === pluginName);
  if (plugin === undefined)
    throw at(
      `names the plugin "${escapeUntrusted(pluginName)}", which this config does not load; list its package or file under "plugins" (a config's plugins load before what it extends)`,
    );
  if (!plugin.configs.has(configName)) {
    const names = [...plugin.configs.keys()];
    throw at(
      names.length === 0
        ? `names a config of the plugin "${plugin.name}", which has none`
        : `names no config of the plugin "${plugin.name}"; its configs are ${names.join(', ')}`,
    );
  }
  return { key: `${plugin.module}#${configName}`, name: written, value: plugin.configs.get(configName), plugin };
}

/**
 * The plugins a config lists, in order, each loaded from the config's folder; none when the list is not a list
 * of names (the schema then says what is wrong).
 */
async function loadPlugins(document: ConfigDocument): Promise<LoadedPlugin[]> {
  const written = entryOf(document.root, 'plugins');
  if (written?.kind !== 'seq') return [];
  const loaded: LoadedPlugin[] = [];
  for (const entry of written.items) {
    if (entry.kind !== 'scalar' || typeof entry.value !== 'string' || entry.value === '') return [];
    const at = { config: document.source.path, ...document.source.positionAt(entry.offset) };
    const plugin = await loadPlugin(entry.value, document.file, at);
    const same = loaded.find((earlier) => earlier.name === plugin.name);
    if (same)
      throw new UsageError(
        located(
          document.source,
          entry.offset,
          `plugin "${escapeUntrusted(entry.value)}" is named "${plugin.name}", as is the plugin "${escapeUntrusted(same.spec)}" before it: their rules would have the same ids; keep one of them`,
        ),
      );
    loaded.push(plugin);
  }
  return loaded;
}

/**
 * Each plugin once, as a chain's configs list them: the same module listed again (by a config and one it
 * extends) is the same plugin; two modules of one name would give rules one id, an error naming both.
 */
function mergePlugins(plugins: readonly LoadedPlugin[], document: ConfigDocument): LoadedPlugin[] {
  const byName = new Map<string, LoadedPlugin>();
  for (const plugin of plugins) {
    const same = byName.get(plugin.name);
    if (same === undefined) byName.set(plugin.name, plugin);
    else if (same.module !== plugin.module)
      throw new UsageError(
        located(
          document.source,
          entryOf(document.root, 'plugins')?.offset ?? 0,
          `the plugins "${escapeUntrusted(same.spec)}" (in ${same.config}) and "${escapeUntrusted(plugin.spec)}" (in ${plugin.config}) are both named "${plugin.name}": their rules would have the same ids; keep one of them`,
        ),
      );
  }
  return [...byName.values()];
}

/** Policies in the order their configs apply; one with the id of an earlier one replaces it where it stood. */
function mergePolicies(policies: readonly PolicySource[]): PolicySource[] {
  const byId = new Map<string, PolicySource>();
  for (const source of policies) byId.set(source.policy.id, source);
  return [...byId.values()];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
