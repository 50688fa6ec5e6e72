/**
 * The config's policies made rules of a registry: the one place they become rules, used where the config is
 * read and in each worker thread, so both audit with the same registry.
 */
import { createHash } from 'node:crypto';
import type { RuleRegistry } from '../registry.js';
import { compilePolicy } from './compile.js';
import type { PolicySource } from './policy.js';

/** `registry`'s rules, then the policies in the order the config writes them; `registry` itself without any. */
export function withPolicies(registry: RuleRegistry, policies: readonly PolicySource[]): RuleRegistry {
  if (policies.length === 0) return registry;
  const text = createHash('sha256').update(JSON.stringify(policies)).digest('hex');
  return registry.with(policies.map(compilePolicy), text);
}
