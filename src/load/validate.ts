/**
 * Checks a process or config document against its JSON Schema and turns each
 * mistake into one complaint in plain words, pointing at the offending key or
 * value in the source. Also the checks a schema cannot express: real calendar
 * dates (as the `date` format) and known rule ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { AJV_OPTIONS, SCHEMA_FILES } from './ajv-options.js';
import type { OffsetComplaint } from './complaint.js';
import { RUNNING_FROM_SOURCES, packageFile } from '../package-files.js';
import { printable } from './source.js';
import { ID_RULE, exampleId, expectedTypes, pointerSegments, schemaProblem } from './schema-problem.js';
import { didYouMean } from './suggest.js';
import { missingSpaceAfterColon, toPlain } from './yaml.js';
import type { YamlNode } from './yaml.js';

/** `ruleIds`: the rules of the registry the audit runs, which waivers may name. */
export function validateProcess(root: YamlNode | null, ruleIds: readonly string[]): OffsetComplaint[] {
  return validate(root, PROCESS, ruleIds);
}

/** An empty config file is valid: every setting keeps its default. `ruleIds`: the rules it may set besides its own policies. */
export function validateConfig(root: YamlNode | null, ruleIds: readonly string[]): OffsetComplaint[] {
  return root === null ? [] : validate(root, CONFIG, [...ruleIds, ...policyIdsOf(root)]);
}

type SchemaObject = Readonly<Record<string, unknown>>;

/** A place in words (`step "call-back"`) and the thing there (`"takes"`), either may be absent. */
interface Where {
  readonly place: string;
  readonly subject?: string;
}

interface Dialect {
  /** Which schema: `schemas/<file>`, precompiled to `validators/<name>.js`. */
  readonly schema: keyof typeof SCHEMA_FILES;
  /** Names the document when the whole of it is wrong. */
  readonly documentName: string;
  /** What a value of a `$defs` entry must be, keyed `def/keyword` or `def`; the root is `''`. */
  readonly phrases: Readonly<Record<string, string>>;
  /** What the keys of the mapping at a path are called, keyed by the path joined with `/`. */
  readonly keyLabels: Readonly<Record<string, string>>;
  where(path: readonly string[]): Where;
  /** Checks the schema cannot express: the rule ids it names among `ruleIds`. */
  extraChecks(root: YamlNode, ruleIds: readonly string[]): OffsetComplaint[];
}

const PROCESS: Dialect = {
  schema: 'process',
  documentName: 'a process file',
  phrases: {
    '': 'must be a mapping of keys such as process, title, steps',
    step: 'must be a mapping of keys such as type, actor, next',
    role: 'must be a mapping of keys such as title, frontline, can',
    review: 'must be a mapping with last and every',
    training: 'must be a mapping with last, every and covers',
    waiver: 'must be a mapping with rule and reason',
    'steps/type': 'must map step ids to steps',
    'steps/minProperties': 'must list at least one step',
    roles: 'must map role ids to roles',
    'stepRefs/type': 'must name a step or list steps',
    'stepRefs/minItems': 'must name a step or list steps',
    'transitions/type': 'must name a step or list steps or transitions',
    'transitions/minItems': 'must name a step or list steps or transitions',
    'transition/type': 'must name a step or be a mapping with "to"',
    'id/type': 'must be an id like receive-call',
    duration: 'must be a duration like 90s, 2m, 4h',
    'date/type': 'must be a date like 2026-09-01',
    'date/pattern': 'must be a date like 2026-09-01',
  },
  keyLabels: { steps: 'step id', roles: 'role id' },
  where: processWhere,
  extraChecks: unknownWaiverRules,
};

const CONFIG: Dialect = {
  schema: 'config',
  documentName: 'a config file',
  phrases: {
    '': 'must be a mapping of keys such as extends, rules, ignore',
    rules: 'must map rule ids to levels',
  },
  keyLabels: {},
  where: configWhere,
  extraChecks: unknownConfigRules,
};

