/**
 * docs/policies.md, `every-path`: on small random graphs, the policy's search agrees with enumerating every
 * simple path from the start. A gap exactly when some path reaches an `end` without passing a `contact` (the
 * start itself counting as neither, as in every "without passing" of the built-in rules), and then its witness
 * is such a path, as short as the shortest one.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTexts, configAt } from '../../helpers/audit-text.js';
import { tempTree } from '../../helpers/run-cli.js';

const KINDS = ['action', 'contact', 'end'] as const;
type Kind = (typeof KINDS)[number];

interface Graph {
  readonly kinds: readonly Kind[];
  readonly next: readonly (readonly number[])[];
}

const graphs: fc.Arbitrary<Graph> = fc.integer({ min: 2, max: 7 }).chain((size) =>
  fc.record({
    kinds: fc.tuple(fc.constant<Kind>('action'), ...Array.from({ length: size - 1 }, () => fc.constantFrom(...KINDS))),
    next: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), {
      minLength: size,
      maxLength: size,
    }),
  }),
);

const id = (node: number): string => `s${node}`;

function processText({ kinds, next }: Graph): string {
  const steps = kinds.map((kind, node) => {
    const targets = kind === 'end' ? [] : next[node]!;
    return `  ${id(node)}: { type: ${kind}${targets.length === 0 ? '' : `, next: [${targets.map(id).join(', ')}]`} }`;
  });
  return `process: random\ntitle: Random\nowner: desk\nroles:\n  desk: { title: Desk }\nstart: s0\nsteps:\n${steps.join('\n')}\n`;
}

/** Every simple path from the start to an end that passes no contact after the start, by brute force. */
function unpassedPaths({ kinds, next }: Graph): number[][] {
  const found: number[][] = [];
  const walk = (trail: number[]): void => {
    const at = trail[trail.length - 1]!;
    if (trail.length > 1 && kinds[at] === 'contact') return;
    if (trail.length > 1 && kinds[at] === 'end') found.push(trail);
    if (kinds[at] === 'end') return;
    for (const target of next[at]!) if (!trail.includes(target)) walk([...trail, target]);
  };
  walk([0]);
  return found;
}

describe('every-path', () => {
  const configFile = path.join(tempTree({}), 'gapcheck.config.yaml');
  writeFileSync(
    configFile,
    'extends: none\npolicies:\n  - id: team-policy\n    summary: Every way passes a contact.\n    fix: Add one.\n    every-path: { passes: { type: contact } }\n',
  );

  it('finds a gap exactly when a path enumerated by brute force has one, with a shortest such path as its witness', async () => {
    const config = await configAt(configFile);
    fc.assert(
      fc.property(graphs, (graph) => {
        const gaps = auditTexts({ 'random.yaml': processText(graph) }, undefined, config).gaps.filter(
          (gap) => gap.rule === 'team-policy',
        );
        const expected = unpassedPaths(graph);
        expect(gaps.length).toBe(expected.length === 0 ? 0 : 1);
        if (expected.length === 0) return;
        const witness = gaps[0]!.path!;
        expect(expected.map((trail) => trail.map(id).join(' '))).toContain(witness.join(' '));
        expect(witness.length).toBe(Math.min(...expected.map((trail) => trail.length)));
      }),
      { numRuns: 300 },
    );
  });
});
