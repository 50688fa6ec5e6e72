/** The public `audit()` (docs/api.md): process files on disk or text in memory, to the JSON report's data. */
import path from 'node:path';
import { ConfigResolver, oneConfig, type Config, type FileConfigs } from '../config/config.js';
import { type AuditResult, audit as auditLoaded, processesOf } from '../audit/audit.js';
import { AuditRun, type AuditedFile, type RunResult } from '../audit/run.js';
import { RunSetups } from '../audit/setups.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import { UsageError } from '../errors.js';
import { compareText } from '../text-order.js';
import { discoverFiles, toPosix, type FoundFile } from '../load/discover.js';
import { DEFAULT_LOAD_LIMITS, loadProcessText } from '../load/load-file.js';
import { isValidDate, todayUtc } from '../model/time.js';
import { jsonReport, type JsonReport } from '../report/json.js';
import type { ReportSettings } from '../report/types.js';
import { defaultPaths, discoverOptions, lookUpLater, reportContext, reportedConfigFile, runSetups } from './compose.js';
import { rememberAudit } from './formatters.js';

/** What to audit, and how: the public `audit()`'s options. */
export interface AuditOptions {
  /**
   * Folders and files to audit, relative to `cwd`, as `gapcheck audit PATH...` takes them; default: the config's
   * `paths`, else `.`. Files the config ignores are left out. Not with `files`.
   */
  readonly paths?: string | readonly string[];
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
  const configs = configsOf(options.config, cwd);
  const config = await configs.workingDirectoryConfig();
  const today = options.today ?? todayUtc();
  if (!isValidDate(today)) throw new UsageError(`today "${today}" is not a date like 2026-11-23`);
  const audited = options.files
    ? auditTexts(checkedTexts(options.files), config, today)
    : await auditPaths(pathList(options.paths), configs, config, cwd, today, checkedJobs(options.jobs ?? 'auto'));
  const settings: ReportSettings = {
    paths: audited.paths,
    configFile: reportedConfigFile(config, cwd),
    today,
    quiet: false,
    color: false,
  };
  const context = reportContext(settings, audited.result, audited);
  const report = jsonReport(context);
  rememberAudit(report, context);
  return report;
}

// What JavaScript callers may pass that the types forbid is refused with what to pass instead, never a TypeError.

/** Each file's nearest config, as the command line finds it, or the one config named or given for every file. */
function configsOf(given: unknown, cwd: string): FileConfigs {
  if (given === undefined || typeof given === 'string')
    return new ConfigResolver(cwd, BUILT_IN_RULES, given === undefined ? undefined : path.resolve(cwd, given));
  if (typeof given === 'object' && given !== null && 'registry' in given && 'rules' in given)
    return oneConfig(given as Config);
  throw new UsageError(
    'audit(): "config" is neither what loadConfig() gave nor the path of a config file; pass one of them',
  );
}

function pathList(given: unknown): readonly string[] {
  const paths = given === undefined ? [] : typeof given === 'string' ? [given] : given;
  if (!Array.isArray(paths) || !paths.every((entry) => typeof entry === 'string'))
    throw new UsageError('audit(): "paths" is not a list of folders and files; pass strings, like ["processes"]');
  return paths;
}

function checkedTexts(given: unknown): Readonly<Record<string, string>> {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new UsageError('audit(): "files" is not a mapping of file paths to their text; pass { "orders.yaml": text }');
  for (const [file, text] of Object.entries(given))
    if (typeof text !== 'string')
      throw new UsageError(`audit(): files["${file}"] is not text; pass each file's YAML as a string`);
  return given as Record<string, string>;
}

function checkedJobs(given: unknown): number | 'auto' {
  if (given === 'auto' || (Number.isInteger(given) && (given as number) >= 1 && (given as number) <= 256))
    return given as number | 'auto';
  throw new UsageError(`audit(): "jobs" ${String(given)} is not auto or a number of threads from 1 to 256, like 2`);
}

export interface AuditOutcome {
  readonly paths: readonly string[];
  /** Each file's settings: its config's. */
  readonly setups: RunSetups;
  readonly result: AuditResult;
  readonly audited: readonly AuditedFile[];
  readonly processes: RunResult['processes'];
}

async function auditPaths(
  given: readonly string[],
  configs: FileConfigs,
  config: Config,
  cwd: string,
  today: string,
  jobs: number | 'auto',
): Promise<AuditOutcome> {
  const defaults = defaultPaths(config, cwd);
  const paths = given.length > 0 ? given : defaults;
  const options = discoverOptions(configs, cwd);
  const discovery = await discoverFiles(paths, options);
  const setupsOf = (found: readonly FoundFile[]): Promise<RunSetups> =>
    runSetups(configs, config, found, today, DEFAULT_LOAD_LIMITS);
  const audited = new Set(discovery.files.map((f) => f.absolutePath));
  const setups = await setupsOf([...discovery.files, ...discovery.unreadableFolders]);
  // The processes are kept for the markdown formatter's flowcharts, as `--format markdown` keeps them.
  const run = await (
    await AuditRun.prepare(discovery, {
      setups,
      limits: DEFAULT_LOAD_LIMITS,
      jobs,
      ...(given.length > 0 && { lookup: lookUpLater(defaults, options, audited, setupsOf) }),
      keepProcesses: true,
    })
  ).audit();
  return { paths, setups, result: run.result, audited: run.audited, processes: run.processes };
}

/** Files' text audited together, nothing read from disk: `audit({ files })` and the rule tester. */
export function auditTexts(files: Readonly<Record<string, string>>, config: Config, today: string): AuditOutcome {
  const loaded = Object.entries(files)
    .map(([file, text]) => loadProcessText(toPosix(file), text, config.registry.ids))
    .sort((a, b) => compareText(a.path, b.path));
  return {
    paths: loaded.map((file) => file.path),
    setups: RunSetups.of(config, new Map(), today, DEFAULT_LOAD_LIMITS),
    result: auditLoaded(loaded, config, today),
    audited: loaded.map((file) => ({
      file: file.path,
      processes: file.documents.map((document) => (document.kind === 'process' ? document.process.id : null)),
    })),
    processes: processesOf(loaded),
  };
}
