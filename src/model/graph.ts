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

/** Generations are kept in an Int32Array: at the largest one, every mark is cleared for real. */
const LAST_GENERATION = 0x7fffffff;
/** The parent position of a search's origins, which were reached from nothing. */
const NO_PARENT = -1;
/** A search's index of positions is an array as large as the graph once it visited this share of it, a map before. */
const DENSE_INDEX_SHARE = 1 / 4;
/** The position of a node a search did not reach. */
const NOT_REACHED = -1;

/**
 * Visited marks shared by every search over one graph: starting a visit clears
 * them all at once by moving to a new generation. Visits over one graph cannot
 * nest: a search's callbacks must not start another search over it.
 */
export class VisitMarks {
  private readonly generationOf: Int32Array;
  private generation = 0;
  private visiting = false;

  constructor(size: number) {
    this.generationOf = new Int32Array(size);
  }

  /** Starts a visit: no node is marked. */
  startVisit(): this {
    if (this.visiting) throw new Error('a search over this graph was started while another was running');
    this.visiting = true;
    if (++this.generation === LAST_GENERATION) {
      this.generationOf.fill(0);
      this.generation = 1;
    }
    return this;
  }

  has(node: number): boolean {
    return this.generationOf[node] === this.generation;
  }

  add(node: number): void {
    this.generationOf[node] = this.generation;
  }

  endVisit(): void {
    this.visiting = false;
  }
}

export class Digraph {
  /** Edges of node n are edge ids `edgeStart[n]` up to (not including) `edgeStart[n + 1]`. */
  readonly edgeStart: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Reverse adjacency: predecessors of n are `predSource[predStart[n] .. predStart[n + 1])`. */
  readonly predStart: Int32Array;
  readonly predSource: Int32Array;
  /** For each entry of `predSource`, the id of the forward edge it mirrors. */
  readonly predEdge: Int32Array;
  readonly marks: VisitMarks;

  constructor(successors: readonly (readonly number[])[]) {
    const size = successors.length;
    this.marks = new VisitMarks(size);
    this.edgeStart = new Int32Array(size + 1);
    let edgeCount = 0;
    for (let n = 0; n < size; n++) {
      this.edgeStart[n] = edgeCount;
      edgeCount += successors[n]!.length;
    }
    this.edgeStart[size] = edgeCount;
    this.edgeTarget = new Int32Array(edgeCount);
    const indegree = new Int32Array(size + 1);
    let e = 0;
    for (const targets of successors) {
      for (const target of targets) {
        this.edgeTarget[e++] = target;
        indegree[target + 1]!++;
      }
    }
    for (let n = 0; n < size; n++) indegree[n + 1]! += indegree[n]!;
    this.predStart = indegree;
    this.predSource = new Int32Array(edgeCount);
    this.predEdge = new Int32Array(edgeCount);
    const fill = this.predStart.slice(0, size);
    for (let n = 0; n < size; n++) {
      for (let edge = this.edgeStart[n]!; edge < this.edgeStart[n + 1]!; edge++) {
        const slot = fill[this.edgeTarget[edge]!]!++;
        this.predSource[slot] = n;
        this.predEdge[slot] = edge;
      }
    }
  }

  get size(): number {
    return this.edgeStart.length - 1;
  }

  outDegree(node: number): number {
    return this.edgeStart[node + 1]! - this.edgeStart[node]!;
  }
}

export interface SearchOptions {
  /** Nodes removed from the graph: never visited (the origin is never blocked). */
  readonly blocked?: (node: number) => boolean;
  /** Nodes visited but not walked past (the origin is always walked past). */
  readonly stopAt?: (node: number) => boolean;
}

/** The result of a breadth-first search: what was reached, and the shortest way there. */
export class Reach {
  private positionOf?: (node: number) => number;

  constructor(
    private readonly graphSize: number,
    /** Visited nodes in breadth-first order; the origins come first. */
    readonly order: readonly number[],
    /** For each entry of `order`, the position in `order` of the node it was first reached from; NO_PARENT for origins. */
    private readonly parentAt: readonly number[],
  ) {}

  has(node: number): boolean {
    return this.position(node) !== NOT_REACHED;
  }

