/** docs/format.md: a rule that fails in several ways at one step reports one gap there, listing each way. */
import type { Finding } from '../types.js';
/** One way a step fails: what to say after the subject (`complaint "x" ...`), and the path that shows it, if a path does. */
export interface Way {
    readonly text: string;
    readonly path?: Finding['path'];
}
/** The one gap at `step`: `subject`, each way, then the fix if any; its witness is the first way's path. */
export declare function gapOfWays(step: string, subject: string, ways: readonly Way[], fix?: string): Finding;
