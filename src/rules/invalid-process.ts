import type { LoaderRule } from './types.js';

/** Reported by the loader (`src/load/load-file.ts`): no other rule runs on a document it rejects. */
export const invalidProcess: LoaderRule = {
  kind: 'loader',
  meta: {
    id: 'invalid-process',
    defaultSeverity: 'critical',
    summary: 'The file is not valid YAML, has a duplicate key, or does not match the process schema.',
    why: 'A process gapcheck cannot read is a process nobody is checking: every gap in it stays hidden until it burns a customer.',
    fix: 'Correct each problem listed, at the line and column given. Editors that know the schema (`schemas/process.schema.json`) show them as you type.',
    example: `# yaml-language-server: $schema=../schemas/process.schema.json
process: password-reset
title: Password reset request
owner: it-desk
review: { last: 2026-09-01, every: 365d }
roles:
  it-desk: { title: IT desk, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: chat
    actor: it-desk
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `# yaml-language-server: $schema=../schemas/process.schema.json
process: password-reset
title: Password reset request
owner: it-desk
review: { last: 2026-09-01, every: 365d }
roles:
  it-desk: { title: IT desk, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: chat
    actor: it-desk
    nxt: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {},
  },
};
