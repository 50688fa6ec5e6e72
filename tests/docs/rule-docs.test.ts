/** The rule docs never drift: the checked-in pages are exactly what the rules' metadata generates. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRuleDocs, stalePages, withBlock } from '../../scripts/generate-rule-docs.js';

const ROOT = process.cwd();
const REGENERATE = 'run `npm run docs:rules` and commit the result';

describe('rule documentation', () => {
  const generated = generateRuleDocs(ROOT);

  for (const file of generated) {
    it(`${file.path} matches the rules' metadata`, () => {
      expect(existsSync(file.path), `${file.path} is missing: ${REGENERATE}`).toBe(true);
      expect(
        readFileSync(file.path, 'utf8'),
        `${file.path} differs from what the metadata generates: ${REGENERATE}`,
      ).toBe(file.text);
    });
  }

  it('has no page for a rule that does not exist', () => {
    expect(stalePages(ROOT, generated), `pages no rule generates: ${REGENERATE}`).toEqual([]);
  });
});

describe('the README rule table', () => {
  const readme = '# Tool\n\nIntro.\n\n<!-- rules:start -->\nold table\n<!-- rules:end -->\n\nMore.\n';

  it('replaces only the block between the markers', () => {
    expect(withBlock(readme, 'rules', '| a |\n')).toBe(
      '# Tool\n\nIntro.\n\n<!-- rules:start -->\n\n| a |\n\n<!-- rules:end -->\n\nMore.\n',
    );
  });

  it('is stable: generating twice changes nothing', () => {
    const once = withBlock(readme, 'rules', '| a |\n')!;
    expect(withBlock(once, 'rules', '| a |\n')).toBe(once);
  });

  it('leaves a README without markers alone', () => {
    expect(withBlock('# Tool\n', 'rules', '| a |\n')).toBeUndefined();
  });

  it('rejects a start marker without an end', () => {
    expect(() => withBlock('<!-- rules:start -->\n', 'rules', '| a |\n')).toThrow(/rules:end/);
  });
});
