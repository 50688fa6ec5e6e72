/**
 * `cascade` (docs/rules/cascade.md): gaps that line up on the journey one customer takes.
 *
 * Cost, for V steps, E edges, k reachable intakes, m counted gaps whose segments (witness paths, or
 * steps alone) are made of P distinct pieces holding L' steps (a `StepPath` shares its rest with other
 * paths, and so does everything here), and at most R gaps at one step (one per rule):
 * - once: an index of the pieces, O(L') (a trie of the reversed segments, each piece added once), and
 *   per piece the gaps inside it and the steps where gaps sit;
 * - per root (an intake, or the funnel many intakes share, `Behind`): one breadth-first tree, O(V + E),
 *   a walk of each reachable gap's segment along it (how far a shared tail follows the tree is
 *   remembered), and each journey weighed from the gaps along the tree, crossing it and inside it;
 * - per intake that funnels into a shared step: its own few steps, the gaps before the funnel, and
 *   J's journeys taken most gaps first until none could win.
 * So O(k · (V + E + L' · R)) at worst, and for thousands of intakes into one flow O(V + E + L' · R) plus
 * what each intake owns. Ties between journeys with as many gaps and as many steps are broken by
 * comparing their step ids from where the two journeys part: the steps from each gap's step up to
 * their common ancestor in the tree, or along the rest of the shorter segment, not O(V); two
 * journeys from the funnel are compared once for every intake.
 */
import { compareText } from '../text-order.js';
import type { ProcessGraph } from '../model/process-graph.js';
import { isAtLeast } from '../model/severity.js';
import { isStepIds, StepPath } from '../model/step-path.js';

import { BreadthFirstTree, FunnelTree, type JourneyTree } from './support/journey-tree.js';
import { Segment, SegmentIndex } from './support/segment-index.js';
import { cutList, keptEnds } from './support/step-list.js';
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
    return new LineUp(graph, counted)
      .bestCascades(graph.reachableOfType('intake'))
      .flatMap((best) => (best ? [describe(graph, best)] : []));
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
  readonly segment: Segment;
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
    const path = whole && (isStepIds(whole) ? stepsOf(graph, whole) : whole);
    const walk = path && path.length > 0 ? new Segment(path) : undefined;
    const hasPath = walk?.stepAt(0) === step;
    counted.push({
      index: counted.length,
      gap,
      step,
      high: isAtLeast(gap.severity, 'high'),
      segment: hasPath ? walk! : new Segment(StepPath.of([step])),
      hasPath,
    });
  }
  return counted;
}

/** Step ids as a path, unless one names no step. */
function stepsOf(graph: ProcessGraph, ids: readonly string[]): StepPath | undefined {
  const steps = ids.map((id) => graph.indexOf(id));
  return steps.every((step) => step !== undefined) ? StepPath.of(steps as number[]) : undefined;
}

/** A gap on a journey, and where its segment first starts there. */
interface GapOnJourney {
  readonly gap: number;
  readonly at: number;
}

/** The gaps on a cascade's journey, in the order met: all of them up to 12, else the 11 a message names (`cutList`). */
interface GapList {
  readonly count: number;
  readonly rules: number;
  readonly kept: readonly CountedGap[];
}

