/**
 * Loading and auditing files, on this thread or spread over worker threads. Each
 * task carries a file's bytes and goes out in small batches to whichever thread
 * is free; outcomes come back as plain data and are put back in task order, so
 * the report never depends on how many threads ran or which finished first.
 */
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { loadProcessBytes } from '../load/load-file.js';
import { RuleCrash, auditFile, type FileOutcome, type ProjectFindings } from './audit.js';

export interface FileTask {
  /** As reports name the file. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** What the project rules found for the file's processes, when known. */
  readonly project?: ProjectFindings;
}

/** What every thread needs to audit a file: plain data, copied to each worker. */
export interface AuditSetup {
  readonly rules: Config['rules'];
  readonly today: string;
}

export function runTask(task: FileTask, setup: AuditSetup): FileOutcome {
  return auditFile(loadProcessBytes(task.path, task.bytes), setup, setup.today, task.project);
}

export interface WorkerRequest {
  readonly tasks: readonly FileTask[];
}

export type WorkerReply =
  | { readonly outcomes: readonly FileOutcome[] }
  | { readonly crash: { readonly rule: string; readonly file: string; readonly message: string } }
  | { readonly failure: { readonly message: string; readonly stack?: string } };

/** Runs a worker's batch, turning a throw into a reply the main thread re-throws. */
export function answer(request: WorkerRequest, setup: AuditSetup): WorkerReply {
  try {
    return { outcomes: request.tasks.map((task) => runTask(task, setup)) };
  } catch (error) {
    if (error instanceof RuleCrash) return { crash: { rule: error.rule, file: error.file, message: describe(error.cause) } };
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

export async function runTasks(tasks: readonly FileTask[], setup: AuditSetup, options: PoolOptions): Promise<FileOutcome[]> {
  const batches = intoBatches(tasks);
  if (options.threads <= 1) {
    const outcomes: FileOutcome[] = [];
    for (const batch of batches) {
      outcomes.push(...batch.map((task) => runTask(task, setup)));
      options.onProgress?.(batch.length);
      await setImmediate(); // lets a progress bar draw
    }
    return outcomes;
  }
  const outcomes: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(options.threads, batches.length) }, () => startWorker(setup));
  const drain = async (worker: Worker): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      const batch = batches[index]!;
      outcomes[index] = settle(await ask(worker, { tasks: batch }));
      options.onProgress?.(batch.length);
    }
  };
  try {
    await Promise.all(workers.map(drain));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
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

/** Compiled, the worker is `worker.js`; under the test runner the sources are `.ts`, so the thread first registers tsx to load them. */
function startWorker(setup: AuditSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, { eval: true, workerData: setup });
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply): void => {
      done();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}

function settle(reply: WorkerReply): FileOutcome[] {
  if ('outcomes' in reply) return [...reply.outcomes];
  if ('crash' in reply) throw new RuleCrash(reply.crash.rule, reply.crash.file, new Error(reply.crash.message));
  // The worker's stack goes with the error, so it shows where GAPCHECK_DEBUG asks for stacks, and only there.
  const failure = new Error(`a worker thread failed: ${reply.failure.message}`);
  if (reply.failure.stack) failure.stack = reply.failure.stack;
  throw failure;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
