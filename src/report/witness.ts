/**
 * A gap's witness path (docs/format.md) as reports show it. Human formats print it once, on its own
 * line, cut to 12 steps; machine formats keep up to 500 steps, so a report stays linear in its gaps.
 */
import { pathText, type KeptPath } from '../rules/support/step-list.js';
import type { Gap } from '../rules/types.js';

/** `path: a → b → c`, cut to 12 steps; undefined for a gap without a witness path. */
export function pathLine(gap: Pick<Gap, 'path' | 'skipped'>): string | undefined {
  return gap.path && gap.path.length > 0 ? `path: ${pathText(gap.path, gap.skipped)}` : undefined;
}

/** The message, then the path line under it when the gap has one: for formats with one text per gap. */
export function messageAndPath(gap: Gap): string {
  const path = pathLine(gap);
  return path === undefined ? gap.message : `${gap.message}\n${path}`;
}

/** A witness path as JSON and SARIF write it: as the gap keeps it (`keptPath`), with how many steps were skipped between its ends. */
export function machinePath(gap: Pick<Gap, 'path' | 'skipped'>): KeptPath {
  return { path: gap.path ?? [], ...(gap.skipped !== undefined && { skipped: gap.skipped }) };
}

/** The steps a gap keeps of its witness path, each with its place in the whole path (1 for the first): a cut path keeps as many at each end. */
export function keptSteps(gap: Pick<Gap, 'path' | 'skipped'>): { readonly id: string; readonly place: number }[] {
  const path = gap.path ?? [];
  const skipped = gap.skipped ?? 0;
  return path.map((id, index) => ({ id, place: index + 1 + (index >= path.length / 2 ? skipped : 0) }));
}

/** The gap as the JSON report writes it (SPEC §7): its path as the gap keeps it, `skipped` right after it; its fix only inside `message`. */
export function machineGap<G extends Gap>(gap: G): Omit<G, 'fix'> {
  const { fix: _inMessage, ...written } = gap;
  return written;
}
