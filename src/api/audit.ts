/**
 * An audit composed from its parts, as the command line and the public API both run it: the config's paths and
 * ignores, the files found, the look-up files, the run, and the report's context. The public `audit()` is here too.
 */
import path from 'node:path';
import type { Config } from '../config/config.js';
import { type AuditResult, audit as auditLoaded, processesOf } from '../audit/audit.js';
import { settingsFingerprint } from '../audit/identity.js';
import type { AuditSetup } from '../audit/pool.js';
import { AuditRun, type AuditedFile, type RunResult } from '../audit/run.js';
import type { Shard } from '../audit/shard.js';
import { UsageError } from '../errors.js';
import { compareText } from '../text-order.js';
import { discoverFiles, toPosix, type DiscoverOptions, type FoundFile } from '../load/discover.js';
import { DEFAULT_LOAD_LIMITS, loadProcessText, type LoadLimits } from '../load/load-file.js';
import { isValidDate, todayUtc } from '../model/time.js';
import { jsonReport, type JsonReport } from '../report/json.js';
import { rulesThatRan } from '../report/scope.js';
import type { ReportContext, ReportSettings } from '../report/types.js';
import { buildId, version } from '../version.js';
import { loadConfig } from './config.js';
import { rememberAudit } from './formatters.js';

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
  return { registry: config.registry, rules: config.rules, policies: config.policies, today };
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

/** What to audit, and how: the public `audit()`'s options. */
export interface AuditOptions {
  /**
   * Folders and files to audit, relative to `cwd`, as `gapcheck audit PATH...` takes them; default: the config's
   * `paths`, else `.`. Files the config ignores are left out. Not with `files`.
   */
  readonly paths?: readonly string[];
  /** Process files' text by the path reports name them with (`processes/orders.yaml`): audited together, nothing read from disk. Not with `paths`. */
  readonly files?: Readonly<Record<string, string>>;
  /** The working directory: where paths start and the config is looked for (default: `process.cwd()`). */
  readonly cwd?: string;
  /** A config `loadConfig` gave, or the path of a config file (as `--config`); default: found as the command line finds it. */
  readonly config?: Config | string;
  /** The date to audit as, `YYYY-MM-DD` (as `--today`); default: today in UTC. */
  readonly today?: string;
  /** Threads to audit `paths` on, as `--jobs` (default `auto`). */
  readonly jobs?: number | 'auto';
}

/**
 * Audits process files on disk (`paths`) or in memory (`files`) and resolves to the JSON report's data: what
 * `gapcheck audit --format json` prints for the same files, config and date. Rejects with an `Error` whose message
 * says what is wrong and what to do (an invalid config at its file, line and column; a path that does not exist).
 */
export async function audit(options: AuditOptions = {}): Promise<JsonReport> {
  if (options.paths !== undefined && options.files !== undefined)
    throw new UsageError('audit() takes "paths" (files on disk) or "files" (text in memory), not both; pick one');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = typeof options.config === 'object' ? options.config : await loadConfig({ cwd, file: options.config });
  const today = options.today ?? todayUtc();
  if (!isValidDate(today)) throw new UsageError(`today "${today}" is not a date like 2026-11-23`);
  const audited = options.files
    ? auditTexts(options.files, config, today)
    : await auditPaths(options.paths ?? [], config, cwd, today, options.jobs ?? 'auto');
  const settings: ReportSettings = {
    paths: audited.paths,
    configFile: reportedConfigFile(config, cwd),
    today,
    quiet: false,
    color: false,
  };
  const context = reportContext(settings, audited.result, { config, limits: DEFAULT_LOAD_LIMITS, ...audited });
  const report = jsonReport(context);
  rememberAudit(report, context);
  return report;
}

export interface AuditOutcome {
  readonly paths: readonly string[];
  readonly result: AuditResult;
  readonly audited: readonly AuditedFile[];
  readonly processes: RunResult['processes'];
}

async function auditPaths(
  given: readonly string[],
  config: Config,
  cwd: string,
  today: string,
  jobs: number | 'auto',
): Promise<AuditOutcome> {
  const defaults = defaultPaths(config, cwd);
  const paths = given.length > 0 ? given : defaults;
  const options = discoverOptions(config, cwd);
  const discovery = await discoverFiles(paths, options);
  const lookup =
    given.length > 0 ? await lookupFiles(defaults, options, new Set(discovery.files.map((f) => f.absolutePath))) : [];
  // The processes are kept for the markdown formatter's flowcharts, as `--format markdown` keeps them.
  const run = await (
    await AuditRun.prepare(discovery, {
      setup: auditSetup(config, today),
      limits: DEFAULT_LOAD_LIMITS,
      jobs,
      lookup,
      keepProcesses: true,
    })
  ).audit();
  return { paths, result: run.result, audited: run.audited, processes: run.processes };
}

/** Files' text audited together, nothing read from disk: `audit({ files })` and the rule tester. */
export function auditTexts(files: Readonly<Record<string, string>>, config: Config, today: string): AuditOutcome {
  const loaded = Object.entries(files)
    .map(([file, text]) => loadProcessText(toPosix(file), text, config.registry.ids))
    .sort((a, b) => compareText(a.path, b.path));
  return {
    paths: loaded.map((file) => file.path),
    result: auditLoaded(loaded, config, today),
    audited: loaded.map((file) => ({
      file: file.path,
      processes: file.documents.map((document) => (document.kind === 'process' ? document.process.id : null)),
    })),
    processes: processesOf(loaded),
  };
}