/** The cascade reported for one intake. */
interface Cascade {
  readonly intake: number;
  readonly journey: StepPath;
  readonly gaps: GapList;
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

/** docs/rules/cascade.md: two gaps at one step that are different failures of different rules, one high or critical. */
function failDifferently(a: CountedGap, b: CountedGap, segments: SegmentIndex): boolean {
  return (
    a.step === b.step &&
    a.gap.rule !== b.gap.rule &&
    (a.high || b.high) &&
    a.hasPath &&
    b.hasPath &&
    !segments.same(a.index, b.index)
  );
}

/** The gaps whose segments lie on a tree's path from its root to a step (ending there or before). */
interface AlongTree {
  readonly count: number;
  readonly all: Kernel;
  readonly high: Kernel;
  /** Whether two of them at one step are different failures of different rules, one high or critical. */
  readonly failDifferentlyAtOneStep: boolean;
}

const NOTHING_ALONG: AlongTree = { count: 0, all: [], high: [], failDifferentlyAtOneStep: false };

/** How a gap's journey from a tree's root weighs: how many gaps lie on it, and whether they make a cascade. */
interface Weighed {
  readonly gap: number;
  readonly count: number;
  readonly all: Kernel;
  readonly high: Kernel;
  readonly cascade: boolean;
  /** The journey's length in steps. */
  readonly steps: number;
}

/** The gaps inside a segment from one of its pieces on (`LineUp.insideFrom`), in the order met there. */
interface Inside {
  readonly gaps: ReadonlySet<number>;
  readonly list: readonly CountedGap[];
  readonly all: Kernel;
  readonly high: Kernel;
  /** Two of them at one step are different failures of different rules, one high or critical. */
  readonly failDifferently: boolean;
  readonly rules: ReadonlySet<string>;
}

/** How far a gap's segment follows a tree from its step. */
interface Followed {
  /** The last position of the segment still on the tree. */
  readonly last: number;
  /** The step the segment ends at when all of it follows the tree, else -1. */
  readonly end: number;
  /** Where the segment reaches the funnel the tree goes on from, else -1. */
  readonly funnelAt: number;
}

/**
 * A gap before an intake's funnel whose segment follows the tree into the funnel and on to `last`:
 * it lies on the journey of a gap behind the funnel when it ends on the way to that gap's step, or
 * passes that step and goes on as the gap's segment does.
 */
interface Crossing {
  readonly gap: number;
  readonly last: number;
  readonly whole: boolean;
  readonly funnelAt: number;
}

const NO_GAPS: readonly number[] = [];
const NO_CROSSINGS: readonly GapOnJourney[] = [];

/** What the intakes of one process share: its counted gaps, their segments and where they lie inside each other. */
class LineUp {
  readonly segments: SegmentIndex;
  /** The counted gaps at each step. */
  private readonly gapsAtStep: (number[] | undefined)[];
  private readonly hitsInPiece = new Map<StepPath, readonly GapOnJourney[]>();
  private readonly gapStepsInPiece = new Map<StepPath, number[]>();
  private readonly insideOfPiece = new Map<StepPath, Inside>();
  private readonly mark: Int32Array;
  private markGeneration = 0;

  constructor(
    readonly graph: ProcessGraph,
    readonly counted: readonly CountedGap[],
  ) {
    this.segments = new SegmentIndex(counted.map((gap) => gap.segment));
    this.gapsAtStep = new Array<number[] | undefined>(graph.steps.length);
    for (const { index, step } of counted) (this.gapsAtStep[step] ??= []).push(index);
    this.mark = new Int32Array(counted.length);
  }

  /**
   * docs/rules/cascade.md: for each intake, the cascade with the most gaps on it among its journeys; ties: the
   * shorter, then by step ids. Intakes that funnel into one step share everything behind it: its tree and
   * how each journey behind it weighs are worked out once, and each intake adds its own few steps.
   */
  bestCascades(intakes: readonly number[]): (Cascade | undefined)[] {
    const byFunnel = new Map<number, number[]>();
    intakes.forEach((intake, at) => {
      const funnel = this.graph.funnelOf(intake)?.step;
      if (funnel !== undefined) pushTo(byFunnel, funnel, at);
    });
    const best = new Array<Cascade | undefined>(intakes.length);
    const tree = new BreadthFirstTree(this.graph);
    const shared = [...byFunnel].filter(([, sharing]) => sharing.length > 1);
    const sharingIntakes = new Set(shared.flatMap(([, sharing]) => sharing));
    intakes.forEach((intake, at) => {
      if (!sharingIntakes.has(at)) best[at] = this.bestFrom(intake, tree.grow(intake));
    });
    for (const [funnel, sharing] of shared) {
      const behind = new Behind(this, funnel, tree.grow(funnel));
      for (const at of sharing) best[at] = this.bestThroughFunnel(intakes[at]!, behind);
    }
    return best;
  }

  gapsAt(step: number): readonly number[] {
    return this.gapsAtStep[step] ?? NO_GAPS;
  }

  /** A fresh mark: `isMarked(gap, mark)` holds for no gap until `setMark`. */
  newMark(): number {
    return ++this.markGeneration;
  }

  setMark(gap: number, mark: number): void {
    this.mark[gap] = mark;
  }

  isMarked(gap: number, mark: number): boolean {
    return this.mark[gap] === mark;
  }

  /** Each position from `first` to `last` of the gap's segment where gaps sit, in order, with the step there. */
  forEachGapStep(gap: number, first: number, last: number, visit: (step: number, at: number) => void): void {
    const { segment } = this.counted[gap]!;
    for (let piece = segment.pieceAt(first); piece < segment.pieces.length; piece++) {
      const start = segment.starts[piece]!;
      if (start > last) return;
      const { own } = segment.pieces[piece]!;
      for (const offset of this.gapStepsIn(segment.pieces[piece]!)) {
        const at = start + offset;
        if (at > last) return;
        if (at >= first) visit(own[offset]!, at);
      }
    }
  }

