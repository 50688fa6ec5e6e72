/**
 * Writing what gapcheck writes (the report, the baseline, the cache) whole or not at all, and never over
 * something else. A regular file, or a missing one, is replaced: written to a temporary file beside it and
 * renamed over it, so a reader sees the old file or the new one, never half, and the file keeps its mode.
 * Anything else (a device, a pipe, `/dev/stdout`) is written to directly, never replaced nor truncated.
 * Links are followed: a link to a file keeps pointing at it, and the file it names is replaced.
 * Temporary files are removed on failure, on SIGINT and SIGTERM (exit 130 and 143) and on exit.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync, writeSync, type Stats } from 'node:fs';
import {
  access,
  chmod,
  lstat,
  mkdir,
  readlink,
  realpath,
  rename,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from './load-file.js';

type Data = string | Uint8Array | Iterable<string | Uint8Array>;

/** A file about to be written, resolved and checked: `writeTo` writes it. */
export interface WriteTarget {
  /** As the user named it, for messages. */
  readonly named: string;
  /** What is written, for messages: "the report". */
  readonly what: string;
  /** The file written: the named one with every link on the way resolved. */
  readonly path: string;
  /** `replace`: a regular file, or none yet, replaced by rename; `direct`: a device or pipe, written to. */
  readonly how: 'replace' | 'direct';
  /** With `direct`, a descriptor of this process the path names (`/dev/stdout` is `/proc/self/fd/1`): written to as it is. */
  readonly descriptor?: number;
  /** Device and inode of the file there now; absent when there is none. */
  readonly identity?: string;
  /** Permission bits of the regular file replaced, kept on the new one. */
  readonly mode?: number;
  /** Whether folders missing on the way are created (`--output`), or make the target unwritable. */
  readonly createFolders: boolean;
}

/** Links followed before giving up, as the kernel does (ELOOP). */
const MAX_LINKS = 40;

/**
 * Resolves `absolute` (every link on the way, to the file that would be written) and checks that it can be written:
 * its folder exists (or, with `createFolders`, can be made) and may be written, and it is not a folder.
 * Throws a UsageError naming `named` otherwise; writes nothing.
 */
export async function checkTarget(
  named: string,
  absolute: string,
  what: string,
  createFolders = false,
): Promise<WriteTarget> {
  const { target, mustWrite } = await resolve(named, absolute, what, createFolders);
  if (target.descriptor !== undefined) return target;
  try {
    await access(mustWrite, target.how === 'direct' ? constants.W_OK : constants.W_OK | constants.X_OK);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error));
  }
  return target;
}

/** Where a write to `absolute` would land, without checking it may be written: to compare it with what is read. */
export async function resolveTarget(named: string, absolute: string): Promise<WriteTarget> {
  return (await resolve(named, absolute, 'a file', false)).target;
}

/** Why a write failed, in plain words: the ways a write fails beyond those of a read. */
export function describeWriteError(error: unknown): string {
  const reasons: Record<string, string> = {
    ENOSPC: 'no space is left on the device',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'nothing can be written to it here',
    EPIPE: 'its reader has gone',
    EEXIST: 'a file is already there',
    ENOTDIR: 'a part of its folder is a file, not a folder',
  };
  return reasons[(error as NodeJS.ErrnoException | undefined)?.code ?? ''] ?? describeFsError(error);
}

function cannotWrite(
  target: Pick<WriteTarget, 'named' | 'what'>,
  reason: string,
  advice = 'check that its folder exists and may be written',
): UsageError {
  return new UsageError(`cannot write ${target.what} to "${target.named}" (${reason}); ${advice}`);
}

/** The target, and what must be writable for it: the file itself when written directly, else its nearest existing folder. */
async function resolve(
  named: string,
  absolute: string,
  what: string,
  createFolders: boolean,
): Promise<{ target: WriteTarget; mustWrite: string }> {
  const fail = (reason: string, advice?: string): never => {
    throw cannotWrite({ named, what }, reason, advice);
  };
  if (named.endsWith('/') || named.endsWith(path.sep))
    fail('the name ends in a slash, so it names a folder', 'name a file, like report.txt');
  let at = absolute;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const folder = await realFolder(path.dirname(at), createFolders, fail);
    at = path.join(folder.path, path.basename(at));
    let stats: Stats | undefined;
    try {
      // What /proc holds are the kernel's handles (/dev/stdout leads to /proc/self/fd/1), never files to replace.
      stats = at.startsWith('/proc/') ? await stat(at) : await lstat(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(describeWriteError(error));
    }
    if (stats?.isSymbolicLink()) {
      at = path.resolve(folder.path, await readlink(at));
      continue;
    }
    if (stats?.isDirectory()) fail('it is a folder', 'name a file in it');
    const descriptor = ownDescriptor(at);
    const how = descriptor === undefined && (stats === undefined || stats.isFile()) ? 'replace' : 'direct';
    const target: WriteTarget = {
      named,
      what,
      path: at,
      how,
      createFolders,
      ...(descriptor !== undefined && { descriptor }),
      ...(stats && { identity: identityOf(stats), ...(how === 'replace' && { mode: stats.mode & 0o7777 }) }),
    };
    return { target, mustWrite: how === 'direct' ? at : folder.nearest };
  }
  return fail('a symbolic link loop');
}

