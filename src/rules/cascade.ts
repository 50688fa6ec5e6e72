import type { ProcessGraph } from '../model/process-graph.js';
import { compareText } from '../load/discover.js';
import { isAtLeast, severityRank } from '../model/severity.js';
import type { AlignedGapsRule, Finding, Gap } from './types.js';

export const cascade: AlignedGapsRule = {
  kind: 'aligned-gaps',
  meta: {
    id: 'cascade',
    defaultSeverity: 'critical',
    summary:
      'From one `intake`, gaps of two or more rules at two or more steps, at least one of them high or critical, lie on one path.',
    why:
      'Each gap alone is usually caught by the next step: a missed confirmation by the delivery driver, a slow reply by a friendly call. When several line up on the path one customer takes, nothing catches the fall, and small gaps become the disaster the customer tells everyone about.',
    fix: 'Close the gaps listed, the high and critical ones first. The line-up is broken once no high or critical gap is left on the path, or the gaps left all belong to one rule.',
    example: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    customer-effort: collect the parcel from the depot
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
  check(_process, { graph, gaps }) {
    const gapSteps = countedGapSteps(graph, gaps);
    if (gapSteps.size < 2) return [];
    const ahead = gapsAhead(graph, gapSteps);
    return graph.reachableOfType('intake').flatMap((intake) => {
      const path = alignedPath(graph, intake, gapSteps, ahead);
      return path ? [describe(graph, path, gapSteps)] : [];
    });
  },
};

/** The gaps that count at one step, as `cascade` needs them. */
interface GapStep {
  readonly gaps: Gap[];
  /** Distinct rules, sorted. */
  readonly rules: string[];
  /** Whether one of the gaps is high or critical. */
  high: boolean;
}

/** SPEC §3: unwaived gaps of non-structural rules (the engine passes only those), at a step. */
function countedGapSteps(graph: ProcessGraph, gaps: readonly Gap[]): Map<number, GapStep> {
  const byStep = new Map<number, GapStep>();
  for (const gap of gaps) {
    const index = gap.step === null ? undefined : graph.indexOf(gap.step);
    if (index === undefined) continue;
    let at = byStep.get(index);
    if (!at) byStep.set(index, (at = { gaps: [], rules: [], high: false }));
    at.gaps.push(gap);
    if (!at.rules.includes(gap.rule)) at.rules.push(gap.rule);
    at.high ||= isAtLeast(gap.severity, 'high');
  }
  for (const at of byStep.values()) {
    at.rules.sort(compareText);
    at.gaps.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.rule, b.rule));
  }
  return byStep;
}

/** Whether the gaps at two different steps, one reachable from the other, are an aligned line-up on their own. */
function completes(first: GapStep, second: GapStep): boolean {
  return (first.high || second.high) && new Set([...first.rules, ...second.rules]).size >= 2;
}

interface RuleAt {
  readonly rule: string;
  readonly step: number;
  /** The step's id: ties are broken by ids, never by where steps stand in the file. */
  readonly id: string;
}

/** Up to two gap steps with different rules: enough to tell, for any rule r, whether a gap of another rule is among them. */
type TwoRules = readonly RuleAt[];

/**
 * A compact summary of gap steps: what decides whether one of them completes a
 * line-up with a given step. Immutable, so components with the same gaps
 * ahead share one summary.
 */
interface GapSummary {
  readonly any: TwoRules;
  /** The rules of gaps at steps that have a high or critical gap. */
  readonly atHighSteps: TwoRules;
}

const NO_GAPS: GapSummary = { any: [], atHighSteps: [] };

/**
 * Keeps the two first rules (by id) of all the gap steps it is given, each at its
 * first step (by id): the same summary whatever order they come in, so the report
 * does not change when steps are reordered in the file.
 */
function withRule(kept: TwoRules, candidate: RuleAt): TwoRules {
  const same = kept.find((k) => k.rule === candidate.rule);
  if (same && compareText(same.id, candidate.id) <= 0) return kept;
  if (!same && kept.length >= 2 && kept.every((k) => compareText(k.rule, candidate.rule) < 0)) return kept;
  return [...kept.filter((k) => k.rule !== candidate.rule), candidate]
    .sort((a, b) => compareText(a.rule, b.rule) || compareText(a.id, b.id))
    .slice(0, 2);
}

function withRules(kept: TwoRules, more: TwoRules): TwoRules {
  return more.reduce(withRule, kept);
}

function union(summary: GapSummary, other: GapSummary): GapSummary {
  if (summary.any.length === 0) return other;
  const any = withRules(summary.any, other.any);
  const atHighSteps = withRules(summary.atHighSteps, other.atHighSteps);
  return any === summary.any && atHighSteps === summary.atHighSteps ? summary : { any, atHighSteps };
}

function withStep(summary: GapSummary, step: number, at: GapStep): GapSummary {
  const id = at.gaps[0]!.step!;
  const own = at.rules.map((rule) => ({ rule, step, id }));
  return union(summary, { any: own, atHighSteps: at.high ? own : [] });
}

/** A summarized step whose gaps, with those at `at`, complete a line-up. */
function partnerFor(summary: GapSummary, at: GapStep): number | undefined {
  const candidates = at.high ? summary.any : summary.atHighSteps;
  const otherThan = at.rules.length > 1 ? undefined : at.rules[0];
  return candidates.find((kept) => kept.rule !== otherThan)?.step;
}

/** For each strongly connected component, the gap steps reachable from it that lie outside it; and an aligned pair inside it, if any. */
interface GapsAhead {
  readonly beyond: readonly GapSummary[];
  readonly inside: ReadonlyMap<number, readonly [number, number]>;
}

