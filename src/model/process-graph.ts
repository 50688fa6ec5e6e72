/**
 * A process as a graph: steps are numbered nodes (their index in the file), `next` targets that name a
 * known step are edges. Rules read the graph only through the queries here (SPEC §2, Graph semantics);
 * the adjacency arrays stay inside src/model (tests/architecture/graph-api.test.ts).
 */
import {
  Digraph,
  funnelOf,
  reaching,
  search,
  shortestPath,
  shortestPathPassing,
  stronglyConnectedComponents,
  worstCase,
  type Components,
  type Funnel,
  type Reach,
  type WorstCase,
} from './graph.js';
import { mayReachAny, NearestTarget } from './nearest-target.js';
import { HeaviestTarget, pathWithinComponent, type WeightedPath } from './longest-path.js';
import {
  isCustomerFacing,
  isEmergencyEntry,
  isResponse,
  STEP_TYPES,
  type Process,
  type Role,
  type Step,
  type StepType,
} from './process.js';
import type { StepPath } from './step-path.js';
import type { Duration } from './time.js';

export type { Components, Funnel, Reach, WeightedPath, WorstCase };

/**
 * Each step type as the literal the code is written with. A type read from a file is a fresh
 * string that compares with a literal character by character; the literal compares at once,
 * which matters to a search that tests every step it visits.
 */
const TYPE_LITERALS: ReadonlyMap<string, StepType> = new Map(STEP_TYPES.map((type) => [type, type]));

const CUSTOMER_FACING = 1;
const RESPONSE = 2;

/** How many graphs' worth of steps `reachFrom` keeps. */
const MEMO_GRAPHS = 8;

/** What `searchFrom` may not walk into or past. */
export interface SearchLimits {
  /** Steps the search never enters (an origin is searched from whatever this says). */
  readonly avoid?: (step: number) => boolean;
  /** Steps the search enters but does not walk past (an origin is always walked past). */
  readonly stopAt?: (step: number) => boolean;
}

/** What `findPath` looks for. */
export interface PathQuery {
  /** The step the path starts at. */
  readonly from: number;
  /** Steps the path never enters ("without passing B", SPEC §2); `from` is its start whatever this says. */
  readonly avoid?: (step: number) => boolean;
  /** Steps whose passing matters to `isTarget`: it is told whether the path passed one (`from` counts). */
  readonly passes?: (step: number) => boolean;
  /**
   * Where the path may end. `passed` tells whether it passed a `passes` step; always false without `passes`.
   * `from` is a target only when a path leads back to it (round a loop).
   */
  readonly isTarget: (step: number, passed: boolean) => boolean;
}

export class ProcessGraph {
  readonly #graph: Digraph;
  /** The `after` wait of each graph edge, by edge id. */
  readonly #waits: readonly (Duration | undefined)[];
  readonly startSteps: readonly number[];
  private readonly indexById: ReadonlyMap<string, number>;
  private readonly types: readonly StepType[];
  private readonly roles: readonly (Role | undefined)[];
  private reachable?: Reach;
  private reachableByType?: ReadonlyMap<StepType, readonly number[]>;
  /** Per step: CUSTOMER_FACING and RESPONSE bits, worked out once. */
  private facing?: Uint8Array;
  private readonly reachFromStep = new Map<number, Reach>();
  private memoisedSteps = 0;
  private emergencyEntrySteps?: readonly number[];
  private emergency?: Reach;
  private components?: Components;
  private nearestEndFinder?: NearestTarget;

  constructor(readonly process: Process) {
    const indexById = new Map<string, number>();
    process.steps.forEach((step, index) => indexById.set(step.id, index));
    this.indexById = indexById;
    const waits: (Duration | undefined)[] = [];
    const { steps } = process;
    const successors = steps.map((step, index) => {
      const targets: number[] = [];
      for (const edge of step.next) {
        // Most `next` is the step written after: one comparison, where a look-up in 100,000 ids misses the cache.
        const target = steps[index + 1]?.id === edge.to.id ? index + 1 : indexById.get(edge.to.id);
        if (target === undefined) continue;
        targets.push(target);
        waits.push(edge.after);
      }
      return targets;
    });
    this.#graph = new Digraph(successors);
    this.#waits = waits;
    this.startSteps = [...new Set(process.start.flatMap((ref) => indexById.get(ref.id) ?? []))];
    this.types = process.steps.map((step) => TYPE_LITERALS.get(step.type)!);
    this.roles = process.steps.map((step) => step.actor && process.roles.get(step.actor.id));
  }

  get steps(): readonly Step[] {
    return this.process.steps;
  }

  step(index: number): Step {
    return this.process.steps[index]!;
  }

  typeOf(index: number): StepType {
    return this.types[index]!;
  }

  /** The declared role that does the step; undefined for `system`, `customer`, no actor or an unknown name. */
  roleOf(index: number): Role | undefined {
    return this.roles[index];
  }

