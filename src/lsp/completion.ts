/**
 * Completion from the text around the cursor, which is rarely a valid process while it is typed: the key whose
 * value is being written decides what is offered (step ids, role ids, an enum's values, rule ids, process ids).
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { PRESETS } from '../config/settings.js';
import { YamlSyntaxError, parseYaml, type YamlMap } from '../load/yaml.js';
import {
  BECAUSE,
  BUILT_IN_ACTORS,
  CHANNELS,
  INTENTS,
  OUTCOMES,
  REMEDIES,
  STEP_TYPES,
  TRAINING_COVERS,
} from '../model/process.js';
import { SEVERITIES } from '../model/severity.js';

/** What a key's value may be, in a process file. */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  type: STEP_TYPES,
  intent: INTENTS,
  channel: CHANNELS,
  remedy: REMEDIES,
  can: REMEDIES,
  outcome: OUTCOMES,
  because: BECAUSE,
  covers: TRAINING_COVERS,
};
const STEP_KEYS: ReadonlySet<string> = new Set(['start', 'next', 'fulfils', 'verifies', 'step']);
const ROLE_KEYS: ReadonlySet<string> = new Set(['actor', 'owner']);

export interface CompletionSource {
  readonly text: string;
  /** 0-based. */
  readonly line: number;
  readonly character: number;
  readonly isConfig: boolean;
  /** The process ids of the workspace folder, for `emergencies`. */
  readonly processIds: () => Iterable<string>;
  /** The ids of the rules the folder's config was read against, for waivers and the config. */
  readonly ruleIds: readonly string[];
}

export function complete(source: CompletionSource): CompletionItem[] {
  const lines = source.text.split('\n');
  const before = lines[source.line]?.slice(0, source.character) ?? '';
  const key = keyBeingValued(before, lines, source.line);
  if (key === undefined) return [];
  const values = source.isConfig ? configValues(key, source) : processValues(key, before, source);
  return values.map(([label, kind]) => ({ label, kind }));
}

type Candidate = readonly [string, CompletionItemKind];

function processValues(key: string, before: string, source: CompletionSource): Candidate[] {
  // `to:` in an edge of `next` names a step; `to:` of an `escalate` step names a role.
  const inEdge = key === 'to' && /(?:^\s*-\s*|[{,]\s*)to:\s*[\w-]*$/.test(before);
  if (STEP_KEYS.has(key) || inEdge) return namesIn(source, 'steps').map((id) => [id, CompletionItemKind.Reference]);
  if (ROLE_KEYS.has(key) || key === 'to')
    return [...namesIn(source, 'roles'), ...BUILT_IN_ACTORS].map((id) => [id, CompletionItemKind.Reference]);
  if (key === 'emergencies') return [...new Set(source.processIds())].map((id) => [id, CompletionItemKind.Module]);
  if (key === 'rule') return ruleIds(source);
  return (ENUMS[key] ?? []).map((value) => [value, CompletionItemKind.EnumMember]);
}

function configValues(key: string, source: CompletionSource): Candidate[] {
  if (key === 'rules') return ruleIds(source);
  if (key === 'extends') return PRESETS.map((preset) => [preset, CompletionItemKind.EnumMember]);
  if (key === 'severity' || source.ruleIds.includes(key))
    return [...SEVERITIES, 'off'].map((level) => [level, CompletionItemKind.EnumMember]);
  return [];
}

function ruleIds(source: CompletionSource): Candidate[] {
  return source.ruleIds.map((id) => [id, CompletionItemKind.Value]);
}

/**
 * The key whose value the cursor is in: `key: va|`, `key: [a, b|`, `{ key: v|`, or a list item (or a new
 * key of a mapping) under `key:` on an earlier, less indented line.
 */
function keyBeingValued(before: string, lines: readonly string[], line: number): string | undefined {
  const inline = /(?:^|[\s{,])([\w-]+):\s+(?:\[(?:\s*[\w-]+\s*,)*\s*)?[\w-]*$/.exec(before);
  if (inline) return inline[1];
  const item = /^(\s*)(?:-\s+)?[\w-]*$/.exec(before);
  if (!item) return undefined;
  const indent = item[1]!.length;
  for (let above = line - 1; above >= 0; above--) {
    const parent = /^(\s*)(?:-\s+)?([\w-]+):\s*(?:#.*)?$/.exec(lines[above]!);
    if (parent && parent[1]!.length < indent) return parent[2];
    if (/^\S/.test(lines[above]!) && !parent) return undefined;
  }
  return undefined;
}

/** The step or role ids of the process the cursor is in, when the file is YAML (valid as a process or not). */
function namesIn(source: CompletionSource, section: 'steps' | 'roles'): string[] {
  let documents;
  try {
    documents = parseYaml(source.text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return [];
    throw error;
  }
  const offset =
    source.text
      .split('\n')
      .slice(0, source.line)
      .reduce((sum, text) => sum + text.length + 1, 0) + source.character;
  const document = documents.filter((d) => d.contents.offset <= offset).at(-1) ?? documents[0];
  const root = document?.contents;
  const names = root?.kind === 'map' ? root.entries.get(section)?.value : undefined;
  return names?.kind === 'map' ? [...(names as YamlMap).entries.keys()].filter((id) => !id.startsWith('x-')) : [];
}
