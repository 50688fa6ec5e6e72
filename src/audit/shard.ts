/**
 * `--shard I/N`: one of N machines audits about 1/N of the files. A file's shard
 * depends only on its path, so adding a file never moves the others (per-shard
 * caches keep working), and the shards together audit every file exactly once.
 *
 * `duplicate-process` needs every process id, including those in other shards'
 * files, and `emergency-path` the process each of this shard's names to handle its
 * emergencies. Parsing all of them would cost most of what sharding saves, so a shard
 * reads the other files' bytes and loads only those that could hold one of its
 * own process ids or of the ids they name: a valid process id is a run of `[a-z0-9-]` characters written
 * out in the file, delimited by characters that are not (a plain, quoted or block
 * scalar, or the anchor an alias repeats), unless escapes spell it, so any file
 * without a backslash and without one of those runs holds no process sharing an
 * id with this shard's or named by it. The few files that might are loaded in full, as in an
 * unsharded run, so the gaps and their messages are exactly the same.
 */
import { UsageError } from '../errors.js';
import type { FoundFile } from '../load/discover.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard "${text}" is not like 2/4 (this machine's shard, from 1, of how many)`);
  }
  return { index, count };
}

export function inShard(file: Pick<FoundFile, 'path'>, shard: Shard): boolean {
  return fnv1a(file.path) % shard.count === shard.index - 1;
}

/** FNV-1a (32-bit) of the path's UTF-16 code units: the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const ID_RUN = /[a-z0-9-]+/g;
const BACKSLASH = 0x5c;

/** Whether a file of another shard could hold a process with one of these ids (see the header). */
export function mayHoldId(bytes: Uint8Array, ids: ReadonlySet<string>): boolean {
  if (bytes.includes(BACKSLASH)) return true;
  const text = new TextDecoder().decode(bytes);
  for (const [run] of text.matchAll(ID_RUN)) if (ids.has(run)) return true;
  return false;
}
