/**
 * Property-based tests of the whole pipeline (parse, validate, build, every rule, waivers) on generated input:
 * random YAML-ish text, broken variants of a real process, and random process-shaped documents, valid and
 * slightly invalid. Whatever the input: no exception escapes, every gap has a file and a line and column inside
 * the text, the same input gives the same result, and the order of steps in the file changes only positions.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/audit/audit.js';
import { CHANNELS, INTENTS, OUTCOMES, REMEDIES, STEP_TYPES } from '../../src/model/process.js';
import { auditTexts } from '../helpers/audit-text.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const FILE = 'fuzz.yaml';
/** Each run must finish well within this, however it is generated: a hang or a blow-up fails the property. */
const MAX_RUN_MS = 5_000;

function auditOnce(text: string): AuditResult {
  const started = performance.now();
  const result = auditTexts({ [FILE]: text });
  expect(performance.now() - started).toBeLessThan(MAX_RUN_MS);
  return result;
}

/** Every gap sits at a real place in the text: a line that exists, and a column on it (or just after its end). */
function expectGapsInsideText(result: AuditResult, text: string): void {
  const lines = text.split('\n');
  for (const gap of [...result.gaps, ...result.waived]) {
    expect(gap.file).toBe(FILE);
    expect(gap.message).not.toBe('');
    expect(gap.line).toBeGreaterThanOrEqual(1);
    expect(gap.line).toBeLessThanOrEqual(lines.length);
    expect(gap.column).toBeGreaterThanOrEqual(1);
    expect(gap.column).toBeLessThanOrEqual(lines[gap.line - 1]!.length + 1);
  }
}

/** Audits twice: no exception, every gap placed inside the text, and the same result both times. */
function expectSoundAudit(text: string): AuditResult {
  const first = auditOnce(text);
  expectGapsInsideText(first, text);
  expect(auditOnce(text)).toEqual(first);
  return first;
}

// (a) Text that looks like YAML: tokens of every kind YAML gives meaning to, in random order.
const YAML_TOKENS = [
  'process',
  'title',
  'owner',
  'start',
  'steps',
  'roles',
  'type',
  'next',
  'actor',
  'intake',
  'end',
  'waivers',
  'rule',
  'takes',
  '2m',
  'to',
  'when',
  'after',
  'x-note',
  '__proto__',
  'constructor',
  'prototype',
  'receive-call',
  'done',
  ': ',
  ':',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '&a ',
  '*a',
  '&b ',
  '*b',
  '? ',
  '| ',
  '> ',
  '#',
  '!!str ',
  '!!binary ',
  '!custom ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '<<<<<<< HEAD\n',
  '=======\n',
  '<<: *a',
  '~',
  'null',
  'true',
  '0x1F',
  '1e9',
  '.inf',
  '2026-02-30',
  '\\',
  '\\u',
  '\n',
  '\n  ',
  '\n    ',
  '\n      ',
  '\r\n',
  '\t',
  ' ',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\uFEFF',
  '\u2028',
  'é',
  '☕',
  '電話',
  '\uD83D\uDE00',
  '\uD800',
] as const;

const yamlishText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...YAML_TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    ),
    {
      maxLength: 80,
    },
  )
  .map((tokens) => tokens.join(''));

const VALID_PROCESS = `process: phone-refund
title: Phone refund
owner: lead
review: { last: 2026-09-01, every: 90d }
roles:
  agent: { title: Agent, frontline: true, can: [refund], training: { last: 2026-08-01, every: 180d } }
  lead: { title: Lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: complaint
    channel: phone
    actor: agent
    takes: 5m
    next: [listen, { to: call-back, when: line busy, after: 1h }]
  listen: { type: listen, actor: agent, next: refund }
  call-back: { type: contact, channel: phone, actor: agent, next: listen }
  refund: { type: resolve, remedy: refund, actor: agent, next: done }
  done: { type: end }
waivers:
  - rule: emergency-path
    reason: Emergencies go to the safety line.
`;

