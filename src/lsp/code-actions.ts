/**
 * Quick fixes: waive a gap, remove a waiver that waives nothing or has expired, take a "did you mean".
 * The file is read with the `yaml` package's document API (YAML 1.2, with every node's place in the text), and
 * each fix is the smallest text edit there: one insertion, one deletion or one replacement, so the file's
 * comments, order and formatting stay as they were.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, parseAllDocuments, type Pair, type YAMLSeq } from 'yaml';
import { SOURCE, type GapData } from './diagnostics.js';

/** The command that selects a range of a file for typing over (the new waiver's reason). */
export const SELECT_COMMAND = 'gapcheck.select';

/** How long a waiver added by the quick fix lasts, in days. */
export const WAIVER_DAYS = 90;

export const REASON_PLACEHOLDER = 'say why this gap is accepted';

const DID_YOU_MEAN = / — did you mean "([^"]+)"\?/;

export function codeActions(document: TextDocument, diagnostics: readonly Diagnostic[], today: string): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== SOURCE || diagnostic.data === undefined) return [];
    const gap = diagnostic.data as GapData;
    const actions: CodeAction[] = [];
    const meant = didYouMeanFix(document, diagnostic, gap.rule);
    if (meant) actions.push(meant);
    if (gap.rule === 'unused-waiver' || gap.rule === 'expired-waiver') {
      const removal = removeWaiver(document.getText(), document.offsetAt(diagnostic.range.start));
      if (removal) actions.push(action(`Remove this waiver (${gap.rule})`, document, diagnostic, removal, true));
    } else if (gap.process !== null) {
      const waiver = addWaiver(
        document.getText(),
        document.offsetAt(diagnostic.range.start),
        gap,
        addDays(today, WAIVER_DAYS),
      );
      if (waiver) {
        const waive = action(
          `Waive ${gap.rule}${gap.step ? ` at "${gap.step}"` : ''} for ${WAIVER_DAYS} days`,
          document,
          diagnostic,
          waiver.edit,
          false,
        );
        waive.command = {
          title: 'Write the reason',
          command: SELECT_COMMAND,
          arguments: [document.uri, waiver.reason],
        };
        actions.push(waive);
      }
    }
    return actions;
  });
}

function action(
  title: string,
  document: TextDocument,
  diagnostic: Diagnostic,
  edit: TextEdit,
  preferred: boolean,
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [document.uri]: [edit] } },
  };
}

/**
 * The name a message guesses (`— did you mean "x"?`), written in place of the misspelt one at the start of the
 * gap's range: the key or value the loader complains of (its first complaint, when it has several), or a
 * reference the message quotes as written.
 */
function didYouMeanFix(document: TextDocument, diagnostic: Diagnostic, rule: string): CodeAction | undefined {
  const message = String(diagnostic.message);
  const meant = DID_YOU_MEAN.exec(rule === 'invalid-process' ? firstComplaint(message) : message)?.[1];
  if (meant === undefined) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const written = /^[^\s:,\]}#]+/.exec(document.getText().slice(start))?.[0];
  if (written === undefined || (rule !== 'invalid-process' && !message.includes(`"${written}"`))) return undefined;
  const range = { start: diagnostic.range.start, end: document.positionAt(start + written.length) };
  return action(`Change "${written}" to "${meant}"`, document, diagnostic, { range, newText: meant }, true);
}

/** The first of an `invalid-process` gap's complaints (`N problems: first (line L, column C); second …`): the one at its range. */
function firstComplaint(message: string): string {
  return /^\d+ problems: (.*?) \(line \d+, column \d+\)/.exec(message)?.[1] ?? message;
}

/** The YAML document of a multi-document file that holds `offset`, with its text's mapping at the top. */
function documentAt(text: string, offset: number) {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return undefined;
  const document = documents.find((d) => d.range[0] <= offset && offset <= d.range[2]) ?? documents[0];
  return document && document.errors.length === 0 && isMap(document.contents) ? document.contents : undefined;
}

/**
 * A waiver of the gap's rule (at its step, when it has one), with a reason to write and an expiry: appended to
 * `waivers`, or in a new `waivers` at the end of the process. `reason`: where the placeholder reason will be.
 */
