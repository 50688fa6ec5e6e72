/** Runs the real pipeline (parse, validate, build, every rule, waivers) on files in memory or on disk. */
import { readFileSync } from 'node:fs';
import { audit, type AuditResult } from '../../src/audit/audit.js';
import { loadConfig } from '../../src/config/config.js';
import { loadProcessText } from '../../src/load/load-file.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

/** The date every fixture is audited as, so reviews, training and waivers do not expire under the tests. */
export const FIXTURE_TODAY = '2026-11-23';

/** `configFile`: a config to audit with; without it, the default config. */
export function auditTexts(files: Record<string, string>, today = FIXTURE_TODAY, configFile?: string): AuditResult {
  const loaded = Object.entries(files).map(([path, text]) => loadProcessText(path, text, BUILT_IN_RULES.ids));
  return audit(loaded, loadConfig(configFile, process.cwd(), BUILT_IN_RULES), today);
}

export function auditFiles(paths: readonly string[], today = FIXTURE_TODAY, configFile?: string): AuditResult {
  return auditTexts(Object.fromEntries(paths.map((path) => [path, readFileSync(path, 'utf8')])), today, configFile);
}
