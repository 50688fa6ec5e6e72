/**
 * Heaviest paths over the condensation of a graph (its strongly connected
 * components). Knows nothing of processes. Iterative and linear in nodes + edges.
 */
import { type Components, type Digraph, type Reach } from './graph.js';
import { StepPath } from './step-path.js';
export interface HeaviestPaths {
    /** Nodes reached from the origin, in breadth-first order. */
    readonly reached: readonly number[];
    /** The weight of the heaviest path from the origin to `node`, or undefined when it is not reached. */
    weightTo(node: number): number | undefined;
    /** A heaviest path from the origin to `node`, both included. */
    pathTo(node: number): number[];
}
/**
 * The heaviest path from `origin` to each node it reaches, where edges between
 * components weigh `edgeWeight(edge, from, to)` (at least 0) and edges inside a component
 * weigh nothing: every node of a component can reach every other one for free,
 * so all of them weigh the same. A caller for whom a weighted edge inside a
 * component matters (an unbounded weight) must look for one itself.
 * `reach` is the search from the origin, when the caller already has it.
 */
export declare function heaviestPaths(graph: Digraph, components: Components, origin: number, edgeWeight: EdgeWeight, reach?: Reach): HeaviestPaths;
/** What an edge weighs: at least 0. */
export type EdgeWeight = (edge: number, from: number, to: number) => number;
/** A heaviest path from an origin to a target, and its weight. */
export interface WeightedPath {
    readonly path: StepPath;
    readonly weight: number;
}
/**
 * For many origins, the path `heaviestPaths` gives to the first target in breadth-first order
 * among the heaviest ones, and its weight. Thousands of intakes into one shared flow would each
 * pass over all of it; instead, an origin that *funnels* into a step J (a search from it that
 * stops at steps with several predecessors meets J alone, and J reaches none of the steps before
 * it) is weighed over its own few steps, and J's answer, worked out once, does for the rest:
 * - behind J the origin's weights are J's plus its weight to J, and a breadth-first search from the
 *   origin meets the steps there in the order one from J does (they are reached only through J),
 *   so every tie is broken as J's own pass breaks it and the path behind J is J's;
 * - a target before J and one behind it, as heavy and met at the same depth, are ordered by a whole pass.
 * Any other origin gets a whole pass, as before.
 */
export declare class HeaviestTarget {
    private readonly graph;
    private readonly components;
    private readonly isTarget;
    private readonly edgeWeight;
    private readonly atFunnel;
    /** Reused by the passes over the steps before a funnel, each clearing what it set. */
    private readonly entries;
    private readonly parent;
    constructor(graph: Digraph, components: Components, isTarget: (node: number) => boolean, edgeWeight: EdgeWeight);
    from(origin: number): WeightedPath | undefined;
    private throughFunnel;
    private answerAt;
    /** `heaviestPaths` from the origin over all it reaches, and its first heaviest target. */
    private wholePass;
}
/** The shortest path from `from` to `to` that never leaves their strongly connected component. */
export declare function pathWithinComponent(graph: Digraph, components: Components, from: number, to: number): number[];
