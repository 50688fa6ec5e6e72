/** A file's text with a line index, so any offset becomes a 1-based line and column. */
import type { Point, Position } from '../position.js';
import { escapeUntrusted } from '../untrusted-text.js';

export class SourceText {
  private readonly lineStarts: number[];
  /** The line of the last offset asked for: offsets are mostly asked in file order, a few lines apart. */
  private lastLine = 0;

  constructor(
    /** The path as shown to the user: relative to the working directory, `/` separators. */
    readonly path: string,
    readonly text: string,
  ) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexOf(clamped);
    this.lastLine = line;
    return { line: line + 1, column: clamped - this.lineStarts[line]! + 1 };
  }

  /**
   * The text from `start` to `end` (exclusive). Written out, not `{ ...point, end }`: V8 gives each object made by
   * spreading and then adding a property its own hidden class, three times the memory (52 MiB of classes for the
   * 320,000 ranges of a 100,000-step process).
   */
  rangeAt(start: number, end: number): Position {
    const { line, column } = this.positionAt(start);
    return { line, column, end: this.positionAt(Math.max(start, end)) };
  }

  /** From `start` to the end of its line's text: for a complaint, whose extent the loader does not know. */
  toEndOfLine(start: number): Position {
    const at = this.positionAt(start);
    const lineEnd = this.lineText(at.line).trimEnd().length + 1;
    return { line: at.line, column: at.column, end: { line: at.line, column: Math.max(at.column, lineEnd) } };
  }

  /** The 0-based line holding the offset: a few lines on from the last one asked for, else by binary search. */
  private lineIndexOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    for (let step = 0; step < NEARBY_LINES && starts[line]! <= offset; step++, line++) {
      if (line + 1 === starts.length || starts[line + 1]! > offset) return line;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, '');
  }
}

/** How far on from the last line asked for `positionAt` looks before it searches. */
const NEARBY_LINES = 8;

const LONGEST_QUOTE = 60;

/**
 * Text from the file made safe to quote in a message: control characters are escaped (so a hostile key cannot
 * drive the terminal) and long text is cut (so a 10 MB value does not become a 10 MB message).
 */
export function printable(text: string): string {
  const head = escapeUntrusted(text.slice(0, LONGEST_QUOTE + 1));
  return head.length <= LONGEST_QUOTE ? head : `${head.slice(0, LONGEST_QUOTE - 1)}…`;
}
