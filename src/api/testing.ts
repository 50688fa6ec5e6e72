/**
 * `gapcheck/testing`: a rule tester for plugin rules and policies alike (docs/api.md), under semantic versioning.
 * Fixtures are process files that mark the gaps they expect with YAML comments, as Semgrep's `ruleid:` comments do:
 *
 *     - id: log-complaint        # expect: acme/vip-callback
 *     # expect: acme/vip-callback
 *     - id: take-call            (a mark alone on its line is about the next line that is not blank or a comment)
 *     - id: call-back            # ok: acme/vip-callback
 *
 * The rule must report a gap on exactly the lines marked `expect` (the line of the gap's step key, or of the
 * process id, role or waiver) and nowhere else; `ok` says a line must have none. Like ESLint's RuleTester, each
 * fixture is one test of the runner in use: `describe` and `it` are the global ones (vitest with globals, jest,
 * mocha) or those set on `RuleTester` (node:test's, vitest's imports); without any, a failing fixture throws.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig as readConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAMES, toPosix } from '../load/discover.js';
import { todayUtc } from '../model/time.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import { invalidProcess } from '../rules/invalid-process.js';
import type { Gap, ProcessRule } from '../rules/types.js';
import { compareText } from '../text-order.js';
import { auditTexts } from './audit.js';

/** A test runner's `describe` or `it`: a title and a function to run (as a suite, or as one test: then asynchronous). */
export type TestFunction = (title: string, body: () => void | Promise<void>) => unknown;

export interface RuleTesterSettings {
  /** The date to audit fixtures as, `YYYY-MM-DD` (default: today in UTC); fix it so reviews and waivers do not expire under the tests. */
  readonly today?: string;
}

export interface RuleTest {
  /** Fixture files, or folders whose `*.yaml` / `*.yml` files (below them too; not a `gapcheck.config.yaml`) are each a fixture. */
  readonly fixtures: string | readonly string[];
  /** The rule's options, as a config sets them under `rules.<id>` (checked against its `optionsSchema`). Not with `config`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** A config file to audit the fixtures with: the one that writes the policy under test, or sets the rule's options. */
  readonly config?: string;
}

const MARK = /(?:^|\s)#\s*(expect|ok)\s*:\s*(.*)$/;

/** What one fixture's comments say of a rule's gaps. */
interface Marks {
  /** Lines that must hold a gap, with the line of the mark that says so. */
  readonly expected: Map<number, number>;
  /** Lines that must hold none. */
  readonly ok: Set<number>;
}

export class RuleTester {
  static #describe?: TestFunction;
  static #it?: TestFunction;

  /** The `describe` each `run` is wrapped in: set it for a runner without globals (`import { describe } from 'node:test'`). */
  static set describe(value: TestFunction) {
    RuleTester.#describe = value;
  }

  static get describe(): TestFunction {
    return RuleTester.#describe ?? globalFunction('describe') ?? ((_title, body) => body());
  }

  /** The `it` each fixture runs in. */
  static set it(value: TestFunction) {
    RuleTester.#it = value;
  }

  static get it(): TestFunction {
    return RuleTester.#it ?? globalFunction('it') ?? ((_title, body) => body());
  }

  readonly #today: string;

  constructor({ today = todayUtc() }: RuleTesterSettings = {}) {
    this.#today = today;
  }

