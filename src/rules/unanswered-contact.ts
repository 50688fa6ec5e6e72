import type { ProcessRule } from './types.js';

export const unansweredContact: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'unanswered-contact',
    defaultSeverity: 'high',
    summary:
      'From an `intake`, an `end` (or a step with no `next`) can be reached without passing a customer-facing step: the customer may never hear back.',
    why: 'Silence is the worst answer. A customer who wrote in and never heard back does not know whether anyone read it, so they write again, call, and then complain about being ignored on top of the problem they came with.',
    fix: 'Put a customer-facing step (a `contact`, `confirm`, `resolve`, `deny`, ... done for the customer) on every way from the intake to an end, so every customer hears back. A live call answered by a role answers itself.',
    example: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    actor: system
    next: sort-request
  sort-request:
    type: decision
    actor: system
    next:
      - to: reply
        when: a question we can answer
      - to: refer-elsewhere
        when: meant for another company
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  refer-elsewhere:
    type: deny
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    actor: system
    next: sort-request
  sort-request:
    type: decision
    actor: system
    next:
      - to: reply
        when: a question we can answer
      - to: done
        when: meant for another company
  reply:
    type: contact
    channel: email
    actor: agent
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
    return graph.reachableOfType('intake').flatMap((intake) => {
      const step = graph.step(intake);
      if (graph.isCustomerFacing(intake)) return [];
      const found = graph.findPath({
        from: intake,
        avoid: (index) => graph.isCustomerFacing(index),
        isTarget: (index) => graph.typeOf(index) === 'end' || !graph.hasNext(index),
      });
      if (found === undefined) return [];
      const path = graph.ids(found);
      const stop =
        graph.typeOf(found[found.length - 1]!) === 'end'
          ? `end at "${path[path.length - 1]}"`
          : `stop at "${path[path.length - 1]}" (it has no \`next\`)`;
      return [
        {
          step: step.id,
          path,
          message: `from intake "${step.id}" the case can ${stop} without the customer ever hearing back`,
          fix: 'put a customer-facing step (a `contact` by a role) on every way from the intake to an end',
        },
      ];
    });
  },
};
