/** What makes a file invalid, in plain words, and where: every check of load/ reports its findings so. */
import type { Position } from '../position.js';
/** A complaint placed in its file: what `invalid-process` reports, and a config's usage error names. */
export interface Complaint {
    readonly message: string;
    readonly at: Position;
}
/** A complaint at an offset into the text, as the checks find it, before the file's text places it at a line and column. */
export interface OffsetComplaint {
    readonly message: string;
    readonly offset: number;
}