function processWhere(path: readonly string[]): Where {
  const [first, id, ...rest] = path;
  if (first === 'steps' && id !== undefined) {
    const [field, index] = rest;
    if (field === 'next' && index !== undefined)
      return at(`transition ${ordinal(index)} of step "${id}"`, rest.slice(2));
    return at(`step "${id}"`, rest);
  }
  if (first === 'roles' && id !== undefined) {
    if (rest[0] === 'training') return at(`training of role "${id}"`, rest.slice(1));
    return at(`role "${id}"`, rest);
  }
  if (first === 'waivers' && id !== undefined) return at(`waiver ${ordinal(id)}`, rest);
  if (first === 'review') return at('review', path.slice(1));
  return at('', path);
}

/** `[field]` is `"field"`, `[field, index]` is `entry N of "field"`. */
function at(place: string, rest: readonly string[]): Where {
  const [field, index] = rest;
  if (field === undefined) return { place };
  return { place, subject: index === undefined ? `"${field}"` : `entry ${ordinal(index)} of "${field}"` };
}

function configWhere(path: readonly string[]): Where {
  const [first, second, third] = path;
  if (first === undefined) return { place: '' };
  if (first === 'rules' && second !== undefined) return { place: `rules.${second}`, subject: third ?? 'level' };
  if (first === 'overrides' && second !== undefined) {
    const [field, id, option] = path.slice(2);
    const place = `overrides entry ${ordinal(second)}`;
    if (field === 'rules' && id !== undefined) return { place: `${place}: rules.${id}`, subject: option ?? 'level' };
    return { place, ...(field === undefined ? {} : { subject: `"${path.slice(2).join('.')}"` }) };
  }
  if (first === 'policies' && second !== undefined) {
    const inside = path.slice(2).filter((segment) => !/^\d+$/.test(segment));
    return { place: `policy ${ordinal(second)}`, ...(inside.length === 0 ? {} : { subject: `"${inside.join('.')}"` }) };
  }
  return { place: '', subject: second === undefined ? first : `${first} entry ${ordinal(second)}` };
}

function ordinal(index: string): number {
  return Number(index) + 1;
}

interface Compiled {
  readonly validate: ValidateFunction;
  /**
   * The name of each `$defs` entry ('' for the root) by its JSON text, to find an error's definition from its
   * `parentSchema`. That is a copy of the schema in a precompiled validator, so it is matched by content, not
   * identity. Its `schemaPath` cannot say either: below a `$ref` Ajv does not inline, it is relative to the
   * definition (`#/additionalProperties` for a role). No two definitions of either schema are alike, nor is any
   * other part of a schema like a definition.
   */
  readonly defNames: ReadonlyMap<string, string>;
  /** For fields allowed on some step types only: the predicate saying which. */
  readonly typeOnlyFields: ReadonlyMap<string, string>;
}

const compiled = new Map<Dialect, Compiled>();

/**
 * The validators `npm run build:dist` precompiled (scripts/compile-validators.mjs), so no schema is compiled when
 * gapcheck runs: compiling the process schema took ~0.15 s. Where validate.ts runs from `src/` (the tests),
 * they are not used, since they may be older than the schemas, and the schema is compiled on first use, with
 * the same options.
 */
const PRECOMPILED: Readonly<Record<Dialect['schema'], ValidateFunction | undefined>> = {
  process: await precompiled('process'),
  config: await precompiled('config'),
};

async function precompiled(name: Dialect['schema']): Promise<ValidateFunction | undefined> {
  if (RUNNING_FROM_SOURCES) return undefined;
  const url = packageFile(`dist/load/validators/${name}.js`);
  if (!existsSync(url)) return undefined;
  const module = (await import(url.href)) as { default: ValidateFunction };
  return module.default;
}

