/**
 * `cascade` on its own, fed hand-made gaps: which journeys line gaps up, whatever the other
 * rules would report. The fixtures (cascade.test.ts) run it in the whole pipeline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/text-order.js';
import { ProcessGraph } from '../../../src/model/process-graph.js';
import type { Process, Ref, Step } from '../../../src/model/process.js';
import type { Severity } from '../../../src/model/severity.js';
import { isStepIds, StepPath } from '../../../src/model/step-path.js';
// Through the registry: cascade.ts must not be the first of the two modules to load.
import { BUILT_IN_RULES } from '../../../src/rules/index.js';
import type { AlignedGapsRule, Finding, Gap } from '../../../src/rules/types.js';

const cascade = BUILT_IN_RULES.get('cascade') as AlignedGapsRule;

/**
 * A process from chains of step ids, `'intake a b done; a c done'`: each chain a walk of
 * `next` edges, in the order written. Ids starting with `intake` are intakes, `done` is the
 * end, every other step is an action; `start` is the first id written. Built directly, not
 * from YAML, so that a 90,000-step process takes no time to make.
 */
function processOf(chains: string, start?: readonly string[]): Process {
  const next = new Map<string, Set<string>>();
  for (const chain of chains.split(';')) {
    const ids = chain.trim().split(/\s+/);
    ids.forEach((id, i) => {
      if (!next.has(id)) next.set(id, new Set());
      if (i + 1 < ids.length) next.get(id)!.add(ids[i + 1]!);
    });
  }
  const at = { line: 1, column: 1 };
  const ref = (id: string): Ref => ({ id, at });
  const steps = [...next].map(([id, targets]): Step => ({
    id,
    at,
    type: id === 'done' ? 'end' : id.startsWith('intake') ? 'intake' : 'action',
    next: [...targets].map((to) => ({ to: ref(to) })),
    intent: 'inquiry',
    outcome: 'resolved',
    emergency: false,
    fieldAt: () => undefined,
    fieldValue: () => undefined,
  }));
  return {
    id: 'line-up',
    at,
    file: 'line-up.yaml',
    title: 'Line-up',
    owner: ref('lead'),
    tags: [],
    roles: new Map(),
    start: (start ?? [steps[0]!.id]).map(ref),
    steps,
    waivers: [],
  };
}

function gap(rule: string, step: string | null, severity: Severity, path?: string): Gap {
  return {
    file: 'line-up.yaml',
    process: 'line-up',
    rule,
    severity,
    step,
    message: `${rule} here`,
    line: 1,
    column: 1,
    ...(path === undefined ? {} : { path: path.split(' ') }),
  };
}

function cascadeOf(chains: string, gaps: readonly Gap[], start?: readonly string[]): Found[] {
  return checkCascade(processOf(chains, start), gaps);
}

/** A finding with its witness path as step ids, as the audit reads it. */
type Found = Omit<Finding, 'path'> & { readonly path?: readonly string[] };

function checkCascade(process: Process, gaps: readonly Gap[], inPieces = false): Found[] {
  const graph = new ProcessGraph(process);
  const wholePath = inPieces ? sharedPieces(graph) : (gap: Gap) => gap.path;
  const found = cascade.check(process, { graph, options: {}, today: '2026-11-23', gaps, wholePath });
  return found.map(({ path, ...finding }) => ({
    ...finding,
    ...(path && { path: isStepIds(path) ? path : graph.ids(path.slice()) }),
  }));
}

/**
 * Witness paths as the graph's own queries give them: pieces of one or two steps, a piece shared by
 * every path that goes on alike from it (as paths down one flow share their rest).
 */
function sharedPieces(graph: ProcessGraph): (gap: Gap) => StepPath | undefined {
  const pieces = new Map<string, StepPath>();
  return (gap) => {
    if (gap.path === undefined || !isStepIds(gap.path)) return gap.path as StepPath | undefined;
    const steps = gap.path.map((id) => graph.indexOf(id)!);
    let path: StepPath | undefined;
    for (let end = steps.length; end > 0;) {
      const start = Math.max(0, end - 1 - (end % 2));
      const key = steps.slice(start).join(' ');
      const own = steps.slice(start, end);
      path = pieces.get(key) ?? (path ? StepPath.join(own, path) : StepPath.of(own));
      pieces.set(key, path);
      end = start;
    }
    return path;
  };
}

const pathsOf = (found: readonly Found[]): (readonly string[] | undefined)[] => found.map((f) => f.path);

