/**
 * A complaint by e-mail explained before anyone listens (listen-first at the intake), with no review and an
 * untrained agent (process-review, training-current). Shared by the report and baseline tests.
 */
export const EMAIL_COMPLAINT = `process: email-complaint
title: Email complaint
owner: agent
roles:
  agent:
    title: Agent
start: receive-email
steps:
  receive-email:
    type: intake
    intent: complaint
    channel: email
    actor: agent
    next: explain
  explain:
    type: explain-policy
    actor: agent
    next: done
  done:
    type: end
`;

/** The same complaint, reviewed and with a trained agent: no process-review or training-current gap. */
export const REVIEWED_EMAIL_COMPLAINT = EMAIL_COMPLAINT.replace(
  '    title: Agent\n',
  '    title: Agent\n    training: { last: 2026-11-01, every: 365d }\nreview: { last: 2026-11-01, every: 90d }\n',
);
