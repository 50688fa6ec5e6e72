/**
 * Plugins (SPEC §8, docs/custom-rules.md): ES modules a config names under `plugins`, by package name or by a
 * path relative to its folder, each exporting `{ name, rules, configs }`. Loaded, checked and made rules here,
 * where the config is read and again in each worker thread, so every thread audits with the same registry.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { isSeverity } from '../model/severity.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Finding, ProcessRule, RuleContext } from '../rules/types.js';
import { escapeUntrusted } from '../untrusted-text.js';
import type { Process } from '../model/process.js';
import { isStepIds } from '../model/step-path.js';

/** A plugin as plain data: what a worker thread is sent to load it again. */
export interface PluginSource {
  /** As the config names it: a package (`gapcheck-plugin-acme`) or a path relative to its folder (`./rules/acme.js`). */
  readonly spec: string;
  /** The file it resolved to, absolute. */
  readonly module: string;
  /** The config that names it, as reports name files. */
  readonly config: string;
  /** A fingerprint of its code, for the cache key: its package's version and integrity, or its file's bytes. */
  readonly identity: string;
}

export interface LoadedPlugin extends PluginSource {
  /** Its rules' prefix: a rule `vip-callback` of the plugin `acme` is `acme/vip-callback`. */
  readonly name: string;
  /** Its rules, each with its id `NAME/ID` and its source. */
  readonly rules: readonly PluginRule[];
  /** Its shareable configs (`extends: plugin:NAME/CONFIG`), by name, as the plugin writes them. */
  readonly configs: ReadonlyMap<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has options of its own
type PluginRule = ProcessRule<any>;

/** Where the config names a plugin: the entry of its `plugins` list. */
export interface PluginEntryPlace {
  /** The config file as reports name it. */
  readonly config: string;
  readonly line: number;
  readonly column: number;
}

/** The plugin `spec` names, as a config at `configFile` (absolute) names it at `at`; a UsageError saying why when it cannot be loaded. */
export async function loadPlugin(spec: string, configFile: string, at: PluginEntryPlace): Promise<LoadedPlugin> {
  const where = `${at.config}:${at.line}:${at.column}: plugin "${escapeUntrusted(spec)}"`;
  const module = resolvePlugin(spec, configFile, where);
  const source = { spec, module, config: at.config, identity: pluginIdentity(spec, module, configFile) };
  const plugin = checkedPlugin(await importModule(source, where), source);
  if (Array.isArray(plugin)) throw new UsageError(plugin.map((problem) => `${where} ${problem}`).join('\n'));
  return plugin;
}

/** A plugin loaded again from what `loadPlugin` found (in a worker thread): its file, checked as before. */
export async function reloadPlugin(source: PluginSource): Promise<LoadedPlugin> {
  const where = `plugin "${source.spec}" of ${source.config}`;
  const plugin = checkedPlugin(await importModule(source, where), source);
  if (Array.isArray(plugin)) throw new Error(`${where} ${plugin.join('; ')}`);
  return plugin;
}

/** What a worker thread is sent of a plugin: plain data. */
export function pluginSource({ spec, module, config, identity }: PluginSource): PluginSource {
  return { spec, module, config, identity };
}

/** `registry`'s rules, then each plugin's in the order the config names them; `registry` itself without any. */
export function withPlugins(registry: RuleRegistry, plugins: readonly LoadedPlugin[]): RuleRegistry {
  if (plugins.length === 0) return registry;
  return registry.with(
    plugins.flatMap((plugin) => plugin.rules),
    JSON.stringify(plugins.map((plugin) => [plugin.name, plugin.identity])),
  );
}

/** A path when it starts with `.` or `/`, as Node tells a relative import from a package. */
function isPath(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || path.isAbsolute(spec);
}

function resolvePlugin(spec: string, configFile: string, where: string): string {
  if (isPath(spec)) {
    const file = path.resolve(path.dirname(configFile), spec);
    const found = statSync(file, { throwIfNoEntry: false });
    if (found === undefined)
      throw new UsageError(
        `${where}: there is no file ${escapeUntrusted(file)}; a plugin's path is relative to the config's folder: correct the path`,
      );
    if (!found.isFile())
      throw new UsageError(
        `${where}: ${escapeUntrusted(file)} is not a file (a folder?); name the plugin's module file, like ./rules/acme.js`,
      );
    return file;
  }
  let resolved: string;
  try {
    // As `import` from the config's folder would find it (an ES module plugin's `exports` needs a "default" or "node" entry).
    resolved = createRequire(configFile).resolve(spec);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED')
      throw new UsageError(
        `${where}: the package exports no entry gapcheck can load; give its package.json "exports" a "default" entry`,
      );
    throw new UsageError(
      `${where} is not installed where the config's folder can find it; run \`npm install --save-dev ${escapeUntrusted(spec)}\` there, or correct the name (a path starts with ./)`,
    );
  }
  // Node's own modules (`fs`, `node:path`) resolve to their names, not to files.
  if (!path.isAbsolute(resolved))
    throw new UsageError(`${where} is one of Node's own modules, not a plugin; name a plugin's package or file`);
  return resolved;
}

/**
 * The module's exports. Its URL carries its fingerprint, so a process that reads the config again after the
 * plugin changed (the editor server) imports the new code: Node keeps every module it imported by its URL.
 */
async function importModule({ module: file, identity }: PluginSource, where: string): Promise<unknown> {
  const url = pathToFileURL(file);
  url.searchParams.set('gapcheck', identity);
  try {
    return (await import(url.href)) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new UsageError(
      `${where}: ${escapeUntrusted(file)} failed to load: ${escapeUntrusted(reason)}; fix the plugin, or remove it from "plugins"`,
    );
  }
}

/**
 * The fingerprint of a plugin's code. A package's: its name, version and the integrity package-lock.json
 * records for it, else the bytes of its entry file (a linked package, or none locked). A path's: its file's bytes.
 */
function pluginIdentity(spec: string, module: string, configFile: string): string {
  const locked = isPath(spec) ? undefined : lockedPackage(module, path.dirname(configFile));
  return locked ?? createHash('sha256').update(readFileSync(module)).digest('hex');
}

/** `name@version integrity` of the package holding `module`, from the nearest package-lock.json above `from`. */
function lockedPackage(module: string, from: string): string | undefined {
  const packageFolder = folderWith(path.dirname(module), (folder) => path.join(folder, 'package.json'));
  const lockFolder = folderWith(from, (folder) => path.join(folder, 'package-lock.json'));
  if (packageFolder === undefined || lockFolder === undefined) return undefined;
  const lock = readJson(path.join(lockFolder, 'package-lock.json')) as
    { packages?: Record<string, { version?: string; integrity?: string }> } | undefined;
  const key = path.relative(lockFolder, packageFolder).split(path.sep).join('/');
  const entry = lock?.packages?.[key];
  return entry?.integrity === undefined ? undefined : `${key}@${entry.version} ${entry.integrity}`;
}

/** The nearest folder, `start` or above, where `file(folder)` exists. */
function folderWith(start: string, file: (folder: string) => string): string | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (statSync(file(folder), { throwIfNoEntry: false })?.isFile()) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The plugin a module exports, or what is wrong with it; a module whose exports throw when read is wrong too. */
function checkedPlugin(exported: unknown, source: PluginSource): LoadedPlugin | string[] {
  const problems: string[] = [];
  try {
    return pluginFrom(exported, source, problems) ?? problems;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`threw while its exports were read (${escapeUntrusted(reason)}); fix the plugin`];
  }
}