  /** The shortest path from an origin to `node`, both included. */
  pathTo(node: number): number[] {
    const at = this.position(node);
    if (at === NOT_REACHED) throw new Error(`node ${node} was not reached`);
    return pathBack(this.order, this.parentAt, at);
  }

  /** The nearest reached node that satisfies `test`, if any. */
  first(test: (node: number) => boolean): number | undefined {
    return this.order.find(test);
  }

  /**
   * Where `node` stands in `order`, or NOT_REACHED. The index is built on first use and costs what the
   * search visited: an array as large as the graph only when it visited a good part of it.
   */
  private position(node: number): number {
    if (this.positionOf === undefined) {
      if (this.order.length >= this.graphSize * DENSE_INDEX_SHARE) {
        const dense = new Int32Array(this.graphSize).fill(NOT_REACHED);
        this.order.forEach((visited, at) => (dense[visited] = at));
        this.positionOf = (n) => dense[n]!;
      } else {
        const sparse = new Map(this.order.map((visited, at) => [visited, at]));
        this.positionOf = (n) => sparse.get(n) ?? NOT_REACHED;
      }
    }
    return this.positionOf(node);
  }
}

/** Breadth-first search from `origins`, which are visited and walked past whatever the options say. */
export function search(graph: Digraph, origins: readonly number[], options: SearchOptions = {}): Reach {
  const { blocked, stopAt } = options;
  const visited = graph.marks.startVisit();
  const order: number[] = [];
  const parentAt: number[] = [];
  try {
    for (const origin of origins) {
      if (visited.has(origin)) continue;
      visited.add(origin);
      order.push(origin);
      parentAt.push(NO_PARENT);
    }
    const originCount = order.length;
    for (let head = 0; head < order.length; head++) {
      const node = order[head]!;
      if (head >= originCount && stopAt?.(node)) continue;
      for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
        const next = graph.edgeTarget[edge]!;
        if (visited.has(next) || blocked?.(next)) continue;
        visited.add(next);
        order.push(next);
        parentAt.push(head);
      }
    }
  } finally {
    visited.endVisit();
  }
  return new Reach(graph.size, order, parentAt);
}

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
export function funnelOf(graph: Digraph, components: Components, origin: number): Funnel | undefined {
  const severalPredecessors = (node: number): boolean => graph.predStart[node + 1]! - graph.predStart[node]! > 1;
  const before = search(graph, [origin], { stopAt: severalPredecessors });
  const joins = before.order.filter((node, at) => at > 0 && severalPredecessors(node));
  if (joins.length !== 1) return undefined;
  const step = joins[0]!;
  const { component } = components;
  // Components are numbered in reverse topological order: a node numbered above J's is not reachable from J.
  return before.order.every((node) => node === step || component[node]! > component[step]!)
    ? { before, step }
    : undefined;
}

/** The nodes on the way from an origin to `order[at]`, both included. */
function pathBack(order: readonly number[], parentAt: readonly number[], at: number): number[] {
  const path: number[] = [];
  for (; at !== NO_PARENT; at = parentAt[at]!) path.push(order[at]!);
  return path.reverse();
}

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
export function shortestPath(graph: Digraph, origin: number, options: PathOptions): number[] | undefined {
  const { blocked, isTarget } = options;
  const backToOrigin = isTarget(origin, false) && !blocked?.(origin);
  const visited = graph.marks.startVisit();
  const order = [origin];
  const parentAt = [NO_PARENT];
  try {
    visited.add(origin);
    for (let head = 0; head < order.length; head++) {
      const node = order[head]!;
      for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
        const next = graph.edgeTarget[edge]!;
        if (next === origin && backToOrigin) return [...pathBack(order, parentAt, head), origin];
        if (visited.has(next) || blocked?.(next)) continue;
        visited.add(next);
        order.push(next);
        parentAt.push(head);
        if (isTarget(next, false)) return pathBack(order, parentAt, order.length - 1);
      }
    }
    return undefined;
  } finally {
    visited.endVisit();
  }
}

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
export function shortestPathPassing(graph: Digraph, origin: number, options: PassingPathOptions): number[] | undefined {
  const { blocked, passes, isTarget } = options;
  const stateOf = (node: number, passed: boolean): number => node * 2 + (passed ? 1 : 0);
  const originPassed = passes(origin);
  const originState = stateOf(origin, originPassed);
  const originIsTarget = isTarget(origin, originPassed);
  const order = [originState];
  const parentAt = [NO_PARENT];
  const seen = new Set(order);
  const nodesBack = (at: number): number[] => pathBack(order, parentAt, at).map((state) => state >> 1);
  for (let head = 0; head < order.length; head++) {
    const state = order[head]!;
    const [node, passed] = [state >> 1, (state & 1) === 1];
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      if (blocked?.(next)) continue;
      const nextPassed = passed || passes(next);
      const nextState = stateOf(next, nextPassed);
      if (nextState === originState && originIsTarget) return [...nodesBack(head), origin];
      if (seen.has(nextState)) continue;
      seen.add(nextState);
      order.push(nextState);
      parentAt.push(head);
      if (isTarget(next, nextPassed)) return nodesBack(order.length - 1);
    }
  }
  return undefined;
}

