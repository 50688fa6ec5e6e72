/**
 * `--cache`: each file's outcome, kept between runs. An entry is used only for the
 * same bytes (SHA-256 of the file) under the same settings, those of the file's own
 * config (the rules run and their settings: each file may have another config), and
 * under the same key: gapcheck's build (its version and a fingerprint of its code,
 * `buildId`), the load limits and the audit date, since reviews, training and waivers
 * fall due with it. A change to one config re-audits only the files it applies to.
 * The file starts with one header line (format, key, signature of the rest); a
 * cache that does not match its signature, or cannot be read, is ignored and
 * rebuilt, never trusted. It is written whole or not at all (a temporary file
 * renamed over the old one).
 *
 * Like git's index, an entry also keeps the file's stamp (size, inode, modification
 * and change times) from before its bytes were read: while the stamp is unchanged,
 * so are the bytes, and a warm run only has to `stat` each file. Writing a file, or
 * setting its times, always moves its change time, which no one but the kernel
 * sets. A file changed within the clock tick of the stamp would keep its stamp,
 * so a file changed in the seconds before it was read gets none ("racily clean",
 * in git's words) and is read and hashed again next time.
 *
 * The file is laid out so that a run that changes nothing reads little of it: a
 * small index (each file's hash, stamp and project findings), then the outcomes,
 * decoded only when one is needed, then the report the last run printed, kept as
 * its raw text, with the key of everything it was made from (`KeptReport`).
 *
 * The signature is an HMAC with a random secret kept in the user's cache folder
 * (`$XDG_CACHE_HOME/gapcheck` or `~/.cache/gapcheck`), outside every repository:
 * a cache file committed to a repository, or sent in a pull request, was not
 * signed on this machine, so it can never hide a gap.
 */
import { createHmac, hash, randomBytes } from 'node:crypto';
import { constants, statSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeWhole } from '../load/write-whole.js';
import { describeFsError, type LoadLimits } from '../load/load-file.js';
import type { FileOutcome } from './audit.js';

export const DEFAULT_CACHE_LOCATION = '.gapcheck-cache';

/** Larger than any cache of a real repository: a bigger file, or a device or pipe, is never read. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

/** Bumped whenever the layout of the file changes. */
const CACHE_FORMAT = 5;

/** Coarser than the timestamps of any file system gapcheck may run on (FAT keeps 2 s). */
const RACY_MARGIN_NS = 2_000_000_000n;

export interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  readonly hash: string;
  /** The file's stamp (`fileStamp`) from before the bytes were read; absent when it was racily clean. */
  readonly stamp?: string;
  /** The project-rule findings the outcome was audited with (`projectKey`). */
  readonly project: string;
  /** The fingerprint of the settings the file was audited with (`settingsFingerprint`): its config's. */
  readonly settings: string;
  readonly outcome: FileOutcome;
}

interface Header {
  readonly 'gapcheck-cache': number;
  readonly key: string;
  readonly signature: string;
}

type IndexEntry = [path: string, hash: string, stamp: string | null, project: string, settings: string];

/** The report a run printed, as UTF-8 bytes, and the key of everything it was made from (`AuditRun.reportKey`). */
export interface KeptReport {
  readonly key: string;
  readonly exitCode: number;
  readonly bytes: Uint8Array;
}

type ReportHeader = Omit<KeptReport, 'bytes'>;

/** A report to keep: the pieces the formatter wrote, in order. */
export type ReportToKeep = ReportHeader & { readonly pieces: readonly string[] };

export type CacheState = 'absent' | 'stale' | 'damaged' | 'valid';

export class OutcomeCache {
  private readonly next = new Map<string, CacheEntry>();
  private report?: ReportToKeep;

  private constructor(
    readonly location: string,
    private readonly key: string,
    /** Undefined when no secret could be kept: then nothing is read or written. */
    private readonly secret: Buffer | undefined,
    private readonly previous: ReadonlyMap<string, CacheEntry>,
    /** `damaged`: the file was there but unreadable or corrupt; `stale`: written for another version, config or day. */
    readonly state: CacheState,
    private readonly previousReport?: KeptReport,
    /** Why no secret could be kept, so the run is audited without the cache: a note for the user. */
    readonly secretProblem?: string,
  ) {}

