/**
 * An audit composed from its parts, as the command line and the public `audit()` both run it: the config's paths,
 * each file's config and its ignores, the look-up files, what each file's audit is given, and the report's context. Apart from the public
 * `audit()`, which loads every format, so the command line still loads only the one it prints.
 */
import path from 'node:path';
import type { Config, FileConfigs } from '../config/config.js';
import type { AuditResult } from '../audit/audit.js';
import type { AuditedFile, LookUp, RunResult } from '../audit/run.js';
import { RunSetups } from '../audit/setups.js';
import type { Shard } from '../audit/shard.js';
import { UsageError } from '../errors.js';
import { discoverFiles, toPosix, type DiscoverOptions, type FoundFile } from '../load/discover.js';
import type { LoadLimits } from '../load/load-file.js';
import type { ReportContext, ReportSettings } from '../report/types.js';
import { buildId, version } from '../version.js';

/** What `gapcheck audit` with no path audits: the config's `paths` as the command line shows them, else `.`. */
export function defaultPaths(config: Config, cwd: string): string[] {
  return config.paths.map((absolute) => toPosix(path.relative(cwd, absolute)) || '.');
}

/** How files are found for an audit from `cwd`: each file's config says whether it ignores the file. */
export function discoverOptions(configs: FileConfigs, cwd: string): DiscoverOptions {
  return { cwd, ignores: async (file) => (await configs.configFor(file)).ignores(file) };
}

/**
 * The files `gapcheck audit` with no path would audit and this run does not, with their setups: read only
 * to find the processes audited ones name (docs/rules/emergency-path.md), so looked for only when one does
 * (`AuditRun`): auditing one file of a large repository never walks the rest. A default path that holds no
 * process file, or does not exist, adds none: it is no error of this run's.
 */
export function lookUpLater(
  defaults: readonly string[],
  options: DiscoverOptions,
  audited: ReadonlySet<string | undefined>,
  setupsOf: (files: readonly FoundFile[]) => Promise<RunSetups>,
): () => Promise<LookUp> {
  let found: Promise<LookUp> | undefined;
  return () => (found ??= lookUp(defaults, options, audited, setupsOf));
}

async function lookUp(
  defaults: readonly string[],
  options: DiscoverOptions,
  audited: ReadonlySet<string | undefined>,
  setupsOf: (files: readonly FoundFile[]) => Promise<RunSetups>,
): Promise<LookUp> {
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
  const files = found.flat().filter((file) => !audited.has(file.absolutePath));
  return { files, setups: await setupsOf(files) };
}

/** What each file's audit is given: its config's rules, settings, policies and plugins, and the date; one setup per config. */
export async function runSetups(
  configs: FileConfigs,
  workingDirectory: Config,
  files: readonly FoundFile[],
  today: string,
  limits: LoadLimits,
): Promise<RunSetups> {
  const byFile = new Map<string, Config>();
  for (const file of files) byFile.set(file.path, await configs.configFor(file.absolutePath));
  return RunSetups.of(workingDirectory, byFile, today, limits);
}

/** The config file as reports name it: relative to `cwd`, `/` separators; undefined without one. */
export function reportedConfigFile(config: Config, cwd: string): string | undefined {
  return config.file && toPosix(path.relative(cwd, config.file));
}

/** What a report of an audit is made from, besides how it is shown (`settings`) and the result it shows. */
export interface AuditedRun {
  readonly setups: RunSetups;
  readonly audited: readonly AuditedFile[];
  readonly processes: RunResult['processes'];
  readonly shard?: Shard;
}

export function reportContext(settings: ReportSettings, result: AuditResult, run: AuditedRun): ReportContext {
  return {
    ...settings,
    result,
    audited: run.audited,
    registry: run.setups.registry(),
    rules: run.setups.rulesThatRan(),
    processes: run.processes,
    run: {
      version: version(),
      build: buildId(),
      settings: run.setups.fingerprint(),
      ...(run.shard && { shard: run.shard }),
    },
  };
}
