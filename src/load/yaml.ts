/**
 * YAML 1.2 (core schema) to a tree that remembers where every key and value
 * starts. js-yaml 4 reads the text and builds the plain values; its listener,
 * called as each node opens and closes, tells us where each node was written,
 * which we read back from the text. Duplicate keys are found with one Map per
 * mapping (linear), and aliases are capped so an alias bomb cannot expand
 * without bound. Why js-yaml 4 and not 5: docs/performance.md.
 */
import { YAMLException, loadAll, type LoadOptions, type State } from 'js-yaml';
import { CORE_SCHEMA } from './core-schema.js';
import { printable } from './source.js';

export type Scalar = string | number | boolean | null;

export interface YamlScalar {
  readonly kind: 'scalar';
  readonly offset: number;
  /** Where the scalar's text ends (exclusive): before a closing quote, trailing spaces and a comment. */
  readonly end: number;
  readonly value: Scalar;
  /** The scalar as written (decoded, before type resolution). */
  readonly text: string;
}

export interface YamlSeq {
  readonly kind: 'seq';
  readonly offset: number;
  readonly items: YamlNode[];
  /** The items' plain values (`toPlain`), as js-yaml built them. */
  readonly plain: unknown[];
}

export interface YamlEntry {
  readonly key: string;
  readonly keyOffset: number;
  /** Where the key's text ends (exclusive). */
  readonly keyEnd: number;
  readonly value: YamlNode;
}

export interface YamlMap {
  readonly kind: 'map';
  readonly offset: number;
  /** In source order. */
  readonly entries: YamlEntries;
  /** The entries' plain values (`toPlain`), as js-yaml built them. */
  readonly plain: Record<string, unknown>;
}

export type YamlNode = YamlScalar | YamlSeq | YamlMap;

/**
 * A mapping's entries in source order, found by key: a few (a step's fields) by reading them in turn, more (the
 * steps of a process) through a Map. A Map for each of a process's 100,000 small mappings was a quarter of its tree.
 */
export class YamlEntries {
  constructor(
    private readonly list: readonly YamlEntry[],
    /** null for a few entries. */
    private readonly byKey: ReadonlyMap<string, YamlEntry> | null,
  ) {}

  get size(): number {
    return this.list.length;
  }

  get(key: string): YamlEntry | undefined {
    return this.byKey === null ? findEntry(this.list, key) : this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  keys(): IterableIterator<string> {
    return this.list.map((entry) => entry.key).values();
  }

  values(): IterableIterator<YamlEntry> {
    return this.list.values();
  }

  [Symbol.iterator](): IterableIterator<[string, YamlEntry]> {
    return this.list.map((entry): [string, YamlEntry] => [entry.key, entry]).values();
  }
}

/** Up to this many entries, a mapping's keys are read in turn rather than hashed. */
const FEW_ENTRIES = 8;

function findEntry(list: readonly YamlEntry[], key: string): YamlEntry | undefined {
  for (const entry of list) if (entry.key === key) return entry;
  return undefined;
}

/** A document with something written in it: empty ones (a trailing "---", only comments) are skipped. */
export interface YamlDocument {
  readonly contents: YamlNode;
}

/** A YAML problem that makes the whole file unreadable. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface YamlLimits {
  /** Nodes that aliases may add on top of the nodes written out, in one document. */
  readonly maxAliasExpansion: number;
  readonly maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasExpansion: 10_000, maxDepth: 100 };

const BYTE_ORDER_MARK = 0xfeff;

export function parseYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlDocument[] {
  // js-yaml drops a byte-order mark before it counts positions; so do we, and count it back.
  const skipped = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const builder = new TreeBuilder(skipped === 0 ? text : text.slice(skipped), skipped, limits);
  const options: LoadOptions & { maxDepth: number } = {
    schema: CORE_SCHEMA,
    json: true, // duplicate keys are ours to find and explain
    maxDepth: limits.maxDepth,
    listener: builder.listener,
    // What js-yaml only warns of (a flow collection or quoted text running onto a line indented too little)
    // is invalid YAML; at the end of the file, js-yaml goes on to say what is left open, which says it better.
    onWarning: (warning) => {
      if ((warning.mark?.position ?? 0) < builder.text.length) throw warning;
    },
  };
  try {
    refuseGluedDocumentMarker(builder.text, skipped);
    loadAll(builder.text, undefined, options);
  } catch (error) {
    if (error instanceof YAMLException) throw builder.explain(error);
    throw error;
  }
  return builder.documents;
}