/** Nodes from which some `target` can be reached (targets included), walking edges backwards. */
export function canReach(graph: Digraph, targets: Iterable<number>, within?: (node: number) => boolean): Uint8Array {
  const marked = new Uint8Array(graph.size);
  for (const node of reaching(graph, targets, within)) marked[node] = 1;
  return marked;
}

/** `canReach` as the set of nodes found, walking backwards only into `within` nodes: costs what it visits. */
export function reaching(graph: Digraph, targets: Iterable<number>, within?: (node: number) => boolean): Set<number> {
  const found = new Set<number>(targets);
  const queue = [...found];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let slot = graph.predStart[node]!; slot < graph.predStart[node + 1]!; slot++) {
      const previous = graph.predSource[slot]!;
      if (found.has(previous) || (within && !within(previous))) continue;
      found.add(previous);
      queue.push(previous);
    }
  }
  return found;
}

export interface Components {
  /** Component number of each node. Components are numbered in reverse topological order: edges go from higher to lower numbers (or stay inside). */
  readonly component: Int32Array;
  readonly count: number;
  readonly componentSize: Int32Array;
  /** True when the node lies on a cycle (its component has several nodes, or it has an edge to itself). */
  inCycle(node: number): boolean;
}

/** Tarjan's strongly connected components, iteratively. */
export function stronglyConnectedComponents(graph: Digraph): Components {
  const size = graph.size;
  const index = new Int32Array(size).fill(-1);
  const lowLink = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const component = new Int32Array(size).fill(-1);
  const nextEdge = new Int32Array(size);
  const stack: number[] = [];
  const callStack: number[] = [];
  const sizes: number[] = [];
  let counter = 0;

  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const node = callStack[callStack.length - 1]!;
      if (index[node] === -1) {
        index[node] = lowLink[node] = counter++;
        nextEdge[node] = graph.edgeStart[node]!;
        stack.push(node);
        onStack[node] = 1;
      }
      if (nextEdge[node]! < graph.edgeStart[node + 1]!) {
        const next = graph.edgeTarget[nextEdge[node]!++]!;
        if (index[next] === -1) callStack.push(next);
        else if (onStack[next]) lowLink[node] = Math.min(lowLink[node]!, index[next]!);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) lowLink[parent] = Math.min(lowLink[parent]!, lowLink[node]!);
      if (lowLink[node] === index[node]) {
        let member: number;
        let members = 0;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = sizes.length;
          members++;
        } while (member !== node);
        sizes.push(members);
      }
    }
  }

  const componentSize = Int32Array.from(sizes);
  const selfLoop = new Uint8Array(size);
  for (let node = 0; node < size; node++) {
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      if (graph.edgeTarget[edge] === node) selfLoop[node] = 1;
    }
  }
  return {
    component,
    count: sizes.length,
    componentSize,
    inCycle: (node) => componentSize[component[node]!]! > 1 || selfLoop[node] === 1,
  };
}