  /** Where in a piece's own steps gaps sit. */
  private gapStepsIn(piece: StepPath): readonly number[] {
    let offsets = this.gapStepsInPiece.get(piece);
    if (!offsets) {
      offsets = [];
      for (let offset = 0; offset < piece.own.length; offset++)
        if (this.gapsAtStep[piece.own[offset]!]) offsets.push(offset);
      this.gapStepsInPiece.set(piece, offsets);
    }
    return offsets;
  }

  /** Each gap whose segment lies inside the segment of `gap` (its own included), at each place it starts there, in order. */
  forEachInside(gap: number, visit: (other: number, at: number) => void, beforePiece = Infinity): void {
    const { segment } = this.counted[gap]!;
    for (let index = 0; index < Math.min(segment.pieces.length, beforePiece); index++) {
      const start = segment.starts[index]!;
      for (const hit of this.hitsIn(segment.pieces[index]!)) visit(hit.gap, start + hit.at);
    }
  }

  /**
   * The gaps inside a segment from one of its pieces on, where each first starts (from the piece's start), and what
   * decides a cascade among them: the same for every segment that shares the piece, so thousands of intakes whose
   * witness paths run down one flow weigh the gaps on it once.
   */
  insideFrom(gap: number, piece: number): Inside {
    const { segment } = this.counted[gap]!;
    const known = this.insideOfPiece.get(segment.pieces[piece]!);
    if (known) return known;
    const first = new Map<number, number>();
    for (let index = piece; index < segment.pieces.length; index++) {
      const start = segment.starts[index]! - segment.starts[piece]!;
      for (const hit of this.hitsIn(segment.pieces[index]!))
        if (!first.has(hit.gap)) first.set(hit.gap, start + hit.at);
    }
    const rule = (gap: number): string => this.counted[gap]!.gap.rule;
    const order = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || compareText(rule(a), rule(b)));
    const gaps = order.map((index) => this.counted[index]!);
    const inside: Inside = {
      gaps: new Set(first.keys()),
      list: gaps,
      all: kernelOf(gaps),
      high: kernelOf(gaps.filter((on) => on.high)),
      failDifferently: gaps.some((on) =>
        this.gapsAt(on.step).some(
          (other) => first.has(other) && failDifferently(on, this.counted[other]!, this.segments),
        ),
      ),
      rules: new Set(gaps.map((on) => on.gap.rule)),
    };
    this.insideOfPiece.set(segment.pieces[piece]!, inside);
    return inside;
  }

  /** The gaps whose segment starts in the piece's own steps and lies inside the piece and what follows it: the same in every segment that shares it. */
  private hitsIn(piece: StepPath): readonly GapOnJourney[] {
    const known = this.hitsInPiece.get(piece);
    if (known) return known;
    const hits: GapOnJourney[] = [];
    piece.own.forEach((step, at) => {
      for (const other of this.gapsAt(step))
        if (this.segments.occursInPiece(other, piece, at)) hits.push({ gap: other, at });
    });
    this.hitsInPiece.set(piece, hits);
    return hits;
  }

  /** The best cascade from an intake, weighing every journey from its own tree. */
  private bestFrom(intake: number, tree: BreadthFirstTree): Cascade | undefined {
    const weighing = new Weighing(this, tree);
    let best: Weighed | undefined;
    for (const journey of weighing.weighAll(false)) {
      if (journey.cascade && (!best || weighing.isBetter(journey, best))) best = journey;
    }
    return best && weighing.cascadeOf(intake, best.gap);
  }

