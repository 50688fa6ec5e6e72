/**
 * Markdown building blocks that keep any text literal and the document clean under markdownlint's default
 * rules: escaped inline text, paragraphs and list items wrapped at 80 columns, compact tables.
 */
export declare const LINE_WIDTH = 80;
/**
 * Text shown as written: on one line, with every character that Markdown (or GitHub's autolinks and math)
 * would read as syntax escaped, so a title like `*Urgent* <b>|</b>` neither formats nor breaks a table, and
 * every control character written as its code (`\u001b`), so the text cannot drive a terminal either.
 */
export declare function literal(text: string): string;
/**
 * As `literal`, except that each `code` span shows as code. What a span holds is shown as written too: code
 * spans read nothing as Markdown or HTML, and a span is one backtick, text without one, one backtick (runs of
 * backticks stay text), so nothing in it can close it early. A span that could not be shown exactly (a `|`, which would split a table
 * cell, or spaces at its ends, which Markdown drops) keeps its backticks as text.
 */
export declare function literalWithCode(text: string): string;
export declare function heading(level: number, text: string): string;
export declare function paragraph(text: string): string;
/** A bullet (`- `), task (`- [ ] `) or numbered (`1. `) list item: the marker, then the text wrapped under it. */
export declare function listItem(marker: string, text: string): string;
export declare function table(head: readonly string[], rows: readonly (readonly string[])[]): string;
export declare function fence(language: string, code: string): string;
