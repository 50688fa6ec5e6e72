/** What one config file says, checked against the rules at the place it is written: rule settings, policies, `paths`. */
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type AjvModule from 'ajv/dist/2020.js';
import { UsageError } from '../errors.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { pointerSegments, schemaProblem } from '../load/schema-problem.js';
import { closestName } from '../load/suggest.js';
import type { YamlNode } from '../load/yaml.js';
import { escalateSeverity, type Level } from '../model/severity.js';
import { invalidProcess } from '../rules/invalid-process.js';
import { policyProblems } from '../rules/policy/lint.js';
import type { Policy, PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { AnyRule } from '../rules/types.js';
import { located, type ConfigDocument } from './read.js';

export const PRESETS = ['recommended', 'strict', 'none'] as const;
export type Preset = (typeof PRESETS)[number];

/** A rule's entry under `rules`, as written. */
export type WrittenSetting = Level | ({ severity?: Level } & Record<string, unknown>);

/** What one `rules` entry changes: the level when it names one, and the options it sets (checked against the rule). */
export interface RulePatch {
  readonly level?: Level;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A `rules` mapping in a config file: the node, and how messages name it (`rules`, `overrides entry 2: rules`). */
export interface RulesPlace {
  readonly document: ConfigDocument;
  readonly node: YamlNode | undefined;
  readonly label: string;
}

/** Each entry of a `rules` mapping, checked against its rule: `invalid-process` may not be set, options must fit. */
export function rulePatches(
  written: Readonly<Record<string, WrittenSetting>> | undefined,
  place: RulesPlace,
  registry: RuleRegistry,
): Map<string, RulePatch> {
  const patches = new Map<string, RulePatch>();
  for (const [id, setting] of Object.entries(written ?? {})) {
    const rule = registry.get(id)!;
    const writtenAt = (option?: OptionPart): string => describeRuleKey(place, id, option);
    if (rule === invalidProcess) {
      throw new UsageError(
        `${writtenAt()}: invalid-process is always critical: a file that is not a process must never pass unseen; remove this setting, and list such files under "ignore" instead`,
      );
    }
    if (typeof setting === 'string') {
      patches.set(id, { level: setting, options: {} });
      continue;
    }
    const { severity, ...options } = setting;
    patches.set(id, {
      ...(severity === undefined ? {} : { level: severity }),
      options: checkedOptions(rule, options, writtenAt),
    });
  }
  return patches;
}

/** The level a preset gives a rule. `invalid-process` is critical whatever the preset (docs/rules/invalid-process.md). */
export function presetLevel(preset: Preset, rule: AnyRule): Level {
  const severity = rule.meta.defaultSeverity;
  if (rule === invalidProcess) return severity;
  // A policy is written in the config: `none` leaves it on, as it leaves on the rules the config lists.
  if (preset === 'none') return rule.meta.source?.kind === 'policy' ? severity : 'off';
  return preset === 'strict' ? escalateSeverity(severity) : severity;
}

/** docs/policies.md: what the schema cannot check of the policies, each mistake at its place; the policies with their config. */
export function checkedPolicies(
  policies: readonly Policy[],
  document: ConfigDocument,
  registry: RuleRegistry,
): PolicySource[] {
  const written = entryOf(document.root, 'policies');
  const at = (index: number, inside: readonly string[], part: OptionPart['part'] = 'key'): number => {
    const node = written?.kind === 'seq' ? written.items[index] : undefined;
    return (node && offsetWithin(node, { path: inside, part })) ?? node?.offset ?? 0;
  };
  const complaints: string[] = [];
  const seen = new Map<string, number>();
  policies.forEach((policy, index) => {
    const name = `policy "${policy.id}"`;
    const builtIn = registry.get(policy.id) !== undefined;
    const earlier = seen.get(policy.id);
    if (builtIn)
      complaints.push(
        located(
          document.source,
          at(index, ['id'], 'value'),
          `${name} has the id of a built-in rule; give it an id of its own (gapcheck rules lists the built-in ones)`,
        ),
      );
    else if (earlier !== undefined)
      complaints.push(
        located(
          document.source,
          at(index, ['id'], 'value'),
          `${name} is written twice (policy ${earlier + 1} has the same id); give each policy an id of its own`,
        ),
      );
    seen.set(policy.id, seen.get(policy.id) ?? index);
    for (const problem of policyProblems(policy)) {
      const where =
        problem.path.length === 0 ? name : `${name}: ${problem.path.filter((key) => !/^\d+$/.test(key)).join('.')}`;
      complaints.push(located(document.source, at(index, problem.path), `${where} ${problem.message}`));
    }
  });
  if (complaints.length > 0) throw new UsageError(complaints.join('\n'));
  return policies.map((policy) => ({ policy, config: document.source.path }));
}

/**
 * `paths`, made absolute. Each must lie in the config's folder or below it: a pull request that edits the
 * config must not make CI read files outside the repository (`/etc`, `../secrets`), as ESLint keeps to its base path.
 */
export function resolvePaths(written: readonly string[], document: ConfigDocument): string[] {
  const base = path.dirname(document.file);
  const entries = entryOf(document.root, 'paths');
  const realBase = realpathSync(base);
  return written.map((entry, index) => {
    const absolute = path.resolve(base, entry);
    // A link committed under the config's folder may lead out of it: where it leads is what would be read.
    if (isOutside(base, absolute) || (existsSync(absolute) && isOutside(realBase, realpathSync(absolute)))) {
      const offset = entries?.kind === 'seq' ? (entries.items[index]?.offset ?? entries.offset) : 0;
      throw new UsageError(
        located(
          document.source,
          offset,
          `paths entry "${escapeUntrusted(entry)}" is outside the config's folder; a config names only folders and files below it, so name what lies elsewhere on the command line, or move the config up`,
        ),
      );
    }
    return absolute;
  });
}

export function entryOf(node: YamlNode | null | undefined, key: string): YamlNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}

function isOutside(base: string, target: string): boolean {
  const inside = path.relative(base, target);
  return inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
}

function checkedOptions(
  rule: AnyRule,
  written: Record<string, unknown>,
  writtenAt: (option?: OptionPart) => string,
): Record<string, unknown> {
  if (Object.keys(written).length === 0) return written;
  const known = Object.keys(rule.meta.defaultOptions as Record<string, unknown>);
  for (const key of Object.keys(written)) {
    if (known.includes(key)) continue;
    const meant = closestName(key, known);
    const hint =
      known.length === 0
        ? 'it has no options, only a level'
        : meant !== undefined
          ? `did you mean "${meant}"?`
          : `its options are ${known.join(', ')}`;
    throw new UsageError(`${writtenAt({ path: [key], part: 'key' })}: ${rule.meta.id} has no option "${key}"; ${hint}`);
  }
  // Loaded only for a config that sets options: ajv takes a tenth of a second to load (src/load/validate.ts).
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof AjvModule;
  const validate = new Ajv2020({ allErrors: true }).compile(rule.meta.optionsSchema ?? {});
  if (!validate(written)) {
    const problem = validate.errors![0]!;
    const inside = pointerSegments(problem);
    // A wrong key inside an option (`per-channel: { e-mail: … }`) is reported by `propertyNames` with the key as its value.
    const wrongKey = problem.propertyName;
    const option = optionName(inside);
    if (wrongKey !== undefined) {
      const where = writtenAt({ path: [...inside, wrongKey], part: 'key' });
      throw new UsageError(
        `${where}: "${wrongKey}" in ${option} of ${rule.meta.id} ${schemaProblem(problem, wrongKey)}`,
      );
    }
    const value = inside.reduce<unknown>(
      (within, key) => (within as Record<string, unknown> | undefined)?.[key],
      written,
    );
    throw new UsageError(
      `${writtenAt({ path: inside, part: 'value' })}: ${option} of ${rule.meta.id} ${schemaProblem(problem, typeof value === 'string' ? value : undefined)}`,
    );
  }
  return written;
}

/** Where in a rule's setting a problem lies: the keys (or list positions) down to it, and whether at the last key or its value. */
interface OptionPart {
  readonly path: readonly string[];
  readonly part: 'key' | 'value';
}

/** `file:line:column: rules.<id>`, at the option's key or value when one is named, else at the rule's key. */
function describeRuleKey(place: RulesPlace, ruleId: string, at?: OptionPart): string {
  const entry = place.node?.kind === 'map' ? place.node.entries.get(ruleId) : undefined;
  const offset = (entry && at && offsetWithin(entry.value, at)) ?? entry?.keyOffset ?? 0;
  return located(place.document.source, offset, `${place.label}.${ruleId}`);
}

/** `option "per-channel.email.within"`, or `entry 2 of option "channels"`: an option as the config spells it. */
function optionName(inside: readonly string[]): string {
  const isIndex = (segment: string): boolean => /^\d+$/.test(segment);
  const option = `option "${inside.filter((segment) => !isIndex(segment)).join('.')}"`;
  const entries = inside.filter(isIndex).map((index) => `entry ${Number(index) + 1} of `);
  return `${entries.reverse().join('')}${option}`;
}

/** The offset of the deepest key (or value) along `at.path` that the config has, inside a rule's setting. */
function offsetWithin(setting: YamlNode, at: OptionPart): number | undefined {
  let node: YamlNode | undefined = setting;
  let offset: number | undefined;
  for (const [index, segment] of at.path.entries()) {
    if (node?.kind === 'seq') {
      node = node.items[Number(segment)];
      offset = node?.offset ?? offset;
      continue;
    }
    const entry = node?.kind === 'map' ? node.entries.get(segment) : undefined;
    if (entry === undefined) break;
    offset = at.part === 'key' && index === at.path.length - 1 ? entry.keyOffset : entry.value.offset;
    node = entry.value;
  }
  return offset;
}
