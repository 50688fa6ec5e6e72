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

/**
 * As `cutSteps`, naming only the items kept: a list of thousands costs a dozen names. `total` counts
 * items already left out of the middle of `items` too (a witness path kept as its two ends).
 */
export function cutList<T>(items: readonly T[], name: (item: T) => string, total = items.length): string[] {
  if (total <= AT_MOST) return items.map(name);
  return [...items.slice(0, HEAD).map(name), `… ${total - HEAD - TAIL} more …`, ...items.slice(-TAIL).map(name)];
}

/**
 * What `cutList` reads of lists one after the other, `total` items in all: all of them up to 12, else
 * the first 6 and the last 5. Each list may be cut so already, so lists of thousands join in O(1).
 */
export function keptEnds<T>(lists: readonly (readonly T[])[], total: number): T[] {
  if (total <= AT_MOST) return lists.flat();
  return [
    ...lists.flatMap((list) => list.slice(0, HEAD)).slice(0, HEAD),
    ...lists.flatMap((list) => list.slice(-TAIL)).slice(-TAIL),
  ];
}

/** `"a", "b", "c"`: steps named in a message, cut as `cutSteps` does. */
export function quoteSteps(ids: readonly string[]): string {
  return cutList(ids, (id) => `"${id}"`).join(', ');
}

/** `a → b → c`: a witness path as every human format shows it, cut as `cutSteps` does; `skipped` steps were left out of its middle already (`keptPath`). */
export function pathText(ids: readonly string[], skipped = 0): string {
  return cutList(ids, (id) => id, ids.length + skipped).join(' → ');
}

/** SPEC §2: a witness path longer than twice this keeps this many steps at each end, and says how many it skipped. */
export const KEPT_AT_EACH_END = 250;

/** A witness path as a gap holds it: whole up to 500 steps, else its first and last 250 and how many are left out between them. */
export interface KeptPath<T = string> {
  readonly path: readonly T[];
  readonly skipped?: number;
}

/** The steps of a path of `length` steps that a gap keeps (SPEC §2), read through `slice(start, end)`: a long path costs 500 steps. */
export function keptPath<T>(length: number, slice: (start: number, end: number) => readonly T[]): KeptPath<T> {
  if (length <= 2 * KEPT_AT_EACH_END) return { path: slice(0, length) };
  return {
    path: slice(0, KEPT_AT_EACH_END).concat(slice(length - KEPT_AT_EACH_END, length)),
    skipped: length - 2 * KEPT_AT_EACH_END,
  };
}
