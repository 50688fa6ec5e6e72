/**
 * The YAML layer: values by YAML 1.2's core schema, and where every key and value
 * was written, in every style a process file may use. js-yaml reads the text; the
 * positions are ours, so they are checked here against the text itself.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  DuplicateKeyError,
  parseYaml,
  toPlain,
  YamlSyntaxError,
  type YamlMap,
  type YamlNode,
} from '../../src/load/yaml.js';
import { treeValues } from './tree-values.js';

function only(text: string): YamlNode {
  const documents = parseYaml(text);
  expect(documents).toHaveLength(1);
  return documents[0]!.contents;
}

function entry(node: YamlNode, ...path: (string | number)[]): YamlNode {
  let at = node;
  for (const step of path) {
    if (typeof step === 'number') {
      if (at.kind !== 'seq') throw new Error(`not a list at ${step}`);
      at = at.items[step]!;
    } else {
      if (at.kind !== 'map') throw new Error(`not a mapping at ${step}`);
      at = at.entries.get(step)!.value;
    }
  }
  return at;
}

/** What is written at a node's offset, to the end of its line. */
function writtenAt(text: string, node: YamlNode): string {
  const end = text.indexOf('\n', node.offset);
  return text.slice(node.offset, end === -1 ? undefined : end);
}

