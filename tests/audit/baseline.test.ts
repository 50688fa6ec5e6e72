import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  matchBaseline,
  parseBaseline,
  serializeBaseline,
  updatedBaseline,
} from '../../src/audit/baseline.js';
import { UsageError } from '../../src/errors.js';
import type { Gap } from '../../src/rules/types.js';
import { auditTexts } from '../helpers/audit-text.js';
import { EMAIL_COMPLAINT } from '../helpers/email-complaint.js';

function gap(rule: string, step: string | null, line: number, extra: Partial<Gap> = {}): Gap {
  return {
    file: 'processes/orders.yaml',
    process: 'orders',
    rule,
    severity: 'high',
    step,
    message: `${rule} at ${step}`,
    line,
    column: 3,
    ...extra,
  };
}

const roundTrip = (gaps: Gap[]) => parseBaseline('baseline.yaml', serializeBaseline(baselineOf(gaps)));
const ALL = new Set(['a.yaml', 'broken.yaml', 'processes/orders.yaml']);

describe('baseline', () => {
  it('holds every gap of the audit it was written from, so matching it leaves nothing new', () => {
    const { gaps } = auditTexts({ 'a.yaml': EMAIL_COMPLAINT });
    expect(gaps.length).toBeGreaterThan(2);
    const match = matchBaseline(roundTrip([...gaps]), gaps, ALL);
    expect(match).toEqual({ fresh: [], known: gaps, stale: [] });
  });

  it('is keyed by file, process, rule and step, never by line: moving and editing steps changes nothing', () => {
    const before = auditTexts({ 'a.yaml': EMAIL_COMPLAINT }).gaps;
    const edited = `# moved down\n\n${EMAIL_COMPLAINT.replace('    type: explain-policy\n', '    type: explain-policy\n    title: Explain the policy\n')}`;
    const after = auditTexts({ 'a.yaml': edited }).gaps;
    expect(after.map((g) => g.line)).not.toEqual(before.map((g) => g.line));
    expect(matchBaseline(roundTrip([...before]), after, ALL).fresh).toEqual([]);
    expect(serializeBaseline(baselineOf(after))).toBe(serializeBaseline(baselineOf(before)));
  });

  it('counts gaps that share a key, so one more of them is still new', () => {
    const baseline = roundTrip([gap('training-current', null, 5), gap('training-current', null, 8)]);
    const now = [gap('training-current', null, 5), gap('training-current', null, 8), gap('training-current', null, 11)];
    const match = matchBaseline(baseline, now, ALL);
    expect(match.known).toHaveLength(2);
    expect(match.fresh).toEqual([now[2]]);
  });

  it('reports entries no gap matches any more, with the count left over', () => {
    const baseline = roundTrip([
      gap('dead-end', 'ship', 3),
      gap('training-current', null, 5),
      gap('training-current', null, 8),
    ]);
    const match = matchBaseline(baseline, [gap('training-current', null, 5)], ALL);
    expect(match.fresh).toEqual([]);
    expect(match.stale).toEqual([
      { file: 'processes/orders.yaml', process: 'orders', rule: 'dead-end', step: 'ship', count: 1 },
      { file: 'processes/orders.yaml', process: 'orders', rule: 'training-current', step: null, count: 1 },
    ]);
  });

  it('calls entries stale only in the files this run audited (a pre-commit run, a shard)', () => {
    const baseline = roundTrip([gap('dead-end', 'ship', 3), gap('dead-end', 'ship', 3, { file: 'other.yaml' })]);
    expect(matchBaseline(baseline, [], new Set(['other.yaml'])).stale).toEqual([
      { file: 'other.yaml', process: 'orders', rule: 'dead-end', step: 'ship', count: 1 },
    ]);
  });

  it('updates the entries of the files audited, and keeps those of the others as they were', () => {
    const previous = roundTrip([gap('dead-end', 'ship', 3), gap('dead-end', 'ship', 3, { file: 'other.yaml' })]);
    const updated = updatedBaseline(previous, [gap('listen-first', 'call', 5)], new Set(['processes/orders.yaml']));
    expect([...updated.values()]).toEqual([
      { file: 'other.yaml', process: 'orders', rule: 'dead-end', step: 'ship', count: 1 },
      { file: 'processes/orders.yaml', process: 'orders', rule: 'listen-first', step: 'call', count: 1 },
    ]);
  });

  it('keeps gaps of files that are not processes, and of whole processes', () => {
    const gaps = [
      gap('invalid-process', null, 1, { file: 'broken.yaml', process: null }),
      gap('process-review', null, 1),
    ];
    expect(matchBaseline(roundTrip(gaps), gaps, ALL).fresh).toEqual([]);
    expect(
      matchBaseline(roundTrip(gaps), [gap('process-review', null, 1, { file: 'broken.yaml', process: null })], ALL)
        .fresh,
    ).toHaveLength(1);
  });

  it('is readable YAML with a header, keys sorted, the same whatever order the gaps came in', () => {
    const gaps = [
      gap('dead-end', 'ship', 9),
      gap('dead-end', 'confirm', 4),
      gap('process-review', null, 1, { file: 'a.yaml', process: 'a' }),
    ];
    const text = serializeBaseline(baselineOf(gaps));
    expect(text).toBe(serializeBaseline(baselineOf([...gaps].reverse())));
    expect(text).toMatch(/^# gapcheck baseline/);
    expect(
      text
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n'),
    ).toBe(`gapcheck-baseline: 1
gaps:
  a.yaml:
    a:
      process-review:
        (no step): 1
  processes/orders.yaml:
    orders:
      dead-end:
        confirm: 1
        ship: 1
`);
    expect(load(text)).toMatchObject({ 'gapcheck-baseline': 1 });
  });

  it('reads an empty baseline', () => {
    expect(parseBaseline('b.yaml', 'gapcheck-baseline: 1\ngaps: {}\n').size).toBe(0);
    expect(parseBaseline('b.yaml', 'gapcheck-baseline: 1\n').size).toBe(0);
  });

  it.each([
    ['not YAML', 'gapcheck-baseline: 1\ngaps: [\n', /^b\.yaml:3:1: the baseline is not valid YAML/],
    ['not a baseline', 'process: orders\n', /^b\.yaml:1:1: not a gapcheck baseline/],
    ['an empty file', '', /^b\.yaml:1:1: not a gapcheck baseline/],
    ['an unknown format version', 'gapcheck-baseline: 2\n', /^b\.yaml:1:20: .*format/],
    ['an unknown key', 'gapcheck-baseline: 1\nentries: {}\n', /^b\.yaml:2:1: unexpected key "entries"/],
    [
      'a list where a mapping belongs',
      'gapcheck-baseline: 1\ngaps:\n  a.yaml: [orders]\n',
      /^b\.yaml:3:11: expected a mapping of each process/,
    ],
    [
      'a count that is not a whole number',
      'gapcheck-baseline: 1\ngaps:\n  a.yaml:\n    orders:\n      dead-end:\n        ship: 1.5\n',
      /^b\.yaml:6:15: the number of gaps at step "ship"/,
    ],
    [
      'a count of zero',
      'gapcheck-baseline: 1\ngaps:\n  a.yaml:\n    orders:\n      dead-end:\n        ship: 0\n',
      /^b\.yaml:6:15: /,
    ],
  ])('refuses %s, naming file:line:column', (_, text, message) => {
    expect(() => parseBaseline('b.yaml', text)).toThrow(UsageError);
    expect(() => parseBaseline('b.yaml', text)).toThrow(message);
  });
});
