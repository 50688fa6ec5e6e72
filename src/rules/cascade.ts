/**
 * `cascade` (docs/rules/cascade.md): gaps that line up on the journey one customer takes.
 *
 * Cost, for V steps, E edges, k reachable intakes, m counted gaps whose segments (witness
 * paths, or steps alone) add up to L steps, and at most R gaps at one step (one per rule):
 * - once: an index of the segments, O(L) time and memory (a trie of the reversed segments,
 *   so witness paths that end alike share it), then, per gap whose journey is weighed, the
 *   gaps inside its segment, O(|segment| · R);
 * - per intake: one breadth-first tree, O(V + E), plus a walk of each reachable gap's segment
 *   along it, O(L) at most. Nothing of one intake is kept for the next.
 * So O(k · (V + E + L · R)): within the O(k · (V + E)) every rule keeps to while witness paths are short or
 * few, beyond it only when many gaps with long witness paths are reachable from every one of
 * many intakes. Ties between journeys with as many gaps and as many steps are broken by
 * comparing their step ids from where the two journeys part: the steps from each gap's step up
 * to their common ancestor in the tree, or along the rest of the shorter segment, not O(V).
 */
import { compareText } from '../text-order.js';
import type { ProcessGraph } from '../model/process-graph.js';
import { isAtLeast } from '../model/severity.js';
import { isStepIds, StepPath } from '../model/step-path.js';

import { cutSteps } from './support/step-list.js';
import type { AlignedGapsRule, Finding, Gap } from './types.js';

