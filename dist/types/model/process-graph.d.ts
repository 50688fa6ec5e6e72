/**
 * A process as a graph: steps are numbered nodes (their index in the file), `next` targets that name a
 * known step are edges. Rules read the graph only through the queries here (SPEC §2, Graph semantics);
 * the adjacency arrays stay inside src/model (tests/architecture/graph-api.test.ts).
 */
import { type Components, type Funnel, type Reach, type WorstCase } from './graph.js';
import { type WeightedPath } from './longest-path.js';
import { type Process, type Role, type Step, type StepType } from './process.js';
import type { StepPath } from './step-path.js';
import type { Duration } from './time.js';
export type { Components, Funnel, Reach, WeightedPath, WorstCase };
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
export declare class ProcessGraph {
    #private;
    readonly process: Process;
    readonly startSteps: readonly number[];
    private readonly indexById;
    private readonly types;
    private readonly roles;
    private reachable?;
    private reachableByType?;
    /** Per step: CUSTOMER_FACING and RESPONSE bits, worked out once. */
    private facing?;
    private readonly reachFromStep;
    private memoisedSteps;
    private emergencyEntrySteps?;
    private emergency?;
    private components?;
    private nearestEndFinder?;
    constructor(process: Process);
    get steps(): readonly Step[];
    step(index: number): Step;
    typeOf(index: number): StepType;
    /** The declared role that does the step; undefined for `system`, `customer`, no actor or an unknown name. */
    roleOf(index: number): Role | undefined;
    /** docs/format.md: whether the customer hears from the company at the step. */
    isCustomerFacing(index: number): boolean;
    /** docs/format.md, *response*: whether a person answers the customer at the step. */
    isResponse(index: number): boolean;
    private facingOf;
    indexOf(stepId: string): number | undefined;
    /** docs/format.md: a step without `next` has no successor step (unknown targets do not count). */
    hasNext(index: number): boolean;
    /** How many of the step's `next` entries name a known step (a step named twice counts twice). */
    successorCount(index: number): number;
    /**
     * Calls `visit` with each successor of the step, in `next` order, the `after` wait on the way there
     * (undefined when none is written) and the step itself. Allocates nothing: in a loop over many steps,
     * one `visit` made before the loop serves them all.
     */
    forEachSuccessor(index: number, visit: (next: number, wait: Duration | undefined, step: number) => void): void;
    /** The first successor of the step, in `next` order, for which `test` holds; its arguments are `forEachSuccessor`'s. */
    findSuccessor(index: number, test: (next: number, wait: Duration | undefined, step: number) => boolean): number | undefined;
    /** Whether some `start` reaches the step. */
    isReachable(index: number): boolean;
    /** Steps some `start` reaches, in breadth-first order from the starts. */
    reachableSteps(): readonly number[];
    /** Reachable steps of one type, in breadth-first order from the starts. */
    reachableOfType(type: StepType): readonly number[];
    /** The emergency entries some `start` reaches, in breadth-first order from the starts. */
    emergencyEntries(): readonly number[];
    /** docs/format.md: the steps on an emergency path: those entries, and every step reachable from them. */
    emergencyPath(): Reach;
    /** Shortest path from a start to the step. */
    pathFromStart(index: number): number[];
    /** The loops of the process: its strongly connected components, worked out once. */
    cycles(): Components;
    /** The step the intake (or any step) funnels into, with the steps before it (src/model/graph.ts `funnelOf`). */
    funnelOf(index: number): Funnel | undefined;
    /** The shortest path from `from` to `to` (both included) that never leaves the loop they share (`cycles()`). */
    pathWithinLoop(from: number, to: number): number[];
    /**
     * Every step reachable from one step, memoised: several rules walk all that follows each intake.
     * The memo holds at most a few graphs' worth of steps, so a process with thousands of intakes
     * costs time (a search per intake, as every rule may), never memory beyond its size.
     */
    reachFrom(index: number): Reach;
    /**
     * The path `searchFrom(origin, { avoid })` takes to its first `end`, shared by every origin
     * (see NearestTarget): thousands of promises on one flow cost what lies between each and the
     * steps it avoids, not all that follows it.
     */
    pathToFirstEnd(origin: number, avoid: readonly number[]): number[] | undefined;
    /**
     * `pathToFirstEnd` as a `StepPath` that goes on along the paths other origins share: a rule that
     * keeps thousands of them as witnesses holds each one's own steps and the flow once.
     */
    sharedPathToFirstEnd(origin: number, avoid: readonly number[]): StepPath | undefined;
    /**
     * For many origins: the path `searchFrom(origin)` takes to the first step that passes `isTarget`,
     * from one backward pass shared by every origin (see NearestTarget), so thousands of intakes on
     * one flow cost their paths, not a search each.
     */
    nearestPaths(isTarget: (index: number) => boolean): (origin: number) => number[] | undefined;
    /** False for steps that can reach none of `targets`: a search for them may leave those out. */
    mayReachAny(targets: Iterable<number>): (index: number) => boolean;
    /**
     * Breadth-first search from steps: every step reached, and the shortest path to each, paths
     * branching in `next` order. For "from A, C can be reached without passing B", when every C matters;
     * `findPath` answers for the nearest C alone, and stops there.
     */
    searchFrom(origins: number | readonly number[], limits?: SearchLimits): Reach;
    /**
     * The shortest path (both ends included) from `query.from` to the nearest target, never entering an
     * `avoid` step; undefined when no target can be reached so. It is the witness `searchFrom` would give
     * for the first target it reaches, found without searching further. With `passes`, each step is
     * visited at most twice (before and after passing one): "an end reached after a response" in
     * O(V+E), without enumerating paths.
     */
    findPath(query: PathQuery): number[] | undefined;
    /**
     * Every step from which a target can be reached, the targets included, walking back only through
     * `within` steps. Costs what it finds.
     */
    stepsReaching(targets: Iterable<number>, within?: (step: number) => boolean): ReadonlySet<number>;
    /**
     * The longest elapsed time (SPEC §2: the `takes` of the steps left plus the `after` of the edges
     * taken) from `from` to the first target on each path: known, unknown (a step without `takes`),
     * unbounded (a loop), or none when no target can be reached. `from` is never a target.
     * `mayReachTarget` (`mayReachAny` of the targets) spares the walk past them; the answer is the same.
     */
    worstElapsedTime(from: number, isTarget: (step: number) => boolean, mayReachTarget?: (step: number) => boolean): WorstCase;
    /**
     * For many origins: the heaviest path from each to a target, where an edge between two loops (or steps
     * on none) weighs `weight(from, to)` (at least 0) and an edge inside a loop weighs nothing (a loop
     * would make the weight unlimited, so the caller looks for weighted edges in loops itself); among
     * the heaviest, the target a breadth-first search meets first. Origins that funnel into one step
     * share its answer (see HeaviestTarget): thousands of intakes into one flow cost their own steps.
     */
    heaviestPathsTo(isTarget: (step: number) => boolean, weight: (from: number, to: number) => number): (origin: number) => WeightedPath | undefined;
    private groupReachableByType;
    /** Step ids of a path, as reports show it. */
    ids(path: readonly number[]): string[];
}