/** The valid process with a few random edits: a token inserted, or a stretch deleted, at random places. */
const brokenProcessText = fc
  .array(
    fc.record({
      at: fc.nat({ max: VALID_PROCESS.length }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(fc.constant(''), fc.constantFrom(...YAML_TOKENS)),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) =>
    edits.reduce((text, { at, remove, insert }) => text.slice(0, at) + insert + text.slice(at + remove), VALID_PROCESS),
  );

// (b) Documents shaped like processes: random step graphs, dumped as YAML.
const STEP_IDS = [
  'receive-call',
  'enter-order',
  'confirm-order',
  'ship',
  'done',
  'call-back',
  'listen',
  'refund',
  'escalate',
  'promise',
  'follow-up',
  'verify',
  'constructor',
  'prototype',
];
const BAD_IDS = ['__proto__', 'Bad Id', 'to_string'];
const ROLE_IDS = ['agent', 'lead', 'billing', 'constructor'];
const ACTORS = [...ROLE_IDS, 'system', 'customer', 'ghost'];
const DURATIONS = ['0s', '90s', '2m', '4h', '1d', '2w', '99999999999999999999999d'];
const DATES = ['2025-01-01', '2026-11-22', '2026-11-23', '2027-03-01'];

/** Mostly the good values, now and then a bad one: rare enough that most documents still reach the rules. */
function mostly<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 100, arbitrary: good }, { weight: 1, arbitrary: bad });
}

function oneIn(n: number): fc.Arbitrary<boolean> {
  return fc.integer({ min: 1, max: n }).map((drawn) => drawn === 1);
}

const duration = mostly(fc.constantFrom(...DURATIONS), fc.constantFrom('5 minutes', '', '-1m'));
const date = mostly(fc.constantFrom(...DATES), fc.constantFrom('2026-02-30', 'tomorrow'));

/** The fields each step type may have (schemas/process.schema.json). */
const TYPE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  intake: ['intent', 'channel'],
  contact: ['channel'],
  confirm: ['channel'],
  resolve: ['remedy'],
  escalate: ['to'],
  promise: ['owner', 'by', 'promise'],
  'follow-up': ['fulfils'],
  verify: ['verifies'],
  end: ['outcome'],
};

function stepArbitrary(ref: fc.Arbitrary<string>, role: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const transition = fc.record(
    { to: ref, when: fc.constantFrom('customer asked', 'line busy'), after: duration },
    { requiredKeys: ['to'] },
  );
  const next = fc.oneof(
    ref,
    fc.array(ref, { minLength: 1, maxLength: 3 }),
    fc.array(transition, { minLength: 1, maxLength: 3 }),
  );
  return fc
    .record(
      {
        type: mostly(fc.constantFrom(...STEP_TYPES), fc.constant('bogus')),
        title: fc.string({ maxLength: 12 }),
        actor: fc.constantFrom(...ACTORS),
        takes: duration,
        next,
        intent: fc.constantFrom(...INTENTS),
        channel: fc.constantFrom(...CHANNELS),
        remedy: fc.constantFrom(...REMEDIES),
        to: role,
        owner: role,
        by: duration,
        promise: fc.constant('We will call you back today.'),
        fulfils: ref,
        verifies: ref,
        outcome: fc.constantFrom(...OUTCOMES),
        emergency: fc.boolean(),
        'customer-effort': fc.constant('call again'),
        because: fc.constantFrom('safety', 'legal', 'security'),
      },
      { requiredKeys: ['type'] },
    )
    .chain((step) => oneIn(50).map((keepWrongFields) => (keepWrongFields ? step : fieldsOfItsType(step))));
}

/** Drops the fields the step's type may not have (one step in fifty keeps them, to be slightly invalid). */
function fieldsOfItsType(step: Record<string, unknown>): Record<string, unknown> {
  const own = TYPE_FIELDS[String(step.type)] ?? [];
  const typed = new Set(Object.values(TYPE_FIELDS).flat());
  return Object.fromEntries(
    Object.entries(step).filter(
      ([key]) => (!typed.has(key) || own.includes(key)) && !(key === 'next' && step.type === 'end'),
    ),
  );
}

interface ProcessShape {
  readonly document: Record<string, unknown>;
  /** The order to write the steps in, as a permutation of their indexes. */
  readonly reorder: readonly number[];
}

