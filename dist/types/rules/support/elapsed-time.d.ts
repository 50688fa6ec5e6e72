/** Elapsed time (docs/format.md, Time), for the rules with a deadline: how long a customer can wait, at worst, and why. */
import type { ProcessGraph } from '../../model/process-graph.js';
import { type Duration } from '../../model/time.js';
import type { Way } from './ways.js';
/**
 * How the worst-case elapsed time from `origin` to the first `isTarget` step breaks `limit`:
 * longer than it, unknown (steps without `takes`) or unbounded (a loop). Undefined when it
 * keeps to the limit, or when no target can be reached. `waitFor` names the target, like "its follow-up".
 * The text names what breaks it (the steps and waits that add up, every step without `takes` on the
 * way, or the loop), never the path: the path is the way's witness.
 */
export declare function lateWay(graph: ProcessGraph, origin: number, isTarget: (step: number) => boolean, limit: Duration, waitFor: string, mayReachTarget?: (step: number) => boolean): Way | undefined;
