/**
 * `gapcheck merge`: the JSON reports of the shards of one run (`gapcheck audit --shard I/N --format json`), read back
 * and put together into what one unsharded run would have reported. Reports of different runs (another gapcheck,
 * other settings, another date, another split) and an incomplete set of shards are refused: a report that silently
 * left out a shard would pass a CI job it should fail.
 */
import { sortGaps, type AuditResult, type RuleCrash, type WaivedGap } from '../audit/audit.js';
import type { Shard } from '../audit/shard.js';
import { UsageError } from '../errors.js';
import { compareText } from '../text-order.js';
import { findJsonSyntaxError } from '../load/json-syntax.js';
import { SEVERITIES } from '../model/severity.js';
import { STEP_TYPES } from '../model/process.js';
import { AT_MOST, HEAD, TAIL, cutList } from '../rules/support/step-list.js';
import type { Gap } from '../rules/types.js';
import type { DrawnProcess } from './diagram.js';
import type { ProcessDrawing, ReportedRun } from './json.js';
import type { AuditedFile } from '../audit/run.js';
import type { ReportContext } from './types.js';

/** One shard's JSON report, read back: its `run` as written (`ReportedRun`), with the shard, files and drawings read as the audit holds them. */
export interface ShardReport extends Omit<ReportedRun, 'shard' | 'files' | 'processes'> {
  /** The file it was read from, as named on the command line. */
  readonly name: string;
  /** null for the report of a whole run. */
  readonly shard: Shard | null;
  readonly files: readonly AuditedFile[];
  readonly processes: readonly DrawnProcess[];
  readonly gaps: readonly Gap[];
  readonly waived: readonly WaivedGap[];
  readonly crashes: readonly RuleCrash[];
}

/** What a merged report is made from: a `ReportContext` but for how it is shown (--fail-on, --quiet, colour). */
export type MergedRun = Pick<
  ReportContext,
  'result' | 'paths' | 'configFile' | 'today' | 'audited' | 'rules' | 'processes' | 'run'
>;

const HOW_TO_WRITE = 'merge the reports "gapcheck audit --shard I/N --format json" writes';

/** Reads one report's text; a UsageError names the file (and line and column for JSON that does not parse). */
export function readShardReport(name: string, text: string): ShardReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text);
    throw new UsageError(
      `${name}${error ? `:${error.line}:${error.column}: not valid JSON (${error.reason})` : ' is not valid JSON'}; ${HOW_TO_WRITE}`,
    );
  }
  return readReport(name, value);
}

/** Reads one report's data, as `JSON.parse` gives it; a UsageError names the report (`name`) and the field not as gapcheck writes it. */
export function readReport(name: string, value: unknown): ShardReport {
  if (!isObject(value) || value.gapcheck !== 1 || !Array.isArray(value.gaps)) {
    throw new UsageError(`${name} is not a gapcheck JSON report; ${HOW_TO_WRITE}`);
  }
  if (value.run === undefined) {
    throw new UsageError(
      `${name} says nothing of the run that wrote it: it comes from a gapcheck older than merge; audit the shards again with this one`,
    );
  }
  const read = new Reader(name);
  const run = read.object(value.run, 'run');
  const shard = read.nullable(read.string)(run.shard, 'run.shard');
  return {
    name,
    version: read.string(run.version, 'run.version'),
    build: read.string(run.build, 'run.build'),
    settings: read.string(run.settings, 'run.settings'),
    config: read.nullable(read.string)(run.config, 'run.config'),
    paths: read.list(read.string)(run.paths, 'run.paths'),
    today: read.string(run.today, 'run.today'),
    shard: shard === null ? null : read.shard(shard, 'run.shard'),
    quiet: read.boolean(run.quiet, 'run.quiet'),
    rules: read.list(read.string)(run.rules, 'run.rules'),
    files: read.list(read.file)(run.files, 'run.files'),
    processes: shard === null ? [] : read.list(read.drawing)(run.processes, 'run.processes'),
    gaps: read.list(read.gap)(value.gaps, 'gaps'),
    waived: read.list(read.waived)(value.waived, 'waived'),
    crashes: read.optional(read.list(read.crash))(value.crashes, 'crashes') ?? [],
  };
}

/** The run the shards' reports add up to; a UsageError when they are not every shard of one run, each once. */
export function mergeShards(reports: readonly ShardReport[]): MergedRun {
  checkOneRun(reports);
  return combinedRun(reports);
}

/** What the reports add up to, told apart by nothing but their files: every shard of one run, or one whole run's report. */
export function combinedRun(reports: readonly ShardReport[]): MergedRun {
  const audited = reports.flatMap((report) => report.files).sort((a, b) => compareText(a.file, b.file));
  const crashes = reports.flatMap((report) => report.crashes);
  const result: AuditResult = {
    files: audited.length,
    processes: audited.reduce((count, file) => count + file.processes.filter((id) => id !== null).length, 0),
    gaps: sortGaps(reports.flatMap((report) => report.gaps)),
    waived: sortGaps(reports.flatMap((report) => report.waived)),
    ...(crashes.length > 0 && { crashes }),
  };
  const [first] = reports as [ShardReport];
  return {
    result,
    paths: first.paths,
    ...(first.config !== null && { configFile: first.config }),
    today: first.today,
    audited,
    rules: first.rules,
    processes: reports.flatMap((report) => report.processes).sort((a, b) => compareText(a.file, b.file)),
    run: { version: first.version, build: first.build, settings: first.settings },
  };
}

