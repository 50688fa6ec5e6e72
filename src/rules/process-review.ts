import { dueDate, isOverdue } from '../model/time.js';
import type { ProcessRule } from './types.js';

export const processReview: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'process-review',
    defaultSeverity: 'medium',
    summary: 'The process has no `review`, or `review.last` + `review.every` is before today.',
    why: 'A process nobody reviews drifts away from what the team really does: products, staff and systems change, and the written process keeps promising what no one delivers any more.',
    fix: 'Review the process with the people who run it, then set `review.last` to the date of that review; if it has none, add `review: { last: YYYY-MM-DD, every: 90d }`.',
    example: `process: opening-hours-inquiry
title: Opening hours inquiry
owner: front-desk
review:
  last: 2026-10-01
  every: 180d
roles:
  front-desk: { title: Front desk, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: front-desk
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: opening-hours-inquiry
title: Opening hours inquiry
owner: front-desk
review:
  last: 2025-10-01
  every: 180d
roles:
  front-desk: { title: Front desk, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: front-desk
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
  check(process, { today }) {
    const { review } = process;
    if (review === undefined) {
      return [
        {
          message: `process "${process.id}" has no \`review\`, so nobody checks that it still matches what the team does`,
          fix: 'add `review: { last: YYYY-MM-DD, every: 90d }` after reviewing it',
        },
      ];
    }
    if (!isOverdue(review.last, review.every, today)) return [];
    return [
      {
        message: `process "${process.id}" was last reviewed on ${review.last} and fell due on ${dueDate(review.last, review.every)} (every ${review.every.text})`,
        fix: 'review it with the team and update `review.last`',
      },
    ];
  },
};
