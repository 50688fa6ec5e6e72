import { isComplaintIntake } from '../model/process.js';
import type { ProcessRule } from './types.js';

export const remedyPath: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'remedy-path',
    defaultSeverity: 'medium',
    summary: 'From a complaint `intake`, an `end` can be reached without passing a `resolve` step.',
    why:
      'A complaint closed without a remedy leaves the customer with nothing: they were heard, maybe, but nothing was put right, so they complain again, louder, or leave.',
    fix: 'Lead every way from the complaint intake to an `end` through a `resolve` step that gives the customer a remedy (a refund, a repair, or at least `assist`).',
    example: `process: damaged-item-complaint
title: Damaged item complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: chat
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: care-agent
    next: send-replacement
  send-replacement:
    type: resolve
    remedy: replace
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
    failingExample: `process: damaged-item-complaint
title: Damaged item complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: chat
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
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
      const reach = graph.searchFrom(intake, { blocked: (index) => graph.typeOf(index) === 'resolve' });
      const end = reach.first((index) => graph.typeOf(index) === 'end');
      if (end === undefined) return [];
      const path = graph.ids(reach.pathTo(end));
      return [
        {
          step: path[0]!,
          path,
          message: `from complaint intake "${path[0]}" the case can end at "${path[path.length - 1]}" without the customer being given any remedy: ${path.join(' → ')}; put a \`resolve\` step on every way from the intake to an \`end\``,
        },
      ];
    });
  },
};