/**
 * "---" starts a document only when a space or line break follows it; js-yaml 4 takes
 * "---text" at a document's start for "--- text" (and "---#" for a comment), which
 * reads other values than written. One `indexOf` pass: files hold few "---".
 */
function refuseGluedDocumentMarker(text: string, base: number): void {
  for (let at = text.indexOf('---'); at !== -1; at = text.indexOf('---', at + 3)) {
    const next = text.charCodeAt(at + 3);
    if ((at === 0 || text.charCodeAt(at - 1) === 0x0a) && at + 3 < text.length && !isWhitespace(next)) {
      throw new YamlSyntaxError(
        'a line starting with "---" needs a space after it (it starts a new document); add the space, or quote the text',
        base + at + 3,
      );
    }
  }
}

/** What js-yaml 4 shows its listener; its types leave out the anchor. */
type NodeState = State & { readonly anchor: string | null };

/** A node js-yaml has opened and not yet closed. */
interface Frame {
  /** Where js-yaml stood when it opened the node: before its properties, and before the space that leads to it. */
  readonly open: number;
  readonly parent: Frame | null;
  /** null until the first one closes: most nodes have none. */
  children: Written[] | null;
  /** Values inside, aliases expanded: what an alias to it adds. */
  size: number;
}

/** A node as its parent sees it. */
interface Written {
  /** null when the parser tried a node there and found none. */
  readonly node: YamlNode | null;
  /** Followed by ":", or written after "?": a mapping key. */
  readonly isKey: boolean;
  readonly isAlias: boolean;
  /** Values inside, aliases expanded. */
  readonly size: number;
  /** The value js-yaml built for it: a node read again around itself (a would-be key) is known by it. */
  readonly read: unknown;
  /** Its plain value is not the one js-yaml built (a key inside renamed, or "!!str" read anew): the parent's must be built anew too. */
  readonly rewritten: boolean;
}

/** Scalar offsets point at their first character: inside quotes, and on the first line of a block scalar. */
const QUOTES = new Set([0x22, 0x27]);
const BLOCK_INDICATORS = new Set([0x7c, 0x3e]);

class TreeBuilder {
  readonly documents: YamlDocument[] = [];
  private open: Frame | null = null;
  private anchors = new Map<string, Written>();
  private aliasExpansion = 0;
  /** Where the last properties scan met a tag ("!..."), or -1. */
  private tagStart = -1;
  /** Where the last properties scan met the first property (a tag or an anchor), or -1. */
  private propertiesStart = -1;
  /** The entries of the mapping being built (one at a time), and past a few of them, the same by key. */
  private readonly entries: YamlEntry[] = [];
  private entriesByKey: Map<string, YamlEntry> | null = null;

  constructor(
    readonly text: string,
    /** Characters before `text` in the file (a byte-order mark). */
    private readonly base: number,
    private readonly limits: YamlLimits,
  ) {}

  readonly listener = (event: 'open' | 'close', state: NodeState): void => {
    if (event === 'open') this.open = { open: state.position, parent: this.open, children: null, size: 0 };
    else this.close(state);
  };

  /** js-yaml's error as ours, at the same place; a tag it does not know is named as written. */
  explain(error: YAMLException): YamlSyntaxError {
    const frame = this.open;
    if (frame !== null && /\btag\b/.test(error.reason)) {
      this.contentStart(frame.open);
      if (this.tagStart !== -1)
        return FLOW_INDICATOR_IN_TAG.test(error.reason)
          ? this.tagRunningOn(this.tagStart)
          : this.unsupportedTag(this.tagStart);
    }
    // js-yaml adds a line break to a file without a last one, and may point past the text.
    const at = Math.min(error.mark?.position ?? 0, this.text.length);
    const unknownAlias = UNKNOWN_ALIAS.exec(error.reason);
    if (unknownAlias) return this.noSuchAnchor(unknownAlias[1]!, at - unknownAlias[1]!.length);
    const glued = this.entryMissingItsSpace(at);
    if (glued) return glued;
    return new YamlSyntaxError(
      plainReason(error.reason),
      this.base + (NON_PRINTABLE_REASON.test(error.reason) ? this.firstNonPrintable(at) : at),
    );
  }

