import { printable } from '../load/source.js';
import type { ProcessRule } from './types.js';

export const customerEffort: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'customer-effort',
    defaultSeverity: 'low',
    summary: 'A step has `customer-effort` and no `because`: the customer is made to do work with no stated reason.',
    why: 'Every time a customer has to call again, re-send a form or come back in person, their patience runs down, and effort is the surest predictor that they will not come back. Effort is acceptable only when safety, the law or security demand it.',
    fix: 'Remove the effort (fetch what is missing yourself, call the customer back), or, if it is unavoidable, say why with `because: safety`, `legal` or `security`.',
    example: `process: account-closure
title: Account closure
owner: account-agent
review: { last: 2026-09-01, every: 365d }
roles:
  account-agent: { title: Account agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: email
    next: check-identity
  check-identity:
    type: contact
    channel: phone
    actor: account-agent
    customer-effort: answer security questions on a call
    because: security
    next: close-account
  close-account:
    type: action
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: account-closure
title: Account closure
owner: account-agent
review: { last: 2026-09-01, every: 365d }
roles:
  account-agent: { title: Account agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: email
    next: check-identity
  check-identity:
    type: contact
    channel: phone
    actor: account-agent
    customer-effort: answer security questions on a call
    next: close-account
  close-account:
    type: action
    actor: system
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
    return process.steps.flatMap((step, index) => {
      if (!graph.isReachable(index) || step.customerEffort === undefined || step.because !== undefined) return [];
      return [
        {
          step: step.id,
          at: step.fieldAt('customer-effort'),
          message: `step "${step.id}" puts effort on the customer ("${printable(step.customerEffort)}") with no \`because\``,
          fix: 'remove the effort, or if safety, the law or security demand it, say so with `because`',
        },
      ];
    });
  },
};
