/** Durations (`90s`, `2m`, `4h`, `3d`, `1w`) and calendar dates (`YYYY-MM-DD`), always in UTC. */
export interface Duration {
    /** As written in the process file, e.g. `2m`. */
    readonly text: string;
    readonly seconds: number;
}
export declare const DURATION_PATTERN: RegExp;
export declare const DATE_PATTERN: RegExp;
export declare function parseDuration(text: string): Duration | undefined;
/** Seconds written back the way a person would write them: `2m`, `1h 30m`, `45s`. */
export declare function formatSeconds(total: number): string;
/** A calendar date as milliseconds at 00:00 UTC, or undefined when it is not a real date. */
export declare function parseDate(text: string): number | undefined;
export declare function isValidDate(text: string): boolean;
/** Today's date (UTC) as `YYYY-MM-DD`. */
export declare function todayUtc(now?: Date): string;
/**
 * docs/format.md: date + duration is a moment; it is "before today" when it is earlier
 * than 00:00 UTC today. So something due today is not yet overdue.
 */
export declare function isOverdue(lastDate: string, every: Duration | undefined, today: string): boolean;
/** The date a `last` + `every` falls due, as `YYYY-MM-DD` (rounded down to the day). */
export declare function dueDate(lastDate: string, every: Duration): string | undefined;