  /**
   * `takes:20m` is text to YAML, not the entry `takes: 20m`, and in a mapping of entries that text breaks it: js-yaml
   * complains at the end of that line or on the next one. Either line written so is what to point at.
   */
  private entryMissingItsSpace(at: number): YamlSyntaxError | undefined {
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    for (const start of [lineStart, previousContentLine(this.text, lineStart)]) {
      if (start === undefined) continue;
      const line = GLUED_LINE.exec(this.text.slice(start, endOfLine(this.text, start)));
      const fix = line && missingSpaceAfterColon(line[2]!);
      if (fix) return new YamlSyntaxError(fix, this.base + start + line[1]!.length);
    }
    return undefined;
  }

  /** js-yaml tells where the text holding a control character ends; the character itself is what to point at. */
  private firstNonPrintable(end: number): number {
    NON_PRINTABLE.lastIndex = this.open?.open ?? 0;
    const found = NON_PRINTABLE.exec(this.text);
    return found !== null && found.index < end ? found.index : end;
  }

  private close(state: NodeState): void {
    const frame = this.open!;
    this.open = frame.parent;
    const start = this.contentStart(frame.open);
    const tagStart = this.tagStart;
    const written = this.written(frame, start, tagStart !== -1, state);
    if (written.node !== null) {
      if (tagStart !== -1 && !this.tagsFirstKey(tagStart, start, written.node)) this.checkTag(tagStart, written.node);
      if (state.anchor !== null) this.anchors.set(state.anchor, written);
    }
    const parent = this.open;
    if (parent === null) {
      if (written.node !== null) this.documents.push({ contents: written.node });
      // Anchors, and the cap on what aliases add, are each document's own.
      this.anchors = new Map();
      this.aliasExpansion = 0;
    } else {
      (parent.children ??= []).push(written);
      if (!written.isKey) parent.size += written.size; // as an alias counts what it repeats: the values
    }
  }

  private written(frame: Frame, start: number, tagged: boolean, state: NodeState): Written {
    const isKey = this.isKey(frame.open, start, state.position);
    const inner = firstNode(frame.children);
    if (inner !== undefined && (inner.isAlias || inner.node!.kind !== 'scalar') && inner.read === state.result) {
      // js-yaml read the node as a would-be key inside it, and kept it: the same node.
      return { ...inner, isKey, size: frame.size };
    }
    // An alias has nothing inside; a mapping whose first key is an alias starts with "*" too.
    if (frame.children === null && this.text.charCodeAt(start) === 0x2a) {
      if (isKey) throw aliasAsKey(this.base + start);
      return { ...this.alias(start), isKey, isAlias: true };
    }
    const offset = this.base + start;
    const children = frame.children ?? [];
    if (state.kind === 'mapping' || state.kind === 'sequence') {
      const read = state.result as Record<string, unknown> | unknown[];
      const node = Array.isArray(read) ? this.sequence(offset, children, read) : this.mapping(offset, children, read);
      return { node, isKey, isAlias: false, size: 1 + frame.size, read, rewritten: node.plain !== read };
    }
    // Nothing written is no node, unless a tag makes it one ("!!str" alone is empty text), or it is a key ("? " alone),
    // or it has properties (an anchor an alias may repeat, a tag to check): then it is where they are.
    let node: YamlScalar | null = null;
    if (state.kind !== null || state.result !== null)
      node = this.scalar(inner?.node ?? undefined, start, state, tagged);
    else if (isKey) node = emptyScalar(offset);
    else if (tagged || state.anchor !== null) node = emptyScalar(this.base + this.propertiesStart);
    return {
      node,
      isKey,
      isAlias: false,
      size: 1,
      read: state.result,
      rewritten: node !== null && node.value !== state.result,
    };
  }

