import { cutList } from './support/step-list.js';
import type { Finding, ProjectRule } from './types.js';

export const duplicateProcess: ProjectRule = {
  kind: 'project',
  meta: {
    id: 'duplicate-process',
    defaultSeverity: 'critical',
    summary: 'Two processes audited together share an id.',
    why: 'Reports, waivers and baselines find a process by its id: two processes with one id get each other’s findings, and a fix to one may be credited to the other.',
    fix: 'Give each process its own `process` id (copies of a template are the usual cause).',
    example: `process: returns-desk
title: Returns desk
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: returns-desk
title: Returns desk
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
---
process: returns-desk
title: Returns desk (copied to start a new process)
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {},
  },
  check(processes) {
    const byId = new Map<string, number[]>();
    processes.forEach((process, index) => {
      const sharing = byId.get(process.id);
      if (sharing) sharing.push(index);
      else byId.set(process.id, [index]);
    });
    const findings = new Map<number, Finding[]>();
    for (const [id, indices] of byId) {
      if (indices.length < 2) continue;
      for (const index of indices) {
        const own = processes[index]!;
        const others = cutList(
          indices.filter((other) => other !== index),
          (other) => {
            const { file, at } = processes[other]!;
            return file === own.file ? `this file at line ${at.line}` : `${file}:${at.line}`;
          },
        );
        findings.set(index, [
          { message: `process id "${id}" is also used in ${others.join(', ')}`, fix: 'give each process its own id' },
        ]);
      }
    }
    return findings;
  },
};
