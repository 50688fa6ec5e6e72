import { canReach } from '../model/graph.js';
import type { ProcessGraph } from '../model/process-graph.js';
import type { ProcessRule } from './types.js';

export const endlessLoop: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'endless-loop',
    defaultSeverity: 'high',
    summary: 'From a step, neither an `end` nor a step without `next` can be reached: a loop with no way out.',
    why:
      'A case caught in a loop with no exit goes round for ever: the customer is asked again and again and the case is never closed.',
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
    const exits = process.steps.flatMap((_step, index) => (graph.typeOf(index) === 'end' || !graph.hasNext(index) ? [index] : []));
    const canEnd = canReach(graph.graph, exits);
    const towardLoop = stepsTowardLoop(graph, canEnd);
    return process.steps.flatMap((step, index) => {
      if (canEnd[index]) return [];
      const path = graph.ids(followUntilRepeat(index, towardLoop));
      const loop = path.slice(path.indexOf(path[path.length - 1]!));
      return [
        {
          step: step.id,
          path,
          message: `from step "${step.id}" the process can never end: every way on leads into the loop ${loop.join(' → ')}, which has no way out; give a step of the loop a "next" that leads to an end step`,
        },
      ];
    });
  },
};

/**
 * For each trapped step, the successor that leads soonest into a loop: inside a
 * loop, its first successor (in `next` order) in the same loop; outside, its first
 * successor one step nearer to a loop. Ties go by `next` order, never by where
 * steps stand in the file, so reordering the file does not change the witness.
 */
function stepsTowardLoop(graph: ProcessGraph, canEnd: Uint8Array): Int32Array {
  const { graph: digraph } = graph;
  const cycles = graph.cycles();
  const distance = new Int32Array(digraph.size).fill(-1);
  const queue: number[] = [];
  for (let node = 0; node < digraph.size; node++) {
    if (canEnd[node] || !cycles.inCycle(node)) continue;
    distance[node] = 0;
    queue.push(node);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let slot = digraph.predStart[node]!; slot < digraph.predStart[node + 1]!; slot++) {
      const previous = digraph.predSource[slot]!;
      if (canEnd[previous] || distance[previous] !== -1) continue;
      distance[previous] = distance[node]! + 1;
      queue.push(previous);
    }
  }
  const next = new Int32Array(digraph.size).fill(-1);
  for (const node of queue) {
    const leadsOn = (successor: number): boolean =>
      distance[node] === 0 ? cycles.component[successor] === cycles.component[node] : distance[successor] === distance[node]! - 1;
    next[node] = [...digraph.successors(node)].find(leadsOn)!;
  }
  return next;
}

function followUntilRepeat(start: number, next: Int32Array): number[] {
  const seen = new Set<number>();
  const path: number[] = [];
  for (let at = start; !seen.has(at); at = next[at]!) {
    seen.add(at);
    path.push(at);
  }
  path.push(next[path[path.length - 1]!]!);
  return path;
}