  /**
   * The best cascade from an intake that funnels into a step J: journeys to gaps before J are
   * weighed on the intake's own tree; a journey to a gap behind J weighs what it weighs from J
   * (`Behind`), plus the gaps before J that lie on it. Those can only add gaps, so J's journeys are
   * taken most gaps first, and no more once even all of those gaps could not make one the best.
   */
  private bestThroughFunnel(intake: number, behind: Behind): Cascade | undefined {
    const tree = new FunnelTree(this.graph, intake, behind.funnel, behind.tree);
    const near = new Weighing(this, tree, behind);
    let best: Weighed | undefined;
    for (const journey of near.weighAll(false)) {
      if (journey.cascade && (!best || near.isBetter(journey, best))) best = journey;
    }
    const { always, crossings } = this.beforeFunnel(tree, near);
    const most = always.length + crossings.length;
    const toFunnel = tree.depthOf(behind.funnel);
    let bestOn: CountedGap[] | undefined;
    for (const candidate of behind.ranked) {
      if (best && candidate.count + most < best.count) break;
      const on = [
        ...always,
        ...crossings.filter((crossing) => behind.liesOn(crossing, candidate.gap)).map(({ gap }) => this.counted[gap]!),
      ];
      const journey: Weighed = {
        ...candidate,
        count: candidate.count + on.length,
        steps: toFunnel + candidate.steps,
      };
      if (journey.count < 2 || (best && !this.mayBeBetter(journey, best))) continue;
      if (!this.isCascadeWith(candidate, on) || (best && !near.isBetter(journey, best))) continue;
      best = journey;
      bestOn = on;
    }
    if (!best) return undefined;
    if (!bestOn) return near.cascadeOf(intake, best.gap);
    const rule = (gap: CountedGap): string => gap.gap.rule;
    bestOn.sort((a, b) => tree.depthOf(a.step) - tree.depthOf(b.step) || compareText(rule(a), rule(b)));
    const found = behind.cascadeTo(best.gap);
    return {
      intake,
      journey: StepPath.join(tree.pathTo(behind.funnel).slice(0, -1), found.journey),
      gaps: gapList([bestOn, found.gaps], new Set([...found.rules, ...bestOn.map(rule)])),
    };
  }

  /** The gaps before the funnel on every journey behind it, and those on some of them. */
  private beforeFunnel(tree: FunnelTree, near: Weighing): { always: CountedGap[]; crossings: Crossing[] } {
    const always: CountedGap[] = [];
    const crossings: Crossing[] = [];
    for (const step of tree.order) {
      for (const gap of this.gapsAt(step)) {
        const { last, end, funnelAt } = near.followed(gap);
        if (funnelAt === -1) {
          if (end !== -1 && tree.isAncestorOrSelf(end, tree.funnel)) always.push(this.counted[gap]!);
          continue;
        }
        crossings.push({ gap, last: this.counted[gap]!.segment.stepAt(last), whole: end !== -1, funnelAt });
      }
    }
    return { always, crossings };
  }

  /** Whether a journey could beat the best so far on gaps and length alone. */
  private mayBeBetter(journey: Weighed, best: Weighed): boolean {
    return journey.count > best.count || (journey.count === best.count && journey.steps <= best.steps);
  }

  /** Whether a journey behind the funnel is a cascade with the gaps before the funnel on it. */
  private isCascadeWith(behind: Weighed, before: readonly CountedGap[]): boolean {
    if (behind.cascade) return true;
    const all = kernelOf([...behind.all, ...before]);
    const high = kernelOf([...behind.high, ...before.filter((gap) => gap.high)]);
    return (
      high.some((gap) => holdsAnotherRuleAtAnotherStep(all, gap)) ||
      before.some((a, at) => before.slice(at + 1).some((b) => failDifferently(a, b, this.segments)))
    );
  }
}

/**
 * The journeys from one tree's root. A gap's journey is the tree's path to its step, then its segment;
 * the gaps on it are those along the tree, those inside the gap's segment, and those that leave the
 * tree at the gap's step and go on as its segment does.
 */
class Weighing {
  private readonly followedBy = new Map<number, Followed>();
  private readonly followedByTail = new Map<number, number>();
  /** Gaps whose segment follows the tree past a step where other gaps sit, and where. */
  private readonly crossingAt = new Map<number, GapOnJourney[]>();
  /** The gaps along the tree's path to each step weighed. */
  private readonly along = new Map<number, AlongTree>();

  constructor(
    private readonly lineUp: LineUp,
    private readonly tree: JourneyTree,
    /** When the tree goes on from a funnel: what is worked out once behind it. */
    private readonly behind?: Behind,
  ) {}

  /** How every journey to a gap at a step of the tree's `order` weighs; `keepAll` works out kernels of journeys with fewer than two gaps too. */
  weighAll(keepAll: boolean): Weighed[] {
    const { order } = this.tree;
    const endingAt = new Map<number, number[]>();
    for (let at = 0; at < order.length; at++) {
      for (const gap of this.lineUp.gapsAt(order[at]!)) this.follow(gap, endingAt);
    }
    const weighed: Weighed[] = [];
    for (let at = 0; at < order.length; at++) {
      const step = order[at]!;
      const parent = this.tree.parentOf(step);
      const before = parent === -1 ? NOTHING_ALONG : this.along.get(parent)!;
      const ending = endingAt.get(step);
      const along = ending ? this.alongTree(step, before, ending) : before;
      this.along.set(step, along);
      for (const gap of this.lineUp.gapsAt(step)) weighed.push(this.weigh(gap, along, keepAll));
    }
    return weighed;
  }

