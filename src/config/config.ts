/** `gapcheck.config.yaml`: README, Configuration. Found, parsed, validated, and resolved into one setting per rule. */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type AjvModule from 'ajv/dist/2020.js';
import { UsageError } from '../errors.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { decodeText, findMergeConflict } from '../load/load-file.js';
import { SourceText } from '../load/source.js';
import { pointerSegments, schemaProblem } from '../load/schema-problem.js';
import { closestName } from '../load/suggest.js';
import { validateConfig } from '../load/validate.js';
import { YamlSyntaxError, parseYaml, toPlain, type YamlMap, type YamlNode } from '../load/yaml.js';
import { escalateSeverity, type Level } from '../model/severity.js';
import { invalidProcess } from '../rules/invalid-process.js';
import { withPolicies } from '../rules/policy/index.js';
import { policyProblems } from '../rules/policy/lint.js';
import type { Policy, PolicySource } from '../rules/policy/policy.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { AnyRule } from '../rules/types.js';
import { loadPlugin, pluginSource, withPlugins, type LoadedPlugin, type PluginSource } from './plugins.js';

export const CONFIG_FILE_NAME = 'gapcheck.config.yaml';

const MAX_CONFIG_BYTES = 1024 * 1024;

export const PRESETS = ['recommended', 'strict', 'none'] as const;
export type Preset = (typeof PRESETS)[number];

