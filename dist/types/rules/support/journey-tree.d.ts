/**
 * docs/rules/cascade.md: the breadth-first trees journeys start along. A journey to a gap begins with the
 * shortest way from the intake to the gap's step, ties broken as every search of the graph breaks them
 * (src/model/graph.ts: breadth-first order, following `next` in order).
 */
import type { ProcessGraph } from '../../model/process-graph.js';
/** The shortest ways from one root (an intake, or the funnel many intakes share) to the steps it reaches. */
export interface JourneyTree {
    /** The steps whose gaps are weighed from this tree, in breadth-first order; the root first. */
    readonly order: ArrayLike<number>;
    has(step: number): boolean;
    /** The step before `step` on its way from the root; -1 for the root. */
    parentOf(step: number): number;
    depthOf(step: number): number;
    isAncestorOrSelf(ancestor: number, step: number): boolean;
    /** The way from the root to `step`, both included: O(its length). */
    pathTo(step: number): number[];
}
/** The breadth-first tree of everything one step reaches. Its arrays are reused from root to root. */
export declare class BreadthFirstTree implements JourneyTree {
    private readonly graph;
    order: Int32Array;
    private readonly queue;
    private readonly parent;
    private readonly depth;
    private readonly reached;
    private enter;
    private exit;
    private readonly position;
    private generation;
    constructor(graph: ProcessGraph);
    grow(root: number): this;
    has(step: number): boolean;
    parentOf(step: number): number;
    depthOf(step: number): number;
    isAncestorOrSelf(ancestor: number, step: number): boolean;
    pathTo(step: number): number[];
}
/**
 * The breadth-first tree of an intake that funnels into a step J (`ProcessGraph.funnelOf`): its own
 * few steps before J, then J's tree, grown once for every intake that funnels into J. Behind J, an
 * intake's shortest ways are its way to J followed by J's, met in the order J's tree meets them, so
 * only the steps before J are the intake's own (`order`).
 */
export declare class FunnelTree implements JourneyTree {
    readonly funnel: number;
    readonly behind: BreadthFirstTree;
    readonly order: number[];
    private readonly parent;
    private readonly depth;
    constructor(graph: ProcessGraph, intake: number, funnel: number, behind: BreadthFirstTree);
    /** A step before the funnel, the funnel not included. */
    isBefore(step: number): boolean;
    has(step: number): boolean;
    parentOf(step: number): number;
    depthOf(step: number): number;
    isAncestorOrSelf(ancestor: number, step: number): boolean;
    pathTo(step: number): number[];
}
/**
 * Depth-first entry and exit numbers of a tree given by parents (node 0 the root; its own entry
 * is not read), iteratively: `a` is an ancestor of `b`, or `b` itself, when a's numbers enclose b's.
 */
export declare function numberTree(parentOf: Int32Array): {
    enter: Int32Array;
    exit: Int32Array;
};
