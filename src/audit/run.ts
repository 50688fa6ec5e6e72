/**
 * One audit run, from the files found to the result: read this shard's files,
 * take what the cache still holds, load and audit the rest (on worker threads
 * when there is enough of it) with what the project rules find in each file alone,
 * then give the project rules every process id (and those of the files read for
 * look-up only) and audit again the few files for which they find something else.
 * The result is the same whatever the cache holds, the number of threads or the
 * shard split.
 */
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { type Discovery, type FoundFile } from '../load/discover.js';
import { compareText } from '../text-order.js';
import {
  readProcessBytes,
  loadProcessBytes,
  unreadableFolder,
  type LoadLimits,
  type LoadedFile,
} from '../load/load-file.js';
import type { Process } from '../model/process.js';
import type { ProcessIdentity } from '../rules/types.js';
import {
  auditFile,
  combineOutcomes,
  findProjectFindingsEach,
  identify,
  processesOf,
  projectChecks,
  type AuditResult,
  type FileOutcome,
  type ProjectFindings,
  type RuleCrash,
} from './audit.js';
import { OutcomeCache, cacheKey, contentHash, fileStamp, type CacheEntry, type KeptReport } from './cache.js';
import { projectKey, runTasks, type FileTask } from './pool.js';
import type { RunSetups } from './setups.js';
import { inShard, mayHoldId, type Shard } from './shard.js';

/** A file audited, with what it holds: what reports list, in report order. */
export interface AuditedFile {
  readonly file: string;
  /** The id of each document's process, in file order; null for a document that is not a valid process. */
  readonly processes: readonly (string | null)[];
}

/** The files read only to find the processes audited ones name, and how each is loaded (its config's rules). */
export interface LookUp {
  readonly files: readonly FoundFile[];
  readonly setups: RunSetups;
}

export interface RunOptions {
  /** Each file's settings: its config's (./setups.ts). */
  readonly setups: RunSetups;
  readonly limits: LoadLimits;
  /** Threads to audit on; `auto` uses every core once the work is large enough to pay for starting them. */
  readonly jobs: number | 'auto';
  /** `build` tells this gapcheck's code from any other's (`buildId`): results of other code are never reused. */
  readonly cache?: { readonly location: string; readonly build: string };
  readonly shard?: Shard;
  /**
   * Process files this run does not audit but `gapcheck audit` with no path would, with their setups: read
   * only for the processes audited ones name (`ProjectContext.lookup`), never reported, and looked for only
   * when an audited process names one.
   */
  readonly lookup?: () => Promise<LookUp>;
  /** Whether the report needs the processes themselves (a format that draws them). */
  readonly keepProcesses?: boolean;
  /** Told the number of files to audit, then each time some are done. */
  readonly progress?: { start(total: number): void; advance(files: number): void };
}

export interface RunResult {
  readonly result: AuditResult;
  /** Every file audited, in report order, with what it holds. */
  readonly audited: readonly AuditedFile[];
  /** How many files' outcomes came from the cache. */
  readonly reused: number;
  /** The processes of the files audited, in file order, when `keepProcesses` asked for them. */
  readonly processes: readonly ProcessToDraw[];
  /** Things the user should know that do not change the result (a cache that could not be used). */
  readonly notes: readonly string[];
}

/**
 * Below about this much text, a worker thread costs more than it saves, even with a
 * free core: it loads its modules and JIT-compiles the hot code anew, and on two cores
 * that compiling competes with both threads' auditing. Where the bench's threads
 * section crosses over, on the hosts measured: see "Worker threads" in docs/performance.md.
 */
export const THREAD_THRESHOLD_BYTES = 8 * 1024 * 1024;

