/** Finds the process files to audit: docs/format.md, in an order that never depends on the file system. */
import { accessSync, constants, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fdir } from 'fdir';
import { UsageError } from '../errors.js';
import { describeFsError } from './load-file.js';
import { compareText } from '../text-order.js';

export interface FoundFile {
  readonly absolutePath: string;
  /** Relative to the working directory, `/` separators: how reports name the file. */
  readonly path: string;
}

export interface Discovery {
  /** Sorted by path. */
  readonly files: readonly FoundFile[];
  /** Folders that could not be read, so their files were not audited. */
  readonly unreadableFolders: readonly FoundFile[];
  /** Files named directly that their config's `ignore` matches: skipped, not an error (a pre-commit hook names them). */
  readonly ignoredFiles: readonly FoundFile[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Whether the config of a file (absolute) ignores it: each file's config may be another (README, Configuration). */
  readonly ignores: (file: string) => Promise<boolean>;
}

const PROCESS_FILE = /\.ya?ml$/;
/** The names a config file may have (README, Configuration), in the order a folder's config is looked for. */
export const CONFIG_FILE_NAMES = ['gapcheck.config.yaml', 'gapcheck.config.yml'] as const;
const isConfigName = (name: string): boolean => (CONFIG_FILE_NAMES as readonly string[]).includes(name);

/**
 * Every `*.yaml`/`*.yml` under each folder and every file named (docs/format.md). While walking, names starting
 * with `.` (files and folders), `node_modules` and configs are skipped, and symbolic links are not followed:
 * no loops, and nothing outside the tree is read. A file named directly is audited whatever its name, unless
 * the config ignores it.
 */
export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const found = new Map<string, FoundFile>();
  const unreadable = new Map<string, FoundFile>();
  const ignoredFiles = new Map<string, FoundFile>();

  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const walked = await walk(absolute, given);
    const describe = describerUnder(options.cwd, absolute);
    if (walked.named && (await options.ignores(absolute))) {
      ignoredFiles.set(absolute, describe(absolute));
      continue;
    }
    const files: string[] = [];
    for (const file of walked.files) if (!(await options.ignores(file))) files.push(file);
    walked.unreadable.forEach((folder) => unreadable.set(folder, describe(folder)));
    if (files.length === 0 && walked.unreadable.length === 0) {
      const unlessIgnored = walked.files.length > 0 ? ' that the config does not ignore' : '';
      throw new UsageError(
        `"${given}" holds no process file (*.yaml or *.yml)${unlessIgnored}; name a folder or file of processes`,
      );
    }
    for (const file of files) found.set(file, describe(file));
  }
  const byPath = (a: FoundFile, b: FoundFile): number => compareText(a.path, b.path);
  return {
    files: [...found.values()].sort(byPath),
    unreadableFolders: [...unreadable.values()].sort(byPath),
    ignoredFiles: [...ignoredFiles.values()].filter((file) => !found.has(file.absolutePath)).sort(byPath),
  };
}

interface Walked {
  /** The path names a file, not a folder. */
  readonly named: boolean;
  readonly files: string[];
  readonly unreadable: string[];
}

/** What a path named on the command line is, or a usage error saying why it cannot be read. */
async function statNamed(absolute: string, given: string): Promise<Stats> {
  try {
    return await stat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`"${given}" does not exist; check the path`);
    throw new UsageError(`"${given}" cannot be read (${describeFsError(error)}); check the path and its permissions`);
  }
}

/** Refuses, as a usage error, a path named as one process file that is missing, a folder, a named pipe or a device. */
export async function checkNamedFile(absolute: string, given: string): Promise<void> {
  const stats = await statNamed(absolute, given);
  if (stats.isDirectory()) throw new UsageError(`"${given}" is a folder; name one process file`);
  // Reading a named pipe or a device could wait, or run, forever.
  if (!stats.isFile())
    throw new UsageError(`"${given}" is not a file (a named pipe or a device?); name one process file`);
}

async function walk(absolute: string, given: string): Promise<Walked> {
  const stats = await statNamed(absolute, given);
  if (stats.isFile()) return { named: true, files: [absolute], unreadable: [] };
  // Reading a named pipe or a device could wait, or run, forever.
  if (!stats.isDirectory())
    throw new UsageError(
      `"${given}" is not a file or a folder (a named pipe or a device?); name process files or folders of them`,
    );
  const unreadable: string[] = [];
  const skipFolder = (name: string, folder: string): boolean => {
    if (name.startsWith('.') || name === 'node_modules') return true;
    if (canRead(folder)) return false;
    unreadable.push(path.resolve(folder));
    return true;
  };
  if (!canRead(absolute)) return { named: false, files: [], unreadable: [absolute] };
  const isProcessFile = (file: string): boolean => {
    const name = file.slice(file.lastIndexOf(path.sep) + 1);
    return PROCESS_FILE.test(name) && !name.startsWith('.') && !isConfigName(name);
  };
  const files = await new fdir({ excludeSymlinks: true, suppressErrors: true })
    .withFullPaths()
    .exclude(skipFolder)
    .filter((file, isDirectory) => !isDirectory && isProcessFile(file))
    .crawl(absolute)
    .withPromise();
  return { named: false, files, unreadable };
}

/**
 * Describes the files found under `root` (a folder, or a file named): one
 * `path.relative` for the root, then each file's name below it, which for ten
 * thousand files is several times faster than `path.relative` for each.
 */
function describerUnder(cwd: string, root: string): (absolutePath: string) => FoundFile {
  const rootPath = displayPath(cwd, root);
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  return (absolutePath) => {
    if (!absolutePath.startsWith(prefix)) return { absolutePath, path: displayPath(cwd, absolutePath) };
    const below = toPosix(absolutePath.slice(prefix.length));
    return { absolutePath, path: rootPath === '.' ? below : `${rootPath}/${below}` };
  };
}

function canRead(folder: string): boolean {
  try {
    accessSync(folder, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function displayPath(cwd: string, absolutePath: string): string {
  return toPosix(path.relative(cwd, absolutePath)) || '.';
}

export function toPosix(filePath: string): string {
  return path.sep === '/' ? filePath : filePath.split(path.sep).join('/');
}
