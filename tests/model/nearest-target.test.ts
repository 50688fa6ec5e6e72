import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Digraph, reaching, search, stronglyConnectedComponents, worstCase } from '../../src/model/graph.js';
import { mayReachAny, NearestTarget } from '../../src/model/nearest-target.js';

/**
 * Random graphs of up to 40 nodes shaped like processes (mostly forward edges, some back edges,
 * self-loops and parallel edges), with targets, steps to avoid and origins drawn at random.
 */
const processLikeGraph = fc
  .integer({ min: 1, max: 40 })
  .chain((size) =>
    fc.record({
      size: fc.constant(size),
      successors: fc.array(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
            { weight: 1, arbitrary: fc.integer({ min: -size, max: 0 }) },
          ),
          { maxLength: 3 },
        ),
        { minLength: size, maxLength: size },
      ),
      targets: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      avoid: fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 4 }),
      origins: fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: 6 }),
    }),
  )
  .map(({ size, successors, ...rest }) => ({
    size,
    successors: successors.map((offsets, node) => offsets.map((offset) => (((node + offset) % size) + size) % size)),
    ...rest,
  }));

/** The old way, kept as the oracle: one breadth-first search per origin, its first target and the path to it. */
function oldPathFrom(
  graph: Digraph,
  origin: number,
  avoid: readonly number[],
  isTarget: (n: number) => boolean,
): number[] | undefined {
  const reach = search(graph, [origin], { blocked: (node) => avoid.includes(node) });
  const first = reach.first(isTarget);
  return first === undefined ? undefined : reach.pathTo(first);
}

describe('NearestTarget', () => {
  it('finds the very path a breadth-first search from each origin finds to its first target', () => {
    fc.assert(
      fc.property(processLikeGraph, ({ successors, targets, avoid, origins }) => {
        const graph = new Digraph(successors);
        const isTarget = (node: number): boolean => targets[node]!;
        // Pieces of one or two steps: paths are pieced together and shared as often as they can be.
        for (const piece of [undefined, 1, 2]) {
          const nearest = new NearestTarget(graph, stronglyConnectedComponents(graph), isTarget, piece);
          for (const origin of origins) {
            expect(nearest.pathFrom(origin, avoid)?.slice()).toEqual(oldPathFrom(graph, origin, avoid, isTarget));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers a long chain with a shared tail the same way', () => {
    const size = 2000;
    const successors = Array.from({ length: size }, (_, node) =>
      [node + 1, ...(node % 7 === 3 ? [node + 2] : [])].filter((next) => next < size),
    );
    const graph = new Digraph(successors);
    const isTarget = (node: number): boolean => node === size - 1 || node % 500 === 499;
    const nearest = new NearestTarget(graph, stronglyConnectedComponents(graph), isTarget);
    for (const origin of [0, 3, 10, 777, 1998]) {
      const avoid = [origin + 1, origin + 2].filter((node) => node < size);
      expect(nearest.pathFrom(origin, avoid)?.slice()).toEqual(oldPathFrom(graph, origin, avoid, isTarget));
    }
  });
});

describe('mayReachAny', () => {
  it('never leaves out a node that reaches a target, so a search pruned by it finds the same paths and worst cases', () => {
    fc.assert(
      fc.property(processLikeGraph, ({ size, successors, targets, origins }) => {
        const graph = new Digraph(successors);
        const components = stronglyConnectedComponents(graph);
        const targetNodes = [...Array(size).keys()].filter((node) => targets[node]);
        const mayReach = mayReachAny(components, targetNodes);
        for (const origin of origins) {
          const full = search(graph, [origin]);
          const pruned = search(graph, [origin], { blocked: (node) => !mayReach(node) });
          for (const target of targetNodes) {
            expect(pruned.has(target)).toBe(full.has(target));
            if (full.has(target)) expect(pruned.pathTo(target)).toEqual(full.pathTo(target));
          }
          const options = {
            isTarget: (node: number) => targets[node]!,
            nodeCost: (node: number) => (node % 5 === 4 ? undefined : node % 3),
            edgeCost: (edge: number) => edge % 2,
          };
          expect(worstCase(graph, origin, { ...options, mayReachTarget: mayReach })).toEqual(
            worstCase(graph, origin, options),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reaching', () => {
  it('answers, in one backward pass, whether a search from each node finds a target (human-touch once searched from each intake)', () => {
    fc.assert(
      fc.property(processLikeGraph, ({ size, successors, targets }) => {
        const graph = new Digraph(successors);
        const targetNodes = [...Array(size).keys()].filter((node) => targets[node]);
        const reachesTarget = reaching(graph, targetNodes);
        for (let origin = 0; origin < size; origin++) {
          expect(reachesTarget.has(origin)).toBe(search(graph, [origin]).first((node) => targets[node]!) !== undefined);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