  static async open(location: string, key: string): Promise<OutcomeCache> {
    const kept = await machineSecret();
    if ('problem' in kept)
      return new OutcomeCache(location, key, undefined, new Map(), 'absent', undefined, kept.problem);
    const { secret } = kept;
    let bytes: Buffer;
    try {
      const stats = await stat(location);
      if (!stats.isFile() || stats.size > MAX_CACHE_BYTES)
        throw new Error('not a cache file gapcheck could have written');
      bytes = await readFile(location);
    } catch (error) {
      const absent = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return new OutcomeCache(location, key, secret, new Map(), absent ? 'absent' : 'damaged');
    }
    const read = readCache(bytes, key, secret);
    if (typeof read === 'string') return new OutcomeCache(location, key, secret, new Map(), read);
    return new OutcomeCache(location, key, secret, read.entries, 'valid', read.report);
  }

  /** The entry for a file, when its bytes and settings are the ones the entry was made from. */
  get(file: string, fileHash: string, settings: string): CacheEntry | undefined {
    const entry = this.previous.get(file);
    return entry?.hash === fileHash && entry.settings === settings ? entry : undefined;
  }

  /** The entry for a file, when the file still has the stamp it had when the entry was made, under the same settings. */
  getStamped(file: string, stamp: string, settings: string): CacheEntry | undefined {
    const entry = this.previous.get(file);
    return entry?.stamp === stamp && entry.settings === settings ? entry : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.next.set(file, entry);
  }

  /** The report the last run kept, when it was made from exactly what `key` says. */
  keptReport(key: string): KeptReport | undefined {
    return this.previousReport?.key === key ? this.previousReport : undefined;
  }

  /** The report to keep with this run's entries; none, and the last one is dropped. */
  keepReport(report: ReportToKeep | undefined): void {
    this.report = report;
  }

  /**
   * Writes this run's entries and report, and keeps earlier entries of the files in
   * `keep` that this run did not audit (those of other shards); entries of files
   * that are gone are dropped. Does not write when nothing changed.
   */
  async save(keep: ReadonlySet<string>): Promise<void> {
    const entries = new Map(this.next);
    for (const [file, entry] of this.previous) if (!entries.has(file) && keep.has(file)) entries.set(file, entry);
    const unchanged =
      this.state === 'valid' && sameEntries(entries, this.previous) && this.report?.key === this.previousReport?.key;
    if (this.secret === undefined || unchanged) return;
    const index: IndexEntry[] = [...entries].map(([file, e]) => [file, e.hash, e.stamp ?? null, e.project, e.settings]);
    const reportHeader: ReportHeader | null = this.report
      ? { key: this.report.key, exitCode: this.report.exitCode }
      : null;
    const report = this.report;
    // Made twice, piece by piece (signed, then written), rather than held: every outcome as JSON would be a second
    // copy of them all beside the objects.
    function* body(): Generator<string> {
      yield asciiJson(index);
      yield '\n';
      yield* outcomesJson(entries.values());
      yield '\n';
      yield JSON.stringify(reportHeader);
      yield '\n';
      yield* report?.pieces ?? [];
    }
    const header: Header = { 'gapcheck-cache': CACHE_FORMAT, key: this.key, signature: sign(this.secret, body()) };
    await writeWhole(this.location, afterLine(JSON.stringify(header), body()), 'the cache');
  }
}

/**
 * The body is checked as bytes, and decoded only once its key and signature match;
 * the outcomes only when one is first asked for.
 */
