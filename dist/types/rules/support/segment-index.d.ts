/**
 * docs/rules/cascade.md: the segments gaps are met along (their witness paths), and exact comparison of
 * their parts in O(1). Witness paths that go on along one shared path (a `StepPath`'s rest) share it
 * here too: each piece is read and indexed once, so thousands of witness paths down one flow cost the
 * flow once, not once each.
 */
import type { StepPath } from '../../model/step-path.js';
/** A witness path read piece by piece: its own steps, then each path it goes on along. */
export declare class Segment {
    readonly path: StepPath;
    readonly length: number;
    /** The pieces that hold steps, in order, and the position each starts at. */
    readonly pieces: readonly StepPath[];
    readonly starts: readonly number[];
    constructor(path: StepPath);
    /** The piece that holds position `at` (a binary search: a path down a long flow has hundreds). */
    pieceAt(at: number): number;
    /** A piece starts at position `at`. */
    startsPiece(at: number): boolean;
    stepAt(at: number): number;
}
/**
 * A trie of the segments read backwards, whose nodes are the segments' tails (the node of segment g
 * at position j stands for g from j on), and its failure links (Aho-Corasick): tail X is a prefix of
 * tail Y exactly when X is an ancestor of Y in the tree of failure links, which a numbering of that
 * tree answers. Equal tails are one node, so a tail's node names it.
 */
export declare class SegmentIndex {
    private readonly segments;
    private readonly tailsOfPiece;
    /** Per segment, per piece: the node of each of its positions. */
    private readonly tails;
    private readonly enter;
    private readonly exit;
    constructor(segments: readonly Segment[]);
    /** The node of segment `gap` from position `at` on: equal for equal tails, whatever the segment. */
    tailAt(gap: number, at: number): number;
    /** Segment `inner` occurs in a piece of a segment, from the piece's position `at`. */
    occursInPiece(inner: number, piece: StepPath, at: number): boolean;
    /** Segment `gap` from position `at` on is a prefix of segment `next`. */
    continuesInto(gap: number, at: number, next: number): boolean;
    same(a: number, b: number): boolean;
    /** Tail `x` is a prefix of tail `y`. */
    private isPrefix;
}
