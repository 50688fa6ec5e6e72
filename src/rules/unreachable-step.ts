import type { ProcessRule } from './types.js';

export const unreachableStep: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'unreachable-step',
    defaultSeverity: 'low',
    summary: 'No `start` reaches the step: it is never part of the process.',
    why: 'A step nothing leads to is a part of the process the team believes in but no case ever takes, often a safeguard cut off by an edit.',
    fix: 'Point a `next` (or `start`) at the step, or delete it if it is no longer part of the process.',
    example: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    next: reply
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
    failingExample: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    next: reply
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  send-survey:
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
    structural: true,
    defaultOptions: {},
  },
  check(process, { graph }) {
    return process.steps.flatMap((step, index) =>
      graph.isReachable(index)
        ? []
        : [
            {
              step: step.id,
              message: `no start reaches step "${step.id}", so no case ever takes it`,
              fix: 'lead a "next" to it, or delete it',
            },
          ],
    );
  },
};
