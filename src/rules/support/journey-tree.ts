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
export class BreadthFirstTree implements JourneyTree {
  order: Int32Array = new Int32Array(0);
  private readonly queue: Int32Array;
  private readonly parent: Int32Array;
  private readonly depth: Int32Array;
  private readonly reached: Int32Array;
  private enter: Int32Array = new Int32Array(0);
  private exit: Int32Array = new Int32Array(0);
  private readonly position: Int32Array;
  private generation = 0;

  constructor(private readonly graph: ProcessGraph) {
    const size = graph.steps.length;
    this.parent = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.reached = new Int32Array(size);
    this.position = new Int32Array(size);
    this.queue = new Int32Array(size);
  }

  grow(root: number): this {
    const generation = ++this.generation;
    const { queue } = this;
    queue[0] = root;
    this.reached[root] = generation;
    this.parent[root] = -1;
    this.depth[root] = 0;
    this.position[root] = 0;
    let size = 1;
    const parentAt = new Int32Array(this.graph.steps.length);
    let head = 0;
    const reach = (next: number, _wait: unknown, step: number): void => {
      if (this.reached[next] === generation) return;
      this.reached[next] = generation;
      this.parent[next] = step;
      this.depth[next] = this.depth[step]! + 1;
      this.position[next] = size;
      parentAt[size] = head;
      queue[size++] = next;
    };
    for (; head < size; head++) this.graph.forEachSuccessor(queue[head]!, reach);
    this.order = queue.subarray(0, size);
    ({ enter: this.enter, exit: this.exit } = numberTree(parentAt.subarray(0, size)));
    return this;
  }

  has(step: number): boolean {
    return this.reached[step] === this.generation;
  }

  parentOf(step: number): number {
    return this.parent[step]!;
  }

  depthOf(step: number): number {
    return this.depth[step]!;
  }

  isAncestorOrSelf(ancestor: number, step: number): boolean {
    const [a, b] = [this.position[ancestor]!, this.position[step]!];
    return this.enter[a]! <= this.enter[b]! && this.exit[b]! <= this.exit[a]!;
  }

  pathTo(step: number): number[] {
    const path: number[] = [];
    for (let at = step; at !== -1; at = this.parent[at]!) path.push(at);
    return path.reverse();
  }
}

/**
 * The breadth-first tree of an intake that funnels into a step J (`ProcessGraph.funnelOf`): its own
 * few steps before J, then J's tree, grown once for every intake that funnels into J. Behind J, an
 * intake's shortest ways are its way to J followed by J's, met in the order J's tree meets them, so
 * only the steps before J are the intake's own (`order`).
 */
export class FunnelTree implements JourneyTree {
  readonly order: number[] = [];
  private readonly parent = new Map<number, number>();
  private readonly depth = new Map<number, number>();

  constructor(
    graph: ProcessGraph,
    intake: number,
    readonly funnel: number,
    readonly behind: BreadthFirstTree,
  ) {
    this.parent.set(intake, -1);
    this.depth.set(intake, 0);
    const visit = (next: number, _wait: unknown, from: number): void => {
      if (this.depth.has(next)) return;
      this.parent.set(next, from);
      this.depth.set(next, this.depth.get(from)! + 1);
      if (next !== funnel) this.order.push(next);
    };
    this.order.push(intake);
    for (let head = 0; head < this.order.length; head++) graph.forEachSuccessor(this.order[head]!, visit);
  }

  /** A step before the funnel, the funnel not included. */
  isBefore(step: number): boolean {
    return step !== this.funnel && this.depth.has(step);
  }

  has(step: number): boolean {
    return this.depth.has(step) || this.behind.has(step);
  }

  parentOf(step: number): number {
    return this.parent.get(step) ?? this.behind.parentOf(step);
  }

  depthOf(step: number): number {
    return this.depth.get(step) ?? this.depth.get(this.funnel)! + this.behind.depthOf(step);
  }

  isAncestorOrSelf(ancestor: number, step: number): boolean {
    if (!this.isBefore(ancestor)) return !this.isBefore(step) && this.behind.isAncestorOrSelf(ancestor, step);
    let at = this.isBefore(step) ? step : this.funnel;
    while (this.depth.get(at)! > this.depth.get(ancestor)!) at = this.parent.get(at)!;
    return at === ancestor;
  }

  pathTo(step: number): number[] {
    const path: number[] =
      this.isBefore(step) || step === this.funnel ? [] : this.behind.pathTo(step).slice(1).reverse();
    for (let at = this.isBefore(step) ? step : this.funnel; at !== -1; at = this.parent.get(at)!) path.push(at);
    return path.reverse();
  }
}

/**
 * Depth-first entry and exit numbers of a tree given by parents (node 0 the root; its own entry
 * is not read), iteratively: `a` is an ancestor of `b`, or `b` itself, when a's numbers enclose b's.
 */
export function numberTree(parentOf: Int32Array): { enter: Int32Array; exit: Int32Array } {
  const size = parentOf.length;
  const firstChild = new Int32Array(size + 1);
  for (let node = 1; node < size; node++) firstChild[parentOf[node]! + 1]!++;
  for (let node = 0; node < size; node++) firstChild[node + 1]! += firstChild[node]!;
  const children = new Int32Array(Math.max(0, size - 1));
  const fill = firstChild.slice(0, size);
  for (let node = 1; node < size; node++) children[fill[parentOf[node]!]!++] = node;
  const enter = new Int32Array(size);
  const exit = new Int32Array(size);
  const stack = [0];
  const nextChild = firstChild.slice(0, size);
  let clock = 1;
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (nextChild[node]! < firstChild[node + 1]!) {
      const next = children[nextChild[node]!++]!;
      enter[next] = clock++;
      stack.push(next);
    } else {
      exit[node] = clock++;
      stack.pop();
    }
  }
  return { enter, exit };
}
