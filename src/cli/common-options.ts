/** Options several commands share: --config and --today mean the same everywhere. */
import path from 'node:path';
import { ConfigResolver, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { isValidDate, todayUtc } from '../model/time.js';
import { BUILT_IN_RULES } from '../rules/index.js';

/**
 * Each file's config: the one named by --config, else the nearest `gapcheck.config.yaml` (or `.yml`) above the
 * file, else the working directory's, else the defaults; read against gapcheck's own rules, the registry every
 * command runs (a config's `registry` hands it on).
 */
export function configResolverFrom(option: string | undefined, cwd: string): ConfigResolver {
  return new ConfigResolver(cwd, BUILT_IN_RULES, option === undefined ? undefined : path.resolve(cwd, option));
}

/** The config of the working directory (see `configResolverFrom`): what the commands about the catalogue show. */
export function configFrom(option: string | undefined, cwd: string): Promise<Config> {
  return configResolverFrom(option, cwd).workingDirectoryConfig();
}

/** --today, checked, or today's date in UTC. */
export function todayFrom(option: string | undefined): string {
  const today = option ?? todayUtc();
  if (!isValidDate(today)) throw new UsageError(`--today "${today}" is not a date like 2026-11-23`);
  return today;
}

/** Colour only on a terminal that shows it: not with --no-color, NO_COLOR (no-color.org) or TERM=dumb. */
export function colorWanted(option: boolean, toTerminal: boolean): boolean {
  return option && toTerminal && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}