  followed(gap: number): Followed {
    return this.followedBy.get(gap)!;
  }

  /** a is the better cascade of two: more gaps, then the shorter journey, then the first by step ids (equal journeys hold equal gaps). */
  isBetter(a: Weighed, b: Weighed): boolean {
    if (a.count !== b.count) return a.count > b.count;
    if (a.steps !== b.steps) return a.steps < b.steps;
    return this.compareJourneys(a.gap, b.gap) < 0;
  }

  cascadeOf(intake: number, gap: number): Cascade {
    const { before, inside } = this.gapsOnInParts(gap);
    const rules = new Set([...before.map((on) => on.gap.rule), ...(inside?.rules ?? [])]);
    return { intake, journey: this.journey(gap), gaps: gapList([before, inside?.list ?? []], rules) };
  }

  /** The journey of a gap: the tree's path to its step, then the rest of its segment. */
  journey(gap: number): StepPath {
    const { step, segment } = this.lineUp.counted[gap]!;
    return StepPath.join(this.tree.pathTo(step), segment.path.from(1));
  }

  /** Every gap on the journey of `gap`, in the order met, gaps met at one place by rule. */
  gapsOn(gap: number): CountedGap[] {
    const { before, inside } = this.gapsOnInParts(gap);
    return [...before, ...(inside?.list ?? [])];
  }

  /** `gapsOn`, the part read as one shared whole (`beyondTree`) kept apart: all its gaps are met after the others. */
  private gapsOnInParts(gap: number): { before: CountedGap[]; inside?: Inside } {
    const { counted } = this.lineUp;
    const rule = (on: GapOnJourney): string => counted[on.gap]!.gap.rule;
    const { beyond, inside } = this.beyondTree(gap);
    const gapsOn = [...this.gapsAlongTree(counted[gap]!.step), ...beyond];
    gapsOn.sort((a, b) => a.at - b.at || compareText(rule(a), rule(b)));
    return { before: gapsOn.map((on) => counted[on.gap]!), ...(inside && { inside }) };
  }

  /**
   * How far the gap's segment follows the tree: a segment that follows it to its end lies on
   * every journey through that end (`endingAt`); one that leaves it after passing step s may
   * still lie on a journey through s, if the journey's segment goes on as it does (`crossingAt`).
   * Behind a funnel, how far is worked out once for every segment that goes on alike (`Behind`),
   * and what it passes there is weighed from the funnel.
   */
  private follow(gap: number, endingAt: Map<number, number[]>): void {
    const { segment } = this.lineUp.counted[gap]!;
    let last = 0;
    let funnelAt = -1;
    if (this.behind) {
      // The intake's own few steps, one by one, then what J's tree says for every segment that goes on alike.
      while (segment.stepAt(last) !== this.behind.funnel && this.followsOn(segment, last)) last++;
      if (segment.stepAt(last) === this.behind.funnel) {
        funnelAt = last;
        last += this.behind.followedFrom(gap, last);
      }
    } else last = this.followedFrom(gap, 0);
    const end = last === segment.length - 1 ? segment.stepAt(last) : -1;
    this.followedBy.set(gap, { last, end, funnelAt });
    if (end !== -1) pushTo(endingAt, end, gap);
    // Behind a funnel only the part before it is the intake's own: what the segment passes behind it is weighed from the funnel.
    const crossed = Math.min(last, segment.length - 2, funnelAt === -1 ? last : funnelAt - 1);
    this.lineUp.forEachGapStep(gap, 1, crossed, (step, at) => pushTo(this.crossingAt, step, { gap, at }));
  }

  /**
   * How many steps past position `at` (reached along the tree) the gap's segment goes on along it.
   * Where a piece of the segment starts, the answer for the rest is the same for every segment that
   * shares it, and is worked out once (`followedFromTail`).
   */
  private followedFrom(gap: number, at: number): number {
    const { segment } = this.lineUp.counted[gap]!;
    let last = at;
    while (this.followsOn(segment, last)) {
      last++;
      if (segment.startsPiece(last)) return last - at + this.followedFromTail(gap, last);
    }
    return last - at;
  }

