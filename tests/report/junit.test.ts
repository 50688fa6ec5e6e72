import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, formatJunit } from '../../src/report/junit.js';
import type { ReportContext } from '../../src/report/types.js';
import { reportContext } from '../helpers/report-context.js';
import { REVIEWED_EMAIL_COMPLAINT as EMAIL_COMPLAINT } from '../helpers/email-complaint.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10;) too, as every XML parser reads them.
  htmlEntities: true,
});

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: { message: string };
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase?: TestCase[];
}

function parse(context: ReportContext): {
  testsuites: { tests: string; failures: string; skipped?: string; testsuite: TestSuite[] };
} {
  const xml = formatJunit(context);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as ReturnType<typeof parse>;
}

describe('junit', () => {
  it('writes one testsuite per file and one testcase per process and rule that ran', () => {
    const context = reportContext({
      'a.yaml': EMAIL_COMPLAINT,
      'b.yaml': EMAIL_COMPLAINT.replace('email-complaint', 'other-complaint'),
      'broken.yaml': 'process: [',
    });
    const { testsuites } = parse(context);
    expect(testsuites.testsuite.map((suite) => suite.name)).toEqual(['a.yaml', 'b.yaml', 'broken.yaml']);
    const [a, , broken] = testsuites.testsuite;
    expect(a!.testcase!.map((c) => c.name)).toEqual(context.rules);
    expect(new Set(a!.testcase!.map((c) => c.classname))).toEqual(new Set(['email-complaint']));
    expect(broken!.testcase!.map((c) => [c.name, c.classname])).toEqual([['invalid-process', 'broken.yaml']]);
    expect(broken!.testcase![0]!.failure!.message).toMatch(/^broken\.yaml:1:\d+: /);

    const cases = testsuites.testsuite.flatMap((suite) => suite.testcase ?? []);
    expect(Number(testsuites.tests)).toBe(cases.length);
    expect(Number(testsuites.failures)).toBe(cases.filter((c) => c.failure).length);
    for (const suite of testsuites.testsuite) {
      expect(Number(suite.tests)).toBe(suite.testcase?.length ?? 0);
      expect(Number(suite.failures)).toBe((suite.testcase ?? []).filter((c) => c.failure).length);
    }
  });

  it('fails a testcase with each gap, its location and its witness path', () => {
    const { testsuites } = parse(reportContext({ 'processes/a.yaml': EMAIL_COMPLAINT }));
    const cases = testsuites.testsuite[0]!.testcase!;
    const listenFirst = cases.find((c) => c.name === 'listen-first')!;
    // junit-10.xsd refuses testcase/@file: the file is the testsuite's name, and starts the failure message.
    expect(listenFirst.file).toBeUndefined();
    expect(testsuites.testsuite[0]!.name).toBe('processes/a.yaml');
    expect(listenFirst.failure!.type).toBe('medium');
    expect(listenFirst.failure!.message).toMatch(/^processes\/a\.yaml:11:3: .*receive-email/);
    expect(listenFirst.failure!['#text']).toContain('receive-email → explain');
    expect(cases.find((c) => c.name === 'dead-end')!.failure).toBeUndefined();
  });

  it('skips a testcase whose only gaps were waived, giving the reason', () => {
    const waived = `${EMAIL_COMPLAINT}waivers:\n  - rule: listen-first\n    reason: Policy questions <always> come first & fast.\n`;
    const { testsuites } = parse(reportContext({ 'a.yaml': waived }));
    // The testsuite counts it; the root may not (junit-10.xsd).
    expect(testsuites.testsuite[0]!.skipped).toBe('1');
    expect(testsuites.skipped).toBeUndefined();
    const cases = testsuites.testsuite[0]!.testcase!;
    const listenFirst = cases.find((c) => c.name === 'listen-first')!;
    expect(listenFirst.failure).toBeUndefined();
    expect(listenFirst.skipped!.message).toBe('waived: Policy questions <always> come first & fast.');
  });

  it('escapes markup and quotes, keeps line breaks in attributes, writes control characters as codes, and drops what XML cannot hold', () => {
    const message = 'Say "no" & <stop> it\'s\nnext line\u0000\u0007\uFFFF end';
    const gap = {
      file: 'a.yaml',
      process: 'p',
      rule: 'listen-first',
      severity: 'high' as const,
      step: 's',
      message,
      line: 1,
      column: 2,
    };
    const context = reportContext(
      {},
      {
        result: { files: 1, processes: 1, gaps: [gap], waived: [] },
        audited: [{ file: 'a.yaml', processes: ['p'] }],
        rules: ['listen-first'],
      },
    );
    const failure = parse(context).testsuites.testsuite[0]!.testcase![0]!.failure!;
    expect(failure.message).toBe('a.yaml:1:2: Say "no" & <stop> it\'s\nnext line\\u0000\\u0007 end');
    expect(failure['#text']).toContain('Say "no" & <stop> it\'s\nnext line\\u0000\\u0007 end');
    expect(escapeText('a\uD800b\uDC00c😀')).toBe('abc😀');
    expect(escapeAttribute('tab\there')).toBe('tab&#9;here');
  });

  it('lists every gap of a rule in one process in the one failure', () => {
    const gaps = [3, 9].map((line) => ({
      file: 'a.yaml',
      process: 'p',
      rule: 'dead-end',
      severity: 'high' as const,
      step: `s${line}`,
      message: `m${line}`,
      line,
      column: 3,
    }));
    const context = reportContext(
      {},
      {
        result: { files: 1, processes: 1, gaps, waived: [] },
        audited: [{ file: 'a.yaml', processes: ['p'] }],
        rules: ['dead-end'],
      },
    );
    const failure = parse(context).testsuites.testsuite[0]!.testcase![0]!.failure!;
    expect(failure.message).toBe('2 gaps: a.yaml:3:3, a.yaml:9:3');
    expect(failure['#text'].split('\n')).toEqual(['a.yaml:3:3: m3 [high]', 'a.yaml:9:3: m9 [high]']);
  });
});