export interface RuleSetting {
  readonly level: Level;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Config {
  /** The config file, when there is one. */
  readonly file?: string;
  readonly preset: Preset;
  /** The rules the config was read against, then its policies made rules: what the audit runs. */
  readonly registry: RuleRegistry;
  /** The effective setting of every rule of `registry`. */
  readonly rules: ReadonlyMap<string, RuleSetting>;
  readonly ignore: readonly string[];
  /** Where `ignore` globs are relative to: the config file's folder, else the working directory. */
  readonly ignoreBase: string;
  /** What `gapcheck audit` with no path audits: absolute paths (`paths`, written relative to the config's folder), else the working directory. */
  readonly paths: readonly string[];
  /** The config's policies as written (docs/policies.md), each with the config that writes it: what a worker thread compiles again. */
  readonly policies: readonly PolicySource[];
  /** The config's plugins (./plugins.ts), whose rules `registry` holds: what a worker thread loads again. */
  readonly plugins: readonly PluginSource[];
}

/** The config in `cwd` or its nearest ancestor, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The settings without a config file: `registry`'s rules at the preset's severities. */
export function defaultConfig(cwd: string, registry: RuleRegistry): Config {
  return resolveConfig({}, undefined, cwd, registry, []);
}

/**
 * `registry`: the rules the config may set besides its plugins' and its own policies (and the audit runs, with
 * those). Asynchronous because plugins are ES modules, imported as they are named.
 */
export async function loadConfig(file: string | undefined, cwd: string, registry: RuleRegistry): Promise<Config> {
  if (file === undefined) return defaultConfig(cwd, registry);
  const source = readConfigText(file, cwd);
  const root = parseConfigYaml(source);
  const plugins = await loadPlugins(root, source, path.resolve(cwd, file));
  const withTheirRules = withPlugins(registry, plugins);
  const complaints = validateConfig(root, withTheirRules.ids);
  if (complaints.length > 0) {
    throw new UsageError(complaints.map((c) => located(source, c.offset, c.message)).join('\n'));
  }
  return resolveConfig(
    root === null ? {} : (toPlain(root) as RawConfig),
    { source, root: root as YamlMap | null },
    cwd,
    withTheirRules,
    plugins,
  );
}

/**
 * The plugins `plugins` names, in order, each loaded from the config's folder; none when the list is not a list
 * of names (the schema then says what is wrong). Two plugins of one name would give rules one id: an error.
 */
async function loadPlugins(root: YamlNode | null, source: SourceText, configFile: string): Promise<LoadedPlugin[]> {
  const written = root?.kind === 'map' ? root.entries.get('plugins')?.value : undefined;
  if (written?.kind !== 'seq') return [];
  const loaded: LoadedPlugin[] = [];
  for (const entry of written.items) {
    if (entry.kind !== 'scalar' || typeof entry.value !== 'string' || entry.value === '') return [];
    const plugin = await loadPlugin(entry.value, configFile, {
      config: source.path,
      ...source.positionAt(entry.offset),
    });
    const same = loaded.find((earlier) => earlier.name === plugin.name);
    if (same)
      throw new UsageError(
        located(
          source,
          entry.offset,
          `plugin "${escapeUntrusted(entry.value)}" is named "${plugin.name}", as is the plugin "${escapeUntrusted(same.spec)}" before it: their rules would have the same ids; keep one of them`,
        ),
      );
    loaded.push(plugin);
  }
  return loaded;
}

interface RawConfig {
  extends?: Preset;
  rules?: Record<string, Level | ({ severity?: Level } & Record<string, unknown>)>;
  ignore?: string[];
  paths?: string[];
  policies?: Policy[];
}

interface ConfigSource {
  readonly source: SourceText;
  readonly root: YamlMap | null;
}

function readConfigText(file: string, cwd: string): SourceText {
  const shown = path.relative(cwd, file) || file;
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  // A committed link to /dev/zero or a huge file must not hang the run or exhaust memory.
  if (!stats.isFile())
    throw new UsageError(
      `the config file "${shown}" is not a file (a folder, a named pipe or a device?); name a config file`,
    );
  if (stats.size > MAX_CONFIG_BYTES)
    throw new UsageError(
      `the config file "${shown}" is larger than 1 MiB, far more than any config needs; check that it is the config`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  const text = decodeText(bytes);
  const shownPosix = shown.split(path.sep).join('/');
  if (typeof text !== 'string')
    throw new UsageError(`${shownPosix}:${text.at.line}:${text.at.column}: ${text.problem}`);
  return new SourceText(shownPosix, text);
}

function parseConfigYaml(source: SourceText): YamlNode | null {
  const conflict = findMergeConflict(source.text);
  if (conflict) throw new UsageError(located(source, conflict.offset, conflict.message));
  try {
    const documents = parseYaml(source.text);
    if (documents.length > 1) throw new UsageError(located(source, 0, 'the config must be a single YAML document'));
    return documents[0]?.contents ?? null;
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      throw new UsageError(located(source, error.offset, `YAML syntax error: ${error.message}`));
    throw error;
  }
}

function located(source: SourceText, offset: number, message: string): string {
  const { line, column } = source.positionAt(offset);
  return `${source.path}:${line}:${column}: ${message}`;
}

function resolveConfig(
  raw: RawConfig,
  from: ConfigSource | undefined,
  cwd: string,
  given: RuleRegistry,
  plugins: readonly LoadedPlugin[],
): Config {
  const preset = raw.extends ?? 'recommended';
  const policies = from ? checkedPolicies(raw.policies ?? [], from, given) : [];
  const registry = withPolicies(given, policies);
  const rules = new Map<string, RuleSetting>();
  for (const rule of registry.rules) {
    const written = raw.rules?.[rule.meta.id];
    const writtenAt = (option?: OptionPart): string => describeRuleKey(from, rule.meta.id, option);
    if (written !== undefined && rule === invalidProcess) {
      throw new UsageError(
        `${writtenAt()}: invalid-process is always critical: a file that is not a process must never pass unseen; remove this setting, and list such files under "ignore" instead`,
      );
    }
    const level = typeof written === 'string' ? written : (written?.severity ?? presetLevel(preset, rule));
    const { severity: _severity, ...options } = typeof written === 'object' && written !== null ? written : {};
    rules.set(rule.meta.id, { level, options: resolveOptions(rule, options, writtenAt) });
  }
  const file = from ? path.resolve(cwd, from.source.path) : undefined;
  return {
    file,
    preset,
    registry,
    rules,
    ignore: raw.ignore ?? [],
    ignoreBase: file ? path.dirname(file) : cwd,
    paths: raw.paths && from && file ? resolvePaths(raw.paths, from, path.dirname(file)) : [cwd],
    policies,
    plugins: plugins.map(pluginSource),
  };
}

/** docs/policies.md: what the schema cannot check of the policies, each mistake at its place; the policies with their config. */
function checkedPolicies(policies: readonly Policy[], from: ConfigSource, registry: RuleRegistry): PolicySource[] {
  const written = from.root?.entries.get('policies')?.value;
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
          from.source,
          at(index, ['id'], 'value'),
          `${name} has the id of a built-in rule; give it an id of its own (gapcheck rules lists the built-in ones)`,
        ),
      );
    else if (earlier !== undefined)
      complaints.push(
        located(
          from.source,
          at(index, ['id'], 'value'),
          `${name} is written twice (policy ${earlier + 1} has the same id); give each policy an id of its own`,
        ),
      );
    seen.set(policy.id, seen.get(policy.id) ?? index);
    for (const problem of policyProblems(policy)) {
      const where =
        problem.path.length === 0 ? name : `${name}: ${problem.path.filter((key) => !/^\d+$/.test(key)).join('.')}`;
      complaints.push(located(from.source, at(index, problem.path), `${where} ${problem.message}`));
    }
  });
  if (complaints.length > 0) throw new UsageError(complaints.join('\n'));
  return policies.map((policy) => ({ policy, config: from.source.path }));
}