/** The plugin a module exports (its default export, else its named exports), or undefined with what is wrong in `problems`. */
function pluginFrom(exported: unknown, source: PluginSource, problems: string[]): LoadedPlugin | undefined {
  const namespace = exported as Record<string, unknown>;
  const plugin = (namespace.default ?? namespace) as Record<string, unknown>;
  if (typeof plugin !== 'object' || plugin === null) {
    problems.push('exports no plugin; export { name, rules, configs } (docs/custom-rules.md)');
    return undefined;
  }
  const { name, rules, configs = {} } = plugin;
  if (typeof name !== 'string' || !ID.test(name))
    problems.push(
      'has no "name" like acme (lowercase letters, digits and dashes), which prefixes its rules\' ids; export one',
    );
  if (!Array.isArray(rules)) problems.push('has no "rules" list; export its rules as a list, even an empty one');
  if (typeof configs !== 'object' || configs === null || Array.isArray(configs))
    problems.push('has "configs" that are not a mapping of config names to configs; export them as one, or none');
  if (problems.length > 0) return undefined;
  const prefix = name as string;
  const seen = new Set<string>();
  const made = (rules as unknown[]).flatMap((rule, index) => {
    const made = pluginRule(rule, prefix, source, (problem) => problems.push(`rule ${index + 1} ${problem}`));
    if (made && seen.has(made.meta.id)) problems.push(`has two rules "${made.meta.id}"; give each an id of its own`);
    if (made) seen.add(made.meta.id);
    return made ? [made] : [];
  });
  if (problems.length > 0) return undefined;
  return {
    ...source,
    name: prefix,
    rules: made,
    configs: new Map(Object.entries(configs as Record<string, unknown>)),
  };
}

/**
 * A plugin's rule with its id `NAME/ID` and its source, checked as the built-in rules' are (src/rules/types.ts).
 * Its `meta.id` may be written `NAME/ID`, as reports and RuleTester name it, or `ID` alone.
 */
