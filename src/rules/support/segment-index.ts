/**
 * docs/rules/cascade.md: the segments gaps are met along (their witness paths), and exact comparison of
 * their parts in O(1). Witness paths that go on along one shared path (a `StepPath`'s rest) share it
 * here too: each piece is read and indexed once, so thousands of witness paths down one flow cost the
 * flow once, not once each.
 */
import type { StepPath } from '../../model/step-path.js';
import { numberTree } from './journey-tree.js';

/** A witness path read piece by piece: its own steps, then each path it goes on along. */
export class Segment {
  readonly length: number;
  /** The pieces that hold steps, in order, and the position each starts at. */
  readonly pieces: readonly StepPath[];
  readonly starts: readonly number[];

  constructor(readonly path: StepPath) {
    const pieces: StepPath[] = [];
    const starts: number[] = [];
    let at = 0;
    for (let piece: StepPath | undefined = path; piece; piece = piece.rest) {
      if (piece.own.length === 0) continue;
      pieces.push(piece);
      starts.push(at);
      at += piece.own.length;
    }
    this.pieces = pieces;
    this.starts = starts;
    this.length = path.length;
  }

  /** The piece that holds position `at` (a binary search: a path down a long flow has hundreds). */
  pieceAt(at: number): number {
    let [low, high] = [0, this.pieces.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** A piece starts at position `at`. */
  startsPiece(at: number): boolean {
    return this.starts[this.pieceAt(at)] === at;
  }

  stepAt(at: number): number {
    const piece = this.pieceAt(at);
    return this.pieces[piece]!.own[at - this.starts[piece]!]!;
  }
}

/**
 * A trie of the segments read backwards, whose nodes are the segments' tails (the node of segment g
 * at position j stands for g from j on), and its failure links (Aho-Corasick): tail X is a prefix of
 * tail Y exactly when X is an ancestor of Y in the tree of failure links, which a numbering of that
 * tree answers. Equal tails are one node, so a tail's node names it.
 */
export class SegmentIndex {
  private readonly tailsOfPiece = new Map<StepPath, Int32Array>();
  /** Per segment, per piece: the node of each of its positions. */
  private readonly tails: (readonly Int32Array[])[];
  private readonly enter: Int32Array;
  private readonly exit: Int32Array;

  constructor(private readonly segments: readonly Segment[]) {
    const trie = new ReversedTrie();
    this.tails = segments.map(({ pieces }) => {
      const tails = new Array<Int32Array>(pieces.length);
      for (let piece = pieces.length - 1; piece >= 0; piece--) {
        let known = this.tailsOfPiece.get(pieces[piece]!);
        if (known === undefined) {
          known = trie.add(pieces[piece]!.own, piece + 1 < pieces.length ? tails[piece + 1]![0]! : 0);
          this.tailsOfPiece.set(pieces[piece]!, known);
        }
        tails[piece] = known;
      }
      return tails;
    });
    ({ enter: this.enter, exit: this.exit } = numberTree(trie.failureLinks()));
  }

  /** The node of segment `gap` from position `at` on: equal for equal tails, whatever the segment. */
  tailAt(gap: number, at: number): number {
    const segment = this.segments[gap]!;
    const piece = segment.pieceAt(at);
    return this.tails[gap]![piece]![at - segment.starts[piece]!]!;
  }

  /** Segment `inner` occurs in a piece of a segment, from the piece's position `at`. */
  occursInPiece(inner: number, piece: StepPath, at: number): boolean {
    return this.isPrefix(this.tailAt(inner, 0), this.tailsOfPiece.get(piece)![at]!);
  }

  /** Segment `gap` from position `at` on is a prefix of segment `next`. */
  continuesInto(gap: number, at: number, next: number): boolean {
    return this.isPrefix(this.tailAt(gap, at), this.tailAt(next, 0));
  }

  same(a: number, b: number): boolean {
    return this.tailAt(a, 0) === this.tailAt(b, 0);
  }

  /** Tail `x` is a prefix of tail `y`. */
  private isPrefix(x: number, y: number): boolean {
    return this.enter[x]! <= this.enter[y]! && this.exit[y]! <= this.exit[x]!;
  }
}

/** Sequences read from their last step to their first into one trie; node 0 the empty tail. */
class ReversedTrie {
  private readonly child = new PairMap();
  private readonly parent: number[] = [-1];
  private readonly symbol: number[] = [-1];
  private readonly depth: number[] = [0];

  /** The nodes of `steps` followed by the tail `then`, position by position. */
  add(steps: readonly number[], then: number): Int32Array {
    const tails = new Int32Array(steps.length);
    let node = then;
    for (let at = steps.length - 1; at >= 0; at--) {
      let next = this.child.get(node, steps[at]!);
      if (next === -1) {
        next = this.parent.length;
        this.child.set(node, steps[at]!, next);
        this.parent.push(node);
        this.symbol.push(steps[at]!);
        this.depth.push(this.depth[node]! + 1);
      }
      tails[at] = node = next;
    }
    return tails;
  }

  /** Aho-Corasick failure links, nodes taken by depth: O(the trie's size). */
  failureLinks(): Int32Array {
    const { parent, symbol, child } = this;
    const fail = new Int32Array(parent.length);
    for (const node of this.sortedByDepth()) {
      const up = parent[node]!;
      if (up <= 0) continue;
      let candidate = fail[up]!;
      let found = child.get(candidate, symbol[node]!);
      while (found === -1 && candidate !== 0) {
        candidate = fail[candidate]!;
        found = child.get(candidate, symbol[node]!);
      }
      fail[node] = Math.max(found, 0);
    }
    return fail;
  }

  /** Node numbers by depth, shallowest first (a counting sort). */
  private sortedByDepth(): Int32Array {
    const { depth } = this;
    const first = new Int32Array(depth.reduce((deepest, d) => Math.max(deepest, d), 0) + 2);
    for (const d of depth) first[d + 1]!++;
    for (let d = 1; d < first.length; d++) first[d]! += first[d - 1]!;
    const sorted = new Int32Array(depth.length);
    depth.forEach((d, node) => (sorted[first[d]!++] = node));
    return sorted;
  }
}

/**
 * A trie's edges: (node, step) to child, by open addressing on typed arrays. A `Map` keyed by
 * node × steps + step costs a boxed number per key once tries pass 2^31 / steps nodes.
 */
class PairMap {
  // Small at first: a process of thirty steps has a trie of a few dozen edges, and ten thousand of them are audited in a run.
  private nodes = new Int32Array(64);
  private steps = new Int32Array(64);
  private values = new Int32Array(64).fill(-1);
  private size = 0;

  /** The child, or -1. */
  get(node: number, step: number): number {
    return this.values[this.slotOf(node, step)]!;
  }

  set(node: number, step: number, value: number): void {
    if (2 * (this.size + 1) > this.values.length) this.grow();
    const slot = this.slotOf(node, step);
    if (this.values[slot] === -1) this.size++;
    this.nodes[slot] = node;
    this.steps[slot] = step;
    this.values[slot] = value;
  }

  private slotOf(node: number, step: number): number {
    const mask = this.values.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(step + 1, 0x85ebca6b)) & mask;
    while (this.values[slot] !== -1 && (this.nodes[slot] !== node || this.steps[slot] !== step))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { nodes, steps, values } = this;
    this.nodes = new Int32Array(values.length * 2);
    this.steps = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    this.size = 0;
    values.forEach((value, slot) => {
      if (value !== -1) this.set(nodes[slot]!, steps[slot]!, value);
    });
  }
}
