/**
 * The first target a breadth-first search meets, and its path, for many origins at the cost
 * of what lies between each origin and the few steps it must avoid, not of all that follows it.
 *
 * `search(graph, [origin], { blocked: b => avoid.includes(b) }).first(isTarget)` and its
 * `pathTo` walk everything after the origin; with thousands of origins on one long flow (every
 * promise before a shared tail) that is origins × graph. A breadth-first search finds the
 * shortest path to a target whose edge positions (each edge's place in its step's `next`)
 * read first in dictionary order: a node's parent is the first node of the previous layer
 * that reaches it, by its first such edge. So the same path is found greedily from distances:
 * from each node, take the first edge to a node one step nearer a target.
 *
 * Distances to the nearest target in the whole graph are worked out once (one backward pass).
 * They hold for an origin wherever nothing it reaches can reach a node it avoids: nodes in a
 * strongly connected component numbered below every avoided node's (components are numbered in
 * reverse topological order). Only the *region* after the origin that may still reach an
 * avoided node is searched anew, and its distances settled from the shared ones at its edge.
 */
import type { Components, Digraph } from './graph.js';
import { StepPath } from './step-path.js';
export declare class NearestTarget {
    private readonly graph;
    private readonly components;
    private readonly isTarget;
    private readonly pieceLength;
    /** Edges from a node to the nearest target, in the whole graph; UNREACHED when none can be reached. */
    private readonly distance;
    /** Distances within the current region (OUTSIDE for nodes not in it); reset after each query. */
    private readonly regionDistance;
    /** The greedy path from a node by shared distances, kept for the nodes pieces start at. */
    private readonly shared;
    constructor(graph: Digraph, components: Components, isTarget: (node: number) => boolean, pieceLength?: number);
    /**
     * The path a breadth-first search from `origin` that never visits `avoid` (the origin excepted)
     * takes to the first target it meets, both ends included; undefined when it meets none.
     */
    pathFrom(origin: number, avoid: readonly number[]): StepPath | undefined;
    /** The nodes reachable from the origin, not avoided, that may still reach an avoided node. */
    private regionAfter;
    /**
     * Distances within the region: a target is 0, an edge out to a free node adds one to the shared
     * distance, and they spread backwards along the region's edges in order of distance (a
     * breadth-first pass whose sources start at different distances).
     */
    private settleRegion;
    /** From the origin, the first edge to a node one nearer a target, until a target or the shared distances. */
    private walk;
    /**
     * The greedy path by shared distances from a node that can reach a target. Paths that meet go on
     * alike, so each is kept as pieces shared from the first piece start it meets on: thousands of
     * promises on one flow hold their own steps and the flow once.
     */
    private sharedPath;
}
/**
 * Whether a node may reach one of `targets`: nodes of a component numbered below all of theirs
 * cannot. A search for those targets may leave the others out and still find the same paths,
 * since none of them is ever a parent on the way to a target.
 */
export declare function mayReachAny(components: Components, targets: Iterable<number>): (node: number) => boolean;
