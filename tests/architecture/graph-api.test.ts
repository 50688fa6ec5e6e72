/**
 * Rules read the process graph only through ProcessGraph's queries: its adjacency arrays and the generic
 * algorithms over them stay inside src/model, so they can change (or get faster) without touching a rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Digraph } from '../../src/model/graph.js';
import { ProcessGraph } from '../../src/model/process-graph.js';
import { processOf, step, to } from '../helpers/process-builder.js';

const RULES = 'src/rules';
/** The modules behind ProcessGraph: what they export works on the raw graph. */
const INTERNAL_MODULES = /(?:from|import\(?)\s*'(?:\.\.\/)+model\/(?:graph|longest-path)\.js'/;
/** The raw graph's parts: the adjacency arrays, the visit marks, the graph itself. */
const RAW_PARTS = /\b(?:edgeStart|edgeTarget|predStart|predSource|predEdge|VisitMarks|Digraph)\b|\.marks\b/;

function ruleModules(): { file: string; text: string }[] {
  return readdirSync(RULES, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: path.join(RULES, name), text: readFileSync(path.join(RULES, name), 'utf8') }));
}

describe('the graph API of rules', () => {
  const modules = ruleModules();

  it('finds the rules it checks', () => {
    expect(modules.length).toBeGreaterThan(20);
  });

  it('has no rule import the raw graph algorithms', () => {
    expect(modules.filter(({ text }) => INTERNAL_MODULES.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('has no rule name the raw graph or its arrays', () => {
    const uses = modules.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, index) => (RAW_PARTS.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(uses).toEqual([]);
  });

  it("keeps the raw graph out of a ProcessGraph's properties", () => {
    const graph = new ProcessGraph(processOf([step('a', 'intake', { next: [to('b')] }), step('b', 'end')]));
    const values = Object.values(graph) as unknown[];
    expect(values.some((value) => value instanceof Digraph || value instanceof Int32Array)).toBe(false);
  });
});