  /** `followedFrom`, once for every segment that goes on alike from `at`. */
  followedFromTail(gap: number, at: number): number {
    const tail = this.lineUp.segments.tailAt(gap, at);
    let further = this.followedByTail.get(tail);
    if (further === undefined) {
      further = this.followedFrom(gap, at);
      this.followedByTail.set(tail, further);
    }
    return further;
  }

  /** The segment's next step, after position `at`, is the tree's child of its step there. */
  private followsOn(segment: Segment, at: number): boolean {
    if (at + 1 >= segment.length) return false;
    const next = segment.stepAt(at + 1);
    return this.tree.has(next) && this.tree.parentOf(next) === segment.stepAt(at);
  }

  /** Whether the gap's whole segment lies on the tree's path to `step`. */
  private alongTreeTo(gap: number, step: number): boolean {
    const followed = this.followedBy.get(gap);
    return followed !== undefined && followed.end !== -1 && this.tree.isAncestorOrSelf(followed.end, step);
  }

  private alongTree(step: number, before: AlongTree, ending: readonly number[]): AlongTree {
    const gaps = ending.map((gap) => this.lineUp.counted[gap]!);
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

  private weigh(gap: number, along: AlongTree, keepAll: boolean): Weighed {
    const { counted } = this.lineUp;
    const { step, segment } = counted[gap]!;
    const { beyond, onJourney, inside } = this.beyondTree(gap);
    const count = along.count + beyond.length + (inside?.list.length ?? 0);
    const steps = this.tree.depthOf(step) + segment.length;
    if (count < 2 && !keepAll) return { gap, count, all: [], high: [], cascade: false, steps };
    const beyondGaps = beyond.map(({ gap: other }) => counted[other]!);
    const all = kernelOf([...along.all, ...beyondGaps, ...(inside?.all ?? [])]);
    const high = kernelOf([...along.high, ...beyondGaps.filter((other) => other.high), ...(inside?.high ?? [])]);
    const isOn = (other: number): boolean =>
      this.lineUp.isMarked(other, onJourney) || inside?.gaps.has(other) === true || this.alongTreeTo(other, step);
    const failDifferentlyAtOneStep =
      along.failDifferentlyAtOneStep ||
      inside?.failDifferently === true ||
      beyond.some(({ gap: other }) => this.failsDifferentlyWithAnotherOn(other, isOn));
    const cascade =
      count >= 2 && (failDifferentlyAtOneStep || high.some((other) => holdsAnotherRuleAtAnotherStep(all, other)));
    return { gap, count, all, high, cascade, steps };
  }

  /**
   * The gaps on the journey of `gap` that are not along the tree's path to its step, marked with `onJourney`. From an
   * intake's own step, the part of its segment that has gone on behind the funnel for good is read as one shared
   * whole (`inside`, never along the intake's tree), unless a gap met before it is met there again.
   */
  private beyondTree(gap: number): { beyond: GapOnJourney[]; onJourney: number; inside?: Inside } {
    const behind = this.behindFunnel(gap);
    const part = this.beyondTreeBefore(gap, behind?.piece);
    if (!behind || part.beyond.some(({ gap: other }) => behind.inside.gaps.has(other)))
      return behind ? this.beyondTreeBefore(gap) : part;
    return { ...part, inside: behind.inside };
  }

  /** Where the segment of a gap before the funnel goes on behind it for good: the first piece from which every gap inside sits behind it. */
  private behindFunnel(gap: number): { piece: number; inside: Inside } | undefined {
    const { behind, lineUp } = this;
    if (!behind) return undefined;
    const { pieces } = lineUp.counted[gap]!.segment;
    for (let piece = 1; piece < pieces.length; piece++) {
      if (!behind.tree.has(pieces[piece]!.own[0]!)) continue;
      const inside = lineUp.insideFrom(gap, piece);
      return behind.holdsAll(inside) ? { piece, inside } : undefined;
    }
    return undefined;
  }

  private beyondTreeBefore(gap: number, beforePiece?: number): { beyond: GapOnJourney[]; onJourney: number } {
    const { lineUp, tree } = this;
    const { step } = lineUp.counted[gap]!;
    const onJourney = lineUp.newMark();
    const beyond: GapOnJourney[] = [];
    for (const { gap: other, at } of this.crossingAt.get(step) ?? NO_CROSSINGS) {
      if (!lineUp.segments.continuesInto(other, at, gap)) continue;
      lineUp.setMark(other, onJourney);
      beyond.push({ gap: other, at: tree.depthOf(lineUp.counted[other]!.step) });
    }
    lineUp.forEachInside(
      gap,
      (other, at) => {
        if (lineUp.isMarked(other, onJourney)) return;
        lineUp.setMark(other, onJourney);
        if (!this.alongTreeTo(other, step)) beyond.push({ gap: other, at: tree.depthOf(step) + at });
      },
      beforePiece,
    );
    return { beyond, onJourney };
  }

  /** Whether another gap on the journey (`isOn`) at this gap's step is a different failure of another rule, one of the two high or critical. */
  private failsDifferentlyWithAnotherOn(gap: number, isOn: (gap: number) => boolean): boolean {
    const { counted, segments } = this.lineUp;
    const own = counted[gap]!;
    return this.lineUp.gapsAt(own.step).some((index) => failDifferently(own, counted[index]!, segments) && isOn(index));
  }

  /** The gaps whose whole segment lies on the tree's path to `step`, where they start. */
  private gapsAlongTree(step: number): GapOnJourney[] {
    return this.tree.pathTo(step).flatMap((at) =>
      this.lineUp
        .gapsAt(at)
        .filter((gap) => this.alongTreeTo(gap, step))
        .map((gap) => ({ gap, at: this.tree.depthOf(at) })),
    );
  }

  /**
   * Whether the segment of `a` goes down the tree to the step of `b`, `distance` steps deeper, and on as the segment of
   * `b` does: then the two journeys are one. Read off how far the segment follows the tree (`follow`), in O(log n),
   * where walking the tree between the two would cost the distance: gaps down one long flow are thousands apart.
   */
  private isSameJourney(a: number, b: number, distance: number): boolean {
    const followed = this.followedBy.get(a);
    const { segment } = this.lineUp.counted[a]!;
    return (
      followed !== undefined &&
      distance <= followed.last &&
      segment.stepAt(distance) === this.lineUp.counted[b]!.step &&
      this.lineUp.segments.continuesInto(a, distance, b)
    );
  }

  /**
   * The journeys of two gaps, as long as each other, compared by their step ids in order. Step ids
   * are unique, so the first step where they differ decides; it is found from where the two part,
   * never by spelling out both journeys: below their common ancestor in the tree when their tree
   * paths part, else along the rest of the shorter path.
   */
  compareJourneys(a: number, b: number): number {
    const { counted, segments, graph } = this.lineUp;
    const { tree, behind } = this;
    const [first, second] = [counted[a]!, counted[b]!];
    if (behind?.tree.has(first.step) && behind.tree.has(second.step)) return behind.compareJourneys(a, b);
    if (tree.depthOf(first.step) > tree.depthOf(second.step)) return -this.compareJourneys(b, a);
    const depth = tree.depthOf(first.step);
    if (this.isSameJourney(a, b, tree.depthOf(second.step) - depth)) return 0;
    const below: number[] = [];
    let other = second.step;
    while (tree.depthOf(other) > depth) {
      below.push(other);
      other = tree.parentOf(other);
    }
    if (other !== first.step) {
      let own = first.step;
      while (tree.parentOf(own) !== tree.parentOf(other)) [own, other] = [tree.parentOf(own), tree.parentOf(other)];
      return compareText(graph.step(own).id, graph.step(other).id);
    }
    // The first gap's step lies on the tree path to the second's: its segment goes on where the second journey goes down the tree, then along the second segment.
    const followsTree = below.every(
      (step, up) => below.length - up < first.segment.length && first.segment.stepAt(below.length - up) === step,
    );
    if (followsTree && segments.continuesInto(a, below.length, b)) return 0;
    for (let at = 1; at < first.segment.length; at++) {
      const mine = first.segment.stepAt(at);
      const theirs = at <= below.length ? below[below.length - at]! : second.segment.stepAt(at - below.length);
      if (mine !== theirs) return compareText(graph.step(mine).id, graph.step(theirs).id);
    }
    return 0;
  }
}

/**
 * Everything behind a funnel many intakes share, worked out once: its tree, how every journey
 * from it weighs (most gaps first), how far segments that reach it go on along its tree, and the
 * gaps and journey of each cascade reported.
 */
class Behind {
  readonly ranked: readonly Weighed[];
  private readonly weighing: Weighing;
  private readonly compared = new Map<number, number>();
  private readonly holding = new Map<Inside, boolean>();
  private readonly found = new Map<number, { gaps: CountedGap[]; rules: ReadonlySet<string>; journey: StepPath }>();

