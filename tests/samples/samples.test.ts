import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { auditFiles } from '../helpers/audit-text.js';

/** The README's table of sample processes: file → the rules whose gaps it shows. */
function promisedGaps(): Map<string, string[]> {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('<!-- samples:start -->'), readme.indexOf('<!-- samples:end -->'));
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows.map((row) => {
      const [file, , gaps] = row
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      const rules = gaps!.startsWith('none') ? [] : gaps!.split(',').map((rule) => rule.trim());
      return [`sample-processes/${file!.replaceAll('`', '')}`, rules.sort()];
    }),
  );
}

describe('sample processes', () => {
  const files = readdirSync('sample-processes')
    .map((name) => `sample-processes/${name}`)
    .sort();
  const { gaps } = auditFiles(files);

  it('are each described in the README', () => {
    expect([...promisedGaps().keys()].sort()).toEqual(files);
  });

  it('show exactly the gaps the README promises', () => {
    const found = new Map(
      files.map((file) => [file, [...new Set(gaps.filter((gap) => gap.file === file).map((gap) => gap.rule))].sort()]),
    );
    expect(found).toEqual(promisedGaps());
  });

  it('show a gap of every rule between them, and one process is clean', () => {
    expect(new Set(gaps.map((gap) => gap.rule))).toEqual(new Set(BUILT_IN_RULES.rules.map((rule) => rule.meta.id)));
    expect([...promisedGaps().values()].some((rules) => rules.length === 0)).toBe(true);
  });
});
