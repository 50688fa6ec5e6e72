/**
 * A policy (docs/policies.md): a rule a team writes in its config, as plain data. It stays plain data so
 * that it reaches worker threads and the cache's key as the config wrote it; ./compile.ts makes it a rule.
 */
import type { Because, Channel, Intent, Outcome, Remedy, StepType } from '../../model/process.js';
import type { Severity } from '../../model/severity.js';
/** A value, or a list of values any of which will do. */
export type OneOrMany<T> = T | readonly T[];
/** Conditions on the role that does a step: `system`, `customer` and no actor have no role, and match none. */
export interface RoleSelector {
    readonly frontline?: boolean;
    readonly can?: OneOrMany<Remedy>;
}
/** Steps whose every condition holds. */
export interface Selector {
    readonly id?: OneOrMany<string>;
    readonly type?: OneOrMany<StepType>;
    readonly intent?: OneOrMany<Intent>;
    readonly channel?: OneOrMany<Channel>;
    readonly remedy?: OneOrMany<Remedy>;
    readonly outcome?: OneOrMany<Outcome>;
    readonly because?: OneOrMany<Because>;
    readonly emergency?: boolean;
    readonly actor?: OneOrMany<string> | RoleSelector;
    readonly has?: OneOrMany<string>;
    readonly not?: Selector;
    readonly any?: readonly Selector[];
    readonly [extension: `x-${string}`]: unknown;
}
export interface EveryPath {
    readonly to?: Selector;
    readonly passes: Selector;
    readonly within?: string;
}
export interface NeverReaches {
    readonly to: Selector;
    readonly 'unless-passes'?: Selector;
}
/** The processes a policy applies to: those with any of the tags, ids or owners given. */
export interface ProcessFilter {
    readonly tags?: OneOrMany<string>;
    readonly id?: OneOrMany<string>;
    readonly owner?: OneOrMany<string>;
}
/** A policy as the config writes it, with exactly one assertion (the config checks that). */
export interface Policy {
    readonly id: string;
    readonly severity?: Severity;
    readonly summary: string;
    readonly why?: string;
    readonly fix: string;
    readonly docs?: string;
    readonly processes?: ProcessFilter;
    readonly from?: Selector;
    readonly 'every-path'?: EveryPath;
    readonly reaches?: Selector;
    readonly 'never-reaches'?: NeverReaches;
    readonly 'each-step'?: Selector;
}
export declare const ASSERTIONS: readonly ["every-path", "reaches", "never-reaches", "each-step"];
export type AssertionName = (typeof ASSERTIONS)[number];
/** A policy and where it is written: the config, as reports name files. */
export interface PolicySource {
    readonly policy: Policy;
    readonly config: string;
}
export declare const DEFAULT_POLICY_SEVERITY: Severity;
/** `every-path`'s `to` when it names none. */
export declare const DEFAULT_PATH_END: Selector;
export declare function asList<T>(value: OneOrMany<T>): readonly T[];
