/** One file on disk to its documents: each one a process, or the complaints that make it invalid. */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Process } from '../model/process.js';
import { buildProcess } from './build-process.js';
import type { Complaint, OffsetComplaint } from './complaint.js';
import { START_OF_FILE, type Position } from '../position.js';
import { SourceText, printable } from './source.js';
import { validateProcess } from './validate.js';
import { DuplicateKeyError, YamlSyntaxError, parseYaml, type YamlMap, type YamlNode } from './yaml.js';

export type LoadedDocument =
  | { readonly kind: 'process'; readonly process: Process }
  | { readonly kind: 'invalid'; readonly complaints: readonly Complaint[] };

export interface LoadedFile {
  /** Relative to the working directory, `/` separators. */
  readonly path: string;
  readonly documents: readonly LoadedDocument[];
}

export interface LoadLimits {
  /** Files larger than this are not parsed. */
  readonly maxFileBytes: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxFileBytes: 16 * 1024 * 1024 };

/** Far beyond any real process; a million steps would take minutes and gigabytes to validate and audit. */
export const MAX_STEPS_PER_PROCESS = 200_000;

/** `ruleIds`, here and below: the rules of the registry the audit runs, which waivers may name. */
export async function loadProcessFile(
  absolutePath: string,
  path: string,
  ruleIds: readonly string[],
  limits = DEFAULT_LOAD_LIMITS,
): Promise<LoadedFile> {
  const read = readProcessBytes(absolutePath, path, limits);
  return read instanceof Uint8Array ? loadProcessBytes(path, read, ruleIds) : read;
}

/**
 * A file's bytes; or, when it is too large or cannot be read, the invalid file it is reported as.
 * Synchronous: for thousands of small files it is ten times faster than the promise API (docs/performance.md).
 */
