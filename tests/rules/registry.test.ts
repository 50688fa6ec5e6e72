/** The registry holds every rule of the catalogue once, each in the file named after it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { RuleRegistry } from '../../src/rules/registry.js';
import type { AnyRule } from '../../src/rules/types.js';

const RULES_FOLDER = 'src/rules';
const RULES = BUILT_IN_RULES.rules;
const registered = BUILT_IN_RULES.ids;

function isRule(value: unknown): value is AnyRule {
  return typeof value === 'object' && value !== null && 'kind' in value && 'meta' in value;
}

/** Every rule exported by a module of src/rules/, with the name of its file. */
async function exportedRules(): Promise<{ file: string; rule: AnyRule }[]> {
  const files = readdirSync(RULES_FOLDER).filter((name) => name.endsWith('.ts'));
  const modules = await Promise.all(
    files.map(async (file) => ({
      file,
      exports: (await import(pathToFileURL(path.resolve(RULES_FOLDER, file)).href)) as Record<string, unknown>,
    })),
  );
  return modules.flatMap(({ file, exports }) =>
    Object.values(exports)
      .filter(isRule)
      .map((rule) => ({ file, rule })),
  );
}

describe('the rule registry', () => {
  it('has unique ids, and refuses a rule registered twice', () => {
    expect(registered.filter((id, index) => registered.indexOf(id) !== index)).toEqual([]);
    expect(() => new RuleRegistry([...RULES, RULES[0]!])).toThrow(/registered twice: order-confirmation/);
  });

  it('finds each rule by its id, in catalogue order', () => {
    expect(RULES.every((rule) => BUILT_IN_RULES.get(rule.meta.id) === rule)).toBe(true);
    expect(BUILT_IN_RULES.get('no-such-rule')).toBeUndefined();
    expect(registered.slice(0, 4)).toEqual([
      'order-confirmation',
      'two-minute-response',
      'follow-through',
      'emergency-path',
    ]);
  });

  it('tells rule sets apart (the cache key): more rules, or other code for them, is another identity', () => {
    const [first, ...rest] = RULES;
    expect(new RuleRegistry(RULES).identity).toBe(BUILT_IN_RULES.identity);
    expect(new RuleRegistry(rest).identity).not.toBe(BUILT_IN_RULES.identity);
    const own = { ...first!, meta: { ...first!.meta, id: 'acme/read-back' } } as AnyRule;
    const withOwn = BUILT_IN_RULES.with([own], 'acme 1.0');
    expect(withOwn.ids).toEqual([...registered, 'acme/read-back']);
    expect(withOwn.identity).not.toBe(BUILT_IN_RULES.identity);
    expect(BUILT_IN_RULES.with([own], 'acme 1.1').identity).not.toBe(withOwn.identity);
  });

  it('finds each rule in src/rules/<id>.ts, and each rule file is named after its rule', async () => {
    const found = await exportedRules();
    expect(
      found
        .filter(({ file, rule }) => file !== `${rule.meta.id}.ts`)
        .map(({ file, rule }) => `${file} exports ${rule.meta.id}`),
    ).toEqual([]);
    const notInAFile = RULES.filter((rule) => !found.some((entry) => entry.rule === rule)).map((rule) => rule.meta.id);
    expect(notInAFile, 'registered rules that no file of src/rules/ exports').toEqual([]);
  });

  it('documents every option: a default and a description', () => {
    const undocumented = RULES.flatMap(({ meta }) => {
      const described = (meta.optionsSchema?.properties ?? {}) as Record<string, { description?: string }>;
      const defaults = Object.keys(meta.defaultOptions as object);
      return [
        ...defaults
          .filter((name) => !described[name]?.description)
          .map((name) => `${meta.id}: option "${name}" has no description`),
        ...Object.keys(described)
          .filter((name) => !defaults.includes(name))
          .map((name) => `${meta.id}: option "${name}" has no default`),
      ];
    });
    expect(undocumented).toEqual([]);
  });
});
