import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { type AuditSettings, type FileOutcome, type ProjectFindings } from './audit.js';
export interface FileTask {
    /** As reports name the file. */
    readonly path: string;
    readonly bytes: Uint8Array;
    /** What the project rules found for the file's processes, when known. */
    readonly project?: ProjectFindings;
}
/** What every thread needs to audit a file. */
export interface AuditSetup extends AuditSettings {
    readonly today: string;
    /** The config's policies, which `registry` holds made rules: plain data, from which a worker makes them rules again. */
    readonly policies?: readonly PolicySource[];
}
/** What a worker is sent of the setup: plain data. It runs gapcheck's own rules and the policies (`workerRegistry`). */
export type WorkerSetup = Omit<AuditSetup, 'registry'>;
/** The rules a worker thread runs: gapcheck's own, then the policies it was sent. */
export declare function workerRegistry(setup: WorkerSetup): RuleRegistry;
export declare function runTask(task: FileTask, setup: AuditSetup): FileOutcome;
export interface WorkerRequest {
    readonly tasks: readonly FileTask[];
}
export type WorkerReply = {
    readonly outcomes: readonly FileOutcome[];
} | {
    readonly failure: {
        readonly message: string;
        readonly stack?: string;
    };
};
/** Runs a worker's batch, turning a throw (never a rule's: `auditFile` keeps those as data) into a reply the main thread re-throws. */
export declare function answer(request: WorkerRequest, setup: AuditSetup): WorkerReply;
export interface PoolOptions {
    readonly threads: number;
    /** Called with the number of files just finished. */
    readonly onProgress?: (files: number) => void;
}
/**
 * With N threads, this thread audits batches too, beside N - 1 workers: one thread
 * fewer to start (each loads the modules and compiles the schema anew). Each worker
 * has two batches in flight, so it never waits while this thread is busy.
 */
export declare function runTasks(tasks: readonly FileTask[], setup: AuditSetup, options: PoolOptions): Promise<FileOutcome[]>;