export const cascade: AlignedGapsRule = {
  kind: 'aligned-gaps',
  meta: {
    id: 'cascade',
    defaultSeverity: 'critical',
    summary:
      'From an `intake`, one journey (the shortest way to a gap, then on along its witness path) meets gaps of two or more rules that are different failures, at least one of them high or critical.',
    why: 'Each gap alone is usually caught by the next step: a missed confirmation by the delivery driver, a slow reply by a friendly call. When several lie on the journey one customer takes, nothing catches the fall, and small gaps become the disaster the customer tells everyone about. Gaps on different branches are met by different customers: they do not line up.',
    fix: 'Close the gaps listed, the high and critical ones first. The journey is no cascade once no high or critical gap is left on it, or the gaps left on it all belong to one rule.',
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
  check(_process, { graph, gaps, wholePath }) {
    const counted = countedGaps(graph, gaps, wholePath);
    if (counted.length < 2) return [];
    const lineUp = new LineUp(graph, counted);
    return graph.reachableOfType('intake').flatMap((intake) => {
      const best = lineUp.bestCascadeFrom(intake);
      return best ? [describe(graph, best)] : [];
    });
  },
};

/** A gap that counts, as `cascade` reads it. */
interface CountedGap {
  /** Its place among the counted gaps. */
  readonly index: number;
  readonly gap: Gap;
  readonly step: number;
  readonly high: boolean;
  /** Its witness path, or its step alone: the part of a journey where the customer meets it. */
  readonly segment: Int32Array;
  readonly hasPath: boolean;
}

/**
 * docs/rules/cascade.md: the engine passes the unwaived gaps of non-structural rules, at their configured
 * severity; those about the process as a whole do not count. A witness path that does not
 * start at its gap's step, or names no step of the process, cannot be met on a journey: the
 * gap counts as its step alone.
 */
function countedGaps(
  graph: ProcessGraph,
  gaps: readonly Gap[],
  wholePath: (gap: Gap) => readonly string[] | StepPath | undefined,
): CountedGap[] {
  const counted: CountedGap[] = [];
  for (const gap of gaps) {
    const step = gap.step === null ? undefined : graph.indexOf(gap.step);
    if (step === undefined) continue;
    const whole = wholePath(gap);
    const path = whole && (isStepIds(whole) ? whole.map((id) => graph.indexOf(id)) : whole.slice());
    const walk =
      path && path.length > 0 && path[0] === step && path.every((index) => index !== undefined)
        ? Int32Array.from(path as number[])
        : undefined;
    counted.push({
      index: counted.length,
      gap,
      step,
      high: isAtLeast(gap.severity, 'high'),
      segment: walk ?? Int32Array.of(step),
      hasPath: walk !== undefined,
    });
  }
  return counted;
}

/** A gap on a journey, and where its segment first starts there. */
interface GapOnJourney {
  readonly gap: number;
  readonly at: number;
}

/** The cascade reported for one intake. */
interface Cascade {
  readonly intake: number;
  readonly journey: readonly number[];
  readonly gaps: readonly CountedGap[];
}

/**
 * What decides whether gaps at different steps make a cascade, kept small (docs/rules/cascade.md: two gaps of
 * different rules at different steps, one of them high or critical). For a set of gaps, a
 * `Kernel` is a few of them such that, for any rule r and step x, the set holds a gap of
 * another rule at another step exactly when the kernel does. A kernel of the union of two sets
 * is a kernel of the union of their kernels, so kernels add up along a journey.
 */
type Kernel = readonly CountedGap[];

function kernelOf(gaps: readonly CountedGap[]): Kernel {
  const first = gaps[0];
  if (!first) return [];
  const kept = new Set([first]);
  const atAnotherStep = gaps.find((gap) => gap.step !== first.step);
  if (atAnotherStep) kept.add(atAnotherStep);
  // Any rule but these two is avoided by one of them; for these two, two gaps of other rules at two steps.
  for (const rule of new Set([first, atAnotherStep ?? first].map((gap) => gap.gap.rule))) {
    const other = gaps.find((gap) => gap.gap.rule !== rule);
    if (!other) continue;
    kept.add(other);
    const another = gaps.find((gap) => gap.gap.rule !== rule && gap.step !== other.step);
    if (another) kept.add(another);
  }
  return [...kept];
}

function holdsAnotherRuleAtAnotherStep(kernel: Kernel, gap: CountedGap): boolean {
  return kernel.some((other) => other.gap.rule !== gap.gap.rule && other.step !== gap.step);
}

/** The gaps whose segments lie on the breadth-first tree's path from the intake to a step (ending there or before). */
interface AlongTree {
  readonly count: number;
  readonly all: Kernel;
  readonly high: Kernel;
  /** Whether two of them at one step are different failures of different rules, one high or critical. */
  readonly failDifferentlyAtOneStep: boolean;
}

const NO_GAPS: readonly number[] = [];

const NOTHING_ALONG: AlongTree = { count: 0, all: [], high: [], failDifferentlyAtOneStep: false };

class LineUp {
  private readonly segments: SegmentIndex;
  /** The counted gaps at each step. */
  private readonly gapsAtStep: (number[] | undefined)[];
  /** For the current intake: the gaps along the tree's path to each step it reached. */
  private readonly along: AlongTree[];
  private readonly insideCache = new Map<number, readonly GapOnJourney[]>();
  private readonly tree: BreadthFirstTree;
  /** Per gap, for the current intake: the step its segment ends at when the whole segment follows the tree, else -1. */
  private readonly treeEnd: Int32Array;
  private readonly treeEndFor: Int32Array;
  private readonly mark: Int32Array;
  private markGeneration = 0;
  private intakeGeneration = 0;

  constructor(
    private readonly graph: ProcessGraph,
    private readonly counted: readonly CountedGap[],
  ) {
    this.segments = new SegmentIndex(
      counted.map((gap) => gap.segment),
      graph.steps.length,
    );
    this.gapsAtStep = new Array<number[] | undefined>(graph.steps.length);
    for (const { index, step } of counted) (this.gapsAtStep[step] ??= []).push(index);
    this.along = new Array<AlongTree>(graph.steps.length);
    this.tree = new BreadthFirstTree(graph);
    this.treeEnd = new Int32Array(counted.length);
    this.treeEndFor = new Int32Array(counted.length);
    this.mark = new Int32Array(counted.length);
  }

  /** docs/rules/cascade.md: the cascade with the most gaps on it among the journeys from the intake; ties: the shorter, then by step ids. */
  bestCascadeFrom(intake: number): Cascade | undefined {
    const tree = this.tree.grow(intake);
    this.intakeGeneration++;
    const endingAt = new Map<number, number[]>();
    const crossingAt = new Map<number, GapOnJourney[]>();
    for (const step of tree.order) {
      for (const gap of this.gapsAt(step)) this.followTree(gap, endingAt, crossingAt);
    }
    const along = this.along;
    let best: { journey: number; gaps: number; steps: number; beyondTree: readonly GapOnJourney[] } | undefined;
    for (const step of tree.order) {
      const before = step === intake ? NOTHING_ALONG : along[tree.parentOf(step)]!;
      along[step] = endingAt.has(step) ? this.alongTree(step, before, endingAt.get(step)!) : before;
      for (const gap of this.gapsAt(step)) {
        const onJourney = this.weigh(gap, along[step]!, crossingAt.get(step) ?? []);
        if (!onJourney) continue;
        const steps = tree.depthOf(step) + this.counted[gap]!.segment.length;
        if (best && (onJourney.count < best.gaps || (onJourney.count === best.gaps && steps > best.steps))) continue;
        if (
          best &&
          onJourney.count === best.gaps &&
          steps === best.steps &&
          this.compareJourneys(gap, best.journey) >= 0
        )
          continue;
        best = { journey: gap, gaps: onJourney.count, steps, beyondTree: onJourney.beyondTree };
      }
    }
    if (!best) return undefined;
    const rule = (gap: number): string => this.counted[gap]!.gap.rule;
    const gapsOn = [...this.gapsAlongTree(this.counted[best.journey]!.step), ...best.beyondTree];
    gapsOn.sort((a, b) => a.at - b.at || compareText(rule(a.gap), rule(b.gap)));
    return { intake, journey: this.journey(best.journey), gaps: gapsOn.map(({ gap }) => this.counted[gap]!) };
  }

  private gapsAt(step: number): readonly number[] {
    return this.gapsAtStep[step] ?? NO_GAPS;
  }

  /** The journey of a gap from the current intake: the tree's path to its step, then the rest of its segment. */
  private journey(gap: number): number[] {
    const { step, segment } = this.counted[gap]!;
    return [...this.tree.pathTo(step), ...segment.slice(1)];
  }

  /**
   * The journeys of two gaps from the current intake, as long as each other, compared by their
   * step ids in order. Step ids are unique, so the first step where they differ decides; it is
   * found from where the two part, never by spelling out both journeys: below their common
   * ancestor in the tree when their tree paths part, else along the rest of the shorter path.
   */
  private compareJourneys(a: number, b: number): number {
    const [first, second] = [this.counted[a]!, this.counted[b]!];
    if (this.tree.depthOf(first.step) > this.tree.depthOf(second.step)) return -this.compareJourneys(b, a);
    const depth = this.tree.depthOf(first.step);
    const below: number[] = [];
    let other = second.step;
    while (this.tree.depthOf(other) > depth) {
      below.push(other);
      other = this.tree.parentOf(other);
    }
    if (other !== first.step) {
      let own = first.step;
      while (this.tree.parentOf(own) !== this.tree.parentOf(other))
        [own, other] = [this.tree.parentOf(own), this.tree.parentOf(other)];
      return compareText(this.graph.step(own).id, this.graph.step(other).id);
    }
    // The first gap's step lies on the tree path to the second's: its segment goes on where the second journey goes down the tree, then along the second segment.
    const followsTree = below.every((step, up) => first.segment[below.length - up] === step);
    if (followsTree && this.segments.continuesInto(a, below.length, b)) return 0;
    for (let at = 1; at < first.segment.length; at++) {
      const mine = first.segment[at]!;
      const theirs = at <= below.length ? below[below.length - at]! : second.segment[at - below.length]!;
      if (mine !== theirs) return compareText(this.graph.step(mine).id, this.graph.step(theirs).id);
    }
    return 0;
  }

  /**
   * How far the gap's segment follows the tree: a segment that follows it to its end lies on
   * every journey through that end (`endingAt`); one that leaves it after passing step s may
   * still lie on a journey through s, if the journey's segment goes on as it does (`crossingAt`).
   */
  private followTree(gap: number, endingAt: Map<number, number[]>, crossingAt: Map<number, GapOnJourney[]>): void {
    const { segment } = this.counted[gap]!;
    let last = 0;
    while (
      last + 1 < segment.length &&
      this.tree.has(segment[last + 1]!) &&
      this.tree.parentOf(segment[last + 1]!) === segment[last]
    )
      last++;
    this.treeEndFor[gap] = this.intakeGeneration;
    this.treeEnd[gap] = last === segment.length - 1 ? segment[last]! : -1;
    if (this.treeEnd[gap] !== -1) pushTo(endingAt, segment[last]!, gap);
    for (let at = 1; at <= Math.min(last, segment.length - 2); at++) {
      if (this.gapsAtStep[segment[at]!]) pushTo(crossingAt, segment[at]!, { gap, at });
    }
  }

  /** Whether the gap's whole segment lies on the tree's path from the current intake to `step`. */
  private alongTreeTo(gap: number, step: number): boolean {
    return (
      this.treeEndFor[gap] === this.intakeGeneration &&
      this.treeEnd[gap] !== -1 &&
      this.tree.isAncestorOrSelf(this.treeEnd[gap]!, step)
    );
  }

  private alongTree(step: number, before: AlongTree, ending: readonly number[]): AlongTree {
    const gaps = ending.map((gap) => this.counted[gap]!);
    const newPair = ending.some((gap) =>
      this.failsDifferentlyWithAnotherOn(gap, (other) => this.alongTreeTo(other, step)),
    );
    return {
      count: before.count + ending.length,
      all: kernelOf([...before.all, ...gaps]),
      high: kernelOf([...before.high, ...gaps.filter((gap) => gap.high)]),
      failDifferentlyAtOneStep: before.failDifferentlyAtOneStep || newPair,
    };
  }

  /**
   * When the journey of `gap` from the current intake is a cascade: how many gaps lie on it, and
   * those that do not lie on the tree's path to its step. The gaps on a journey are those along
   * the tree, those inside the gap's segment, and those that leave the tree at the gap's step
   * and go on as its segment does.
   */
  private weigh(
    gap: number,
    along: AlongTree,
    crossing: readonly GapOnJourney[],
  ): { count: number; beyondTree: GapOnJourney[] } | undefined {
    const { step } = this.counted[gap]!;
    const inside = this.inside(gap);
    const onJourney = ++this.markGeneration;
    const beyondTree: GapOnJourney[] = [];
    for (const { gap: other, at } of crossing) {
      if (!this.segments.continuesInto(other, at, gap)) continue;
      this.mark[other] = onJourney;
      beyondTree.push({ gap: other, at: this.tree.depthOf(this.counted[other]!.step) });
    }
    for (const { gap: other, at } of inside) {
      if (this.mark[other] === onJourney) continue;
      this.mark[other] = onJourney;
      if (!this.alongTreeTo(other, step)) beyondTree.push({ gap: other, at: this.tree.depthOf(step) + at });
    }
    const count = along.count + beyondTree.length;
    if (count < 2) return undefined;
    const beyond = beyondTree.map(({ gap: other }) => this.counted[other]!);
    const all = kernelOf([...along.all, ...beyond]);
    const high = kernelOf([...along.high, ...beyond.filter((other) => other.high)]);
    const isOn = (other: number): boolean => this.mark[other] === onJourney || this.alongTreeTo(other, step);
    const cascade =
      high.some((other) => holdsAnotherRuleAtAnotherStep(all, other)) ||
      along.failDifferentlyAtOneStep ||
      beyondTree.some(({ gap: other }) => this.failsDifferentlyWithAnotherOn(other, isOn));
    return cascade ? { count, beyondTree } : undefined;
  }

  /**
   * docs/rules/cascade.md: whether another gap on the journey (`isOn`) at this gap's step is a different failure of
   * another rule, one of the two high or critical: at one step, only gaps whose witness paths differ are.
   */
  private failsDifferentlyWithAnotherOn(gap: number, isOn: (gap: number) => boolean): boolean {
    const own = this.counted[gap]!;
    return this.gapsAt(own.step).some((index) => {
      const other = this.counted[index]!;
      return (
        other.gap.rule !== own.gap.rule &&
        (own.high || other.high) &&
        own.hasPath &&
        other.hasPath &&
        !this.segments.same(gap, index) &&
        isOn(index)
      );
    });
  }

  /** The gaps whose whole segment lies on the tree's path to `step`, where they start. */
  private gapsAlongTree(step: number): GapOnJourney[] {
    return this.tree.pathTo(step).flatMap((at) =>
      this.gapsAt(at)
        .filter((gap) => this.alongTreeTo(gap, step))
        .map((gap) => ({ gap, at: this.tree.depthOf(at) })),
    );
  }

  /** The gaps whose segment lies inside the segment of `gap` (its own included), where they first start; the same from every intake. */
  private inside(gap: number): readonly GapOnJourney[] {
    const known = this.insideCache.get(gap);
    if (known) return known;
    const seen = ++this.markGeneration;
    const found: GapOnJourney[] = [];
    this.counted[gap]!.segment.forEach((step, at) => {
      for (const other of this.gapsAt(step)) {
        if (this.mark[other] === seen || !this.segments.occursAt(other, gap, at)) continue;
        this.mark[other] = seen;
        found.push({ gap: other, at });
      }
    });
    this.insideCache.set(gap, found);
    return found;
  }
}

function pushTo<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Exact comparison of parts of segments in O(1): a trie of the segments read backwards, whose
 * nodes are the segments' tails (`tails[g][j]` is the node of segment g from position j on), and
 * its failure links (Aho-Corasick): tail X is a prefix of tail Y exactly when X is an ancestor
 * of Y in the tree of failure links, which a numbering of that tree answers.
 */
class SegmentIndex {
  private readonly tails: Int32Array[];
  private readonly enter: Int32Array;
  private readonly exit: Int32Array;

  constructor(segments: readonly Int32Array[], stepCount: number) {
    const child = new Map<number, number>();
    const parent: number[] = [-1];
    const symbol: number[] = [-1];
    const depth: number[] = [0];
    this.tails = segments.map((segment) => {
      const tails = new Int32Array(segment.length);
      let node = 0;
      for (let at = segment.length - 1; at >= 0; at--) {
        const key = node * stepCount + segment[at]!;
        let next = child.get(key);
        if (next === undefined) {
          next = parent.length;
          child.set(key, next);
          parent.push(node);
          symbol.push(segment[at]!);
          depth.push(depth[node]! + 1);
        }
        tails[at] = node = next;
      }
      return tails;
    });
    const fail = failureLinks(parent, symbol, depth, child, stepCount);
    ({ enter: this.enter, exit: this.exit } = numberTree(fail));
  }

  /** Tail `x` is a prefix of tail `y`. */
  private isPrefix(x: number, y: number): boolean {
    return this.enter[x]! <= this.enter[y]! && this.exit[y]! <= this.exit[x]!;
  }

  /** Segment `inner` occurs in segment `outer` from position `at`. */
  occursAt(inner: number, outer: number, at: number): boolean {
    return this.isPrefix(this.tails[inner]![0]!, this.tails[outer]![at]!);
  }

  /** Segment `gap` from position `at` on is a prefix of segment `next`. */
  continuesInto(gap: number, at: number, next: number): boolean {
    return this.isPrefix(this.tails[gap]![at]!, this.tails[next]![0]!);
  }

  same(a: number, b: number): boolean {
    return this.tails[a]![0] === this.tails[b]![0];
  }
}

/** Aho-Corasick failure links of a trie (node 0 the root), nodes taken by depth: O(total length of the words). */
function failureLinks(
  parent: readonly number[],
  symbol: readonly number[],
  depth: readonly number[],
  child: ReadonlyMap<number, number>,
  stepCount: number,
): Int32Array {
  const fail = new Int32Array(parent.length);
  for (const node of sortedByDepth(depth)) {
    const up = parent[node]!;
    if (up <= 0) continue;
    let candidate = fail[up]!;
    let found = child.get(candidate * stepCount + symbol[node]!);
    while (found === undefined && candidate !== 0) {
      candidate = fail[candidate]!;
      found = child.get(candidate * stepCount + symbol[node]!);
    }
    fail[node] = found ?? 0;
  }
  return fail;
}

/** Node numbers by depth, shallowest first (a counting sort). */
function sortedByDepth(depth: readonly number[]): Int32Array {
  const first = new Int32Array(depth.reduce((deepest, d) => Math.max(deepest, d), 0) + 2);
  for (const d of depth) first[d + 1]!++;
  for (let d = 1; d < first.length; d++) first[d]! += first[d - 1]!;
  const sorted = new Int32Array(depth.length);
  depth.forEach((d, node) => (sorted[first[d]!++] = node));
  return sorted;
}

/**
 * Depth-first entry and exit numbers of a tree given by parents (node 0 the root; its own entry
 * is not read), iteratively: `a` is an ancestor of `b`, or `b` itself, when a's numbers enclose b's.
 */
function numberTree(parentOf: Int32Array): { enter: Int32Array; exit: Int32Array } {
  const size = parentOf.length;
  const firstChild = new Int32Array(size + 1);
  for (let node = 1; node < size; node++) firstChild[parentOf[node]! + 1]!++;
  for (let node = 0; node < size; node++) firstChild[node + 1]! += firstChild[node]!;
  const children = new Int32Array(Math.max(0, size - 1));
  const fill = firstChild.slice(0, size);
  for (let node = 1; node < size; node++) children[fill[parentOf[node]!]!++] = node;
  const enter = new Int32Array(size);
  const exit = new Int32Array(size);
  const stack = [0];
  const nextChild = firstChild.slice(0, size);
  let clock = 1;
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (nextChild[node]! < firstChild[node + 1]!) {
      const next = children[nextChild[node]!++]!;
      enter[next] = clock++;
      stack.push(next);
    } else {
      exit[node] = clock++;
      stack.pop();
    }
  }
  return { enter, exit };
}

