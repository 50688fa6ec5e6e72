import { isComplaintIntake } from '../model/process.js';
import { quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';

export const listenFirst: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'listen-first',
    defaultSeverity: 'medium',
    summary:
      'From a complaint `intake`, an `explain-policy` or `deny` step can be reached without passing a `listen` step.',
    why: 'A customer who complains and hears the policy, or a no, before anyone has heard them out feels dismissed: the complaint hardens, and they take it to a manager, a review site or a competitor.',
    fix: "Put a `listen` step between the complaint intake and every `explain-policy` or `deny` step, so staff take the customer's account before they explain or refuse.",
    example: `process: late-delivery-complaint
title: Late delivery complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: phone
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: care-agent
    next: explain-delivery-terms
  explain-delivery-terms:
    type: explain-policy
    actor: care-agent
    next: give-credit
  give-credit:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: late-delivery-complaint
title: Late delivery complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: phone
    actor: care-agent
    next: explain-delivery-terms
  explain-delivery-terms:
    type: explain-policy
    actor: care-agent
    next: give-credit
  give-credit:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
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
      if (!isComplaintIntake(graph.step(intake))) return [];
      const reach = graph.searchFrom(intake, { avoid: (index) => graph.typeOf(index) === 'listen' });
      const unheard = reach.order.filter(
        (index) => graph.typeOf(index) === 'explain-policy' || graph.typeOf(index) === 'deny',
      );
      if (unheard.length === 0) return [];
      const path = graph.ids(reach.pathTo(unheard[0]!));
      return [
        {
          step: graph.step(intake).id,
          path,
          message: `from complaint intake "${path[0]}" the customer can be told the policy or refused (${quoteSteps(graph.ids(unheard))}) before anyone listens to them`,
          fix: `add a \`listen\` step on every way from the intake to ${unheard.length === 1 ? 'it' : 'them'}`,
        },
      ];
    });
  },
};
