/**
 * A gap's witness path (docs/format.md) as reports show it. Human formats print it once, on its own
 * line, cut to 12 steps; machine formats keep up to 500 steps, so a report stays linear in its gaps.
 */
import { pathText } from '../rules/support/step-list.js';
import type { Gap } from '../rules/types.js';

/** `path: a → b → c`, cut to 12 steps; undefined for a gap without a witness path. */
export function pathLine(gap: Pick<Gap, 'path'>): string | undefined {
  return gap.path && gap.path.length > 0 ? `path: ${pathText(gap.path)}` : undefined;
}

/** The message, then the path line under it when the gap has one: for formats with one text per gap. */
export function messageAndPath(gap: Gap): string {
  const path = pathLine(gap);
  return path === undefined ? gap.message : `${gap.message}\n${path}`;
}

const MACHINE_HEAD = 250;
const MACHINE_TAIL = 250;

/** A witness path as JSON and SARIF write it: whole up to 500 steps, else the first and last 250, with how many were skipped between. */
export interface MachinePath {
  readonly path: readonly string[];
  readonly skipped?: number;
}

export function machinePath(path: readonly string[]): MachinePath {
  if (path.length <= MACHINE_HEAD + MACHINE_TAIL) return { path };
  return {
    path: [...path.slice(0, MACHINE_HEAD), ...path.slice(-MACHINE_TAIL)],
    skipped: path.length - MACHINE_HEAD - MACHINE_TAIL,
  };
}

/** The gap as the JSON report writes it (SPEC §7): its path cut by `machinePath`, `skipped` right after it; its fix only inside `message`. */
export function machineGap<G extends Gap>(gap: G): Omit<G, 'fix'> | (Omit<G, 'fix'> & MachinePath) {
  const { fix: _inMessage, ...written } = gap;
  return written.path === undefined ? written : { ...written, ...machinePath(written.path) };
}
