/**
 * The generated tables of docs/format.md, the guide for process authors: the keys of a process
 * and of a step from schemas/process.schema.json, and the rule catalogue from the rules' metadata.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable, renderRuleIndex, type AnyRuleMeta } from '../src/report/rule-doc.js';

export const FORMAT_GUIDE = 'docs/format.md';

interface SchemaNode {
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly $ref?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

interface ProcessSchema extends SchemaNode {
  readonly $defs: Readonly<Record<string, SchemaNode>>;
}

/** Each block of the guide, by the name of its markers (`<!-- NAME:start -->`). */
export function formatGuideBlocks(root: string, rules: readonly AnyRuleMeta[]): Map<string, string> {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas/process.schema.json'), 'utf8')) as ProcessSchema;
  const step = schema.$defs.step!;
  return new Map([
    ['format:process-keys', keyTable(schema, schema, ['key', 'required', 'what it says'])],
    ['format:step-keys', keyTable(schema, step, ['key', 'required', 'what it says'])],
    ['format:rules', renderRuleIndex(rules, (id) => `rules/${id}.md`)],
  ]);
}

function keyTable(schema: ProcessSchema, node: SchemaNode, head: readonly string[]): string {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {}).map(([key, property]) => [
    `\`${key}\``,
    required.has(key) ? 'yes' : 'no',
    describe(schema, property),
  ]);
  return `${markdownTable(head, rows)}\n`;
}

/** The key's description, and its values when it takes one of a list. */
function describe(schema: ProcessSchema, property: SchemaNode): string {
  const values = property.enum ?? resolve(schema, property.$ref)?.enum;
  const text = property.description ?? resolve(schema, property.$ref)?.description ?? '';
  if (!values || values.every((value) => text.includes(value))) return text;
  return `${text} Values: ${values.map((value) => `\`${value}\``).join(', ')}.`;
}

function resolve(schema: ProcessSchema, ref: string | undefined): SchemaNode | undefined {
  return ref?.startsWith('#/$defs/') ? schema.$defs[ref.slice('#/$defs/'.length)] : undefined;
}
