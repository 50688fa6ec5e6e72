/**
 * Loading and auditing files, on this thread or spread over worker threads. Each
 * task carries a file's bytes and goes out in small batches to whichever thread
 * is free; outcomes come back as plain data and are put back in task order, so
 * the report never depends on how many threads ran or which finished first.
 */
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { reloadPlugin, withPlugins, type PluginSource } from '../config/plugins.js';
import { loadProcessBytes } from '../load/load-file.js';
import { RUNNING_FROM_SOURCES } from '../package-files.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import { withPolicies } from '../rules/policy/index.js';
import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { auditFile, ownProjectFindings, type AuditSettings, type FileOutcome, type ProjectFindings } from './audit.js';

export interface FileTask {
  /** As reports name the file. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** What the project rules found for the file's processes; when not known yet, what they find in the file alone. */
  readonly project?: ProjectFindings;
  /** Which of the run's setups the file is audited with: its config's (`RunSetups`). */
  readonly setup: number;
}

/** What every thread needs to audit a file. */
export interface AuditSetup extends AuditSettings {
  readonly today: string;
  /** The config's policies, which `registry` holds made rules: plain data, from which a worker makes them rules again. */
  readonly policies?: readonly PolicySource[];
  /** The config's plugins, whose rules `registry` holds: where a worker imports them from again. */
  readonly plugins?: readonly PluginSource[];
}

/** What a worker is sent of each setup: plain data. It runs gapcheck's own rules, the plugins' and the policies (`workerRegistry`). */
export type WorkerSetup = Omit<AuditSetup, 'registry'>;

/** The rules a worker thread runs: gapcheck's own, then the plugins' it was sent, then the policies, as the config orders them. */
export async function workerRegistry(setup: WorkerSetup): Promise<RuleRegistry> {
  const plugins = await Promise.all((setup.plugins ?? []).map(reloadPlugin));
  return withPolicies(withPlugins(BUILT_IN_RULES, plugins), setup.policies ?? []);
}

/** A file's outcome, and the project findings it was audited with, as `projectKey` gives them. */
export interface TaskOutcome {
  readonly outcome: FileOutcome;
  readonly project: string;
}

export function runTask(task: FileTask, setups: readonly AuditSetup[]): TaskOutcome {
  const setup = setups[task.setup]!;
  let findings = task.project;
  const outcome = auditFile(
    loadProcessBytes(task.path, task.bytes, setup.registry.ids),
    setup,
    setup.today,
    findings ?? ((documents) => (findings = ownProjectFindings(setup)(documents))),
  );
  return { outcome, project: projectKey(findings) };
}

/** Project findings as a string to compare and keep: empty for none. */
export function projectKey(findings: ProjectFindings | undefined): string {
  return findings === undefined || findings.every((list) => list.length === 0) ? '' : JSON.stringify(findings);
}

export interface WorkerRequest {
  readonly tasks: readonly FileTask[];
}

export type WorkerReply =
  | { readonly outcomes: readonly TaskOutcome[] }
  | { readonly failure: { readonly message: string; readonly stack?: string } };

/** Runs a worker's batch, turning a throw (never a rule's: `auditFile` keeps those as data) into a reply the main thread re-throws. */
export function answer(request: WorkerRequest, setups: readonly AuditSetup[]): WorkerReply {
  try {
    return { outcomes: request.tasks.map((task) => runTask(task, setups)) };
  } catch (error) {
    return { failure: { message: describe(error), stack: error instanceof Error ? error.stack : undefined } };
  }
}

export interface PoolOptions {
  readonly threads: number;
  /** Called with the number of files just finished. */
  readonly onProgress?: (files: number) => void;
}

/** Files per batch: large enough that messaging costs little, small enough that threads finish together. */
const BATCH_FILES = 32;
const BATCH_BYTES = 512 * 1024;