/** One file of this run: read, and audited once its outcome is known. */
interface Slot {
  readonly found: FoundFile;
  /** Whether the file could be read (when it could not, `outcome` says so). */
  readable: boolean;
  /**
   * The file's bytes, once read and until audited (kept for the formats that draw processes): a file the cache
   * vouches for by its stamp, or one audited already, is read again only to be audited again.
   */
  bytes?: Uint8Array;
  hash?: string;
  /** The file's stamp from before its bytes were read (`fileStamp`). */
  stamp?: string;
  /** The cache's entry for the file's bytes; its outcome is decoded only when the run is audited. */
  entry?: CacheEntry;
  outcome?: FileOutcome;
  /** The project findings `outcome` was audited with, as `projectKey` gives them. */
  project: string;
  /** Whether `outcome` is the cache's. */
  cached?: boolean;
}

/** What a report was made with besides the run's files and settings (format, flags), as a string to compare. */
export interface KeptReportSource {
  readonly reportOptions: string;
  /** The report as it was written, in pieces. */
  readonly pieces: readonly string[];
  readonly exitCode: number;
}

/**
 * One run, in steps: prepared (the cache opened, every file stamped, read or taken
 * from the cache), then either replayed (the report the last run printed, when
 * nothing it was made from has changed) or audited, and at last saved to the cache.
 */
export class AuditRun {
  private readonly notes: string[] = [];
  /** Whether this run read files for look-up: a report they helped make may change unseen, so it is never kept. */
  private lookedUp = false;

  private constructor(
    private readonly discovery: Discovery,
    private readonly options: RunOptions,
    private readonly folders: readonly LoadedFile[],
    private readonly cache: OutcomeCache | undefined,
    private readonly slots: readonly Slot[],
  ) {
    if (cache?.secretProblem !== undefined) this.notes.push(cache.secretProblem);
    if (cache?.state === 'damaged')
      this.notes.push(`the cache ${cache.location} was damaged or unreadable; it is rebuilt`);
  }

  static async prepare(discovery: Discovery, options: RunOptions): Promise<AuditRun> {
    const { setups, shard } = options;
    const own = shard ? discovery.files.filter((file) => inShard(file, shard)) : discovery.files;
    const folders = (
      shard ? discovery.unreadableFolders.filter((folder) => inShard(folder, shard)) : discovery.unreadableFolders
    ).map(unreadableFolder);
    const cache =
      options.cache &&
      (await OutcomeCache.open(options.cache.location, cacheKey(options.cache.build, setups.today, options.limits)));
    // The formats that draw processes need every file's bytes: then no stamp spares a read.
    return new AuditRun(
      discovery,
      options,
      folders,
      cache,
      readSlots(own, options.limits, setups, cache, !options.keepProcesses),
    );
  }

  /** Whether `save` can keep the report printed: only a run with a cache keeps one, so only it need collect it. */
  get keepsReports(): boolean {
    return this.cache !== undefined;
  }

  /**
   * The report the last run kept, when this run would print the very same: every
   * file vouched for by its stamp, under the same settings (the cache's key) and
   * `reportOptions`. Never for shards, unreadable files or the formats that draw processes.
   */
  replay(reportOptions: string): KeptReport | undefined {
    if (
      this.cache?.state !== 'valid' ||
      !this.slots.every((slot) => slot.entry !== undefined && slot.bytes === undefined)
    )
      return undefined;
    const key = this.reportKey(reportOptions);
    return key === undefined ? undefined : this.cache.keptReport(key);
  }

