import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/model/severity.js';
import { ANNOTATIONS_PER_KIND, escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import type { Gap } from '../../src/rules/types.js';
import { reportContext } from '../helpers/report-context.js';

function gap(severity: Severity, line: number, extra: Partial<Gap> = {}): Gap {
  return {
    file: 'processes/orders.yaml',
    process: 'orders',
    rule: 'dead-end',
    severity,
    step: `step-${line}`,
    message: `gap at ${line}`,
    line,
    column: 3,
    ...extra,
  };
}

function annotate(gaps: Gap[]): string[] {
  const text = formatGithub(reportContext({}, { result: { files: 1, processes: 1, gaps, waived: [] } }));
  return text === '' ? [] : text.trimEnd().split('\n');
}

/** A workflow command read back as the runner reads it. */
function readCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line)!;
  const unescape = (text: string): string =>
    text
      .replaceAll('%0D', '\r')
      .replaceAll('%0A', '\n')
      .replaceAll('%3A', ':')
      .replaceAll('%2C', ',')
      .replaceAll('%25', '%');
  const properties = Object.fromEntries(
    match[2]!
      .split(',')
      .map((pair) => pair.split('=') as [string, string])
      .map(([key, value]) => [key, unescape(value)]),
  );
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

describe('github', () => {
  it('maps severities to error, warning and notice, with file, line, column and title', () => {
    const lines = annotate([gap('low', 4), gap('critical', 9), gap('medium', 2), gap('high', 7)]);
    expect(lines.map((line) => readCommand(line).command)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(readCommand(lines[0]!)).toEqual({
      command: 'error',
      properties: { file: 'processes/orders.yaml', line: '9', col: '3', title: 'dead-end (critical)' },
      message: 'gap at 9',
    });
  });

  it('escapes %, CR and LF in messages, and : and , in properties too', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    const [line] = annotate([
      gap('high', 1, { file: 'odd: name, 100%.yaml', message: 'first line\nsecond: 10%, done' }),
    ]);
    expect(line).toBe(
      '::error file=odd%3A name%2C 100%25.yaml,line=1,col=3,title=dead-end (high)::first line%0Asecond: 10%25, done',
    );
    expect(readCommand(line!).properties['file']).toBe('odd: name, 100%.yaml');
    expect(readCommand(line!).message).toBe('first line\nsecond: 10%, done');
  });

  it('prints the witness path once, on its own line under the message, cut to 12 steps', () => {
    const long = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const [short, cut] = annotate([gap('high', 1, { path: ['a', 'b'] }), gap('high', 2, { path: long })]);
    expect(readCommand(short!).message).toBe('gap at 1\npath: a → b');
    expect(readCommand(cut!).message).toBe(
      'gap at 2\npath: s0 → s1 → s2 → s3 → s4 → s5 → … 9 more … → s15 → s16 → s17 → s18 → s19',
    );
  });

  it('writes nothing for a clean run', () => {
    expect(formatGithub(reportContext({}))).toBe('');
  });

  it(`writes at most ${ANNOTATIONS_PER_KIND} of each kind, most severe first, then says how many were left out`, () => {
    const gaps = [
      ...Array.from({ length: 12 }, (_, i) => gap('low', 100 + i)),
      ...Array.from({ length: 7 }, (_, i) => gap('high', 200 + i)),
      ...Array.from({ length: 6 }, (_, i) => gap('critical', 300 + i)),
      ...Array.from({ length: 3 }, (_, i) => gap('medium', 400 + i)),
    ];
    const lines = annotate(gaps).map(readCommand);
    const kinds = lines.map((line) => line.command);
    expect(kinds.filter((kind) => kind === 'error')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'warning')).toHaveLength(3);
    // Nine notices for gaps, and the closing one, so GitHub shows that too.
    expect(kinds.filter((kind) => kind === 'notice')).toHaveLength(10);
    expect(lines.slice(0, 6).every((line) => line.properties['title'] === 'dead-end (critical)')).toBe(true);
    expect(lines.at(-1)!.message).toMatch(/^6 more gaps were left out/);
    expect(lines.length - 1 + 6).toBe(gaps.length);
  });

  it('needs no closing notice when every kind fits', () => {
    const lines = annotate(Array.from({ length: ANNOTATIONS_PER_KIND }, (_, i) => gap('low', i + 1)));
    expect(lines).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(lines.every((line) => !line.includes('left out'))).toBe(true);
  });
});
