/** A worker thread of the audit (started by ./pool.ts): loads and audits each batch of files it is sent, each with its setup. */
import { parentPort, workerData } from 'node:worker_threads';
import { answer, workerRegistry, type AuditSetup, type WorkerRequest, type WorkerSetup } from './pool.js';

// Sent only where each registry is the audit's (pool.ts, `threadsFor`).
const setups: AuditSetup[] = await Promise.all(
  (workerData as WorkerSetup[]).map(async (sent) => ({ ...sent, registry: await workerRegistry(sent) })),
);
parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request, setups)));
