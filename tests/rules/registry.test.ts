/** The registry holds every rule of the catalogue once, each in the file named after it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rule-ids.js';
import { RULES } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/rules/types.js';

const RULES_FOLDER = 'src/rules';
const registered = RULES.map((rule) => rule.meta.id);
const catalogue: readonly string[] = RULE_IDS;

function isRule(value: unknown): value is AnyRule {
  return typeof value === 'object' && value !== null && 'kind' in value && 'meta' in value;
}

/** Every rule exported by a module of src/rules/, with the name of its file. */
async function exportedRules(): Promise<{ file: string; rule: AnyRule }[]> {
  const files = readdirSync(RULES_FOLDER).filter((name) => name.endsWith('.ts'));
  const modules = await Promise.all(
    files.map(async (file) => ({ file, exports: (await import(pathToFileURL(path.resolve(RULES_FOLDER, file)).href)) as Record<string, unknown> })),
  );
  return modules.flatMap(({ file, exports }) => Object.values(exports).filter(isRule).map((rule) => ({ file, rule })));
}

describe('the rule registry', () => {
  it('registers every rule of the catalogue (RULE_IDS), and no other', () => {
    expect(catalogue.filter((id) => !registered.includes(id)), 'rules of the catalogue missing from RULES').toEqual([]);
    expect(registered.filter((id) => !catalogue.includes(id)), 'rules in RULES that the catalogue does not name').toEqual([]);
  });

  it('lists the rules in catalogue order', () => {
    expect(registered).toEqual([...catalogue]);
  });

  it('has unique ids', () => {
    expect(registered.filter((id, index) => registered.indexOf(id) !== index)).toEqual([]);
  });

  it('finds each rule in src/rules/<id>.ts, and each rule file is named after its rule', async () => {
    const found = await exportedRules();
    expect(found.filter(({ file, rule }) => file !== `${rule.meta.id}.ts`).map(({ file, rule }) => `${file} exports ${rule.meta.id}`)).toEqual([]);
    const notInAFile = RULES.filter((rule) => !found.some((entry) => entry.rule === rule)).map((rule) => rule.meta.id);
    expect(notInAFile, 'registered rules that no file of src/rules/ exports').toEqual([]);
  });

  it('documents every option: a default and a description', () => {
    const undocumented = RULES.flatMap(({ meta }) => {
      const described = (meta.optionsSchema?.properties ?? {}) as Record<string, { description?: string }>;
      const defaults = Object.keys(meta.defaultOptions as object);
      return [
        ...defaults.filter((name) => !described[name]?.description).map((name) => `${meta.id}: option "${name}" has no description`),
        ...Object.keys(described).filter((name) => !defaults.includes(name)).map((name) => `${meta.id}: option "${name}" has no default`),
      ];
    });
    expect(undocumented).toEqual([]);
  });
});
