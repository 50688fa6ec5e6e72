import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { loadConfig } from '../../src/config/config.js';
import { loadProcessText } from '../../src/load/load-file.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { tempTree } from '../helpers/run-cli.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const ORDER = `process: web-order
title: Web order
owner: shop
roles:
  shop: { title: Shop }
start: receive
steps:
  receive: { type: intake, intent: order, channel: web-form, actor: system, next: enter }
  enter: { type: order-entry, actor: system, next: ship }
  ship: { type: deliver, actor: system, customer-effort: Customer must collect the parcel }
`;

async function gapsOf(rules: string): Promise<string[]> {
  const folder = tempTree({});
  const configFile = path.join(folder, 'gapcheck.config.yaml');
  writeFileSync(configFile, `extends: none\nrules:\n${rules}`);
  const result = audit(
    [loadProcessText('web-order.yaml', ORDER, BUILT_IN_RULES.ids)],
    await loadConfig(configFile, folder, BUILT_IN_RULES),
    FIXTURE_TODAY,
  );
  return result.gaps.map((gap) => `${gap.rule}@${gap.step}`);
}

describe('cascade counting', () => {
  it('lines up gaps of different non-structural rules on one journey', async () => {
    expect(await gapsOf('  order-confirmation: high\n  customer-effort: low\n  cascade: critical\n')).toContain(
      'cascade@receive',
    );
  });

  it('never counts structural rules: a dead end is not part of a cascade', async () => {
    const found = await gapsOf('  order-confirmation: high\n  dead-end: high\n  cascade: critical\n');
    expect(found).toEqual(expect.arrayContaining(['order-confirmation@enter', 'dead-end@ship']));
    expect(found).not.toContain('cascade@receive');
  });

  it('does not count a rule that is off: it has no gaps', async () => {
    const found = await gapsOf(
      '  order-confirmation: off\n  customer-effort: low\n  unanswered-contact: medium\n  cascade: critical\n',
    );
    expect(found).toEqual(expect.arrayContaining(['customer-effort@ship', 'unanswered-contact@receive']));
    expect(found).not.toContain('cascade@receive');
  });

  it('weighs gaps at their configured severity', async () => {
    const lowered = await gapsOf('  order-confirmation: medium\n  customer-effort: low\n  cascade: critical\n');
    expect(lowered).toContain('order-confirmation@enter');
    expect(lowered).not.toContain('cascade@receive');
    expect(await gapsOf('  order-confirmation: medium\n  customer-effort: high\n  cascade: critical\n')).toContain(
      'cascade@receive',
    );
  });
});
