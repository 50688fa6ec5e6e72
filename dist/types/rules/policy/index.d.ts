import type { RuleRegistry } from '../registry.js';
import type { PolicySource } from './policy.js';
/** `registry`'s rules, then the policies in the order the config writes them; `registry` itself without any. */
export declare function withPolicies(registry: RuleRegistry, policies: readonly PolicySource[]): RuleRegistry;
