/** The public `loadConfig`: a config found and read as the command line does, against gapcheck's own rules. */
import path from 'node:path';
import { ConfigResolver, type Config } from '../config/config.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export type { Config };

export interface LoadConfigOptions {
  /** The config file (relative to `cwd`), as `--config` names it; else `gapcheck.config.yaml` in `cwd` or its nearest ancestor, else the defaults. */
  readonly file?: string;
  /** Where relative paths start and the search for a config begins (default: `process.cwd()`). */
  readonly cwd?: string;
}

/**
 * The config an audit in `cwd` uses. An invalid config rejects with an `Error` whose message names the file, line,
 * column and key, and what to do, as the command line prints it.
 */
export async function loadConfig({ file, cwd = process.cwd() }: LoadConfigOptions = {}): Promise<Config> {
  const from = path.resolve(cwd);
  return new ConfigResolver(
    from,
    BUILT_IN_RULES,
    file === undefined ? undefined : path.resolve(from, file),
  ).workingDirectoryConfig();
}
