/**
 * Text from files (names, ids, titles, quoted values, baseline keys) shown on a terminal or in a CI log.
 * Every layer may import this module; it imports nothing.
 */

/**
 * Characters that can drive a terminal or a log, or make it show something else than what is there:
 * C0 controls (ESC, BEL, line breaks), DEL, C1 controls (NEL U+0085, CSI U+009B), the bidirectional
 * controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_LAYOUT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text made inert: each character that could drive a terminal or log is written as its code,
 * `\u001b`. With `keepLayout`, line feeds and tabs stay: for a document whose layout is its own, such as
 * a JSON text (where `\u001b` is the same character escaped, so the data does not change).
 */
export function escapeUntrusted(text: string, { keepLayout = false } = {}): string {
  return text.replace(
    keepLayout ? UNSAFE_BUT_LAYOUT : UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A GitHub Actions runner reads every log line whose first non-blank characters are `::` as a workflow
 * command (`::set-output`, `::add-mask`, `::stop-commands`). In text where untrusted words may begin a
 * line, the first `:` of such a line is written as `colon` instead: the format's own escape for it.
 */
export function withoutWorkflowCommands(text: string, colon: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, (_, blanks: string) => `${blanks}${colon}`);
}

/** How `withoutWorkflowCommands` writes the colon in plain text: the same code `escapeUntrusted` uses. */
export const ESCAPED_COLON = '\\u003a';
