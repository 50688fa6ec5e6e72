import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Digraph, canReach, stronglyConnectedComponents } from '../../src/model/graph.js';
import { HeaviestTarget } from '../../src/model/longest-path.js';
import { ProcessGraph } from '../../src/model/process-graph.js';
import { parseDuration } from '../../src/model/time.js';
import { processOf, step, to } from '../helpers/process-builder.js';

/**
 * A small random process: up to 7 steps `s0`…, each `next` entry naming a step (self-loops and a step
 * named twice included) or, now and then, no step at all; some entries wait (`after`), some steps take time.
 */
const smallProcess = fc
  .integer({ min: 1, max: 7 })
  .chain((size) =>
    fc.record({
      next: fc.array(
        fc.array(
          fc.record({
            to: fc.option(fc.integer({ min: 0, max: size - 1 }), { freq: 8 }),
            after: fc.option(fc.integer({ min: 1, max: 9 })),
          }),
          { maxLength: 3 },
        ),
        { minLength: size, maxLength: size },
      ),
      takes: fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { freq: 6 }), { minLength: size, maxLength: size }),
      from: fc.integer({ min: 0, max: size - 1 }),
      avoided: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      targets: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      passing: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  )
  .map((drawn) => {
    const steps = drawn.next.map((entries, index) =>
      step(`s${index}`, 'action', {
        next: entries.map((entry) =>
          to(entry.to === null ? 'nowhere' : `s${entry.to}`, entry.after === null ? {} : { after: `${entry.after}m` }),
        ),
        ...(drawn.takes[index] === null ? {} : { takes: parseDuration(`${drawn.takes[index]}m`)! }),
      }),
    );
    /** The known successors of each step, in `next` order, with the wait in seconds (0 when none). */
    const successors = drawn.next.map((entries) =>
      entries.flatMap((entry) => (entry.to === null ? [] : [{ to: entry.to, wait: (entry.after ?? 0) * 60 }])),
    );
    return {
      ...drawn,
      graph: new ProcessGraph(processOf(steps)),
      successors,
      targetsOf: successors.map((list) => list.map((edge) => edge.to)),
    };
  });

function isPath(successors: number[][], path: readonly number[]): boolean {
  return path.every((step, i) => i === 0 || successors[path[i - 1]!]!.includes(step));
}

/** Brute force: the fewest edges (at least one) from `from` to a target, entering no avoided step; states are (step, passed). */
function fewestEdges(
  successors: number[][],
  from: number,
  avoided: boolean[],
  passes: (step: number) => boolean,
  isTarget: (step: number, passed: boolean) => boolean,
): number | undefined {
  let layer = new Set([`${from}:${passes(from)}`]);
  for (let length = 1; length <= successors.length * 2 + 1; length++) {
    const next = new Set<string>();
    for (const state of layer) {
      const [at, passed] = [Number(state.split(':')[0]), state.endsWith('true')];
      for (const target of successors[at]!) {
        if (avoided[target]) continue;
        const nowPassed = passed || passes(target);
        if (isTarget(target, nowPassed)) return length;
        next.add(`${target}:${nowPassed}`);
      }
    }
    layer = next;
  }
  return undefined;
}

describe('ProcessGraph successors', () => {
  it('lists each known `next` target in order, with its wait, and counts them', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, successors }) => {
        successors.forEach((expected, index) => {
          const seen: { to: number; wait: number }[] = [];
          graph.forEachSuccessor(index, (next, wait) => seen.push({ to: next, wait: wait?.seconds ?? 0 }));
          expect(seen).toEqual(expected);
          expect(graph.successorCount(index)).toBe(expected.length);
          expect(graph.hasNext(index)).toBe(expected.length > 0);
        });
      }),
    );
  });

  it('finds the first successor that passes a test', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, successors, targets }) => {
        successors.forEach((expected, index) => {
          expect(graph.findSuccessor(index, (next) => targets[next]!)).toBe(
            expected.find((edge) => targets[edge.to])?.to,
          );
          expect(graph.findSuccessor(index, (_next, wait) => wait !== undefined)).toBe(
            expected.find((edge) => edge.wait > 0)?.to,
          );
        });
      }),
    );
  });
});

