/** The audit, the config, waivers, reports and the cache key take the registry they are given: a rule of a team's own runs like a built-in one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { settingsFingerprint } from '../../src/audit/identity.js';
import { defaultConfig, loadConfig } from '../../src/config/config.js';
import { DEFAULT_LOAD_LIMITS, loadProcessText } from '../../src/load/load-file.js';
import { formatSarif } from '../../src/report/sarif.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import type { ProcessRule } from '../../src/rules/types.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { REVIEWED_EMAIL_COMPLAINT } from '../helpers/email-complaint.js';
import { reportContext } from '../helpers/report-context.js';

const everyProcessNamed: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'acme/named',
    defaultSeverity: 'low',
    summary: 'Every process is reported, by name.',
    why: 'A rule of a team of its own, to see the registry carry it.',
    fix: 'Nothing to fix.',
    example: '',
    structural: false,
    defaultOptions: {},
  },
  check: (process) => [{ message: `process "${process.id}" is named` }],
};
const registry = BUILT_IN_RULES.with([everyProcessNamed], 'acme 1.0');

function configWith(text: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-registry-'));
  writeFileSync(path.join(folder, 'gapcheck.config.yaml'), text);
  return loadConfig(path.join(folder, 'gapcheck.config.yaml'), folder, registry);
}

describe('a registry with a rule of its own', () => {
  it('runs the rule, at the level the config gives it', async () => {
    const config = await configWith('rules:\n  acme/named: high\n');
    const { gaps } = audit([loadProcessText('a.yaml', REVIEWED_EMAIL_COMPLAINT, registry.ids)], config, FIXTURE_TODAY);
    expect(gaps.filter((gap) => gap.rule === 'acme/named')).toMatchObject([
      { severity: 'high', message: 'process "email-complaint" is named' },
    ]);
  });

  it('lets a waiver name the rule, which the built-in rules alone refuse', () => {
    const waived = `${REVIEWED_EMAIL_COMPLAINT}waivers:\n  - { rule: acme/named, reason: Known. }\n`;
    expect(loadProcessText('a.yaml', waived, BUILT_IN_RULES.ids).documents[0]).toMatchObject({ kind: 'invalid' });
    const result = audit(
      [loadProcessText('a.yaml', waived, registry.ids)],
      defaultConfig(process.cwd(), registry),
      FIXTURE_TODAY,
    );
    expect(result.waived.map((gap) => gap.rule)).toEqual(['acme/named']);
  });

  it('describes the rule in SARIF, and keys the cache apart from the built-in rules', () => {
    const log = JSON.parse(formatSarif(reportContext({ 'a.yaml': REVIEWED_EMAIL_COMPLAINT }, { registry }))) as Log;
    expect(log.runs[0]!.tool.driver.rules!.map((rule) => rule.id)).toEqual(registry.ids);
    // The same settings, so only the rule set tells the keys apart.
    const { rules } = defaultConfig(process.cwd(), BUILT_IN_RULES);
    const key = (rulesRun: typeof registry) => settingsFingerprint({ registry: rulesRun, rules }, DEFAULT_LOAD_LIMITS);
    expect(key(registry)).not.toBe(key(BUILT_IN_RULES));
    expect(key(BUILT_IN_RULES.with([everyProcessNamed], 'acme 1.1'))).not.toBe(key(registry));
  });
});
