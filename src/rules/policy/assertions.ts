/**
 * docs/policies.md, Assertions: what each of a policy's assertions finds from one `from` step. Each is one
 * search (two for `every-path` with `within`), in O(V+E), as the built-in rules' are: k `from` steps cost O(k·(V+E)).
 */
import type { ProcessGraph } from '../../model/process-graph.js';
import type { Duration } from '../../model/time.js';
import { lateWay } from '../support/elapsed-time.js';
import type { Way } from '../support/ways.js';
import type { StepTest } from './selector.js';

/** The ways the assertion fails from `origin`: none when it holds there. */
export type Assertion = (graph: ProcessGraph, origin: number) => Way[];

const ASKED_FOR = 'a step it asks for';

/** `every-path`: every way from the origin to a `to` step passes a `passes` step, in time when `within` is given. */
export function everyPath(to: StepTest, passes: StepTest, within: Duration | undefined): Assertion {
  return (graph, origin) => {
    const ways: Way[] = [];
    const unpassed = reachedWithout(graph, origin, to, passes);
    if (unpassed)
      ways.push({ path: unpassed, text: `can reach "${unpassed[unpassed.length - 1]}" without passing ${ASKED_FOR}` });
    const late = within && lateWay(graph, origin, passes, within, ASKED_FOR);
    if (late) ways.push(late);
    return ways;
  };
}

/** `reaches`: a matching step can be reached; the origin itself counts. */
export function reaches(target: StepTest): Assertion {
  return (graph, origin) =>
    graph.reachFrom(origin).first(target) === undefined ? [{ text: `reaches no step it asks for` }] : [];
}

/** `never-reaches`: no `to` step can be reached, unless by passing an `unless-passes` step. */
export function neverReaches(to: StepTest, unlessPasses: StepTest | undefined): Assertion {
  return (graph, origin) => {
    const path = reachedWithout(graph, origin, to, unlessPasses ?? (() => false));
    if (!path) return [];
    const reached = `can reach "${path[path.length - 1]}"`;
    return [{ path, text: unlessPasses ? `${reached} without passing a step that allows it` : reached }];
  };
}

/** `each-step`: the origin (a step `from` matches, found without a search) matches the selector too. */
export function eachStep(selector: StepTest): Assertion {
  return (_graph, origin) => (selector(origin) ? [] : [{ text: 'is not as it asks' }]);
}

/** docs/format.md: the shortest path from the origin to a `target` step without passing a `blocked` one, as step ids (the origin is neither). */
function reachedWithout(
  graph: ProcessGraph,
  origin: number,
  target: StepTest,
  blocked: StepTest,
): string[] | undefined {
  const path = graph.findPath({ from: origin, avoid: blocked, isTarget: (step) => step !== origin && target(step) });
  return path && graph.ids(path);
}