/** Worst-case cost from an origin to the first target reached, over every path. */
export type WorstCase =
  /** No target can be reached. */
  | { readonly kind: 'none' }
  /** Every path is costed; `path` is one that costs the most. */
  | { readonly kind: 'known'; readonly cost: number; readonly path: number[] }
  /** A node on some path to a target has no cost; `path` leads from the origin to it. */
  | { readonly kind: 'unknown'; readonly node: number; readonly path: number[] }
  /** A cycle lies on some path to a target; `path` leads from the origin into it, `cycle` goes round it. */
  | { readonly kind: 'unbounded'; readonly path: number[]; readonly cycle: number[] };

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
export function worstCase(graph: Digraph, origin: number, options: WorstCaseOptions): WorstCase {
  const isTarget = (node: number): boolean => node !== origin && options.isTarget(node);
  const { mayReachTarget } = options;
  const reach = search(graph, [origin], {
    stopAt: isTarget,
    blocked: mayReachTarget && ((node) => !mayReachTarget(node)),
  });
  const targets = reach.order.filter(isTarget);
  if (targets.length === 0) return { kind: 'none' };

  const relevant = reaching(graph, targets, (node) => reach.has(node) && !isTarget(node));
  const walksOn = (node: number): boolean => relevant.has(node) && !isTarget(node);
  const topological = topologicalOrder(graph, reach.order, relevant, walksOn);
  if (topological.length < relevant.size) {
    const cycle = findCycle(graph, reach.order, relevant, walksOn, topological);
    return { kind: 'unbounded', path: reach.pathTo(cycle[0]!), cycle };
  }
  const unknown = reach.order.find((node) => walksOn(node) && options.nodeCost(node) === undefined);
  if (unknown !== undefined) return { kind: 'unknown', node: unknown, path: reach.pathTo(unknown) };

  const cost = new Map<number, number>([[origin, 0]]);
  const via = new Map<number, number>([[origin, -1]]);
  const costOf = (node: number): number => cost.get(node) ?? -Infinity;
  for (const node of topological) {
    if (!walksOn(node) || !cost.has(node)) continue;
    const leave = options.nodeCost(node)!;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      if (!relevant.has(next)) continue;
      const candidate = costOf(node) + leave + options.edgeCost(edge);
      if (candidate > costOf(next)) {
        cost.set(next, candidate);
        via.set(next, node);
      }
    }
  }
  let worst = targets[0]!;
  for (const target of targets) if (costOf(target) > costOf(worst)) worst = target;
  const path: number[] = [];
  for (let at = worst; at !== -1; at = via.get(at) ?? -1) path.push(at);
  return { kind: 'known', cost: costOf(worst), path: path.reverse() };
}

/** Kahn's algorithm over the marked nodes, following edges only out of nodes that `walksOn`. */
function topologicalOrder(
  graph: Digraph,
  nodes: readonly number[],
  marked: ReadonlySet<number>,
  walksOn: (node: number) => boolean,
): number[] {
  const indegree = new Map<number, number>();
  for (const node of nodes) {
    if (!walksOn(node)) continue;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      if (marked.has(next)) indegree.set(next, (indegree.get(next) ?? 0) + 1);
    }
  }
  const order = nodes.filter((node) => marked.has(node) && !indegree.has(node));
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    if (!walksOn(node)) continue;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      if (!marked.has(next)) continue;
      const left = indegree.get(next)! - 1;
      indegree.set(next, left);
      if (left === 0) order.push(next);
    }
  }
  return order;
}

/** A cycle among the marked nodes that a topological sort could not order. */
function findCycle(
  graph: Digraph,
  nodes: readonly number[],
  marked: ReadonlySet<number>,
  walksOn: (node: number) => boolean,
  ordered: readonly number[],
): number[] {
  const done = new Set(ordered);
  const rank = new Map(nodes.map((node, index) => [node, index]));
  // Every node left over has a left-over predecessor, so walking backwards never stops; the first repeat closes a cycle.
  // Of several predecessors, the one found first by the search is taken: the cycle does not depend on node numbers.
  let at = nodes.find((node) => marked.has(node) && !done.has(node))!;
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    let earliest = -1;
    for (let slot = graph.predStart[at]!; slot < graph.predStart[at + 1]!; slot++) {
      const previous = graph.predSource[slot]!;
      if (!marked.has(previous) || done.has(previous) || !walksOn(previous)) continue;
      if (earliest === -1 || rank.get(previous)! < rank.get(earliest)!) earliest = previous;
    }
    at = earliest;
  }
  return walk.slice(seenAt.get(at)).reverse();
}
