/**
 * Graph algorithms on a directed graph of numbered nodes. Knows nothing of
 * processes or customers. Every algorithm is iterative (no recursion, so a
 * 100,000-node chain cannot overflow the stack) and linear in nodes + edges.
 * Searches and worst cases must cost what they visit, not the graph's size:
 * rules start one from each promise or escalation, so a large process would
 * otherwise cost its size times the number of promises. Searches mark visited
 * nodes in the graph's `VisitMarks` (cleared in O(1)); the rest of the
 * bookkeeping is kept in arrays or maps of the nodes visited.
 *
 * The adjacency arrays are the model's own: rules read the graph through
 * `ProcessGraph`'s queries (tests/architecture/graph-api.test.ts).
 */
/**
 * Visited marks shared by every search over one graph: starting a visit clears
 * them all at once by moving to a new generation. Visits over one graph cannot
 * nest: a search's callbacks must not start another search over it.
 */
export declare class VisitMarks {
    private readonly generationOf;
    private generation;
    private visiting;
    constructor(size: number);
    /** Starts a visit: no node is marked. */
    startVisit(): this;
    has(node: number): boolean;
    add(node: number): void;
    endVisit(): void;
}
export declare class Digraph {
    /** Edges of node n are edge ids `edgeStart[n]` up to (not including) `edgeStart[n + 1]`. */
    readonly edgeStart: Int32Array;
    readonly edgeTarget: Int32Array;
    /** Reverse adjacency: predecessors of n are `predSource[predStart[n] .. predStart[n + 1])`. */
    readonly predStart: Int32Array;
    readonly predSource: Int32Array;
    /** For each entry of `predSource`, the id of the forward edge it mirrors. */
    readonly predEdge: Int32Array;
    readonly marks: VisitMarks;
    constructor(successors: readonly (readonly number[])[]);
    get size(): number;
    outDegree(node: number): number;
}
export interface SearchOptions {
    /** Nodes removed from the graph: never visited (the origin is never blocked). */
    readonly blocked?: (node: number) => boolean;
    /** Nodes visited but not walked past (the origin is always walked past). */
    readonly stopAt?: (node: number) => boolean;
}
/** The result of a breadth-first search: what was reached, and the shortest way there. */
export declare class Reach {
    private readonly graphSize;
    /** Visited nodes in breadth-first order; the origins come first. */
    readonly order: readonly number[];
    /** For each entry of `order`, the position in `order` of the node it was first reached from; NO_PARENT for origins. */
    private readonly parentAt;
    private positionOf?;
    constructor(graphSize: number, 
    /** Visited nodes in breadth-first order; the origins come first. */
    order: readonly number[], 
    /** For each entry of `order`, the position in `order` of the node it was first reached from; NO_PARENT for origins. */
    parentAt: readonly number[]);
    has(node: number): boolean;
    /** The shortest path from an origin to `node`, both included. */
    pathTo(node: number): number[];
    /** The nearest reached node that satisfies `test`, if any. */
    first(test: (node: number) => boolean): number | undefined;
    /**
     * Where `node` stands in `order`, or NOT_REACHED. The index is built on first use and costs what the
     * search visited: an array as large as the graph only when it visited a good part of it.
     */
    private position;
}
/** Breadth-first search from `origins`, which are visited and walked past whatever the options say. */
export declare function search(graph: Digraph, origins: readonly number[], options?: SearchOptions): Reach;
/** Where an origin's search funnels: the steps before the funnel (the funnel among them, last reached), and the funnel. */
export interface Funnel {
    readonly before: Reach;
    readonly step: number;
}
/**
 * The step J an origin *funnels* into, if any: a search from the origin that stops at nodes with
 * several predecessors meets J alone, and J reaches none of the nodes before it. Every node the
 * origin reaches beyond those is then reached only through J, so a breadth-first search from the
 * origin meets them in the order one from J does, each at its depth from J plus J's from the origin.
 * Thousands of intakes into one shared flow each funnel into its first step.
 */