  /**
   * Tests `rule` (a plugin's rule, or the id of a policy or a built-in rule) on each fixture: one `it` per fixture,
   * inside one `describe` named for the rule. A fixture fails with every line where the gaps differ from its marks.
   * A config is read asynchronously (its plugins are ES modules): a config, options or rule id that is wrong
   * fails each fixture's test with what is wrong.
   */
  run<Options>(rule: ProcessRule<Options> | string, test: RuleTest): void {
    const ruleId = typeof rule === 'string' ? rule : rule.meta.id;
    if (typeof rule !== 'string' && BUILT_IN_RULES.get(ruleId) !== undefined)
      throw new UsageError(
        `RuleTester: the rule's id "${ruleId}" is a built-in rule's; give a plugin's rule an id of its own, NAME/ID, or pass the built-in rule's id as a string`,
      );
    const fixtures = fixtureFiles(test.fixtures);
    const config = testConfig(rule, ruleId, test);
    // Each fixture's test reports a config that cannot be read; unawaited until then, it is no unhandled rejection.
    config.catch(() => undefined);
    RuleTester.describe(ruleId, () => {
      for (const fixture of fixtures)
        RuleTester.it(fixture, async () => checkFixture(fixture, ruleId, await config, this.#today));
    });
  }
}

function globalFunction(name: 'describe' | 'it'): TestFunction | undefined {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as TestFunction) : undefined;
}

/** The fixture files, each as reports name it (relative to the working directory), in path order. */
function fixtureFiles(given: string | readonly string[]): string[] {
  const named = typeof given === 'string' ? [given] : given;
  const files = named.flatMap((entry) => {
    let isFolder: boolean;
    try {
      isFolder = statSync(entry).isDirectory();
    } catch {
      throw new UsageError(`RuleTester: the fixture "${entry}" does not exist; name fixture files or their folder`);
    }
    return isFolder ? yamlFilesUnder(entry) : [entry];
  });
  if (files.length === 0)
    throw new UsageError(`RuleTester: no *.yaml or *.yml fixture in ${named.join(', ')}; write one fixture at least`);
  return files.map(shownPath).sort(compareText);
}

/** A file as reports name it: relative to the working directory with `/` separators, or absolute when outside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
    ? path.resolve(file)
    : toPosix(relative);
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !(CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(name)))
    .map((name) => path.join(folder, name));
}

/** The config a test audits with, which must have the rule: the one named, or one that sets the rule's options; a plugin's rule joins the built-in ones. */
async function testConfig<Options>(
  rule: ProcessRule<Options> | string,
  ruleId: string,
  test: RuleTest,
): Promise<Config> {
  const config = await configWithRule(rule, ruleId, test);
  if (config.registry.get(ruleId) === undefined)
    throw new UsageError(
      `RuleTester: there is no rule "${ruleId}"; give the rule itself, or the config that writes the policy`,
    );
  return config;
}

async function configWithRule<Options>(
  rule: ProcessRule<Options> | string,
  ruleId: string,
  test: RuleTest,
): Promise<Config> {
  const registry = typeof rule === 'string' ? BUILT_IN_RULES : BUILT_IN_RULES.with([rule], '');
  const cwd = process.cwd();
  if (test.options === undefined) return readConfig(test.config && path.resolve(test.config), cwd, registry);
  if (test.config !== undefined)
    throw new UsageError(
      'RuleTester: give the rule\'s options in "options" or in the "config" file, not both; set them under rules: in the config',
    );
  const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-rule-tester-'));
  const file = path.join(folder, 'gapcheck.config.yaml');
  try {
    // JSON is YAML: the options are checked as a config's are, and a mistake is named as the config would name it.
    writeFileSync(file, JSON.stringify({ rules: { [ruleId]: test.options } }, null, 1));
    return await readConfig(file, cwd, registry);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The options' place in a file the tester wrote says nothing to the user: the message names the options instead.
    throw new UsageError(error.message.replace(/^.*?:\d+:\d+: (?:rules\.\S+: )?/gmu, 'RuleTester options: '));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function checkFixture(fixture: string, ruleId: string, config: Config, today: string): void {
  const text = readFileSync(fixture, 'utf8');
  const marks = marksOf(fixture, text, ruleId, config);
  const { gaps } = auditTexts({ [fixture]: text }, config, today).result;
  const problems = ruleId === invalidProcess.meta.id ? [] : gaps.filter((gap) => gap.rule === invalidProcess.meta.id);
  if (problems.length > 0)
    throw new Error(
      `${fixture} is not a valid process file, so ${ruleId} cannot be tested on it; fix it first:\n${problems.map((gap) => `  ${fixture}:${gap.line}:${gap.column}: ${gap.message}`).join('\n')}`,
    );
  const differences = compareWithMarks(
    gaps.filter((gap) => gap.rule === ruleId),
    marks,
    ruleId,
  );
  if (differences.length > 0)
    throw new Error(
      `${fixture}: the gaps of ${ruleId} are not those the fixture marks:\n${differences.map((line) => `  ${fixture}:${line}`).join('\n')}`,
    );
}

/** The marks about `ruleId`; a mark naming no rule of the config is a mistake (a misspelt id would test nothing). */
function marksOf(fixture: string, text: string, ruleId: string, config: Config): Marks {
  const marks: Marks = { expected: new Map(), ok: new Set() };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const found = MARK.exec(line);
    if (!found) return;
    const [, kind, list] = found as unknown as [string, 'expect' | 'ok', string];
    const markLine = index + 1;
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const column = line.indexOf('#') + 1;
    if (ids.length === 0)
      throw new UsageError(
        `${fixture}:${markLine}:${column}: "# ${kind}:" names no rule; write "# ${kind}: ${ruleId}"`,
      );
    for (const id of ids)
      if (config.registry.get(id) === undefined)
        throw new UsageError(
          `${fixture}:${markLine}:${column}: "# ${kind}: ${id}" names no rule gapcheck knows; did you mean ${ruleId}?`,
        );
    if (!ids.includes(ruleId)) return;
    const target = line.slice(0, found.index).trim() === '' ? nextContentLine(lines, index) : markLine;
    if (target === undefined)
      throw new UsageError(
        `${fixture}:${markLine}:${column}: "# ${kind}:" is about the line after it, and no line of the process follows; put it on the line of the gap`,
      );
    if (kind === 'expect') marks.expected.set(target, markLine);
    else marks.ok.add(target);
  });
  return marks;
}

/** The 1-based number of the first line after `index` that is neither blank nor only a comment. */
function nextContentLine(lines: readonly string[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    const content = lines[next]!.trim();
    if (content !== '' && !content.startsWith('#')) return next + 1;
  }
  return undefined;
}

/** Each difference, by line: an expected gap not found, a gap not marked, a gap on a line marked `ok`. */
function compareWithMarks(gaps: readonly Gap[], marks: Marks, ruleId: string): string[] {
  const differences: { line: number; text: string }[] = [];
  const gapLines = new Set(gaps.map((gap) => gap.line));
  for (const [line, markLine] of marks.expected)
    if (!gapLines.has(line))
      differences.push({
        line,
        text: `${line}: expected a gap of ${ruleId} (# expect: on line ${markLine}), got none`,
      });
  for (const gap of gaps) {
    if (marks.expected.has(gap.line)) continue;
    const where = `${gap.line}:${gap.column}`;
    differences.push({
      line: gap.line,
      text: marks.ok.has(gap.line)
        ? `${where}: marked "# ok: ${ruleId}", got a gap: ${gap.message}`
        : `${where}: got a gap that is not marked: ${gap.message}; mark it "# expect: ${ruleId}", or fix the rule`,
    });
  }
  return differences.sort((a, b) => a.line - b.line).map((difference) => difference.text);
}