/**
 * The breadth-first tree from one intake: its paths are the shortest ones, with ties broken as
 * every search of the graph (src/model/graph.ts) breaks them, by breadth-first order following
 * `next` in order, so a journey starts as a witness path from the intake would. Its arrays are
 * reused from intake to intake.
 */
class BreadthFirstTree {
  /** The steps the intake reaches, in breadth-first order. */
  order: Int32Array = new Int32Array(0);
  private readonly queue: Int32Array;
  private readonly parent: Int32Array;
  private readonly depth: Int32Array;
  private readonly reached: Int32Array;
  private enter: Int32Array = new Int32Array(0);
  private exit: Int32Array = new Int32Array(0);
  private readonly position: Int32Array;
  private generation = 0;

  constructor(private readonly graph: ProcessGraph) {
    const size = graph.steps.length;
    this.parent = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.reached = new Int32Array(size);
    this.position = new Int32Array(size);
    this.queue = new Int32Array(size);
  }

  grow(intake: number): this {
    const generation = ++this.generation;
    const { queue } = this;
    queue[0] = intake;
    this.reached[intake] = generation;
    this.parent[intake] = -1;
    this.depth[intake] = 0;
    this.position[intake] = 0;
    let size = 1;
    const parentAt = new Int32Array(this.graph.steps.length);
    let head = 0;
    const reach = (next: number, _wait: unknown, step: number): void => {
      if (this.reached[next] === generation) return;
      this.reached[next] = generation;
      this.parent[next] = step;
      this.depth[next] = this.depth[step]! + 1;
      this.position[next] = size;
      parentAt[size] = head;
      queue[size++] = next;
    };
    for (; head < size; head++) this.graph.forEachSuccessor(queue[head]!, reach);
    this.order = queue.subarray(0, size);
    ({ enter: this.enter, exit: this.exit } = numberTree(parentAt.subarray(0, size)));
    return this;
  }