  /**
   * A scalar's value is js-yaml's; where it was written may be a node read inside
   * it (js-yaml reads a value on its own line as a would-be key first).
   */
  private scalar(inner: YamlNode | undefined, start: number, state: State, tagged: boolean): YamlScalar {
    const offset = inner?.offset ?? this.base + this.scalarStart(start);
    const end = inner?.kind === 'scalar' ? inner.end : this.base + this.scalarEnd(start, state.position);
    const resolved = state.result as Scalar;
    const text =
      typeof resolved === 'string'
        ? resolved
        : inner?.kind === 'scalar'
          ? inner.text
          : this.text.slice(start, state.position).trimEnd();
    // The one tag a scalar may have is "!!str" (checkTag); js-yaml misses it for a value on the line after the tag.
    return { kind: 'scalar', offset, end, value: tagged ? text : resolved, text };
  }

  /** js-yaml closes a scalar past the spaces (and line breaks, for a block scalar) after it, and past a closing quote. */
  private scalarEnd(start: number, closed: number): number {
    let end = closed;
    while (end > start && isWhitespace(this.text.charCodeAt(end - 1))) end--;
    const quote = this.text.charCodeAt(start);
    return QUOTES.has(quote) && end > start + 1 && this.text.charCodeAt(end - 1) === quote ? end - 1 : end;
  }

  private scalarStart(start: number): number {
    const first = this.text.charCodeAt(start);
    if (QUOTES.has(first)) return start + 1;
    if (!BLOCK_INDICATORS.has(first)) return start;
    const lineEnd = this.text.indexOf('\n', start);
    return lineEnd === -1 ? start : lineEnd + 1;
  }

  /** Where a node's content starts: past spaces, line breaks, comments and its properties (tags and anchors). */
  private contentStart(from: number): number {
    const text = this.text;
    let at = from;
    this.tagStart = -1;
    this.propertiesStart = -1;
    for (;;) {
      const char = text.charCodeAt(at);
      if (isWhitespace(char)) at++;
      else if (char === 0x23) at = endOfLine(text, at);
      else if (char === 0x21 || char === 0x26) {
        if (this.propertiesStart === -1) this.propertiesStart = at;
        if (char === 0x21 && this.tagStart === -1) this.tagStart = at;
        while (at < text.length && text.charCodeAt(at) > 0x20) at++;
      } else return at;
    }
  }

  /** A node written after "?", or on one line followed by ":", is a key (YAML keeps a key without "?" to one line). */
  private isKey(open: number, start: number, end: number): boolean {
    if (this.followsQuestionMark(open)) return true;
    let at = end;
    while (this.text.charCodeAt(at) === 0x20 || this.text.charCodeAt(at) === 0x09) at++;
    return this.text.charCodeAt(at) === 0x3a && !this.breaksLine(start, at);
  }

  /**
   * js-yaml opens a node written after "?" right after it in a block mapping, and in a
   * flow collection past the spaces and line breaks that follow it (`[ ? foo : bar ]`).
   */
  private followsQuestionMark(open: number): boolean {
    const text = this.text;
    let at = open - 1;
    while (isWhitespace(text.charCodeAt(at))) at--;
    if (text.charCodeAt(at) !== 0x3f) return false;
    if (at === open - 1) return true;
    const before = text.charCodeAt(at - 1);
    return (at === 0 || isWhitespace(before) || FLOW_INDICATORS.has(before)) && !this.inComment(at);
  }

  /** A "#" at the start of the line or after a space, before `at` on its line, starts a comment holding `at`. */
  private inComment(at: number): boolean {
    const text = this.text;
    for (let from = text.lastIndexOf('\n', at) + 1, prev = 0x20; from < at; from++) {
      const char = text.charCodeAt(from);
      if (char === 0x23 && isWhitespace(prev)) return true;
      prev = char;
    }
    return false;
  }

  private breaksLine(from: number, to: number): boolean {
    for (let at = from; at < to; at++) if (this.text.charCodeAt(at) === 0x0a) return true;
    return false;
  }

