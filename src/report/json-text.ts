/**
 * JSON indented by two spaces, as `JSON.stringify(value, null, 2)` writes it, except that an array of
 * plain values (a witness path, a list of tags) stays on one line: a path of 500 steps is one line, not 500.
 */
export function reportJson(value: unknown): string {
  return [...reportJsonPieces(value)].join('');
}

/**
 * A list a report writes item by item: each item is made only when it is written, so a report of
 * thousands of gaps never holds them all as report objects at once. Its items are objects.
 */
export class JsonList<Item extends object = object> {
  constructor(
    readonly length: number,
    readonly item: (index: number) => Item,
  ) {}
}

/**
 * `reportJson`'s text in the order it is written, in pieces: each `JsonList` item is made as it is reached. A value
 * that holds no `JsonList` is one piece, made whole by `jsonText`: a chain of generators, one per level, for every
 * key and value of 10,000 gaps cost more than writing them.
 */
export function* reportJsonPieces(value: unknown, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (value instanceof JsonList) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let index = 0; index < value.length; index++)
      yield `${index === 0 ? '' : ',\n'}${inner}${jsonText(value.item(index), inner)}`;
    return yield `\n${indent}]`;
  }
  if (!holdsList(value)) return yield jsonText(value, indent);
  const [open, entries, close] = parts(value as object);
  yield open;
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? '' : ',\n'}${inner}${key}`;
    yield* reportJsonPieces(item, inner);
  }
  yield `\n${indent}${close}`;
}

/** A value's whole text, as `reportJsonPieces` writes it. */
function jsonText(value: unknown, indent: string): string {
  if (value instanceof JsonList) return [...reportJsonPieces(value, indent)].join('');
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
    return JSON.stringify(value);
  const [open, entries, close] = parts(value);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  return `${open}${entries.map(([key, item]) => `${inner}${key}${jsonText(item, inner)}`).join(',\n')}\n${indent}${close}`;
}

/** An object's or array's brackets, and each entry as the text before its value (`"key": ` or nothing) and the value. */
function parts(value: object): [string, [string, unknown][], string] {
  if (Array.isArray(value)) return ['[\n', value.map((item) => ['', item]), ']'];
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return ['{\n', entries.map(([key, item]) => [`${JSON.stringify(key)}: `, item]), '}'];
}

/** Whether a `JsonList` is somewhere inside the value (not inside another list's items, which are made later). */
function holdsList(value: unknown): boolean {
  if (value instanceof JsonList) return true;
  if (value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsList);
}
