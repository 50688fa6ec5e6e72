/**
 * The settings of one run's files. Each file is audited with its own config (README, Configuration), so a run
 * has one audit setup for each config that applies to some of its files, and knows which one each file takes.
 */
import type { Config } from '../config/config.js';
import type { LoadLimits } from '../load/load-file.js';
import { RuleRegistry } from '../rules/registry.js';
import { contentHash } from './cache.js';
import { settingsFingerprint } from './identity.js';
import type { AuditSetup } from './pool.js';

export class RunSetups {
  /** Each setup's `settingsFingerprint`, by index: what the cache keeps with each file's outcome. */
  private readonly fingerprints: readonly string[];

  private constructor(
    readonly list: readonly AuditSetup[],
    /** The date the run audits as: every setup's. */
    readonly today: string,
    private readonly indexByFile: ReadonlyMap<string, number>,
    limits: LoadLimits,
  ) {
    this.fingerprints = list.map((setup) => settingsFingerprint(setup, limits));
  }

  /**
   * `configs`: the config of each file of the run, by the path reports name it; files that share a `Config`
   * share a setup. The working directory's config is the first setup, whether or not a file takes it.
   */
  static of(
    workingDirectory: Config,
    configs: ReadonlyMap<string, Config>,
    today: string,
    limits: LoadLimits,
  ): RunSetups {
    const indexByConfig = new Map<Config, number>([[workingDirectory, 0]]);
    const indexByFile = new Map<string, number>();
    for (const [file, config] of configs) {
      if (!indexByConfig.has(config)) indexByConfig.set(config, indexByConfig.size);
      indexByFile.set(file, indexByConfig.get(config)!);
    }
    const list = [...indexByConfig.keys()].map(({ registry, rules, policies, plugins }): AuditSetup => ({
      registry,
      rules,
      policies,
      plugins,
      today,
    }));
    return new RunSetups(list, today, indexByFile, limits);
  }

  /** The index of the setup a file (as reports name it) is audited with; one it was given no config for takes the working directory's. */
  indexOf(file: string): number {
    return this.indexByFile.get(file) ?? 0;
  }

  of(file: string): AuditSetup {
    return this.list[this.indexOf(file)]!;
  }

  /** The `settingsFingerprint` of a file's setup. */
  fingerprintOf(file: string): string {
    return this.fingerprints[this.indexOf(file)]!;
  }

  /** One fingerprint of every setup and which files take it: shards of one run share it (`gapcheck merge`). */
  fingerprint(): string {
    return contentHash(JSON.stringify([this.fingerprints, [...this.indexByFile]]));
  }

  /** Every setup's rules, each id once, the working directory's first: what reports describe. */
  registry(): RuleRegistry {
    return RuleRegistry.union(this.list.map((setup) => setup.registry));
  }

  /** The ids of the rules some setup runs (not `off`), in the order of `registry()`. */
  rulesThatRan(): string[] {
    return this.registry().ids.filter((id) =>
      this.list.some((setup) => (setup.rules.get(id)?.level ?? 'off') !== 'off'),
    );
  }
}
