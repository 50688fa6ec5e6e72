/**
 * Heaviest paths over the condensation of a graph (its strongly connected
 * components). Knows nothing of processes. Iterative and linear in nodes + edges.
 */
import { search, type Components, type Digraph, type Reach } from './graph.js';

/** In a search's parents, a node not reached yet (the origin's parent is -1: nothing). */
const NOT_REACHED = -2;

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
  edgeWeight: (edge: number, from: number, to: number) => number,
  reach: Reach = search(graph, [origin]),
): HeaviestPaths {
  const { component } = components;
  const weight = new Float64Array(components.count).fill(-1);
  /** For each component, the edge its heaviest path enters by: from `entryFrom` (-1 for the origin's) to `entryNode`. */
  const entryFrom = new Int32Array(components.count).fill(-1);
  const entryNode = new Int32Array(components.count).fill(-1);
  weight[component[origin]!] = 0;
  entryNode[component[origin]!] = origin;

  for (const node of inTopologicalOrder(reach.order, components)) {
    const here = component[node]!;
    for (let edge = graph.edgeStart[node]!; edge < graph.edgeStart[node + 1]!; edge++) {
      const next = graph.edgeTarget[edge]!;
      const there = component[next]!;
      if (there === here) continue;
      const candidate = weight[here]! + edgeWeight(edge, node, next);
      if (candidate > weight[there]!) {
        weight[there] = candidate;
        entryFrom[there] = node;
        entryNode[there] = next;
      }
    }
  }

  return {
    reached: reach.order,
    weightTo: (node) => (reach.has(node) ? weight[component[node]!]! : undefined),
    pathTo(node) {
      if (!reach.has(node)) throw new Error(`node ${node} was not reached`);
      const parent = newParents(graph);
      const pieces: number[][] = [];
      for (let at = node; at !== -1; at = entryFrom[component[at]!]!) {
        pieces.push(pathInside(graph, component, entryNode[component[at]!]!, at, parent));
      }
      return pieces.reverse().flat();
    },
  };
}

/** The shortest path from `from` to `to` that never leaves their strongly connected component. */
export function pathWithinComponent(graph: Digraph, components: Components, from: number, to: number): number[] {
  return pathInside(graph, components.component, from, to, newParents(graph));
}

function newParents(graph: Digraph): Int32Array {
  return new Int32Array(graph.size).fill(NOT_REACHED);
}

/**
 * Breadth-first search inside one component, recording parents in `parent`.
 * Components do not overlap, so one `parent` array serves searches in different components.
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
  return path.reverse();
}

/** `nodes` grouped by component, components in topological order (they are numbered in reverse). */
function inTopologicalOrder(nodes: readonly number[], components: Components): number[] {
  const { component, count } = components;
  const slot = new Int32Array(count + 1);
  for (const node of nodes) slot[count - component[node]!]!++;
  for (let c = 0; c < count; c++) slot[c + 1]! += slot[c]!;
  const ordered = new Array<number>(nodes.length);
  for (const node of nodes) ordered[slot[count - 1 - component[node]!]!++] = node;
  return ordered;
}