export function addWaiver(
  text: string,
  offset: number,
  gap: Pick<GapData, 'rule' | 'step'>,
  expires: string,
): { edit: TextEdit; reason: Range } | undefined {
  const root = documentAt(text, offset);
  if (!root) return undefined;
  const fields: [string, string][] = [
    ['rule', gap.rule],
    ...(gap.step ? [['step', gap.step] as [string, string]] : []),
    ['reason', REASON_PLACEHOLDER],
    ['expires', expires],
  ];
  const waivers = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'waivers') as
    Pair<unknown, unknown> | undefined;
  let at: number;
  let inserted: string;
  if (waivers === undefined && root.flow) {
    // A process written as one flow mapping (`{ process: …, steps: … }`): the waivers follow its last entry.
    at = lastWritten(text, text.lastIndexOf('}', root.range[1] - 1)) + 1;
    inserted = `, waivers: [${flowItem(fields)}]`;
  } else if (waivers === undefined) {
    at = lineEnd(text, lastWritten(text, root.range[1]));
    inserted = `\nwaivers:\n${blockItem('  ', fields)}`;
  } else if (isSeq(waivers.value) && waivers.value.flow) {
    const seq = waivers.value as YAMLSeq;
    at = text.lastIndexOf(']', seq.range![1] - 1);
    inserted = `${seq.items.length > 0 ? ', ' : ''}${flowItem(fields)}`;
  } else if (isSeq(waivers.value) && waivers.value.items.length > 0) {
    const last = waivers.value.items.at(-1) as { range: [number, number, number] };
    const dash = text.lastIndexOf('-', last.range[0]);
    at = lineEnd(text, lastWritten(text, last.range[1]));
    inserted = `\n${blockItem(text.slice(lineStart(text, dash), dash), fields)}`;
  } else {
    return undefined;
  }
  const reasonOffset = at + inserted.indexOf(REASON_PLACEHOLDER);
  const after = text.slice(0, at) + inserted;
  return {
    edit: { range: { start: positionIn(text, at), end: positionIn(text, at) }, newText: inserted },
    reason: {
      start: positionIn(after, reasonOffset),
      end: positionIn(after, reasonOffset + REASON_PLACEHOLDER.length),
    },
  };
}

function flowItem(fields: readonly [string, string][]): string {
  return `{ ${fields.map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
}

function blockItem(indent: string, fields: readonly [string, string][]): string {
  return fields.map(([key, value], index) => `${indent}${index === 0 ? '- ' : '  '}${key}: ${value}`).join('\n');
}

/**
 * The waiver written at `offset` removed. In a block list, its lines; in a flow list (`[{ … }, { … }]`), the
 * waiver and the comma (and what lies between) that joins it to the next one, or to the one before when it is
 * the last; when it is the only waiver, `waivers` with it, whole lines (in a process written as one flow
 * mapping, the waiver only: `waivers: []` stays).
 */
export function removeWaiver(text: string, offset: number): TextEdit | undefined {
  const root = documentAt(text, offset);
  const waivers = root?.items.find((pair) => isScalar(pair.key) && pair.key.value === 'waivers') as
    Pair<Ranged, unknown> | undefined;
  if (!waivers || !isSeq(waivers.value)) return undefined;
  const list = waivers.value as YAMLSeq<Ranged> & Ranged;
  const index = list.items.findIndex((node) => node.range[0] <= offset && offset <= node.range[1]);
  if (index === -1) return undefined;
  const [from, to] = removedSpan(text, waivers.key!, list, index, !root!.flow);
  return { range: { start: positionIn(text, from), end: positionIn(text, to) }, newText: '' };
}

/** `ownLines`: whether `waivers` is written on lines of its own (not inside a process written as one flow mapping). */
function removedSpan(
  text: string,
  key: Ranged,
  list: YAMLSeq<Ranged> & Ranged,
  index: number,
  ownLines: boolean,
): [number, number] {
  const items = list.items;
  const item = items[index]!;
  if (items.length === 1 && !ownLines) return [item.range[0], item.range[1]];
  if (items.length === 1) return wholeLines(text, key.range[0], list.flow ? list.range[1] : item.range[1]);
  if (!list.flow) return wholeLines(text, text.lastIndexOf('-', item.range[0]), item.range[1]);
  return index < items.length - 1
    ? [item.range[0], items[index + 1]!.range[0]]
    : [items[index - 1]!.range[1], item.range[1]];
}

/** A node with its place in the text: start, end of its value, end of the node (its trailing comment too). */
interface Ranged {
  readonly range: [number, number, number];
}

/** The lines from the one holding `start` to the one holding the last character written before `end`, whole. */
function wholeLines(text: string, start: number, end: number): [number, number] {
  return [lineStart(text, start), Math.min(text.length, lineEnd(text, lastWritten(text, end)) + 1)];
}

/** The last character written before `end`, not counting the spaces and line breaks a node's range may end with. */
function lastWritten(text: string, end: number): number {
  let last = end - 1;
  while (last > 0 && /\s/.test(text[last]!)) last--;
  return last;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends (its line break, or the end of the text), past any comment on it. */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function positionIn(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** `YYYY-MM-DD` plus some days, in UTC. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