/** What each report must share with the others to be part of one run (compared as text), and how to say that two do not. */
const SAME_RUN: readonly {
  readonly of: (report: ShardReport) => string;
  readonly differ: (a: ShardReport, b: ShardReport) => string;
  readonly fix: string;
}[] = [
  {
    of: (r) => r.version,
    differ: (a, b) => `were written by different versions of gapcheck (${a.version} and ${b.version})`,
    fix: 'run every shard with the same gapcheck',
  },
  {
    of: (r) => r.build,
    differ: (a) => `were written by different builds of gapcheck ${a.version}`,
    fix: 'run every shard with the same gapcheck',
  },
  {
    of: (r) => r.config ?? '',
    differ: (a, b) => `were audited with different configs (${a.config ?? 'none'} and ${b.config ?? 'none'})`,
    fix: 'run every shard with the same config',
  },
  {
    of: (r) => r.settings,
    differ: () => 'were audited with different settings (rules, their options or --max-file-size)',
    fix: 'run every shard with the same config and options',
  },
  {
    of: (r) => JSON.stringify(r.paths),
    differ: (a, b) => `audited different paths (${a.paths.join(' ')} and ${b.paths.join(' ')})`,
    fix: 'run every shard on the same paths',
  },
  {
    of: (r) => r.today,
    differ: (a, b) => `were audited as of different dates (${a.today} and ${b.today})`,
    fix: 'give every shard the same --today',
  },
  {
    of: (r) => String(r.shard?.count),
    differ: (a, b) => `are shards of different splits (of ${a.shard?.count} and of ${b.shard?.count})`,
    fix: 'merge the shards of one --shard I/N split',
  },
];

function checkOneRun(reports: readonly ShardReport[]): void {
  for (const report of reports) {
    if (report.shard === null) {
      throw new UsageError(
        `${report.name} is the report of a whole run (written without --shard), not of a shard; ${HOW_TO_WRITE}`,
      );
    }
    if (report.quiet) {
      throw new UsageError(
        `${report.name} was written with --quiet, so it leaves out gaps below --fail-on; write the shards' reports without --quiet and give --quiet to merge`,
      );
    }
  }
  const [first] = reports as [ShardReport];
  for (const { of, differ, fix } of SAME_RUN) {
    const other = reports.find((report) => of(report) !== of(first));
    if (other)
      throw new UsageError(
        `${first.name} and ${other.name} ${differ(first, other)}, so they are not shards of one run; ${fix}`,
      );
  }
  const count = first.shard!.count;
  const byIndex = new Map<number, ShardReport>();
  for (const report of reports) {
    const twice = byIndex.get(report.shard!.index);
    if (twice)
      throw new UsageError(
        `shard ${report.shard!.index}/${count} is given twice: ${twice.name} and ${report.name}; give each shard's report once`,
      );
    byIndex.set(report.shard!.index, report);
  }
  const missing = count - byIndex.size;
  if (missing > 0) {
    const names = missingShards(count, byIndex).map((index) =>
      typeof index === 'number' ? `${index}/${count}` : index,
    );
    const given = cutList(
      [...byIndex].sort(([a], [b]) => a - b),
      ([index, report]) => `${index}/${count} in ${report.name}`,
    );
    throw new UsageError(
      `${missing === 1 ? `shard ${names[0]} is` : `shards ${names.join(', ')} are`} missing (given: ${given.join(', ')}); merge the reports of every shard`,
    );
  }
}

/**
 * The shards missing from 1..count, cut as every list in a message is (the first 6, `… N more …`, the last 5), found
 * without listing them all: a forged report may claim to be one of billions of shards.
 */