const processShaped: fc.Arbitrary<ProcessShape> = fc
  .record({
    stepIds: fc.uniqueArray(mostly(fc.constantFrom(...STEP_IDS), fc.constantFrom(...BAD_IDS)), {
      minLength: 1,
      maxLength: 9,
    }),
    roleIds: fc.uniqueArray(mostly(fc.constantFrom(...ROLE_IDS), fc.constant('system')), { maxLength: 4 }),
  })
  .chain(({ stepIds, roleIds }) => {
    const ref = mostly(fc.constantFrom(...stepIds), fc.constant('missing-step'));
    const role = mostly(roleIds.length > 0 ? fc.constantFrom(...roleIds) : fc.constant('ghost'), fc.constant('ghost'));
    const roleShape = fc.record(
      {
        title: fc.constant('A role'),
        frontline: fc.boolean(),
        can: fc.subarray([...REMEDIES]),
        training: fc.record(
          { last: date, every: duration, covers: fc.subarray(['routine', 'emergency']) },
          { requiredKeys: ['last', 'every'] },
        ),
      },
      { requiredKeys: [] },
    );
    // An endless-loop gap sits at its loop's first step in file order (docs/rules/endless-loop.md), so a waiver of it at a step is not order-free.
    const waiver = fc
      .record(
        {
          rule: mostly(fc.constantFrom(...BUILT_IN_RULES.ids), fc.constant('no-such-rule')),
          step: ref,
          reason: fc.constant('Accepted by the team.'),
          expires: date,
        },
        { requiredKeys: ['rule', 'reason'] },
      )
      .map(({ step, ...rest }) => (rest.rule === 'endless-loop' || step === undefined ? rest : { ...rest, step }));
    return fc.record({
      document: fc.record(
        {
          process: mostly(fc.constant('random-process'), fc.constant('Random Process')),
          title: fc.constant('A random process'),
          owner: role,
          review: fc.record({ last: date, every: duration }),
          roles: fc
            .tuple(...roleIds.map(() => roleShape))
            .map((roles) => Object.fromEntries(roleIds.map((id, index) => [id, roles[index]]))),
          start: fc.oneof(ref, fc.array(ref, { minLength: 1, maxLength: 2 })),
          steps: fc
            .tuple(...stepIds.map(() => stepArbitrary(ref, role)))
            .map((steps) => stepIds.map((id, index) => [id, steps[index]!] as const)),
          waivers: fc.array(waiver, { maxLength: 3 }),
        },
        { requiredKeys: ['process', 'title', 'owner', 'start', 'steps'] },
      ),
      reorder: fc.shuffledSubarray(
        stepIds.map((_, index) => index),
        { minLength: stepIds.length },
      ),
    });
  })
  .map(({ document, reorder }) => ({ document: document as Record<string, unknown>, reorder }));

/** The document as YAML, with its steps written in the given order. */
function written({ document, reorder }: ProcessShape, order: 'as generated' | 'reordered'): string {
  const steps = document.steps as readonly (readonly [string, unknown])[];
  const ordered = order === 'as generated' ? steps : reorder.map((index) => steps[index]!);
  return dump({ ...document, steps: Object.fromEntries(ordered) }, { lineWidth: -1 });
}

/**
 * A gap without its place: the rule, the step, the message and the witness path must not depend on the order
 * the steps are written in (ties are broken by `next` order and ids, never by position in the file), except
 * where the rule names the file order.
 * invalid-process is left out: its complaints are about the text as written.
 */
function orderFree(result: AuditResult): string[] {
  return result.gaps
    .filter((gap) => gap.rule !== 'invalid-process')
    .map((gap) =>
      gap.rule === 'endless-loop'
        ? loopFree(gap.message)
        : `${gap.rule} | ${gap.step} | ${gap.message} | ${gap.path?.join(' → ') ?? 'no path'}`,
    )
    .sort();
}

/**
 * docs/rules/endless-loop.md: an endless-loop gap sits at its loop's first step in file order, names the loop's steps in that
 * order and goes round from there; only which steps form the loop, and how many lead into it, are free of order.
 */
function loopFree(message: string): string {
  return `endless-loop | ${message.replace(/^the loop (.*) has no way out/, (_, steps: string) => `the loop ${steps.split(', ').sort().join(', ')} has no way out`)}`;
}

describe('the audit on generated input', () => {
  it('survives random YAML-ish text', () => {
    fc.assert(
      fc.property(yamlishText, (text) => void expectSoundAudit(text)),
      { numRuns: 400 },
    );
  });

  it('survives a real process broken at random places', () => {
    fc.assert(
      fc.property(brokenProcessText, (text) => void expectSoundAudit(text)),
      { numRuns: 300 },
    );
  });

  it('survives random process-shaped documents, and reports the same gaps whatever the order of the steps', () => {
    let audited = 0;
    fc.assert(
      fc.property(processShaped, (shape) => {
        const asGenerated = expectSoundAudit(written(shape, 'as generated'));
        const reordered = expectSoundAudit(written(shape, 'reordered'));
        expect(orderFree(reordered)).toEqual(orderFree(asGenerated));
        if (asGenerated.processes > 0) audited += 1;
      }),
      // FUZZ_RUNS=20000 npx vitest run tests/fuzz searches deeper than a test run should.
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The generator is useful only if most documents get past the schema to the rules.
    expect(audited).toBeGreaterThan(100);
  });
});
