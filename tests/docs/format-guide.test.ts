/** docs/format.md's worked example stays true: its file passes a whole audit, and every line the guide shows is in it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../helpers/audit-text.js';

const GUIDE = 'docs/format.md';
const EXAMPLE = 'docs/examples/sunny-pizza.yaml';
const HANDLER = 'docs/examples/site-safety.yaml';

/** The YAML blocks of the guide's worked example, line by line. */
function workedExampleLines(): string[] {
  const guide = readFileSync(GUIDE, 'utf8');
  const section = guide.slice(guide.indexOf('## A worked example'));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .flatMap((match) => match[1]!.split('\n'))
    .filter((line) => line.trim() !== '');
}

describe('the worked example of docs/format.md', () => {
  it('passes a whole audit, with the process that handles its emergencies', () => {
    const { gaps } = auditFiles([EXAMPLE, HANDLER]);
    expect(gaps.map((gap) => `${gap.file}:${gap.line} ${gap.rule}: ${gap.message}`)).toEqual([]);
  });

  it('shows only lines the example file has', () => {
    const file = new Set(
      readFileSync(EXAMPLE, 'utf8')
        .split('\n')
        .map((line) => line.trim()),
    );
    const shown = workedExampleLines();
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((line) => !file.has(line.trim()))).toEqual([]);
  });
});
