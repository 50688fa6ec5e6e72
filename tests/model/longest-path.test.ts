import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Digraph, stronglyConnectedComponents } from '../../src/model/graph.js';
import { HeaviestTarget, heaviestPaths, pathWithinComponent, type WeightedPath } from '../../src/model/longest-path.js';

/** A small random graph with a 0/1 weight on every edge: up to 7 nodes, self-loops and parallel edges included. */
const weightedGraph = fc.integer({ min: 1, max: 7 }).chain((size) =>
  fc.record({
    successors: fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), {
      minLength: size,
      maxLength: size,
    }),
    origin: fc.integer({ min: 0, max: size - 1 }),
    weights: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 21, maxLength: 21 }),
  }),
);

function edgeIds(successors: number[][]): number[][] {
  let next = 0;
  return successors.map((targets) => targets.map(() => next++));
}

/** Brute force: the heaviest simple path from `origin` to each node, counting only edges between components. */
function bruteHeaviest(
  successors: number[][],
  origin: number,
  weightOf: (from: number, index: number) => number,
): Map<number, number> {
  const best = new Map<number, number>();
  const walk = (path: number[], weight: number): void => {
    const last = path[path.length - 1]!;
    best.set(last, Math.max(best.get(last) ?? -1, weight));
    successors[last]!.forEach((next, index) => {
      if (!path.includes(next)) walk([...path, next], weight + weightOf(last, index));
    });
  };
  walk([origin], 0);
  return best;
}

describe('heaviestPaths', () => {
  it('finds the weight of the heaviest path to every reached node, and a path of that weight', () => {
    fc.assert(
      fc.property(weightedGraph, ({ successors, origin, weights }) => {
        const graph = new Digraph(successors);
        const components = stronglyConnectedComponents(graph);
        const ids = edgeIds(successors);
        const across = (from: number, to: number): boolean => components.component[from] !== components.component[to];
        const weightOf = (from: number, index: number): number =>
          across(from, successors[from]![index]!) ? weights[ids[from]![index]!]! : 0;
        const paths = heaviestPaths(graph, components, origin, (edge) => weights[edge]!);
        const expected = bruteHeaviest(successors, origin, weightOf);

        expect(new Set(paths.reached)).toEqual(new Set(expected.keys()));
        for (const [node, weight] of expected) {
          expect(paths.weightTo(node)).toBe(weight);
          const path = paths.pathTo(node);
          expect(path[0]).toBe(origin);
          expect(path[path.length - 1]).toBe(node);
          let pathWeight = 0;
          for (let i = 1; i < path.length; i++) {
            const index = successors[path[i - 1]!]!.indexOf(path[i]!);
            expect(index).toBeGreaterThanOrEqual(0);
            // Parallel edges may weigh differently: the path may take the heaviest of them.
            const heaviest = Math.max(
              ...successors[path[i - 1]!]!.map((to, k) => (to === path[i] ? weightOf(path[i - 1]!, k) : 0)),
            );
            pathWeight += heaviest;
          }
          expect(pathWeight).toBe(weight);
        }
      }),
    );
  });

  it('does not reach what the origin cannot reach', () => {
    const graph = new Digraph([[1], [], [1]]);
    const paths = heaviestPaths(graph, stronglyConnectedComponents(graph), 0, () => 1);
    expect(paths.weightTo(2)).toBeUndefined();
    expect(paths.weightTo(1)).toBe(1);
  });
});

/**
 * Random graphs shaped like many intakes into one flow: origins with up to two steps of their own each,
 * into one shared part (mostly forward edges, some back edges and self-loops), now and then an origin
 * going straight to another shared step, and a few stray edges anywhere (into an origin's own steps too),
 * which break the funnel. Targets and 0/1 edge weights at random, so ties are many.
 */
const funnelledGraph = fc
  .record({
    origins: fc.integer({ min: 1, max: 6 }),
    ownSteps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
    into: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }), { minLength: 6, maxLength: 6 }),
    shared: fc.integer({ min: 1, max: 20 }),
    sharedEdges: fc.array(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
          { weight: 1, arbitrary: fc.integer({ min: -20, max: 0 }) },
        ),
        { maxLength: 3 },
      ),
      { minLength: 20, maxLength: 20 },
    ),
    stray: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    targets: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    weights: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 120, maxLength: 120 }),
  })
  .map(({ origins, ownSteps, into, shared, sharedEdges, stray, targets, weights }) => {
    const successors: number[][] = Array.from({ length: shared }, (_, node) =>
      sharedEdges[node]!.map((offset) => (((node + offset) % shared) + shared) % shared),
    );
    const originNodes: number[] = [];
    for (let origin = 0; origin < origins; origin++) {
      const own = Array.from({ length: ownSteps[origin]! + 1 }, () => successors.push([]) - 1);
      own.forEach((node, at) => successors[node]!.push(own[at + 1] ?? Math.min(into[origin] ?? 0, shared - 1)));
      originNodes.push(own[0]!);
    }
    for (const [from, to] of stray) successors[from % successors.length]!.push(to % successors.length);
    return { successors, origins: originNodes, targets, weights };
  });

