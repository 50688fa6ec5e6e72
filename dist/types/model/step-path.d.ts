/**
 * A path of steps (by index) that may share its rest with other paths: its own first steps, then
 * another path. Thousands of witness paths down one shared flow each hold their own few steps and
 * the flow once; a report reads only the ends it keeps (`slice`).
 */
export declare class StepPath {
    /** Its own first steps. */
    readonly own: readonly number[];
    /** The path it goes on along, shared with the other paths that do. */
    readonly rest: StepPath | undefined;
    readonly length: number;
    private constructor();
    static of(steps: readonly number[]): StepPath;
    /** `steps`, then `rest`: `rest` is shared, not copied. */
    static join(steps: readonly number[], rest: StepPath): StepPath;
    /** The path without its first `start` steps, sharing its rest. */
    from(start: number): StepPath;
    /** The steps from `start` up to `end` (not included), read across the shared parts. */
    slice(start?: number, end?: number): number[];
    /** `slice`, each step read through `read` (to its id, say), into one array. */
    sliceAs<T>(start: number, end: number, read: (step: number) => T): T[];
}
/** Whether a witness path is given as step ids (an array), not as a StepPath. */
export declare function isStepIds(path: readonly string[] | StepPath): path is readonly string[];
