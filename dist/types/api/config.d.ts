import { type Config } from '../config/config.js';
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
export declare function loadConfig({ file, cwd }?: LoadConfigOptions): Promise<Config>;
