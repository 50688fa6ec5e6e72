/**
 * Heaviest paths over the condensation of a graph (its strongly connected
 * components). Knows nothing of processes. Iterative and linear in nodes + edges.
 */
import { type Components, type Digraph, type Reach } from './graph.js';
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
export declare function heaviestPaths(graph: Digraph, components: Components, origin: number, edgeWeight: (edge: number, from: number, to: number) => number, reach?: Reach): HeaviestPaths;
/** The shortest path from `from` to `to` that never leaves their strongly connected component. */
export declare function pathWithinComponent(graph: Digraph, components: Components, from: number, to: number): number[];
