import type { AnyRule } from './types.js';
export declare class RuleRegistry {
    readonly rules: readonly AnyRule[];
    private readonly code;
    private readonly byId;
    /** Every rule id, in catalogue order: what waivers and the config may name. */
    readonly ids: readonly string[];
    private identityText?;
    /**
     * `code`: a fingerprint of the code of rules that are not part of gapcheck's build (a
     * plugin's file, for one); the build's own fingerprint already covers the built-in rules.
     */
    constructor(rules: readonly AnyRule[], code?: string);
    /** What tells this rule set from another, for the cache key: each rule's kind and metadata, and `code`. Worked out on first use. */
    get identity(): string;
    get(id: string): AnyRule | undefined;
    /** `registries`' rules, each id once, in the order first met: the rules a run of several configs describes. */
    static union(registries: readonly RuleRegistry[]): RuleRegistry;
    /** This registry and `rules` after it (a team's own, issue 17), with the fingerprint of their code. */
    with(rules: readonly AnyRule[], code: string): RuleRegistry;
}
