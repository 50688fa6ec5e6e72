import type { ProcessGraph } from '../model/process-graph.js';
import { isRole, type Process, type Ref, type Step } from '../model/process.js';
import { StepPath } from '../model/step-path.js';
import { lateWay } from './support/elapsed-time.js';
import { quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';
import { gapOfWays, type Way } from './support/ways.js';

export const followThrough: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'follow-through',
    defaultSeverity: 'high',
    summary:
      'A `promise` has no `owner` or no deadline `by`, can reach an `end` without a `follow-up` that keeps it, may be followed up later than `by`, or is followed up by someone other than its owner without the owner checking with the customer (`verify`).',
    why: '"We\'ll call you back today" is the sentence customers remember. A promise with no named owner, no deadline, or no step that keeps it is the one that is quietly forgotten, and a broken promise turns a small problem into a complaint about the company\'s word.',
    fix: 'Give the promise an `owner` and a `by`; lead every way from it to an `end` through a `follow-up` that `fulfils` it, soon enough to keep to `by`; and when someone other than the owner does the follow-up, have the owner `verify` with the customer that it was kept.',
    example: `process: refund-callback
title: Refund call-back
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-call
steps:
  receive-call:
    type: intake
    channel: phone
    actor: care-agent
    next: promise-callback
  promise-callback:
    type: promise
    actor: care-agent
    owner: care-agent
    by: 1d
    promise: We will call you back today with your refund date.
    takes: 5m
    next:
      - to: call-back
        after: 4h
  call-back:
    type: follow-up
    fulfils: promise-callback
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: refund-callback
title: Refund call-back
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-call
steps:
  receive-call:
    type: intake
    channel: phone
    actor: care-agent
    next: promise-callback
  promise-callback:
    type: promise
    actor: care-agent
    owner: care-agent
    by: 1d
    promise: We will call you back today with your refund date.
    takes: 5m
    next:
      - to: call-back
        after: 2d
  call-back:
    type: follow-up
    fulfils: promise-callback
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
  check(process, { graph }) {
    const followUps = byPromise(graph, 'follow-up', (step) => step.fulfils);
    const verifies = byPromise(graph, 'verify', (step) => step.verifies);
    return graph.reachableOfType('promise').flatMap((index) => {
      const promise = graph.step(index);
      const keepers = followUps.get(promise.id) ?? [];
      const problems: Problem[] = [
        ...missingOwner(promise),
        ...endWithoutFollowUp(graph, index, keepers),
        ...missedDeadline(graph, index, keepers),
        ...unverifiedFollowUps(process, graph, index, keepers, verifies.get(promise.id) ?? []),
      ];
      if (problems.length === 0) return [];
      const fixes = [...new Set(problems.map((problem) => problem.fix))];
      return [gapOfWays(promise.id, `promise "${promise.id}"`, problems, fixes.join('. '))];
    });
  },
};

/** A way the promise fails, and what closes it. */
interface Problem extends Way {
  readonly fix: string;
}

function missingOwner(promise: Step): Problem[] {
  if (promise.owner) return [];
  return [
    {
      text: 'has no `owner`, so nobody is answerable for keeping it',
      fix: 'Name the role that keeps it as its `owner`',
    },
  ];
}

/** The promise's reachable follow-ups are the only steps that keep it: no other is reached from it. */
function endWithoutFollowUp(graph: ProcessGraph, promise: number, keepers: readonly number[]): Problem[] {
  const way = graph.sharedPathToFirstEnd(promise, keepers);
  if (way === undefined) return [];
  return [
    {
      path: way,
      text: `can end at "${graph.step(way.slice(way.length - 1)[0]!).id}" without a \`follow-up\` that fulfils it`,
      fix: 'Lead every way from it to an end through a `follow-up` that `fulfils` it',
    },
  ];
}

function missedDeadline(graph: ProcessGraph, promise: number, keepers: readonly number[]): Problem[] {
  const { by } = graph.step(promise);
  if (by === undefined) {
    return [
      {
        text: 'has no deadline `by`, so nobody can tell whether it is kept in time',
        fix: 'Give it the deadline promised to the customer as `by`',
      },
    ];
  }
  const keeps = new Set(keepers);
  const late = lateWay(graph, promise, (step) => keeps.has(step), by, 'its follow-up', graph.mayReachAny(keepers));
  return late
    ? [{ ...late, fix: `Bring the follow-up within ${by.text} on every way, with a \`takes\` on each step before it` }]
    : [];
}

/**
 * The reachable steps of a type that name a promise (a follow-up by `fulfils`, a verify by `verifies`), by the
 * promise's id, each list in breadth-first order from the starts: found once, not once per promise.
 */
function byPromise(
  graph: ProcessGraph,
  type: 'follow-up' | 'verify',
  promiseOf: (step: Step) => Ref | undefined,
): Map<string, number[]> {
  const steps = new Map<string, number[]>();
  for (const index of graph.reachableOfType(type)) {
    const promise = promiseOf(graph.step(index));
    if (!promise) continue;
    const known = steps.get(promise.id);
    if (known) known.push(index);
    else steps.set(promise.id, [index]);
  }
  return steps;
}

/** Follow-ups of the promise, reached from it, done by another role than its owner, after which the case can end unverified. */
function unverifiedFollowUps(
  process: Process,
  graph: ProcessGraph,
  promise: number,
  followUps: readonly number[],
  /** The reachable `verify` steps that name the promise. */
  verifies: readonly number[],
): Problem[] {
  const { owner } = graph.step(promise);
  if (owner === undefined) return [];
  const byOthers = followUps.filter((index) => {
    const { actor } = graph.step(index);
    return isRole(process, actor) && actor!.id !== owner.id;
  });
  // Most promises are followed up by their owner: searching the whole graph from each of them would be wasted.
  if (byOthers.length === 0) return [];
  const mayReachFollowUp = graph.mayReachAny(byOthers);
  const fromPromise = graph.searchFrom(promise, { avoid: (index) => !mayReachFollowUp(index) });
  const byOwner = verifies.filter((index) => graph.step(index).actor?.id === owner.id);
  const unverified = byOthers.flatMap((followUp) => {
    if (!fromPromise.has(followUp)) return [];
    const afterwards = graph.sharedPathToFirstEnd(followUp, byOwner);
    return afterwards === undefined
      ? []
      : [{ followUp, witness: () => StepPath.join(fromPromise.pathTo(followUp), afterwards.from(1)) }];
  });
  if (unverified.length === 0) return [];
  return [
    {
      path: unverified[0]!.witness(),
      text: `is followed up at ${quoteSteps(graph.ids(unverified.map(({ followUp }) => followUp)))} by another role, and the case can then end without its owner "${owner.id}" verifying it`,
      fix: `Have "${owner.id}" \`verify\` it with the customer after such a follow-up`,
    },
  ];
}