describe('cascade, on hand-made gaps', () => {
  it('finds a high gap and another rule’s gap on the journey to the later one, and names each', () => {
    const found = cascadeOf('intake a b done', [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')]);
    expect(found).toEqual([
      {
        step: 'intake',
        path: ['intake', 'a', 'b'],
        message: expect.stringContaining('2 gaps of 2 rules: remedy-path (high) at "a"; customer-effort (low) at "b".'),
      },
    ]);
    expect(found[0]!.message, 'the report prints the path itself').not.toContain('→');
  });

  it('never lines up gaps that need different branches, even where a loop joins the branches', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')];
    expect(cascadeOf('intake split a done; split b done', gaps)).toEqual([]);
    // a loops back to the intake, which goes on to b: the shortest way to b does not pass a.
    expect(cascadeOf('intake a intake; intake b done', gaps)).toEqual([]);
  });

  it('does not line up a gap at the intake about one branch with a gap on another', () => {
    // The intake's gap is about the way through a (its witness), the other gap sits on b.
    const gaps = [
      gap('unanswered-contact', 'intake', 'high', 'intake split a done'),
      gap('customer-effort', 'b', 'low'),
    ];
    expect(cascadeOf('intake split a done; split b done', gaps)).toEqual([]);
  });

  it('finds nothing when no gap is high or critical, and counts a critical gap as high', () => {
    expect(
      cascadeOf('intake a b done', [gap('remedy-path', 'a', 'medium'), gap('customer-effort', 'b', 'low')]),
    ).toEqual([]);
    expect(
      cascadeOf('intake a b done', [gap('remedy-path', 'a', 'critical'), gap('customer-effort', 'b', 'low')]),
    ).toHaveLength(1);
  });

  it('finds nothing when one rule has gaps at two steps', () => {
    expect(cascadeOf('intake a b done', [gap('remedy-path', 'a', 'high'), gap('remedy-path', 'b', 'high')])).toEqual(
      [],
    );
  });

  it('takes gaps of two rules at one step as one failure unless both have witness paths, and these differ', () => {
    const chain = 'intake a b done';
    expect(
      cascadeOf(chain, [gap('unanswered-contact', 'intake', 'high'), gap('human-touch', 'intake', 'medium')]),
    ).toEqual([]);
    const onePath = [
      gap('unanswered-contact', 'intake', 'high', 'intake a b done'),
      gap('human-touch', 'intake', 'medium'),
    ];
    expect(cascadeOf(chain, onePath)).toEqual([]);
    const samePath = [
      gap('two-minute-response', 'intake', 'high', 'intake a'),
      gap('remedy-path', 'intake', 'medium', 'intake a'),
    ];
    expect(cascadeOf(chain, samePath)).toEqual([]);
    const different = [
      gap('two-minute-response', 'intake', 'high', 'intake a'),
      gap('remedy-path', 'intake', 'medium', 'intake a b done'),
    ];
    const found = cascadeOf(chain, different);
    expect(pathsOf(found)).toEqual([['intake', 'a', 'b', 'done']]);
    expect(found[0]!.message).toContain('remedy-path (medium) at "intake"; two-minute-response (high) at "intake"');
  });

  it('follows a witness path past another gap’s step', () => {
    const gaps = [gap('unanswered-contact', 'intake', 'high', 'intake a b done'), gap('customer-effort', 'b', 'low')];
    expect(pathsOf(cascadeOf('intake a b done', gaps))).toEqual([['intake', 'a', 'b', 'done']]);
  });

  it('counts a gap whose witness path the journey follows across the later gap’s step', () => {
    // Escalation at a, witness a b c; the gap at b is met on the way to c and beyond.
    const gaps = [gap('escalation-closure', 'a', 'high', 'a b c'), gap('listen-first', 'b', 'medium', 'b c d')];
    expect(pathsOf(cascadeOf('intake a b c d done', gaps))).toEqual([['intake', 'a', 'b', 'c', 'd']]);
    // A witness that leaves the journey's way is not met there.
    const apart = [gap('escalation-closure', 'a', 'high', 'a b e'), gap('listen-first', 'b', 'medium', 'b c d')];
    expect(cascadeOf('intake a b c d done; b e done', apart)).toEqual([]);
  });

  it('starts each journey on the shortest way from the intake, ties broken in `next` order', () => {
    const gaps = [gap('remedy-path', 'left', 'high'), gap('customer-effort', 'join', 'low')];
    expect(pathsOf(cascadeOf('intake left join done; intake right join', gaps))).toEqual([['intake', 'left', 'join']]);
    expect(cascadeOf('intake right join done; intake left join', gaps)).toEqual([]);
  });

  it('reports the cascade with the most gaps, then the shorter journey, then the first by step ids', () => {
    const most = [
      gap('remedy-path', 'a', 'high'),
      gap('customer-effort', 'b', 'low'),
      gap('listen-first', 'c', 'medium'),
      gap('human-touch', 'x', 'high'),
    ];
    expect(pathsOf(cascadeOf('intake a b c done; intake x done', most))).toEqual([['intake', 'a', 'b', 'c']]);
    const shorter = [
      gap('remedy-path', 'a', 'high'),
      gap('customer-effort', 'b', 'low'),
      gap('listen-first', 'x', 'high'),
      gap('human-touch', 'y', 'low'),
    ];
    expect(pathsOf(cascadeOf('intake a b done; intake m x y done', shorter))).toEqual([['intake', 'a', 'b']]);
    const byIds = [
      gap('remedy-path', 'n', 'high'),
      gap('customer-effort', 'p', 'low'),
      gap('listen-first', 'm', 'high'),
      gap('human-touch', 'q', 'low'),
    ];
    expect(pathsOf(cascadeOf('intake n p done; intake m q done', byIds))).toEqual([['intake', 'm', 'q']]);
  });

  it('tells apart journeys of one length that part just before a gap’s step and meet again there', () => {
    // The tree reaches z through w; the witness of the gap at x goes x y z. Both journeys hold two gaps and four
    // steps, and the one through w comes first by step ids.
    const gaps = [
      gap('remedy-path', 'x', 'high', 'x y z'),
      gap('human-touch', 'w', 'high'),
      gap('customer-effort', 'z', 'low'),
    ];
    expect(pathsOf(cascadeOf('intake x w z done; x y z', gaps))).toEqual([['intake', 'x', 'w', 'z']]);
  });

  it('goes round a loop when a witness path does', () => {
    const gaps = [gap('handoff-chain', 'a', 'medium', 'a b a b'), gap('escalation-closure', 'b', 'high')];
    expect(pathsOf(cascadeOf('intake a b a; b done', gaps))).toEqual([['intake', 'a', 'b', 'a', 'b']]);
  });

  it('does not count process-level gaps, gaps before the intake, or intakes no start reaches', () => {
    expect(cascadeOf('intake a b done', [gap('remedy-path', 'a', 'high'), gap('process-review', null, 'low')])).toEqual(
      [],
    );
    expect(
      cascadeOf('greet intake a done', [gap('remedy-path', 'greet', 'high'), gap('customer-effort', 'a', 'low')]),
    ).toEqual([]);
    const chains = 'intake-phone a b done; intake-mail c done; intake-old a';
    const found = cascadeOf(
      chains,
      [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')],
      ['intake-phone', 'intake-mail'],
    );
    expect(found.map((f) => [f.step, f.path])).toEqual([['intake-phone', ['intake-phone', 'a', 'b']]]);
  });

  it('cuts a long list of gaps as a long list of steps: the first 6, how many more, the last 5', () => {
    const steps = Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const gaps = steps.map((step, i) =>
      gap(i === 0 ? 'remedy-path' : 'customer-effort', step, i === 0 ? 'high' : 'low'),
    );
    const [found] = cascadeOf(`intake ${steps.join(' ')} done`, gaps);
    expect(found!.message).toContain('20 gaps of 2 rules');
    expect(found!.message).toContain('customer-effort (low) at "s05"; … 9 more …; customer-effort (low) at "s15"');
    expect(found!.message).not.toContain('"s06"');
  });

  it('agrees with the definition, by building every journey, on random small processes', () => {
    fc.assert(
      fc.property(randomCase, ({ successors, gaps }) => {
        const process = processOf(chainsOf(successors), INTAKES);
        const expected = INTAKES.flatMap((intake) => byDefinition(successors, gaps, intake) ?? []);
        for (const inPieces of [false, true]) {
          const found = checkCascade(
            process,
            gaps.map((g) => toGap(g)),
            inPieces,
          );
          expect(found.map(summary)).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts two different failures at one step before the funnel the intakes share', () => {
    // Both gaps at intake-a lie on the way to y behind the funnel j: one failure each, though one rule alone is high.
    const gaps = [
      gap('two-minute-response', 'intake-a', 'high', 'intake-a j'),
      gap('remedy-path', 'intake-a', 'low', 'intake-a j x'),
      gap('two-minute-response', 'y', 'low'),
    ];
    const found = cascadeOf('intake-a j x y done; intake-b j', gaps, ['intake-a', 'intake-b']);
    expect(found).toEqual([
      {
        step: 'intake-a',
        path: ['intake-a', 'j', 'x', 'y'],
        message: expect.stringContaining(
          '3 gaps of 2 rules: remedy-path (low) at "intake-a"; two-minute-response (high) at "intake-a"; two-minute-response (low) at "y".',
        ),
      },
    ]);
  });

  it('counts two different failures at one step behind the funnel on an intake’s own witness path', () => {
    // intake-a's own gap goes on past j to z; on the way, x holds a high and a low gap that fail differently.
    const gaps = [
      gap('remedy-path', 'intake-a', 'low', 'intake-a j x y z'),
      gap('remedy-path', 'x', 'high', 'x y'),
      gap('listen-first', 'x', 'low', 'x'),
    ];
    for (const inPieces of [false, true]) {
      const found = checkCascade(
        processOf('intake-a j x y z done; intake-b j', ['intake-a', 'intake-b']),
        gaps,
        inPieces,
      );
      expect(found.map(({ step, path }) => [step, path])).toEqual([
        ['intake-a', ['intake-a', 'j', 'x', 'y', 'z']],
        ['intake-b', ['intake-b', 'j', 'x', 'y']],
      ]);
      expect(found[0]!.message).toContain(
        '3 gaps of 2 rules: remedy-path (low) at "intake-a"; listen-first (low) at "x"; remedy-path (high) at "x".',
      );
    }
  });

  it('agrees with the definition where intakes funnel into one step and share all behind it', () => {
    let shared = 0;
    fc.assert(
      fc.property(funnelCase, ({ successors, gaps }) => {
        const process = processOf(chainsOf(successors, FUNNEL_INTAKES), FUNNEL_INTAKES);
        const graph = new ProcessGraph(process);
        const funnels = FUNNEL_INTAKES.map((intake) => graph.funnelOf(graph.indexOf(intake)!)?.step);
        if (funnels.filter((step) => step === graph.indexOf('s3')).length > 1) shared++;
        const expected = FUNNEL_INTAKES.flatMap(
          (intake) => byDefinition(successors, gaps, intake, FUNNEL_INTAKES) ?? [],
        );
        for (const inPieces of [false, true]) {
          const found = checkCascade(
            process,
            gaps.map((g) => toGap(g, FUNNEL_INTAKES)),
            inPieces,
          );
          expect(found.map(summary)).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
    expect(shared, 'most cases share the funnel').toBeGreaterThan(2500);
  });

  it('does not depend on the order of the steps in the file or of the gaps given', () => {
    fc.assert(
      fc.property(
        randomCase.chain((random) =>
          fc.record({
            random: fc.constant(random),
            stepOrder: fc.shuffledSubarray([...random.successors.keys()], { minLength: SIZE, maxLength: SIZE }),
            gapOrder: fc.shuffledSubarray([...random.gaps.keys()], {
              minLength: random.gaps.length,
              maxLength: random.gaps.length,
            }),
          }),
        ),
        ({ random: { successors, gaps }, stepOrder, gapOrder }) => {
          const process = processOf(chainsOf(successors), INTAKES);
          const reordered = { ...process, steps: stepOrder.map((index) => process.steps[index]!) };
          const given = gaps.map((g) => toGap(g));
          expect(
            checkCascade(
              reordered,
              gapOrder.map((index) => given[index]!),
            ),
          ).toEqual(checkCascade(process, given));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('decides a ladder of 30,000 diamonds (2^30000 paths) without enumerating paths or recursing', () => {
    const rungs = 30_000;
    const chains = ['intake r0'];
    for (let i = 0; i < rungs; i++) chains.push(`r${i} left${i} r${i + 1}; r${i} right${i} r${i + 1}`);
    chains.push(`r${rungs} done`);
    const gaps = [gap('remedy-path', 'left0', 'high'), gap('customer-effort', `left${rungs - 1}`, 'low')];
    const found = checkCascade(processOf(chains.join('; ')), gaps);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toHaveLength(2 * rungs + 1);
  }, 30_000);

  it('weighs 2,000 intakes that feed one 2,000-step chain, each with a gap whose witness runs down it', () => {
    const intakes = Array.from({ length: 2_000 }, (_, i) => `intake${i}`);
    const chain = Array.from({ length: 2_000 }, (_, i) => `c${i}`);
    const chains = [...intakes.map((intake) => `${intake} c0`), `${chain.join(' ')} done`];
    const gaps = intakes.flatMap((intake) => [
      gap('unanswered-contact', intake, 'high', `${intake} ${chain.join(' ')} done`),
      gap('human-touch', intake, 'medium'),
    ]);
    gaps.push(gap('customer-effort', 'c1999', 'low'));
    const found = checkCascade(processOf(chains.join('; '), intakes), gaps);
    expect(found).toHaveLength(2_000);
    expect(found[0]!.message).toContain(
      'human-touch (medium) at "intake0"; unanswered-contact (high) at "intake0"; customer-effort (low) at "c1999"',
    );
  }, 60_000);
});

const SIZE = 6;
const INTAKES = ['intake', 'intake-b'];
const RULES = ['remedy-path', 'listen-first', 'customer-effort'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

interface RandomGap {
  readonly node: number;
  readonly rule: string;
  readonly severity: Severity;
  /** The witness path as nodes, from the gap's node; undefined for none. */
  readonly path?: readonly number[];
}

const nameOfStep = (node: number, intakes: readonly string[] = INTAKES): string =>
  node < intakes.length ? intakes[node]! : `s${node}`;

/** Random gaps at the steps `0 .. size - 1`, each with a random walk to become its witness path or none. */
const randomGaps = (size: number, most: number) =>
  fc.array(
    fc.record({
      node: fc.integer({ min: 0, max: size - 1 }),
      rule: fc.constantFrom(...RULES),
      severity: fc.constantFrom(...SEVERITIES),
      walk: fc.option(fc.array(fc.nat(), { maxLength: 5 }), { freq: 2 }),
    }),
    { maxLength: most },
  );

/** The gaps on a process, one per rule and step as every rule reports (docs/format.md), their walks along its `next`. */
function gapsAlong(
  successors: readonly (readonly number[])[],
  gaps: readonly { node: number; rule: string; severity: Severity; walk: readonly number[] | null }[],
): RandomGap[] {
  const kept = gaps.filter((g, i) => gaps.findIndex((other) => other.node === g.node && other.rule === g.rule) === i);
  return kept.map(({ node, rule, severity, walk }): RandomGap => {
    if (walk === null) return { node, rule, severity };
    const path = [node];
    for (const choice of walk) {
      const targets = successors[path[path.length - 1]!]!;
      if (targets.length === 0) break;
      path.push(targets[choice % targets.length]!);
    }
    return { node, rule, severity, path };
  });
}

/** Random processes of 6 steps, two of them intakes, with gaps whose witness paths are walks from their steps. */
const randomCase = fc
  .record({
    successors: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { maxLength: 3 }), {
      minLength: SIZE,
      maxLength: SIZE,
    }),
    gaps: randomGaps(SIZE, 6),
  })
  .map(({ successors, gaps }) => ({ successors, gaps: gapsAlong(successors, gaps) }));

const FUNNEL_INTAKES = ['intake', 'intake-b', 'intake-c'];
/** Steps 0–2 are the intakes, 3 the funnel, 4–7 behind it, and each intake i owns steps 8 + 2i and 9 + 2i before it. */
const FUNNEL = 3;
const FUNNEL_SIZE = 14;

/** How an intake reaches the funnel through its own steps a and b (each with one predecessor). */
const BEFORE_FUNNEL: Record<string, (intake: number, a: number, b: number) => [number, number[]][]> = {
  direct: (intake) => [[intake, [FUNNEL]]],
  'through one': (intake, a) => [
    [intake, [a]],
    [a, [FUNNEL]],
  ],
  'through two': (intake, a, b) => [
    [intake, [a]],
    [a, [b, FUNNEL]],
    [b, [FUNNEL]],
  ],
  'beside one': (intake, a) => [
    [intake, [a, FUNNEL]],
    [a, [FUNNEL]],
  ],
  'beside a dead end': (intake, a, b) => [
    [intake, [a, b]],
    [a, [FUNNEL]],
  ],
};

/** Random processes where three intakes, each through steps of its own, funnel into one step with a random flow behind it. */
const funnelCase = fc
  .record({
    before: fc.array(fc.record({ shape: fc.constantFrom(...Object.keys(BEFORE_FUNNEL)), reversed: fc.boolean() }), {
      minLength: 3,
      maxLength: 3,
    }),
    behind: fc.array(fc.uniqueArray(fc.integer({ min: FUNNEL, max: 7 }), { maxLength: 3 }), {
      minLength: 5,
      maxLength: 5,
    }),
    gaps: randomGaps(FUNNEL_SIZE, 10),
  })
  .map(({ before, behind, gaps }) => {
    const successors: number[][] = Array.from({ length: FUNNEL_SIZE }, () => []);
    behind.forEach((targets, at) => (successors[FUNNEL + at] = targets));
    before.forEach(({ shape, reversed }, intake) => {
      for (const [step, targets] of BEFORE_FUNNEL[shape]!(intake, 8 + 2 * intake, 9 + 2 * intake))
        successors[step] = reversed ? [...targets].reverse() : targets;
    });
    return { successors, gaps: gapsAlong(successors, gaps) };
  });

function chainsOf(successors: readonly (readonly number[])[], intakes: readonly string[] = INTAKES): string {
  const name = (node: number): string => nameOfStep(node, intakes);
  return successors
    .map((targets, node) => [name(node), ...targets.map((t) => `${name(node)} ${name(t)}`)].join('; '))
    .join('; ');
}

function toGap({ node, rule, severity, path }: RandomGap, intakes: readonly string[] = INTAKES): Gap {
  const name = (step: number): string => nameOfStep(step, intakes);
  return gap(rule, name(node), severity, path?.map(name).join(' '));
}

function summary(finding: Found): {
  step: string | undefined;
  path: readonly string[] | undefined;
  listed: string[];
} {
  const listed = finding.message
    .slice(finding.message.indexOf(': ') + 2, finding.message.indexOf('. Each'))
    .split('; ');
  return { step: finding.step, path: finding.path, listed };
}

/** docs/rules/cascade.md word for word: every journey from the intake, the gaps whose segments lie on it, the best cascade. */
function byDefinition(
  successors: readonly (readonly number[])[],
  gaps: readonly RandomGap[],
  intake: string,
  intakes: readonly string[] = INTAKES,
): ReturnType<typeof summary> | undefined {
  const nameOf = (node: number): string => nameOfStep(node, intakes);
  const origin = intakes.indexOf(intake);
  // Breadth-first search, `next` in order: the shortest path to each step, ties broken as every search does.
  const pathTo = new Map<number, number[]>([[origin, [origin]]]);
  const reachable = [origin];
  for (let head = 0; head < reachable.length; head++) {
    for (const next of successors[reachable[head]!]!) {
      if (pathTo.has(next)) continue;
      pathTo.set(next, [...pathTo.get(reachable[head]!)!, next]);
      reachable.push(next);
    }
  }
  const segment = (g: RandomGap): readonly number[] => g.path ?? [g.node];
  const liesOn = (g: RandomGap, journey: readonly number[]): boolean =>
    journey.some((_, start) => segment(g).every((node, i) => journey[start + i] === node));
  const distinct = (a: RandomGap, b: RandomGap): boolean =>
    a.node !== b.node || (a.path !== undefined && b.path !== undefined && a.path.join() !== b.path.join());
  const high = (g: RandomGap): boolean => g.severity === 'high' || g.severity === 'critical';
  const cascades = gaps.flatMap((g) => {
    const to = pathTo.get(g.node);
    if (!to) return [];
    const journey = [...to, ...segment(g).slice(1)];
    const on = gaps.filter((other) => liesOn(other, journey));
    const isCascade = on.some((a) => on.some((b) => a.rule !== b.rule && distinct(a, b) && (high(a) || high(b))));
    return isCascade ? [{ journey: journey.map(nameOf), on }] : [];
  });
  const better = (a: (typeof cascades)[number], b: (typeof cascades)[number]): number =>
    b.on.length - a.on.length ||
    a.journey.length - b.journey.length ||
    a.journey.reduce((order, id, i) => order || compareText(id, b.journey[i]!), 0);
  const best = cascades.sort(better)[0];
  if (!best) return undefined;
  const firstAt = (g: RandomGap): number =>
    best.journey.findIndex((_, start) => segment(g).every((node, i) => best.journey[start + i] === nameOf(node)));
  const listed = best.on
    .sort((a, b) => firstAt(a) - firstAt(b) || compareText(a.rule, b.rule))
    .map((g) => `${g.rule} (${g.severity}) at "${nameOf(g.node)}"`);
  return { step: intake, path: best.journey, listed };
}
