/**
 * JSON indented by two spaces, as `JSON.stringify(value, null, 2)` writes it, except that an array of
 * plain values (a witness path, a list of tags) stays on one line: a path of 500 steps is one line, not 500.
 */
export function reportJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((item) => inner + reportJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${reportJson(item, inner)}`).join(',\n')}\n${indent}}`;
}
