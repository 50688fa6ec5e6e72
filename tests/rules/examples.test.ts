/** Each rule's documented example really passes it: metadata that drifts from the code fails here. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { auditTexts } from '../helpers/audit-text.js';

describe.each(RULES.map((rule) => rule.meta))('the example of $id', (meta) => {
  // Audited alone, so duplicate-process passes trivially: its example only shows what a process id is.
  const { gaps } = auditTexts({ [`examples/${meta.id}.yaml`]: meta.example });
  const described = (rule: string): string[] => gaps.filter((gap) => gap.rule === rule).map((gap) => `line ${gap.line}: ${gap.message}`);

  it('is a valid process', () => {
    expect(described('invalid-process')).toEqual([]);
  });

  it(`has no ${meta.id} gap`, () => {
    expect(described(meta.id)).toEqual([]);
  });
});