  /** docs/format.md: whether the customer hears from the company at the step. */
  isCustomerFacing(index: number): boolean {
    return (this.facingOf(index) & CUSTOMER_FACING) !== 0;
  }

  /** docs/format.md, *response*: whether a person answers the customer at the step. */
  isResponse(index: number): boolean {
    return (this.facingOf(index) & RESPONSE) !== 0;
  }

  private facingOf(index: number): number {
    this.facing ??= Uint8Array.from(
      this.steps,
      (step) =>
        (isCustomerFacing(this.process, step) ? CUSTOMER_FACING : 0) | (isResponse(this.process, step) ? RESPONSE : 0),
    );
    return this.facing[index]!;
  }

  indexOf(stepId: string): number | undefined {
    return this.indexById.get(stepId);
  }

  /** docs/format.md: a step without `next` has no successor step (unknown targets do not count). */
  hasNext(index: number): boolean {
    return this.#graph.outDegree(index) > 0;
  }

  /** How many of the step's `next` entries name a known step (a step named twice counts twice). */
  successorCount(index: number): number {
    return this.#graph.outDegree(index);
  }

  /**
   * Calls `visit` with each successor of the step, in `next` order, the `after` wait on the way there
   * (undefined when none is written) and the step itself. Allocates nothing: in a loop over many steps,
   * one `visit` made before the loop serves them all.
   */
  forEachSuccessor(index: number, visit: (next: number, wait: Duration | undefined, step: number) => void): void {
    const { edgeStart, edgeTarget } = this.#graph;
    for (let edge = edgeStart[index]!, end = edgeStart[index + 1]!; edge < end; edge++)
      visit(edgeTarget[edge]!, this.#waits[edge], index);
  }

  /** The first successor of the step, in `next` order, for which `test` holds; its arguments are `forEachSuccessor`'s. */
  findSuccessor(
    index: number,
    test: (next: number, wait: Duration | undefined, step: number) => boolean,
  ): number | undefined {
    const { edgeStart, edgeTarget } = this.#graph;
    for (let edge = edgeStart[index]!, end = edgeStart[index + 1]!; edge < end; edge++) {
      if (test(edgeTarget[edge]!, this.#waits[edge], index)) return edgeTarget[edge]!;
    }
    return undefined;
  }

  /** Whether some `start` reaches the step. */
  isReachable(index: number): boolean {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.has(index);
  }

  /** Steps some `start` reaches, in breadth-first order from the starts. */
  reachableSteps(): readonly number[] {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.order;
  }

  /** Reachable steps of one type, in breadth-first order from the starts. */
  reachableOfType(type: StepType): readonly number[] {
    this.reachableByType ??= this.groupReachableByType();
    return this.reachableByType.get(type) ?? [];
  }

  /** The emergency entries some `start` reaches, in breadth-first order from the starts. */
  emergencyEntries(): readonly number[] {
    this.emergencyEntrySteps ??= this.reachableSteps().filter((index) => isEmergencyEntry(this.step(index)));
    return this.emergencyEntrySteps;
  }

  /** docs/format.md: the steps on an emergency path: those entries, and every step reachable from them. */
  emergencyPath(): Reach {
    this.emergency ??= this.searchFrom(this.emergencyEntries());
    return this.emergency;
  }

  /** Shortest path from a start to the step. */
  pathFromStart(index: number): number[] {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.pathTo(index);
  }

  /** The loops of the process: its strongly connected components, worked out once. */
  cycles(): Components {
    this.components ??= stronglyConnectedComponents(this.#graph);
    return this.components;
  }

  /** The step the intake (or any step) funnels into, with the steps before it (src/model/graph.ts `funnelOf`). */
  funnelOf(index: number): Funnel | undefined {
    return funnelOf(this.#graph, this.cycles(), index);
  }

  /** The shortest path from `from` to `to` (both included) that never leaves the loop they share (`cycles()`). */
  pathWithinLoop(from: number, to: number): number[] {
    return pathWithinComponent(this.#graph, this.cycles(), from, to);
  }

  /**
   * Every step reachable from one step, memoised: several rules walk all that follows each intake.
   * The memo holds at most a few graphs' worth of steps, so a process with thousands of intakes
   * costs time (a search per intake, as every rule may), never memory beyond its size.
   */
  reachFrom(index: number): Reach {
    const known = this.reachFromStep.get(index);
    if (known) return known;
    const reach = this.searchFrom(index);
    if (this.memoisedSteps + reach.order.length <= MEMO_GRAPHS * this.steps.length) {
      this.reachFromStep.set(index, reach);
      this.memoisedSteps += reach.order.length;
    }
    return reach;
  }

  /**
   * The path `searchFrom(origin, { avoid })` takes to its first `end`, shared by every origin
   * (see NearestTarget): thousands of promises on one flow cost what lies between each and the
   * steps it avoids, not all that follows it.
   */
  pathToFirstEnd(origin: number, avoid: readonly number[]): number[] | undefined {
    return this.sharedPathToFirstEnd(origin, avoid)?.slice();
  }

  /**
   * `pathToFirstEnd` as a `StepPath` that goes on along the paths other origins share: a rule that
   * keeps thousands of them as witnesses holds each one's own steps and the flow once.
   */
  sharedPathToFirstEnd(origin: number, avoid: readonly number[]): StepPath | undefined {
    this.nearestEndFinder ??= new NearestTarget(this.#graph, this.cycles(), (index) => this.typeOf(index) === 'end');
    return this.nearestEndFinder.pathFrom(origin, avoid);
  }

  /**
   * For many origins: the path `searchFrom(origin)` takes to the first step that passes `isTarget`,
   * from one backward pass shared by every origin (see NearestTarget), so thousands of intakes on
   * one flow cost their paths, not a search each.
   */
  nearestPaths(isTarget: (index: number) => boolean): (origin: number) => number[] | undefined {
    const finder = new NearestTarget(this.#graph, this.cycles(), isTarget);
    return (origin) => finder.pathFrom(origin, [])?.slice();
  }

  /** False for steps that can reach none of `targets`: a search for them may leave those out. */
  mayReachAny(targets: Iterable<number>): (index: number) => boolean {
    return mayReachAny(this.cycles(), targets);
  }

  /**
   * Breadth-first search from steps: every step reached, and the shortest path to each, paths
   * branching in `next` order. For "from A, C can be reached without passing B", when every C matters;
   * `findPath` answers for the nearest C alone, and stops there.
   */
  searchFrom(origins: number | readonly number[], limits: SearchLimits = {}): Reach {
    return search(this.#graph, typeof origins === 'number' ? [origins] : origins, {
      blocked: limits.avoid,
      stopAt: limits.stopAt,
    });
  }

  /**
   * The shortest path (both ends included) from `query.from` to the nearest target, never entering an
   * `avoid` step; undefined when no target can be reached so. It is the witness `searchFrom` would give
   * for the first target it reaches, found without searching further. With `passes`, each step is
   * visited at most twice (before and after passing one): "an end reached after a response" in
   * O(V+E), without enumerating paths.
   */
  findPath(query: PathQuery): number[] | undefined {
    const { from, avoid, passes, isTarget } = query;
    if (passes) return shortestPathPassing(this.#graph, from, { blocked: avoid, passes, isTarget });
    return shortestPath(this.#graph, from, { blocked: avoid, isTarget });
  }

  /**
   * Every step from which a target can be reached, the targets included, walking back only through
   * `within` steps. Costs what it finds.
   */
  stepsReaching(targets: Iterable<number>, within?: (step: number) => boolean): ReadonlySet<number> {
    return reaching(this.#graph, targets, within);
  }

  /**
   * The longest elapsed time (SPEC §2: the `takes` of the steps left plus the `after` of the edges
   * taken) from `from` to the first target on each path: known, unknown (a step without `takes`),
   * unbounded (a loop), or none when no target can be reached. `from` is never a target.
   * `mayReachTarget` (`mayReachAny` of the targets) spares the walk past them; the answer is the same.
   */
  worstElapsedTime(
    from: number,
    isTarget: (step: number) => boolean,
    mayReachTarget?: (step: number) => boolean,
  ): WorstCase {
    return worstCase(this.#graph, from, {
      isTarget,
      nodeCost: (step) => this.step(step).takes?.seconds,
      edgeCost: (edge) => this.#waits[edge]?.seconds ?? 0,
      mayReachTarget,
    });
  }

  /**
   * For many origins: the heaviest path from each to a target, where an edge between two loops (or steps
   * on none) weighs `weight(from, to)` (at least 0) and an edge inside a loop weighs nothing (a loop
   * would make the weight unlimited, so the caller looks for weighted edges in loops itself); among
   * the heaviest, the target a breadth-first search meets first. Origins that funnel into one step
   * share its answer (see HeaviestTarget): thousands of intakes into one flow cost their own steps.
   */
  heaviestPathsTo(
    isTarget: (step: number) => boolean,
    weight: (from: number, to: number) => number,
  ): (origin: number) => WeightedPath | undefined {
    const finder = new HeaviestTarget(this.#graph, this.cycles(), isTarget, (_edge, source, target) =>
      weight(source, target),
    );
    return (origin) => finder.from(origin);
  }

  private groupReachableByType(): Map<StepType, number[]> {
    const byType = new Map<StepType, number[]>();
    for (const index of this.reachableSteps()) {
      const ofType = byType.get(this.typeOf(index));
      if (ofType) ofType.push(index);
      else byType.set(this.typeOf(index), [index]);
    }
    return byType;
  }

  /** Step ids of a path, as reports show it. */
  ids(path: readonly number[]): string[] {
    return path.map((index) => this.step(index).id);
  }
}