/**
 * The descriptor `at` names when it is one of this process's own (`/proc/<pid>/fd/<n>`): written to as it is, as a
 * shell does with `/dev/stdout`, since opening it again fails for a socket and would start a file over.
 */
function ownDescriptor(at: string): number | undefined {
  const match = /^\/proc\/(?:self|(\d+))\/fd\/(\d+)$/.exec(at);
  return match && (match[1] === undefined || Number(match[1]) === process.pid) ? Number(match[2]) : undefined;
}

/** The real path of `folder`; when it is missing and may be created, that of its nearest existing ancestor, which must be writable. */
async function realFolder(
  folder: string,
  createFolders: boolean,
  fail: (reason: string) => never,
): Promise<{ path: string; nearest: string }> {
  const missing: string[] = [];
  let existing = folder;
  for (;;) {
    try {
      const real = await realpath(existing);
      if (!(await stat(real)).isDirectory()) fail('a part of its folder is a file, not a folder');
      return { path: path.join(real, ...missing.reverse()), nearest: real };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof UsageError) throw error;
      if (code === 'ENOTDIR') fail('a part of its folder is a file, not a folder');
      if (code !== 'ENOENT') fail(describeWriteError(error));
      if (!createFolders) fail('its folder does not exist');
      if (path.dirname(existing) === existing) fail('its folder does not exist');
      missing.push(path.basename(existing));
      existing = path.dirname(existing);
    }
  }
}

export function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

/** Writes `data` to a checked target: whole, by rename, or directly when it is a device or pipe. */
export async function writeTo(target: WriteTarget, data: Data): Promise<void> {
  try {
    if (target.descriptor !== undefined) await writeToDescriptor(target.descriptor, data);
    else if (target.how === 'direct')
      await writeFile(target.path, data, { flag: constants.O_WRONLY | constants.O_APPEND });
    else await replace(target, data);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error), 'nothing was written');
  }
}

/** Resolves, checks and writes `target` in one go: for a file no other target depends on (the cache). */
export async function writeWhole(target: string, data: Data, what: string): Promise<void> {
  await writeTo(await checkTarget(target, target, what), data);
}

/** Writes `data` to standard output as it comes, each part once the reader has taken what it was given. */
export async function writeToStdout(data: Data): Promise<void> {
  await writeToDescriptor(1, data);
}

/**
 * Standard output and error through their streams (which know when the reader has gone), any other as it is. A part
 * is made only once the stream has room for it, so a slow reader never makes the whole of `data` wait in memory.
 * Once the reader has gone (`gapcheck audit | head`), the rest is not made: the stream's error is the CLI's to handle.
 */
async function writeToDescriptor(descriptor: number, data: Data): Promise<void> {
  const stream = descriptor === 1 ? process.stdout : descriptor === 2 ? process.stderr : undefined;
  for (const part of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) {
    if (stream) {
      if (stream.destroyed || (!stream.write(part) && (await roomOrGone(stream)) === 'gone')) return;
      continue;
    }
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    for (let done = 0; done < bytes.length;) done += writeSync(descriptor, bytes, done);
  }
}

/** Waits until the stream can take more, or its reader has gone (it failed or closed). */
function roomOrGone(stream: NodeJS.WriteStream): Promise<'room' | 'gone'> {
  return new Promise((resolve) => {
    const settle = (how: 'room' | 'gone') => (): void => {
      for (const [event, listener] of listeners) stream.off(event, listener);
      resolve(how);
    };
    const listeners = [
      ['drain', settle('room')],
      ['error', settle('gone')],
      ['close', settle('gone')],
    ] as const;
    for (const [event, listener] of listeners) stream.once(event, listener);
  });
}

async function replace(target: WriteTarget, data: Data): Promise<void> {
  const folder = path.dirname(target.path);
  const created = target.createFolders ? await mkdir(folder, { recursive: true }) : undefined;
  // A short name of its own, not the target's name lengthened: a target named with 255 bytes still fits.
  const temporary = path.join(folder, `.gapcheck-${randomBytes(6).toString('hex')}.tmp`);
  track(temporary);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (target.mode !== undefined) await chmod(temporary, target.mode);
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (created !== undefined) await removeMadeFolders(folder, created);
    throw error;
  } finally {
    forget(temporary);
  }
}

/** Removes the folders a recursive `mkdir` made, from `deepest` up to `first` (what it returned), as long as they are empty. */
export async function removeMadeFolders(deepest: string, first: string): Promise<void> {
  for (let folder = deepest; folder.startsWith(first); folder = path.dirname(folder)) {
    if (
      !(await rmdir(folder).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
}

/** Temporary files being written: removed should the process be stopped before they are renamed. */
const temporaries = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

function removeTemporaries(): void {
  for (const file of temporaries) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed over its target, or never created.
    }
  }
  temporaries.clear();
}

function stopOnSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  process.exit(SIGNALS[signal as keyof typeof SIGNALS]);
}

/** While a temporary file exists, a signal or an exit removes it; otherwise the default handling stands. */
function track(temporary: string): void {
  temporaries.add(temporary);
  if (temporaries.size !== 1) return;
  for (const signal of Object.keys(SIGNALS)) process.on(signal, stopOnSignal);
  process.on('exit', removeTemporaries);
}

function forget(temporary: string): void {
  temporaries.delete(temporary);
  if (temporaries.size > 0) return;
  for (const signal of Object.keys(SIGNALS)) process.off(signal, stopOnSignal);
  process.off('exit', removeTemporaries);
}