export function readProcessBytes(
  absolutePath: string,
  path: string,
  limits = DEFAULT_LOAD_LIMITS,
): Uint8Array | LoadedFile {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, 'r');
    const { size } = fstatSync(fd);
    if (size > limits.maxFileBytes) {
      return invalidFile(
        path,
        `the file is ${formatMiB(size)}, larger than the ${formatMiB(limits.maxFileBytes)} limit for one process file; split it, or raise the limit with --max-file-size`,
      );
    }
    return readFileSync(fd);
  } catch (error) {
    return invalidFile(path, `the file could not be read (${describeReadError(error, absolutePath)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Decodes, parses and validates a file's bytes; never throws for bad input. */
export function loadProcessBytes(path: string, bytes: Uint8Array, ruleIds: readonly string[]): LoadedFile {
  const decoded = decodeText(bytes);
  return typeof decoded === 'string'
    ? loadProcessText(path, decoded, ruleIds)
    : invalidFile(path, decoded.problem, decoded.at);
}

function invalidFile(path: string, message: string, at = START_OF_FILE): LoadedFile {
  return { path, documents: [{ kind: 'invalid', complaints: [{ message, at }] }] };
}

/** Git's conflict markers, at the start of a line. */
const CONFLICT_MARKER = /^(<{7}|>{7}|={7})(?: |$)/m;

/** The first git conflict marker, as a complaint: such a file is half of two versions, whatever it parses as. */
export function findMergeConflict(text: string): OffsetComplaint | undefined {
  const conflict = CONFLICT_MARKER.exec(text);
  if (!conflict) return undefined;
  return {
    message: `the file has an unresolved merge conflict (a "${conflict[1]}" line); resolve the conflict, then audit again`,
    offset: conflict.index,
  };
}

/** A folder discovery could not enter: reported like a file that cannot be read, so the audit cannot pass silently. */
export function unreadableFolder(folder: { readonly path: string }): LoadedFile {
  const message = hasInvalidUtf8Name(folder.path)
    ? `the folder could not be read (${NOT_UTF8}), so its process files were not audited`
    : `the folder could not be read (permission denied), so its process files were not audited; let gapcheck read it, or list it under "ignore" in the config`;
  return invalidFile(`${folder.path}/`, message);
}

/** Parses and validates a file's text; never throws for bad input. */
export function loadProcessText(path: string, text: string, ruleIds: readonly string[]): LoadedFile {
  const source = new SourceText(path, text);
  const complaintAt = (message: string, offset: number): Complaint => ({ message, at: source.toEndOfLine(offset) });
  const conflict = findMergeConflict(text);
  if (conflict)
    return { path, documents: [{ kind: 'invalid', complaints: [complaintAt(conflict.message, conflict.offset)] }] };
  let documents;
  try {
    documents = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const complaint = complaintAt(describeYamlError(error, source), error.offset);
    return { path, documents: [{ kind: 'invalid', complaints: [complaint] }] };
  }
  if (documents.length === 0) {
    const message =
      'the file holds no process: it is empty or only comments; write a process (see `gapcheck init`) or delete the file';
    return { path, documents: [{ kind: 'invalid', complaints: [{ message, at: START_OF_FILE }] }] };
  }
  return {
    path,
    documents: documents.map((document): LoadedDocument => {
      const tooMany = tooManySteps(document.contents);
      if (tooMany) return { kind: 'invalid', complaints: [complaintAt(tooMany.message, tooMany.offset)] };
      const complaints = validateProcess(document.contents, ruleIds);
      if (complaints.length > 0) {
        return { kind: 'invalid', complaints: complaints.map((c) => complaintAt(c.message, c.offset)) };
      }
      return { kind: 'process', process: buildProcess(document.contents as YamlMap, source) };
    }),
  };
}

function tooManySteps(root: YamlNode): OffsetComplaint | undefined {
  const steps = root.kind === 'map' ? root.entries.get('steps') : undefined;
  if (steps?.value.kind !== 'map' || steps.value.entries.size <= MAX_STEPS_PER_PROCESS) return undefined;
  const count = (n: number): string => n.toLocaleString('en');
  return {
    message: `the process has ${count(steps.value.entries.size)} steps, more than the ${count(MAX_STEPS_PER_PROCESS)} gapcheck audits in one process; split it into smaller processes`,
    offset: steps.keyOffset,
  };
}

function describeYamlError(error: YamlSyntaxError, source: SourceText): string {
  if (error instanceof DuplicateKeyError) {
    const first = source.positionAt(error.firstOffset);
    return `the key "${printable(error.key)}" is written twice in the same mapping (first at line ${first.line}); keep one`;
  }
  return `YAML syntax error: ${error.message}`;
}

export type Decoded = string | { readonly problem: string; readonly at: Position };

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
] as const;

/** UTF-8 text without a byte-order mark; binary or mis-encoded files are refused with a reason and the place. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (UTF16_BOMS.some(([first, second]) => bytes[0] === first && bytes[1] === second)) {
    return { problem: 'the file is UTF-16 text; save it as UTF-8', at: START_OF_FILE };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: 'the file is binary, not text: it holds a NUL byte here; only YAML text files can be processes',
      at: positionOfByte(bytes, nul),
    };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = positionOfByte(bytes, firstInvalidUtf8Byte(bytes));
    return {
      problem: 'the file is not UTF-8 text from here on (is it saved as Latin-1 or Windows-1252?); save it as UTF-8',
      at,
    };
  }
}

/** Where lenient decoding first put a replacement character that the file does not spell out (EF BF BD). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let byte = 0;
  for (const character of text) {
    const written = bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd;
    if (character === '\uFFFD' && !written) return byte;
    const codePoint = character.codePointAt(0)!;
    byte += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return byte;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return new SourceText('', before).positionAt(before.length);
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Node reads a file name that is not valid UTF-8 with U+FFFD in place of each bad byte, and that name names
 * no file: without this, such a file would be said to no longer exist, such a folder to be closed to us.
 */
function hasInvalidUtf8Name(path: string): boolean {
  return path.includes('\uFFFD') && !existsSync(path);
}

const NOT_UTF8 = 'its name is not valid UTF-8, so it cannot be opened by name; rename it';

function describeReadError(error: unknown, absolutePath: string): string {
  const notUtf8 = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && hasInvalidUtf8Name(absolutePath);
  return notUtf8 ? NOT_UTF8 : describeFsError(error);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it no longer exists';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'a symbolic link loop';
    default:
      return code ?? String(error);
  }
}
