/**
 * `cascade` on its own, fed hand-made gaps: which line-ups count, whatever the
 * other rules would report. The fixtures (cascade.test.ts) run it in the whole pipeline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProcessGraph } from '../../../src/model/process-graph.js';
import type { Process, Ref, Step } from '../../../src/model/process.js';
import type { Severity } from '../../../src/model/severity.js';
// Through the registry: cascade.ts must not be the first of the two modules to load.
import { findRule } from '../../../src/rules/index.js';
import type { AlignedGapsRule, Finding, Gap } from '../../../src/rules/types.js';

const cascade = findRule('cascade') as AlignedGapsRule;

/**
 * A process from chains of step ids, `'intake a b done; a c done'`: each chain
 * a walk of `next` edges. Ids starting with `intake` are intakes, `done` is the
 * end, every other step is an action; `start` is the first id written. Built
 * directly, not from YAML, so that a 90,000-step process takes no time to make.
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
  const steps = [...next].map(
    ([id, targets]): Step => ({
      id,
      at,
      type: id === 'done' ? 'end' : id.startsWith('intake') ? 'intake' : 'action',
      next: [...targets].map((to) => ({ to: ref(to) })),
      intent: 'inquiry',
      outcome: 'resolved',
      emergency: false,
      fieldAt: () => undefined,
    }),
  );
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

function gap(rule: string, step: string | null, severity: Severity): Gap {
  return { file: 'line-up.yaml', process: 'line-up', rule, severity, step, message: `${rule} here`, line: 1, column: 1 };
}

function cascadeOf(chains: string, gaps: readonly Gap[], start?: readonly string[]): Finding[] {
  return checkCascade(processOf(chains, start), gaps);
}

function checkCascade(process: Process, gaps: readonly Gap[]): Finding[] {
  return cascade.check(process, { graph: new ProcessGraph(process), options: {}, today: '2026-11-23', gaps });
}

describe('cascade, on hand-made gaps', () => {
  it('finds a high gap and another rule’s gap one after the other on a path', () => {
    const found = cascadeOf('intake a b done', [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')]);
    expect(found).toEqual([
      {
        step: 'intake',
        path: ['intake', 'a', 'b'],
        message: expect.stringContaining('remedy-path (high) at "a"; customer-effort (low) at "b"'),
      },
    ]);
    expect(found[0]!.message).toContain('intake → a → b');
  });

  it('finds nothing when the two gaps sit on branches that never share a path', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')];
    expect(cascadeOf('intake split a done; split b done', gaps)).toEqual([]);
  });

  it('finds nothing when no gap is high or critical', () => {
    const gaps = [gap('remedy-path', 'a', 'medium'), gap('customer-effort', 'b', 'low')];
    expect(cascadeOf('intake a b done', gaps)).toEqual([]);
  });

  it('counts a critical gap as one that is high or worse', () => {
    const gaps = [gap('remedy-path', 'a', 'critical'), gap('customer-effort', 'b', 'low')];
    expect(cascadeOf('intake a b done', gaps)).toHaveLength(1);
  });

  it('finds nothing when one rule has gaps at two steps', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('remedy-path', 'b', 'high')];
    expect(cascadeOf('intake a b done', gaps)).toEqual([]);
  });

  it('finds nothing when two rules have gaps at one single step', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'a', 'low')];
    expect(cascadeOf('intake a b done', gaps)).toEqual([]);
  });

  it('counts a gap at the intake itself: a step lies on every path from itself', () => {
    const found = cascadeOf('intake a b done', [gap('customer-effort', 'intake', 'low'), gap('remedy-path', 'b', 'high')]);
    expect(found.map((f) => f.path)).toEqual([['intake', 'a', 'b']]);
  });

  it('lines up a high step’s second rule with its own rule at a later step', () => {
    // remedy-path at a and b, listen-first only at a: two rules, two steps, one high.
    const gaps = [gap('remedy-path', 'a', 'high'), gap('listen-first', 'a', 'medium'), gap('remedy-path', 'b', 'low')];
    expect(cascadeOf('intake a b done', gaps).map((f) => f.path)).toEqual([['intake', 'a', 'b']]);
  });

  it('lines up a step with a high gap that comes later', () => {
    const gaps = [gap('customer-effort', 'a', 'low'), gap('listen-first', 'a', 'medium'), gap('listen-first', 'b', 'high')];
    expect(cascadeOf('intake a b done', gaps).map((f) => f.path)).toEqual([['intake', 'a', 'b']]);
  });

  it('lines up gaps on two branches that a loop joins, going round the loop', () => {
    // hub → retry → hub: the customer can retry, then go on to b.
    const gaps = [gap('customer-effort', 'retry', 'low'), gap('remedy-path', 'b', 'high')];
    const found = cascadeOf('intake hub retry hub; hub b done', gaps);
    expect(found.map((f) => f.path)).toEqual([['intake', 'hub', 'retry', 'hub', 'b']]);
  });

  it('lines up two steps of one loop in either order, nearest first', () => {
    const loop = 'intake a b a; b done';
    const highFirst = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')];
    const highSecond = [gap('customer-effort', 'a', 'low'), gap('remedy-path', 'b', 'high')];
    expect(cascadeOf(loop, highFirst).map((f) => f.path)).toEqual([['intake', 'a', 'b']]);
    expect(cascadeOf(loop, highSecond).map((f) => f.path)).toEqual([['intake', 'a', 'b']]);
    // Entering the loop at b, the walk goes round it to a.
    expect(cascadeOf('intake b a b; b done', highFirst).map((f) => f.path)).toEqual([['intake', 'b', 'a']]);
  });

  it('does not pair a step with itself because a loop leads back to it', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'a', 'low')];
    expect(cascadeOf('intake a a; a done', gaps)).toEqual([]);
    expect(cascadeOf('intake a b a; b done', gaps)).toEqual([]);
  });

  it('does not count process-level gaps or gaps before the intake', () => {
    expect(cascadeOf('intake a b done', [gap('remedy-path', 'a', 'high'), gap('customer-effort', null, 'low')])).toEqual([]);
    const beforeIntake = [gap('remedy-path', 'greet', 'high'), gap('customer-effort', 'a', 'low')];
    expect(cascadeOf('greet intake a done', beforeIntake)).toEqual([]);
  });

  it('reports once per intake whose paths line gaps up, and not for an intake no start reaches', () => {
    const chains = 'intake-phone a b done; intake-mail c done; intake-old a';
    const gaps = [gap('remedy-path', 'a', 'high'), gap('customer-effort', 'b', 'low')];
    const found = cascadeOf(chains, gaps, ['intake-phone', 'intake-mail']);
    expect(found.map((f) => [f.step, f.path])).toEqual([['intake-phone', ['intake-phone', 'a', 'b']]]);
  });

  it('lists every gap at a step of the path it shows', () => {
    const gaps = [gap('remedy-path', 'a', 'high'), gap('listen-first', 'a', 'medium'), gap('customer-effort', 'b', 'low')];
    const [found] = cascadeOf('intake a b done', gaps);
    expect(found!.message).toContain('gaps of 3 rules line up');
    expect(found!.message).toContain('remedy-path (high) at "a"; listen-first (medium) at "a"; customer-effort (low) at "b"');
  });

  it('agrees with the definition, checked by enumerating every chain of gap steps, on random small processes', () => {
    const rules = ['remedy-path', 'listen-first', 'customer-effort'];
    const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
    const size = 6;
    const arbitrary = fc.record({
      successors: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), { minLength: size, maxLength: size }),
      gaps: fc.array(fc.record({ node: fc.integer({ min: 0, max: size - 1 }), rule: fc.constantFrom(...rules), severity: fc.constantFrom(...severities) }), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(arbitrary, ({ successors, gaps }) => {
        const name = (node: number): string => (node === 0 ? 'intake' : `s${node}`);
        const nodeOf = (id: string): number => (id === 'intake' ? 0 : Number(id.slice(1)));
        const chains = successors.map((targets, node) => [name(node), ...targets.map((t) => `${name(node)} ${name(t)}`)].join('; '));
        const given = gaps.map(({ node, rule, severity }) => gap(rule, name(node), severity));
        const found = cascadeOf(chains.join('; '), given);
        expect(found.length > 0).toBe(linesUpByDefinition(successors, gaps));
        for (const { path } of found) {
          expect(path![0]).toBe('intake');
          path!.slice(1).forEach((id, i) => expect(successors[nodeOf(path![i]!)]).toContain(nodeOf(id)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decides a ladder of 30,000 diamonds (2^30000 paths) in linear time, without recursion', () => {
    const rungs = 30_000;
    const chains = ['intake r0'];
    for (let i = 0; i < rungs; i++) chains.push(`r${i} left${i} r${i + 1}; r${i} right${i} r${i + 1}`);
    chains.push(`r${rungs} done`);
    const ladder = processOf(chains.join('; '));
    const gaps = [gap('remedy-path', 'left0', 'high'), gap('customer-effort', `right${rungs - 1}`, 'low')];
    const started = performance.now();
    const found = checkCascade(ladder, gaps);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toHaveLength(2 * rungs + 1);
  }, 30_000);
});

/** SPEC §3 word for word, by brute force: some chain of different gap steps, each reachable from the one before, lines up. */
function linesUpByDefinition(successors: readonly (readonly number[])[], gaps: readonly { node: number; rule: string; severity: Severity }[]): boolean {
  const size = successors.length;
  // reaches[a][b]: a walk of at least one edge leads from a to b.
  const reaches = successors.map((targets) => Array.from({ length: size }, (_, b) => targets.includes(b)));
  for (let k = 0; k < size; k++) for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) reaches[a]![b] ||= reaches[a]![k]! && reaches[k]![b]!;
  const gapSteps = [...new Set(gaps.map((g) => g.node))];
  const linesUp = (chain: number[]): boolean => {
    const chosen = gaps.filter((g) => chain.includes(g.node));
    return chain.length >= 2 && new Set(chosen.map((g) => g.rule)).size >= 2 && chosen.some((g) => g.severity === 'high' || g.severity === 'critical');
  };
  const extend = (chain: number[]): boolean =>
    linesUp(chain) ||
    gapSteps.some((next) => !chain.includes(next) && reaches[chain[chain.length - 1]!]![next]! && extend([...chain, next]));
  return gapSteps.some((first) => (first === 0 || reaches[0]![first]!) && extend([first]));
}
