/**
 * JSON indented by two spaces, as `JSON.stringify(value, null, 2)` writes it, except that an array of
 * plain values (a witness path, a list of tags) stays on one line: a path of 500 steps is one line, not 500.
 */
export declare function reportJson(value: unknown): string;
/**
 * A list a report writes item by item: each item is made only when it is written, so a report of
 * thousands of gaps never holds them all as report objects at once. Its items are objects.
 */
export declare class JsonList<Item extends object = object> {
    readonly length: number;
    readonly item: (index: number) => Item;
    constructor(length: number, item: (index: number) => Item);
}
/**
 * `reportJson`'s text in the order it is written, in pieces: each `JsonList` item is made as it is reached. A value
 * that holds no `JsonList` is one piece, made whole by `jsonText`: a chain of generators, one per level, for every
 * key and value of 10,000 gaps cost more than writing them.
 */
export declare function reportJsonPieces(value: unknown, indent?: string): Generator<string>;
