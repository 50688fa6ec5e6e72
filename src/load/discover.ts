/** Finds the process files to audit: SPEC §1, in an order that never depends on the file system. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { UsageError } from '../errors.js';

export interface FoundFile {
  readonly absolutePath: string;
  /** Relative to the working directory, `/` separators: how reports name the file. */
  readonly path: string;
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Globs from the config's `ignore`, relative to `ignoreBase`. */
  readonly ignore: readonly string[];
  readonly ignoreBase: string;
  /** The config file, which is never audited. */
  readonly configFile?: string;
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.*/**'];

export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<FoundFile[]> {
  const isIgnored = picomatch([...options.ignore], { dot: true });
  const keep = (absolutePath: string): boolean =>
    absolutePath !== options.configFile && !isIgnored(toPosix(path.relative(options.ignoreBase, absolutePath)));
  const found = new Map<string, FoundFile>();
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const files = (await filesUnder(absolute, given)).filter(keep);
    if (files.length === 0) {
      throw new UsageError(`"${given}" holds no process file (*.yaml or *.yml)${options.ignore.length ? ' that the config does not ignore' : ''}; name a folder or file of processes`);
    }
    for (const file of files) found.set(file, { absolutePath: file, path: toPosix(path.relative(options.cwd, file)) });
  }
  return [...found.values()].sort((a, b) => compareText(a.path, b.path));
}

async function filesUnder(absolute: string, given: string): Promise<string[]> {
  let stats;
  try {
    stats = await stat(absolute);
  } catch {
    throw new UsageError(`"${given}" does not exist; check the path`);
  }
  if (!stats.isDirectory()) return [absolute];
  const files = await glob('**/*.{yaml,yml}', {
    cwd: absolute,
    absolute: true,
    dot: true,
    ignore: ALWAYS_SKIPPED,
    followSymbolicLinks: false,
    onlyFiles: true,
  });
  return files.map((file) => path.normalize(file));
}

export function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/** Byte-wise comparison, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