function pluginRule(
  written: unknown,
  plugin: string,
  source: PluginSource,
  problem: (text: string) => void,
): PluginRule | undefined {
  const rule = written as { kind?: unknown; meta?: Record<string, unknown>; check?: unknown };
  if (typeof rule !== 'object' || rule === null || typeof rule.meta !== 'object' || rule.meta === null) {
    problem('is not a rule: a rule is { kind: "process", meta, check }');
    return undefined;
  }
  const meta = rule.meta;
  const writtenId = typeof meta.id === 'string' ? meta.id : undefined;
  const id = writtenId?.startsWith(`${plugin}/`) ? writtenId.slice(plugin.length + 1) : writtenId;
  const wrong: string[] = [];
  if (id === undefined || !ID.test(id))
    wrong.push(
      `has no meta.id like ${plugin}/vip-callback: the plugin's name, a slash, then lowercase letters, digits and dashes`,
    );
  if (rule.kind !== 'process') wrong.push('must have kind: "process": a plugin\'s rule checks one process at a time');
  if (typeof rule.check !== 'function') wrong.push('has no check(process, context) function');
  if (!isSeverity(meta.defaultSeverity)) wrong.push('has no meta.defaultSeverity: low, medium, high or critical');
  for (const field of ['summary', 'why', 'fix'] as const)
    if (typeof meta[field] !== 'string' || meta[field].trim() === '')
      wrong.push(`has no meta.${field}: a sentence a support lead understands`);
  for (const field of ['example', 'failingExample', 'docs'] as const)
    if (meta[field] !== undefined && typeof meta[field] !== 'string')
      wrong.push(`has a meta.${field} that is not text`);
  if (meta.structural !== undefined && typeof meta.structural !== 'boolean')
    wrong.push('has a meta.structural that is not true or false');
  wrong.push(...optionProblems(meta));
  if (wrong.length > 0) {
    for (const text of wrong) problem(writtenId === undefined ? text : `("${escapeUntrusted(writtenId)}") ${text}`);
    return undefined;
  }
  const check = (rule.check as ProcessRule['check']).bind(rule);
  return {
    kind: 'process',
    meta: {
      ...(meta as unknown as ProcessRule['meta']),
      id: `${plugin}/${id}`,
      structural: meta.structural === true,
      defaultOptions: (meta.defaultOptions ?? {}) as Record<string, never>,
      source: { kind: 'plugin', plugin, module: source.spec, config: source.config },
    },
    check: (process: Process, context: RuleContext<Record<string, never>>) =>
      checkedFindings(check(process, context), context),
  };
}

/** As the built-in rules' (tests/rules/registry.test.ts): options a mapping, each with a default and a description in `optionsSchema`. */
function optionProblems(meta: Record<string, unknown>): string[] {
  const defaults = meta.defaultOptions ?? {};
  const schema = meta.optionsSchema;
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults))
    return ['has meta.defaultOptions that are not a mapping of option names to defaults'];
  if (schema !== undefined && (typeof schema !== 'object' || schema === null || Array.isArray(schema)))
    return ['has a meta.optionsSchema that is not a JSON Schema object'];
  const described = ((schema as { properties?: unknown } | undefined)?.properties ?? {}) as Record<
    string,
    { description?: unknown }
  >;
  const names = Object.keys(defaults);
  return [
    ...names
      .filter((name) => typeof described[name]?.description !== 'string')
      .map((name) => `has option "${name}" without a description in meta.optionsSchema.properties`),
    ...Object.keys(described)
      .filter((name) => !names.includes(name))
      .map((name) => `has option "${name}" without a default in meta.defaultOptions`),
  ];
}

/** What a plugin's check returned, when it is findings about this process; else a throw, which the audit reports as the rule's crash. */
function checkedFindings(returned: unknown, context: RuleContext<unknown>): Finding[] {
  if (!Array.isArray(returned))
    throw new Error(`its check returned ${describeValue(returned)}, not a list of findings`);
  for (const finding of returned as Partial<Finding>[]) {
    if (typeof finding?.message !== 'string' || finding.message === '')
      throw new Error('its check returned a finding without a message');
    // A `StepPath` comes from the graph's own queries, so only ids the plugin wrote are checked.
    const pathIds = finding.path !== undefined && isStepIds(finding.path) ? finding.path : [];
    const steps = [...(finding.step === undefined ? [] : [finding.step]), ...pathIds];
    const unknown = steps.find((step) => typeof step !== 'string' || context.graph.indexOf(step) === undefined);
    if (unknown !== undefined)
      throw new Error(`its check returned a finding naming step "${String(unknown)}", which the process does not have`);
  }
  return returned as Finding[];
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}
