/** Writing a report as it is made: in pieces, in order, each about as large as one write to a file or pipe. */
import type { Formatter, ReportWriter } from './types.js';

const PIECE_CHARACTERS = 64 * 1024;
/** A piece this long is written as it is: joined to others, it would only be copied (56 MB of gaps with long paths). */
const LONG_PIECE = 8 * 1024;

/**
 * Small pieces of text joined into pieces of at least 64 Ki characters (the last before a long one, and the very last,
 * may be shorter), long pieces as they are; none is empty.
 */
export function* joinedPieces(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.length >= LONG_PIECE) {
      if (length > 0) yield pending.join('');
      pending = [];
      length = 0;
      yield piece;
      continue;
    }
    pending.push(piece);
    length += piece.length;
    if (length >= PIECE_CHARACTERS) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/** The report a writer writes, as one text: for callers that want it whole (tests, the API, the editor). */
export function wholeReport(write: ReportWriter): Formatter {
  return (context) => [...write(context)].join('');
}
