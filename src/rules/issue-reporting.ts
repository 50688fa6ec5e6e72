import { isComplaintIntake } from '../model/process.js';
import { quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';

export const issueReporting: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'issue-reporting',
    defaultSeverity: 'low',
    summary: 'The process has a complaint `intake` or an `escalate` step but no reachable `report` step.',
    why: 'Complaints and escalations are how a team learns what is going wrong. If nobody logs them, the same fault reaches the next customer, and the one after, and nobody sees the pattern until it is a crisis.',
    fix: 'Add a `report` step where staff log what went wrong (after the complaint is resolved, or when the case is escalated) and lead a `next` to it.',
    example: `process: wrong-order-complaint
title: Wrong order complaint
owner: shift-lead
review: { last: 2026-09-01, every: 365d }
roles:
  server: { title: Server, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  shift-lead: { title: Shift lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: server
    next: replace-dish
  replace-dish:
    type: resolve
    remedy: replace
    actor: server
    next: log-mistake
  log-mistake:
    type: report
    actor: server
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: wrong-order-complaint
title: Wrong order complaint
owner: shift-lead
review: { last: 2026-09-01, every: 365d }
roles:
  server: { title: Server, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  shift-lead: { title: Shift lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: server
    next: replace-dish
  replace-dish:
    type: resolve
    remedy: replace
    actor: server
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
  check(_process, { graph }) {
    if (graph.reachableOfType('report').length > 0) return [];
    const triggers = graph
      .reachableSteps()
      .filter((index) => graph.typeOf(index) === 'escalate' || isComplaintIntake(graph.step(index)))
      .map((index) => graph.step(index));
    if (triggers.length === 0) return [];
    return [
      {
        message: `the process takes complaints or escalates cases (${quoteSteps(triggers.map((step) => step.id))}) but has no \`report\` step, so staff have no way to record what went wrong`,
        fix: 'add a `report` step and lead a `next` to it',
      },
    ];
  },
};
