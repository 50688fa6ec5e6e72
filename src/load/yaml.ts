/**
 * YAML 1.2 (core schema) to a tree that remembers where every key and value
 * starts, built from js-yaml's event stream. Duplicate keys are found with one
 * Map per mapping (linear), and aliases are capped so an alias bomb cannot
 * expand without bound.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } from 'js-yaml';
import type { Event, MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import { printable } from './source.js';

export type Scalar = string | number | boolean | null;

export interface YamlScalar {
  readonly kind: 'scalar';
  readonly offset: number;
  readonly value: Scalar;
  /** The scalar as written (decoded, before type resolution). */
  readonly text: string;
}

export interface YamlSeq {
  readonly kind: 'seq';
  readonly offset: number;
  readonly items: YamlNode[];
  /** The items' plain values (`toPlain`), built alongside them. */
  readonly plain: unknown[];
}

export interface YamlEntry {
  readonly key: string;
  readonly keyOffset: number;
  readonly value: YamlNode;
}

export interface YamlMap {
  readonly kind: 'map';
  readonly offset: number;
  /** In source order. */
  readonly entries: Map<string, YamlEntry>;
  /** The entries' plain values (`toPlain`), built alongside them. */
  readonly plain: Record<string, unknown>;
}

export type YamlNode = YamlScalar | YamlSeq | YamlMap;

export interface YamlDocument {
  /** null for an empty document. */
  readonly contents: YamlNode | null;
  /** Where the document's content starts (0 for an empty first document). */
  readonly offset: number;
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
  /** Nodes that aliases may add on top of the nodes written out. */
  readonly maxAliasExpansion: number;
  readonly maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasExpansion: 10_000, maxDepth: 100 };

interface OpenCollection {
  readonly node: YamlSeq | YamlMap;
  /** Values inside, aliases expanded: what an alias to it adds. */
  size: number;
  /**
   * In a mapping, the key read whose value comes next, and where it was written: two
   * fields rather than an object, one allocation less per entry.
   */
  pendingKey: string | undefined;
  pendingKeyOffset: number;
  readonly anchor: string | undefined;
}

export function parseYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlDocument[] {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch (error) {
    if (error instanceof YAMLException) throw new YamlSyntaxError(plainReason(error.reason), error.mark?.position ?? 0);
    throw error;
  }
  return new TreeBuilder(text, limits).build(events);
}

class TreeBuilder {
  private readonly documents: YamlDocument[] = [];
  private readonly stack: OpenCollection[] = [];
  private anchors = new Map<string, { node: YamlNode; size: number }>();
  private aliasExpansion = 0;
  private documentRoot: { node: YamlNode; size: number } | null = null;
  private inDocument = false;

  constructor(
    private readonly text: string,
    private readonly limits: YamlLimits,
  ) {}

  build(events: Event[]): YamlDocument[] {
    for (const event of events) this.accept(event);
    return this.documents;
  }

