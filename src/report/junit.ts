/**
 * JUnit XML, as Jenkins, GitLab and Azure Pipelines read test results: one testsuite per file audited, and in it
 * one testcase per process and rule that ran on it. A testcase fails with every gap of its rule in that process
 * (each with its file:line:column); one whose gaps were all waived is skipped, with the waiver's reason. A document
 * that is not a valid process has one testcase, `invalid-process`, since no other rule runs on it.
 *
 * Only attributes that the Jenkins xUnit plugin's junit-10.xsd allows: it skips a file with any other, so the
 * testcase has no `file` (the file is the testsuite's name and starts every failure message) and the root no `skipped`.
 */
import type { RuleCrash, WaivedGap } from '../audit/audit.js';
import { crashText } from './crashes.js';
import { SEVERITIES } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import type { ReportContext, ReportWriter } from './types.js';
import type { AuditedFile } from '../audit/run.js';
import { wholeReport } from './pieces.js';
import { escapeUntrusted, withoutWorkflowCommands } from '../untrusted-text.js';
import { pathLine } from './witness.js';

const INVALID_PROCESS = 'invalid-process';

interface TestCase {
  readonly name: string;
  readonly classname: string;
  readonly gaps: readonly Gap[];
  readonly waived: readonly WaivedGap[];
  /** The rule threw on the file: the testcase is in error. */
  readonly crash?: RuleCrash;
}

/**
 * Two passes over the files: the root's counts first, then each testsuite as it is written, so the testcases of a
 * large repository are never all held at once.
 */
export const writeJunit: ReportWriter = function* (context) {
  const byCase = { gaps: groupByCase(context.result.gaps), waived: groupByCase(context.result.waived) };
  const crashes = context.result.crashes ?? [];
  const suiteOf = ({ file, processes }: AuditedFile): Suite => ({
    file,
    cases: testCases(context, byCase, file, processes),
  });
  // A check over all the files together failed: it belongs to no file's testsuite.
  const overAll = crashes.filter((crash) => !context.audited.some(({ file }) => file === crash.file));
  const overAllSuite: Suite[] = overAll.length > 0 ? [{ file: 'gapcheck', cases: overAll.map(crashCase) }] : [];
  const total = { tests: 0, failures: 0, errors: 0 };
  for (const { cases } of [...context.audited.map(suiteOf), ...overAllSuite]) {
    const counts = tally(cases);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
  }
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'gapcheck', ...textsOf(total), time: '0' })}>`,
  ];
  yield `${head.join('\n')}\n`;
  const suiteXml = ({ file, cases }: Suite): string =>
    `${[
      `  <testsuite${attributes({ name: file, ...textsOf(tally(cases)), skipped: String(skippedCount(cases)), time: '0', timestamp: `${context.today}T00:00:00` })}>`,
      ...cases.flatMap(testCaseXml),
      '  </testsuite>',
    ].join('\n')}\n`;
  for (const audited of context.audited) yield suiteXml(suiteOf(audited));
  yield* overAllSuite.map(suiteXml);
  yield '</testsuites>\n';
};

export const formatJunit = wholeReport(writeJunit);

interface Suite {
  readonly file: string;
  readonly cases: readonly TestCase[];
}

interface GapsByCase {
  readonly gaps: ReadonlyMap<string, readonly Gap[]>;
  readonly waived: ReadonlyMap<string, readonly WaivedGap[]>;
}

/** A testcase's gaps, found by key: filtering every gap for each of a large repository's testcases was quadratic. */
function groupByCase<G extends Gap>(gaps: readonly G[]): Map<string, G[]> {
  const groups = new Map<string, G[]>();
  for (const gap of gaps) {
    const key = caseKey(gap.file, gap.process, gap.rule);
    const group = groups.get(key);
    if (group) group.push(gap);
    else groups.set(key, [gap]);
  }
  return groups;
}

function caseKey(file: string, process: string | null, rule: string): string {
  return JSON.stringify([file, process, rule]);
}

function testCases(
  { rules, result: { crashes } }: ReportContext,
  byCase: GapsByCase,
  file: string,
  processes: readonly (string | null)[],
): TestCase[] {
  const testCase = (process: string | null, rule: string): TestCase => ({
    name: rule,
    classname: process ?? file,
    gaps: byCase.gaps.get(caseKey(file, process, rule)) ?? [],
    waived: byCase.waived.get(caseKey(file, process, rule)) ?? [],
  });
  const valid = [...new Set(processes.filter((process) => process !== null))];
  return [
    ...(processes.includes(null) ? [testCase(null, INVALID_PROCESS)] : []),
    ...valid.flatMap((process) => rules.map((rule) => testCase(process, rule))),
    ...(crashes ?? []).filter((crash) => crash.file === file).map(crashCase),
  ];
}

function crashCase(crash: RuleCrash): TestCase {
  return { name: crash.rule, classname: crash.file, gaps: [], waived: [], crash };
}

/** The counts both the root and each testsuite carry; only a testsuite may count skipped ones (junit-10.xsd). */
function tally(cases: readonly TestCase[]): Record<'tests' | 'failures' | 'errors', number> {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.gaps.length > 0).length,
    errors: cases.filter((c) => c.crash).length,
  };
}

function textsOf(counts: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, String(count)]));
}

function skippedCount(cases: readonly TestCase[]): number {
  return cases.filter((c) => c.gaps.length === 0 && c.waived.length > 0).length;
}

function testCaseXml(testCase: TestCase): string[] {
  const open = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, time: '0' })}`;
  if (testCase.crash)
    return [
      `${open}>`,
      `      <error${attributes({ message: `internal error: ${crashText(testCase.crash)}`, type: 'internal-error' })}/>`,
      '    </testcase>',
    ];
  if (testCase.gaps.length > 0) return [`${open}>`, failureXml(testCase.gaps), '    </testcase>'];
  if (testCase.waived.length > 0) {
    const reasons = [...new Set(testCase.waived.map((gap) => gap.reason))].join('; ');
    return [`${open}>`, `      <skipped${attributes({ message: `waived: ${reasons}` })}/>`, '    </testcase>'];
  }
  return [`${open}/>`];
}

function failureXml(gaps: readonly Gap[]): string {
  const worst = SEVERITIES.find((severity) => gaps.some((gap) => gap.severity === severity))!;
  const message =
    gaps.length === 1
      ? located(gaps[0]!)
      : `${gaps.length} gaps: ${gaps.map((gap) => `${gap.file}:${gap.line}:${gap.column}`).join(', ')}`;
  const details = gaps.flatMap((gap) => [`${located(gap)} [${gap.severity}]`, ...indented(pathLine(gap))]);
  return `      <failure${attributes({ message, type: worst })}>${escapeText(details.join('\n'))}</failure>`;
}

function located(gap: Gap): string {
  return `${gap.file}:${gap.line}:${gap.column}: ${gap.message}`;
}

/** The witness path on its own line under its gap. */
function indented(line: string | undefined): string[] {
  return line === undefined ? [] : [`  ${line}`];
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** Characters XML 1.0 cannot hold at all that `escapeUntrusted` leaves: U+FFFE, U+FFFF, lone surrogates. */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters escaped as everywhere (XML 1.0 cannot hold most of them), then XML's own escaping. */
export function escapeText(text: string): string {
  const xml = escapeUntrusted(text, { keepLayout: true })
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
  return withoutWorkflowCommands(xml, '&#58;');
}

/** As for text, and quotes; line breaks and tabs as references, since parsers turn them into spaces in attributes. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}
