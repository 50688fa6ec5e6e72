import type { Gap, RuleMeta } from '../rules/types.js';
export type DocFormat = 'markdown' | 'text';
/** Any rule's metadata: the docs read only what every rule has. */
export type AnyRuleMeta = RuleMeta<object>;
/** Options as a config sets them, by name. */
export type RuleOptions = Readonly<Record<string, unknown>>;
export interface RuleDocInput {
    /** The options the summary names (`gapcheck explain`: the config's); the defaults when absent (the generated docs). */
    readonly options?: RuleOptions;
    /** The rule's gaps in its failing example, as an audit with the default config reports them (src/audit/examples.ts). */
    readonly failingGaps?: readonly Gap[];
}
/** The rule's documentation: a Markdown page, or plain text for the terminal. */
export declare function renderRuleDoc(meta: AnyRuleMeta, format: DocFormat, { options, failingGaps }?: RuleDocInput): string;
/** The summary with each `{option}` filled from `options`: `within {within}` reads `within 1h`, a list `phone or chat`. */
export declare function ruleSummary(meta: AnyRuleMeta, options?: RuleOptions): string;
/** The names of the options a summary's placeholders stand for. */
export declare function summaryPlaceholders(meta: AnyRuleMeta): string[];
/** Where a rule comes from, then the link to its own documentation when it has one: a sentence or two. */
export declare function originAndDocs(meta: AnyRuleMeta): string;
export declare function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string;
/** docs/rules/README.md: the catalogue, each rule linked to its page. */
export declare function renderRuleIndexPage(rules: readonly AnyRuleMeta[]): string;
/** The catalogue as a Markdown table: id, default severity, summary and a link to each rule's page. */
export declare function renderRuleIndex(rules: readonly AnyRuleMeta[], pageOf: (id: string) => string): string;
