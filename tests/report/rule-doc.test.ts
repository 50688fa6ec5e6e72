import { describe, expect, it } from 'vitest';
import { ruleSummary, summaryPlaceholders, type AnyRuleMeta } from '../../src/report/rule-doc.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const meta: AnyRuleMeta = {
  ...BUILT_IN_RULES.rules[0]!.meta,
  summary: 'Answered on {channels} within {within}, at most {max} handoffs, as {per-channel} says; {unknown} stays.',
  defaultOptions: { channels: ['phone'], within: '2m', max: 3, 'per-channel': {} },
};

describe('ruleSummary: option placeholders filled', () => {
  it('from the defaults when no options are given', () => {
    expect(ruleSummary(meta)).toBe('Answered on phone within 2m, at most 3 handoffs, as {} says; {unknown} stays.');
  });

  it('from the options given: a list reads "a, b or c", a duration as written, a mapping as YAML', () => {
    const options = {
      channels: ['phone', 'chat', 'email'],
      within: '1h',
      max: 2,
      'per-channel': { social: { within: '15m' } },
    };
    expect(ruleSummary(meta, options)).toBe(
      'Answered on phone, chat or email within 1h, at most 2 handoffs, as {social: {within: 15m}} says; {unknown} stays.',
    );
  });
});

describe.each(BUILT_IN_RULES.rules.map((rule) => rule.meta))('the summary of $id', (rule) => {
  it('names only options the rule has', () => {
    expect(summaryPlaceholders(rule).filter((name) => !Object.hasOwn(rule.defaultOptions, name))).toEqual([]);
  });
});