  constructor(
    private readonly lineUp: LineUp,
    readonly funnel: number,
    readonly tree: BreadthFirstTree,
  ) {
    this.weighing = new Weighing(lineUp, tree);
    this.ranked = this.withoutRepeats(this.weighing.weighAll(true).sort((a, b) => b.count - a.count));
  }

  /**
   * The journeys, each once: of gaps whose journeys take the very same steps (gaps down one witness path), only the
   * first is kept. The same steps hold the same gaps, so the others could never be better for any intake, and each
   * intake would otherwise compare them all with its best.
   */
  private withoutRepeats(journeys: readonly Weighed[]): Weighed[] {
    const stepCount = this.lineUp.graph.steps.length;
    /** By length and last step. */
    const byShape = new Map<number, Weighed[]>();
    return journeys.filter((journey) => {
      const { segment } = this.lineUp.counted[journey.gap]!;
      const shape = journey.steps * stepCount + segment.stepAt(segment.length - 1);
      const alike = byShape.get(shape);
      const same = (other: Weighed): boolean =>
        other.count === journey.count && this.compareJourneys(journey.gap, other.gap) === 0;
      if (alike?.some(same)) return false;
      if (alike) alike.push(journey);
      else byShape.set(shape, [journey]);
      return true;
    });
  }

