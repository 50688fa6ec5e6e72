/** A process as a graph: steps are numbered nodes, `next` targets that name a known step are edges. */
import { Digraph, search, stronglyConnectedComponents, type Components, type Reach, type SearchOptions } from './graph.js';
import { mayReachAny, NearestTarget } from './nearest-target.js';
import { isCustomerFacing, isEmergencyEntry, isResponse, STEP_TYPES, type Edge, type Process, type Role, type Step, type StepType } from './process.js';

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

export class ProcessGraph {
  readonly graph: Digraph;
  /** The `Edge` behind each graph edge id. */
  readonly edges: readonly Edge[];
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
    const edges: Edge[] = [];
    const successors = process.steps.map((step) => {
      const targets: number[] = [];
      for (const edge of step.next) {
        const target = indexById.get(edge.to.id);
        if (target === undefined) continue;
        targets.push(target);
        edges.push(edge);
      }
      return targets;
    });
    this.graph = new Digraph(successors);
    this.edges = edges;
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
      (step) => (isCustomerFacing(this.process, step) ? CUSTOMER_FACING : 0) | (isResponse(this.process, step) ? RESPONSE : 0),
    );
    return this.facing[index]!;
  }

  indexOf(stepId: string): number | undefined {
    return this.indexById.get(stepId);
  }

  /** docs/format.md: a step without `next` has no successor step (unknown targets do not count). */
  hasNext(index: number): boolean {
    return this.graph.outDegree(index) > 0;
  }

  /** Whether some `start` reaches the step. */
  isReachable(index: number): boolean {
    this.reachable ??= search(this.graph, this.startSteps);
    return this.reachable.has(index);
  }

  /** Steps some `start` reaches, in breadth-first order from the starts. */
  reachableSteps(): readonly number[] {
    this.reachable ??= search(this.graph, this.startSteps);
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
    this.reachable ??= search(this.graph, this.startSteps);
    return this.reachable.pathTo(index);
  }

  cycles(): Components {
    this.components ??= stronglyConnectedComponents(this.graph);
    return this.components;
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
   * The path `searchFrom(origin, { blocked: avoid })` takes to its first `end`, shared by every
   * origin (see NearestTarget): thousands of promises on one flow cost what lies between each
   * and the steps it avoids, not all that follows it.
   */
  pathToFirstEnd(origin: number, avoid: readonly number[]): number[] | undefined {
    this.nearestEndFinder ??= new NearestTarget(this.graph, this.cycles(), (index) => this.typeOf(index) === 'end');
    return this.nearestEndFinder.pathFrom(origin, avoid);
  }

  /** False for steps that can reach none of `targets`: a search for them may leave those out. */
  mayReachAny(targets: Iterable<number>): (index: number) => boolean {
    return mayReachAny(this.cycles(), targets);
  }

  /** Breadth-first search from steps, for "from A, C can be reached without passing B". */
  searchFrom(origins: number | readonly number[], options?: SearchOptions): Reach {
    return search(this.graph, typeof origins === 'number' ? [origins] : origins, options);
  }

  /**
   * The shortest path from `origin` to a step where `isTarget(step, passed)` holds, `passed` telling
   * whether the path passed a `passes` step (the origin counts), without visiting `blocked` steps;
   * undefined when there is none. Each step is visited at most twice (before and after passing
   * one), so it costs O(V+E): "an end reached after a response" without enumerating paths.
   */
  shortestPathPassing(
    origin: number,
    options: { readonly passes: (index: number) => boolean; readonly blocked: (index: number) => boolean; readonly isTarget: (index: number, passed: boolean) => boolean },
  ): number[] | undefined {
    const { passes, blocked, isTarget } = options;
    const { edgeStart, edgeTarget } = this.graph;
    const stateOf = (index: number, passed: boolean): number => index * 2 + (passed ? 1 : 0);
    const order = [stateOf(origin, passes(origin))];
    const parentAt = [-1];
    const seen = new Set(order);
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      const [index, passed] = [state >> 1, (state & 1) === 1];
      if (head > 0 && isTarget(index, passed)) {
        const path: number[] = [];
        for (let at = head; at !== -1; at = parentAt[at]!) path.push(order[at]! >> 1);
        return path.reverse();
      }
      for (let edge = edgeStart[index]!; edge < edgeStart[index + 1]!; edge++) {
        const next = edgeTarget[edge]!;
        if (blocked(next)) continue;
        const nextState = stateOf(next, passed || passes(next));
        if (seen.has(nextState)) continue;
        seen.add(nextState);
        order.push(nextState);
        parentAt.push(head);
      }
    }
    return undefined;
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
