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

/** `reportJson`'s text in the order it is written, in pieces: each `JsonList` item is made as it is reached. */
export function* reportJsonPieces(value: unknown, indent = ''): Generator<string> {
  if (value instanceof JsonList) {
    if (value.length === 0) return yield '[]';
    yield* listPieces(
      Array.from({ length: value.length }, (_, index) => index),
      (index) => value.item(index),
      indent,
    );
    return;
  }
  if (value === null || typeof value !== 'object') return yield JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return yield JSON.stringify(value);
    yield* listPieces(value, (item) => item, indent);
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return yield '{}';
  const inner = `${indent}  `;
  yield '{\n';
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? '' : ',\n'}${inner}${JSON.stringify(key)}: `;
    yield* reportJsonPieces(item, inner);
  }
  yield `\n${indent}}`;
}

function* listPieces<T>(items: readonly T[], made: (item: T) => unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  yield '[\n';
  for (const [index, item] of items.entries()) {
    yield `${index === 0 ? '' : ',\n'}${inner}`;
    yield* reportJsonPieces(made(item), inner);
  }
  yield `\n${indent}]`;
}
