/** Where something is written in a file: line and column, and where it ends. Every layer may import this module; it imports nothing. */
export interface Point {
    /** 1-based line. */
    readonly line: number;
    /** 1-based column, in characters. */
    readonly column: number;
}
/** Where something written starts, and where it ends when the loader knows. */
export interface Position extends Point {
    /** The point just after its last character (exclusive, as SARIF's and editors' ranges end). */
    readonly end?: Point;
}
/** The first character of a file: where a gap about the whole file points. */
export declare const START_OF_FILE: Position;
/** Where something starts and where it ends, both known: what SARIF regions and editors underline. */
export interface Range {
    readonly start: Point;
    readonly end: Point;
}
