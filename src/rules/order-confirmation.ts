import type { ProcessRule } from './types.js';

export const orderConfirmation: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'order-confirmation',
    defaultSeverity: 'high',
    summary: 'From an `order-entry` step, a `deliver` or `end` step can be reached without passing a `confirm` step.',
    why: "An order taken down is not yet an order understood. Read it back and the customer catches the wrong size, the wrong address or the wrong date in seconds; skip it and the mistake is found on the doorstep, where it costs a return, a second delivery and the customer's trust.",
    fix: 'Put a `confirm` step, where the order is read back to the customer and they agree to it, on every way from the `order-entry` step to a `deliver` or `end` step.',
    example: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: ship
  ship:
    type: deliver
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
  check(_process, { graph }) {
    return graph.reachableOfType('order-entry').flatMap((entry) => {
      const found = graph.findPath({
        from: entry,
        avoid: (index) => graph.typeOf(index) === 'confirm',
        isTarget: (index) => graph.typeOf(index) === 'deliver' || graph.typeOf(index) === 'end',
      });
      if (found === undefined) return [];
      const path = graph.ids(found);
      const where = path[path.length - 1];
      const what =
        graph.typeOf(found[found.length - 1]!) === 'deliver' ? `be delivered at "${where}"` : `end at "${where}"`;
      return [
        {
          step: path[0]!,
          path,
          message: `from order entry "${path[0]}" the order can ${what} without being confirmed with the customer`,
          fix: 'add a `confirm` step that reads the order back before every delivery or end',
        },
      ];
    });
  },
};
