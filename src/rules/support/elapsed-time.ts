/** Elapsed time (docs/format.md, Time), for the rules with a deadline: how long a customer can wait, at worst, and why. */
import type { ProcessGraph } from '../../model/process-graph.js';
import { StepPath } from '../../model/step-path.js';
import { formatSeconds, type Duration } from '../../model/time.js';
import { cutSteps, quoteSteps } from './step-list.js';
import type { Way } from './ways.js';

/**
 * How the worst-case elapsed time from `origin` to the first `isTarget` step breaks `limit`:
 * longer than it, unknown (steps without `takes`) or unbounded (a loop). Undefined when it
 * keeps to the limit, or when no target can be reached. `waitFor` names the target, like "its follow-up".
 * The text names what breaks it (the steps and waits that add up, every step without `takes` on the
 * way, or the loop), never the path: the path is the way's witness.
 */
export function lateWay(
  graph: ProcessGraph,
  origin: number,
  isTarget: (step: number) => boolean,
  limit: Duration,
  waitFor: string,
  mayReachTarget?: (step: number) => boolean,
): Way | undefined {
  const worst = graph.worstElapsedTime(origin, isTarget, mayReachTarget);
  switch (worst.kind) {
    case 'none':
      return undefined;
    case 'known': {
      if (worst.cost <= limit.seconds) return undefined;
      const parts = cutSteps(timeParts(graph, worst.path)).join(', ');
      return {
        path: StepPath.of(worst.path),
        text: `can wait ${formatSeconds(worst.cost)} for ${waitFor} at "${lastId(graph, worst.path)}", more than ${limit.text} (${parts})`,
      };
    }
    case 'unknown': {
      const way = [...worst.path, ...onToTarget(graph, origin, worst.node, isTarget, mayReachTarget)];
      const untimed = graph.ids(way.slice(0, -1).filter((step) => graph.step(step).takes === undefined));
      return {
        path: StepPath.of(way),
        text: `waits an unknown time for ${waitFor} at "${lastId(graph, way)}": ${quoteSteps(untimed)} ${untimed.length === 1 ? 'has' : 'have'} no \`takes\``,
      };
    }
    case 'unbounded': {
      const { into, loop } = enterLoop(worst.path, worst.cycle);
      return {
        path: StepPath.of([...into, ...loop.slice(1)]),
        text: `can wait without limit for ${waitFor}: the loop through ${quoteSteps(graph.ids(loop.slice(0, -1)))} can go round again and again`,
      };
    }
  }
}

function lastId(graph: ProcessGraph, path: readonly number[]): string {
  return graph.step(path[path.length - 1]!).id;
}

/**
 * The shortest way on from `step` (left out) to the first target, so that an unknown time's witness
 * ends where the customer is waiting for. Every step on it lies between the origin and a target,
 * where `worstElapsedTime` found no loop, so the way never comes back to a step already on the path.
 */
function onToTarget(
  graph: ProcessGraph,
  origin: number,
  step: number,
  isTarget: (step: number) => boolean,
  mayReachTarget: ((step: number) => boolean) | undefined,
): number[] {
  const path = graph.findPath({
    from: step,
    avoid: mayReachTarget && ((index) => !mayReachTarget(index)),
    isTarget: (index) => index !== origin && isTarget(index),
  });
  return path === undefined ? [] : path.slice(1);
}

/** The path cut where it first meets the loop, and the loop from there round to the same step. */
function enterLoop(path: readonly number[], cycle: readonly number[]): { into: number[]; loop: number[] } {
  const onLoop = new Set(cycle);
  const into = path.slice(0, path.findIndex((step) => onLoop.has(step)) + 1);
  const entry = cycle.indexOf(into[into.length - 1]!);
  return { into, loop: [...cycle.slice(entry), ...cycle.slice(0, entry + 1)] };
}

/** What the time along a path is made of: each step's `takes` and each wait (`after`), where not zero. */
function timeParts(graph: ProcessGraph, path: readonly number[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const [from, to] = [path[i]!, path[i + 1]!];
    const takes = graph.step(from).takes!.seconds;
    if (takes > 0) parts.push(`"${graph.step(from).id}" takes ${formatSeconds(takes)}`);
    const wait = longestWait(graph, from, to);
    if (wait > 0) parts.push(`a wait of ${formatSeconds(wait)} before "${graph.step(to).id}"`);
  }
  return parts;
}

/** The longest `after` among the transitions from one step to another (a step may name the same successor twice). */
function longestWait(graph: ProcessGraph, from: number, to: number): number {
  let longest = 0;
  graph.forEachSuccessor(from, (next, wait) => {
    if (next === to) longest = Math.max(longest, wait?.seconds ?? 0);
  });
  return longest;
}
