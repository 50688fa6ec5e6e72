import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Digraph, stronglyConnectedComponents } from '../../src/model/graph.js';
import { heaviestPaths, pathWithinComponent } from '../../src/model/longest-path.js';

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
