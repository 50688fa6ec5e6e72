/**
 * No rule enumerates paths, and nothing recurses along them. A 100,000-step
 * process, both as one long chain (deep) and as the bench's contact-centre process
 * (wide), goes through every rule without a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { generateHugeProcess } from '../../bench/corpus.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { FIXTURE_TODAY, auditTexts } from '../helpers/audit-text.js';

const STEPS = 100_000;

/** A complaint passed between two roles for 100,000 steps after an automatic promise, first answered by a person (on no channel) when the wrong role keeps the promise at the far end. */
function longChain(): string {
  const lines = [
    'process: long-chain',
    'title: A complaint passed along a very long chain',
    'owner: agent',
    'roles:',
    '  agent: { title: Agent, training: { last: 2026-11-01, every: 365d } }',
    '  clerk: { title: Clerk, training: { last: 2026-11-01, every: 365d } }',
    'start: receive',
    'steps:',
    '  receive: { type: intake, intent: complaint, channel: email, actor: system, takes: 1m, next: promise }',
    '  promise: { type: promise, owner: agent, by: 1d, actor: system, takes: 1m, next: s0 }',
  ];
  const chain = STEPS - 6;
  for (let i = 0; i < chain; i++) {
    const next = i + 1 < chain ? `s${i + 1}` : 'keep';
    lines.push(`  s${i}: { type: action, actor: ${i % 2 ? 'agent' : 'clerk'}, takes: 1m, next: ${next} }`);
  }
  lines.push(
    '  keep: { type: follow-up, fulfils: promise, actor: clerk, next: answer }',
    '  answer: { type: contact, channel: email, actor: clerk, next: explain }',
    '  explain: { type: explain-policy, actor: clerk, next: done }',
    '  done: { type: end }',
  );
  return `${lines.join('\n')}\n`;
}

describe(`a ${STEPS.toLocaleString('en')}-step process`, () => {
  it('as one long chain goes through every rule without a stack overflow', () => {
    const { gaps } = auditTexts({ 'long-chain.yaml': longChain() });
    expect(gaps.filter((gap) => gap.rule === 'invalid-process')).toEqual([]);
    const rules = new Set(gaps.map((gap) => gap.rule));
    for (const rule of [
      'two-minute-response',
      'follow-through',
      'handoff-chain',
      'listen-first',
      'remedy-path',
      'cascade',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    const late = gaps.find((gap) => gap.rule === 'two-minute-response')!;
    // Every step up to the follow-up, the first response: the gap keeps 250 at each end and counts the rest.
    expect([late.path!.length, late.skipped]).toEqual([500, STEPS - 3 - 500]);
    expect(gaps.find((gap) => gap.rule === 'follow-through')!.message).toContain('"promise"');
  });

  it("as the bench's contact-centre process goes through every rule", () => {
    const { gaps, processes } = auditTexts({ 'huge.yaml': generateHugeProcess(STEPS, 7, FIXTURE_TODAY) });
    expect(processes).toBe(1);
    expect(gaps.filter((gap) => gap.rule === 'invalid-process')).toEqual([]);
    expect(gaps.every((gap) => BUILT_IN_RULES.rules.some((rule) => rule.meta.id === gap.rule))).toBe(true);
  });
});
