import type { ProcessGraph } from '../model/process-graph.js';
import { isComplaintIntake, type Process, type Step } from '../model/process.js';
import type { Finding, ProcessRule } from './types.js';

export const empowerment: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'empowerment',
    defaultSeverity: 'medium',
    summary:
      'A `resolve` step is done by a role whose `can` lacks its `remedy`, or from a complaint `intake` every way to a `resolve` step passes an `escalate` step.',
    why: 'When the person facing the customer may not give the remedy, the customer waits while someone asks permission, and every complaint climbs to a manager. Staff who can put things right on the spot end complaints while they are still small.',
    fix: 'Add the remedy to the `can` of the role that does the `resolve` step, or have a role that may give it do the step; give the complaint a way to a `resolve` step that does not need an escalation.',
    example: `process: faulty-kettle-complaint
title: Faulty kettle complaint
owner: store-manager
review: { last: 2026-09-01, every: 365d }
roles:
  store-agent: { title: Store agent, frontline: true, can: [exchange, refund], training: { last: 2026-09-01, every: 365d } }
  store-manager: { title: Store manager, can: [refund, exchange, credit] }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: store-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: store-agent
    next: exchange-kettle
  exchange-kettle:
    type: resolve
    remedy: exchange
    actor: store-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: store-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: faulty-kettle-complaint
title: Faulty kettle complaint
owner: store-manager
review: { last: 2026-09-01, every: 365d }
roles:
  store-agent: { title: Store agent, frontline: true, can: [exchange, refund], training: { last: 2026-09-01, every: 365d } }
  store-manager: { title: Store manager, can: [refund, exchange, credit] }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: store-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: store-agent
    next: ask-manager
  ask-manager:
    type: escalate
    to: store-manager
    actor: store-agent
    next: exchange-kettle
  exchange-kettle:
    type: resolve
    remedy: exchange
    actor: store-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: store-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {},
  },
  check(process, { graph }) {
    return [
      ...graph.reachableOfType('resolve').flatMap((index) => remedyOutOfReach(process, graph.step(index))),
      ...graph
        .reachableOfType('intake')
        .flatMap((index) => (isComplaintIntake(graph.step(index)) ? onlyThroughEscalation(graph, index) : [])),
    ];
  },
};

function remedyOutOfReach(process: Process, step: Step): Finding[] {
  const role = step.actor && process.roles.get(step.actor.id);
  if (role === undefined || step.remedy === undefined || role.can.includes(step.remedy)) return [];
  const allowed = role.can.length > 0 ? `it may give only ${role.can.join(', ')}` : 'it has no `can` at all';
  return [
    {
      step: step.id,
      message: `step "${step.id}" gives the remedy "${step.remedy}", but role "${role.id}" who does it may not (${allowed})`,
      fix: `add ${step.remedy} to the \`can\` of "${role.id}", or have a role that may give it do the step`,
    },
  ];
}

function onlyThroughEscalation(graph: ProcessGraph, intake: number): Finding[] {
  const isResolve = (index: number): boolean => graph.typeOf(index) === 'resolve';
  if (
    graph.findPath({ from: intake, avoid: (index) => graph.typeOf(index) === 'escalate', isTarget: isResolve }) !==
    undefined
  )
    return [];
  const found = graph.findPath({ from: intake, isTarget: isResolve });
  if (found === undefined) return [];
  const path = graph.ids(found);
  return [
    {
      step: path[0]!,
      path,
      message: `from complaint intake "${path[0]}" every way to a remedy passes an escalation, so the first person the customer reaches cannot put it right`,
      fix: 'give that role the remedy and a way to a `resolve` step',
    },
  ];
}