  async audit(): Promise<RunResult> {
    const { setups, shard, progress } = this.options;
    const slots = this.slots;
    for (const slot of slots) if (slot.entry) slot.outcome = slot.entry.outcome;
    progress?.start(slots.length);
    progress?.advance(slots.filter((slot) => slot.outcome !== undefined).length);
    await auditSlots(
      slots.filter((slot) => slot.outcome === undefined),
      this.options,
      { onProgress: (files) => progress?.advance(files) },
    );
    // The few files the project rules send back to be audited again are read again (`withBytes`): holding every
    // file's bytes through the report would cost as much memory as the text of the whole repository.
    if (!this.options.keepProcesses) for (const slot of slots) slot.bytes = undefined;

    const ownProcesses = slots.flatMap((slot) => slot.outcome!.documents.filter((d) => d !== null));
    const referenced = referencedIds(ownProcesses, setups);
    const ownPaths = new Set(slots.map((slot) => slot.found.path));
    const otherShards = shard ? this.discovery.files.filter((file) => !ownPaths.has(file.path)) : [];
    const foreign = loadCandidates(
      otherShards,
      new Set([...ownProcesses.map((p) => p.id), ...referenced]),
      this.options,
    );
    const lookup = (await this.lookUp(referenced)).flatMap(identify).filter((d) => d !== null);
    const { byFile: project, crashes } = projectFindingsByFile(this.discovery.files, slots, foreign, setups, lookup);
    const stale = slots.filter((slot) => slot.readable && slot.project !== projectKey(project.get(slot.found.path)!));
    await auditSlots(withBytes(stale, this.options.limits, setups), this.options, { project });

    // In path order, folders among files: the order in which `gapcheck merge` puts the shards' files back together.
    const outcomes = [
      ...slots.map((slot) => slot.outcome!),
      ...this.folders.map((folder) => auditFile(folder, setups.of(folder.path), setups.today)),
    ].sort((a, b) => compareText(a.file, b.file));
    return {
      result: combineOutcomes(outcomes, crashes),
      audited: outcomes.map((outcome) => ({
        file: outcome.file,
        processes: outcome.documents.map((d) => d?.id ?? null),
      })),
      reused: slots.filter((slot) => slot.cached).length,
      processes: this.options.keepProcesses ? processesToDraw(slots, setups) : [],
      notes: this.notes,
    };
  }

  /**
   * Writes the cache, when the run has one: each audited file's outcome, and the
   * report printed (when it can be replayed). Returns what the user should know
   * (a cache that could not be written).
   */
  async save(report?: KeptReportSource): Promise<string[]> {
    const cache = this.cache;
    if (!cache) return [];
    for (const slot of this.slots) {
      // A rule that threw is a bug to fix, not a result to keep: the file is audited again next run.
      if (slot.hash !== undefined && slot.outcome !== undefined && !slot.outcome.crashes)
        cache.set(slot.found.path, cacheEntry(slot, cache, this.options.setups));
    }
    const key = report && this.reportKey(report.reportOptions);
    cache.keepReport(key === undefined ? undefined : { key, exitCode: report!.exitCode, pieces: report!.pieces });
    try {
      await cache.save(new Set(this.discovery.files.map((file) => file.path)));
      return [];
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return [error.message];
    }
  }

  /** The files outside the run that may hold a process the audited ones name, loaded; none when they name none. */
  private async lookUp(referenced: ReadonlySet<string>): Promise<LoadedFile[]> {
    if (referenced.size === 0 || this.options.lookup === undefined) return [];
    this.lookedUp = true;
    const { files, setups } = await this.options.lookup();
    return [...loadCandidates(files, referenced, { ...this.options, setups }).values()];
  }

  /** Everything a report of this run is made from: the settings are the cache's key, so the files and `reportOptions`. */
  private reportKey(reportOptions: string): string | undefined {
    // Files read for look-up only are not stamped: what they hold could change the report unseen. A run whose
    // processes name none looks up nothing, and its report depends on its own files alone.
    const { shard, keepProcesses } = this.options;
    if (
      shard ||
      keepProcesses ||
      this.lookedUp ||
      this.folders.length > 0 ||
      !this.slots.every((slot) => slot.hash !== undefined)
    )
      return undefined;
    return contentHash(
      JSON.stringify([reportOptions, this.slots.map((slot) => [slot.found.path, slot.hash, slot.project])]),
    );
  }
}

/** What drawing a process takes of it (`DrawnProcess` in the report layer). */
export type ProcessToDraw = Pick<Process, 'id' | 'file' | 'at' | 'title' | 'owner' | 'start' | 'steps'>;

/**
 * The processes of the files with bytes, in file order, for the formats that draw them. Workers and the cache hand
 * back outcomes, not processes, so each is loaded again from its file's bytes, but only when a report first asks
 * for more than its id and place, and only one file's processes are held at a time: a report drawing thousands of
 * processes, file after file, never holds them all.
 */
