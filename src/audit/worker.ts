/** A worker thread of the audit (started by ./pool.ts): loads and audits each batch of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { answer, type AuditSetup, type WorkerRequest } from './pool.js';

const setup = workerData as AuditSetup;
parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request, setup)));
