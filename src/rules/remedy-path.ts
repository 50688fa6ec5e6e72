import type { ProcessGraph } from '../model/process-graph.js';
import { isComplaintOrReturnIntake, type Step } from '../model/process.js';
import type { ProcessRule } from './types.js';

export const remedyPath: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'remedy-path',
    defaultSeverity: 'medium',
    summary:
      'From a complaint or return `intake`, an `end` can be reached without passing a `resolve` step or a refusal justified by safety, law or security (an `abandoned` end after a person answered is fine).',
    why: 'A complaint closed without a remedy leaves the customer with nothing: they were heard, maybe, but nothing was put right, so they complain again, louder, or leave. Telling them no, even to the exchange of a defective product, is how complaints become disasters; only safety, the law or security come before their convenience.',
    fix: 'Lead every way from the intake to an `end` through a `resolve` step that gives the customer a remedy (a refund, a repair, or at least `assist`), or a `deny` whose `because` says why it must refuse (`safety`, `legal` or `security`). A way where the customer stops answering may end `outcome: abandoned`, once a person has answered them.',
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
    channel: chat
    actor: care-agent
    next:
      - to: send-replacement
        when: the item can be shipped
      - to: refuse-unsafe-item
        when: the item was recalled as unsafe
      - to: gone-quiet
        when: the customer stops answering
        after: 7d
  send-replacement:
    type: resolve
    remedy: replace
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  refuse-unsafe-item:
    type: deny
    because: safety
    channel: chat
    actor: care-agent
    next: done
  gone-quiet:
    type: end
    outcome: abandoned
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
      const step = graph.step(intake);
      if (!isComplaintOrReturnIntake(step)) return [];
      const path = endWithoutRemedy(graph, intake);
      if (path === undefined) return [];
      const ids = graph.ids(path);
      const end = graph.step(path[path.length - 1]!);
      const refusal = path.find((index) => graph.typeOf(index) === 'deny');
      const why = [
        ...(refusal === undefined ? [] : [`"${graph.step(refusal).id}" refuses without \`because\``]),
        ...(end.outcome === 'abandoned' ? ['abandoned before any response by a person'] : []),
      ];
      return [
        {
          step: step.id,
          path: ids,
          message: `${step.intent} "${step.id}" can end at "${end.id}" with no remedy given${why.length > 0 ? ` (${why.join('; ')})` : ''}`,
          fix: 'Put a `resolve`, or a `deny` with `because` safety, legal or security, on every way to an end',
        },
      ];
    });
  },
};

/** docs/rules/remedy-path.md: a remedy, or a refusal that safety, law or security justify. */
function isRemedy(step: Step): boolean {
  return step.type === 'resolve' || (step.type === 'deny' && step.because !== undefined);
}

/**
 * The shortest way from the intake to an `end` that passes no remedy, leaving out ends with outcome
 * `abandoned` reached after a response (the customer stopped answering a person).
 */
function endWithoutRemedy(graph: ProcessGraph, intake: number): number[] | undefined {
  return graph.findPath({
    from: intake,
    passes: (index) => graph.isResponse(index),
    avoid: (index) => isRemedy(graph.step(index)),
    isTarget: (index, answered) =>
      graph.typeOf(index) === 'end' && !(answered && graph.step(index).outcome === 'abandoned'),
  });
}