function processesToDraw(slots: readonly Slot[], setups: RunSetups): ProcessToDraw[] {
  let loaded: { slot: Slot; processes: readonly Process[] } | undefined;
  const processesIn = (slot: Slot): readonly Process[] => {
    if (loaded?.slot !== slot)
      loaded = {
        slot,
        processes: processesOf([
          loadProcessBytes(slot.found.path, slot.bytes!, setups.of(slot.found.path).registry.ids),
        ]),
      };
    return loaded.processes;
  };
  return slots.flatMap((slot) =>
    slot.bytes
      ? slot
          .outcome!.documents.filter((document) => document !== null)
          .map((identity, index) => new LoadedWhenDrawn(identity, () => processesIn(slot)[index]!))
      : [],
  );
}

/** A process named by what its outcome says of it (id, file, place), loaded from its file only for the rest. */
class LoadedWhenDrawn implements ProcessToDraw {
  constructor(
    private readonly identity: ProcessIdentity,
    private readonly load: () => Process,
  ) {}

  get id(): string {
    return this.identity.id;
  }
  get file(): string {
    return this.identity.file;
  }
  get at(): Process['at'] {
    return this.identity.at;
  }
  get title(): string {
    return this.load().title;
  }
  get owner(): Process['owner'] {
    return this.load().owner;
  }
  get start(): Process['start'] {
    return this.load().start;
  }
  get steps(): Process['steps'] {
    return this.load().steps;
  }
}

/**
 * Reads every file, and takes the outcome of each the cache holds for its bytes; a
 * file whose stamp is the one the cache kept is not even read.
 */
function readSlots(
  files: readonly FoundFile[],
  limits: LoadLimits,
  setups: RunSetups,
  cache: OutcomeCache | undefined,
  trustStamps: boolean,
): Slot[] {
  const now = BigInt(Date.now()) * 1_000_000n;
  return files.map((found): Slot => {
    const settings = setups.fingerprintOf(found.path);
    const stamp = cache && fileStamp(found.absolutePath, now);
    const stamped = trustStamps && stamp !== undefined ? cache!.getStamped(found.path, stamp, settings) : undefined;
    if (stamped)
      return {
        found,
        readable: true,
        hash: stamped.hash,
        stamp,
        entry: stamped,
        project: stamped.project,
        cached: true,
      };
    const read = readProcessBytes(found.absolutePath, found.path, limits);
    if (!(read instanceof Uint8Array))
      return { found, readable: false, outcome: auditFile(read, setups.of(found.path), setups.today), project: '' };
    if (!cache) return { found, readable: true, bytes: read, project: '' };
    const hash = contentHash(read);
    const entry = cache.get(found.path, hash, settings);
    return {
      found,
      readable: true,
      bytes: read,
      hash,
      stamp,
      entry,
      project: entry?.project ?? '',
      cached: entry !== undefined,
    };
  });
}

/**
 * The slots, each with its bytes, to audit again: those the cache vouched for by
 * stamp are read now. One that can no longer be read is reported as such and left
 * out; one whose bytes are not what the cache had is hashed anew.
 */
function withBytes(slots: readonly Slot[], limits: LoadLimits, setups: RunSetups): Slot[] {
  return slots.filter((slot) => {
    if (slot.bytes) return true;
    const read = readProcessBytes(slot.found.absolutePath, slot.found.path, limits);
    if (!(read instanceof Uint8Array)) {
      Object.assign(slot, {
        readable: false,
        hash: undefined,
        stamp: undefined,
        cached: false,
        outcome: auditFile(read, setups.of(slot.found.path), setups.today),
      });
      return false;
    }
    slot.bytes = read;
    const hash = contentHash(read);
    if (hash !== slot.hash) Object.assign(slot, { hash, stamp: undefined });
    return true;
  });
}

