import { describe, expect, it } from 'vitest';
import { renderDot } from '../../src/report/dot.js';
import { processOf, step, to } from '../helpers/process-builder.js';

interface Statement {
  readonly kind: 'node' | 'edge';
  readonly ids: readonly string[];
  readonly attributes: ReadonlyMap<string, string>;
}

/** Reads the statements of the DOT that renderDot writes: `id [a=b, ...];` and `id -> id [a=b, ...];`. */
function readDot(dot: string): { readonly name: string; readonly statements: readonly Statement[] } {
  const lines = dot.trimEnd().split('\n');
  const header = /^digraph ("(?:[^"\\]|\\.)*") \{$/.exec(lines[0]!);
  expect(header, 'first line is `digraph "name" {`').not.toBeNull();
  expect(lines.at(-1)).toBe('}');
  const statements = lines.slice(1, -1).flatMap((line): Statement[] => {
    const match = /^ {2}(\w+)(?: -> (\w+))?(?: \[(.*)\])?;$/.exec(line);
    expect(match, `a statement: ${line}`).not.toBeNull();
    const [, first, second, list] = match!;
    if (['graph', 'node', 'edge'].includes(first!)) return [];
    return [
      {
        kind: second === undefined ? 'node' : 'edge',
        ids: second === undefined ? [first!] : [first!, second],
        attributes: readAttributes(list ?? ''),
      },
    ];
  });
  return { name: unquote(header![1]!), statements };
}

function readAttributes(list: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /(\w+)=("(?:[^"\\]|\\.)*"|[^,\s]+)(?:, |$)/gy;
  for (let match = pattern.exec(list); match !== null; match = pattern.exec(list)) {
    attributes.set(match[1]!, match[2]!.startsWith('"') ? unquote(match[2]!) : match[2]!);
    if (pattern.lastIndex === list.length) return attributes;
  }
  expect(list, 'attributes read to the end').toBe('');
  return attributes;
}

/** A DOT quoted string's text, with `\n` read as a line break, as Graphviz shows it in a label. */
function unquote(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

describe('renderDot', () => {
  it('writes a digraph named after the process with a start node, every step and every edge', () => {
    const process = processOf([
      step('take-call', 'intake', { title: 'Customer calls', next: [to('decide')] }),
      step('decide', 'decision', { next: [to('done', { when: 'sorted', after: '5m' }), to('take-call')] }),
      step('done', 'end'),
    ]);
    const { name, statements } = readDot(renderDot(process, []));
    expect(name).toBe('built');
    const nodes = statements.filter((s) => s.kind === 'node');
    expect(nodes.map((node) => [node.ids[0], node.attributes.get('label'), node.attributes.get('shape')])).toEqual([
      ['s0', 'start', 'circle'],
      ['n0', 'Customer calls\ntake-call', 'cds'],
      ['n1', 'decide', 'diamond'],
      ['n2', 'done', 'oval'],
    ]);
    const edges = statements.filter((s) => s.kind === 'edge');
    expect(edges.map((edge) => [...edge.ids, edge.attributes.get('label')])).toEqual([
      ['s0', 'n0', undefined],
      ['n0', 'n1', undefined],
      ['n1', 'n2', 'sorted, after 5m'],
      ['n1', 'n0', undefined],
    ]);
  });

  it('keeps quotes, backslashes and escape-like text in labels literal', () => {
    const nasty = ['say "hi"', 'back\\slash \\N \\l', '<b>html</b> {x} [y] ünï 🚀', 'a;b -> c'];
    const steps = nasty.map((id, index) =>
      step(id, 'action', {
        title: `${id}!`,
        next: index + 1 < nasty.length ? [to(nasty[index + 1]!, { when: id })] : [],
      }),
    );
    const { statements } = readDot(renderDot(processOf(steps), []));
    const labels = statements
      .filter((s) => s.kind === 'node' && s.ids[0] !== 's0')
      .map((s) => s.attributes.get('label'));
    expect(labels).toEqual(nasty.map((id) => `${id}!\n${id}`));
    const edgeLabels = statements
      .filter((s) => s.kind === 'edge' && s.ids[0] !== 's0')
      .map((s) => s.attributes.get('label'));
    expect(edgeLabels).toEqual(nasty.slice(0, -1));
  });

  it('fills gap steps by their most severe gap, thickens witness edges, and dashes missing steps', () => {
    const process = processOf([
      step('enter-order', 'order-entry', { next: [to('ship'), to('gone')] }),
      step('ship', 'deliver', { next: [to('done')] }),
      step('done', 'end'),
    ]);
    const { statements } = readDot(
      renderDot(process, [
        { step: 'enter-order', severity: 'low' },
        { step: 'enter-order', severity: 'high', path: ['enter-order', 'ship', 'done'] },
      ]),
    );
    const byId = new Map(statements.filter((s) => s.kind === 'node').map((s) => [s.ids[0], s.attributes]));
    expect([byId.get('n0')?.get('fillcolor'), byId.get('n0')?.get('penwidth')]).toEqual(['#fed7aa', '3']);
    expect(byId.get('n1')?.has('fillcolor')).toBe(false);
    expect(byId.get('m0')?.get('label')).toBe('gone\nno such step');
    expect(byId.get('m0')?.get('style')).toBe('dashed,filled');
    const thick = statements
      .filter((s) => s.kind === 'edge' && s.attributes.get('penwidth') === '3')
      .map((s) => s.ids.join('->'));
    expect(thick).toEqual(['n0->n1', 'n1->n2']);
  });
});
