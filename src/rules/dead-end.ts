import type { ProcessRule } from './types.js';

export const deadEnd: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'dead-end',
    defaultSeverity: 'high',
    summary: 'A step other than `end` has no `next` key: the process stops there without saying how it ends.',
    why: 'A step that leads nowhere is where a case stops without anyone deciding it is over: the customer waits for a next step that never comes.',
    fix: 'Give the step a `next` that leads on, or, if the case really ends there, add an `end` step with its `outcome` and point to it.',
    example: `process: callback-request
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
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
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
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {},
  },
  check(process) {
    return process.steps.flatMap((step) => {
      // A `next` naming only unknown steps is unknown-reference's alone (docs/rules/dead-end.md).
      if (step.type === 'end' || step.next.length > 0) return [];
      return [
        {
          step: step.id,
          message: `step "${step.id}" has no "next", so the case stops there without an end`,
          fix: 'add a "next" that leads on, or to an end step',
        },
      ];
    });
  },
};
