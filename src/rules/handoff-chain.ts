import type { ProcessGraph, WeightedPath } from '../model/process-graph.js';
import type { StepPath } from '../model/step-path.js';
import { cutList, keptEnds } from './support/step-list.js';
import type { ProcessRule } from './types.js';

export interface HandoffChainOptions {
  /** The most handoffs allowed on a path from an intake to an end. */
  readonly max: number;
}

export const handoffChain: ProcessRule<HandoffChainOptions> = {
  kind: 'process',
  meta: {
    id: 'handoff-chain',
    defaultSeverity: 'medium',
    summary:
      'From an `intake`, a path to an `end` hands the case between roles more than {max} times, or a loop can bounce the customer between roles without end.',
    why: 'Every handoff is a chance for the case to be dropped, and for the customer to explain everything again to someone new. A customer passed around four desks, or sent back and forth between two, stops believing anyone owns their problem.',
    fix: 'Let one role own the case from intake to end, and give it the authority (`can`) it needs to finish it; where a loop sends the case back to a role it came from, give the loop a way out that does not change hands.',
    example: `process: billing-question
title: Billing question
owner: billing-lead
review: { last: 2026-09-01, every: 365d }
roles:
  billing-agent: { title: Billing agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  billing-lead: { title: Billing lead, training: { last: 2026-09-01, every: 365d } }
start: receive-question
steps:
  receive-question:
    type: intake
    channel: phone
    actor: billing-agent
    next: check-invoice
  check-invoice:
    type: action
    actor: billing-agent
    next: approve-correction
  approve-correction:
    type: action
    actor: billing-lead
    next: explain-correction
  explain-correction:
    type: contact
    channel: phone
    actor: billing-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: billing-question
title: Billing question
owner: billing-lead
review: { last: 2026-09-01, every: 365d }
roles:
  billing-agent: { title: Billing agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  billing-lead: { title: Billing lead, training: { last: 2026-09-01, every: 365d } }
start: receive-question
steps:
  receive-question:
    type: intake
    channel: phone
    actor: billing-agent
    next: check-invoice
  check-invoice:
    type: action
    actor: billing-agent
    next: approve-correction
  approve-correction:
    type: action
    actor: billing-lead
    next: recheck-invoice
  recheck-invoice:
    type: action
    actor: billing-agent
    next: sign-off
  sign-off:
    type: action
    actor: billing-lead
    next: explain-correction
  explain-correction:
    type: contact
    channel: phone
    actor: billing-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: { max: 3 },
    optionsSchema: {
      type: 'object',
      properties: {
        max: {
          type: 'integer',
          minimum: 0,
          description: 'The most handoffs allowed on a path from an intake to an end.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_process, { graph, options }) {
    const handoffs = new Handoffs(graph);
    return graph.reachableOfType('intake').flatMap((intake) => {
      const ways = [handoffs.longestChain(intake, options.max), handoffs.bounce(intake)].flatMap((way) => way ?? []);
      if (ways.length === 0) return [];
      return [
        {
          step: graph.step(intake).id,
          path: ways[0]!.path,
          message: `from intake "${graph.step(intake).id}" ${ways.map((way) => way.text).join('; and ')}`,
          fix: 'let one role own the case to the end, with the authority (`can`) to finish it',
        },
      ];
    });
  },
};

interface Way {
  readonly path: readonly string[] | StepPath;
  readonly text: string;
}

/** docs/rules/handoff-chain.md: a handoff is an edge between two steps whose actors are both declared roles, and differ. */
class Handoffs {
  private readonly component: Int32Array;
  /** Per intake, the path its breadth-first search takes to the first step with a handoff inside a loop. */
  private readonly pathToLoopHandoff: (intake: number) => number[] | undefined;
  /** Per intake, the path to an `end` with the most handoffs between loops. */
  private readonly heaviestChain: (intake: number) => WeightedPath | undefined;
  private readonly handed = new Map<StepPath, Handed>();

  constructor(private readonly graph: ProcessGraph) {
    this.component = graph.cycles().component;
    this.pathToLoopHandoff = graph.nearestPaths((node) => graph.findSuccessor(node, this.handsOffInLoop) !== undefined);
    this.heaviestChain = graph.heaviestPathsTo(
      (node) => graph.typeOf(node) === 'end',
      (from, to) => (this.isHandoff(from, to) ? 1 : 0),
    );
  }

  /**
   * The path to an `end` with the most handoffs, when it has more than `max`. Handoffs inside a
   * loop are `bounce`'s (they make the count unlimited), so the count is taken between loops;
   * the path found may still cross a loop's handoffs, and then they count too, as it really has them.
   */
  longestChain(intake: number, max: number): Way | undefined {
    const path = this.heaviestChain(intake)?.path;
    if (path === undefined) return undefined;
    const { first, count, next } = this.handoffsAlong(path);
    if (first === undefined || count <= max) return undefined;
    const roles = cutList([first, ...next], (role) => role, count + 1).join(' → ');
    const end = this.graph.step(path.slice(path.length - 1)[0]!).id;
    return {
      path,
      text: `hands the customer between roles ${times(count)} on the way to "${end}", more than the ${max} allowed (${roles})`,
    };
  }

  /** The nearest loop with a handoff in it, when the intake reaches one. */
  bounce(intake: number): Way | undefined {
    const path = this.pathToLoopHandoff(intake);
    if (!path) return undefined;
    const node = path[path.length - 1]!;
    const next = this.graph.findSuccessor(node, this.handsOffInLoop)!;
    const loop = this.graph.ids([node, ...this.graph.pathWithinLoop(next, node)]);
    const [from, to] = this.graph.ids([node, next]);
    return {
      path: [...this.graph.ids(path), ...loop.slice(1)],
      text: `can bounce the customer between roles without end, from "${this.actor(node)}" at "${from}" to "${this.actor(next)}" at "${to}" and round again`,
    };
  }

  private readonly handsOffInLoop = (to: number, _wait: unknown, from: number): boolean =>
    this.component[to] === this.component[from] && this.isHandoff(from, to);

  private isHandoff(from: number, to: number): boolean {
    const [fromRole, toRole] = [this.graph.roleOf(from), this.graph.roleOf(to)];
    return fromRole !== undefined && toRole !== undefined && fromRole !== toRole;
  }

  private actor(node: number): string {
    return this.graph.step(node).actor!.id;
  }

  /**
   * The roles the case passes through along `path`: the first, then one per handoff (kept as
   * `cutList` reads them). Worked out once for each part of a path that other paths share, so
   * thousands of intakes whose chains run down one flow cost the flow once.
   */
  private handoffsAlong(path: StepPath): Handed {
    const known = this.handed.get(path);
    if (known) return known;
    const steps = path.rest ? [...path.own, path.rest.slice(0, 1)[0]!] : path.own;
    let first: string | undefined;
    const next: string[] = [];
    for (let i = 1; i < steps.length; i++) {
      if (!this.isHandoff(steps[i - 1]!, steps[i]!)) continue;
      first ??= this.actor(steps[i - 1]!);
      next.push(this.actor(steps[i]!));
    }
    const rest = path.rest ? this.handoffsAlong(path.rest) : NO_HANDOFFS;
    const count = next.length + rest.count;
    const handed = { first: first ?? rest.first, count, next: keptEnds([next, rest.next], count) };
    this.handed.set(path, handed);
    return handed;
  }
}

/** The roles along a path: the first role that hands the case on, how many handoffs, and the role after each (ends kept). */
interface Handed {
  readonly first: string | undefined;
  readonly count: number;
  readonly next: readonly string[];
}

const NO_HANDOFFS: Handed = { first: undefined, count: 0, next: [] };

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}
