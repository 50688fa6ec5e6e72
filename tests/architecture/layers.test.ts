/**
 * The folders of src/ import each other in one direction only, from the pipeline's top (cli) to its bottom
 * (the shared modules at src/'s root): a module never imports one of a folder above its own (README, Development).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Bottom first. `.` is src/ itself: positions, escaping of untrusted text, the rule ids, errors, the version. */
const LAYERS = ['.', 'model', 'load', 'rules', 'config', 'audit', 'report', 'lsp', 'cli'] as const;
const SRC = 'src';

function layerOf(file: string): number {
  const folder = path.relative(SRC, path.dirname(file)).split(path.sep)[0] || '.';
  const layer = LAYERS.indexOf(folder as (typeof LAYERS)[number]);
  if (layer === -1) throw new Error(`${folder}/ is in no layer: add it to LAYERS and to the README's table`);
  return layer;
}

/** Every relative import (static, dynamic, type-only) of every module under src/, as [importer, imported]. */
function imports(): [string, string][] {
  const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return modules.flatMap((name) => {
    const file = path.join(SRC, name);
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:from|import\()\s*'(\.\.?\/[^']+)'/g)].map((match): [string, string] => [file, path.join(path.dirname(file), match[1]!)]);
  });
}

describe('layers', () => {
  const edges = imports();

  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it('has no import into a folder above the importer', () => {
    const upward = edges
      .filter(([from, to]) => layerOf(to) > layerOf(from))
      .map(([from, to]) => `${from} imports ${to}: ${LAYERS[layerOf(from)]} may not import ${LAYERS[layerOf(to)]}`);
    expect(upward).toEqual([]);
  });
});
