import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  auditTexts,
  loadConfig,
  toPosix
} from "./chunk-MVKBXOW7.js";
import {
  BUILT_IN_RULES,
  UsageError,
  compareText,
  invalidProcess
} from "./chunk-C5MNZ234.js";
import {
  todayUtc
} from "./chunk-BJ23F3SE.js";

// dist/api/testing.js
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var MARK = /(?:^|\s)#\s*(expect|ok)\s*:\s*(.*)$/;
var RuleTester = class _RuleTester {
  static #describe;
  static #it;
  /** The `describe` each `run` is wrapped in: set it for a runner without globals (`import { describe } from 'node:test'`). */
  static set describe(value) {
    _RuleTester.#describe = value;
  }
  static get describe() {
    return _RuleTester.#describe ?? globalFunction("describe") ?? ((_title, body) => body());
  }
  /** The `it` each fixture runs in. */
  static set it(value) {
    _RuleTester.#it = value;
  }
  static get it() {
    return _RuleTester.#it ?? globalFunction("it") ?? ((_title, body) => body());
  }
  #today;
  constructor({ today = todayUtc() } = {}) {
    this.#today = today;
  }
  /**
   * Tests `rule` (a plugin's rule, or the id of a policy or a built-in rule) on each fixture: one `it` per fixture,
   * inside one `describe` named for the rule. A fixture fails with every line where the gaps differ from its marks.
   * A config is read asynchronously (its plugins are ES modules): a config, options or rule id that is wrong
   * fails each fixture's test with what is wrong.
   */
  run(rule, test) {
    const ruleId = typeof rule === "string" ? rule : rule.meta.id;
    if (typeof rule !== "string" && BUILT_IN_RULES.get(ruleId) !== void 0)
      throw new UsageError(`RuleTester: the rule's id "${ruleId}" is a built-in rule's; give a plugin's rule an id of its own, NAME/ID, or pass the built-in rule's id as a string`);
    const fixtures = fixtureFiles(test.fixtures);
    const config = testConfig(rule, ruleId, test);
    config.catch(() => void 0);
    _RuleTester.describe(ruleId, () => {
      for (const fixture of fixtures)
        _RuleTester.it(fixture, async () => checkFixture(fixture, ruleId, await config, this.#today));
    });
  }
};
function globalFunction(name) {
  const value = globalThis[name];
  return typeof value === "function" ? value : void 0;
}
function fixtureFiles(given) {
  const named = typeof given === "string" ? [given] : given;
  const files = named.flatMap((entry) => {
    let isFolder;
    try {
      isFolder = statSync(entry).isDirectory();
    } catch {
      throw new UsageError(`RuleTester: the fixture "${entry}" does not exist; name fixture files or their folder`);
    }
    return isFolder ? yamlFilesUnder(entry) : [entry];
  });
  if (files.length === 0)
    throw new UsageError(`RuleTester: no *.yaml or *.yml fixture in ${named.join(", ")}; write one fixture at least`);
  return files.map(shownPath).sort(compareText);
}
function shownPath(file) {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? path.resolve(file) : toPosix(relative);
}
function yamlFilesUnder(folder) {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => /\.ya?ml$/.test(name) && !CONFIG_FILE_NAMES.includes(path.basename(name))).map((name) => path.join(folder, name));
}
async function testConfig(rule, ruleId, test) {
  const config = await configWithRule(rule, ruleId, test);
  if (config.registry.get(ruleId) === void 0)
    throw new UsageError(`RuleTester: there is no rule "${ruleId}"; give the rule itself, or the config that writes the policy`);
  return config;
}
async function configWithRule(rule, ruleId, test) {
  const registry = typeof rule === "string" ? BUILT_IN_RULES : BUILT_IN_RULES.with([rule], "");
  const cwd = process.cwd();
  if (test.options === void 0)
    return loadConfig(test.config && path.resolve(test.config), cwd, registry);
  if (test.config !== void 0)
    throw new UsageError(`RuleTester: give the rule's options in "options" or in the "config" file, not both; set them under rules: in the config`);
  const folder = mkdtempSync(path.join(tmpdir(), "gapcheck-rule-tester-"));
  const file = path.join(folder, "gapcheck.config.yaml");
  try {
    writeFileSync(file, JSON.stringify({ rules: { [ruleId]: test.options } }, null, 1));
    return await loadConfig(file, cwd, registry);
  } catch (error) {
    if (!(error instanceof UsageError))
      throw error;
    throw new UsageError(error.message.replace(/^.*?:\d+:\d+: (?:rules\.\S+: )?/gmu, "RuleTester options: "));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
function checkFixture(fixture, ruleId, config, today) {
  const text = readFileSync(fixture, "utf8");
  const marks = marksOf(fixture, text, ruleId, config);
  const { gaps } = auditTexts({ [fixture]: text }, config, today).result;
  const problems = ruleId === invalidProcess.meta.id ? [] : gaps.filter((gap) => gap.rule === invalidProcess.meta.id);
  if (problems.length > 0)
    throw new Error(`${fixture} is not a valid process file, so ${ruleId} cannot be tested on it; fix it first:
${problems.map((gap) => `  ${fixture}:${gap.line}:${gap.column}: ${gap.message}`).join("\n")}`);
  const differences = compareWithMarks(gaps.filter((gap) => gap.rule === ruleId), marks, ruleId);
  if (differences.length > 0)
    throw new Error(`${fixture}: the gaps of ${ruleId} are not those the fixture marks:
${differences.map((line) => `  ${fixture}:${line}`).join("\n")}`);
}
function marksOf(fixture, text, ruleId, config) {
  const marks = { expected: /* @__PURE__ */ new Map(), ok: /* @__PURE__ */ new Set() };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const found = MARK.exec(line);
    if (!found)
      return;
    const [, kind, list] = found;
    const markLine = index + 1;
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const column = line.indexOf("#") + 1;
    if (ids.length === 0)
      throw new UsageError(`${fixture}:${markLine}:${column}: "# ${kind}:" names no rule; write "# ${kind}: ${ruleId}"`);
    for (const id of ids)
      if (config.registry.get(id) === void 0)
        throw new UsageError(`${fixture}:${markLine}:${column}: "# ${kind}: ${id}" names no rule gapcheck knows; did you mean ${ruleId}?`);
    if (!ids.includes(ruleId))
      return;
    const target = line.slice(0, found.index).trim() === "" ? nextContentLine(lines, index) : markLine;
    if (target === void 0)
      throw new UsageError(`${fixture}:${markLine}:${column}: "# ${kind}:" is about the line after it, and no line of the process follows; put it on the line of the gap`);
    if (kind === "expect")
      marks.expected.set(target, markLine);
    else
      marks.ok.add(target);
  });
  return marks;
}
function nextContentLine(lines, index) {
  for (let next = index + 1; next < lines.length; next++) {
    const content = lines[next].trim();
    if (content !== "" && !content.startsWith("#"))
      return next + 1;
  }
  return void 0;
}
function compareWithMarks(gaps, marks, ruleId) {
  const differences = [];
  const gapLines = new Set(gaps.map((gap) => gap.line));
  for (const [line, markLine] of marks.expected)
    if (!gapLines.has(line))
      differences.push({
        line,
        text: `${line}: expected a gap of ${ruleId} (# expect: on line ${markLine}), got none`
      });
  for (const gap of gaps) {
    if (marks.expected.has(gap.line))
      continue;
    const where = `${gap.line}:${gap.column}`;
    differences.push({
      line: gap.line,
      text: marks.ok.has(gap.line) ? `${where}: marked "# ok: ${ruleId}", got a gap: ${gap.message}` : `${where}: got a gap that is not marked: ${gap.message}; mark it "# expect: ${ruleId}", or fix the rule`
    });
  }
  return differences.sort((a, b) => a.line - b.line).map((difference) => difference.text);
}
export {
  RuleTester
};
