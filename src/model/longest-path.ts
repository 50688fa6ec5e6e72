/**
 * Heaviest paths over the condensation of a graph (its strongly connected
 * components). Knows nothing of processes. Iterative and linear in nodes + edges.
 */
import { funnelOf, search, type Components, type Digraph, type Reach } from './graph.js';
import { StepPath } from './step-path.js';

/** In a search's parents, a node not reached yet (the origin's parent is -1: nothing). */
const NOT_REACHED = -2;
/** Nodes this many times fewer than the components are put in topological order by a sort, not a pass over every component. */
const FEW_NODES_SHARE = 8;

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
export function heaviestPaths(
  graph: Digraph,
  components: Components,
  origin: number,
  edgeWeight: EdgeWeight,
  reach: Reach = search(graph, [origin]),
): HeaviestPaths {
  const { component } = components;
  const entries = new ComponentEntries(components.count);
  weighFrom(graph, components, origin, edgeWeight, reach.order, entries);
  let parent: Int32Array | undefined;
  return {
    reached: reach.order,
    weightTo: (node) => (reach.has(node) ? entries.weight[component[node]!]! : undefined),
    pathTo(node) {
      if (!reach.has(node)) throw new Error(`node ${node} was not reached`);
      parent ??= newParents(graph);
      return pathBack(graph, component, entries, node, parent);
    },
  };
}

/** What an edge weighs: at least 0. */
export type EdgeWeight = (edge: number, from: number, to: number) => number;

/** A heaviest path from an origin to a target, and its weight. */
export interface WeightedPath {
  readonly path: StepPath;
  readonly weight: number;
}

/** A target found, with how far a breadth-first search from the origin meets it (its place in breadth-first order). */
interface TargetFound extends WeightedPath {
  readonly depth: number;
}

/** When the steps before a funnel and those behind it offer targets as heavy and as near: only a whole pass orders them. */
const UNDECIDED = Symbol('undecided');

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
export class HeaviestTarget {
  private readonly atFunnel = new Map<number, TargetFound | undefined>();
  /** Reused by the passes over the steps before a funnel, each clearing what it set. */
  private readonly entries: ComponentEntries;
  private readonly parent: Int32Array;

  constructor(
    private readonly graph: Digraph,
    private readonly components: Components,
    private readonly isTarget: (node: number) => boolean,
    private readonly edgeWeight: EdgeWeight,
  ) {
    this.entries = new ComponentEntries(components.count);
    this.parent = newParents(graph);
  }

  from(origin: number): WeightedPath | undefined {
    const funnel = funnelOf(this.graph, this.components, origin);
    const throughFunnel = funnel === undefined ? UNDECIDED : this.throughFunnel(origin, funnel.before, funnel.step);
    const found = throughFunnel === UNDECIDED ? this.wholePass(origin) : throughFunnel;
    return found && { path: found.path, weight: found.weight };
  }

  private throughFunnel(origin: number, before: Reach, funnel: number): TargetFound | undefined | typeof UNDECIDED {
    const { graph, components, entries } = this;
    weighFrom(graph, components, origin, this.edgeWeight, before.order, entries);
    try {
      const weightOf = (node: number): number => entries.weight[components.component[node]!]!;
      const own = firstHeaviest(
        before.order.filter((node) => node !== funnel && this.isTarget(node)),
        weightOf,
      );
      const behind = this.answerAt(funnel);
      const toFunnel = weightOf(funnel);
      const pathTo = (node: number): number[] => pathBack(graph, components.component, entries, node, this.parent);
      const ownFound = (): TargetFound => ({
        path: StepPath.of(pathTo(own!)),
        weight: weightOf(own!),
        depth: before.pathTo(own!).length - 1,
      });
      if (behind === undefined) return own === undefined ? undefined : ownFound();
      const viaFunnel = (): TargetFound => ({
        path: StepPath.join(pathTo(funnel).slice(0, -1), behind.path),
        weight: toFunnel + behind.weight,
        depth: before.pathTo(funnel).length - 1 + behind.depth,
      });
      if (own === undefined || weightOf(own) < toFunnel + behind.weight) return viaFunnel();
      if (weightOf(own) > toFunnel + behind.weight) return ownFound();
      const [mine, theirs] = [ownFound(), viaFunnel()];
      if (mine.depth === theirs.depth) return UNDECIDED;
      return mine.depth < theirs.depth ? mine : theirs;
    } finally {
      entries.clear();
    }
  }

  private answerAt(funnel: number): TargetFound | undefined {
    if (!this.atFunnel.has(funnel)) this.atFunnel.set(funnel, this.wholePass(funnel));
    return this.atFunnel.get(funnel);
  }

  /** `heaviestPaths` from the origin over all it reaches, and its first heaviest target. */
  private wholePass(origin: number): TargetFound | undefined {
    const reach = search(this.graph, [origin]);
    const paths = heaviestPaths(this.graph, this.components, origin, this.edgeWeight, reach);
    const target = firstHeaviest(
      reach.order.filter((node) => this.isTarget(node)),
      (node) => paths.weightTo(node)!,
    );
    if (target === undefined) return undefined;
    return {
      path: StepPath.of(paths.pathTo(target)),
      weight: paths.weightTo(target)!,
      depth: reach.pathTo(target).length - 1,
    };
  }
}

