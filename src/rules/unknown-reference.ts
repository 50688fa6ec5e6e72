import { BUILT_IN_ACTORS, type Ref, type Step } from '../model/process.js';
import { didYouMean } from './suggest.js';
import type { Finding, ProcessRule } from './types.js';

export const unknownReference: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'critical',
    summary:
      '`start`, `next`, `fulfils` or `verifies` names no step, or an `actor`, promise `owner`, escalation `to` or process `owner` names no declared role.',
    why:
      'A name that points nowhere is usually a typo, and it silently cuts the process: the step a case should go to, or the person who should own it, does not exist.',
    fix: 'Correct the name to an existing step or role, or declare the role under `roles`.',
    example: `process: order-query
title: Order query
owner: agent
roles:
  agent: { title: Agent }
start: receive-query
steps:
  receive-query:
    type: intake
    channel: chat
    actor: agent
    next: answer
  answer:
    type: contact
    channel: chat
    actor: agent
    next: done
  done:
    type: end
`,
    structural: true,
    defaultOptions: {},
  },
  check(process) {
    const stepIds = new Set(process.steps.map((step) => step.id));
    const roleIds = new Set(process.roles.keys());
    const actorIds = new Set([...roleIds, ...BUILT_IN_ACTORS]);
    const findings: Finding[] = [];

    const processProblems = [
      ...process.start.flatMap((ref) => missing(ref, stepIds, '"start" names no step', 'add the step')),
      ...missing(process.owner, roleIds, 'the process "owner" names no declared role', 'declare the role under "roles"'),
    ];
    if (processProblems.length > 0) findings.push({ message: summarize(processProblems) });

    for (const step of process.steps) {
      const problems = stepProblems(step, stepIds, roleIds, actorIds);
      if (problems.length > 0) {
        const first = problems.reduce((a, b) => (b.at.line < a.at.line || (b.at.line === a.at.line && b.at.column < a.at.column) ? b : a));
        findings.push({ step: step.id, at: first.at, message: `step "${step.id}": ${summarize(problems)}` });
      }
    }
    return findings;
  },
};

interface Problem {
  readonly text: string;
  readonly at: Ref['at'];
  /** How to close it, when no known name is close enough to suggest. */
  readonly remedy?: string;
}

const ADD_STEP = 'add the step';
const DECLARE_ROLE = 'declare the role under "roles"';

function stepProblems(step: Step, stepIds: Set<string>, roleIds: Set<string>, actorIds: Set<string>): Problem[] {
  return [
    ...step.next.flatMap((edge) => missing(edge.to, stepIds, '"next" names no step', ADD_STEP)),
    ...missing(step.fulfils, stepIds, '"fulfils" names no step', ADD_STEP),
    ...missing(step.verifies, stepIds, '"verifies" names no step', ADD_STEP),
    ...missing(step.actor, actorIds, '"actor" names no declared role (nor system or customer)', DECLARE_ROLE),
    ...(step.type === 'promise' ? missing(step.owner, roleIds, 'the promise "owner" names no declared role', DECLARE_ROLE) : []),
    ...(step.type === 'escalate' ? missing(step.to, roleIds, 'the escalation "to" names no declared role', DECLARE_ROLE) : []),
  ];
}

/** A problem when `ref` names nothing known: with the nearest known name, or else how to add it. */
function missing(ref: Ref | undefined, known: Set<string>, what: string, remedy: string): Problem[] {
  if (ref === undefined || known.has(ref.id)) return [];
  const suggestion = didYouMean(ref.id, known);
  return [{ text: `${what} "${ref.id}"${suggestion}`, at: ref.at, remedy: suggestion ? undefined : remedy }];
}

/** The problems in the order they are written, then each remedy once. */
function summarize(problems: readonly Problem[]): string {
  const inFileOrder = [...problems].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const remedies = [...new Set(inFileOrder.flatMap((p) => p.remedy ?? []))];
  const fix = remedies.length > 0 ? `; correct the name or ${remedies.join(', or ')}` : '';
  return inFileOrder.map((p) => p.text).join('; ') + fix;
}