function readCache(
  bytes: Buffer,
  key: string,
  secret: Buffer,
): { entries: Map<string, CacheEntry>; report?: KeptReport } | 'stale' | 'damaged' {
  const lines = cacheLines(bytes);
  if (lines === undefined) return 'damaged';
  const [headerLine, indexLine, outcomesLine, reportLine] = lines;
  let header: Partial<Header>;
  try {
    header = JSON.parse(headerLine.toString('utf8')) as Partial<Header>;
  } catch {
    return 'damaged';
  }
  if (header['gapcheck-cache'] !== CACHE_FORMAT)
    return typeof header['gapcheck-cache'] === 'number' ? 'stale' : 'damaged';
  if (header.key !== key) return 'stale';
  if (header.signature !== sign(secret, [bytes.subarray(headerLine.length + 1)])) return 'damaged';
  let index: unknown;
  let reportHeader: unknown;
  try {
    index = JSON.parse(indexLine.toString('utf8'));
    reportHeader = JSON.parse(reportLine.toString('utf8'));
  } catch {
    return 'damaged';
  }
  if (!Array.isArray(index) || !index.every(isIndexEntry) || !(reportHeader === null || isReportHeader(reportHeader)))
    return 'damaged';
  const outcomes = lazyOutcomes(outcomesLine, index.length);
  const entries = new Map<string, CacheEntry>(
    index.map(([file, fileHash, stamp, project, settings], position): [string, CacheEntry] => [
      file,
      {
        hash: fileHash,
        ...(stamp === null ? {} : { stamp }),
        project,
        settings,
        get outcome() {
          return outcomes()[position]!;
        },
      },
    ]),
  );
  const report = bytes.subarray(headerLine.length + indexLine.length + outcomesLine.length + reportLine.length + 4);
  return {
    entries,
    ...(reportHeader === null ? {} : { report: { ...(reportHeader as ReportHeader), bytes: report } }),
  };
}

/** The header, index, outcomes and report header lines (without their line breaks); undefined when there are fewer. */
function cacheLines(bytes: Buffer): [header: Buffer, index: Buffer, outcomes: Buffer, report: Buffer] | undefined {
  const lines: Buffer[] = [];
  let start = 0;
  while (lines.length < 4) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1) return undefined;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return lines as [Buffer, Buffer, Buffer, Buffer];
}

/**
 * The outcomes, decoded on first use: a run that only replays the kept report never pays for them. They were
 * signed with the rest, so what fails to decode here was written wrong by gapcheck itself: a bug, not damage.
 */
function lazyOutcomes(line: Buffer, count: number): () => readonly FileOutcome[] {
  let outcomes: FileOutcome[] | undefined;
  return () => {
    if (outcomes === undefined) {
      const decoded: unknown = JSON.parse(line.toString('utf8'));
      if (!Array.isArray(decoded) || decoded.length !== count || !decoded.every(isOutcome))
        throw new Error('the cache holds outcomes that do not match its index');
      outcomes = decoded;
    }
    return outcomes;
  };
}

/** The signature already rules out damage and forgery; these only guard against a bug in what was written. */
function isIndexEntry(value: unknown): value is IndexEntry {
  if (!Array.isArray(value) || value.length !== 5) return false;
  const [file, fileHash, stamp, project, settings] = value as unknown[];
  return (
    typeof file === 'string' &&
    typeof fileHash === 'string' &&
    (stamp === null || typeof stamp === 'string') &&
    typeof project === 'string' &&
    typeof settings === 'string'
  );
}

function isOutcome(value: unknown): value is FileOutcome {
  const outcome = value as FileOutcome | null;
  return (
    typeof outcome === 'object' &&
    outcome !== null &&
    Array.isArray(outcome.gaps) &&
    Array.isArray(outcome.waived) &&
    Array.isArray(outcome.documents)
  );
}

function isReportHeader(value: unknown): value is ReportHeader {
  const report = value as ReportHeader | null;
  return (
    typeof report === 'object' && report !== null && typeof report.key === 'string' && Number.isInteger(report.exitCode)
  );
}

/** JSON with every character past ASCII escaped: one-byte text is decoded and parsed markedly faster when read back. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function* afterLine(line: string, rest: Iterable<string>): Generator<string> {
  yield `${line}\n`;
  yield* rest;
}

/** `asciiJson` of the entries' outcomes as one array, an outcome at a time. */
function* outcomesJson(entries: Iterable<CacheEntry>): Generator<string> {
  let separator = '[';
  for (const entry of entries) {
    yield `${separator}${asciiJson(entry.outcome)}`;
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
}

function sameEntries(a: ReadonlyMap<string, CacheEntry>, b: ReadonlyMap<string, CacheEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, entry] of a) if (b.get(file) !== entry) return false;
  return true;
}

