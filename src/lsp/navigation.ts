/**
 * Go to definition, find references, rename and the outline. A step or role is looked up in its process; a
 * process (`emergencies:`) in every process file of the workspace folder.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { LoadedFile } from '../load/load-file.js';
import { idProblem } from '../load/schema-problem.js';
import { BUILT_IN_ACTORS } from '../model/process.js';
import type { Position } from '../position.js';
import { rangeOf } from './diagnostics.js';
import { occurrencesIn, sameName, type Occurrence } from './symbols.js';
import type { WorkspaceFile } from './workspace.js';

/** An occurrence and the file it is written in. */
export interface Located {
  readonly file: WorkspaceFile;
  readonly occurrence: Occurrence;
}

/** The schema's `id` (schemas/process.schema.json): what a new step, role or process id must look like. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Every occurrence of what `target` names: in its own file for a step or role, in every file for a process. */
export function namesOf(target: Occurrence, own: WorkspaceFile, files: Iterable<WorkspaceFile>): Located[] {
  const searched = target.kind === 'process' ? [...files] : [own];
  return searched.flatMap((file) =>
    occurrencesIn(file.loaded).flatMap((occurrence) => (sameName(occurrence, target) ? [{ file, occurrence }] : [])),
  );
}

export function definitionsOf(target: Occurrence, own: WorkspaceFile, files: Iterable<WorkspaceFile>): Located[] {
  return namesOf(target, own, files).filter(({ occurrence }) => occurrence.definition);
}

/** Why `name` cannot be the new id of what `target` names; undefined when it can. */
export function renameProblem(target: Occurrence, name: string, files: Iterable<WorkspaceFile>): string | undefined {
  if (name.startsWith('x-'))
    return `"${name}" starts with "x-", which marks a free extension, not a ${target.kind}; choose another id`;
  if (!ID.test(name)) return `"${name}" ${idProblem(name)}`;
  if (name === target.id) return undefined;
  const taken =
    target.kind === 'step'
      ? target.process.steps.some((step) => step.id === name)
      : target.kind === 'role'
        ? target.process.roles.has(name) || (BUILT_IN_ACTORS as readonly string[]).includes(name)
        : [...files].some((file) => file.identities.some((identity) => identity?.id === name));
  return taken
    ? `"${name}" is already a ${target.kind} of ${target.kind === 'process' ? 'this workspace' : `process "${target.process.id}"`}; choose another id`
    : undefined;
}

/** The outline: each process, with its roles and steps. */
export function documentSymbols(file: LoadedFile): DocumentSymbol[] {
  return file.documents.flatMap((document): DocumentSymbol[] => {
    if (document.kind !== 'process') return [];
    const { process } = document;
    const roles = [...process.roles.values()].map((role) =>
      symbol(role.id, role.title ?? 'role', SymbolKind.Class, role.at),
    );
    const steps = process.steps.map((step) =>
      symbol(step.id, step.title ? `${step.type}: ${step.title}` : step.type, SymbolKind.Function, step.at),
    );
    const all = [process.at, ...[...process.roles.values()].map((r) => r.at), ...process.steps.map((s) => s.at)];
    return [
      {
        ...symbol(process.id, process.title, SymbolKind.Module, process.at),
        range: rangeOf(span(all)),
        children: [...roles, ...steps],
      },
    ];
  });
}

function symbol(name: string, detail: string, kind: SymbolKind, at: Position): DocumentSymbol {
  return { name, detail, kind, range: rangeOf(at), selectionRange: rangeOf(at) };
}

/** From the first of these places to the end of the last. */
function span(places: readonly Position[]): Position {
  const key = (p: { line: number; column: number }): number => p.line * 1e6 + p.column;
  const first = places.reduce((a, b) => (key(b) < key(a) ? b : a));
  const last = places.reduce((a, b) => (key(b.end ?? b) > key(a.end ?? a) ? b : a));
  return { line: first.line, column: first.column, end: last.end ?? last };
}
