import { type Policy } from './policy.js';
export interface PolicyProblem {
    /** The keys (and list positions) from the policy down to the mistake; empty for the policy itself. */
    readonly path: readonly string[];
    readonly message: string;
}
export declare function policyProblems(policy: Policy): PolicyProblem[];