function compiledFor(dialect: Dialect): Compiled {
  let entry = compiled.get(dialect);
  if (!entry) {
    entry = compile(dialect.schema);
    compiled.set(dialect, entry);
  }
  return entry;
}

function compile(name: Dialect['schema']): Compiled {
  const schema = record(JSON.parse(readFileSync(packageFile(`schemas/${SCHEMA_FILES[name]}`), 'utf8')));
  const defs = Object.entries(record(schema.$defs));
  return {
    validate: PRECOMPILED[name] ?? compileAtRunTime(schema),
    defNames: new Map([
      [JSON.stringify(schema), ''],
      ...defs.map(([defName, def]) => [JSON.stringify(def), defName] as const),
    ]),
    typeOnlyFields: typeOnlyFields(defs.map(([, def]) => record(def))),
  };
}

function compileAtRunTime(schema: SchemaObject): ValidateFunction {
  // ajv is CommonJS: its class is the module's `default` property. Loading it takes a tenth of a second,
  // so it is required only here, without precompiled validators.
  const { default: Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof Ajv2020Module;
  return new Ajv2020(AJV_OPTIONS).compile(schema);
}

/**
 * Reads the per-type rules from the schema's `allOf: [{ if: { properties: { type } }, then: { properties: { field: false } } }]`:
 * `if type is not one of T` forbids the field outside T ("only allowed on T steps"), `if type is T` forbids it on T.
 */
function typeOnlyFields(defs: readonly SchemaObject[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const branch of defs.flatMap((def) => list(def.allOf).map(record))) {
    const type = record(record(record(branch.if).properties).type);
    const allowed = list(record(type.not).enum);
    const predicate =
      allowed.length > 0
        ? `is only allowed on ${orList(allowed)} steps`
        : `is not allowed on ${orList(list(type.enum))} steps`;
    for (const field of Object.keys(record(record(branch.then).properties))) fields.set(field, predicate);
  }
  return fields;
}

function validate(root: YamlNode | null, dialect: Dialect, ruleIds: readonly string[]): OffsetComplaint[] {
  const schema = compiledFor(dialect);
  const valid = schema.validate(root === null ? null : toPlain(root));
  const errors = valid ? [] : (schema.validate.errors ?? []).filter(isOwnMistake);
  const complaints = errors
    .filter((error) => !isGluedToItsValue(error, root))
    .map((error) => complain(error, root, dialect, schema));
  if (root !== null) complaints.push(...dialect.extraChecks(root, ruleIds));
  return complaints.sort((a, b) => a.offset - b.offset);
}

/** `if` and `propertyNames` only repeat that something inside them failed; that something is reported instead. */
function isOwnMistake(error: ErrorObject): boolean {
  return error.keyword !== 'if' && error.keyword !== 'propertyNames';
}

/** A key reported missing that was written with its value glued on (`last:2026-01-01`): the glued key's complaint says it. */
function isGluedToItsValue(error: ErrorObject, root: YamlNode | null): boolean {
  if (error.keyword !== 'required') return false;
  const node = nodeAt(root, pointerSegments(error));
  const missing = `${String((error.params as Record<string, unknown>).missingProperty)}:`;
  return (
    node?.kind === 'map' &&
    [...node.entries.keys()].some((key) => key.startsWith(missing) && missingSpaceAfterColon(key) !== undefined)
  );
}

function complain(error: ErrorObject, root: YamlNode | null, dialect: Dialect, schema: Compiled): OffsetComplaint {
  const path = pointerSegments(error);
  const params: Record<string, unknown> = error.params;
  if (error.propertyName !== undefined) return keyComplaint(error, path, error.propertyName, root, dialect);
  const where = dialect.where(path);
  switch (error.keyword) {
    case 'required':
      return {
        message: `${prefix(where)}missing "${String(params.missingProperty)}"`,
        offset: offsetOf(root, path, 'key'),
      };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(record(record(error.parentSchema).properties));
      const glued = known.includes(key.slice(0, key.indexOf(':'))) ? missingSpaceAfterColon(key) : undefined;
      return {
        message: `${prefix(where)}${glued ?? `unknown key "${printable(key)}"${unknownKeyHint(key, record(error.parentSchema))}`}`,
        offset: offsetOf(root, [...path, key], 'key'),
      };
    }
    case 'false schema': {
      const predicate = schema.typeOnlyFields.get(path[path.length - 1] ?? '') ?? 'is not allowed here';
      return { message: sentence(where, predicate, dialect), offset: offsetOf(root, path, 'key') };
    }
    default: {
      const node = nodeAt(root, path);
      const glued =
        error.keyword === 'type' &&
        expectedTypes(error).includes('object') &&
        node?.kind === 'scalar' &&
        typeof node.value === 'string'
          ? missingSpaceAfterColon(node.text)
          : undefined;
      if (glued) return { message: `${prefix(where)}${glued}`, offset: offsetOf(root, path, 'value') };
      const def = schema.defNames.get(JSON.stringify(error.parentSchema));
      const message = sentence(where, valuePredicate(error, node, def, dialect), dialect);
      return { message, offset: offsetOf(root, path, 'value') };
    }
  }
}

