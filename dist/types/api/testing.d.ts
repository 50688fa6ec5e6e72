import type { ProcessRule } from '../rules/types.js';
/** A test runner's `describe` or `it`: a title and a function to run (as a suite, or as one test: then asynchronous). */
export type TestFunction = (title: string, body: () => void | Promise<void>) => unknown;
export interface RuleTesterSettings {
    /** The date to audit fixtures as, `YYYY-MM-DD` (default: today in UTC); fix it so reviews and waivers do not expire under the tests. */
    readonly today?: string;
}
export interface RuleTest {
    /** Fixture files, or folders whose `*.yaml` / `*.yml` files (below them too; not a `gapcheck.config.yaml`) are each a fixture. */
    readonly fixtures: string | readonly string[];
    /** The rule's options, as a config sets them under `rules.<id>` (checked against its `optionsSchema`). Not with `config`. */
    readonly options?: Readonly<Record<string, unknown>>;
    /** A config file to audit the fixtures with: the one that writes the policy under test, or sets the rule's options. */
    readonly config?: string;
}
export declare class RuleTester {
    #private;
    /** The `describe` each `run` is wrapped in: set it for a runner without globals (`import { describe } from 'node:test'`). */
    static set describe(value: TestFunction);
    static get describe(): TestFunction;
    /** The `it` each fixture runs in. */
    static set it(value: TestFunction);
    static get it(): TestFunction;
    constructor({ today }?: RuleTesterSettings);
    /**
     * Tests `rule` (a plugin's rule, or the id of a policy or a built-in rule) on each fixture: one `it` per fixture,
     * inside one `describe` named for the rule. A fixture fails with every line where the gaps differ from its marks.
     * A config is read asynchronously (its plugins are ES modules): a config, options or rule id that is wrong
     * fails each fixture's test with what is wrong.
     */
    run<Options>(rule: ProcessRule<Options> | string, test: RuleTest): void;
}
