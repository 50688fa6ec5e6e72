/** A process as a graph: steps are numbered nodes, `next` targets that name a known step are edges. */
import { Digraph, search, stronglyConnectedComponents, type Components, type Reach, type SearchOptions } from './graph.js';
import type { Edge, Process, Step } from './process.js';

export class ProcessGraph {
  readonly graph: Digraph;
  /** The `Edge` behind each graph edge id. */
  readonly edges: readonly Edge[];
  readonly startSteps: readonly number[];
  private readonly indexById: ReadonlyMap<string, number>;
  private reachable?: Reach;
  private components?: Components;

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
  }

  get steps(): readonly Step[] {
    return this.process.steps;
  }

  step(index: number): Step {
    return this.process.steps[index]!;
  }

  indexOf(stepId: string): number | undefined {
    return this.indexById.get(stepId);
  }

  /** SPEC §2: a step without `next` has no successor step (unknown targets do not count). */
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

  /** Shortest path from a start to the step. */
  pathFromStart(index: number): number[] {
    this.reachable ??= search(this.graph, this.startSteps);
    return this.reachable.pathTo(index);
  }

  cycles(): Components {
    this.components ??= stronglyConnectedComponents(this.graph);
    return this.components;
  }

  /** Breadth-first search from steps, for "from A, C can be reached without passing B". */
  searchFrom(origins: number | readonly number[], options?: SearchOptions): Reach {
    return search(this.graph, typeof origins === 'number' ? [origins] : origins, options);
  }

  /** Step ids of a path, as reports show it. */
  ids(path: readonly number[]): string[] {
    return path.map((index) => this.step(index).id);
  }
}
