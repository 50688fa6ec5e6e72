/**
 * Baselines, for adopting gapcheck on processes that already have gaps: a committed YAML file records the gaps
 * that existed, and an audit against it reports only the others. Entries are keyed by file, process, rule and step,
 * never by line, so editing a process does not churn the baseline; each key has a count, so a baseline of two
 * gaps with one key still lets a third through. Pure functions: reading and writing the file is the caller's.
 */
import { dump } from 'js-yaml';
import { UsageError } from '../errors.js';
import { SourceText } from '../load/source.js';
import { YamlSyntaxError, parseYaml, type YamlNode } from '../load/yaml.js';
import type { Gap } from '../rules/types.js';

/** The key standing for `step: null` (a gap about the whole process, a role or a waiver): never a step id. */
export const NO_STEP = '(no step)';
/** The key standing for `process: null` (a file that is not a process): never a process id. */
export const NO_PROCESS = '(not a process)';
const MARKER = 'gapcheck-baseline';

export interface BaselineEntry {
  readonly file: string;
  readonly process: string | null;
  readonly rule: string;
  readonly step: string | null;
  readonly count: number;
}

/** Entries by their key. */
export type Baseline = ReadonlyMap<string, BaselineEntry>;

export interface BaselineMatch {
  /** Gaps the baseline does not hold: the ones to report. */
  readonly fresh: Gap[];
  /** Gaps the baseline holds. */
  readonly known: Gap[];
  /**
   * Entries of the files audited, with the count left over, that no current gap matched: gaps since closed, to prune
   * with `--update-baseline`. Entries of files this run did not audit (a pre-commit run, a shard) are not stale.
   */
  readonly stale: BaselineEntry[];
}

type Identity = Pick<BaselineEntry, 'file' | 'process' | 'rule' | 'step'>;

function keyOf({ file, process, rule, step }: Identity): string {
  return JSON.stringify([file, process, rule, step]);
}

/** The baseline holding exactly `gaps`. */
export function baselineOf(gaps: readonly Gap[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const { file, process, rule, step } of gaps) {
    const key = keyOf({ file, process, rule, step });
    entries.set(key, { file, process, rule, step, count: (entries.get(key)?.count ?? 0) + 1 });
  }
  return entries;
}

/**
 * The baseline `--update-baseline` writes: every current gap, and the entries of files this run did not audit, kept as
 * they were, so updating from a subset of the files (a pre-commit run, a shard) does not forget the others.
 */
export function updatedBaseline(previous: Baseline, gaps: readonly Gap[], auditedFiles: ReadonlySet<string>): Baseline {
  const kept = [...previous].filter(([, entry]) => !auditedFiles.has(entry.file));
  return new Map([...kept, ...baselineOf(gaps)]);
}

export function matchBaseline(
  baseline: Baseline,
  gaps: readonly Gap[],
  auditedFiles: ReadonlySet<string>,
): BaselineMatch {
  const left = new Map([...baseline].map(([key, entry]) => [key, entry.count]));
  const fresh: Gap[] = [];
  const known: Gap[] = [];
  for (const gap of gaps) {
    const key = keyOf(gap);
    const remaining = left.get(key) ?? 0;
    if (remaining === 0) {
      fresh.push(gap);
      continue;
    }
    left.set(key, remaining - 1);
    known.push(gap);
  }
  const stale = [...baseline].flatMap(([key, entry]) => {
    const count = left.get(key)!;
    return count > 0 && auditedFiles.has(entry.file) ? [{ ...entry, count }] : [];
  });
  return { fresh, known, stale };
}

const HEADER = `# gapcheck baseline: the gaps that already existed when it was written.
# \`gapcheck audit --baseline <this file>\` reports only gaps not recorded here, so a team can adopt
# gapcheck and fail only on new gaps. Commit this file. Rewrite it with --update-baseline (which also
# drops the gaps since closed); by hand, only ever delete entries.
# Layout: file -> process -> rule -> step -> number of gaps.
`;

export function serializeBaseline(baseline: Baseline): string {
  const gaps: Record<string, Record<string, Record<string, Record<string, number>>>> = {};
  for (const { file, process, rule, step, count } of baseline.values()) {
    const rules = ((gaps[file] ??= {})[process ?? NO_PROCESS] ??= {});
    (rules[rule] ??= {})[step ?? NO_STEP] = count;
  }
  return HEADER + dump({ [MARKER]: 1, gaps }, { sortKeys: true, lineWidth: -1, noRefs: true });
}

type Fail = (offset: number, problem: string) => never;

/** Reads a baseline file's text; anything that is not a baseline is a usage error naming file:line:column. */
export function parseBaseline(path: string, text: string): Baseline {
  const source = new SourceText(path, text.replace(/^\uFEFF/, ''));
  const fail: Fail = (offset, problem) => {
    const { line, column } = source.positionAt(offset);
    throw new UsageError(`${path}:${line}:${column}: ${problem}`);
  };
  let documents;
  try {
    documents = parseYaml(source.text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return fail(error.offset, `the baseline is not valid YAML: ${error.message}`);
    throw error;
  }
  const root = documents.length === 1 ? documents[0]!.contents : null;
  if (root?.kind !== 'map' || !root.entries.has(MARKER)) {
    return fail(
      root?.offset ?? 0,
      `not a gapcheck baseline (no "${MARKER}: 1" at the top); write one with --update-baseline`,
    );
  }
  for (const entry of root.entries.values()) {
    if (entry.key !== MARKER && entry.key !== 'gaps')
      fail(entry.keyOffset, `unexpected key "${entry.key}"; a baseline has only "${MARKER}" and "gaps"`);
  }
  const marker = root.entries.get(MARKER)!.value;
  if (marker.kind !== 'scalar' || marker.value !== 1)
    fail(marker.offset, `this baseline is of a format this gapcheck does not know; expected "${MARKER}: 1"`);

  const entries = new Map<string, BaselineEntry>();
  const gaps = root.entries.get('gaps')?.value;
  if (gaps === undefined || (gaps.kind === 'scalar' && gaps.value === null)) return entries;
  for (const [file, processes] of mapEntries(gaps, 'file', fail)) {
    for (const [process, rules] of mapEntries(processes, 'process', fail)) {
      for (const [rule, steps] of mapEntries(rules, 'rule', fail)) {
        for (const [step, count] of mapEntries(steps, 'step', fail)) {
          const identity = {
            file,
            process: process === NO_PROCESS ? null : process,
            rule,
            step: step === NO_STEP ? null : step,
          };
          entries.set(keyOf(identity), { ...identity, count: gapCount(count, step, fail) });
        }
      }
    }
  }
  return entries;
}

function gapCount(node: YamlNode, step: string, fail: Fail): number {
  const value = node.kind === 'scalar' ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  return fail(node.offset, `the number of gaps at step "${step}" must be a whole number of at least 1`);
}

function mapEntries(node: YamlNode, level: string, fail: Fail): [string, YamlNode][] {
  if (node.kind !== 'map')
    return fail(
      node.offset,
      `expected a mapping of each ${level} to what it holds (file -> process -> rule -> step -> number of gaps)`,
    );
  return [...node.entries.values()].map((entry) => [entry.key, entry.value]);
}