/**
 * With N threads, this thread audits batches too, beside N - 1 workers: one thread
 * fewer to start (each loads the modules and compiles the schema anew). Each worker
 * has two batches in flight, so it never waits while this thread is busy.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  setups: readonly AuditSetup[],
  options: PoolOptions,
): Promise<TaskOutcome[]> {
  const batches = intoBatches(tasks);
  const outcomes: TaskOutcome[][] = new Array(batches.length);
  let next = 0;
  const take = (): number | undefined => (next < batches.length ? next++ : undefined);
  const done = (index: number, batchOutcomes: TaskOutcome[]): void => {
    outcomes[index] = batchOutcomes;
    options.onProgress?.(batches[index]!.length);
  };
  const here = async (): Promise<void> => {
    for (let index = take(); index !== undefined; index = take()) {
      done(
        index,
        batches[index]!.map((task) => runTask(task, setups)),
      );
      await setImmediate(); // lets workers' replies and a progress bar through
    }
  };
  const lanes = Array.from(
    { length: Math.min(await threadsFor(setups, options.threads), batches.length) - 1 },
    () => new Lane(startWorker(setups)),
  );
  const drain = async (lane: Lane): Promise<void> => {
    for (let index = take(); index !== undefined; index = take())
      done(index, settle(await lane.ask({ tasks: batches[index]! })));
  };
  try {
    await Promise.all([...lanes.flatMap((lane) => [drain(lane), drain(lane)]), here()]);
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
  return outcomes.flat();
}

function intoBatches(tasks: readonly FileTask[]): FileTask[][] {
  const batches: FileTask[][] = [];
  let batch: FileTask[] = [];
  let bytes = 0;
  for (const task of tasks) {
    batch.push(task);
    bytes += task.bytes.byteLength;
    if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * A worker thread runs gapcheck's own rules, the plugins' and the policies, made rules again from each setup
 * (./worker.ts): other rules cannot be sent to it as data, so a run with a registry of them audits on this thread
 * alone. Only with more than one thread are the plugins imported for it (again: Node keeps the modules it imported).
 */
async function threadsFor(setups: readonly AuditSetup[], threads: number): Promise<number> {
  if (threads <= 1) return 1;
  const rebuilt = await Promise.all(setups.map(workerRegistry));
  return setups.every((setup, index) => rebuilt[index]!.identity === setup.registry.identity) ? threads : 1;
}

/**
 * Built, the worker is `worker.js` beside this code (in dist/audit/, or the start-up bundle's in dist/bundle/);
 * under the test runner the sources are `.ts`, so the thread first registers tsx to load them.
 */
function startWorker(setups: readonly AuditSetup[]): Worker {
  const workerData: WorkerSetup[] = setups.map(({ registry: _registry, ...setup }) => setup);
  if (!RUNNING_FROM_SOURCES) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, {
    eval: true,
    workerData,
  });
}

/** A worker and the requests it has not answered yet: it answers in the order it was asked. */
class Lane {
  private readonly pending: { resolve(reply: WorkerReply): void; reject(error: Error): void }[] = [];

  constructor(readonly worker: Worker) {
    const failAll = (error: Error): void => {
      for (const request of this.pending.splice(0)) request.reject(error);
    };
    worker.on('message', (reply: WorkerReply) => this.pending.shift()?.resolve(reply));
    worker.on('error', failAll);
    worker.on('exit', (code: number) => failAll(new Error(`a worker thread stopped unexpectedly (exit code ${code})`)));
  }

  ask(request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(request);
    });
  }
}

function settle(reply: WorkerReply): TaskOutcome[] {
  if ('outcomes' in reply) return [...reply.outcomes];
  // The worker's stack goes with the error, so it shows where GAPCHECK_DEBUG asks for stacks, and only there.
  const failure = new Error(`a worker thread failed: ${reply.failure.message}`);
  if (reply.failure.stack) failure.stack = reply.failure.stack;
  throw failure;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