/**
 * `paths`, made absolute. Each must lie in the config's folder or below it: a pull request that edits the
 * config must not make CI read files outside the repository (`/etc`, `../secrets`), as ESLint keeps to its base path.
 */
function resolvePaths(written: readonly string[], from: ConfigSource, base: string): string[] {
  const entries = from.root?.entries.get('paths')?.value;
  const realBase = realpathSync(base);
  return written.map((entry, index) => {
    const absolute = path.resolve(base, entry);
    // A link committed under the config's folder may lead out of it: where it leads is what would be read.
    if (isOutside(base, absolute) || (existsSync(absolute) && isOutside(realBase, realpathSync(absolute)))) {
      const offset = entries?.kind === 'seq' ? (entries.items[index]?.offset ?? entries.offset) : 0;
      throw new UsageError(
        located(
          from.source,
          offset,
          `paths entry "${escapeUntrusted(entry)}" is outside the config's folder; a config names only folders and files below it, so name what lies elsewhere on the command line, or move the config up`,
        ),
      );
    }
    return absolute;
  });
}

function isOutside(base: string, target: string): boolean {
  const inside = path.relative(base, target);
  return inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
}

/** `invalid-process` is critical whatever the preset (docs/rules/invalid-process.md): `none` leaves it on, and `strict` cannot raise it further. */
function presetLevel(preset: Preset, rule: AnyRule): Level {
  const severity = rule.meta.defaultSeverity;
  if (rule === invalidProcess) return severity;
  // A policy is written in the config: `none` leaves it on, as it leaves on the rules the config lists.
  if (preset === 'none') return rule.meta.source?.kind === 'policy' ? severity : 'off';
  return preset === 'strict' ? escalateSeverity(severity) : severity;
}

function resolveOptions(
  rule: AnyRule,
  written: Record<string, unknown>,
  writtenAt: (option?: OptionPart) => string,
): Record<string, unknown> {
  const defaults = rule.meta.defaultOptions as Record<string, unknown>;
  if (Object.keys(written).length === 0) return defaults;
  const known = Object.keys(defaults);
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
  return { ...defaults, ...written };
}

/** Where in a rule's setting a problem lies: the keys (or list positions) down to it, and whether at the last key or its value. */
interface OptionPart {
  readonly path: readonly string[];
  readonly part: 'key' | 'value';
}

/** `file:line:column: rules.<id>`, at the option's key or value when one is named, else at the rule's key. */
function describeRuleKey(from: ConfigSource | undefined, ruleId: string, at?: OptionPart): string {
  if (!from) return 'config';
  const rules = from.root?.entries.get('rules')?.value;
  const entry = rules?.kind === 'map' ? rules.entries.get(ruleId) : undefined;
  const { line, column } = from.source.positionAt(
    (entry && at && offsetWithin(entry.value, at)) ?? entry?.keyOffset ?? 0,
  );
  return `${from.source.path}:${line}:${column}: rules.${ruleId}`;
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
