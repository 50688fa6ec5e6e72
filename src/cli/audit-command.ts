import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { AuditResult } from '../audit/audit.js';
import { DEFAULT_CACHE_LOCATION } from '../audit/cache.js';
import { AuditRun } from '../audit/run.js';
import type { RunSetups } from '../audit/setups.js';
import { printedConfig } from '../config/print.js';
import {
  NO_PROCESS,
  NO_STEP,
  matchBaseline,
  parseBaseline,
  serializeBaseline,
  updatedBaseline,
  type Baseline,
} from '../audit/baseline.js';
import {
  defaultPaths,
  discoverOptions,
  lookUpLater,
  reportContext,
  reportedConfigFile,
  runSetups,
} from '../api/compose.js';
import { UsageError } from '../errors.js';
import { discoverFiles, type FoundFile } from '../load/discover.js';
import { DEFAULT_LOAD_LIMITS, describeFsError } from '../load/load-file.js';
import {
  checkTarget,
  identityOf,
  resolveTarget,
  writeTo,
  writeToStdout,
  type WriteTarget,
} from '../load/write-whole.js';
import { SEVERITIES, isAtLeast, type Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import { crashAdvice, crashText } from '../report/crashes.js';
import { FORMATS, type Format, type ReportSettings, type ReportWriter } from '../report/types.js';
import { oneOf } from './choices.js';
import { colorWanted, configResolverFrom, todayFrom } from './common-options.js';
import { writeNote } from './output.js';
import { progressOnStderr } from './progress.js';
import { runOptionsFrom, type RunFlags } from './run-options.js';
import { escapeUntrusted } from '../untrusted-text.js';

/** Each format is loaded only when asked for: start-up stays quick (docs/performance.md). */
export const FORMATTERS: Record<Format, () => Promise<ReportWriter>> = {
  stylish: async () => (await import('../report/stylish.js')).writeStylish,
  json: async () => (await import('../report/json.js')).writeJson,
  markdown: async () => (await import('../report/markdown.js')).writeMarkdown,
  sarif: async () => (await import('../report/sarif.js')).writeSarif,
  junit: async () => (await import('../report/junit.js')).writeJunit,
  github: async () => (await import('../report/github.js')).writeGithub,
};
export const FAIL_ON = [...SEVERITIES, 'none'] as const;

export interface AuditOptions extends RunFlags {
  format: string;
  output?: string;
  failOn: string;
  config?: string;
  today?: string;
  quiet?: boolean;
  color: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  maxFileSize: string;
  printConfig?: string;
}

/**
 * How each flag of `gapcheck audit` is covered by the key of the report `--cache` keeps and prints again:
 * a report is replayed only when nothing it was made from changed. A flag that changes how the report is
 * shown belongs in `ReportSettings` (the kept report's key); every other says here why the key need not
 * hold it. tests/cli/report-key.test.ts fails on a flag of the command missing here.
 */
export const FLAGS_AND_THE_REPORT_KEY: Readonly<Record<keyof AuditOptions, string>> = {
  format: 'in the key',
  failOn: 'in the key (ReportSettings)',
  quiet: 'in the key (ReportSettings)',
  color: 'in the key (ReportSettings)',
  today: 'in the key (ReportSettings) and the cache key',
  config: 'its settings are in the cache key, its path in the key (ReportSettings, configFile)',
  maxFileSize: 'in the cache key (the load limits)',
  output: 'where the report goes, not what it says',
  baseline: 'a report made with a baseline is never kept',
  updateBaseline: 'a report made with a baseline is never kept',
  shard: "a shard's report is never kept",
  cache: 'whether results are kept, not what they are',
  cacheLocation: 'where results are kept, not what they are',
  jobs: 'how many threads audit, never what they find',
  printConfig: 'prints a config and exits: no report is made',
};

export function registerAudit(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('audit')
    .description('Audit process files for gaps (every *.yaml / *.yml under each folder, and each file named)')
    .argument('[paths...]', "folders and files to audit (default: the config's paths, else .)")
    .addOption(new Option('-f, --format <format>', `report format: ${FORMATS.join(', ')}`).default('stylish'))
    .option(
      '-o, --output <file>',
      'write the report to a file instead of stdout, whole or not at all (missing folders are made; a pipe or device is written to directly)',
    )
    .addOption(
      new Option('--fail-on <severity>', `exit 1 when a gap is at or above: ${FAIL_ON.join(', ')}`).default('high'),
    )
    .option(
      '-c, --config <file>',
      "one config file for every file (default: each file's nearest gapcheck.config.yaml or .yml, in its folder or above, else the one here or above)",
    )
    .option(
      '--print-config <file>',
      'print the config that file is audited with, as JSON (the configs it extends in order, the overrides that match, each rule), and exit',
    )
    .option('--today <date>', 'the date to audit as, YYYY-MM-DD (UTC), for reproducible reviews and waivers')
    .option('-q, --quiet', 'report only gaps at or above --fail-on')
    .option('--no-color', 'no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)')
    .option(
      '--baseline <file>',
      'report only gaps not recorded in this baseline file (they do not fail the run either)',
    )
    .option('--update-baseline', 'write every current gap to the --baseline file, pruning those since closed')
    .option(
      '--max-file-size <MiB>',
      'larger process files are reported as invalid, not parsed',
      String(DEFAULT_LOAD_LIMITS.maxFileBytes / MIB),
    )
    .option(
      '--cache',
      're-audit only the files that changed since the last run with --cache, and print its report again when nothing did (a change to gapcheck, the config or the date starts afresh)',
    )
    .option('--cache-location <file>', 'the file --cache keeps results in (default: .gapcheck-cache); implies --cache')
    .option(
      '--shard <i/n>',
      'audit only shard i of n (1/4, 2/4, ...) to split a large repository across CI machines; together the shards report what one run would, and gapcheck merge makes their JSON reports one',
    )
    .option(
      '-j, --jobs <n>',
      'threads to audit on: a number, or auto (every core, once there is enough to audit)',
      'auto',
    )
    .addHelpText(
      'after',
      `
Folders are walked skipping names starting with ".", node_modules, configs
(gapcheck.config.yaml/.yml, and the files configs extend) and what each file's
config "ignore"s. A file named is audited whatever its name; one its config
ignores is skipped with a note (exit 0 when nothing is left).

Each file takes the nearest config in its folder or above (so each team's folder
may have its own); --print-config FILE shows which configs and settings apply.

Exit codes:
  0  no gap at or above --fail-on
  1  at least one gap at or above --fail-on
  2  usage error, invalid config, a path that does not exist or holds no process file, or an internal error

With no path, audits the config's paths (relative to the config's folder), else the
current folder. A run that names some files still finds, among those, the process
others name to handle their emergencies (emergency-path), without auditing it.

Examples:
  gapcheck audit                                                                  (the config's paths)
  gapcheck audit processes/
  gapcheck audit --format json --output gaps.json processes/
  gapcheck audit --fail-on critical --quiet processes/orders.yaml
  gapcheck audit --today 2026-12-01 --config ci/gapcheck.config.yaml processes/
  gapcheck audit --print-config processes/stores/returns.yaml                     (why a rule applies there)
  gapcheck audit --cache processes/                                               (re-audit only what changed)
  gapcheck audit --shard 2/4 --format json --output gaps-2.json processes/        (CI machine 2 of 4; then gapcheck merge gaps-*.json)
  gapcheck audit --baseline gapcheck-baseline.yaml --update-baseline processes/   (adopt: record today's gaps)
  gapcheck audit --baseline gapcheck-baseline.yaml processes/                     (then fail only on new gaps)`,
    )
    .action(async (paths: string[], options: AuditOptions) => {
      setExitCode(await runAudit(paths, options));
    });
}

const MIB = 1024 * 1024;

/**
 * --max-file-size: a plain decimal number of MiB (16, 0.5) that comes to at least one byte. Hexadecimal
 * (`0x10`) and exponents (`1e3`), which JavaScript would read as numbers, are refused: they are typos more
 * often than not.
 */
function maxFileBytes(written: string): number {
  const bytes = /^\d+(?:\.\d+)?$/.test(written) ? Math.floor(Number(written) * MIB) : Number.NaN;
  if (!(bytes >= 1))
    throw new UsageError(
      `--max-file-size "${written}" is not a size in MiB of at least one byte; write a plain number, like 16 or 0.5`,
    );
  if (!Number.isSafeInteger(bytes))
    throw new UsageError(
      `--max-file-size "${written}" is larger than any file can be; write a size in MiB, like 16 or 64`,
    );
  return bytes;
}

async function runAudit(given: readonly string[], options: AuditOptions): Promise<number> {
  const cwd = process.cwd();
  const format = oneOf('--format', options.format, FORMATS);
  const failOnChoice = oneOf('--fail-on', options.failOn, FAIL_ON);
  const failOn: Severity | undefined = failOnChoice === 'none' ? undefined : failOnChoice;
  const today = todayFrom(options.today);
  const resolver = configResolverFrom(options.config, cwd);
  if (options.printConfig !== undefined) {
    const file = path.resolve(cwd, options.printConfig);
    process.stdout.write(printedConfig(file, await resolver.configFor(file), cwd));
    return 0;
  }
  const config = await resolver.workingDirectoryConfig();
  const baselineFile = options.baseline === undefined ? undefined : path.resolve(cwd, options.baseline);
  if (options.updateBaseline && baselineFile === undefined)
    throw new UsageError('--update-baseline needs --baseline FILE: the file to write the gaps to');
  const defaults = defaultPaths(config, cwd);
  const paths = given.length > 0 ? given : defaults;
  const discovering = discoverOptions(resolver, cwd);
  const discovery = await discoverFiles(paths, discovering);
  for (const file of discovery.ignoredFiles) writeNote(`${file.path}: not audited: the config's "ignore" matches it`);
  // Every path named was an ignored file (a pre-commit hook names them too): nothing to audit, nothing wrong.
  if (discovery.files.length === 0 && discovery.unreadableFolders.length === 0) return 0;
  // Every file found had its config read: a config that another extends is no process, unless named.
  const configFiles = resolver.configFiles();
  const named = new Set(paths.map((given) => path.resolve(cwd, given)));
  const files = discovery.files.filter(
    (file) =>
      file.absolutePath !== baselineFile && (!configFiles.has(file.absolutePath) || named.has(file.absolutePath)),
  );
  const notLookedUp = new Set([...files.map((file) => file.absolutePath), baselineFile]);
  const runOptions = runOptionsFrom(options, cwd);
  const namedAt = (named: string | undefined): Named | undefined =>
    named === undefined ? undefined : { named, absolute: path.resolve(cwd, named) };
  const targets = await checkTargets({
    output: namedAt(options.output),
    baseline: namedAt(options.baseline),
    updateBaseline: options.updateBaseline === true,
    cache: runOptions.cache && namedAt(options.cacheLocation ?? DEFAULT_CACHE_LOCATION),
    files,
    configs: [...configFiles],
    named: [...named],
  });
  const limits = { maxFileBytes: maxFileBytes(options.maxFileSize) };
  const progress = progressOnStderr();
  const color = colorWanted(options.color, targets.report === undefined && process.stdout.isTTY === true);
  const reportSettings: ReportSettings = {
    paths,
    configFile: reportedConfigFile(config, cwd),
    today,
    failOn,
    quiet: options.quiet === true,
    color,
  };
  // With a baseline, what is reported also depends on the baseline file: such a report is never kept.
  const reportOptions = baselineFile === undefined ? JSON.stringify({ format, ...reportSettings }) : undefined;
  // A shard's JSON report carries its processes' drawings, for `gapcheck merge --format markdown`.
  const keepProcesses = format === 'markdown' || (format === 'json' && runOptions.shard !== undefined);
  const setupsOf = (found: readonly FoundFile[]): Promise<RunSetups> =>
    runSetups(resolver, config, found, today, limits);
  const setups = await setupsOf([...files, ...discovery.unreadableFolders]);
  const runSetup = {
    setups,
    limits,
    keepProcesses,
    progress,
    ...(given.length > 0 && { lookup: lookUpLater(defaults, discovering, notLookedUp, setupsOf) }),
    ...runOptions,
  };
  const prepared = await AuditRun.prepare({ ...discovery, files }, runSetup);
  const replayed = reportOptions === undefined ? undefined : prepared.replay(reportOptions);
  if (replayed) {
    await writeReport(replayed.bytes, targets.report);
    return replayed.exitCode;
  }
  const run = await prepared.audit().finally(() => progress?.stop());
  for (const note of run.notes) writeNote(note);
  const audited = run.result;
  const auditedPaths = new Set(run.audited.map(({ file }) => file));
  const result =
    baselineFile === undefined ? audited : await applyBaseline(audited, auditedPaths, baselineFile, targets.baseline);

  const { failing, shown } = failingAndShown(result, failOn, options.quiet === true);
  // A run where a rule threw is never replayed: its note on stderr would not be. Without a cache, nothing is kept,
  // and holding the report's pieces would cost as much memory as the report.
  const kept: string[] | undefined =
    reportOptions === undefined || result.crashes || !prepared.keepsReports ? undefined : [];
  const report = (await FORMATTERS[format]())(
    reportContext(reportSettings, shown, {
      setups,
      audited: run.audited,
      processes: run.processes,
      ...(runOptions.shard && { shard: runOptions.shard }),
    }),
  );
  await writeReport(kept ? keptIn(report, kept) : report, targets.report);
  const exitCode = exitCodeOf(result, failing);
  const saved = await prepared.save(kept && { reportOptions: reportOptions!, pieces: kept, exitCode });
  for (const note of saved) writeNote(note);
  return exitCode;
}

/** 2 when a rule threw (each said on stderr too, with what to do), else 1 when a gap is at or above --fail-on. */
export function exitCodeOf(result: AuditResult, failing: readonly Gap[]): number {
  for (const crash of result.crashes ?? []) writeNote(`internal error: ${crashText(crash)}\n${crashAdvice(crash)}`);
  return result.crashes ? 2 : failing.length > 0 ? 1 : 0;
}

/** The gaps at or above --fail-on, and the result as reported: only those with --quiet. */
export function failingAndShown(
  result: AuditResult,
  failOn: Severity | undefined,
  quiet: boolean,
): { failing: readonly Gap[]; shown: AuditResult } {
  const failing = failOn === undefined ? [] : result.gaps.filter((gap) => isAtLeast(gap.severity, failOn));
  return { failing, shown: quiet ? { ...result, gaps: failing } : result };
}

/** Writes the report as it is made, piece by piece: to the target whole or not at all, else to stdout. */
export async function writeReport(
  report: Uint8Array | Iterable<string>,
  target: WriteTarget | undefined,
): Promise<void> {
  await (target === undefined ? writeToStdout(report) : writeTo(target, report));
}

/** The pieces of a report as they are written, each also put in `kept`: the report `--cache` keeps for a re-run. */
function* keptIn(pieces: Iterable<string>, kept: string[]): Generator<string> {
  for (const piece of pieces) {
    kept.push(piece);
    yield piece;
  }
}

/** What the audit is asked to write, resolved and checked before anything is audited or written. */
interface Targets {
  readonly report?: WriteTarget;
  /** Present with --update-baseline. */
  readonly baseline?: WriteTarget;
}

/** A file named in an option: as the user wrote it, and where that is. */
interface Named {
  readonly named: string;
  readonly absolute: string;
}

interface Places {
  readonly output?: Named;
  readonly baseline?: Named;
  readonly updateBaseline: boolean;
  readonly cache?: Named;
  readonly files: readonly FoundFile[];
  /** Every config file the audit read. */
  readonly configs: readonly string[];
  /** The paths named on the command line. */
  readonly named: readonly string[];
}

/** A file the audit reads, which nothing it writes may replace. */
interface Read {
  readonly is: string;
  /** Where a write would land on it (links resolved), when known: the baseline and the cache may not exist yet. */
  readonly path?: string;
  readonly identity: () => Promise<string | undefined>;
}

/**
 * Checks every target (the report, the baseline, the cache) before any is written, and that none of them is a file
 * the audit reads (an audited file, the config, the baseline, the cache), however it is reached: by a link to it, a
 * link to its folder, or another spelling. The cache only has to stay off the others: one that cannot be written is
 * a note when the run ends, as before.
 */
async function checkTargets(places: Places): Promise<Targets> {
  const { output, baseline: baselineFile, cache: cacheFile } = places;
  const report = output && (await checkTarget(output.named, output.absolute, 'the report', true));
  const baseline =
    baselineFile && places.updateBaseline
      ? await checkTarget(baselineFile.named, baselineFile.absolute, 'the baseline')
      : undefined;
  const cache = cacheFile && (await resolveTarget(cacheFile.named, cacheFile.absolute).catch(() => undefined));
  const readAt = (is: string, target: WriteTarget): Read => ({
    is,
    path: target.path,
    identity: async () => target.identity,
  });
  const reads: Read[] = [
    ...places.configs.map((file) => existingRead(file, 'the config')),
    ...(baselineFile
      ? [baseline ? readAt('the baseline', baseline) : existingRead(baselineFile.absolute, 'the baseline')]
      : []),
    ...(cache ? [readAt('the cache', cache)] : []),
  ];
  const written = [
    { option: '--output', target: report },
    { option: '--baseline', target: baseline, itself: 'the baseline' },
    { option: '--cache-location', target: cache, itself: 'the cache' },
  ];
  for (const { option, target, itself } of written) {
    if (!target) continue;
    const files = target.identity === undefined ? [] : candidateFiles(target, places);
    for (const read of [...reads.filter(({ is }) => is !== itself), ...files]) {
      if (read.path === target.path || (target.identity !== undefined && (await read.identity()) === target.identity)) {
        throw new UsageError(`${option} "${target.named}" is ${read.is} this audit reads; write it somewhere else`);
      }
    }
  }
  return { ...(report && { report }), ...(baseline && { baseline }) };
}

/**
 * The audited files that may be `target`: those with its name, and those named on the command line (possibly links).
 * A file found in a folder is never a link (discovery does not follow them), so its own name is its real one.
 */
function candidateFiles(target: WriteTarget, places: Places): Read[] {
  const name = path.basename(target.path);
  const named = new Set(places.named);
  return places.files
    .filter((file) => path.basename(file.absolutePath) === name || named.has(file.absolutePath))
    .map((file) => existingRead(file.absolutePath, 'one of the files'));
}

function existingRead(file: string, is: string): Read {
  return { is, identity: () => stat(file).then(identityOf, () => undefined) };
}

/**
 * Leaves out the gaps the baseline records, and notes on stderr how many, and which entries match no gap any more.
 * With --update-baseline (`update`, its checked target), first rewrites the baseline to hold every current gap (so none is reported).
 */
async function applyBaseline(
  result: AuditResult,
  auditedFiles: ReadonlySet<string>,
  baselineFile: string,
  update: WriteTarget | undefined,
): Promise<AuditResult> {
  const shown = path.relative(process.cwd(), baselineFile).split(path.sep).join('/');
  const previous = await readBaseline(baselineFile, shown, update !== undefined);
  if (update) {
    await writeTo(update, serializeBaseline(updatedBaseline(previous, result.gaps, auditedFiles)));
    writeNote(`wrote ${result.gaps.length} ${result.gaps.length === 1 ? 'gap' : 'gaps'} to the baseline ${shown}`);
    return { ...result, gaps: [] };
  }
  const { fresh, known, stale } = matchBaseline(previous, result.gaps, auditedFiles);
  if (known.length > 0)
    writeNote(`${known.length} ${known.length === 1 ? 'gap' : 'gaps'} recorded in the baseline ${shown} not reported`);
  if (stale.length > 0) {
    const entries = stale.map(
      (e) =>
        `  ${escapeUntrusted(`${e.file}: ${e.process ?? NO_PROCESS} ${e.rule} at ${e.step ?? NO_STEP}`)}${e.count > 1 ? ` (${e.count} gaps)` : ''}`,
    );
    writeNote(
      `${stale.length} baseline ${stale.length === 1 ? 'entry matches' : 'entries match'} no gap any more (closed, well done); prune with --update-baseline:\n${entries.join('\n')}`,
    );
  }
  return { ...result, gaps: fresh };
}

const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The baseline file's entries; a missing file is empty only when it is about to be written. */
async function readBaseline(baselineFile: string, shown: string, update: boolean): Promise<Baseline> {
  let text: string;
  try {
    const stats = await stat(baselineFile);
    if (!stats.isFile() || stats.size > MAX_BASELINE_BYTES) {
      throw new UsageError(
        `the baseline "${shown}" is not a baseline file (a regular file of at most 64 MiB); name the file --update-baseline wrote`,
      );
    }
    text = await readFile(baselineFile, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && update) return new Map();
    throw new UsageError(
      `the baseline "${shown}" ${missing ? 'does not exist' : `cannot be read (${describeFsError(error)})`}; write it with --update-baseline`,
    );
  }
  return parseBaseline(shown, text);
}
