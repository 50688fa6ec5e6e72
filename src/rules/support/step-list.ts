/**
 * docs/format.md: a message names at most 12 steps of a path or a list, so a report grows linearly
 * with its gaps whatever the process: longer ones keep the first 6, `… N more …`, the last 5.
 */
export const AT_MOST = 12;
export const HEAD = 6;
export const TAIL = 5;

/** The items as a message shows them: all of them up to 12, else the first 6, `… N more …`, the last 5. */
export function cutSteps(items: readonly string[]): string[] {
  return cutList(items, (item) => item);
}

/** As `cutSteps`, naming only the items kept: a list of thousands costs a dozen names. */
export function cutList<T>(items: readonly T[], name: (item: T) => string): string[] {
  if (items.length <= AT_MOST) return items.map(name);
  return [...items.slice(0, HEAD).map(name), `… ${items.length - HEAD - TAIL} more …`, ...items.slice(-TAIL).map(name)];
}

/** `"a", "b", "c"`: steps named in a message, cut as `cutSteps` does. */
export function quoteSteps(ids: readonly string[]): string {
  return cutList(ids, (id) => `"${id}"`).join(', ');
}

/** `a → b → c`: a witness path as every human format shows it, cut as `cutSteps` does. */
export function pathText(ids: readonly string[]): string {
  return cutSteps(ids).join(' → ');
}
