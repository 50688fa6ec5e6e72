/**
 * docs/format.md, a report grows with its gaps: human formats print a gap's witness path once,
 * on its own line, cut to 12 steps; JSON and SARIF keep up to 500 steps, else the first and last 250
 * with `skipped`. A closed loop of 600 steps has a witness of 601 (round to its first step again).
 */
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { reportJson } from '../../src/report/json-text.js';
import { keptPath, type KeptPath } from '../../src/rules/support/step-list.js';
import { closedLoop } from '../helpers/large-shapes.js';
import { reportContext } from '../helpers/report-context.js';

const context = reportContext({ 'loop.yaml': closedLoop(600) });
const LOOP = [...Array.from({ length: 600 }, (_, i) => `l${i}`), 'l0'];
const SHOWN = 'path: l0 → l1 → l2 → l3 → l4 → l5 → … 590 more … → l596 → l597 → l598 → l599 → l0';

describe('keptPath', () => {
  const kept = (path: readonly string[]): KeptPath => keptPath(path.length, (start, end) => path.slice(start, end));

  it('keeps a path of up to 500 steps whole', () => {
    const path = LOOP.slice(0, 500);
    expect(kept(path)).toEqual({ path });
  });

  it('keeps the first and last 250 steps of a longer one, and says how many it skipped', () => {
    expect(kept(LOOP)).toEqual({ path: [...LOOP.slice(0, 250), ...LOOP.slice(-250)], skipped: 101 });
  });
});

describe('a 601-step witness path in every format', () => {
  it('is cut to 500 steps in JSON, with skipped next to path', () => {
    const gap = JSON.parse(formatJson(context)).gaps.find((g: { rule: string }) => g.rule === 'endless-loop');
    expect(gap.path).toEqual([...LOOP.slice(0, 250), ...LOOP.slice(-250)]);
    expect(gap.skipped).toBe(101);
    expect(Object.keys(gap).slice(-2)).toEqual(['path', 'skipped']);
  });

  it('is cut the same way in the SARIF result properties, and shown cut to 12 under the message', () => {
    const result = JSON.parse(formatSarif(context)).runs[0].results.find(
      (r: { ruleId: string }) => r.ruleId === 'endless-loop',
    );
    expect(result.properties.path).toHaveLength(500);
    expect(result.properties.skipped).toBe(101);
    expect(result.message.text.split('\n')).toEqual([expect.not.stringContaining('→'), SHOWN]);
  });

  it('is printed once, on its own line, cut to 12 steps, in stylish, junit and github', () => {
    for (const report of [
      formatStylish(context),
      formatJunit(context),
      formatGithub(context).replaceAll('%0A', '\n'),
    ]) {
      const lines = report.split('\n').filter((line) => line.includes('→ l599'));
      expect(lines).toHaveLength(1);
      expect(lines[0]!.trim().replace('</failure>', '')).toBe(SHOWN);
    }
  });

  it('is a column of the markdown gap table, and a process with more arrows than Mermaid draws is not drawn', () => {
    const report = formatMarkdown(context).replace(/\s*\n(?!\|)/g, ' ');
    expect(report).toContain('| l0 → l1 → l2 → l3 → l4 → l5 → … 590 more … → l596 → l597 → l598 → l599 → l0 |');
    expect(report).not.toContain('```mermaid');
    expect(report).toContain('Not drawn: the process has 602 arrows, more than the 500 a Mermaid flowchart shows.');
  });
});

describe('reportJson', () => {
  it('writes what JSON.stringify writes, indented by two, with arrays of plain values on one line', () => {
    const value = { a: 1, b: [1, 'x', null], c: [{ d: undefined, e: 'f' }], g: {}, h: [], i: 'quote " and \n' };
    expect(JSON.parse(reportJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(reportJson(value)).toBe(
      '{\n  "a": 1,\n  "b": [1,"x",null],\n  "c": [\n    {\n      "e": "f"\n    }\n  ],\n  "g": {},\n  "h": [],\n  "i": "quote \\" and \\n"\n}',
    );
  });
});
