/**
 * A path of steps (by index) that may share its rest with other paths: its own first steps, then
 * another path. Thousands of witness paths down one shared flow each hold their own few steps and
 * the flow once; a report reads only the ends it keeps (`slice`).
 */
export class StepPath {
  private constructor(
    /** Its own first steps. */
    readonly own: readonly number[],
    /** The path it goes on along, shared with the other paths that do. */
    readonly rest: StepPath | undefined,
    readonly length: number,
  ) {}

  static of(steps: readonly number[]): StepPath {
    return new StepPath(steps, undefined, steps.length);
  }

  /** `steps`, then `rest`: `rest` is shared, not copied. */
  static join(steps: readonly number[], rest: StepPath): StepPath {
    return new StepPath(steps, rest, steps.length + rest.length);
  }

  /** The path without its first `start` steps, sharing its rest. */
  from(start: number): StepPath {
    if (start === 0) return this;
    if (this.rest === undefined || start < this.own.length)
      return new StepPath(this.own.slice(start), this.rest, this.length - start);
    return this.rest.from(start - this.own.length);
  }

  /** The steps from `start` up to `end` (not included), read across the shared parts. */
  slice(start = 0, end = this.length): number[] {
    return readSteps(this, start, end, (step) => step);
  }

  /** `slice`, each step read through `read` (to its id, say), into one array. */
  sliceAs<T>(start: number, end: number, read: (step: number) => T): T[] {
    return readSteps(this, start, end, read);
  }
}

/** Piece by piece, not piece within piece: the last steps of a path of thousands of pieces are read in one pass. */
function readSteps<T>(path: StepPath, start: number, end: number, read: (step: number) => T): T[] {
  const steps: T[] = [];
  for (let piece: StepPath | undefined = path, offset = 0; piece !== undefined && offset < end; piece = piece.rest) {
    const { own } = piece;
    for (let at = Math.max(start - offset, 0); at < Math.min(end - offset, own.length); at++)
      steps.push(read(own[at]!));
    offset += own.length;
  }
  return steps;
}

/** Whether a witness path is given as step ids (an array), not as a StepPath. */
export function isStepIds(path: readonly string[] | StepPath): path is readonly string[] {
  return Array.isArray(path);
}