  private accept(event: Event): void {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        this.inDocument = true;
        this.documentRoot = null;
        this.anchors = new Map();
        this.aliasExpansion = 0;
        return;
      case EVENT_ID.MAPPING:
        return this.open(event, { kind: 'map', offset: event.start, entries: new Map(), plain: {} });
      case EVENT_ID.SEQUENCE:
        return this.open(event, { kind: 'seq', offset: event.start, items: [], plain: [] });
      case EVENT_ID.SCALAR:
        return this.scalar(event);
      case EVENT_ID.ALIAS:
        return this.alias(event.anchorStart, event.anchorEnd);
      case EVENT_ID.POP:
        return this.pop();
    }
  }

  private open(event: MappingEvent | SequenceEvent, node: YamlMap | YamlSeq): void {
    this.rejectTag(event.tagStart, event.tagEnd, node.kind === 'map' ? '!!map' : '!!seq');
    if (this.expectsKey()) throw new YamlSyntaxError('a key must be a plain value, not a list or a mapping', node.offset);
    const anchor = event.anchorStart === -1 ? undefined : this.text.slice(event.anchorStart, event.anchorEnd);
    this.stack.push({ node, size: 1, anchor, pendingKey: undefined, pendingKeyOffset: -1 });
  }

  private expectsKey(): boolean {
    const parent = this.stack[this.stack.length - 1];
    return parent !== undefined && parent.node.kind === 'map' && parent.pendingKey === undefined;
  }

  private pop(): void {
    const open = this.stack.pop();
    if (!open) {
      this.closeDocument();
      return;
    }
    if (open.anchor !== undefined) this.anchors.set(open.anchor, { node: open.node, size: open.size });
    this.attach(open.node, open.size);
  }

  private closeDocument(): void {
    if (!this.inDocument) return;
    this.inDocument = false;
    const root = this.documentRoot;
    this.documents.push({ contents: root?.node ?? null, offset: root?.node.offset ?? this.nextDocumentOffset() });
  }

  private nextDocumentOffset(): number {
    const previous = this.documents[this.documents.length - 1];
    return previous?.contents?.offset ?? 0;
  }

  private scalar(event: ScalarEvent): void {
    const text = getScalarValue(this.text, event);
    if (this.expectsKey()) {
      const parent = this.stack[this.stack.length - 1]!;
      parent.pendingKey = text;
      parent.pendingKeyOffset = event.valueStart;
      return;
    }
    const offset = event.valueStart === -1 ? this.emptyValueOffset() : event.valueStart;
    const node: YamlScalar = { kind: 'scalar', offset, text, value: this.resolve(event, text) };
    if (event.anchorStart !== -1) this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), { node, size: 1 });
    this.attach(node, 1);
  }

  /** An empty value has no text of its own: point at its key, or at the list holding it. */
  private emptyValueOffset(): number {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return 0;
    return parent.pendingKey === undefined ? parent.node.offset : parent.pendingKeyOffset;
  }

  private resolve(event: ScalarEvent, text: string): Scalar {
    if (event.tagStart !== -1) {
      this.rejectTag(event.tagStart, event.tagEnd, '!!str');
      return text;
    }
    if (event.style !== SCALAR_STYLE.PLAIN) return text;
    const value = CORE_SCHEMA.resolveImplicitScalarTag(text).value;
    return typeof value === 'number' || typeof value === 'boolean' || value === null ? value : text;
  }

  /** Explicit tags change how a value is read; only the harmless one that matches the node is accepted. */
  private rejectTag(tagStart: number, tagEnd: number, allowed: string): void {
    if (tagStart === -1) return;
    const tag = this.text.slice(tagStart, tagEnd);
    if (tag === allowed || tag === `!<tag:yaml.org,2002:${allowed.slice(2)}>`) return;
    throw new YamlSyntaxError(`the tag "${printable(tag)}" is not supported in process files; remove it`, tagStart);
  }

  private alias(anchorStart: number, anchorEnd: number): void {
    const name = this.text.slice(anchorStart, anchorEnd);
    const anchored = this.anchors.get(name);
    if (!anchored) throw new YamlSyntaxError(`the alias "*${printable(name)}" names no anchor defined before it`, anchorStart);
    this.aliasExpansion += anchored.size;
    if (this.aliasExpansion > this.limits.maxAliasExpansion) {
      throw new YamlSyntaxError(
        `aliases expand to more than ${this.limits.maxAliasExpansion} values (an "alias bomb"?); write the values out instead of repeating "*${printable(name)}"`,
        anchorStart,
      );
    }
    if (this.expectsKey()) throw new YamlSyntaxError('an alias cannot be used as a key', anchorStart);
    this.attach(anchored.node, anchored.size);
  }

  private attach(node: YamlNode, size: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.documentRoot = { node, size };
      return;
    }
    parent.size += size;
    if (parent.node.kind === 'seq') {
      parent.node.items.push(node);
      parent.node.plain.push(toPlain(node));
      return;
    }
    const key = parent.pendingKey!;
    parent.pendingKey = undefined;
    const existing = parent.node.entries.get(key);
    if (existing) throw new DuplicateKeyError(key, parent.pendingKeyOffset, existing.keyOffset);
    parent.node.entries.set(key, { key, keyOffset: parent.pendingKeyOffset, value: node });
    // `__proto__` is defined as the object's own data, never assigned (which would set its prototype).
    if (key === '__proto__') Object.defineProperty(parent.node.plain, key, { value: toPlain(node), enumerable: true, writable: true, configurable: true });
    else parent.node.plain[key] = toPlain(node);
  }
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
    () => 'the indentation or a ":" here does not fit the lines above (is a key indented wrongly, or a value missing its quotes?)',
  ],
  [/nesting exceeded maxDepth \((\d+)\)/, (m) => `the file is nested more than ${m[1]} levels deep, far deeper than any process needs; flatten it`],
  [/^deficient indentation/, () => 'a quote, "[" or "{" opened above is not closed before this line; close it (or indent the lines it runs over)'],
  [/within a (double|single) quoted scalar/, (m) => `a text opened with ${m[1] === 'double' ? '"' : "'"} is never closed; add the closing quote`],
  [/within a flow collection/, () => 'a "[" or "{" is never closed; add the closing bracket'],
  [/^missed comma between flow collection entries/, () => 'a comma is missing between two entries of a [...] or {...}; add it'],
  [
    /^bad indentation of a mapping entry/,
    () => 'a key here is indented wrongly, or a value holds ": " without quotes; line up the keys of one mapping, and quote such values',
  ],
  [/a multiline key may not be an implicit key/, () => 'a key above has no ":" after it, or runs over two lines; write each entry as "key: value" on one line'],
  [/non-printable characters|null byte is not allowed/, () => 'the file holds a control character YAML does not allow here; remove it'],
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