  /** A mapping's children are keys, each followed by its value unless it has none. */
  private mapping(offset: number, children: readonly Written[], read: Record<string, unknown>): YamlMap {
    let matches = true;
    let key: Written | null = null;
    for (const child of children) {
      if (child.isKey || (key === null && child.node !== null)) {
        if (key !== null) matches = this.addEntry(key, null) && matches;
        key = child;
        if (!child.isKey) {
          matches = this.addEntry(key, null) && matches; // a key of a flow mapping written without ": value"
          key = null;
        }
      } else if (key !== null) {
        matches = this.addEntry(key, child) && matches;
        key = null;
      }
    }
    if (key !== null) matches = this.addEntry(key, null) && matches;
    const list = this.entries.slice(); // as long as it needs to be, as the tree keeps it
    const entries = new YamlEntries(list, this.entriesByKey);
    this.entries.length = 0;
    this.entriesByKey = null;
    return { kind: 'map', offset, entries, plain: matches ? read : plainMapping(list) };
  }

  /**
   * Adds an entry under its key as written. False when js-yaml's plain mapping has
   * it otherwise: js-yaml names a key by its value (`007` as "7", `~` as "null").
   */
  private addEntry(key: Written, value: Written | null): boolean {
    const keyNode = key.node!;
    if (key.isAlias) throw aliasAsKey(keyNode.offset);
    if (keyNode.kind !== 'scalar')
      throw new YamlSyntaxError('a key must be a plain value, not a list or a mapping', keyNode.offset);
    const name = keyNode.text;
    const byKey = this.entriesByKey;
    const existing = byKey === null ? findEntry(this.entries, name) : byKey.get(name);
    if (existing) throw new DuplicateKeyError(name, keyNode.offset, existing.keyOffset);
    const entry = {
      key: name,
      keyOffset: keyNode.offset,
      keyEnd: keyNode.end,
      value: value?.node ?? emptyScalar(keyNode.offset),
    };
    this.entries.push(entry);
    if (byKey !== null) byKey.set(name, entry);
    else if (this.entries.length > FEW_ENTRIES)
      this.entriesByKey = new Map(this.entries.map((each) => [each.key, each]));
    return name === String(keyNode.value) && value?.rewritten !== true;
  }

  /**
   * A sequence's items, lined up with the values js-yaml read: an empty item ("-"
   * alone on its line) has a value but no node, and "[key: value]" is a one-entry mapping.
   */
  private sequence(offset: number, children: readonly Written[], read: unknown[]): YamlSeq {
    const items: YamlNode[] = [];
    let matches = true;
    let next = 0;
    for (const value of read) {
      const child = children[next];
      if (child === undefined || (value === null && !isNull(child.node))) {
        items.push(emptyScalar(offset));
      } else if (child.isKey) {
        const valueChild = children[next + 1];
        const pair = valueChild !== undefined && !valueChild.isKey ? [child, valueChild] : [child];
        const mapping = this.mapping(child.node!.offset, pair, value as Record<string, unknown>);
        matches &&= mapping.plain === value;
        items.push(mapping);
        next += pair.length;
      } else {
        matches &&= !child.rewritten;
        items.push(child.node ?? emptyScalar(offset));
        next++;
      }
    }
    return { kind: 'seq', offset, items, plain: matches ? read : items.map(toPlain) };
  }

  /** The anchored node an alias repeats; its name runs to a space, a line break or a bracket or comma, as js-yaml reads it. */
  private alias(start: number): Written {
    let end = start + 1;
    while (
      end < this.text.length &&
      this.text.charCodeAt(end) > 0x20 &&
      !FLOW_INDICATORS.has(this.text.charCodeAt(end))
    )
      end++;
    const name = this.text.slice(start + 1, end);
    const anchored = this.anchors.get(name);
    // An alias inside the very node it names would make the values endless.
    if (anchored === undefined) throw this.noSuchAnchor(name, start + 1);
    this.aliasExpansion += anchored.size;
    if (this.aliasExpansion > this.limits.maxAliasExpansion) {
      throw new YamlSyntaxError(
        `aliases expand to more than ${this.limits.maxAliasExpansion} values (an "alias bomb"?); write the values out instead of repeating "*${printable(name)}"`,
        this.base + start + 1,
      );
    }
    return anchored;
  }

