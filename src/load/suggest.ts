/** "Did you mean": the one way every message of gapcheck guesses the name meant by a misspelt one. */
import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to `written`, when it is near enough to be what was meant: the same but for case,
 * dashes, underscores and spaces (`e-mail`, `Web Form`), one of the two starting with the other
 * (`confirmation` for `confirm`), or a few letters off (at most 1 in a word of up to 3, else a third of it, 2 at least).
 */
export function closestName(written: string, known: Iterable<string>): string | undefined {
  const typed = comparable(written);
  const limit = typed.length <= 3 ? 1 : Math.max(2, Math.floor(typed.length / 3));
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const candidate = comparable(name);
    const score = candidate === typed ? 0 : isPrefixPair(typed, candidate) ? 1 : distance(typed, candidate);
    if (score <= limit && (best === undefined || score < best.score)) best = { name, score };
  }
  return best?.name;
}

/** ` — did you mean "x"?` when a known name is near what was written (`closestName`), else ''. */
export function didYouMean(written: string, known: Iterable<string>): string {
  const name = closestName(written, known);
  return name === undefined ? '' : ` — did you mean "${name}"?`;
}

function comparable(name: string): string {
  return name.toLowerCase().replace(/[-_\s]+/g, '');
}

/** One starts with the other, and the shorter is a word of its own (4 letters at least), not a fragment like `re`. */
function isPrefixPair(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.startsWith(shorter);
}
