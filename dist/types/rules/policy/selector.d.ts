/** docs/policies.md, Selectors: a policy's selector as a test of one step of one process. */
import type { ProcessGraph } from '../../model/process-graph.js';
import type { Process } from '../../model/process.js';
import { type ProcessFilter, type Selector } from './policy.js';
/** Whether a step (by its index in the graph) matches. */
export type StepTest = (step: number) => boolean;
/**
 * The selector as a test of the graph's steps, each step's answer kept: a policy's searches ask about
 * the same steps again, and a selector's conditions cost more than a look-up.
 */
export declare function stepTest(selector: Selector, graph: ProcessGraph): StepTest;
/** docs/policies.md, `processes`: a process with any of the tags, ids or owners given; every process when none is. */
export declare function appliesTo(filter: ProcessFilter | undefined, process: Process): boolean;
