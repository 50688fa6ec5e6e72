import { compareText } from '../load/discover.js';
import type { ProcessGraph } from '../model/process-graph.js';
import { isEmergencyEntry, type Process } from '../model/process.js';
import type { Finding, ProcessRule } from './types.js';
import { gapOfWays, type Way } from './ways.js';

export const emergencyPath: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'emergency-path',
    defaultSeverity: 'high',
    summary:
      'No emergency entry (`emergency: true`, or an `intake` with intent `emergency`) is reachable; or one cannot reach a resolved `end`; or a step on an emergency path has no `actor`.',
    why:
      'In an emergency (a gas smell, an injury, a customer in danger) nobody has time to work out who does what. Staff need a path drawn in advance, with a person named at every step, that ends with the emergency dealt with, not a case closed as unresolved.',
    fix: 'Add an `intake` with `intent: emergency` (or mark the step where an emergency is recognised `emergency: true`), lead it to an `end` whose outcome is resolved, and give every step on the way an `actor`. If emergencies are handled by another process, waive this rule here and say which.',
    example: `process: gas-leak-report
title: Gas leak report
owner: duty-manager
review: { last: 2026-09-01, every: 365d }
roles:
  call-handler: { title: Call handler, frontline: true, training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
  duty-manager: { title: Duty manager, can: [repair], training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: emergency
    channel: phone
    actor: call-handler
    next: dispatch-engineer
  dispatch-engineer:
    type: action
    actor: duty-manager
    next: make-safe
  make-safe:
    type: resolve
    remedy: repair
    actor: duty-manager
    next: done
  done:
    type: end
    outcome: resolved
`,
    failingExample: `process: callback-request
title: Call-back request
owner: team-lead
review: { last: 2026-09-01, every: 365d }
roles:
  team-lead: { title: Team lead, training: { last: 2026-09-01, every: 365d } }
start: take-request
steps:
  take-request:
    type: intake
    next: call-back
  call-back:
    type: contact
    channel: phone
    actor: team-lead
    next: done
  done:
    type: end
`,
    structural: false,
    defaultOptions: {},
  },
  check(process, { graph }) {
    const entries = graph.emergencyEntries();
    if (entries.length === 0) return [noEmergencyEntry(process)];
    const ways = new Map<number, Way[]>();
    const add = (step: number, way: Way): void => {
      ways.set(step, [...(ways.get(step) ?? []), way]);
    };
    for (const entry of entries) {
      const way = unresolved(graph, entry);
      if (way) add(entry, way);
    }
    const emergencySteps = graph.emergencyPath();
    for (const index of emergencySteps.order) {
      if (graph.typeOf(index) !== 'end' && graph.step(index).actor === undefined) add(index, withoutActor(graph, emergencySteps.pathTo(index)));
    }
    return [...ways].map(([index, stepWays]) => {
      const step = graph.step(index);
      return gapOfWays(step.id, isEmergencyEntry(step) ? `emergency entry "${step.id}"` : `step "${step.id}"`, stepWays);
    });
  },
};

function noEmergencyEntry(process: Process): Finding {
  const unreached = process.steps.filter(isEmergencyEntry).map((step) => `"${step.id}"`).sort(compareText);
  const why = unreached.length > 0 ? ` (${unreached.join(' and ')} would be, but no \`start\` leads there)` : '';
  return {
    message: `process "${process.id}" has no emergency path: no step reachable from the start is an emergency entry${why}, so staff have no set way to handle an emergency; add an \`intake\` with \`intent: emergency\` (or mark a step \`emergency: true\`) that leads to a resolved \`end\`, or waive the rule with the process that handles emergencies`,
  };
}

function unresolved(graph: ProcessGraph, entry: number): Way | undefined {
  const reach = graph.searchFrom(entry);
  const ends = reach.order.filter((index) => graph.typeOf(index) === 'end');
  if (ends.some((index) => graph.step(index).outcome === 'resolved')) return undefined;
  const reached =
    ends.length === 0
      ? 'it never reaches an `end`'
      : `it ends only at ${ends.map((index) => `"${graph.step(index).id}" (${graph.step(index).outcome})`).join(', ')}`;
  return {
    text: `can reach no \`end\` whose outcome is resolved: ${reached}; lead it to an \`end\` with outcome resolved, so every emergency is seen through`,
  };
}

function withoutActor(graph: ProcessGraph, fromEntry: readonly number[]): Way {
  const fix = 'name the role (or `system`) that does it';
  if (fromEntry.length === 1) return { text: `has no \`actor\`, so nobody is named to act on it; ${fix}` };
  const path = graph.ids(fromEntry);
  return {
    path,
    text: `is on the emergency path from "${path[0]}" but has no \`actor\`, so nobody is named to do it: ${path.join(' → ')}; ${fix}`,
  };
}