/** One pass over the components, sinks first (they are numbered in reverse topological order): O(V + E). */
function gapsAhead(graph: ProcessGraph, gapSteps: ReadonlyMap<number, GapStep>): GapsAhead {
  const { component, count } = graph.cycles();
  const { edgeStart, edgeTarget } = graph.graph;
  const { first, members } = membersByComponent(component, count);
  const beyond: GapSummary[] = [];
  const fromComponent: GapSummary[] = [];
  const inside = new Map<number, readonly [number, number]>();
  for (let c = 0; c < count; c++) {
    let ahead = NO_GAPS;
    for (let member = first[c]!; member < first[c + 1]!; member++) {
      const node = members[member]!;
      for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
        const next = component[edgeTarget[edge]!]!;
        if (next !== c) ahead = union(ahead, fromComponent[next]!);
      }
    }
    beyond.push(ahead);
    let reached = ahead;
    for (let member = first[c]!; member < first[c + 1]!; member++) {
      const at = gapSteps.get(members[member]!);
      if (at) reached = withStep(reached, members[member]!, at);
    }
    fromComponent.push(reached);
    const pair = first[c + 1]! - first[c]! > 1 ? pairInside(members.subarray(first[c]!, first[c + 1]!), gapSteps) : undefined;
    if (pair) inside.set(c, pair);
  }
  return { beyond, inside };
}

/** The nodes grouped by component (a counting sort): those of component c are `members[first[c] .. first[c + 1])`. */
function membersByComponent(component: Int32Array, count: number): { first: Int32Array; members: Int32Array } {
  const first = new Int32Array(count + 1);
  for (const c of component) first[c + 1]!++;
  for (let c = 0; c < count; c++) first[c + 1]! += first[c]!;
  const members = new Int32Array(component.length);
  const fill = first.slice(0, count);
  component.forEach((c, node) => (members[fill[c]!++] = node));
  return { first, members };
}

/**
 * Steps of one component reach each other, so any two gap steps there line up.
 * If any pair does, one with its first high step does: that step's rules plus
 * any other rule make two.
 */
function pairInside(members: Int32Array, gapSteps: ReadonlyMap<number, GapStep>): [number, number] | undefined {
  const high = firstById(members, gapSteps, (at) => at.high);
  if (high === undefined) return undefined;
  const partner = firstById(members, gapSteps, (at, node) => node !== high && completes(gapSteps.get(high)!, at));
  return partner === undefined ? undefined : [high, partner];
}

/** The gap step with the first id among those that pass `test`. */
function firstById(members: Int32Array, gapSteps: ReadonlyMap<number, GapStep>, test: (at: GapStep, node: number) => boolean): number | undefined {
  let best: { node: number; id: string } | undefined;
  for (const node of members) {
    const at = gapSteps.get(node);
    if (!at || !test(at, node)) continue;
    const id = at.gaps[0]!.step!;
    if (!best || compareText(id, best.id) < 0) best = { node, id };
  }
  return best?.node;
}

/**
 * A walk from the intake through two gap steps that line up, or undefined.
 * If any chain of gap steps on a path from the intake lines up, some pair of
 * its steps does (a high gap's step, and a step with another rule's gap or, if
 * every other rule's gaps share that step, a second step of its rule); so
 * checking each reachable step against the summary of what lies beyond it,
 * nearest first, decides it.
 */
function alignedPath(
  graph: ProcessGraph,
  intake: number,
  gapSteps: ReadonlyMap<number, GapStep>,
  ahead: GapsAhead,
): number[] | undefined {
  const { component } = graph.cycles();
  const reach = graph.reachFrom(intake);
  const componentSeen = new Uint8Array(ahead.beyond.length);
  for (const node of reach.order) {
    const c = component[node]!;
    const at = gapSteps.get(node);
    const partner = at && partnerFor(ahead.beyond[c]!, at);
    if (partner !== undefined) return walkThrough(graph, reach.pathTo(node), partner);
    if (componentSeen[c]) continue;
    componentSeen[c] = 1;
    const pair = ahead.inside.get(c);
    if (!pair) continue;
    const [first, second] = reach.pathTo(pair[0]).length <= reach.pathTo(pair[1]).length ? pair : [pair[1], pair[0]];
    return walkThrough(graph, reach.pathTo(first), second);
  }
  return undefined;
}

/** The path to a step, continued along the shortest way on to `target`. */
function walkThrough(graph: ProcessGraph, pathToStep: number[], target: number): number[] {
  const onward = graph.searchFrom(pathToStep[pathToStep.length - 1]!).pathTo(target);
  return [...pathToStep, ...onward.slice(1)];
}

/** Lists every counted gap at a step of the witness path (which ends at the later step of the aligned pair). */
function describe(graph: ProcessGraph, path: readonly number[], gapSteps: ReadonlyMap<number, GapStep>): Finding {
  const ids = graph.ids(path);
  const aligned = [...new Set(path)].flatMap((node) => gapSteps.get(node)?.gaps ?? []);
  const rules = new Set(aligned.map((gap) => gap.rule));
  const listed = aligned.map((gap) => `${gap.rule} (${gap.severity}) at "${gap.step}"`).join('; ');
  return {
    step: ids[0]!,
    path: ids,
    message: `from intake "${ids[0]}", gaps of ${rules.size} rules line up on one path (${ids.join(' → ')}): ${listed}. Each might be caught alone; together one customer falls through all of them. Close them, the high and critical ones first`,
  };
}
