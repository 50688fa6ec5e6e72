/** Runs the real pipeline (parse, validate, build, every rule, waivers) on files in memory or on disk. */
import { readFileSync } from 'node:fs';
import { audit, type AuditResult } from '../../src/audit/audit.js';
import { defaultConfig, loadConfig, type Config } from '../../src/config/config.js';
import { loadProcessText } from '../../src/load/load-file.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

/** The date every fixture is audited as, so reviews, training and waivers do not expire under the tests. */
export const FIXTURE_TODAY = '2026-11-23';

/** `config`: the config to audit with (`loadConfig`); without it, the default config. */
export function auditTexts(
  files: Record<string, string>,
  today = FIXTURE_TODAY,
  config: Config = defaultConfig(process.cwd(), BUILT_IN_RULES),
): AuditResult {
  const loaded = Object.entries(files).map(([path, text]) => loadProcessText(path, text, config.registry.ids));
  return audit(loaded, config, today);
}

/** The config in `file`, read as `gapcheck audit` reads it from here; the default config without one. */
export async function configAt(file: string | undefined): Promise<Config> {
  return loadConfig(file, process.cwd(), BUILT_IN_RULES);
}

export function auditFiles(paths: readonly string[], today = FIXTURE_TODAY, config?: Config): AuditResult {
  return auditTexts(Object.fromEntries(paths.map((path) => [path, readFileSync(path, 'utf8')])), today, config);
}
