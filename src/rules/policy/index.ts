/**
 * The rules one audit runs: the built-in ones, then the config's policies made rules. The one place a
 * rule list is chosen for a config, so that wherever it is used, policies are rules like any other.
 */
import { RULES } from '../index.js';
import type { AnyRule } from '../types.js';
import { compilePolicy } from './compile.js';
import type { PolicySource } from './policy.js';

const compiled = new WeakMap<readonly PolicySource[], readonly AnyRule[]>();

/** Built-in rules in catalogue order, then the policies in the order the config writes them; compiled once per config. */
export function rulesForConfig(config: { readonly policies: readonly PolicySource[] }): readonly AnyRule[] {
  let rules = compiled.get(config.policies);
  if (rules === undefined) {
    rules = config.policies.length === 0 ? RULES : [...RULES, ...config.policies.map(compilePolicy)];
    compiled.set(config.policies, rules);
  }
  return rules;
}

export function findRuleIn(rules: readonly AnyRule[], id: string): AnyRule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
