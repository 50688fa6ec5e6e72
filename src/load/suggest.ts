/** "Did you mean": the one way every message of gapcheck guesses the name meant by a misspelt one. */
import { distance } from 'fastest-levenshtein';

/** A word this short may be off by one letter only: two would make most short names near each other. */
const SHORT_WORD = 3;
/** A longer word may be off by a third of its letters, two at least. */
const LETTERS_PER_TYPO = 3;
const MIN_TYPOS = 2;
/** A name that starts another counts only from this length: `re` is a fragment, `call` a word. */
const MIN_PREFIX_WORD = 4;

/**
 * The known name closest to `written`, when it is near enough to be what was meant: the same but for case,
 * dashes, underscores and spaces (`e-mail`, `Web Form`), one of the two starting with the other
 * (`confirmation` for `confirm`), or a few letters off (at most 1 in a word of up to 3, else a third of it, 2 at least).
 */
export function closestName(written: string, known: Iterable<string>): string | undefined {
  const typed = comparable(written);
  const limit = typed.length <= SHORT_WORD ? 1 : Math.max(MIN_TYPOS, Math.floor(typed.length / LETTERS_PER_TYPO));
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
  return shorter.length >= MIN_PREFIX_WORD && longer.startsWith(shorter);
}