  private noSuchAnchor(name: string, at: number): YamlSyntaxError {
    return new YamlSyntaxError(`the alias "*${printable(name)}" names no anchor defined before it`, this.base + at);
  }

  /** A tag on the line of a block mapping's first key (`!!str key: value`) is the key's, which checks it. */
  private tagsFirstKey(tagStart: number, start: number, node: YamlNode): boolean {
    return (
      node.kind === 'map' && this.text.charCodeAt(start) !== 0x7b && !this.text.slice(tagStart, start).includes('\n')
    );
  }

  /** Explicit tags change how a value is read; only the harmless one that matches the node is accepted. */
  private checkTag(tagStart: number, node: YamlNode): void {
    const tag = this.tagAt(tagStart);
    const allowed = node.kind === 'map' ? 'map' : node.kind === 'seq' ? 'seq' : 'str';
    if (tag !== `!!${allowed}` && tag !== `!<tag:yaml.org,2002:${allowed}>`) throw this.unsupportedTag(tagStart);
  }

  /** YAML ends a tag at a comma or bracket too (`[!!str, x]`); js-yaml 4 only at a space. */
  private tagRunningOn(tagStart: number): YamlSyntaxError {
    let at = tagStart;
    while (at < this.text.length && !FLOW_INDICATORS.has(this.text.charCodeAt(at))) at++;
    const tag = printable(this.text.slice(tagStart, at));
    return new YamlSyntaxError(
      `a space is missing between the tag "${tag}" and the "${this.text[at]}" after it; add one`,
      this.base + at,
    );
  }

  private unsupportedTag(tagStart: number): YamlSyntaxError {
    return new YamlSyntaxError(
      `the tag "${printable(this.tagAt(tagStart))}" is not supported in process files; remove it`,
      this.base + tagStart,
    );
  }

  private tagAt(tagStart: number): string {
    return this.text.slice(tagStart, endOfToken(this.text, tagStart));
  }
}

