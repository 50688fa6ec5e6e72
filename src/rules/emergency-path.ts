/**
 * docs/rules/emergency-path.md. Whether a process has an emergency path, or names a process
 * that handles its emergencies (`emergencies:`, or option `handled-by` for the whole
 * repository) and that process has one, depends on other processes: that is the
 * project part, over every process audited together and those read for look-up only.
 * Whether each emergency path ends resolved through a person, with an actor at every
 * step, is the process's own: `check`.
 */
import type { ProcessGraph } from '../model/process-graph.js';
import type { Finding, ProcessIdentity, ProcessRule } from './types.js';
import { gapOfWays, type Way } from './support/ways.js';

interface Options {
  /** The process that handles the emergencies of every process that has no emergency entry and no `emergencies` key. */
  readonly 'handled-by': string | null;
}

export const emergencyPath: ProcessRule<Options> = {
  kind: 'process',
  meta: {
    id: 'emergency-path',
    defaultSeverity: 'high',
    summary:
      'No emergency entry is reachable and no process with one is named to handle emergencies (`emergencies:` or option `handled-by`); or an emergency path can end unresolved, or without a person, or has a step without `actor`.',
    why: 'In an emergency (a gas smell, an injury, a customer in danger) nobody has time to work out who does what. Staff need a path drawn in advance, with someone named at every step, that a person sees through to the emergency dealt with, not a case closed as unresolved. Where one process handles every emergency, each process must point to it, and it must exist.',
    fix: "Add an `intake` with `intent: emergency` (or mark the step where an emergency is recognised `emergency: true`), lead every way from it through a step done by a role to an `end` whose outcome is resolved, and give every step on the way an `actor`. If another process handles emergencies, name it with `emergencies: <process id>`, or once for the whole repository with the rule's option `handled-by`; that process needs an emergency entry of its own.",
    example: `# Emergencies met while taking orders are handled by the site-safety process.
process: phone-orders
title: Phone orders
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-lead: { title: Sales lead, frontline: true, training: { last: 2026-09-01, every: 365d } }
emergencies: site-safety
start: take-order
steps:
  take-order: { type: intake, intent: order, channel: phone, actor: sales-lead, next: done }
  done: { type: end }
---
# The process that handles them: a person takes the call, and every way ends resolved.
process: site-safety
title: Site safety
owner: duty-manager
review: { last: 2026-09-01, every: 365d }
roles:
  call-handler: { title: Call handler, frontline: true, training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
  duty-manager: { title: Duty manager, can: [repair], training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: emergency
    channel: phone
    actor: call-handler
    next: make-safe
  make-safe:
    type: resolve
    remedy: repair
    actor: duty-manager
    next: done
  done:
    type: end
    outcome: resolved
`,
    failingExample: `process: callback-request
title: Call-back request
owner: team-lead
review: { last: 2026-09-01, every: 365d }
roles:
  team-lead: { title: Team lead, training: { last: 2026-09-01, every: 365d } }
start: take-request
steps:
  take-request:
    type: intake
    next: call-back
  call-back:
    type: contact
    channel: phone
    actor: team-lead
    next: done
  done:
    type: end
`,
    structural: false,
    defaultOptions: { 'handled-by': null },
    optionsSchema: {
      type: 'object',
      properties: {
        'handled-by': {
          type: ['string', 'null'],
          pattern: '^[a-z0-9][a-z0-9-]*$',
          description:
            'The id of the process that handles emergencies for every process with no emergency entry of its own and no `emergencies` key, like site-safety; null for none.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_process, { graph }) {
    const ways = new Map<number, Way[]>();
    const add = (step: number, way: Way | undefined): void => {
      if (way) ways.set(step, [...(ways.get(step) ?? []), way]);
    };
    const entries = graph.emergencyEntries();
    for (const entry of entries) {
      add(entry, endsUnresolved(graph, entry));
      add(entry, endsWithoutPerson(graph, entry));
    }
    const emergencySteps = graph.emergencyPath();
    for (const index of emergencySteps.order) {
      if (graph.typeOf(index) !== 'end' && graph.step(index).actor === undefined)
        add(index, withoutActor(graph, emergencySteps.pathTo(index)));
    }
    return [...ways].map(([index, stepWays]) => {
      const step = graph.step(index);
      return gapOfWays(
        step.id,
        entries.includes(index) ? `emergency entry "${step.id}"` : `step "${step.id}"`,
        stepWays,
      );
    });
  },
  project: {
    check(processes, { options, lookup }) {
      const handledBy = options['handled-by'];
      const withEntry = new Set(
        [...processes, ...lookup].filter((process) => process.emergencyEntry).map((process) => process.id),
      );
      const named = new Set([...processes, ...lookup].map((process) => process.id));
      const findings = new Map<number, Finding[]>();
      processes.forEach((process, index) => {
        const finding = handlerGap(process, handlerOf(process, handledBy), named, withEntry);
        if (finding) findings.set(index, [finding]);
      });
      return findings;
    },
    references(process, options) {
      const handler = handlerOf(process, options['handled-by']);
      return handler === undefined ? [] : [handler];
    },
  },
};

/** The process this one relies on for its emergencies: the one its key names, else `handled-by` when it has no entry of its own. */
function handlerOf(process: ProcessIdentity, handledBy: string | null): string | undefined {
  if (process.emergencies) return process.emergencies.id;
  return process.emergencyEntry || handledBy === null ? undefined : handledBy;
}

/** Clauses (1) and (2): no emergency entry and no handler, or a handler not found or without an entry of its own. */
function handlerGap(
  process: ProcessIdentity,
  handler: string | undefined,
  named: ReadonlySet<string>,
  withEntry: ReadonlySet<string>,
): Finding | undefined {
  if (handler === undefined) {
    if (process.emergencyEntry) return undefined;
    return {
      message: `process "${process.id}" has no emergency entry reachable from its start and names no process to handle emergencies`,
      fix: 'add an `intake` with `intent: emergency`, or name the handler in `emergencies:`',
    };
  }
  if (withEntry.has(handler)) return undefined;
  const [subject, at] = process.emergencies
    ? [`\`emergencies\` names "${handler}"`, { at: process.emergencies.at }]
    : [`process "${process.id}" relies on "${handler}" (option \`handled-by\`) for emergencies`, {}];
  if (!named.has(handler)) {
    return {
      ...at,
      message: `${subject}, but no process has that id here or in the repository's process files`,
      fix: 'correct the id, or add that process',
    };
  }
  const fix = process.emergencies ? 'add one there, or name a process that has one' : 'add one there';
  return {
    ...at,
    message: `${subject}, which has no emergency entry reachable from its own start (naming another handler does not count)`,
    fix,
  };
}

/** Clause (3): an `end` whose outcome is not resolved can be reached from the entry. */
function endsUnresolved(graph: ProcessGraph, entry: number): Way | undefined {
  const path = graph.findPath({
    from: entry,
    isTarget: (index) => graph.typeOf(index) === 'end' && graph.step(index).outcome !== 'resolved',
  });
  if (path === undefined) return undefined;
  const step = graph.step(path[path.length - 1]!);
  return {
    path: graph.ids(path),
    text: `can end at "${step.id}" (${step.outcome}): lead every way to a resolved \`end\``,
  };
}

/** Clause (3): an `end` can be reached without passing a step done by a role (the entry itself counts: a step lies on every path from itself). */
function endsWithoutPerson(graph: ProcessGraph, entry: number): Way | undefined {
  const byRole = (index: number): boolean => graph.roleOf(index) !== undefined;
  if (byRole(entry)) return undefined;
  const path = graph.findPath({ from: entry, avoid: byRole, isTarget: (index) => graph.typeOf(index) === 'end' });
  if (path === undefined) return undefined;
  const ids = graph.ids(path);
  return {
    path: ids,
    text: `can reach "${ids[ids.length - 1]}" without a role's step: have a person handle it`,
  };
}

/**
 * Clause (4). No witness path: a witness starts at the step its gap sits at, and the way from the
 * entry leads to this step, not on from it; the message names the entry instead.
 */
function withoutActor(graph: ProcessGraph, fromEntry: readonly number[]): Way {
  const fix = 'name the role (or `system`) that does it';
  if (fromEntry.length === 1) return { text: `has no \`actor\`: ${fix}` };
  return { text: `is on the emergency path from "${graph.step(fromEntry[0]!).id}" but has no \`actor\`: ${fix}` };
}