interface Pass {
  /** What the project rules found in each file; on the first pass, each file's own (`ownProjectFindings`). */
  readonly project?: ReadonlyMap<string, ProjectFindings>;
  readonly onProgress?: (files: number) => void;
}

/** Loads and audits files. */
async function auditSlots(slots: readonly Slot[], options: RunOptions, { project, onProgress }: Pass): Promise<void> {
  if (slots.length === 0) return;
  const tasks = slots.map((slot): FileTask => {
    const setup = options.setups.indexOf(slot.found.path);
    return {
      path: slot.found.path,
      bytes: slot.bytes!,
      setup,
      ...(project && { project: project.get(slot.found.path) ?? [] }),
    };
  });
  const outcomes = await runTasks(tasks, options.setups.list, {
    threads: threadsFor(tasks, options.jobs),
    onProgress,
  });
  slots.forEach((slot, index) => {
    slot.outcome = outcomes[index]!.outcome;
    slot.project = outcomes[index]!.project;
    slot.cached = false;
  });
}

function threadsFor(tasks: readonly FileTask[], jobs: number | 'auto'): number {
  if (jobs !== 'auto') return jobs;
  const bytes = tasks.reduce((total, task) => total + task.bytes.byteLength, 0);
  return tasks.length > 1 && bytes >= THREAD_THRESHOLD_BYTES ? availableParallelism() : 1;
}

/** The ids of other processes that the project checks' findings for these depend on, under any of the run's settings. */
function referencedIds(processes: readonly ProcessIdentity[], setups: RunSetups): Set<string> {
  const checks = setups.list.flatMap(projectChecks);
  return new Set(
    processes.flatMap((process) => checks.flatMap(({ check, options }) => check.references?.(process, options) ?? [])),
  );
}

/** Those of the files that could hold a process with one of the ids, loaded in full (see ./shard.ts). */
function loadCandidates(
  files: readonly FoundFile[],
  ids: ReadonlySet<string>,
  { limits, setups }: RunOptions,
): Map<string, LoadedFile> {
  const candidates = new Map<string, LoadedFile>();
  if (ids.size === 0) return candidates;
  for (const found of files) {
    const read = readProcessBytes(found.absolutePath, found.path, limits);
    if (read instanceof Uint8Array && mayHoldId(read, ids))
      candidates.set(found.path, loadProcessBytes(found.path, read, setups.of(found.path).registry.ids));
  }
  return candidates;
}

/**
 * What the project rules find for each file of this run, with every process they need to see, in file order:
 * they see every file under each setup of the run, and each file takes the findings of its own.
 */
function projectFindingsByFile(
  all: readonly FoundFile[],
  slots: readonly Slot[],
  foreign: ReadonlyMap<string, LoadedFile>,
  setups: RunSetups,
  lookup: readonly ProcessIdentity[],
): { byFile: Map<string, ProjectFindings>; crashes: readonly RuleCrash[] } {
  const outcomes = new Map(slots.map((slot) => [slot.found.path, slot.outcome!]));
  const seen = all.filter((file) => outcomes.has(file.path) || foreign.has(file.path));
  const identities = seen.map(
    (file): readonly (ProcessIdentity | null)[] =>
      outcomes.get(file.path)?.documents ?? identify(foreign.get(file.path)!),
  );
  const { findings, crashes } = findProjectFindingsEach(identities, (index) => setups.of(seen[index]!.path), lookup);
  return { byFile: new Map(seen.map((file, index) => [file.path, findings[index]!])), crashes };
}

function cacheEntry(slot: Slot, cache: OutcomeCache, setups: RunSetups): CacheEntry {
  const settings = setups.fingerprintOf(slot.found.path);
  const previous = cache.get(slot.found.path, slot.hash!, settings);
  if (previous && previous.outcome === slot.outcome && previous.stamp === slot.stamp) return previous;
  return {
    hash: slot.hash!,
    ...(slot.stamp === undefined ? {} : { stamp: slot.stamp }),
    project: slot.project,
    settings,
    outcome: slot.outcome!,
  };
}
