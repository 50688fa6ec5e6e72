import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Digraph, canReach, search, stronglyConnectedComponents, worstCase } from '../../src/model/graph.js';

/** A small random graph: up to 7 nodes, any edges (self-loops and parallel edges included). */
const smallGraph = fc.integer({ min: 1, max: 7 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    successors: fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), {
      minLength: size,
      maxLength: size,
    }),
    origin: fc.integer({ min: 0, max: size - 1 }),
    marks: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    others: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    costs: fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { freq: 6 }), { minLength: size, maxLength: size }),
  }),
);

/** Brute force: every node reachable from `from` by walks that skip `blocked` nodes and do not continue past `stopAt` nodes. */
function bruteReach(
  successors: number[][],
  from: number,
  blocked: (n: number) => boolean,
  stopAt: (n: number) => boolean,
): Set<number> {
  const seen = new Set([from]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of [...seen]) {
      if (node !== from && stopAt(node)) continue;
      for (const next of successors[node]!) {
        if (!seen.has(next) && !blocked(next)) {
          seen.add(next);
          changed = true;
        }
      }
    }
  }
  return seen;
}

function isPath(successors: number[][], path: number[]): boolean {
  return path.every((node, i) => i === 0 || successors[path[i - 1]!]!.includes(node));
}

/** Every simple path from `origin` that ends at its first target. */
function simplePathsToTargets(successors: number[][], origin: number, isTarget: (n: number) => boolean): number[][] {
  const found: number[][] = [];
  const walk = (path: number[]): void => {
    const last = path[path.length - 1]!;
    if (path.length > 1 && isTarget(last)) {
      found.push(path);
      return;
    }
    for (const next of successors[last]!) if (!path.includes(next)) walk([...path, next]);
  };
  walk([origin]);
  return found;
}

describe('search', () => {
  it('reaches exactly what brute force reaches, by shortest valid paths', () => {
    fc.assert(
      fc.property(smallGraph, ({ successors, origin, marks, others }) => {
        const graph = new Digraph(successors);
        const blocked = (n: number): boolean => marks[n]!;
        const stopAt = (n: number): boolean => others[n]!;
        const reach = search(graph, [origin], { blocked, stopAt });
        const expected = bruteReach(successors, origin, blocked, stopAt);
        expect(new Set(reach.order)).toEqual(expected);
        for (const node of reach.order) {
          const path = reach.pathTo(node);
          expect(path[0]).toBe(origin);
          expect(path[path.length - 1]).toBe(node);
          expect(isPath(successors, path)).toBe(true);
          // Shortest: no node of the graph reachable in fewer steps under the same rules.
          const levels = bfsLevels(successors, origin, blocked, stopAt);
          expect(path.length - 1).toBe(levels.get(node));
        }
      }),
    );
  });
});

describe('search over one graph', () => {
  it('refuses to start inside another, and is usable again after a callback throws', () => {
    const graph = new Digraph([[1], [2], []]);
    expect(() => search(graph, [0], { blocked: () => search(graph, [1]).has(2) })).toThrow(/while another was running/);
    expect(search(graph, [0]).order).toEqual([0, 1, 2]);
  });

  it('forgets the marks of earlier searches, and answers for each of them afterwards', () => {
    const graph = new Digraph([[1], [2], [0]]);
    const fromStart = search(graph, [0], { blocked: (n) => n === 2 });
    const fromEnd = search(graph, [2]);
    expect(fromStart.order).toEqual([0, 1]);
    expect(fromStart.has(2)).toBe(false);
    expect(fromEnd.pathTo(1)).toEqual([2, 0, 1]);
  });
});

function bfsLevels(
  successors: number[][],
  from: number,
  blocked: (n: number) => boolean,
  stopAt: (n: number) => boolean,
): Map<number, number> {
  const level = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const node of frontier) {
      if (node !== from && stopAt(node)) continue;
      for (const target of successors[node]!) {
        if (level.has(target) || blocked(target)) continue;
        level.set(target, level.get(node)! + 1);
        next.push(target);
      }
    }
    frontier = next;
  }
  return level;
}

describe('canReach', () => {
  it('marks exactly the nodes with a path to a target', () => {
    fc.assert(
      fc.property(smallGraph, ({ size, successors, marks }) => {
        const targets = [...Array(size).keys()].filter((n) => marks[n]);
        const marked = canReach(new Digraph(successors), targets);
        for (let node = 0; node < size; node++) {
          const reaches = targets.some((t) =>
            bruteReach(
              successors,
              node,
              () => false,
              () => false,
            ).has(t),
          );
          expect(marked[node] === 1).toBe(reaches);
        }
      }),
    );
  });
});

describe('stronglyConnectedComponents', () => {
  it('groups mutually reachable nodes, finds cycles, and numbers components in reverse topological order', () => {
    fc.assert(
      fc.property(smallGraph, ({ size, successors }) => {
        const components = stronglyConnectedComponents(new Digraph(successors));
        const reaches = (a: number, b: number): boolean =>
          bruteReach(
            successors,
            a,
            () => false,
            () => false,
          ).has(b);
        for (let a = 0; a < size; a++) {
          const onCycle = successors[a]!.some((next) => reaches(next, a));
          expect(components.inCycle(a)).toBe(onCycle);
          for (let b = 0; b < size; b++) {
            expect(components.component[a] === components.component[b]).toBe(reaches(a, b) && reaches(b, a));
          }
          for (const next of successors[a]!)
            expect(components.component[a]!).toBeGreaterThanOrEqual(components.component[next]!);
        }
      }),
    );
  });
});