const FLOW_INDICATOR_IN_TAG = /flow indicator/;
const UNKNOWN_ALIAS = /^unidentified alias "(.*)"$/;
/** A line's indentation (and list dash), then what is written on it, up to a comment. */
const GLUED_LINE = /^([ \t]*(?:-[ \t]+)?)(.*?)[ \t]*(?:[ \t]#.*)?\r?$/;
/** `key:value`: a key-like word, a colon, and a value glued to it (not `://`, as in a web address). */
const GLUED_ENTRY = /^([A-Za-z_][\w-]*):(?!\/\/)([^\s'"].*)$/;

/**
 * Where `text` reads `key:value`, an entry missing the space after its colon: says so, with the fix.
 * YAML reads such text as one plain value, so the key a person meant is not there.
 */
export function missingSpaceAfterColon(text: string): string | undefined {
  const entry = GLUED_ENTRY.exec(text);
  if (!entry) return undefined;
  return `the space after the colon is missing in "${printable(text)}", so YAML reads it as text, not as the key "${printable(entry[1]!)}"; write "${printable(`${entry[1]}: ${entry[2]}`)}"`;
}
const FLOW_INDICATORS = new Set([0x2c, 0x5b, 0x5d, 0x7b, 0x7d]);
const NON_PRINTABLE_REASON = /non-printable characters|^expected valid JSON character/;
/** The characters YAML does not allow in a document, as js-yaml finds them. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/g;

function aliasAsKey(offset: number): YamlSyntaxError {
  return new YamlSyntaxError('an alias ("*name") cannot be used as a key; write the key out', offset);
}

function emptyScalar(offset: number): YamlScalar {
  return { kind: 'scalar', offset, end: offset, value: null, text: '' };
}

/** The plain mapping of entries, when js-yaml's differs; `__proto__` is defined as the object's own data, never assigned. */
function plainMapping(entries: readonly YamlEntry[]): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const entry of entries)
    Object.defineProperty(plain, entry.key, {
      value: toPlain(entry.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return plain;
}

function isWhitespace(char: number): boolean {
  return char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d;
}

function firstNode(children: readonly Written[] | null): Written | undefined {
  if (children === null) return undefined;
  for (const child of children) if (child.node !== null) return child;
  return undefined;
}

function isNull(node: YamlNode | null): boolean {
  return node === null || (node.kind === 'scalar' && node.value === null);
}

/** Where the nearest line above `lineStart` with something other than spaces or a comment starts. */
function previousContentLine(text: string, lineStart: number): number | undefined {
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const content = text.slice(start, end).trim();
    if (content !== '' && !content.startsWith('#')) return start;
    end = start - 1;
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function endOfToken(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) > 0x20) at++;
  return at;
}

export class DuplicateKeyError extends YamlSyntaxError {
  constructor(
    readonly key: string,
    offset: number,
    readonly firstOffset: number,
  ) {
    super(`duplicate key "${printable(key)}"`, offset);
  }
}

/** js-yaml's reasons, reworded where they would puzzle someone who is not a YAML expert, each with what to do. */
const PLAIN_REASONS: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/tab characters must not be used/, () => 'a tab is used for indentation; YAML indents with spaces only'],
  [
    /^end of the stream or a document separator is expected/,
    () =>
      'the indentation or a ":" here does not fit the lines above (is a key indented wrongly, or a value missing its quotes?)',
  ],
  [
    /nesting exceeded maxDepth \((\d+)\)/,
    (m) => `the file is nested more than ${m[1]} levels deep, far deeper than any process needs; flatten it`,
  ],
  [
    /^deficient indentation/,
    () =>
      'a quote, "[" or "{" opened above is not closed before this line; close it (or indent the lines it runs over)',
  ],
  [
    /within a (double|single) quoted scalar/,
    (m) => `a text opened with ${m[1] === 'double' ? '"' : "'"} is never closed; add the closing quote`,
  ],
  [/within a flow collection/, () => 'a "[" or "{" is never closed; add the closing bracket'],
  [
    /^missed comma between flow collection entries/,
    () =>
      'a comma is missing between two entries of a [...] or {...}, or a key there has its ":" on the next line; add the comma, or join the lines',
  ],
  [/^nested arrays are not supported inside keys/, () => 'a key must be a plain value, not a list or a mapping'],
  [
    /^unknown document directive "(.*)"/,
    (m) => `"%${printable(m[1]!)}" is not a YAML directive (those are %YAML and %TAG); remove the line`,
  ],
  [
    /^unsupported YAML version/,
    () => 'only YAML 1.1 and 1.2 can be read; remove the "%YAML" line, or write "%YAML 1.2"',
  ],
  [
    /^bad indentation of a mapping entry/,
    () =>
      'a key here is indented wrongly, or a value holds ": " without quotes; line up the keys of one mapping, and quote such values',
  ],
  [
    /a multiline key may not be an implicit key/,
    () => 'a key above has no ":" after it, or runs over two lines; write each entry as "key: value" on one line',
  ],
  [
    /non-printable characters|null byte is not allowed|^expected valid JSON character/,
    () => 'the file holds a control character YAML does not allow here; remove it',
  ],
  [/^incomplete explicit mapping pair/, () => 'a ":" here has no key before it; write the key, or remove the ":"'],
  [
    /^missing indentation for block scalar/,
    () => 'a text block ("|" or ">") has no indented lines under it; indent its text, or remove the "|" or ">"',
  ],
];

function plainReason(reason: string): string {
  for (const [pattern, reword] of PLAIN_REASONS) {
    const match = pattern.exec(reason);
    if (match) return reword(match);
  }
  return reason;
}

/**
 * A plain JavaScript value of a node, for schema validation: built with the tree, so it
 * costs no second walk. Ordinary objects, not prototype-free ones: V8 keeps those as
 * hash tables, which made building and validating them markedly slower. An alias
 * shares the plain value of its anchor's node.
 */
export function toPlain(node: YamlNode): unknown {
  return node.kind === 'scalar' ? node.value : node.plain;
}