function keyComplaint(
  error: ErrorObject,
  path: string[],
  key: string,
  root: YamlNode | null,
  dialect: Dialect,
): OffsetComplaint {
  const offset = offsetOf(root, [...path, key], 'key');
  if (error.keyword === 'not') return { message: `"${key}" is built in; remove it from ${path.join('.')}`, offset };
  const label = dialect.keyLabels[path.join('/')] ?? 'key';
  return { message: `${label} "${printable(key)}" ${ID_RULE} ${exampleId(key)}`, offset };
}

function valuePredicate(
  error: ErrorObject,
  node: YamlNode | undefined,
  def: string | undefined,
  dialect: Dialect,
): string {
  const phrase = def === undefined ? undefined : (dialect.phrases[`${def}/${error.keyword}`] ?? dialect.phrases[def]);
  const predicate = schemaProblem(error, scalarText(node), phrase);
  return error.keyword === 'type' ? predicate + found(expectedTypes(error), node) : predicate;
}

/** What was written instead, where that helps: always for a mapping, and for an empty value. A number meant as text needs quotes. */
function found(expected: readonly string[], node: YamlNode | undefined): string {
  const value = node?.kind === 'scalar' ? node.value : undefined;
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return ` (write it in quotes: "${printable(scalarText(node) ?? '')}")`;
  }
  if (expected.includes('object') || node === undefined || value === null) return ` (found ${describe(node)})`;
  if (expected.includes('array') && node?.kind === 'map' && node.entries.has('to')) {
    return ' (one transition is a list of one: put "- " before "to:", or write [{ to: …, after: … }])';
  }
  return '';
}

/** Text found where a mapping was expected is quoted back up to this length; longer, it is just "text". */
const MAX_QUOTED_FOUND_CHARS = 30;

function describe(node: YamlNode | undefined): string {
  if (node === undefined) return 'nothing';
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  if (node.value === null) return 'nothing';
  if (typeof node.value === 'string')
    return node.text.length <= MAX_QUOTED_FOUND_CHARS ? `"${printable(node.text)}"` : 'text';
  return node.text;
}

function sentence(where: Where, predicate: string, dialect: Dialect): string {
  if (where.subject !== undefined) return `${prefix({ place: where.place })}${where.subject} ${predicate}`;
  return `${where.place || dialect.documentName} ${predicate}`;
}

function prefix(where: Where): string {
  const head = [where.place, where.subject].filter(Boolean).join(': ');
  return head ? `${head}: ` : '';
}

function unknownKeyHint(key: string, parentSchema: SchemaObject): string {
  const known = Object.keys(record(parentSchema.properties));
  const suggestion = didYouMean(key, known);
  if (suggestion) return suggestion;
  if (parentSchema.patternProperties !== undefined) return ' (keys of your own must start with x-)';
  return `; allowed keys are ${known.join(', ')}`;
}

