/** A worker thread of the audit (started by ./pool.ts): loads and audits each batch of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { answer, workerRegistry, type AuditSetup, type WorkerRequest, type WorkerSetup } from './pool.js';

// Sent only where that registry is the audit's (pool.ts, `threadsFor`).
const sent = workerData as WorkerSetup;
const setup: AuditSetup = { ...sent, registry: await workerRegistry(sent) };
parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request, setup)));
