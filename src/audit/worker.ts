/** A worker thread of the audit (started by ./pool.ts): loads and audits each batch of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { BUILT_IN_RULES } from '../rules/index.js';
import { answer, type AuditSetup, type WorkerRequest, type WorkerSetup } from './pool.js';

// Sent only where the audit runs gapcheck's own rules (pool.ts, `threadsFor`).
const setup: AuditSetup = { ...(workerData as WorkerSetup), registry: BUILT_IN_RULES };
parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request, setup)));
