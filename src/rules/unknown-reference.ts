import { cutList } from './support/step-list.js';
import type { ProcessGraph } from '../model/process-graph.js';
import { BUILT_IN_ACTORS, type Ref } from '../model/process.js';
import { didYouMean } from '../load/suggest.js';
import type { Finding, ProcessRule } from './types.js';

export const unknownReference: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'critical',
    summary:
      '`start`, `next`, `fulfils` or `verifies` names no step, or an `actor`, promise `owner`, escalation `to` or process `owner` names no declared role.',
    why: 'A name that points nowhere is usually a typo, and it silently cuts the process: the step a case should go to, or the person who should own it, does not exist.',
    fix: 'Correct the name to an existing step or role, or declare the role under `roles`.',
    example: `process: order-query
title: Order query
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
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
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: order-query
title: Order query
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
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
    actor: agnet
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
  check(process, { graph }) {
    const roleIds = new Set(process.roles.keys());
    const names: Names = {
      steps: { has: (id) => graph.indexOf(id) !== undefined, keys: () => process.steps.map((step) => step.id) },
      roles: roleIds,
      actors: new Set([...roleIds, ...BUILT_IN_ACTORS]),
    };
    const findings: Finding[] = [];

    const processProblems = [
      ...process.start.map((ref) => missing(ref, names.steps, '"start" names no step', 'add the step')),
      missing(
        process.owner,
        names.roles,
        'the process "owner" names no declared role',
        'declare the role under "roles"',
      ),
    ].filter((problem) => problem !== undefined);
    if (processProblems.length > 0) findings.push(summarize(processProblems));

    for (let index = 0; index < process.steps.length; index++) {
      const step = graph.step(index);
      const problems = stepProblems(graph, index, names);
      if (problems.length > 0) {
        const first = problems.reduce((a, b) =>
          b.at.line < a.at.line || (b.at.line === a.at.line && b.at.column < a.at.column) ? b : a,
        );
        const { message, fix } = summarize(problems);
        findings.push({ step: step.id, at: first.at, message: `step "${step.id}": ${message}`, ...(fix && { fix }) });
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

/** Names a reference may use: whether it is one of them, and all of them to suggest the nearest from. */
interface Known {
  has(id: string): boolean;
  keys(): Iterable<string>;
}

interface Names {
  readonly steps: Known;
  readonly roles: Known;
  /** Declared roles, `system` and `customer`. */
  readonly actors: Known;
}

/**
 * The graph has already looked up each `next` and the actor's role: a name is looked up again only
 * where the graph kept fewer edges than `next` lists, or found no role.
 */
function stepProblems(graph: ProcessGraph, index: number, names: Names): Problem[] {
  const step = graph.step(index);
  const everyNextKnown = graph.successorCount(index) === step.next.length;
  return [
    ...(everyNextKnown ? [] : step.next.map((edge) => missing(edge.to, names.steps, '"next" names no step', ADD_STEP))),
    missing(step.fulfils, names.steps, '"fulfils" names no step', ADD_STEP),
    missing(step.verifies, names.steps, '"verifies" names no step', ADD_STEP),
    graph.roleOf(index)
      ? undefined
      : missing(step.actor, names.actors, '"actor" names no declared role (nor system or customer)', DECLARE_ROLE),
    graph.typeOf(index) === 'promise'
      ? missing(step.owner, names.roles, 'the promise "owner" names no declared role', DECLARE_ROLE)
      : undefined,
    graph.typeOf(index) === 'escalate'
      ? missing(step.to, names.roles, 'the escalation "to" names no declared role', DECLARE_ROLE)
      : undefined,
  ].filter((problem) => problem !== undefined);
}

/** A problem when `ref` names nothing known: with the nearest known name, or else how to add it. */
function missing(ref: Ref | undefined, known: Known, what: string, remedy: string): Problem | undefined {
  if (ref === undefined || known.has(ref.id)) return undefined;
  const suggestion = didYouMean(ref.id, known.keys());
  return { text: `${what} "${ref.id}"${suggestion}`, at: ref.at, remedy: suggestion ? undefined : remedy };
}

/** The problems in the order they are written (cut after 12, as every message cuts a list); the fix names each remedy once. */
function summarize(problems: readonly Problem[]): Finding {
  const inFileOrder = [...problems].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const remedies = [...new Set(inFileOrder.flatMap((p) => p.remedy ?? []))];
  const message = cutList(inFileOrder, (p) => p.text).join('; ');
  return remedies.length > 0 ? { message, fix: `correct the name or ${remedies.join(', or ')}` } : { message };
}
