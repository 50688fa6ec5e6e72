/**
 * `gapcheck.config.yaml`: README, Configuration. Each file's config is the nearest one in its folder or above
 * (else the working directory's), or the one --config names; it is resolved into one setting per rule from
 * what the config extends, its own settings and the `overrides` that match the file.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { Level } from '../model/severity.js';
import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { toPosix } from '../load/discover.js';
import {
  ConfigChains,
  withDefaultPreset,
  type Chain,
  type ChainStep,
  type ConfigFileSettings,
  type Override,
} from './chain.js';
import { ConfigFinder } from './find.js';
import { pluginSource, type PluginSource } from './plugins.js';
import { presetLevel, type Preset } from './settings.js';

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
export function oneConfig(config: Config): FileConfigs {
  return { workingDirectoryConfig: async () => config, configFor: async () => config };
}

/**
 * The config of each file: configs found once per folder, each config file read once, and one `Config` for each
 * config and set of matching `overrides`, so files that share settings share one object (and one audit setup).
 */
export class ConfigResolver implements FileConfigs {
  private readonly finder: ConfigFinder;
  private readonly chains: ConfigChains;
  private readonly resolved = new Map<string, Config>();

  /**
   * `registry`: the rules configs may set besides their policies. `named`: the config --config names, for every
   * file. `textOf`: an editor's unsaved text of a config file, read in place of the disk's.
   */
  constructor(
    private readonly cwd: string,
    registry: RuleRegistry,
    private readonly named?: string,
    textOf?: (file: string) => string | undefined,
  ) {
    this.finder = new ConfigFinder(cwd);
    this.chains = new ConfigChains(cwd, registry, textOf);
  }

  /** The config of a file (absolute): the nearest config above it, else the working directory's. */
  async configFor(file: string): Promise<Config> {
    const chain = await this.chainAt(path.dirname(file));
    const overrides = chain.steps.flatMap((step) => ('config' in step ? matchedOverrides(step.config, file) : []));
    return this.settled(chain, overrides);
  }

  /** The config of the working directory itself (no overrides): its `paths` are what an audit with no path audits. */
  async workingDirectoryConfig(): Promise<Config> {
    return this.settled(await this.chainAt(this.cwd), []);
  }

  /** Every config file read so far, with what they extend: configs, never audited as processes. */
  configFiles(): ReadonlySet<string> {
    return new Set(this.chains.files());
  }

  private chainAt(folder: string): Promise<Chain> {
    const file = this.named ?? this.finder.nearest(folder) ?? this.finder.nearest(this.cwd);
    return file === undefined ? Promise.resolve(this.chains.defaults()) : this.chains.chainOf(file);
  }

  private settled(chain: Chain, overrides: readonly MatchedOverride[]): Config {
    const key = JSON.stringify([
      chain.file?.document.file ?? '',
      overrides.map(({ config, override }) => [config, override.entry]),
    ]);
    let config = this.resolved.get(key);
    if (config === undefined) {
      config = settle(chain, overrides, this.cwd);
      this.resolved.set(key, config);
    }
    return config;
  }
}

/** The config of a whole run from one file (undefined: the defaults), as the working directory sees it. */
export async function loadConfig(file: string | undefined, cwd: string, registry: RuleRegistry): Promise<Config> {
  return new ConfigResolver(cwd, registry, file).workingDirectoryConfig();
}

/** The defaults: every rule of `registry` as the recommended preset sets it. */
export function defaultConfig(cwd: string, registry: RuleRegistry): Config {
  return settle(new ConfigChains(cwd, registry).defaults(), [], cwd);
}

function matchedOverrides(config: ConfigFileSettings, file: string): MatchedOverride[] {
  const relative = toPosix(path.relative(config.folder, file));
  return config.overrides
    .filter((override) => override.matches(relative))
    .map((override) => ({ config: config.document.file, override }));
}

/** The chain's steps in order, each config file's matching overrides right after its own settings. */
function settle(chain: Chain, overrides: readonly MatchedOverride[], cwd: string): Config {
  const rules = new Map<string, RuleSetting>();
  let preset: Preset | undefined;
  const steps = withDefaultPreset(chain.steps);
  for (const step of steps) {
    if ('preset' in step) {
      preset = step.preset;
      for (const rule of chain.registry.rules)
        rules.set(rule.meta.id, {
          level: presetLevel(step.preset, rule),
          options: rule.meta.defaultOptions as Record<string, unknown>,
        });
      continue;
    }
    const own = overrides.filter(({ config }) => config === step.config.document.file);
    for (const patches of [step.config.rules, ...own.map(({ override }) => override.rules)])
      for (const [id, patch] of patches) {
        const before = rules.get(id)!;
        rules.set(id, { level: patch.level ?? before.level, options: { ...before.options, ...patch.options } });
      }
  }
  const configs = steps.flatMap((step) => ('config' in step ? [step.config] : []));
  const ignoring = configs
    .filter((config) => config.ignore.length > 0)
    .map((config) => ({ folder: config.folder, matches: picomatch([...config.ignore], { dot: true }) }));
  return {
    ...(chain.file ? { file: chain.file.document.file } : {}),
    preset: preset!,
    chain: steps,
    overrides,
    registry: chain.registry,
    rules,
    ignores: (file) => ignoring.some(({ folder, matches }) => matches(toPosix(path.relative(folder, file)))),
    paths: configs.findLast((config) => config.paths !== undefined)?.paths ?? [cwd],
    policies: chain.policies,
    plugins: chain.plugins.map(pluginSource),
  };
}
