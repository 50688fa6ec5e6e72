import { didYouMean } from '../load/suggest.js';
import type { WaiverRule } from './types.js';
import { describeWaiver, waiverNumber } from './support/waiver-text.js';

export const unusedWaiver: WaiverRule = {
  kind: 'waivers',
  meta: {
    id: 'unused-waiver',
    defaultSeverity: 'low',
    summary: 'A waiver matches no gap (a waiver naming a step that does not exist is unused).',
    why: 'A waiver that waives nothing is left over from a gap already closed, or misspelt so that it never applied. Left in place it will silently hide the next gap of that rule, which nobody has decided to accept.',
    fix: 'Remove the waiver; if it names the wrong step, correct the step.',
    example: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
`,
    failingExample: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
  - rule: dead-end
    step: reply
    reason: The reply step used to stop here.
`,
    structural: true,
    defaultOptions: {},
  },
  check(process, { graph, waivers }) {
    return waivers.flatMap(({ waiver, expired, used }) => {
      if (expired || used) return [];
      const step = waiver.step;
      const finding =
        step && graph.indexOf(step.id) === undefined
          ? {
              message: `waiver ${waiverNumber(process, waiver)} names step "${step.id}", which does not exist${
                didYouMean(
                  step.id,
                  process.steps.map(({ id }) => id),
                ) || '.'
              } As written it waives nothing: correct the step, or remove the waiver`,
            }
          : {
              message: `${describeWaiver(process, waiver)} matches no gap: ${waiver.rule} reports none ${step ? `at step "${step.id}"` : 'in this process'}`,
              fix: 'remove it, so it cannot hide a new gap nobody accepted',
            };
      return [{ at: waiver.at, ...finding }];
    });
  },
};