function sign(secret: Buffer, body: Iterable<string | Uint8Array>): string {
  const hmac = createHmac('sha256', secret);
  for (const part of body) hmac.update(part);
  return hmac.digest('base64');
}

/**
 * The user's cache folder: `$XDG_CACHE_HOME` when it is an absolute path (the XDG spec says to ignore a
 * relative one, which would put the secret inside whatever checkout gapcheck runs in), else `~/.cache`.
 */
function userCacheFolder(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
}

/**
 * This machine's cache secret, made on first use; or, when the user's cache folder cannot hold it, or holds
 * one that is not the user's alone (made by another user, or that others may write), why not. Only the cache
 * folder and its `gapcheck` folder are ever made: a home folder that does not exist is never created.
 */
async function machineSecret(): Promise<{ readonly secret: Buffer } | { readonly problem: string }> {
  const base = userCacheFolder();
  const folder = path.join(base, 'gapcheck');
  const file = path.join(folder, 'cache-secret');
  const without = (why: string): { problem: string } => ({
    problem: `cannot keep the cache's secret in ${folder}: ${why}; the run was audited without the cache`,
  });
  try {
    for (const made of [base, folder]) await mkdir(made, { mode: 0o700 }).catch(unlessExists);
    await writeFile(file, randomBytes(32), { flag: 'wx', mode: 0o600 }).catch(unlessExists);
  } catch (error) {
    return without(folderProblem(error, base));
  }
  let handle;
  try {
    const folderStats = await lstat(folder);
    if (!folderStats.isDirectory() || !isOwnAlone(folderStats))
      return without(
        `that folder is not yours alone (made by another user, or others may write to it); remove it, and gapcheck makes a new one`,
      );
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = await handle.stat();
    if (!stats.isFile() || !isOwnAlone(stats))
      return without(
        `${file} is not yours alone (made by another user, or others may write to it); remove it, and gapcheck makes a new one`,
      );
    const secret = await handle.readFile();
    return secret.length >= 32
      ? { secret }
      : without(`${file} is shorter than a secret gapcheck makes; remove it, and gapcheck makes a new one`);
  } catch (error) {
    return without(folderProblem(error, base));
  } finally {
    await handle?.close();
  }
}

function unlessExists(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}

/** Owned by the user gapcheck runs as, and not writable by its group or others (where the system has owners). */
function isOwnAlone(stats: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
}

function folderProblem(error: unknown, base: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `${path.dirname(base)} does not exist (gapcheck does not create it)`;
    case 'ENOTDIR':
      return `${base} or a folder above it is not a folder`;
    case 'EROFS':
      return 'the file system is read-only';
    case 'ELOOP':
      return 'the secret is a symbolic link';
    default:
      return describeFsError(error);
  }
}

/**
 * What `stat` says of a file that changes whenever its bytes do: size, device, inode,
 * modification and change times. Undefined when the file cannot be stat'ed, or
 * changed so shortly before `now` (ns since the epoch) that a further change
 * could keep the same times.
 */
export function fileStamp(absolutePath: string, now: bigint): string | undefined {
  let stats;
  try {
    stats = statSync(absolutePath, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stats?.isFile() || stats.ctimeNs > now - RACY_MARGIN_NS || stats.mtimeNs > now - RACY_MARGIN_NS)
    return undefined;
  return `${stats.size}:${stats.dev}:${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** SHA-256 of bytes, or of text as its UTF-8 bytes. */
export function contentHash(data: string | Uint8Array): string {
  return hash('sha256', data, 'base64');
}

/** Everything besides a file's bytes and its config's settings (each entry's `settings`) that decides its outcome. */
export function cacheKey(build: string, today: string, limits: LoadLimits): string {
  return contentHash(JSON.stringify({ build, today, limits }));
}
