import type { YamlNode } from '../../src/load/yaml.js';

/**
 * The values of a tree, built from its entries and items alone, not from the plain
 * values js-yaml built: what the rules read, to hold against what the schema validated.
 * Keys are defined, never assigned, so `__proto__` stays data.
 */
export function treeValues(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(treeValues);
  const values: Record<string, unknown> = {};
  for (const [name, entry] of node.entries) {
    Object.defineProperty(values, name, {
      value: treeValues(entry.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return values;
}