function unknownWaiverRules(root: YamlNode, ruleIds: readonly string[]): OffsetComplaint[] {
  const waivers = entryValue(root, 'waivers');
  if (waivers?.kind !== 'seq') return [];
  return waivers.items.flatMap((waiver, index) => {
    const rule = entryValue(waiver, 'rule');
    if (rule?.kind !== 'scalar' || typeof rule.value !== 'string' || rule.value === '') return [];
    if (ruleIds.includes(rule.value)) return [];
    return [{ message: `waiver ${index + 1}: ${unknownRule(rule.value, ruleIds)}`, offset: rule.offset }];
  });
}

/** The rule ids `rules` and each entry of `overrides` name that are not among `ruleIds`. */
function unknownConfigRules(root: YamlNode, ruleIds: readonly string[]): OffsetComplaint[] {
  const overrides = entryValue(root, 'overrides');
  const places = [
    { label: 'rules', rules: entryValue(root, 'rules') },
    ...(overrides?.kind === 'seq' ? overrides.items : []).map((override, index) => ({
      label: `overrides entry ${index + 1}: rules`,
      rules: entryValue(override, 'rules'),
    })),
  ];
  return places.flatMap(({ label, rules }) =>
    rules?.kind !== 'map'
      ? []
      : [...rules.entries.values()]
          .filter((entry) => !ruleIds.includes(entry.key))
          .map((entry) => ({ message: `${label}: ${unknownRule(entry.key, ruleIds)}`, offset: entry.keyOffset })),
  );
}

/** The ids of the config's policies, as written: `rules` may set their severity. */
function policyIdsOf(root: YamlNode): string[] {
  const policies = entryValue(root, 'policies');
  if (policies?.kind !== 'seq') return [];
  return policies.items.flatMap((policy) => {
    const id = entryValue(policy, 'id');
    return id?.kind === 'scalar' && typeof id.value === 'string' ? [id.value] : [];
  });
}

function unknownRule(id: string, ruleIds: readonly string[]): string {
  return `unknown rule "${printable(id)}"${didYouMean(id, ruleIds) || '; gapcheck rules lists them'}`;
}

function entryValue(node: YamlNode, key: string): YamlNode | undefined {
  return node.kind === 'map' ? node.entries.get(key)?.value : undefined;
}

/** A scalar as written; lists, mappings and empty values have no text to quote back. */
function scalarText(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? node.text : undefined;
}

function nodeAt(root: YamlNode | null, path: readonly string[]): YamlNode | undefined {
  let node = root ?? undefined;
  for (const segment of path) node = child(node, segment)?.value;
  return node;
}

/**
 * Where to point for the entry at `path`: its key or its value. A list item and the root have no key, and an
 * empty value has no offset of its own; then the nearest written place above it.
 */
function offsetOf(root: YamlNode | null, path: readonly string[], target: 'key' | 'value'): number {
  let offset = Math.max(root?.offset ?? 0, 0);
  let node = root ?? undefined;
  for (const [index, segment] of path.entries()) {
    const entry = child(node, segment);
    if (entry === undefined) break;
    node = entry.value;
    const preferKey = target === 'key' && index === path.length - 1;
    const candidates = preferKey ? [entry.keyOffset, node.offset] : [node.offset, entry.keyOffset];
    offset = candidates.find((candidate) => candidate !== undefined && candidate >= 0) ?? offset;
  }
  return offset;
}

function child(node: YamlNode | undefined, segment: string): { value: YamlNode; keyOffset?: number } | undefined {
  if (node?.kind === 'map') return node.entries.get(segment);
  if (node?.kind === 'seq') {
    const item = node.items[Number(segment)];
    return item && { value: item };
  }
  return undefined;
}

function record(value: unknown): SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaObject) : {};
}

function list(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

function orList(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
