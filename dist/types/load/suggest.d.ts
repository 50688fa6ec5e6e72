/**
 * The known name closest to `written`, when it is near enough to be what was meant: the same but for case,
 * dashes, underscores and spaces (`e-mail`, `Web Form`), one of the two starting with the other
 * (`confirmation` for `confirm`), or a few letters off (at most 1 in a word of up to 3, else a third of it, 2 at least).
 */
export declare function closestName(written: string, known: Iterable<string>): string | undefined;
/** ` — did you mean "x"?` when a known name is near what was written (`closestName`), else ''. */
export declare function didYouMean(written: string, known: Iterable<string>): string;