export declare function funnelOf(graph: Digraph, components: Components, origin: number): Funnel | undefined;
export interface PathOptions {
    /** Nodes the path may not enter (it starts at the origin whatever this says). */
    readonly blocked?: (node: number) => boolean;
    /** Where the path ends; `passed` is always false (`shortestPathPassing` tells it). The origin is one only when a path leads back to it. */
    readonly isTarget: (node: number, passed: false) => boolean;
}
/**
 * The shortest path from `origin` to a target, both included, or undefined when none can be reached:
 * the path `search` would find to the first target it reaches. It stops there, so it costs what it visits.
 */
export declare function shortestPath(graph: Digraph, origin: number, options: PathOptions): number[] | undefined;
export interface PassingPathOptions {
    /** Nodes the path may not enter (it starts at the origin whatever this says). */
    readonly blocked?: (node: number) => boolean;
    /** The nodes whose passing `isTarget` is told of. */
    readonly passes: (node: number) => boolean;
    /** Where the path ends, `passed` telling whether it passed a `passes` node (the origin counts). The origin is one only when a path leads back to it. */
    readonly isTarget: (node: number, passed: boolean) => boolean;
}
/**
 * `shortestPath`, where whether a node is a target depends on whether the path passed a `passes` node.
 * Each node is visited at most twice (before and after passing one), so it costs O(V+E):
 * "an end reached after a response" without enumerating paths.
 */
export declare function shortestPathPassing(graph: Digraph, origin: number, options: PassingPathOptions): number[] | undefined;
/** Nodes from which some `target` can be reached (targets included), walking edges backwards. */
export declare function canReach(graph: Digraph, targets: Iterable<number>, within?: (node: number) => boolean): Uint8Array;
/** `canReach` as the set of nodes found, walking backwards only into `within` nodes: costs what it visits. */
export declare function reaching(graph: Digraph, targets: Iterable<number>, within?: (node: number) => boolean): Set<number>;
export interface Components {
    /** Component number of each node. Components are numbered in reverse topological order: edges go from higher to lower numbers (or stay inside). */
    readonly component: Int32Array;
    readonly count: number;
    readonly componentSize: Int32Array;
    /** True when the node lies on a cycle (its component has several nodes, or it has an edge to itself). */
    inCycle(node: number): boolean;
}
/** Tarjan's strongly connected components, iteratively. */
export declare function stronglyConnectedComponents(graph: Digraph): Components;
/** Worst-case cost from an origin to the first target reached, over every path. */
export type WorstCase = 
/** No target can be reached. */
{
    readonly kind: 'none';
}
/** Every path is costed; `path` is one that costs the most. */
 | {
    readonly kind: 'known';
    readonly cost: number;
    readonly path: number[];
}
/** A node on some path to a target has no cost; `path` leads from the origin to it. */
 | {
    readonly kind: 'unknown';
    readonly node: number;
    readonly path: number[];
}
/** A cycle lies on some path to a target; `path` leads from the origin into it, `cycle` goes round it. */
 | {
    readonly kind: 'unbounded';
    readonly path: number[];
    readonly cycle: number[];
};
export interface WorstCaseOptions {
    /** Where a path ends: targets are reached but not walked past. The origin is never a target. */
    readonly isTarget: (node: number) => boolean;
    /** The cost of leaving a node; undefined when unknown. */
    readonly nodeCost: (node: number) => number | undefined;
    /** The cost of taking an edge. */
    readonly edgeCost: (edge: number) => number;
    /**
     * False for nodes known to reach no target (`mayReachAny`): the search leaves them out, which
     * changes nothing in the result and spares walking all that follows the targets.
     */
    readonly mayReachTarget?: (node: number) => boolean;
}
/**
 * The longest (costliest) path from `origin` to a target, stopping at the first
 * target on each path. Only the part of the graph that lies on some path from
 * the origin to a target matters: a cycle there makes the cost unbounded, a
 * node without cost there makes it unknown.
 */
export declare function worstCase(graph: Digraph, origin: number, options: WorstCaseOptions): WorstCase;
