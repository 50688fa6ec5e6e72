/**
 * The reports as their real consumers read them: JUnit against the Jenkins xUnit plugin's junit-10.xsd (xmllint),
 * SARIF through Microsoft's SARIF multitool with GitHub's code scanning rules. CI installs both (.ci/run, npm ci):
 * a missing tool fails these tests, it never skips them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { ReportContext } from '../../src/report/types.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import type { Gap } from '../../src/rules/types.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { reportContext } from '../helpers/report-context.js';
import { runCli } from '../helpers/run-cli.js';

const JUNIT_XSD = 'tests/report/schemas/junit-10.xsd';
const MULTITOOL_CONFIG = 'tests/report/schemas/sarif-multitool.config.xml';
/** The platform binary `@microsoft/sarif-multitool` resolves to (its `bin.js` runs it through a shell). */
const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

const work = mkdtempSync(join(tmpdir(), 'gapcheck-consumers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SAMPLES = 'sample-processes';
const samples = Object.fromEntries(
  readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`${SAMPLES}/${name}`, readFileSync(`${SAMPLES}/${name}`, 'utf8')]),
);
/** Each rule's failing example, one file each, so the report holds every rule's gap. */
const everyRule = Object.fromEntries(
  BUILT_IN_RULES.rules.flatMap(({ meta }) =>
    meta.failingExample ? [[`every rule/${meta.id} #1.yaml`, meta.failingExample]] : [],
  ),
);

/** Gaps whose text and file names hold what XML and JSON must escape or drop. */
function hostile(): ReportContext {
  const message = 'Say "no" & <stop> ]]> it\'s\nnext\u0000\u0007\u001b[31m line\uFFFF\uD800 ::error::x %0A 😀';
  const file = 'odd/<a> & "b" %20 #1 ü.yaml';
  const gaps: Gap[] = BUILT_IN_RULES.rules.map(({ meta }, index) => ({
    file,
    process: `p<${index}>&"`,
    rule: meta.id,
    severity: meta.defaultSeverity,
    step: index % 2 === 0 ? `s]]>${index}` : null,
    message: `${message} ${index}`,
    line: index + 1,
    column: 3,
    ...(index % 3 === 0 ? {} : { endLine: index + 2, endColumn: 1 }),
    ...(index % 2 === 0 ? { path: [`a\u0000<`, `b"&`] } : {}),
  }));
  return reportContext(
    {},
    {
      result: {
        files: 1,
        processes: BUILT_IN_RULES.rules.length,
        gaps,
        waived: [{ ...gaps[0]!, reason: 'because <reasons> & "quotes"\u0007' }],
      },
      audited: [{ file, processes: BUILT_IN_RULES.rules.map((_, index) => `p<${index}>&"`) }],
      rules: BUILT_IN_RULES.rules.map(({ meta }) => meta.id),
    },
  );
}

function written(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** A tool's run, failing loudly, with how to install it, when it is not there. */
function run(command: string, args: readonly string[], install: string): { status: number; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  expect(result.error, `${command} could not run (${install})`).toBeUndefined();
  return { status: result.status!, output: `${result.stdout}${result.stderr}` };
}

function xmllint(xml: string, name: string): { status: number; output: string } {
  return run('xmllint', ['--noout', '--schema', JUNIT_XSD, written(name, xml)], 'apt-get install libxml2-utils');
}

interface Validation {
  readonly status: number;
  readonly output: string;
  /** Every error and warning the validator reported, as `rule: message`. */
  readonly problems: string[];
}

function validateSarif(sarif: string, name: string): Validation {
  const input = written(name, sarif);
  const log = join(work, `${name}.validation.sarif`);
  const args = [
    'validate',
    '--rule-kind',
    'Sarif;Gh',
    '--config',
    MULTITOOL_CONFIG,
    '--log',
    'ForceOverwrite',
    '--output',
    log,
    input,
  ];
  const { status, output } = run(MULTITOOL, args, 'npm ci installs @microsoft/sarif-multitool');
  const validation = JSON.parse(readFileSync(log, 'utf8')) as Log;
  const runs = validation.runs;
  // A result with no level is a warning (SARIF §3.27.10); notes are advice, not problems.
  const problems = runs
    .flatMap((r) => r.results ?? [])
    .filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning');
  const failures = runs
    .flatMap((r) => r.invocations ?? [])
    .flatMap((i) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]);
  return {
    status,
    output,
    problems: [
      ...problems.map((r) => `${r.ruleId}: ${r.message.text ?? JSON.stringify(r.message.arguments)}`),
      ...failures.filter((n) => n.level !== 'note').map((n) => `tool: ${n.message.text}`),
    ],
  };
}

