/** docs/format.md, Waivers: what a waiver waives, when it stops, and what it does to `cascade`. */
import { describe, expect, it } from 'vitest';
import { audit, type AuditResult } from '../../src/audit/audit.js';
import { defaultConfig, type RuleSetting } from '../../src/config/config.js';
import { loadProcessText } from '../../src/load/load-file.js';
import { FIXTURE_TODAY, auditTexts } from '../helpers/audit-text.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

/** Audits one process with the default config, some rules set otherwise. */
function auditWith(text: string, settings: Record<string, RuleSetting['level']>): AuditResult {
  const defaults = defaultConfig(process.cwd(), BUILT_IN_RULES);
  const rules = new Map(defaults.rules);
  for (const [rule, level] of Object.entries(settings)) rules.set(rule, { ...rules.get(rule)!, level });
  return audit([loadProcessText('depot.yaml', text, BUILT_IN_RULES.ids)], { ...defaults, rules }, FIXTURE_TODAY);
}

/** A phone order whose customer must spell the address twice and collect the parcel: two customer-effort gaps. */
function depotOrder(waivers = ''): string {
  return `process: depot-order
title: Depot order
owner: sales-lead
review: { last: 2026-10-01, every: 90d }
roles:
  sales-rep: { title: Sales rep, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    customer-effort: spell the address twice
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    customer-effort: collect the parcel at the depot
    next: done
  done:
    type: end
${waivers ? `waivers:\n${waivers}` : ''}`;
}

/** A phone complaint closed without a remedy (remedy-path, at the intake) after asking for photos (customer-effort). */
function photoComplaint(waivers = ''): string {
  return `process: damaged-parcel
title: Damaged parcel complaint
owner: care-lead
review: { last: 2026-10-01, every: 90d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: take-complaint
steps:
  take-complaint:
    type: intake
    intent: complaint
    channel: phone
    actor: care-agent
    next: ask-for-photos
  ask-for-photos:
    type: action
    actor: care-agent
    customer-effort: send photos of the damage by email
    next: log-damage
  log-damage:
    type: report
    actor: system
    next: close
  close:
    type: end
    outcome: unresolved
${waivers ? `waivers:\n${waivers}` : ''}`;
}

const gapsOf = (result: AuditResult, rule: string) =>
  result.gaps.filter((gap) => gap.rule === rule).map((gap) => ({ step: gap.step, line: gap.line }));
const waivedOf = (result: AuditResult) =>
  result.waived.map((gap) => ({ rule: gap.rule, step: gap.step, reason: gap.reason }));

describe('waivers', () => {
  it('lists a waived gap under waived, with the reason, and not among the gaps', () => {
    const result = auditTexts({
      'depot.yaml': depotOrder(`  - rule: customer-effort
    step: ship
    reason: Home delivery starts with the new van.
`),
    });
    expect(gapsOf(result, 'customer-effort')).toEqual([{ step: 'enter-order', line: 19 }]);
    expect(waivedOf(result)).toEqual([
      { rule: 'customer-effort', step: 'ship', reason: 'Home delivery starts with the new van.' },
    ]);
    expect(result.waived[0]).toMatchObject({
      severity: 'low',
      line: 29,
      message: expect.stringContaining('collect the parcel'),
    });
    expect(gapsOf(result, 'unused-waiver')).toEqual([]);
  });

  it('waives the rule’s gaps at every step when it names no step', () => {
    const result = auditTexts({
      'depot.yaml': depotOrder(`  - rule: customer-effort
    reason: Depot sales are cash and carry.
`),
    });
    expect(gapsOf(result, 'customer-effort')).toEqual([]);
    expect(waivedOf(result).map((gap) => gap.step)).toEqual(['enter-order', 'ship']);
  });

  it('waives only its rule: other rules’ gaps at the same step stay', () => {
    const result = auditWith(
      photoComplaint(`  - rule: remedy-path
    step: take-complaint
    reason: Damage is refunded by the carrier, not by us.
`),
      {},
    );
    expect(gapsOf(result, 'remedy-path')).toEqual([]);
    expect(gapsOf(result, 'customer-effort')).toEqual([{ step: 'ask-for-photos', line: 19 }]);
  });

  it('waives nothing once expired, and is itself an expired-waiver gap (not also unused)', () => {
    const result = auditTexts({
      'depot.yaml': depotOrder(`  - rule: customer-effort
    step: ship
    reason: Home delivery starts with the new van.
    expires: 2026-11-22
`),
    });
    expect(gapsOf(result, 'customer-effort')).toEqual([
      { step: 'enter-order', line: 19 },
      { step: 'ship', line: 29 },
    ]);
    expect(result.waived).toEqual([]);
    expect(gapsOf(result, 'expired-waiver')).toEqual([{ step: null, line: 34 }]);
    expect(gapsOf(result, 'unused-waiver')).toEqual([]);
  });

  it('still applies on the day it expires', () => {
    const result = auditTexts({
      'depot.yaml': depotOrder(`  - rule: customer-effort
    step: ship
    reason: Home delivery starts with the new van.
    expires: ${FIXTURE_TODAY}
`),
    });
    expect(gapsOf(result, 'customer-effort')).toEqual([{ step: 'enter-order', line: 19 }]);
    expect(waivedOf(result).map((gap) => gap.step)).toEqual(['ship']);
    expect(gapsOf(result, 'expired-waiver')).toEqual([]);
  });

  it('keeps a waived gap out of cascade, so the line-up is broken', () => {
    // remedy-path raised to high: with the photo request after it, the two line up.
    expect(gapsOf(auditWith(photoComplaint(), { 'remedy-path': 'high' }), 'cascade')).toEqual([
      { step: 'take-complaint', line: 10 },
    ]);
    const waived = auditWith(
      photoComplaint(`  - rule: customer-effort
    step: ask-for-photos
    reason: The carrier's claim form needs the photos.
`),
      { 'remedy-path': 'high' },
    );
    expect(gapsOf(waived, 'cascade')).toEqual([]);
    expect(gapsOf(waived, 'unused-waiver')).toEqual([]);
  });

  it('counts gaps at their configured severity in cascade', () => {
    expect(gapsOf(auditWith(photoComplaint(), {}), 'cascade')).toEqual([]);
    expect(gapsOf(auditWith(photoComplaint(), { 'customer-effort': 'critical' }), 'cascade')).toHaveLength(1);
  });

  it('can waive a cascade gap like any other', () => {
    const result = auditWith(
      photoComplaint(`  - rule: cascade
    step: take-complaint
    reason: Both gaps are closed by the new claims process in January.
`),
      { 'remedy-path': 'high' },
    );
    expect(gapsOf(result, 'cascade')).toEqual([]);
    expect(waivedOf(result)).toContainEqual({
      rule: 'cascade',
      step: 'take-complaint',
      reason: 'Both gaps are closed by the new claims process in January.',
    });
    expect(gapsOf(result, 'unused-waiver')).toEqual([]);
  });

  it('is unused when its rule is off: a rule that is off has no gaps to waive', () => {
    const result = auditWith(
      depotOrder(`  - rule: customer-effort
    reason: Depot sales are cash and carry.
`),
      { 'customer-effort': 'off' },
    );
    expect(gapsOf(result, 'customer-effort')).toEqual([]);
    expect(result.waived).toEqual([]);
    expect(gapsOf(result, 'unused-waiver')).toEqual([{ step: null, line: 34 }]);
  });
});
