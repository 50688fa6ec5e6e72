/** A config file read: its text, checked for size and encoding, and parsed with the place of every key. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeText, findMergeConflict } from '../load/load-file.js';
import { toPosix } from '../load/discover.js';
import { SourceText } from '../load/source.js';
import { YamlSyntaxError, parseYaml, type YamlNode } from '../load/yaml.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

/** A config file as written: its text and its YAML tree (null for an empty file). */
export interface ConfigDocument {
  /** Absolute. */
  readonly file: string;
  readonly source: SourceText;
  readonly root: YamlNode | null;
}

/** How a config file is named in messages: relative to the working directory, `/` separators. */
export function shownPath(file: string, cwd: string): string {
  return toPosix(path.relative(cwd, file)) || file;
}

/** `text`: the file's text where an editor holds it unsaved, read in place of the disk's. */
export function readConfigDocument(file: string, cwd: string, text?: string): ConfigDocument {
  const shown = shownPath(file, cwd);
  const source = text === undefined ? readConfigText(file, shown) : new SourceText(shown, text);
  return { file, source, root: parseConfigYaml(source) };
}

/**
 * A plugin's shareable config as a document: written as JSON (which is YAML), so its mistakes are shown at their
 * place in that text, named as the config extends it (`plugin:acme/recommended`). `key`: its place among configs.
 */
export function pluginConfigDocument(key: string, name: string, value: unknown): ConfigDocument {
  const source = new SourceText(name, `${JSON.stringify(value ?? {}, null, 2)}\n`);
  return { file: key, source, root: parseConfigYaml(source) };
}

function readConfigText(file: string, shown: string): SourceText {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  // A committed link to /dev/zero or a huge file must not hang the run or exhaust memory.
  if (!stats.isFile())
    throw new UsageError(
      `the config file "${shown}" is not a file (a folder, a named pipe or a device?); name a config file`,
    );
  if (stats.size > MAX_CONFIG_BYTES)
    throw new UsageError(
      `the config file "${shown}" is larger than 1 MiB, far more than any config needs; check that it is the config`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  const text = decodeText(bytes);
  if (typeof text !== 'string') throw new UsageError(`${shown}:${text.at.line}:${text.at.column}: ${text.problem}`);
  return new SourceText(shown, text);
}

function parseConfigYaml(source: SourceText): YamlNode | null {
  const conflict = findMergeConflict(source.text);
  if (conflict) throw new UsageError(located(source, conflict.offset, conflict.message));
  try {
    const documents = parseYaml(source.text);
    if (documents.length > 1) throw new UsageError(located(source, 0, 'the config must be a single YAML document'));
    return documents[0]?.contents ?? null;
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      throw new UsageError(located(source, error.offset, `YAML syntax error: ${error.message}`));
    throw error;
  }
}

/** `file:line:column: message`. */
export function located(source: SourceText, offset: number, message: string): string {
  const { line, column } = source.positionAt(offset);
  return `${source.path}:${line}:${column}: ${message}`;
}
