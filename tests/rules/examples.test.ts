/**
 * Each rule's documented examples do what the docs say, so metadata that drifts from the code fails here: the
 * passing example passes a whole audit (every rule, the default config), and the failing one gets its rule's gap.
 */
import { describe, expect, it } from 'vitest';
import { auditExample, failingExampleGaps } from '../../src/audit/examples.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

describe.each(BUILT_IN_RULES.rules.map((rule) => rule.meta))('the examples of $id', (meta) => {
  it('pass every rule', () => {
    const { gaps } = auditExample(BUILT_IN_RULES, meta, meta.example);
    expect(gaps.map((gap) => `${gap.rule} at line ${gap.line}: ${gap.message}`)).toEqual([]);
  });

  it(`include a failing one, which gets a ${meta.id} gap`, () => {
    expect(meta.failingExample).toEqual(expect.any(String));
    expect(failingExampleGaps(BUILT_IN_RULES, meta)).not.toEqual([]);
  });
});
