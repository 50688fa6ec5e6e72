/** A gap's place as a range, for formats and editors that underline: SARIF regions, an editor's diagnostics. */
import type { Range } from '../position.js';
import type { Gap } from '../rules/types.js';
/** From the gap's line and column to its end; where the loader knew no end, the point where it starts. */
export declare function gapRange(gap: Gap): Range;
