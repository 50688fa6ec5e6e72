/**
 * docs/format.md: a message names at most 12 steps of a path or a list, so a report grows linearly
 * with its gaps whatever the process: longer ones keep the first 6, `… N more …`, the last 5.
 */
export declare const AT_MOST = 12;
export declare const HEAD = 6;
export declare const TAIL = 5;
/** The items as a message shows them: all of them up to 12, else the first 6, `… N more …`, the last 5. */
export declare function cutSteps(items: readonly string[]): string[];
/** As `cutSteps`, naming only the items kept: a list of thousands costs a dozen names. */
export declare function cutList<T>(items: readonly T[], name: (item: T) => string): string[];
/** `"a", "b", "c"`: steps named in a message, cut as `cutSteps` does. */
export declare function quoteSteps(ids: readonly string[]): string;
/** `a → b → c`: a witness path as every human format shows it, cut as `cutSteps` does. */
export declare function pathText(ids: readonly string[]): string;