  /** How many steps past position `at` (where it is at the funnel) the gap's segment follows the funnel's tree. */
  followedFrom(gap: number, at: number): number {
    return this.weighing.followedFromTail(gap, at);
  }

  /** Whether every gap of `inside` sits behind the funnel: none is the intake's own, so none is ever along its tree. */
  holdsAll(inside: Inside): boolean {
    let holds = this.holding.get(inside);
    if (holds === undefined) {
      holds = inside.list.every((on) => this.tree.has(on.step));
      this.holding.set(inside, holds);
    }
    return holds;
  }

  /** Whether a gap before the funnel lies on the journey (from the funnel) of the gap `to` behind it. */
  liesOn({ gap, last, whole, funnelAt }: Crossing, to: number): boolean {
    const { step } = this.lineUp.counted[to]!;
    if (whole && this.tree.isAncestorOrSelf(last, step)) return true;
    if (!this.tree.isAncestorOrSelf(step, last)) return false;
    // It passes the step (before its last, else it would end there) and must go on as the segment of `to` does.
    return this.lineUp.segments.continuesInto(gap, funnelAt + this.tree.depthOf(step), to);
  }

  /** Two journeys from the funnel compared as `Weighing.compareJourneys` does, once for every intake. */
  compareJourneys(a: number, b: number): number {
    const key = a * this.lineUp.counted.length + b;
    let order = this.compared.get(key);
    if (order === undefined) {
      order = this.weighing.compareJourneys(a, b);
      this.compared.set(key, order);
    }
    return order;
  }

  /** The gaps on the journey from the funnel to `gap`, and the journey. */
  cascadeTo(gap: number): { gaps: CountedGap[]; rules: ReadonlySet<string>; journey: StepPath } {
    let found = this.found.get(gap);
    if (!found) {
      const gaps = this.weighing.gapsOn(gap);
      found = { gaps, rules: new Set(gaps.map((on) => on.gap.rule)), journey: this.weighing.journey(gap) };
      this.found.set(gap, found);
    }
    return found;
  }
}

/** The gaps of the lists one after the other, as a message names them. */
function gapList(lists: readonly (readonly CountedGap[])[], rules: ReadonlySet<string>): GapList {
  const count = lists.reduce((sum, list) => sum + list.length, 0);
  return { count, rules: rules.size, kept: keptEnds(lists, count) };
}

function pushTo<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** docs/rules/cascade.md: at the intake, the journey as `path`, and every gap on it (the list cut as step lists are). */
function describe(graph: ProcessGraph, cascade: Cascade): Finding {
  const intake = graph.step(cascade.intake).id;
  const { count, rules, kept } = cascade.gaps;
  const listed = cutList(kept, ({ gap }) => `${gap.rule} (${gap.severity}) at "${gap.step}"`, count).join('; ');
  return {
    step: intake,
    path: cascade.journey,
    message: `from intake "${intake}", one customer's journey meets ${count} gaps of ${rules} rules: ${listed}. Each might be caught alone; together nothing catches the customer. Close them, the high and critical ones first`,
  };
}
