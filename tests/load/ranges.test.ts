import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gap } from '../../src/rules/types.js';
import { loadProcessText } from '../../src/load/load-file.js';
import { reportContext } from '../helpers/report-context.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const SAMPLES = 'sample-processes';
const samples = Object.fromEntries(
  readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`${SAMPLES}/${name}`, readFileSync(`${SAMPLES}/${name}`, 'utf8')]),
);

/** The text a gap's range covers, read back from the file by line and column (end exclusive). */
function covered(gap: Gap, files: Record<string, string>): string {
  const lines = files[gap.file]!.split('\n');
  if (gap.endLine === gap.line) return lines[gap.line - 1]!.slice(gap.column - 1, gap.endColumn! - 1);
  return [
    lines[gap.line - 1]!.slice(gap.column - 1),
    ...lines.slice(gap.line, gap.endLine! - 1),
    lines[gap.endLine! - 1]!.slice(0, gap.endColumn! - 1),
  ].join('\n');
}

function gapOf(files: Record<string, string>, rule: string, step: string | null = null): Gap {
  const gap = reportContext(files).result.gaps.find((g) => g.rule === rule && g.step === step);
  expect(gap, `${rule} at ${step}`).toBeDefined();
  return gap!;
}

describe('gap ranges', () => {
  it('gives every gap of the sample processes an end, after its start', () => {
    const { gaps, waived } = reportContext(samples).result;
    for (const gap of [...gaps, ...waived]) {
      expect(gap.endLine, `${gap.rule} ${gap.file}:${gap.line}`).toBeDefined();
      expect(
        gap.endLine! > gap.line || (gap.endLine === gap.line && gap.endColumn! > gap.column),
        `${gap.rule} ${gap.file}:${gap.line}`,
      ).toBe(true);
    }
  });

  it('covers exactly a step key, a process id, a role key, a field with its value, a reference and a waiver line', () => {
    const file = (name: string): Record<string, string> => ({ [`${SAMPLES}/${name}`]: samples[`${SAMPLES}/${name}`]! });
    const billing = file('billing-complaint-email.yaml');
    expect(covered(gapOf(billing, 'listen-first', 'receive-email'), billing)).toBe('receive-email');
    expect(covered(gapOf(billing, 'process-review'), billing)).toBe('billing-complaint-email');
    expect(covered(gapOf(billing, 'training-current'), billing)).toBe('billing-specialist');
    expect(covered(gapOf(billing, 'expired-waiver'), billing)).toBe('rule: process-review');
    const returns = file('returns-desk.yaml');
    expect(covered(gapOf(returns, 'customer-effort', 'ask-for-receipt'), returns)).toBe(
      'customer-effort: The customer must come back to the store with the receipt.',
    );
    const warranty = file('warranty-claim-draft.yaml');
    const reference = reportContext(warranty).result.gaps.find((g) => g.rule === 'unknown-reference')!;
    expect(covered(reference, warranty)).toBe('aprove-claim');
    expect([reference.line, reference.column, reference.endLine, reference.endColumn]).toEqual([38, 13, 38, 25]);
  });

  it('ends a quoted value before its quote, and a value before a comment after it', () => {
    const text = [
      'process: "quoted-id"   # a comment',
      'title: T',
      'owner: lead',
      'start: first',
      'roles:',
      '  lead: { title: Lead }',
      'steps:',
      "  'first':",
      '    type: resolve',
      '    actor: lead',
      '',
    ].join('\n');
    const loaded = loadProcessText('q.yaml', text, BUILT_IN_RULES.ids).documents[0]!;
    expect(loaded.kind).toBe('process');
    if (loaded.kind !== 'process') return;
    expect(loaded.process.at).toEqual({ line: 1, column: 11, end: { line: 1, column: 20 } });
    expect(loaded.process.steps[0]!.at).toEqual({ line: 8, column: 4, end: { line: 8, column: 9 } });
    expect(loaded.process.steps[0]!.actor!.at).toEqual({ line: 10, column: 12, end: { line: 10, column: 16 } });
  });

  it('runs a file that is not a valid process to the end of the line it complains of', () => {
    const text = 'process: p\ntitle: T\nowner: o\nstart: a\nsteps:\n  a:\n    type: resolve\n    nxt: b   \n';
    const gap = reportContext({ 'bad.yaml': text }).result.gaps.find((g) => g.rule === 'invalid-process')!;
    expect(covered(gap, { 'bad.yaml': text })).toBe('nxt: b');
  });
});
