import type { ProcessRule } from './types.js';

export const escalationClosure: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'escalation-closure',
    defaultSeverity: 'high',
    summary:
      'From an `escalate` step, an `end` can be reached without a customer-facing step: the escalation may never come back to the customer.',
    why: 'An escalation is where the customer hands their problem to someone they will never speak to. If the case can be settled upstairs and closed without anyone telling the customer, they are left waiting for an answer that was already given, and the escalation feels like a black hole.',
    fix: 'After the `escalate` step, put a customer-facing step (a `contact`, `resolve` or `deny`, for example) on every way to an `end`, so whoever decides tells the customer.',
    example: `process: refund-escalation
title: Goodwill refund request
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead, can: [refund], training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: phone
    actor: care-agent
    next: escalate-refund
  escalate-refund:
    type: escalate
    to: care-lead
    actor: care-agent
    next: decide-refund
  decide-refund:
    type: decision
    actor: care-lead
    next:
      - to: give-refund
        when: refund approved
      - to: explain-refusal
        when: refund refused
  give-refund:
    type: resolve
    remedy: refund
    actor: care-lead
    next: log-request
  explain-refusal:
    type: deny
    actor: care-lead
    next: log-request
  log-request:
    type: report
    actor: care-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: refund-escalation
title: Goodwill refund request
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead, can: [refund], training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: phone
    actor: care-agent
    next: escalate-refund
  escalate-refund:
    type: escalate
    to: care-lead
    actor: care-agent
    next: decide-refund
  decide-refund:
    type: decision
    actor: care-lead
    next:
      - to: give-refund
        when: refund approved
      - to: log-request
        when: refund refused
  give-refund:
    type: resolve
    remedy: refund
    actor: care-lead
    next: log-request
  log-request:
    type: report
    actor: care-lead
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
    return graph.reachableOfType('escalate').flatMap((escalation) => {
      const found = graph.findPath({
        from: escalation,
        avoid: (index) => graph.isCustomerFacing(index),
        isTarget: (index) => graph.typeOf(index) === 'end',
      });
      if (found === undefined) return [];
      const path = graph.ids(found);
      return [
        {
          step: path[0]!,
          path,
          message: `from escalation "${path[0]}" the case can end at "${path[path.length - 1]}" without anyone getting back to the customer`,
          fix: 'put a `contact`, `resolve` or `deny` on every way from the escalation to an end',
        },
      ];
    });
  },
};
