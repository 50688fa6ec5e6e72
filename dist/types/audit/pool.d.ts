import { type PluginSource } from '../config/plugins.js';
import type { PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import { type AuditSettings, type FileOutcome, type ProjectFindings } from './audit.js';
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
export declare function workerRegistry(setup: WorkerSetup): Promise<RuleRegistry>;
/** A file's outcome, and the project findings it was audited with, as `projectKey` gives them. */
export interface TaskOutcome {
    readonly outcome: FileOutcome;
    readonly project: string;
}
export declare function runTask(task: FileTask, setups: readonly AuditSetup[]): TaskOutcome;
/** Project findings as a string to compare and keep: empty for none. */
export declare function projectKey(findings: ProjectFindings | undefined): string;
export interface WorkerRequest {
    readonly tasks: readonly FileTask[];
}
export type WorkerReply = {
    readonly outcomes: readonly TaskOutcome[];
} | {
    readonly failure: {
        readonly message: string;
        readonly stack?: string;
    };
};
/** Runs a worker's batch, turning a throw (never a rule's: `auditFile` keeps those as data) into a reply the main thread re-throws. */
export declare function answer(request: WorkerRequest, setups: readonly AuditSetup[]): WorkerReply;
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
export declare function runTasks(tasks: readonly FileTask[], setups: readonly AuditSetup[], options: PoolOptions): Promise<TaskOutcome[]>;