describe('ProcessGraph.findPath', () => {
  it('finds the witness searchFrom gives for the nearest target, and nothing when none can be reached', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, from, avoided, targets, targetsOf }) => {
        const avoid = (index: number): boolean => avoided[index]!;
        const isTarget = (index: number): boolean => targets[index]! && index !== from;
        const reach = graph.searchFrom(from, { avoid });
        const nearest = reach.first(isTarget);
        const path = graph.findPath({ from, avoid, isTarget });
        expect(path).toEqual(nearest === undefined ? undefined : reach.pathTo(nearest));
        if (path) expect(isPath(targetsOf, path)).toBe(true);
      }),
    );
  });

  it('takes the fewest steps to a target, passing no avoided step, and comes back to its start only round a loop', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, from, avoided, targets, targetsOf }) => {
        const avoid = (index: number): boolean => avoided[index]!;
        const isTarget = (index: number): boolean => targets[index]!;
        const path = graph.findPath({ from, avoid, isTarget });
        const fewest = fewestEdges(targetsOf, from, avoided, () => false, isTarget);
        expect(path?.length).toBe(fewest === undefined ? undefined : fewest + 1);
        if (path === undefined) return;
        expect(path[0]).toBe(from);
        expect(isTarget(path[path.length - 1]!)).toBe(true);
        expect(path.slice(1).some(avoid)).toBe(false);
        expect(isPath(targetsOf, path)).toBe(true);
      }),
    );
  });

  it('tells the target whether the path passed a `passes` step (the start counts)', () => {
    fc.assert(
      fc.property(smallProcess, fc.boolean(), ({ graph, from, avoided, targets, passing, targetsOf }, afterPassing) => {
        const avoid = (index: number): boolean => avoided[index]!;
        const passes = (index: number): boolean => passing[index]!;
        const isTarget = (index: number, passed: boolean): boolean => targets[index]! && passed === afterPassing;
        const path = graph.findPath({ from, avoid, passes, isTarget });
        const fewest = fewestEdges(targetsOf, from, avoided, passes, isTarget);
        expect(path?.length).toBe(fewest === undefined ? undefined : fewest + 1);
        if (path === undefined) return;
        expect(path[0]).toBe(from);
        expect(isTarget(path[path.length - 1]!, path.some(passes))).toBe(true);
        expect(path.slice(1).some(avoid)).toBe(false);
        expect(isPath(targetsOf, path)).toBe(true);
      }),
    );
  });

  it('goes round a loop back to its start, the shortest way', () => {
    const graph = new ProcessGraph(
      processOf([
        step('a', 'action', { next: [to('b'), to('c')] }),
        step('b', 'action', { next: [to('d')] }),
        step('c', 'action', { next: [to('a')] }),
        step('d', 'end'),
      ]),
    );
    expect(graph.ids(graph.findPath({ from: 0, isTarget: (index) => index === 0 })!)).toEqual(['a', 'c', 'a']);
    expect(
      graph.findPath({ from: 0, avoid: (index) => index === 2, isTarget: (index) => index === 0 }),
    ).toBeUndefined();
  });
});

describe('ProcessGraph.stepsReaching', () => {
  it('holds exactly the steps with a path to a target, walking back only through `within` steps', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, targets, avoided, targetsOf }) => {
        const goals = targets.flatMap((isGoal, index) => (isGoal ? [index] : []));
        const within = (index: number): boolean => !avoided[index];
        const expected = canReach(new Digraph(targetsOf), goals, within);
        const found = graph.stepsReaching(goals, within);
        expect([...found].sort((a, b) => a - b)).toEqual([...expected.keys()].filter((index) => expected[index] === 1));
      }),
    );
  });
});

describe('ProcessGraph.worstElapsedTime', () => {
  it('adds the `takes` of each step left and the `after` of each wait on the way', () => {
    const graph = new ProcessGraph(
      processOf([
        step('ask', 'contact', { takes: parseDuration('5m')!, next: [to('quick'), to('slow', { after: '2h' })] }),
        step('quick', 'action', { takes: parseDuration('1m')!, next: [to('done')] }),
        step('slow', 'action', { takes: parseDuration('10m')!, next: [to('done', { after: '1d' })] }),
        step('done', 'end'),
      ]),
    );
    const worst = graph.worstElapsedTime(0, (index) => graph.typeOf(index) === 'end');
    expect(worst).toEqual({ kind: 'known', cost: 5 * 60 + 2 * 3600 + 10 * 60 + 86_400, path: [0, 2, 3] });
  });

  it('is unknown where a step on the way has no `takes`, and none where no target is reached', () => {
    const graph = new ProcessGraph(processOf([step('ask', 'contact', { next: [to('done')] }), step('done', 'end')]));
    expect(graph.worstElapsedTime(0, (index) => index === 1)).toMatchObject({ kind: 'unknown', node: 0 });
    expect(graph.worstElapsedTime(1, (index) => index === 0)).toEqual({ kind: 'none' });
  });
});

describe('ProcessGraph.heaviestPathsTo and pathWithinLoop', () => {
  it('weighs edges by their two steps as the graph algorithm weighs them by edge', () => {
    fc.assert(
      fc.property(smallProcess, ({ graph, from, targets, passing, targetsOf }) => {
        const weight = (source: number, target: number): number => (targets[source] !== targets[target] ? 1 : 0);
        const isTarget = (index: number): boolean => passing[index]!;
        const digraph = new Digraph(targetsOf);
        const edgeEnds = targetsOf.flatMap((list, source) => list.map((target) => [source, target] as const));
        const expected = new HeaviestTarget(digraph, stronglyConnectedComponents(digraph), isTarget, (edge) =>
          weight(...edgeEnds[edge]!),
        ).from(from);
        expect(graph.heaviestPathsTo(isTarget, weight)(from)).toEqual(expected);
      }),
    );
  });

  it('goes round a loop without leaving it', () => {
    const graph = new ProcessGraph(
      processOf([
        step('a', 'action', { next: [to('b')] }),
        step('b', 'action', { next: [to('out'), to('c')] }),
        step('c', 'action', { next: [to('a')] }),
        step('out', 'end'),
      ]),
    );
    expect(graph.ids(graph.pathWithinLoop(1, 0))).toEqual(['b', 'c', 'a']);
  });
});