  has(step: number): boolean {
    return this.reached[step] === this.generation;
  }

  parentOf(step: number): number {
    return this.parent[step]!;
  }

  depthOf(step: number): number {
    return this.depth[step]!;
  }

  isAncestorOrSelf(ancestor: number, step: number): boolean {
    const [a, b] = [this.position[ancestor]!, this.position[step]!];
    return this.enter[a]! <= this.enter[b]! && this.exit[b]! <= this.exit[a]!;
  }

  pathTo(step: number): number[] {
    const path: number[] = [];
    for (let at = step; at !== -1; at = this.parent[at]!) path.push(at);
    return path.reverse();
  }
}

/** docs/rules/cascade.md: at the intake, the journey as `path`, and every gap on it (the list cut as step lists are). */
function describe(graph: ProcessGraph, cascade: Cascade): Finding {
  const intake = graph.step(cascade.intake).id;
  const rules = new Set(cascade.gaps.map(({ gap }) => gap.rule));
  const listed = cutSteps(cascade.gaps.map(({ gap }) => `${gap.rule} (${gap.severity}) at "${gap.step}"`)).join('; ');
  return {
    step: intake,
    path: StepPath.of(cascade.journey),
    message: `from intake "${intake}", one customer's journey meets ${cascade.gaps.length} gaps of ${rules.size} rules: ${listed}. Each might be caught alone; together nothing catches the customer. Close them, the high and critical ones first`,
  };
}
