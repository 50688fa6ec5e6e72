/** Durations (`90s`, `2m`, `4h`, `3d`, `1w`) and calendar dates (`YYYY-MM-DD`), always in UTC. */
export const DURATION_PATTERN = /^([0-9]+)(s|m|h|d|w)$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
export function parseDuration(text) {
    const match = DURATION_PATTERN.exec(text);
    if (!match)
        return undefined;
    return { text, seconds: Number(match[1]) * UNIT_SECONDS[match[2]] };
}
/** Seconds written back the way a person would write them: `2m`, `1h 30m`, `45s`. */
export function formatSeconds(total) {
    // Past 2^53 seconds (285 million years) a count is no longer exact, and a 400-digit duration is Infinity.
    if (!Number.isSafeInteger(total))
        return `more than ${formatSeconds(Number.MAX_SAFE_INTEGER - (Number.MAX_SAFE_INTEGER % 604_800))}`;
    if (total === 0)
        return '0s';
    const parts = [];
    let rest = total;
    for (const [unit, size] of [
        ['w', 604_800],
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join(' ');
}
/** A calendar date as milliseconds at 00:00 UTC, or undefined when it is not a real date. */
export function parseDate(text) {
    const match = DATE_PATTERN.exec(text);
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
    const back = new Date(0);
    back.setUTCFullYear(year, month - 1, day);
    const ms = back.getTime();
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
        return undefined;
    }
    return ms;
}
export function isValidDate(text) {
    return parseDate(text) !== undefined;
}
/** Today's date (UTC) as `YYYY-MM-DD`. */
export function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/**
 * docs/format.md: date + duration is a moment; it is "before today" when it is earlier
 * than 00:00 UTC today. So something due today is not yet overdue.
 */
export function isOverdue(lastDate, every, today) {
    const start = parseDate(lastDate);
    const midnightToday = parseDate(today);
    if (start === undefined || midnightToday === undefined)
        return false;
    return start + (every?.seconds ?? 0) * 1000 < midnightToday;
}
/** The date a `last` + `every` falls due, as `YYYY-MM-DD` (rounded down to the day). */
export function dueDate(lastDate, every) {
    const start = parseDate(lastDate);
    if (start === undefined)
        return undefined;
    return new Date(start + every.seconds * 1000).toISOString().slice(0, 10);
}
//# sourceMappingURL=time.js.map