/**
 * docs/rules/cascade.md: a gap lies on a journey when its whole witness path does. A gap keeps only the
 * two ends of a witness path longer than 500 steps (SPEC §2); cascade still follows the whole of it.
 */
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../../helpers/audit-text.js';

const CHAIN = 600;

/** An e-mailed complaint first answered by a person by e-mail after 600 automatic steps, one of them asking the customer for effort without a reason. */
function longWait(): string {
  const lines = [
    'process: long-wait',
    'title: A complaint answered after a long automatic chain',
    'owner: agent',
    'review: { last: 2026-09-01, every: 365d }',
    'roles:',
    '  agent: { title: Agent, frontline: true, training: { last: 2026-11-01, every: 365d } }',
    'start: receive',
    'steps:',
    '  receive: { type: intake, intent: complaint, channel: email, actor: system, takes: 1m, next: s0 }',
  ];
  for (let i = 0; i < CHAIN; i++) {
    const effort = i === CHAIN / 2 ? ', customer-effort: send the receipt again' : '';
    lines.push(
      `  s${i}: { type: action, actor: system, takes: 1m${effort}, next: ${i + 1 < CHAIN ? `s${i + 1}` : 'answer'} }`,
    );
  }
  lines.push(
    '  answer: { type: contact, channel: email, actor: agent, next: fix }',
    '  fix: { type: resolve, remedy: refund, actor: agent, next: done }',
    '  done: { type: end }',
  );
  return `${lines.join('\n')}\n`;
}

describe('cascade on a witness path longer than a gap keeps', () => {
  it('finds a gap in the middle of the path on the journey', () => {
    const { gaps } = auditTexts({ 'long-wait.yaml': longWait() });
    const late = gaps.find((gap) => gap.rule === 'two-minute-response')!;
    expect([late.path!.length, late.skipped]).toEqual([500, CHAIN + 2 - 500]);
    const found = gaps.find((gap) => gap.rule === 'cascade')!;
    expect(found.message).toContain(`customer-effort (low) at "s${CHAIN / 2}"`);
    expect(found.message).toContain('two-minute-response (high) at "receive"');
  });
});
