/** Writing a report as it is made: in pieces, in order, each about as large as one write to a file or pipe. */
import type { Formatter, ReportWriter } from './types.js';
/**
 * Small pieces of text joined into pieces of at least 64 Ki characters (the last before a long one, and the very last,
 * may be shorter), long pieces as they are; none is empty.
 */
export declare function joinedPieces(pieces: Iterable<string>): Generator<string>;
/** The report a writer writes, as one text: for callers that want it whole (tests, the API, the editor). */
export declare function wholeReport(write: ReportWriter): Formatter;
