/** `gapcheck audit --print-config FILE`: the config a file is audited with, as JSON (as ESLint prints it), to read and diff. */
import path from 'node:path';
import type { Config, RuleSetting } from './config.js';
import { shownPath } from './read.js';

/** What applies to `file` (absolute) and why: the configs in the order they apply, the overrides that match, every rule's setting. */
export function printedConfig(file: string, config: Config, cwd: string): string {
  const shown = (absolute: string): string => shownPath(absolute, cwd);
  const printed = {
    file: shownPath(path.resolve(cwd, file), cwd),
    ignored: config.ignores(file),
    configs: config.chain.map((step) => ('preset' in step ? step.preset : step.config.document.source.path)),
    overrides: config.overrides.map(({ config: written, override }) => ({
      config: shown(written),
      entry: override.entry,
      files: override.files,
    })),
    rules: Object.fromEntries([...config.rules].map(([id, setting]) => [id, asWritten(setting)])),
    policies: config.policies.map(({ policy, config: written }) => ({ id: policy.id, config: written })),
    plugins: config.plugins.map(({ spec, module, config: written }) => ({
      plugin: spec,
      module: shown(module),
      config: written,
    })),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** A setting as a config would write it: the level alone, or the level as `severity` with the options. */
function asWritten({ level, options }: RuleSetting): string | Record<string, unknown> {
  return Object.keys(options).length === 0 ? level : { severity: level, ...options };
}
