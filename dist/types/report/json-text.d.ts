/**
 * JSON indented by two spaces, as `JSON.stringify(value, null, 2)` writes it, except that an array of
 * plain values (a witness path, a list of tags) stays on one line: a path of 500 steps is one line, not 500.
 */
export declare function reportJson(value: unknown, indent?: string): string;