function syntaxError(text: string): YamlSyntaxError {
  try {
    parseYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error('no syntax error');
}

describe('parseYaml: where values are written', () => {
  it('points a plain value at its first character, a quoted one inside its quotes, a block one at its first line', () => {
    const text =
      'plain: call back\ndouble: "call back"\nsingle: \'call back\'\nblock: |\n  call back\n  today\nfolded: >-\n  call back\n';
    const root = only(text);
    expect(writtenAt(text, entry(root, 'plain'))).toBe('call back');
    expect(writtenAt(text, entry(root, 'double'))).toBe('call back"');
    expect(writtenAt(text, entry(root, 'single'))).toBe("call back'");
    expect(writtenAt(text, entry(root, 'block'))).toBe('  call back');
    expect(writtenAt(text, entry(root, 'folded'))).toBe('  call back');
    expect(toPlain(root)).toEqual({
      plain: 'call back',
      double: 'call back',
      single: 'call back',
      block: 'call back\ntoday\n',
      folded: 'call back',
    });
  });

  it('points keys at their first character, quoted keys inside their quotes', () => {
    const text = 'steps:\n  take-call: { type: end }\n  "send receipt": { type: end }\n';
    const steps = entry(only(text), 'steps') as YamlMap;
    expect([...steps.entries.values()].map((e) => text.slice(e.keyOffset, e.keyOffset + 4))).toEqual(['take', 'send']);
  });

  it('reads flow collections, explicit keys, and a list of one-entry mappings written as [key: value]', () => {
    const text = 'next: [confirm, { to: apologise, after: 1h }]\n? explicit\n: value\npairs: [a: 1, b]\n';
    const root = only(text);
    expect(toPlain(root)).toEqual({
      next: ['confirm', { to: 'apologise', after: '1h' }],
      explicit: 'value',
      pairs: [{ a: 1 }, 'b'],
    });
    expect(writtenAt(text, entry(root, 'next', 1, 'to'))).toMatch(/^apologise/);
    expect(writtenAt(text, entry(root, 'explicit'))).toBe('value');
    expect(writtenAt(text, entry(root, 'pairs', 0))).toMatch(/^a: 1/);
    expect(writtenAt(text, entry(root, 'pairs', 1))).toBe('b]');
  });

  it('points an empty value at its key, and an empty list item at its list', () => {
    const text = 'owner:\nnext:\n  -\n  - confirm\n';
    const root = only(text);
    expect(entry(root, 'owner')).toMatchObject({ kind: 'scalar', value: null, offset: 0 });
    expect(entry(root, 'next', 0)).toMatchObject({ kind: 'scalar', value: null, offset: text.indexOf('-') });
    expect(writtenAt(text, entry(root, 'next', 1))).toBe('confirm');
  });

  it('finds a value written on the line after its key, and an alias as the node it repeats', () => {
    const text = 'title:\n  Take the call\nowner: &lead team-lead\nchecker: *lead\n';
    const root = only(text);
    expect(writtenAt(text, entry(root, 'title'))).toBe('Take the call');
    expect(entry(root, 'checker')).toBe(entry(root, 'owner'));
    expect(toPlain(root)).toEqual({ title: 'Take the call', owner: 'team-lead', checker: 'team-lead' });
  });

  it('reads an alias followed by a comment, blank lines, a comma or a bracket', () => {
    const text =
      'owner: &lead team-lead\nchecker: *lead # the same person\n\n# roles below\nboth: [*lead, *lead]\none: {who: *lead}\n';
    expect(toPlain(only(text))).toEqual({
      owner: 'team-lead',
      checker: 'team-lead',
      both: ['team-lead', 'team-lead'],
      one: { who: 'team-lead' },
    });
  });

  it('counts a byte-order mark in every offset', () => {
    const text = '\uFEFFprocess: p\n';
    expect(entry(only(text), 'process').offset).toBe(text.indexOf('p\n'));
  });

  it('skips empty documents: a trailing "---", or a file of comments', () => {
    const text = 'process: p\n---\n# nothing here\n---\nprocess: q\n---\n';
    expect(parseYaml(text).map((d) => toPlain(d.contents))).toEqual([{ process: 'p' }, { process: 'q' }]);
    expect(parseYaml('# only a comment\n')).toEqual([]);
  });
});

describe('parseYaml: values by the YAML 1.2 core schema', () => {
  it.each([
    ['~', null],
    ['Null', null],
    ['', null],
    ['TRUE', true],
    ['false', false],
    ['yes', 'yes'],
    ['0o17', 15],
    ['0x1F', 31],
    ['017', 17],
    ['+12', 12],
    ['-.5', -0.5],
    ['+.5', 0.5],
    ['1e3', 1000],
    ['-.inf', -Infinity],
    ['1_000', '1_000'],
    ['0b11', '0b11'],
    ['1:30', '1:30'],
    ['2026-01-01', '2026-01-01'],
    ['"12"', '12'],
    ['!!str 12', '12'],
    ['!!str\n  12', '12'],
  ])('reads %j as %j', (written, value) => {
    const node = entry(only(`a: ${written}\n`), 'a');
    expect(node).toMatchObject({ kind: 'scalar', value });
  });

  it('reads .nan as NaN, and keeps what was written as the text', () => {
    expect(entry(only('a: .nan\n'), 'a')).toMatchObject({ value: NaN, text: '.nan' });
    expect(entry(only('a: 0x1F\n'), 'a')).toMatchObject({ value: 31, text: '0x1F' });
  });

  it('names a key as written, in the entries and in the plain mapping alike', () => {
    const root = only('007: a\n~: b\n1.0: c\n1: d\n');
    expect([...(root as YamlMap).entries.keys()]).toEqual(['007', '~', '1.0', '1']);
    expect(toPlain(root)).toEqual({ '007': 'a', '~': 'b', '1.0': 'c', '1': 'd' });
    expect(toPlain(only('outer:\n  007: a\nlist: [{ ~: b }]\n'))).toEqual({
      outer: { '007': 'a' },
      list: [{ '~': 'b' }],
    });
  });
});

describe('parseYaml: what it refuses, and where', () => {
  it('finds a duplicate key in any mapping, block or flow, and names the first', () => {
    const text = 'steps:\n  a: { type: end }\n  b: { type: end, type: action }\n';
    const error = syntaxError(text);
    expect(error).toBeInstanceOf(DuplicateKeyError);
    expect(error.offset).toBe(text.lastIndexOf('type'));
    expect((error as DuplicateKeyError).firstOffset).toBe(text.lastIndexOf('type: end'));
    expect(syntaxError('1: a\n"1": b\n')).toBeInstanceOf(DuplicateKeyError);
  });

  it('refuses every tag but the one a node already has, naming it as written, at the tag', () => {
    for (const [text, tag] of [
      ['a: !!int "12"\n', '!!int'],
      ['a: !custom x\n', '!custom'],
      ['a: !!str { b: 1 }\n', '!!str'],
      ['a: !!js/function f\n', '!!js/function'],
    ] as const) {
      const error = syntaxError(text);
      expect(error.message).toBe(`the tag "${tag}" is not supported in process files; remove it`);
      expect(error.offset).toBe(text.indexOf('!'));
    }
    expect(toPlain(only('a: !!map { b: !!seq [1] }\n'))).toEqual({ a: { b: [1] } });
  });

  it('points at a control character itself', () => {
    const text = 'title: Refund\u0007 request\n';
    expect(syntaxError(text).offset).toBe(text.indexOf('\u0007'));
  });

  it('takes an empty key ("? " alone) as an empty name, and a tag before a first key as the key\'s', () => {
    expect(toPlain(only('? \n: call back\n'))).toEqual({ '': 'call back' });
    expect(toPlain(only('!!str : call back\n'))).toEqual({ '': 'call back' });
    expect(toPlain(only('!!str owner: lead\n'))).toEqual({ owner: 'lead' });
    expect(syntaxError('!!int owner: lead\n').message).toBe(
      'the tag "!!int" is not supported in process files; remove it',
    );
  });

  it('reads "!!str" with nothing after it as empty text', () => {
    expect(entry(only('title: !!str\nowner: lead\n'), 'title')).toMatchObject({ kind: 'scalar', value: '' });
  });

  it('refuses an alias inside the node it names, which would never end', () => {
    expect(syntaxError('a: &loop [1, *loop]\n').message).toBe('the alias "*loop" names no anchor defined before it');
  });

  it('says in plain words what a ":" without a key, or an alias without an anchor, means, and points at it', () => {
    const text = 'waivers:\n  - rule: dead-end\n: Emergencies go to the safety line.\n';
    expect(syntaxError(text)).toMatchObject({
      message: 'a ":" here has no key before it; write the key, or remove the ":"',
      offset: text.indexOf('\n: ') + 1,
    });
    const alias = 'owner: *lead\n';
    expect(syntaxError(alias)).toMatchObject({
      message: 'the alias "*lead" names no anchor defined before it',
      offset: alias.indexOf('lead'),
    });
  });

  it.each([
    ['in the middle of a mapping', 'steps:\n  a:\n    type: intake\n    takes:20m\n    next: b\n'],
    ['at the end of a mapping', 'steps:\n  a:\n    type: intake\n    takes:20m # worst case\n  b:\n    type: end\n'],
    ['first in a mapping', 'steps:\n  a:\n    takes:20m\n\n    # the rest\n    type: intake\n'],
    ['in a list item', 'next:\n  - takes:20m\n    after: 1h\n'],
  ])('says the space after the colon is missing in takes:20m %s, at it', (_, text) => {
    expect(syntaxError(text)).toMatchObject({
      message:
        'the space after the colon is missing in "takes:20m", so YAML reads it as text, not as the key "takes"; write "takes: 20m"',
      offset: text.indexOf('takes:20m'),
    });
  });

  it('leaves other syntax errors near a web address as they are', () => {
    expect(syntaxError('docs:\n  https://example.com\n  next: b\n').message).not.toMatch(/space after the colon/);
  });

  it('refuses keys that are lists or mappings, or aliases', () => {
    expect(syntaxError('? [a]\n: 1\n').message).toBe('a key must be a plain value, not a list or a mapping');
    const aliasKey = 'a: &k key\n*k : 1\n';
    expect(syntaxError(aliasKey)).toMatchObject({
      message: 'an alias ("*name") cannot be used as a key; write the key out',
      offset: aliasKey.indexOf('*k'),
    });
    // The first key of a block mapping: the mapping itself starts with "*" (YAML test suite 26DV).
    const firstKey = 'review: &r call back\nnext: &n\n  *r : later\n';
    expect(syntaxError(firstKey)).toMatchObject({
      message: 'an alias ("*name") cannot be used as a key; write the key out',
      offset: firstKey.indexOf('*r'),
    });
  });

  it('refuses a tag glued to a comma, and "---" glued to text, where js-yaml 4 would read other values', () => {
    const tag = '{ owner: !!str, next: x }\n';
    expect(syntaxError(tag)).toMatchObject({
      message: 'a space is missing between the tag "!!str" and the "," after it; add one',
      offset: tag.indexOf(','),
    });
    expect(syntaxError('---word\nmore\n')).toMatchObject({
      message: expect.stringContaining('a line starting with "---" needs a space after it'),
      offset: 3,
    });
    expect(syntaxError('a: 1\n---#x\n')).toMatchObject({ offset: 8 });
    expect(parseYaml('a: 1\n---\nb: ---x\n--- \nc: 2\n').map((d) => toPlain(d.contents))).toEqual([
      { a: 1 },
      { b: '---x' },
      { c: 2 },
    ]);
  });

  it('points an empty value with an anchor at the anchor', () => {
    const text = 'owner: &nobody\nbackup: *nobody\n';
    expect(writtenAt(text, entry(only(text), 'owner'))).toBe('&nobody');
  });

  it('refuses a tag on an empty value but "!!str"', () => {
    expect(syntaxError('a: !\n')).toMatchObject({
      message: 'the tag "!" is not supported in process files; remove it',
      offset: 3,
    });
    expect(toPlain(only('a: !!str\n'))).toEqual({ a: '' });
  });
});

describe('parseYaml: the tree and the plain values agree in every flow layout', () => {
  it.each([
    ['an explicit key inside a list (YAML test suite CT4Q)', '[\n? foo\n bar : baz\n]\n', [{ 'foo bar': 'baz' }]],
    [
      '"?" alone in a flow mapping (DFF7)',
      '{\n? explicit: entry,\nimplicit: entry,\n?\n}\n',
      { explicit: 'entry', implicit: 'entry', '': null },
    ],
    [
      'an empty key in a one-entry flow mapping (CFD4)',
      '- [ : empty key ]\n- [: another]\n',
      [[{ '': 'empty key' }], [{ '': 'another' }]],
    ],
    ['empty flow nodes (FRK4)', '{\n  ? foo :,\n  : bar,\n}\n', { foo: null, '': 'bar' }],
    ['an anchor on an empty value (6KGN)', 'a: &anchor\nb: *anchor\n', { a: null, b: null }],
  ])('%s', (_name, text, expected) => {
    const root = only(text);
    expect(toPlain(root)).toEqual(expected);
    expect(treeValues(root)).toEqual(expected);
  });
});

describe('parseYaml: positions in any layout', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const scalar = fc.oneof(
    fc.stringMatching(/^[a-z][a-z ]{0,10}[a-z]$/),
    fc.integer({ min: -999, max: 999 }),
    fc.boolean(),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('mapping')),
    list: fc.array(tie('value'), { minLength: 1, maxLength: 4 }),
    mapping: fc.dictionary(key, tie('value'), { minKeys: 1, maxKeys: 4 }),
  }));
  const layout = fc.record({
    flowLevel: fc.integer({ min: -1, max: 3 }),
    indent: fc.integer({ min: 1, max: 4 }),
    forceQuotes: fc.boolean(),
  });

  /** Each key's offset is where its name is written; each scalar's, where its text is (inside quotes, when quoted). */
  function expectWrittenWhereSaid(text: string, node: YamlNode): void {
    if (node.kind === 'scalar') {
      expect(text.startsWith(node.text, node.offset)).toBe(true);
      return;
    }
    const children = node.kind === 'seq' ? node.items : [...node.entries.values()].map((e) => e.value);
    if (node.kind === 'map')
      for (const [name, e] of node.entries) expect(text.startsWith(name, e.keyOffset)).toBe(true);
    for (const child of children) expectWrittenWhereSaid(text, child);
  }

  it('reads back what js-yaml writes, in block or flow style, quoted or not, with every offset on what is written there', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), layout, (document, options) => {
        const text = dump(document, options);
        const root = only(text);
        expect(toPlain(root)).toEqual(document);
        expectWrittenWhereSaid(text, root);
      }),
      { numRuns: 300 },
    );
  });
});
