/**
 * An audit composed from its parts, as the command line and the public `audit()` both run it: the config's paths and
 * ignores, the look-up files, what each file's audit is given, and the report's context. Apart from the public
 * `audit()`, which loads every format, so the command line still loads only the one it prints.
 */
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { AuditResult } from '../audit/audit.js';
import { settingsFingerprint } from '../audit/identity.js';
import type { AuditSetup } from '../audit/pool.js';
import type { AuditedFile, RunResult } from '../audit/run.js';
import type { Shard } from '../audit/shard.js';
import { UsageError } from '../errors.js';
import { discoverFiles, toPosix, type DiscoverOptions, type FoundFile } from '../load/discover.js';
import type { LoadLimits } from '../load/load-file.js';
import { rulesThatRan } from '../report/scope.js';
import type { ReportContext, ReportSettings } from '../report/types.js';
import { buildId, version } from '../version.js';

/** What `gapcheck audit` with no path audits: the config's `paths` as the command line shows them, else `.`. */
export function defaultPaths(config: Config, cwd: string): string[] {
  return config.paths.map((absolute) => toPosix(path.relative(cwd, absolute)) || '.');
}

/** How files are found for an audit under `config`, from `cwd`. */
export function discoverOptions(config: Config, cwd: string): DiscoverOptions {
  return { cwd, ignore: config.ignore, ignoreBase: config.ignoreBase, configFile: config.file };
}

/**
 * The files `gapcheck audit` with no path would audit and this run does not: read only to find
 * the processes audited ones name (docs/rules/emergency-path.md). A default path that holds no
 * process file, or does not exist, adds none: it is no error of this run's.
 */
export async function lookupFiles(
  defaults: readonly string[],
  options: DiscoverOptions,
  audited: ReadonlySet<string | undefined>,
): Promise<FoundFile[]> {
  const found = await Promise.all(
    defaults.map((given) =>
      discoverFiles([given], options).then(
        (discovery) => discovery.files,
        (error: unknown) => {
          if (error instanceof UsageError) return [];
          throw error;
        },
      ),
    ),
  );
  return found.flat().filter((file) => !audited.has(file.absolutePath));
}

/** What every file's audit is given: the config's rules, their settings and policies, and the date. */
export function auditSetup(config: Config, today: string): AuditSetup {
  return { registry: config.registry, rules: config.rules, policies: config.policies, plugins: config.plugins, today };
}

/** The config file as reports name it: relative to `cwd`, `/` separators; undefined without one. */
export function reportedConfigFile(config: Config, cwd: string): string | undefined {
  return config.file && toPosix(path.relative(cwd, config.file));
}

/** What a report of an audit is made from, besides how it is shown (`settings`) and the result it shows. */
export interface AuditedRun {
  readonly config: Config;
  readonly limits: LoadLimits;
  readonly audited: readonly AuditedFile[];
  readonly processes: RunResult['processes'];
  readonly shard?: Shard;
}

export function reportContext(settings: ReportSettings, result: AuditResult, run: AuditedRun): ReportContext {
  return {
    ...settings,
    result,
    audited: run.audited,
    registry: run.config.registry,
    rules: rulesThatRan(run.config),
    processes: run.processes,
    run: {
      version: version(),
      build: buildId(),
      settings: settingsFingerprint(run.config, run.limits),
      ...(run.shard && { shard: run.shard }),
    },
  };
}