function missingShards(count: number, given: ReadonlyMap<number, unknown>): (number | string)[] {
  const total = count - given.size;
  const first: number[] = [];
  for (let index = 1; index <= count && first.length < Math.min(total, AT_MOST); index++)
    if (!given.has(index)) first.push(index);
  if (total <= AT_MOST) return first;
  const last: number[] = [];
  for (let index = count; last.length < TAIL; index--) if (!given.has(index)) last.unshift(index);
  return [...first.slice(0, HEAD), `… ${total - HEAD - TAIL} more …`, ...last];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Read<T> = (value: unknown, where: string) => T;

/** Reads the parts of one report, refusing, with the report's name and the field, anything not as gapcheck writes it. */
class Reader {
  constructor(private readonly name: string) {}

  private wrong(where: string, expected: string): never {
    throw new UsageError(
      `${this.name}: "${where}" is not ${expected}, as gapcheck writes it: the report was changed or cut short; write it again and ${HOW_TO_WRITE}`,
    );
  }

  object = (value: unknown, where: string): Record<string, unknown> =>
    isObject(value) ? value : this.wrong(where, 'an object');
  string: Read<string> = (value, where) => (typeof value === 'string' ? value : this.wrong(where, 'a string'));
  boolean: Read<boolean> = (value, where) => (typeof value === 'boolean' ? value : this.wrong(where, 'true or false'));
  count: Read<number> = (value, where) =>
    Number.isSafeInteger(value) && (value as number) >= 1
      ? (value as number)
      : this.wrong(where, 'a whole number from 1');

  oneOf =
    <T extends string>(allowed: readonly T[]): Read<T> =>
    (value, where) =>
      (allowed as readonly unknown[]).includes(value)
        ? (value as T)
        : this.wrong(where, `one of ${allowed.join(', ')}`);

  nullable =
    <T>(read: Read<T>): Read<T | null> =>
    (value, where) =>
      value === null ? null : read(value, where);

  optional =
    <T>(read: Read<T>): Read<T | undefined> =>
    (value, where) =>
      value === undefined ? undefined : read(value, where);

  list =
    <T>(read: Read<T>): Read<T[]> =>
    (value, where) =>
      Array.isArray(value) ? value.map((item, index) => read(item, `${where}[${index}]`)) : this.wrong(where, 'a list');

  shard: Read<Shard> = (value, where) => {
    const match = /^(\d+)\/(\d+)$/.exec(value as string);
    const [index, count] = [Number(match?.[1]), Number(match?.[2])];
    return match && Number.isSafeInteger(count) && index >= 1 && index <= count
      ? { index, count }
      : this.wrong(where, 'a shard like 2/3');
  };

  file: Read<AuditedFile> = (value, where) => {
    const file = this.object(value, where);
    return {
      file: this.string(file.file, `${where}.file`),
      processes: this.list(this.nullable(this.string))(file.processes, `${where}.processes`),
    };
  };

  /**
   * A gap as the report holds it, its fields in their order (so the JSON written again is the same), with a witness path
   * the report cut kept as it was written: its two ends and how many steps it `skipped` between them.
   */
  gap: Read<Gap> = (value, where) => {
    const gap = this.object(value, where);
    this.string(gap.file, `${where}.file`);
    this.nullable(this.string)(gap.process, `${where}.process`);
    this.string(gap.rule, `${where}.rule`);
    this.oneOf(SEVERITIES)(gap.severity, `${where}.severity`);
    this.nullable(this.string)(gap.step, `${where}.step`);
    this.string(gap.message, `${where}.message`);
    this.count(gap.line, `${where}.line`);
    this.count(gap.column, `${where}.column`);
    const path = this.optional(this.list(this.string))(gap.path, `${where}.path`);
    const skipped = this.optional(this.count)(gap.skipped, `${where}.skipped`);
    if (skipped !== undefined && (path === undefined || path.length % 2 !== 0))
      this.wrong(`${where}.path`, 'the first and last steps of a cut path');
    return gap as unknown as Gap;
  };

  waived: Read<WaivedGap> = (value, where) => {
    const gap = this.gap(value, where) as Gap & { reason: unknown };
    this.string(gap.reason, `${where}.reason`);
    return gap as WaivedGap;
  };

  crash: Read<RuleCrash> = (value, where) => {
    const crash = this.object(value, where);
    return {
      rule: this.string(crash.rule, `${where}.rule`),
      file: this.string(crash.file, `${where}.file`),
      message: this.string(crash.message, `${where}.message`),
    };
  };

  drawing: Read<DrawnProcess> = (value, where) => {
    const drawn = this.object(value, where) as Record<keyof ProcessDrawing, unknown>;
    return {
      file: this.string(drawn.file, `${where}.file`),
      id: this.string(drawn.id, `${where}.id`),
      at: { line: this.count(drawn.line, `${where}.line`) },
      title: this.string(drawn.title, `${where}.title`),
      owner: { id: this.string(drawn.owner, `${where}.owner`) },
      start: this.list(this.string)(drawn.start, `${where}.start`).map((id) => ({ id })),
      steps: this.list(this.step)(drawn.steps, `${where}.steps`),
    };
  };

  private step: Read<DrawnProcess['steps'][number]> = (value, where) => {
    const step = this.object(value, where);
    const title = this.optional(this.string)(step.title, `${where}.title`);
    return {
      id: this.string(step.id, `${where}.id`),
      type: this.oneOf(STEP_TYPES)(step.type, `${where}.type`),
      ...(title !== undefined && { title }),
      next: this.list(this.edge)(step.next, `${where}.next`),
    };
  };

  private edge: Read<DrawnProcess['steps'][number]['next'][number]> = (value, where) => {
    const edge = this.object(value, where);
    const when = this.optional(this.string)(edge.when, `${where}.when`);
    const after = this.optional(this.string)(edge.after, `${where}.after`);
    return {
      to: { id: this.string(edge.to, `${where}.to`) },
      ...(when !== undefined && { when }),
      ...(after !== undefined && { after: { text: after } }),
    };
  };
}
