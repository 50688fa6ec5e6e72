import { closest, distance } from 'fastest-levenshtein';

/** ` — did you mean "x"?` when a known name is close to what was written, else ''. */
export function didYouMean(written: string, known: Iterable<string>): string {
  const candidates = [...known];
  if (candidates.length === 0) return '';
  const best = closest(written, candidates);
  return distance(written, best) <= Math.max(2, Math.floor(written.length / 3)) ? ` — did you mean "${best}"?` : '';
}
