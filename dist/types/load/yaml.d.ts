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
export declare class YamlEntries {
    private readonly list;
    /** null for a few entries. */
    private readonly byKey;
    constructor(list: readonly YamlEntry[], 
    /** null for a few entries. */
    byKey: ReadonlyMap<string, YamlEntry> | null);
    get size(): number;
    get(key: string): YamlEntry | undefined;
    has(key: string): boolean;
    keys(): IterableIterator<string>;
    values(): IterableIterator<YamlEntry>;
    [Symbol.iterator](): IterableIterator<[string, YamlEntry]>;
}
/** A document with something written in it: empty ones (a trailing "---", only comments) are skipped. */
export interface YamlDocument {
    readonly contents: YamlNode;
}
/** A YAML problem that makes the whole file unreadable. */
export declare class YamlSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
export interface YamlLimits {
    /** Nodes that aliases may add on top of the nodes written out, in one document. */
    readonly maxAliasExpansion: number;
    readonly maxDepth: number;
}
export declare const DEFAULT_YAML_LIMITS: YamlLimits;
export declare function parseYaml(text: string, limits?: YamlLimits): YamlDocument[];
/**
 * Where `text` reads `key:value`, an entry missing the space after its colon: says so, with the fix.
 * YAML reads such text as one plain value, so the key a person meant is not there.
 */
export declare function missingSpaceAfterColon(text: string): string | undefined;
export declare class DuplicateKeyError extends YamlSyntaxError {
    readonly key: string;
    readonly firstOffset: number;
    constructor(key: string, offset: number, firstOffset: number);
}
/**
 * A plain JavaScript value of a node, for schema validation: built with the tree, so it
 * costs no second walk. Ordinary objects, not prototype-free ones: V8 keeps those as
 * hash tables, which made building and validating them markedly slower. An alias
 * shares the plain value of its anchor's node.
 */
export declare function toPlain(node: YamlNode): unknown;
