import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.js';
import type { ReportContext } from '../../src/report/types.js';
import { ruleSummary } from '../../src/report/rule-doc.js';
import { reportContext } from '../helpers/report-context.js';
import { EMAIL_COMPLAINT } from '../helpers/email-complaint.js';

/**
 * The SARIF 2.1.0 schema as Microsoft publishes it (the same as SchemaStore's sarif-2.1.0-rtm.5, which differs from
 * the OASIS errata schema only in descriptions); like the OASIS one it is JSON Schema draft-04.
 */
const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// The schema's pattern for `language` has a stray `]` that only a non-Unicode regular expression accepts.
// Both are CommonJS packages: their `default` is the class and the plugin under every module loader.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const SAMPLES = 'sample-processes';
const samples = Object.fromEntries(
  readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`${SAMPLES}/${name}`, readFileSync(`${SAMPLES}/${name}`, 'utf8')]),
);

function sarifOf(context: ReportContext): Log {
  const text = formatSarif(context);
  const log = JSON.parse(text) as Log;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  return log;
}

describe('sarif', () => {
  it('matches the SARIF 2.1.0 schema for every sample process, gaps and waivers alike', () => {
    const context = reportContext(samples);
    expect(context.result.gaps.length).toBeGreaterThan(10);
    const results = sarifOf(context).runs[0]!.results!;
    expect(results).toHaveLength(context.result.gaps.length + context.result.waived.length);
  });

  it('is checked by a schema that really rejects bad SARIF: an unknown level, an unencoded space in a path', () => {
    const log = JSON.parse(formatSarif(reportContext({ 'a.yaml': EMAIL_COMPLAINT }))) as Log;
    const result = log.runs[0]!.results![0]!;
    expect(validateSarif({ ...log, runs: [{ ...log.runs[0], results: [{ ...result, level: 'critical' }] }] })).toBe(
      false,
    );
    const unencoded = {
      ...result,
      locations: [{ physicalLocation: { artifactLocation: { uri: 'my processes/a.yaml' } } }],
    };
    expect(validateSarif({ ...log, runs: [{ ...log.runs[0], results: [unencoded] }] })).toBe(false);
  });

  it('describes every rule with what GitHub code scanning requires', () => {
    const run = sarifOf(reportContext({})).runs[0]!;
    const driver = run.tool.driver;
    expect(Object.keys(run.originalUriBaseIds!)).toEqual(['%SRCROOT%']);
    expect(driver.name).toBe('gapcheck');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((rule) => rule.id)).toEqual(BUILT_IN_RULES.rules.map((rule) => rule.meta.id));
    // A `name` equal to the id is what the SARIF validator warns of (SARIF1001): the id alone says it.
    expect(driver.rules!.filter((rule) => rule.name !== undefined)).toEqual([]);
    for (const [index, rule] of driver.rules!.entries()) {
      const { meta } = BUILT_IN_RULES.rules[index]!;
      expect(rule.shortDescription!.text).toBe(ruleSummary(meta));
      expect(rule.fullDescription!.text).toBe(meta.why);
      // GitHub's limits for these two.
      expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help!.text).toContain(meta.fix);
      expect(rule.help!.markdown).toContain(meta.fix);
      const level = { critical: 'error', high: 'error', medium: 'warning', low: 'note' }[meta.defaultSeverity];
      expect(rule.defaultConfiguration!.level).toBe(level);
    }
  });

  it('gives each gap its rule, level, message, relative location and fingerprint', () => {
    const context = reportContext({ 'processes/email complaint #1.yaml': EMAIL_COMPLAINT });
    const log = sarifOf(context);
    const { driver } = log.runs[0]!.tool;
    const results = log.runs[0]!.results!;
    const listenFirst = results.find((result) => result.ruleId === 'listen-first')!;
    expect(driver.rules![listenFirst.ruleIndex!]!.id).toBe('listen-first');
    expect(listenFirst.level).toBe('warning');
    expect(listenFirst.message.text).toContain('receive-email → explain');
    expect(listenFirst.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'processes/email%20complaint%20%231.yaml', uriBaseId: '%SRCROOT%' },
      // The step's key, `receive-email`: its end is exclusive, as SARIF's is.
      region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 16 },
    });
    // Only gapcheck's own key: GitHub computes primaryLocationLineHash itself and warns when one sent differs.
    expect(Object.keys(listenFirst.partialFingerprints!)).toEqual([FINGERPRINT_KEY]);
    expect(listenFirst.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{16}:1$/);
    const fingerprints = results.map((result) => result.partialFingerprints![FINGERPRINT_KEY]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('keeps every fingerprint when lines move and other steps change', () => {
    const before = fingerprintsByGap(reportContext({ 'orders.yaml': EMAIL_COMPLAINT }));
    const edited = `# A comment that moves every line down\n\n${EMAIL_COMPLAINT.replace('    type: explain-policy\n', '    type: explain-policy\n    title: Explain the refund policy\n')}`;
    const after = fingerprintsByGap(reportContext({ 'orders.yaml': edited }));
    expect(after).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(0);
  });

  it('tells apart gaps of one rule in one process with no step, by their order', () => {
    const twoRoles = EMAIL_COMPLAINT.replace(
      'roles:\n  agent:\n    title: Agent\n',
      'roles:\n  agent:\n    title: Agent\n  lead:\n    title: Lead\n',
    ).replace(
      '  explain:\n    type: explain-policy\n    actor: agent\n',
      '  explain:\n    type: explain-policy\n    actor: lead\n',
    );
    const results = sarifOf(reportContext({ 'orders.yaml': twoRoles })).runs[0]!.results!;
    const training = results
      .filter((result) => result.ruleId === 'training-current')
      .map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    expect(training).toHaveLength(2);
    expect(training.map((f) => f.split(':')[1])).toEqual(['1', '2']);
    expect(training[0]!.split(':')[0]).toBe(training[1]!.split(':')[0]);
  });

  it('marks waived gaps as suppressed, with the waiver reason', () => {
    const waived = `${EMAIL_COMPLAINT}waivers:\n  - rule: listen-first\n    reason: Policy questions come first on this queue.\n`;
    const results = sarifOf(reportContext({ 'orders.yaml': waived })).runs[0]!.results!;
    const suppressed = results.filter((result: Result) => result.suppressions !== undefined);
    expect(suppressed.map((result) => result.ruleId)).toEqual(['listen-first']);
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'Policy questions come first on this queue.' },
    ]);
  });
});

function fingerprintsByGap(context: ReportContext): Record<string, string> {
  const results = sarifOf(context).runs[0]!.results!;
  return Object.fromEntries(
    results.map((result) => [
      `${result.ruleId}@${String(result.properties!['step'])}`,
      result.partialFingerprints![FINGERPRINT_KEY]!,
    ]),
  );
}
