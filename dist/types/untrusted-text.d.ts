/**
 * Text from files (names, ids, titles, quoted values, baseline keys) shown on a terminal or in a CI log.
 * Every layer may import this module; it imports nothing.
 */
/**
 * Untrusted text made inert: each character that could drive a terminal or log is written as its code,
 * `\u001b`. With `keepLayout`, line feeds and tabs stay: for a document whose layout is its own, such as
 * a JSON text (where `\u001b` is the same character escaped, so the data does not change).
 */
export declare function escapeUntrusted(text: string, { keepLayout }?: {
    keepLayout?: boolean | undefined;
}): string;
/**
 * A GitHub Actions runner reads every log line whose first non-blank characters are `::` as a workflow
 * command (`::set-output`, `::add-mask`, `::stop-commands`). In text where untrusted words may begin a
 * line, the first `:` of such a line is written as `colon` instead: the format's own escape for it.
 */
export declare function withoutWorkflowCommands(text: string, colon: string): string;
/** How `withoutWorkflowCommands` writes the colon in plain text: the same code `escapeUntrusted` uses. */
export declare const ESCAPED_COLON = "\\u003a";
