/**
 * The names a process file defines and uses: each step, role and process id, where it is written, and whether
 * it is the definition or a use. Navigation, rename, hover and completion all read a file through this index.
 */
import type { LoadedFile } from '../load/load-file.js';
import type { Process, Ref } from '../model/process.js';
import type { Point, Position, Range } from '../position.js';

export type NameKind = 'step' | 'role' | 'process';

export interface Occurrence {
  readonly kind: NameKind;
  readonly id: string;
  readonly at: Position;
  /** The step, role or process itself (its key, or `process:`'s value), not a use of it. */
  readonly definition: boolean;
  /** The process it is written in. */
  readonly process: Process;
}

/** Every occurrence of a name in a file's valid processes, in no particular order. */
export function occurrencesIn(file: LoadedFile): Occurrence[] {
  return file.documents.flatMap((document) => (document.kind === 'process' ? occurrencesOf(document.process) : []));
}

function occurrencesOf(process: Process): Occurrence[] {
  const found: Occurrence[] = [];
  const add = (kind: NameKind, definition: boolean) => (ref: Ref | undefined) => {
    if (ref) found.push({ kind, id: ref.id, at: ref.at, definition, process });
  };
  add('process', true)({ id: process.id, at: process.at });
  add('process', false)(process.emergencies);
  add('role', false)(process.owner);
  for (const role of process.roles.values()) add('role', true)(role);
  process.start.forEach(add('step', false));
  for (const step of process.steps) {
    add('step', true)(step);
    step.next.forEach((edge) => add('step', false)(edge.to));
    [step.fulfils, step.verifies].forEach(add('step', false));
    [step.actor, step.owner, step.to].forEach(add('role', false));
  }
  process.waivers.forEach((waiver) => add('step', false)(waiver.step));
  return found;
}

/** The occurrence under the cursor (1-based point; a cursor just after a name is on it). */
export function occurrenceAt(occurrences: readonly Occurrence[], point: Point): Occurrence | undefined {
  return occurrences.find(({ at }) => contains(spanOf(at), point));
}

/** Where what is written at `at` starts and ends; where the loader knew no end, the point where it starts. */
export function spanOf(at: Position): Range {
  return { start: at, end: at.end ?? at };
}

export function contains({ start, end }: Range, point: Point): boolean {
  const afterStart = point.line > start.line || (point.line === start.line && point.column >= start.column);
  const beforeEnd = point.line < end.line || (point.line === end.line && point.column <= end.column);
  return afterStart && beforeEnd;
}

/** Whether two occurrences name the same thing: the same step or role of one process, or the same process id. */
export function sameName(a: Occurrence, b: Occurrence): boolean {
  return a.kind === b.kind && a.id === b.id && (a.kind === 'process' || a.process === b.process);
}
