/** A report's whole input, built as `gapcheck audit` builds it, from files in memory. */
import { audit, identify, processesOf } from '../../src/audit/audit.js';
import { RunSetups } from '../../src/audit/setups.js';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/load-file.js';
import { loadProcessText } from '../../src/load/load-file.js';
import type { ReportContext } from '../../src/report/types.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { FIXTURE_TODAY } from './audit-text.js';

export function reportContext(files: Record<string, string>, overrides: Partial<ReportContext> = {}): ReportContext {
  const loaded = Object.entries(files).map(([path, text]) => loadProcessText(path, text, BUILT_IN_RULES.ids));
  const config = defaultConfig(process.cwd(), BUILT_IN_RULES);
  return {
    result: audit(loaded, config, FIXTURE_TODAY),
    paths: Object.keys(files),
    today: FIXTURE_TODAY,
    failOn: 'high',
    quiet: false,
    color: false,
    audited: loaded.map((file) => ({
      file: file.path,
      processes: identify(file).map((document) => document?.id ?? null),
    })),
    registry: config.registry,
    rules: RunSetups.of(config, new Map(), FIXTURE_TODAY, DEFAULT_LOAD_LIMITS).rulesThatRan(),
    processes: processesOf(loaded),
    run: { version: '0.1.0', build: '0.1.0+test', settings: 'test-settings' },
    ...overrides,
  };
}