/** The first of `nodes` (in their order) whose weight none of the others exceeds. */
function firstHeaviest(nodes: readonly number[], weightOf: (node: number) => number): number | undefined {
  let heaviest: number | undefined;
  for (const node of nodes) {
    if (heaviest === undefined || weightOf(node) > weightOf(heaviest)) heaviest = node;
  }
  return heaviest;
}

/**
 * Per component: the weight of the heaviest path found to it (-1: none yet) and the edge that path enters it
 * by, from `entryFrom` (-1 for the origin's component) to `entryNode`. `clear` undoes every `enter`, in what it set.
 */
class ComponentEntries {
  readonly weight: Float64Array;
  readonly entryFrom: Int32Array;
  readonly entryNode: Int32Array;
  private readonly entered: number[] = [];

  constructor(count: number) {
    this.weight = new Float64Array(count).fill(-1);
    this.entryFrom = new Int32Array(count).fill(-1);
    this.entryNode = new Int32Array(count).fill(-1);
  }

  enter(component: number, weight: number, from: number, node: number): void {
    if (this.weight[component] === -1) this.entered.push(component);
    this.weight[component] = weight;
    this.entryFrom[component] = from;
    this.entryNode[component] = node;
  }

  clear(): void {
    for (const component of this.entered) {
      this.weight[component] = -1;
      this.entryFrom[component] = -1;
      this.entryNode[component] = -1;
    }
    this.entered.length = 0;
  }
}

/** Fills `entries` with the heaviest paths from `origin` over the `reached` nodes, taken component by component in topological order. */
function weighFrom(
  graph: Digraph,
  components: Components,
  origin: number,
  edgeWeight: EdgeWeight,
  reached: readonly number[],
  entries: ComponentEntries,
): void {
  const { component } = components;
  const { weight } = entries;
  entries.enter(component[origin]!, 0, -1, origin);
  for (const node of inTopologicalOrder(reached, components)) {
    const here = component[node]!;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      const there = component[next]!;
      if (there === here) continue;
      const candidate = weight[here]! + edgeWeight(edge, node, next);
      if (candidate > weight[there]!) entries.enter(there, candidate, node, next);
    }
  }
}

/** The heaviest path `entries` hold to `node`: back along the edges each component was entered by, and inside each. */
function pathBack(
  graph: Digraph,
  component: Int32Array,
  entries: ComponentEntries,
  node: number,
  parent: Int32Array,
): number[] {
  const pieces: number[][] = [];
  for (let at = node; at !== -1; at = entries.entryFrom[component[at]!]!) {
    pieces.push(pathInside(graph, component, entries.entryNode[component[at]!]!, at, parent));
  }
  return pieces.reverse().flat();
}

/** The shortest path from `from` to `to` that never leaves their strongly connected component. */
export function pathWithinComponent(graph: Digraph, components: Components, from: number, to: number): number[] {
  return pathInside(graph, components.component, from, to, newParents(graph));
}

function newParents(graph: Digraph): Int32Array {
  return new Int32Array(graph.size).fill(NOT_REACHED);
}

/**
 * Breadth-first search inside one component, recording parents in `parent`, which it leaves as it found
 * it (every entry NOT_REACHED): one array serves every search, each costing what it visits.
 */
function pathInside(graph: Digraph, component: Int32Array, from: number, to: number, parent: Int32Array): number[] {
  const inside = component[from]!;
  parent[from] = -1;
  const queue = [from];
  for (let head = 0; head < queue.length && parent[to] === NOT_REACHED; head++) {
    const node = queue[head]!;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      if (parent[next] !== NOT_REACHED || component[next] !== inside) continue;
      parent[next] = node;
      queue.push(next);
    }
  }
  const path: number[] = [];
  for (let at = to; at !== -1; at = parent[at]!) path.push(at);
  for (const visited of queue) parent[visited] = NOT_REACHED;
  return path.reverse();
}

/**
 * `nodes` grouped by component, components in topological order (they are numbered in reverse), each
 * group in the order given: a counting sort over every component when the nodes are many, else a
 * (stable) sort of the few, so a pass over a few steps of a large graph costs those steps.
 */
function inTopologicalOrder(nodes: readonly number[], components: Components): number[] {
  const { component, count } = components;
  if (nodes.length * FEW_NODES_SHARE < count) return [...nodes].sort((a, b) => component[b]! - component[a]!);
  const slot = new Int32Array(count + 1);
  for (const node of nodes) slot[count - component[node]!]!++;
  for (let c = 0; c < count; c++) slot[c + 1]! += slot[c]!;
  const ordered = new Array<number>(nodes.length);
  for (const node of nodes) ordered[slot[count - 1 - component[node]!]!++] = node;
  return ordered;
}
