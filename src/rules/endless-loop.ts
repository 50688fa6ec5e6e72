import type { ProcessGraph } from '../model/process-graph.js';
import { quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';

export const endlessLoop: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'endless-loop',
    defaultSeverity: 'high',
    summary:
      'Steps form a closed loop: no `end`, no step without `next` and no `next` leading out, so a case that enters it never ends.',
    why: 'A case caught in a loop with no exit goes round for ever: the customer is asked again and again and the case is never closed.',
    fix: 'Give one step of the loop a `next` that leaves it, usually through a `decision` with a `when` that ends the loop.',
    example: `process: missing-details
title: Chase missing order details
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: ask-details
steps:
  ask-details:
    type: contact
    channel: phone
    actor: agent
    next: check-details
  check-details:
    type: decision
    actor: agent
    next:
      - to: ask-details
        when: details still missing
      - to: done
        when: details complete
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: missing-details
title: Chase missing order details
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: ask-details
steps:
  ask-details:
    type: contact
    channel: phone
    actor: agent
    next: check-details
  check-details:
    type: decision
    actor: agent
    next:
      - to: ask-details
        when: details still missing
      - to: ask-details
        when: details complete
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {},
  },
  check(process, { graph }) {
    const exits = process.steps.flatMap((_step, index) =>
      graph.typeOf(index) === 'end' || !graph.hasNext(index) ? [index] : [],
    );
    const canEnd = graph.stepsReaching(exits);
    return closedLoops(graph, canEnd).map((members) => {
      const first = members[0]!;
      const others = trappedBefore(graph, members, canEnd);
      const leadIn =
        others === 0 ? '' : ` (${others === 1 ? '1 other step leads' : `${others} other steps lead`} only into it)`;
      return {
        step: graph.step(first).id,
        path: graph.ids(roundTrip(graph, first)),
        message: `the loop ${quoteSteps(graph.ids(members))} has no way out, so a case that enters it never ends${leadIn}`,
        fix: 'give a step of the loop a "next" that leads to an end step',
      };
    });
  },
};

/**
 * docs/rules/endless-loop.md: each closed loop (a strongly connected set with an edge among its steps, no edge
 * leaving it, no `end` and no step without `next`) as its steps in file order.
 */
function closedLoops(graph: ProcessGraph, canEnd: ReadonlySet<number>): number[][] {
  const { component, inCycle } = graph.cycles();
  const leaves = new Set<number>();
  const leaving = (next: number, _wait: unknown, node: number): void => {
    if (component[next] !== component[node]) leaves.add(component[node]!);
  };
  for (let node = 0; node < graph.steps.length; node++) graph.forEachSuccessor(node, leaving);
  const loops = new Map<number, number[]>();
  for (let node = 0; node < graph.steps.length; node++) {
    const own = component[node]!;
    if (canEnd.has(node) || !inCycle(node) || leaves.has(own)) continue;
    const members = loops.get(own);
    if (members) members.push(node);
    else loops.set(own, [node]);
  }
  return [...loops.values()];
}

/** The shortest way from `first` round the loop back to it: the loop as a customer goes round it. */
function roundTrip(graph: ProcessGraph, first: number): number[] {
  const { component } = graph.cycles();
  return graph.findPath({
    from: first,
    avoid: (node) => component[node] !== component[first],
    isTarget: (node) => node === first,
  })!;
}

/** How many steps outside the loop lead into it and cannot end: closing the loop closes them too. */
function trappedBefore(graph: ProcessGraph, members: readonly number[], canEnd: ReadonlySet<number>): number {
  return graph.stepsReaching(members, (node) => !canEnd.has(node)).size - members.length;
}
