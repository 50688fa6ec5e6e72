/** A small clean process for the CLI tests: a call-back request taken live by a trained agent. */
export const CLEAN_CALLBACK = `process: callback
title: Call-back request
owner: agent
review: { last: 2026-11-01, every: 90d }
roles:
  agent:
    title: Agent
    frontline: true
    training: { last: 2026-11-01, every: 365d }
start: take-call
steps:
  take-call:
    type: intake
    channel: phone
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: No emergencies come through this line.
`;