/** A found path with its steps spelled out. */
function spelled(found: WeightedPath | undefined): { path: number[]; weight: number } | undefined {
  return found && { path: found.path.slice(), weight: found.weight };
}

/** The old way, kept as the oracle: a whole pass from the origin, and its first heaviest target in breadth-first order. */
function oldHeaviestTarget(
  graph: Digraph,
  origin: number,
  isTarget: (node: number) => boolean,
  weight: (edge: number) => number,
): { path: number[]; weight: number } | undefined {
  const paths = heaviestPaths(graph, stronglyConnectedComponents(graph), origin, weight);
  let worst: number | undefined;
  for (const node of paths.reached) {
    if (!isTarget(node)) continue;
    if (worst === undefined || paths.weightTo(node)! > paths.weightTo(worst)!) worst = node;
  }
  return worst === undefined ? undefined : { path: paths.pathTo(worst), weight: paths.weightTo(worst)! };
}

describe('HeaviestTarget', () => {
  it('finds, from each origin, the very path and weight a whole pass from it finds', () => {
    fc.assert(
      fc.property(funnelledGraph, ({ successors, origins, targets, weights }) => {
        const graph = new Digraph(successors);
        const isTarget = (node: number): boolean => targets[node]!;
        const weight = (edge: number): number => weights[edge]!;
        const finder = new HeaviestTarget(graph, stronglyConnectedComponents(graph), isTarget, weight);
        for (const origin of [...origins, ...origins]) {
          expect(spelled(finder.from(origin))).toEqual(oldHeaviestTarget(graph, origin, isTarget, weight));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('answers 300 intakes into one 3,000-step flow as a whole pass from each does', () => {
    const flow = 3_000;
    const successors: number[][] = Array.from({ length: flow }, (_, node) =>
      node + 1 < flow ? [node + 1, ...(node % 5 === 0 && node + 3 < flow ? [node + 3] : [])] : [],
    );
    const origins = Array.from({ length: 300 }, (_, intake) =>
      intake % 2 === 0 ? successors.push([0]) - 1 : successors.push([successors.length + 1], [0]) - 2,
    );
    const graph = new Digraph(successors);
    const isTarget = (node: number): boolean => node === flow - 1 || node === flow / 2;
    const weight = (edge: number): number => edge % 2;
    const finder = new HeaviestTarget(graph, stronglyConnectedComponents(graph), isTarget, weight);
    for (const origin of origins) {
      expect(spelled(finder.from(origin))).toEqual(oldHeaviestTarget(graph, origin, isTarget, weight));
    }
  });
});

describe('pathWithinComponent', () => {
  it('goes the shortest way round a cycle', () => {
    // 0 → 1 → 2 → 0 and 1 → 3 → 0 form one component; 1 → 4 leaves it.
    const graph = new Digraph([[1], [4, 2, 3], [0], [0], []]);
    const components = stronglyConnectedComponents(graph);
    expect(pathWithinComponent(graph, components, 1, 0)).toEqual([1, 2, 0]);
    expect(pathWithinComponent(graph, components, 2, 3)).toEqual([2, 0, 1, 3]);
    expect(pathWithinComponent(graph, components, 0, 0)).toEqual([0]);
  });
});

describe('on 100,000 steps', () => {
  const size = 100_000;

  it('weighs a chain without deep recursion', () => {
    const chain = new Digraph(Array.from({ length: size }, (_, n) => (n + 1 < size ? [n + 1] : [])));
    const paths = heaviestPaths(chain, stronglyConnectedComponents(chain), 0, (edge) => edge % 2);
    expect(paths.weightTo(size - 1)).toBe(49_999); // the odd edges of 0 .. 99,998
    expect(paths.pathTo(size - 1)).toHaveLength(size);
  });

  it('rebuilds a path through 50,000 small loops in linear time', () => {
    // Node 2k ↔ 2k+1 form a loop, and 2k+1 leads on to 2k+2.
    const loops = new Digraph(
      Array.from({ length: size }, (_, n) => (n % 2 === 0 ? [n + 1] : n + 1 < size ? [n - 1, n + 1] : [n - 1])),
    );
    const paths = heaviestPaths(loops, stronglyConnectedComponents(loops), 0, () => 1);
    expect(paths.weightTo(size - 1)).toBe(size / 2 - 1);
    const started = performance.now();
    expect(paths.pathTo(size - 1)).toHaveLength(size);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
