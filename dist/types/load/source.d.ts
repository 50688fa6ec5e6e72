/** A file's text with a line index, so any offset becomes a 1-based line and column. */
import type { Point, Position } from '../position.js';
export declare class SourceText {
    /** The path as shown to the user: relative to the working directory, `/` separators. */
    readonly path: string;
    readonly text: string;
    private readonly lineStarts;
    /** The line of the last offset asked for: offsets are mostly asked in file order, a few lines apart. */
    private lastLine;
    constructor(
    /** The path as shown to the user: relative to the working directory, `/` separators. */
    path: string, text: string);
    positionAt(offset: number): Point;
    /**
     * The text from `start` to `end` (exclusive). Written out, not `{ ...point, end }`: V8 gives each object made by
     * spreading and then adding a property its own hidden class, three times the memory (52 MiB of classes for the
     * 320,000 ranges of a 100,000-step process).
     */
    rangeAt(start: number, end: number): Position;
    /** From `start` to the end of its line's text: for a complaint, whose extent the loader does not know. */
    toEndOfLine(start: number): Position;
    /** The 0-based line holding the offset: a few lines on from the last one asked for, else by binary search. */
    private lineIndexOf;
    /** The text of a 1-based line, without its line break. */
    lineText(line: number): string;
}
/**
 * Text from the file made safe to quote in a message: control characters are escaped (so a hostile key cannot
 * drive the terminal) and long text is cut (so a 10 MB value does not become a 10 MB message).
 */
export declare function printable(text: string): string;
