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

const UNREACHED = -1;
const OUTSIDE = -2;
/** A shared path is kept in pieces that start where the distance to a target is a multiple of this (256 unless told), so that paths meet at piece starts. */
const PIECE = 256;

export class NearestTarget {
  /** Edges from a node to the nearest target, in the whole graph; UNREACHED when none can be reached. */
  private readonly distance: Int32Array;
  /** Distances within the current region (OUTSIDE for nodes not in it); reset after each query. */
  private readonly regionDistance: Int32Array;
  /** The greedy path from a node by shared distances, kept for the nodes pieces start at. */
  private readonly shared = new Map<number, StepPath>();

  constructor(
    private readonly graph: Digraph,
    private readonly components: Components,
    private readonly isTarget: (node: number) => boolean,
    private readonly pieceLength = PIECE,
  ) {
    this.distance = distancesToTargets(graph, isTarget);
    this.regionDistance = new Int32Array(graph.size).fill(OUTSIDE);
  }

  /**
   * The path a breadth-first search from `origin` that never visits `avoid` (the origin excepted)
   * takes to the first target it meets, both ends included; undefined when it meets none.
   */
  pathFrom(origin: number, avoid: readonly number[]): StepPath | undefined {
    if (this.isTarget(origin)) return StepPath.of([origin]);
    const blocked = new Set(avoid.filter((node) => node !== origin));
    const mayReachBlocked = mayReachAny(this.components, blocked);
    const free = (node: number): boolean => !mayReachBlocked(node);
    if (free(origin)) return this.distance[origin] === UNREACHED ? undefined : this.sharedPath(origin);

    const region = this.regionAfter(origin, blocked, free);
    try {
      this.settleRegion(region, blocked, free);
      return this.walk(origin, blocked, free);
    } finally {
      for (const node of region) this.regionDistance[node] = OUTSIDE;
    }
  }

  /** The nodes reachable from the origin, not avoided, that may still reach an avoided node. */
  private regionAfter(origin: number, blocked: ReadonlySet<number>, free: (node: number) => boolean): number[] {
    const { edgeStart, edgeTarget } = this.graph;
    const region = [origin];
    this.regionDistance[origin] = UNREACHED;
    for (let head = 0; head < region.length; head++) {
      const node = region[head]!;
      for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
        const next = edgeTarget[edge]!;
        if (this.regionDistance[next] !== OUTSIDE || blocked.has(next) || free(next)) continue;
        this.regionDistance[next] = UNREACHED;
        region.push(next);
      }
    }
    return region;
  }

  /**
   * Distances within the region: a target is 0, an edge out to a free node adds one to the shared
   * distance, and they spread backwards along the region's edges in order of distance (a
   * breadth-first pass whose sources start at different distances).
   */
  private settleRegion(region: readonly number[], blocked: ReadonlySet<number>, free: (node: number) => boolean): void {
    const { edgeStart, edgeTarget, predStart, predSource } = this.graph;
    const sources: [node: number, distance: number][] = [];
    for (const node of region) {
      let best = this.isTarget(node) ? 0 : Infinity;
      for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]! && best > 0; edge++) {
        const next = edgeTarget[edge]!;
        if (blocked.has(next) || !free(next) || this.distance[next] === UNREACHED) continue;
        best = Math.min(best, this.distance[next]! + 1);
      }
      if (best !== Infinity) sources.push([node, best]);
    }
    sources.sort((a, b) => a[1] - b[1]);
    const queue: number[] = [];
    let nextSource = 0;
    for (let head = 0; head < queue.length || nextSource < sources.length;) {
      // On a tie the source goes first, so that no node is settled one further than its own source says.
      const fromQueue =
        head < queue.length &&
        (nextSource === sources.length || this.regionDistance[queue[head]!]! < sources[nextSource]![1]);
      let node: number;
      if (fromQueue) node = queue[head++]!;
      else {
        const [source, distance] = sources[nextSource++]!;
        if (this.regionDistance[source] !== UNREACHED) continue;
        this.regionDistance[source] = distance;
        node = source;
      }
      const distance = this.regionDistance[node]!;
      for (let slot = predStart[node]!; slot < predStart[node + 1]!; slot++) {
        const previous = predSource[slot]!;
        if (this.regionDistance[previous] !== UNREACHED) continue;
        this.regionDistance[previous] = distance + 1;
        queue.push(previous);
      }
    }
  }

  /** From the origin, the first edge to a node one nearer a target, until a target or the shared distances. */
  private walk(origin: number, blocked: ReadonlySet<number>, free: (node: number) => boolean): StepPath | undefined {
    const { edgeStart, edgeTarget } = this.graph;
    if (this.regionDistance[origin] === UNREACHED) return undefined;
    const path = [origin];
    let node = origin;
    while (this.regionDistance[node]! > 0) {
      const wanted = this.regionDistance[node]! - 1;
      for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
        const next = edgeTarget[edge]!;
        if (blocked.has(next)) continue;
        if (free(next) ? this.distance[next] === wanted : this.regionDistance[next] === wanted) {
          node = next;
          break;
        }
      }
      if (free(node)) return StepPath.join(path, this.sharedPath(node));
      path.push(node);
    }
    return StepPath.of(path);
  }

  /**
   * The greedy path by shared distances from a node that can reach a target. Paths that meet go on
   * alike, so each is kept as pieces shared from the first piece start it meets on: thousands of
   * promises on one flow hold their own steps and the flow once.
   */
  private sharedPath(from: number): StepPath {
    const { edgeStart, edgeTarget } = this.graph;
    const walked: number[] = [];
    let rest: StepPath | undefined;
    for (let node = from; ;) {
      rest = this.shared.get(node);
      if (rest) break;
      walked.push(node);
      if (this.distance[node] === 0) break;
      const wanted = this.distance[node]! - 1;
      let edge = edgeStart[node]!;
      while (this.distance[edgeTarget[edge]!] !== wanted) edge++;
      node = edgeTarget[edge]!;
    }
    for (let end = walked.length, at = walked.length - 1; at >= 0; at--) {
      if (at > 0 && this.distance[walked[at]!]! % this.pieceLength !== 0) continue;
      const own = walked.slice(at, end);
      rest = rest ? StepPath.join(own, rest) : StepPath.of(own);
      this.shared.set(walked[at]!, rest);
      end = at;
    }
    return rest!;
  }
}

/**
 * Whether a node may reach one of `targets`: nodes of a component numbered below all of theirs
 * cannot. A search for those targets may leave the others out and still find the same paths,
 * since none of them is ever a parent on the way to a target.
 */
export function mayReachAny(components: Components, targets: Iterable<number>): (node: number) => boolean {
  let lowest = Infinity;
  for (const node of targets) lowest = Math.min(lowest, components.component[node]!);
  return (node) => components.component[node]! >= lowest;
}

/** One backward breadth-first pass from every target: edges from each node to the nearest one. */
function distancesToTargets(graph: Digraph, isTarget: (node: number) => boolean): Int32Array {
  const distance = new Int32Array(graph.size).fill(UNREACHED);
  const queue: number[] = [];
  for (let node = 0; node < graph.size; node++) {
    if (!isTarget(node)) continue;
    distance[node] = 0;
    queue.push(node);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let slot = graph.predStart[node]!; slot < graph.predStart[node + 1]!; slot++) {
      const previous = graph.predSource[slot]!;
      if (distance[previous] !== UNREACHED) continue;
      distance[previous] = distance[node]! + 1;
      queue.push(previous);
    }
  }
  return distance;
}