describe('worstCase', () => {
  it('agrees with enumerating every path', () => {
    fc.assert(
      fc.property(smallGraph, ({ successors, origin, marks, costs }) => {
        const graph = new Digraph(successors);
        const isTarget = (n: number): boolean => marks[n]!;
        const edgeCost = (edge: number): number => edge % 3;
        const nodeCost = (n: number): number | undefined => costs[n] ?? undefined;
        const result = worstCase(graph, origin, { isTarget, nodeCost, edgeCost });
        const paths = simplePathsToTargets(successors, origin, (n) => n !== origin && isTarget(n));
        if (paths.length === 0) {
          expect(result.kind).toBe('none');
          return;
        }
        const onSomePath = new Set(paths.flatMap((path) => path.slice(0, -1)));
        const hasCycle =
          [...onSomePath].some(
            (node) =>
              successors[node]!.some(
                (next) =>
                  next !== origin &&
                  onSomePath.has(next) &&
                  bruteReach(
                    successors,
                    next,
                    (n) => !onSomePath.has(n),
                    () => false,
                  ).has(node),
              ) ||
              (successors[node]!.includes(origin) && node !== origin && onSomePath.has(origin)),
          ) || successors[origin]!.includes(origin);
        if (result.kind === 'unbounded') {
          expect(isPath(successors, [...result.cycle, result.cycle[0]!])).toBe(true);
          expect(result.path[0]).toBe(origin);
          expect(result.path[result.path.length - 1]).toBe(result.cycle[0]);
          return;
        }
        expect(hasCycle).toBe(false);
        if (result.kind === 'unknown') {
          expect(nodeCost(result.node)).toBeUndefined();
          expect(onSomePath.has(result.node)).toBe(true);
          return;
        }
        expect(result.kind).toBe('known');
        if (result.kind !== 'known') return;
        expect([...onSomePath].every((node) => nodeCost(node) !== undefined)).toBe(true);
        const edgeIdOf = (from: number, to: number): number => {
          for (let e = graph.edgeStart[from]!; e < graph.edgeStart[from + 1]!; e++)
            if (graph.edgeTarget[e] === to) return e;
          return -1;
        };
        // Parallel edges: the costliest edge between two nodes counts.
        const stepCost = (from: number, to: number): number => {
          let best = -Infinity;
          for (let e = graph.edgeStart[from]!; e < graph.edgeStart[from + 1]!; e++)
            if (graph.edgeTarget[e] === to) best = Math.max(best, edgeCost(e));
          return nodeCost(from)! + best;
        };
        const costOf = (path: number[]): number =>
          path.slice(1).reduce((sum, node, i) => sum + stepCost(path[i]!, node), 0);
        expect(result.cost).toBe(Math.max(...paths.map(costOf)));
        expect(costOf(result.path)).toBe(result.cost);
        expect(edgeIdOf(result.path[0]!, result.path[1]!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('tells a wait on a cycle (unbounded) from a missing cost (unknown)', () => {
    const loop = new Digraph([[1], [2, 0], []]);
    expect(worstCase(loop, 0, { isTarget: (n) => n === 2, nodeCost: () => 1, edgeCost: () => 0 }).kind).toBe(
      'unbounded',
    );
    const line = new Digraph([[1], [2], []]);
    const unknown = worstCase(line, 0, {
      isTarget: (n) => n === 2,
      nodeCost: (n) => (n === 1 ? undefined : 1),
      edgeCost: () => 0,
    });
    expect(unknown).toEqual({ kind: 'unknown', node: 1, path: [0, 1] });
  });
});

describe('a 100,000-step process', () => {
  const size = 100_000;
  const chain = new Digraph(Array.from({ length: size }, (_, n) => (n + 1 < size ? [n + 1] : [])));
  const ring = new Digraph(Array.from({ length: size }, (_, n) => [(n + 1) % size]));

  it('is searched, split into components and costed without deep recursion', () => {
    expect(search(chain, [0]).pathTo(size - 1)).toHaveLength(size);
    expect(canReach(chain, [size - 1])[0]).toBe(1);
    expect(stronglyConnectedComponents(chain).count).toBe(size);
    expect(stronglyConnectedComponents(ring).count).toBe(1);
    const cost = worstCase(chain, 0, { isTarget: (n) => n === size - 1, nodeCost: () => 1, edgeCost: () => 0 });
    expect(cost.kind === 'known' && cost.cost).toBe(size - 1);
    const unbounded = worstCase(ring, 0, { isTarget: () => false, nodeCost: () => 1, edgeCost: () => 0 });
    expect(unbounded.kind).toBe('none');
    const around = worstCase(
      new Digraph([...Array.from({ length: size }, (_, n) => (n === size - 1 ? [0, size] : [n + 1])), []]),
      0,
      {
        isTarget: (n) => n === size,
        nodeCost: () => 1,
        edgeCost: () => 0,
      },
    );
    expect(around.kind === 'unbounded' && around.cycle).toHaveLength(size);
  });
});
