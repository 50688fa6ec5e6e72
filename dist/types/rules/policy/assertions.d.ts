/**
 * docs/policies.md, Assertions: what each of a policy's assertions finds from one `from` step. Each is one
 * search (two for `every-path` with `within`), in O(V+E), as the built-in rules' are: k `from` steps cost O(k·(V+E)).
 */
import type { ProcessGraph } from '../../model/process-graph.js';
import type { Duration } from '../../model/time.js';
import type { Way } from '../support/ways.js';
import type { StepTest } from './selector.js';
/** The ways the assertion fails from `origin`: none when it holds there. */
export type Assertion = (graph: ProcessGraph, origin: number) => Way[];
/** `every-path`: every way from the origin to a `to` step passes a `passes` step, in time when `within` is given. */
export declare function everyPath(to: StepTest, passes: StepTest, within: Duration | undefined): Assertion;
/** `reaches`: a matching step can be reached; the origin itself counts. */
export declare function reaches(target: StepTest): Assertion;
/** `never-reaches`: no `to` step can be reached, unless by passing an `unless-passes` step. */
export declare function neverReaches(to: StepTest, unlessPasses: StepTest | undefined): Assertion;
/** `each-step`: the origin (a step `from` matches, found without a search) matches the selector too. */
export declare function eachStep(selector: StepTest): Assertion;
