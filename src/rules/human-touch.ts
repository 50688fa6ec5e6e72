import type { ProcessRule } from './types.js';

export const humanTouch: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'human-touch',
    defaultSeverity: 'medium',
    summary:
      'From an `intake`, no customer-facing step done by a role can be reached (the intake itself counts): the customer can never reach a person.',
    why: 'Automated replies are fine until something goes wrong. A customer who can only ever reach a form, a bot or a queue has nowhere to go when the automation does not fit their problem, and that is when they go public.',
    fix: 'Give the intake a way to a customer-facing step (a `contact`, `listen`, `resolve`, ...) whose `actor` is a role declared under `roles`, not `system` or `customer`.',
    example: `process: password-reset
title: Password reset
owner: support-agent
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: web-form
    actor: system
    next: send-reset-link
  send-reset-link:
    type: contact
    channel: email
    actor: system
    next: check-reset
  check-reset:
    type: decision
    actor: system
    next:
      - to: done
        when: password was reset
      - to: call-customer
        when: reset link not used within a day
  call-customer:
    type: contact
    channel: phone
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: password-reset
title: Password reset
owner: support-agent
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: web-form
    actor: system
    next: send-reset-link
  send-reset-link:
    type: contact
    channel: email
    actor: system
    next: check-reset
  check-reset:
    type: decision
    actor: system
    next:
      - to: done
        when: password was reset
      - to: send-reset-link
        when: reset link not used within a day
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
    // One backward pass from every person the customer can meet, not a search from each intake.
    const people = graph
      .reachableSteps()
      .filter((index) => graph.isCustomerFacing(index) && graph.roleOf(index) !== undefined);
    const reachesPerson = graph.stepsReaching(people);
    return graph.reachableOfType('intake').flatMap((intake) => {
      const step = graph.step(intake);
      if (reachesPerson.has(intake)) return [];
      return [
        {
          step: step.id,
          message: `from intake "${step.id}" the customer can never reach a person: no customer-facing step is done by a role`,
          fix: 'add a `contact` or another customer-facing step with a role as its `actor`',
        },
      ];
    });
  },
};