describe('JUnit as the Jenkins xUnit plugin reads it (junit-10.xsd)', () => {
  it('is valid for the sample processes', () => {
    const result = xmllint(formatJunit(reportContext(samples)), 'samples.xml');
    expect(result.output).toContain('validates');
    expect(result.status, result.output).toBe(0);
  });

  it('is valid for a file with every rule’s gap, and for gaps full of hostile characters', () => {
    const context = reportContext(everyRule);
    const missing = BUILT_IN_RULES.rules
      .map(({ meta }) => meta.id)
      .filter((id) => !context.result.gaps.some((gap) => gap.rule === id));
    expect(missing).toEqual([]);
    for (const [name, xml] of [
      ['every-rule.xml', formatJunit(context)],
      ['hostile.xml', formatJunit(hostile())],
    ] as const) {
      const result = xmllint(xml, name);
      expect(result.status, result.output).toBe(0);
    }
  });

  it('is checked by a schema that refuses what the plugin refuses: testcase/@file, testsuites/@skipped', () => {
    const xml = formatJunit(reportContext(samples))
      .replace('<testsuites ', '<testsuites skipped="0" ')
      .replace('<testcase ', '<testcase file="a.yaml" ');
    const result = xmllint(xml, 'refused.xml');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/attribute 'skipped': The attribute 'skipped' is not allowed/);
    expect(result.output).toMatch(/attribute 'file': The attribute 'file' is not allowed/);
  });
});

describe('SARIF as GitHub code scanning takes it (SARIF multitool, Sarif and GitHub rules)', () => {
  it('has no error and no warning for the sample processes', () => {
    const validation = validateSarif(formatSarif(reportContext(samples)), 'samples.sarif');
    expect(validation.status, validation.output).toBe(0);
    expect(validation.problems).toEqual([]);
  });

  it('has no error and no warning for a file with every rule’s gap, nor for hostile text', () => {
    for (const [name, sarif] of [
      ['every-rule.sarif', formatSarif(reportContext(everyRule))],
      ['hostile.sarif', formatSarif(hostile())],
    ] as const) {
      const validation = validateSarif(sarif, name);
      expect(validation.status, validation.output).toBe(0);
      expect(validation.problems, name).toEqual([]);
    }
  });

  describe('for a run where a rule threw', () => {
    afterEach(() => vi.restoreAllMocks());

    it('has no error and no warning, the failure given as a tool execution notification', () => {
      const deadEnd = BUILT_IN_RULES.get('dead-end')!;
      vi.spyOn(deadEnd as unknown as { check: () => unknown }, 'check').mockImplementation(() => {
        throw new Error('boom <at> "step" & more');
      });
      const context = reportContext(samples);
      expect(context.result.crashes?.map((crash) => crash.rule)).toContain('dead-end');
      const sarif = formatSarif(context);
      expect((JSON.parse(sarif) as Log).runs[0]!.invocations![0]!.toolExecutionNotifications!.length).toBeGreaterThan(
        0,
      );
      const validation = validateSarif(sarif, 'crash.sarif');
      expect(validation.status, validation.output).toBe(0);
      expect(validation.problems).toEqual([]);
    });
  });

  it("has no error and no warning for a run with a team's policy (the CLI's report)", () => {
    const fixture = 'tests/rules/policies/every-path-within/fail/called-back-too-late';
    const run = runCli([
      'audit',
      `${fixture}.yaml`,
      '--config',
      `${fixture}.config.yaml`,
      '--format',
      'sarif',
      '--today',
      FIXTURE_TODAY,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(log.runs[0]!.results!.map((result) => result.ruleId)).toContain('team-policy');
    const validation = validateSarif(run.stdout, 'policy.sarif');
    expect(validation.status, validation.output).toBe(0);
    expect(validation.problems).toEqual([]);
  });

  it('is checked by a validator that reports what GitHub warns of: a rule name equal to its id, a region without its line, a web address', () => {
    const log = JSON.parse(formatSarif(reportContext(samples))) as Log;
    const { tool, results } = log.runs[0]!;
    tool.driver.rules![0]!.name = tool.driver.rules![0]!.id;
    results![0]!.locations![0]!.physicalLocation!.artifactLocation = { uri: 'https://example.com/a.yaml' };
    delete results![0]!.locations![0]!.physicalLocation!.region;
    const rules = validateSarif(JSON.stringify(log), 'refused.sarif').problems.map((problem) => problem.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['SARIF1001', 'GH1003', 'GH1005']));
  });
});
