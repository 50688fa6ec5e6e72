import type { WaiverRule } from './types.js';
import { describeWaiver } from './support/waiver-text.js';

export const expiredWaiver: WaiverRule = {
  kind: 'waivers',
  meta: {
    id: 'expired-waiver',
    defaultSeverity: 'medium',
    summary: "A waiver's `expires` is before today: it no longer waives anything.",
    why: 'A waiver is a promise to come back to a gap by a date. Once that date has passed the gap it hid is reported again, and the stale waiver says nothing true about why.',
    fix: 'Close the gap and remove the waiver; or, if the reason still holds, decide again and set a new `expires`.',
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
    expires: 2099-01-01
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
    expires: 2026-06-30
`,
    structural: true,
    defaultOptions: {},
  },
  check(process, { waivers }) {
    return waivers.flatMap(({ waiver, expired }) =>
      expired
        ? [
            {
              at: waiver.at,
              message: `${describeWaiver(process, waiver)} expired on ${waiver.expires} and waives nothing`,
              fix: 'remove it (closing its gap if still open), or set a new "expires" date if the reason still holds',
            },
          ]
        : [],
    );
  },
};
