/**
 * Issue 6: gapcheck against broken, hostile and huge input, and broken environments, through the real CLI.
 *
 * The small cases are committed, one file each, in tests/hostile/processes and tests/hostile/config; inputs too
 * large to commit (a 100 MB file, a million steps, a 10 MB string, deep nesting, alias bombs) and file-system
 * situations (links, permissions, deep trees) are generated here in temporary folders. Every case must end in a
 * clear message at a file, line and column with the documented exit code: never a crash, a hang, a stack trace,
 * a lost result for the other files, or a touched input.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { answer, type AuditSetup } from '../../src/audit/pool.js';
import { main } from '../../src/cli/main.js';
import { defaultConfig, loadConfig } from '../../src/config/config.js';
import { discoverFiles } from '../../src/load/discover.js';
import { MAX_STEPS_PER_PROCESS, loadProcessBytes, loadProcessFile } from '../../src/load/load-file.js';
import { deadEnd } from '../../src/rules/dead-end.js';
import { duplicateProcess } from '../../src/rules/duplicate-process.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { runCli, tempTree, type CliOptions, type CliResult } from '../helpers/run-cli.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const CORPUS = path.resolve('tests/hostile');
const PROCESSES = path.join(CORPUS, 'processes');
const CONFIGS = path.join(CORPUS, 'config');
/** Audited beside every broken file: its dead end must still be reported. */
const COMPANION = 'companion-dead-end.yaml';
const COMPANION_TEXT = readFileSync(path.join(PROCESSES, COMPANION), 'utf8');
const TODAY = ['--today', FIXTURE_TODAY];
const MIB = 1024 * 1024;
const SLOW = { timeout: 180_000 };

interface JsonGap {
  readonly file: string;
  readonly process: string | null;
  readonly rule: string;
  readonly step: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

interface JsonReport {
  readonly summary: { readonly files: number; readonly processes: number; readonly gaps: number };
  readonly gaps: readonly JsonGap[];
}

function expectNoStackTrace(result: CliResult): void {
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at /);
}

/** The CLI's JSON report of `paths`, after checking that nothing crashed. */
function auditJson(
  args: readonly string[],
  options: CliOptions = {},
): { code: number | null; report: JsonReport; stderr: string } {
  const result = runCli(['audit', ...args, '--format', 'json', ...TODAY], options);
  expectNoStackTrace(result);
  expect(result.stdout, result.stderr).not.toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

function gapsIn(report: JsonReport, file: string): JsonGap[] {
  return report.gaps.filter((gap) => gap.file === file);
}

/** One invalid-process gap at the file's place, and the companion file audited as usual beside it. */
function expectOneInvalidFileBesideCompanion(
  report: JsonReport,
  file: string,
  at: { line: number; column: number; message: RegExp },
): void {
  expect(gapsIn(report, file)).toEqual([
    expect.objectContaining({
      rule: 'invalid-process',
      process: null,
      step: null,
      line: at.line,
      column: at.column,
      message: expect.stringMatching(at.message),
    }),
  ]);
  expectCompanionReported(report);
}

function expectCompanionReported(report: JsonReport): void {
  expect(report.gaps).toContainEqual(
    expect.objectContaining({ file: COMPANION, rule: 'dead-end', step: 'note-request' }),
  );
}

function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^gapcheck: /);
  expect(result.stderr).toMatch(message);
  expectNoStackTrace(result);
}

/** A temporary tree holding the companion and `files`. */
function treeWithCompanion(files: Record<string, string> = {}): string {
  return tempTree({ [COMPANION]: COMPANION_TEXT, ...files });
}

/** A process with one dead end; `id` keeps processes in one run apart. */
function processText(id: string, extra = ''): string {
  return COMPANION_TEXT.replace('process: companion-callback', `process: ${id}`) + extra;
}

/** Every file under `root` with its bytes (links as their target), to show a run changed nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, full);
    files[key] = entry.isSymbolicLink() ? `link` : entry.isDirectory() ? 'folder' : readFileSync(full, 'base64');
  }
  return files;
}

/** Makes a temporary tree readable for the unprivileged user the permission cases run as. */
function openToOthers(root: string): void {
  chmodSync(root, 0o755);
}

describe(
  '1. malformed YAML and schema violations, 3. encodings, 4. prototype keys: the committed corpus',
  { timeout: 60_000 },
  () => {
    const CASES: readonly { file: string; line: number; column: number; message: RegExp }[] = [
      {
        file: 'syntax-error-unclosed-bracket.yaml',
        line: 5,
        column: 1,
        message: /YAML syntax error: a quote, "\[" or "\{" opened above is not closed before this line; close it/,
      },
      {
        file: 'tab-indentation.yaml',
        line: 6,
        column: 1,
        message: /a tab is used for indentation; YAML indents with spaces only/,
      },
      {
        file: 'unterminated-double-quote.yaml',
        line: 3,
        column: 1,
        message: /a quote, "\[" or "\{" opened above is not closed/,
      },
      {
        file: 'unterminated-single-quote-at-end.yaml',
        line: 8,
        column: 31,
        message: /a text opened with ' is never closed; add the closing quote/,
      },
      {
        file: 'duplicate-step-id.yaml',
        line: 11,
        column: 3,
        message: /^the key "take-call" is written twice in the same mapping \(first at line 6\); keep one$/,
      },
      {
        file: 'wrong-types.yaml',
        line: 2,
        column: 8,
        message: new RegExp(
          [
            '^5 problems: "title" must be text \\(line 2, column 8\\)',
            'role "agent": "frontline" must be true or false \\(line 6, column 17\\)',
            'step "take-call": "takes" must be a duration like 90s, 2m, 4h \\(line 11, column 12\\)',
            'step "take-call": "next" must name a step or list steps or transitions .*\\(line 12, column 11\\)',
            'step "done" must be a mapping of keys such as type, actor, next \\(found "end"\\) \\(line 13, column 9\\)$',
          ].join('; '),
        ),
      },
      {
        file: 'missing-space-after-colon.yaml',
        line: 15,
        column: 5,
        message:
          /the space after the colon is missing in "takes:20m", so YAML reads it as text, not as the key "takes"; write "takes: 20m"$/,
      },
      {
        file: 'empty.yaml',
        line: 1,
        column: 1,
        message: /holds no process: it is empty or only comments; write a process/,
      },
      {
        file: 'only-comments.yaml',
        line: 1,
        column: 1,
        message: /holds no process: it is empty or only comments; write a process/,
      },
      {
        file: 'document-is-a-list.yaml',
        line: 1,
        column: 1,
        message: /^a process file must be a mapping of keys such as process, title, steps \(found a list\)$/,
      },
      {
        file: 'document-is-a-scalar.yaml',
        line: 1,
        column: 1,
        message: /must be a mapping of keys such as process, title, steps \(found "Refund request, see the wiki\."\)/,
      },
      {
        file: 'merge-conflict.yaml',
        line: 8,
        column: 1,
        message: /unresolved merge conflict \(a "<<<<<<<" line\); resolve the conflict, then audit again/,
      },
      {
        file: 'unsupported-tag.yaml',
        line: 2,
        column: 8,
        message: /the tag "!!js\/function" is not supported in process files; remove it/,
      },
      {
        file: 'control-character.yaml',
        line: 2,
        column: 14,
        message: /a control character YAML does not allow here; remove it/,
      },
      {
        file: 'invalid-utf8-latin1.yaml',
        line: 2,
        column: 11,
        message: /not UTF-8 text from here on \(is it saved as Latin-1 or Windows-1252\?\); save it as UTF-8/,
      },
      { file: 'utf16-text.yaml', line: 1, column: 1, message: /^the file is UTF-16 text; save it as UTF-8$/ },
      {
        file: 'binary-png-named-yaml.yaml',
        line: 3,
        column: 1,
        message: /binary, not text: it holds a NUL byte here; only YAML text files can be processes/,
      },
      { file: 'nul-byte.yaml', line: 3, column: 10, message: /binary, not text: it holds a NUL byte here/ },
      // The key is quoted with its control characters escaped: a file cannot clear the screen or retitle the terminal.
      {
        file: 'terminal-escape-in-key.yaml',
        line: 4,
        column: 2,
        message: /^unknown key "\\u001b\[2J\\u001b\]0;owned\\u0007" \(keys of your own must start with x-\)$/,
      },
      {
        file: 'proto-keys-invalid.yaml',
        line: 4,
        column: 1,
        message: new RegExp(
          [
            '^6 problems: unknown key "__proto__" \\(keys of your own must start with x-\\) \\(line 4, column 1\\)',
            'role id "__proto__" must use lowercase letters, digits and dashes, like proto \\(line 8, column 3\\)',
            'step "take-call": unknown key "__proto__" .*\\(line 15, column 5\\)',
            'step "take-call": unknown key "constructor" .*\\(line 16, column 5\\)',
            'transition 2 of step "take-call" must use lowercase letters, digits and dashes, like proto \\(line 17, column 18\\)',
            'step id "__proto__" must use lowercase letters, digits and dashes, like proto \\(line 18, column 3\\)$',
          ].join('; '),
        ),
      },
    ];

    it('names every case file once, so none is left untested', () => {
      const tested = [
        ...CASES.map((c) => c.file),
        COMPANION,
        'utf8-with-bom.yaml',
        'crlf-line-ends.yaml',
        'proto-ids-as-data.yaml',
        'terminal-escape-in-text.yaml',
      ];
      expect(readdirSync(PROCESSES).sort()).toEqual([...tested].sort());
    });

    it.each(CASES)(
      '$file: an invalid-process gap at $line:$column, and the other file still reported',
      ({ file, line, column, message }) => {
        const { code, report } = auditJson([file, COMPANION], { cwd: PROCESSES });
        expect(code).toBe(1);
        expect(report.summary).toMatchObject({ files: 2, processes: 1 });
        expectOneInvalidFileBesideCompanion(report, file, { line, column, message });
      },
    );

    it('reports the whole corpus in the terminal format without a stack trace or a raw control character', () => {
      const result = runCli(['audit', '.', ...TODAY], { cwd: PROCESSES });
      expect(result.code).toBe(1);
      expectNoStackTrace(result);
      expect(result.stderr).toBe('');
      for (const file of readdirSync(PROCESSES)) expect(result.stdout).toContain(file);
      expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    });

    it('escapes the control characters of free text a gap quotes', () => {
      const { report } = auditJson(['terminal-escape-in-text.yaml'], { cwd: PROCESSES });
      const quoted = '("\\u001b[2J\\u001b]0;owned\\u0007 Send the receipt again")';
      expect(report.gaps).toContainEqual(
        expect.objectContaining({
          rule: 'customer-effort',
          step: 'take-call',
          message: expect.stringContaining(quoted),
        }),
      );
    });

    it.each(['utf8-with-bom.yaml', 'crlf-line-ends.yaml'])(
      '%s: positions are those of the same text in plain UTF-8 with LF',
      (file) => {
        const bytes = readFileSync(path.join(PROCESSES, file), 'utf8');
        const plain = bytes.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        expect(plain).not.toBe(bytes);
        const root = tempTree({ [file]: plain });
        const located = (report: JsonReport): string[] =>
          report.gaps.map((gap) => `${gap.rule} ${gap.step} ${gap.line}:${gap.column}`);

        const { report } = auditJson([file], { cwd: PROCESSES });
        expect(located(report)).toEqual(located(auditJson([file], { cwd: root }).report));
        expect(report.summary.processes).toBe(1);
        expect(located(report)).toEqual(
          expect.arrayContaining([
            // A step key, a value after a multi-byte character, and a schema complaint in the second document.
            'unanswered-contact take-call 9:3',
            'unknown-reference note-request 12:71',
            'invalid-process null 24:14',
          ]),
        );
        expect(report.gaps[0]).toMatchObject({ line: 1, column: 10, process: expect.stringMatching(/-refund$/) });
      },
    );

    it('treats constructor, prototype and value-of as ordinary ids, and __proto__ inside an x- value as data', () => {
      const { report } = auditJson(['proto-ids-as-data.yaml'], { cwd: PROCESSES });
      expect(report.summary.processes).toBe(1);
      const gaps = report.gaps.map((gap) => [gap.rule, gap.step, gap.line, gap.column]);
      expect(gaps).toContainEqual(['unknown-reference', 'value-of', 22, 11]);
      // value-of's next names only an unknown step: unknown-reference's gap alone, no dead end (docs/rules/dead-end.md).
      expect(gaps.filter(([rule]) => rule === 'dead-end')).toEqual([]);
      expect(report.gaps.find((gap) => gap.rule === 'unknown-reference')!.message).toContain('"has-own-property"');
      // The roles named constructor and prototype are found: no gap calls them unknown, and the step ending at constructor is an end.
      expect(report.gaps.filter((gap) => gap.rule === 'unknown-reference')).toHaveLength(1);
      expect(report.gaps.every((gap) => gap.rule !== 'invalid-process' && gap.process === 'constructor')).toBe(true);
    });

    it('leaves Object.prototype untouched after loading and auditing every case and config in-process', async () => {
      const files = readdirSync(PROCESSES).map((file) =>
        loadProcessBytes(file, readFileSync(path.join(PROCESSES, file)), BUILT_IN_RULES.ids),
      );
      audit(files, defaultConfig(CORPUS, BUILT_IN_RULES), FIXTURE_TODAY);
      for (const config of readdirSync(CONFIGS))
        await expect(loadConfig(path.join(CONFIGS, config), CORPUS, BUILT_IN_RULES)).rejects.toThrow();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });
  },
);

describe('2. resource attacks: generated inputs, each answered in bounded time and memory', SLOW, () => {
  /** These trees hold tens of megabytes: removed after the tests, unlike the small ones. */
  const largeTrees: string[] = [];
  const largeTree = (files: Record<string, string> = {}): string => {
    const root = treeWithCompanion(files);
    largeTrees.push(root);
    return root;
  };
  afterAll(() => largeTrees.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('refuses an alias bomb ("billion laughs") in a process file at the alias that crosses the cap', () => {
    const levels = Array.from({ length: 10 }, (_, level) =>
      level === 0
        ? 'x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `x-lol${level}: &lol${level} [${Array(10)
            .fill(`*lol${level - 1}`)
            .join(', ')}]`,
    );
    const root = largeTree({ 'alias-bomb.yaml': `${processText('alias-bomb')}${levels.join('\n')}\n` });
    const { code, report } = auditJson(['.'], { cwd: root });
    expect(code).toBe(1);
    const bombLine = COMPANION_TEXT.split('\n').length + 3;
    expectOneInvalidFileBesideCompanion(report, 'alias-bomb.yaml', {
      line: bombLine,
      column: 66,
      message:
        /aliases expand to more than 10000 values \(an "alias bomb"\?\); write the values out instead of repeating "\*lol2"/,
    });
  });

  it('never reads a device given as the baseline or the cache: a baseline is refused, a cache rebuilt', () => {
    const root = treeWithCompanion();
    symlinkSync('/dev/zero', path.join(root, 'zero-baseline.yaml'));
    symlinkSync('/dev/zero', path.join(root, 'zero-cache'));
    const baseline = runCli(['audit', COMPANION, '--baseline', 'zero-baseline.yaml', ...TODAY], { cwd: root });
    expectNoStackTrace(baseline);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('the baseline "zero-baseline.yaml" is not a baseline file');
    const cached = auditJson([COMPANION, '--cache-location', 'zero-cache'], { cwd: root });
    expect(cached.code).toBe(1);
    expect(cached.stderr).toContain('damaged or unreadable; it is rebuilt');
    expect(cached.report.gaps.map((gap) => gap.rule)).toContain('dead-end');
  });

  it('still expands aliases used the ordinary way', () => {
    const steps = 'start: a\nsteps:\n  a: &action { type: action, actor: system, next: b }\n  b: *action\n';
    const text = processText('with-aliases').replace(/start: take-call[\s\S]*?waivers:/, `${steps}waivers:`);
    const { report } = auditJson(['aliases.yaml'], { cwd: tempTree({ 'aliases.yaml': text }) });
    expect(report.summary.processes).toBe(1);
    expect(report.gaps.map((gap) => gap.rule)).toContain('endless-loop');
  });

  it('refuses nesting deeper than 100 levels, in flow and in block style, without overflowing the stack', () => {
    const flow = `${processText('deep-flow')}x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const block = `${processText('deep-block')}${Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}x-level:`).join('\n')} end\n`;
    const root = largeTree({ 'deep-flow.yaml': flow, 'deep-block.yaml': block });
    const { code, report } = auditJson(['.'], { cwd: root });
    expect(code).toBe(1);
    const deep = /the file is nested more than 100 levels deep, far deeper than any process needs; flatten it/;
    for (const file of ['deep-flow.yaml', 'deep-block.yaml']) {
      expect(gapsIn(report, file)).toEqual([
        expect.objectContaining({ rule: 'invalid-process', message: expect.stringMatching(deep) }),
      ]);
    }
    expectCompanionReported(report);
  });

  it('refuses a 100 MB file without reading it, and --max-file-size raises the limit', () => {
    const root = largeTree();
    const huge = openSync(path.join(root, 'huge.yaml'), 'w');
    ftruncateSync(huge, 100 * MIB);
    closeSync(huge);
    const limited = auditJson(['.'], { cwd: root });
    expect(limited.code).toBe(1);
    expectOneInvalidFileBesideCompanion(limited.report, 'huge.yaml', {
      line: 1,
      column: 1,
      message:
        /^the file is 100\.0 MiB, larger than the 16\.0 MiB limit for one process file; split it, or raise the limit with --max-file-size$/,
    });
    const raised = auditJson(['.', '--max-file-size', '128'], { cwd: root });
    expect(gapsIn(raised.report, 'huge.yaml')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/binary, not text/) }),
    ]);
  });

  it('audits a 17 MiB process once --max-file-size allows it', () => {
    const description = `description: "${'Long notes. '.repeat((17 * MIB) / 12)}"\n`;
    const root = largeTree({ 'large.yaml': processText('large', description) });
    expect(statSync(path.join(root, 'large.yaml')).size).toBeGreaterThan(17 * MIB);
    expect(gapsIn(auditJson(['.'], { cwd: root }).report, 'large.yaml')).toEqual([
      expect.objectContaining({
        rule: 'invalid-process',
        message: expect.stringMatching(/larger than the 16\.0 MiB limit/),
      }),
    ]);
    const raised = auditJson(['.', '--max-file-size', '20'], { cwd: root });
    expect(raised.report.summary.processes).toBe(2);
    expect(gapsIn(raised.report, 'large.yaml')).toContainEqual(
      expect.objectContaining({ rule: 'dead-end', step: 'note-request' }),
    );
  });

  it(`refuses a process with a million steps: over the file size limit, and over ${MAX_STEPS_PER_PROCESS} steps when the limit is raised`, () => {
    const steps = Array.from({ length: 1_000_000 }, (_, index) => `  s${index}: {type: end}\n`).join('');
    const root = largeTree({
      'million-steps.yaml': `process: million-steps\ntitle: A million steps\nowner: agent\nstart: s0\nsteps:\n${steps}`,
    });
    expect(gapsIn(auditJson(['.'], { cwd: root }).report, 'million-steps.yaml')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^the file is 21\.8 MiB, larger than the 16\.0 MiB limit/),
      }),
    ]);
    const raised = auditJson(['.', '--max-file-size', '64'], { cwd: root });
    expect(raised.code).toBe(1);
    expectOneInvalidFileBesideCompanion(raised.report, 'million-steps.yaml', {
      line: 5,
      column: 1,
      message:
        /^the process has 1,000,000 steps, more than the 200,000 gapcheck audits in one process; split it into smaller processes$/,
    });
  });

  it('audits a step with a 10 MB title, and quotes a 10 MB id or key in a few dozen characters', () => {
    const big = 'a'.repeat(10 * MIB);
    const root = largeTree({
      'long-title.yaml': processText('long-title').replace('type: action', `type: action\n    title: "${big}"`),
      'long-id.yaml': processText(big.toUpperCase()),
      'long-key.yaml': processText('long-key', `x${big}: 1\n`),
    });
    const { report } = auditJson(['.'], { cwd: root });
    expect(report.summary.processes).toBe(2);
    expect(gapsIn(report, 'long-title.yaml').map((gap) => gap.rule)).toContain('dead-end');
    const [id] = gapsIn(report, 'long-id.yaml');
    expect(id).toMatchObject({
      rule: 'invalid-process',
      line: 2,
      column: 10,
      message: expect.stringMatching(/^"process" must use lowercase letters, digits and dashes, like a{60}$/),
    });
    const [key] = gapsIn(report, 'long-key.yaml');
    expect(key).toMatchObject({
      rule: 'invalid-process',
      message: expect.stringMatching(/^unknown key "xa+…" \(keys of your own must start with x-\)$/),
    });
    for (const gap of report.gaps) expect(gap.message.length).toBeLessThan(600);
  });

  it('says a wait past 2^53 seconds, or a 400-digit one, is more than it can count, instead of a wrong sum or "Infinity"', () => {
    const complaint = (takes: string): string => `process: late
title: Late answer
owner: agent
roles:
  agent: { title: Agent, frontline: true }
start: mail
steps:
  mail: { type: intake, intent: complaint, channel: email, actor: system, takes: 1m, next: wait }
  wait: { type: action, title: Wait, actor: agent, takes: ${takes}, next: call }
  call: { type: contact, channel: phone, actor: agent, next: done }
  done: { type: end }
`;
    const root = tempTree({
      'weeks.yaml': complaint('99999999999999w'),
      'digits.yaml': complaint(`${'9'.repeat(400)}w`),
    });
    const { report } = auditJson(['.', '--today', FIXTURE_TODAY], { cwd: root });
    for (const file of ['weeks.yaml', 'digits.yaml']) {
      const [late] = gapsIn(report, file).filter((gap) => gap.rule === 'two-minute-response');
      expect(late?.message).toContain('can wait more than 14892855910w for a person to answer at "call"');
      expect(late?.message).not.toMatch(/Infinity|\dd \d+h/);
    }
  });
});

describe('5. the file system', { timeout: 60_000 }, () => {
  it('skips symbolic links met while walking, so a link loop neither hangs nor repeats files', () => {
    const root = treeWithCompanion({ 'sub/process.yaml': processText('in-sub') });
    symlinkSync('..', path.join(root, 'sub/loop'));
    symlinkSync('b.yaml', path.join(root, 'a.yaml'));
    symlinkSync('a.yaml', path.join(root, 'b.yaml'));
    const { code, report } = auditJson(['.'], { cwd: root });
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ files: 2, processes: 2 });
    expect(new Set(report.gaps.map((gap) => gap.file))).toEqual(new Set([COMPANION, 'sub/process.yaml']));
  });

  it('exits 2 when a link loop is named on the command line', () => {
    const root = tempTree({});
    symlinkSync('b.yaml', path.join(root, 'a.yaml'));
    symlinkSync('a.yaml', path.join(root, 'b.yaml'));
    expectUsageError(
      runCli(['audit', 'a.yaml', ...TODAY], { cwd: root }),
      /^gapcheck: "a\.yaml" cannot be read \(a symbolic link loop\); check the path/,
    );
  });

  it('never follows a link out of the audited tree while walking, but reads a link named on the command line', () => {
    const outside = tempTree({ 'secret/broken.yaml': 'process: [', 'elsewhere.yaml': processText('elsewhere') });
    const root = treeWithCompanion();
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'secret'));
    symlinkSync(path.join(outside, 'elsewhere.yaml'), path.join(root, 'elsewhere.yaml'));
    const walked = auditJson(['.'], { cwd: root });
    expect(walked.report.summary).toMatchObject({ files: 1, processes: 1 });
    expectCompanionReported(walked.report);

    const named = auditJson(['elsewhere.yaml'], { cwd: root });
    expect(named.report.summary).toMatchObject({ files: 1, processes: 1 });
    expect(gapsIn(named.report, 'elsewhere.yaml').map((gap) => gap.rule)).toContain('dead-end');
  });

  it('never waits on a named pipe or reads a device: skipped while walking, exit 2 when named', () => {
    const root = treeWithCompanion();
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const { report } = auditJson(['.'], { cwd: root });
    expect(report.summary).toMatchObject({ files: 1, processes: 1 });
    expectUsageError(
      runCli(['audit', 'pipe.yaml', ...TODAY], { cwd: root }),
      /^gapcheck: "pipe\.yaml" is not a file or a folder \(a named pipe or a device\?\)/,
    );
    expectUsageError(
      runCli(['audit', '/dev/zero', ...TODAY], { cwd: root }),
      /"\/dev\/zero" is not a file or a folder/,
    );
  });

  it('reports an unreadable file and an unreadable folder as gaps, and audits the rest', () => {
    const root = treeWithCompanion({
      'locked.yaml': processText('locked'),
      'closed/inside.yaml': processText('inside'),
    });
    openToOthers(root);
    chmodSync(path.join(root, 'locked.yaml'), 0o000);
    chmodSync(path.join(root, 'closed'), 0o000);
    try {
      const { code, report } = auditJson(['.'], { cwd: root, unprivileged: true });
      expect(code).toBe(1);
      expect(report.summary.processes).toBe(1);
      expect(gapsIn(report, 'locked.yaml')).toEqual([
        expect.objectContaining({
          rule: 'invalid-process',
          line: 1,
          column: 1,
          message: 'the file could not be read (permission denied)',
        }),
      ]);
      expect(gapsIn(report, 'closed/')).toEqual([
        expect.objectContaining({
          rule: 'invalid-process',
          message: expect.stringMatching(
            /^the folder could not be read \(permission denied\), so its process files were not audited; let gapcheck read it, or list it under "ignore"/,
          ),
        }),
      ]);
      expectCompanionReported(report);
    } finally {
      chmodSync(path.join(root, 'closed'), 0o755);
    }
  });

  it('exits 2 when the one path named cannot be read', () => {
    const root = tempTree({ 'closed/inside.yaml': processText('inside') });
    openToOthers(root);
    chmodSync(path.join(root, 'closed'), 0o000);
    try {
      expectUsageError(
        runCli(['audit', 'closed/inside.yaml', ...TODAY], { cwd: root, unprivileged: true }),
        /"closed\/inside\.yaml" cannot be read \(permission denied\)/,
      );
    } finally {
      chmodSync(path.join(root, 'closed'), 0o755);
    }
  });

  it('reports a file deleted between discovery and reading as a gap, and audits the rest', async () => {
    const root = treeWithCompanion({ 'vanishing.yaml': processText('vanishing') });
    const { files } = await discoverFiles(['.'], { cwd: root, ignores: async () => false });
    rmSync(path.join(root, 'vanishing.yaml'));
    const loaded = await Promise.all(
      files.map((file) => loadProcessFile(file.absolutePath, file.path, BUILT_IN_RULES.ids)),
    );
    const result = audit(loaded, defaultConfig(root, BUILT_IN_RULES), FIXTURE_TODAY);
    expect(result.gaps.filter((gap) => gap.file === 'vanishing.yaml')).toEqual([
      expect.objectContaining({ rule: 'invalid-process', message: 'the file could not be read (it no longer exists)' }),
    ]);
    expect(result.gaps).toContainEqual(expect.objectContaining({ file: COMPANION, rule: 'dead-end' }));
  });

  it('names files with spaces and non-ASCII characters exactly', () => {
    const name = 'Kundendienst Prozesse/Rückruf – Café ☕ 電話.yaml';
    const root = tempTree({ [name]: processText('unicode-path') });
    const { report } = auditJson(['Kundendienst Prozesse'], { cwd: root });
    expect(report.gaps).toContainEqual(expect.objectContaining({ file: name, rule: 'dead-end' }));
    expect(runCli(['audit', name, ...TODAY], { cwd: root }).stdout).toContain(name);
  });

  it('walks a folder tree 200 levels deep', () => {
    const file = `${'level/'.repeat(200)}deep.yaml`;
    const { report } = auditJson(['.'], { cwd: tempTree({ [file]: processText('deep-tree') }) });
    expect(report.gaps).toContainEqual(expect.objectContaining({ file, rule: 'dead-end' }));
  });
});

describe('6. configuration and arguments: exit 2 with one clear message', { timeout: 60_000 }, () => {
  it.each([
    [['audit', '--fromat', 'json'], /^gapcheck: unknown option '--fromat'\n\(Did you mean --format\?\)/],
    [['audti'], /^gapcheck: unknown command 'audti'\n\(Did you mean audit\?\)/],
    [['audit', '--format', 'jsn'], /--format "jsn" is not one of .* — did you mean "json"\?/],
    [
      ['audit', '--fail-on', 'hihg'],
      /--fail-on "hihg" is not one of critical, high, medium, low, none — did you mean "high"\?/,
    ],
    [['explain', 'dead-ned'], /no rule "dead-ned" — did you mean "dead-end"\?/],
    [['audit', '--max-file-size', 'lots'], /--max-file-size "lots" is not a size in MiB of at least one byte/],
    [['audit', '--today', '2026-02-30'], /--today "2026-02-30" is not a date like 2026-11-23/],
    [['audit', '--output'], /option '-o, --output <file>' argument missing/],
  ])('%j', (args, message) => {
    expectUsageError(runCli(args, { cwd: treeWithCompanion() }), message);
  });

  it.each([
    [
      'wrong-option-type.yaml',
      /^gapcheck: config\/wrong-option-type\.yaml:2:26: rules\.handoff-chain: option "max" of handoff-chain must be a whole number\n$/,
    ],
    [
      'wrong-option-key.yaml',
      /^gapcheck: config\/wrong-option-key\.yaml:2:41: rules\.two-minute-response: "e-mail" in option "per-channel" of two-minute-response must be one of phone, .* — did you mean "email"\?\n$/,
    ],
    [
      'wrong-nested-option.yaml',
      /^gapcheck: config\/wrong-nested-option\.yaml:4:24: rules\.two-minute-response: option "per-channel\.email\.within" of two-minute-response must be a duration like 90s, 2m, 4h\n$/,
    ],
    [
      'wrong-list-entry.yaml',
      /^gapcheck: config\/wrong-list-entry\.yaml:2:44: rules\.two-minute-response: entry 2 of option "channels" of two-minute-response must be one of phone, /,
    ],
    ['empty-paths.yaml', /^gapcheck: config\/empty-paths\.yaml:1:8: paths must not be an empty list\n$/],
    [
      'handled-by-not-an-id.yaml',
      /^gapcheck: config\/handled-by-not-an-id\.yaml:2:34: rules\.emergency-path: option "handled-by" of emergency-path must use lowercase letters, digits and dashes, like site-safety\n$/,
    ],
    [
      'empty-option-list.yaml',
      /^gapcheck: config\/empty-option-list\.yaml:2:60: rules\.two-minute-response: option "per-channel\.email\.channels" of two-minute-response must not be an empty list\n$/,
    ],
    [
      'control-in-quotes.yaml',
      /^gapcheck: config\/control-in-quotes\.yaml:2:13: YAML syntax error: the file holds a control character YAML does not allow here; remove it\n$/,
    ],
    [
      'paths-outside.yaml',
      /^gapcheck: config\/paths-outside\.yaml:1:20: paths entry "\.\.\/processes" is outside the config's folder; .*on the command line, or move the config up\n$/,
    ],
    [
      'paths-absolute.yaml',
      /^gapcheck: config\/paths-absolute\.yaml:2:5: paths entry "\/etc" is outside the config's folder/,
    ],
    [
      'unknown-option.yaml',
      /^gapcheck: config\/unknown-option\.yaml:2:20: rules\.handoff-chain: handoff-chain has no option "maximum"; its options are max\n$/,
    ],
    [
      'unknown-rule.yaml',
      /^gapcheck: config\/unknown-rule\.yaml:2:3: rules: unknown rule "dead-ends" — did you mean "dead-end"\?\n$/,
    ],
    [
      'unknown-level.yaml',
      /^gapcheck: config\/unknown-level\.yaml:2:13: rules\.dead-end: level must be one of off, low, medium, high, critical — did you mean "high"\?\n$/,
    ],
    [
      'malformed-yaml.yaml',
      /^gapcheck: config\/malformed-yaml\.yaml:3:1: YAML syntax error: a quote, "\[" or "\{" opened above is not closed/,
    ],
    [
      'not-a-mapping.yaml',
      /^gapcheck: config\/not-a-mapping\.yaml:1:1: a config file must be a mapping of keys such as extends, rules, ignore \(found a list\)\n$/,
    ],
    [
      'merge-conflict.yaml',
      /^gapcheck: config\/merge-conflict\.yaml:2:1: the file has an unresolved merge conflict \(a "<<<<<<<" line\); resolve the conflict/,
    ],
    [
      'proto-keys.yaml',
      /^gapcheck: config\/proto-keys\.yaml:1:1: unknown key "__proto__"; allowed keys are extends, plugins, rules, policies, paths, overrides, ignore\n.*:3:3: rules: unknown rule "__proto__".*\n.*:4:3: rules: unknown rule "constructor"/,
    ],
    [
      'proto-option.yaml',
      /^gapcheck: config\/proto-option\.yaml:2:20: rules\.handoff-chain: handoff-chain has no option "__proto__"; its options are max\n$/,
    ],
    [
      'invalid-process-off.yaml',
      /^gapcheck: config\/invalid-process-off\.yaml:2:3: rules\.invalid-process: invalid-process is always critical: a file that is not a process must never pass unseen; .*under "ignore" instead\n$/,
    ],
    [
      'invalid-process-lowered.yaml',
      /^gapcheck: config\/invalid-process-lowered\.yaml:3:3: rules\.invalid-process: invalid-process is always critical/,
    ],
  ])('config %s', (config, message) => {
    expectUsageError(
      runCli(['audit', `processes/${COMPANION}`, '--config', `config/${config}`, ...TODAY], { cwd: CORPUS }),
      message,
    );
  });

  it('exits 2 for a config whose paths lead out of its folder through a link committed in it', () => {
    const outside = treeWithCompanion();
    const repository = treeWithCompanion({ 'gapcheck.config.yaml': 'paths: [processes]\n' });
    rmSync(path.join(repository, 'processes'), { recursive: true, force: true });
    symlinkSync(outside, path.join(repository, 'processes'));
    expectUsageError(
      runCli(['audit', ...TODAY], { cwd: repository }),
      /^gapcheck: gapcheck\.config\.yaml:1:9: paths entry "processes" is outside the config's folder/,
    );
  });

  it('exits 2, at once, for a config found in the repository that is a link to a device or is huge', () => {
    const linked = treeWithCompanion();
    symlinkSync('/dev/zero', path.join(linked, 'gapcheck.config.yaml'));
    expectUsageError(
      runCli(['audit', '.', ...TODAY], { cwd: linked }),
      /^gapcheck: the config file "gapcheck\.config\.yaml" is not a file/,
    );
    const huge = treeWithCompanion({ 'gapcheck.config.yaml': '# padding\n'.repeat(200_000) });
    expectUsageError(
      runCli(['audit', '.', ...TODAY], { cwd: huge }),
      /^gapcheck: the config file "gapcheck\.config\.yaml" is larger than 1 MiB/,
    );
  });

  it('exits 2 for a hostile config: an alias bomb, deep nesting, binary or Latin-1 bytes, a folder, a missing file', () => {
    const bomb = Array.from({ length: 10 }, (_, level) =>
      level === 0
        ? 'x0: &x0 [a, a, a, a, a, a, a, a, a, a]'
        : `x${level}: &x${level} [${Array(10)
            .fill(`*x${level - 1}`)
            .join(', ')}]`,
    ).join('\n');
    const root = treeWithCompanion({
      'bomb.yaml': `${bomb}\n`,
      'deep.yaml': `ignore: ${'['.repeat(50_000)}\n`,
      'folder/keep.txt': '',
    });
    writeFileSync(path.join(root, 'binary.yaml'), Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x00, 0x0a]));
    writeFileSync(path.join(root, 'latin1.yaml'), Buffer.from('ignore: ["caf\xe9/**"]\n', 'latin1'));
    const withConfig = (config: string): CliResult =>
      runCli(['audit', COMPANION, '--config', config, ...TODAY], { cwd: root });
    expectUsageError(
      withConfig('bomb.yaml'),
      /^gapcheck: bomb\.yaml:4:\d+: YAML syntax error: aliases expand to more than 10000 values/,
    );
    expectUsageError(
      withConfig('deep.yaml'),
      /^gapcheck: deep\.yaml:1:\d+: YAML syntax error: the file is nested more than 100 levels deep/,
    );
    expectUsageError(withConfig('binary.yaml'), /^gapcheck: binary\.yaml:1:7: the file is binary, not text/);
    expectUsageError(
      withConfig('latin1.yaml'),
      /^gapcheck: latin1\.yaml:1:14: the file is not UTF-8 text from here on/,
    );
    expectUsageError(
      withConfig('folder'),
      /^gapcheck: the config file "folder" is not a file \(a folder, a named pipe or a device\?\); name a config file/,
    );
    expectUsageError(
      withConfig('missing.yaml'),
      /^gapcheck: the config file "missing\.yaml" cannot be read; check that it exists/,
    );
  });
});

describe('7. --output: written whole or not at all, never over an input', { timeout: 60_000 }, () => {
  /** Runs the audit and checks it changed nothing in the tree: no partial report, no temporary file, no input touched. */
  function expectRefusedUntouched(
    root: string,
    args: readonly string[],
    message: RegExp,
    options: CliOptions = {},
  ): void {
    const before = snapshot(root);
    expectUsageError(runCli(['audit', ...args, ...TODAY], { cwd: root, ...options }), message);
    expect(snapshot(root)).toEqual(before);
  }

  it('into a folder under a file', () => {
    expectRefusedUntouched(
      treeWithCompanion(),
      ['.', '--output', `${COMPANION}/report.json`],
      /cannot write the report to ".*\/report\.json" \(a part of its folder is a file, not a folder\)/,
    );
  });

  it('into a folder it may not write', () => {
    const root = treeWithCompanion({ 'reports/.keep': '' });
    openToOthers(root);
    chmodSync(path.join(root, 'reports'), 0o555);
    expectRefusedUntouched(
      root,
      [COMPANION, '--output', 'reports/report.json'],
      /cannot write the report to ".*reports\/report\.json" \(permission denied\)/,
      { unprivileged: true },
    );
  });

  it('onto a folder', () => {
    expectRefusedUntouched(
      treeWithCompanion({ 'reports/.keep': '' }),
      [COMPANION, '--output', 'reports'],
      /cannot write the report to "reports" \(it is a folder\); name a file in it/,
    );
  });

  it('onto a file it audits, however the path is spelled', () => {
    const root = treeWithCompanion();
    expectRefusedUntouched(
      root,
      ['.', '--output', `./sub/../${COMPANION}`],
      /--output ".*" is one of the files this audit reads; write it somewhere else/,
    );
  });

  it('onto the config, found or named', () => {
    const root = treeWithCompanion({
      'gapcheck.config.yaml': 'rules:\n  dead-end: high\n',
      'ci/strict.yaml': 'extends: strict\n',
    });
    expectRefusedUntouched(
      root,
      ['.', '--output', 'gapcheck.config.yaml'],
      /--output "gapcheck\.config\.yaml" is the config this audit reads; write it somewhere else/,
    );
    expectRefusedUntouched(
      root,
      ['.', '--config', 'ci/strict.yaml', '--output', 'ci/strict.yaml'],
      /is the config this audit reads/,
    );
  });

  it('onto the baseline, read or written', () => {
    const root = treeWithCompanion();
    expect(
      runCli(['audit', COMPANION, '--baseline', 'baseline.yaml', '--update-baseline', ...TODAY], { cwd: root }).code,
    ).toBe(0);
    expectRefusedUntouched(
      root,
      [COMPANION, '--baseline', 'baseline.yaml', '--output', 'baseline.yaml'],
      /is the baseline this audit reads/,
    );
    expectRefusedUntouched(
      root,
      [COMPANION, '--baseline', 'baseline.yaml', '--update-baseline', '--output', 'baseline.yaml'],
      /is the baseline this audit reads/,
    );
  });

  it('never writes the cache over an input, nor the report over the cache', () => {
    const root = treeWithCompanion({ 'gapcheck.config.yaml': 'rules:\n  dead-end: high\n' });
    expectRefusedUntouched(
      root,
      ['.', '--cache-location', COMPANION],
      /^gapcheck: --cache-location "companion-dead-end\.yaml" is one of the files this audit reads/,
    );
    expectRefusedUntouched(
      root,
      ['.', '--cache-location', 'gapcheck.config.yaml'],
      /--cache-location "gapcheck\.config\.yaml" is the config this audit reads/,
    );
    expect(runCli(['audit', '.', '--cache', ...TODAY], { cwd: root }).code).toBe(1);
    expectRefusedUntouched(
      root,
      ['.', '--cache', '--output', '.gapcheck-cache'],
      /--output "\.gapcheck-cache" is the cache this audit reads/,
    );
  });

  it('onto a link to a file it audits: a link is followed, so this is writing over the file', () => {
    const root = treeWithCompanion();
    symlinkSync(COMPANION, path.join(root, 'report.json'));
    expectRefusedUntouched(
      root,
      [COMPANION, '--format', 'json', '--output', 'report.json'],
      /--output "report\.json" is one of the files this audit reads/,
    );
  });
});

describe('8. internal errors: a rule that throws is exit 2, never a silent pass', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function runInProcess(args: readonly string[]): Promise<{ code: number; stderr: string; stdout: string }> {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await main(['node', 'gapcheck', ...args]);
    const written = (spy: typeof stderr): string => spy.mock.calls.map(([chunk]) => String(chunk)).join('');
    return { code, stderr: written(stderr), stdout: written(stdout) };
  }

  it('names the rule and the file, and asks for a bug report with the input', async () => {
    const root = treeWithCompanion({ 'gapcheck.config.yaml': '' });
    vi.spyOn(deadEnd, 'check').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    });
    const result = await runInProcess([
      'audit',
      path.join(root, COMPANION),
      '--config',
      path.join(root, 'gapcheck.config.yaml'),
      ...TODAY,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^gapcheck: internal error: rule "dead-end" failed on .*${COMPANION}: Cannot read properties of undefined \\(reading 'id'\\)\\nThis is a bug in gapcheck, not in your process\\. Please report it with the file attached\\.\\n$`,
      ),
    );
    // The report is still written, with the failure in it, and the other rules' gaps.
    expect(result.stdout).toMatch(
      new RegExp(`internal error: rule "dead-end" failed on .*${COMPANION}: Cannot read properties`),
    );
    expect(result.stdout).toMatch(/✖ 1 rule failed in 1 file, 1 process, so the audit is incomplete/);
  });

  it('keeps the failure in every format, as data an editor or CI can show', async () => {
    const root = treeWithCompanion({ 'gapcheck.config.yaml': '' });
    const file = path.join(root, COMPANION);
    const run = async (format: string): Promise<{ code: number; stdout: string }> => {
      vi.spyOn(deadEnd, 'check').mockImplementation(() => {
        throw new Error('boom');
      });
      const result = await runInProcess([
        'audit',
        file,
        '--config',
        path.join(root, 'gapcheck.config.yaml'),
        '--format',
        format,
        ...TODAY,
      ]);
      vi.restoreAllMocks();
      return result;
    };
    const json = await run('json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).crashes).toEqual([
      { rule: 'dead-end', file: expect.stringMatching(new RegExp(`${COMPANION}$`)), message: 'boom' },
    ]);
    const sarif = JSON.parse((await run('sarif')).stdout);
    expect(sarif.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: expect.stringMatching(/^internal error: rule "dead-end" failed on .*: boom$/) },
            associatedRule: { id: 'dead-end', index: expect.any(Number) },
          },
        ],
      },
    ]);
    expect((await run('junit')).stdout).toMatch(
      /<testcase name="dead-end" classname="[^"]*companion-dead-end\.yaml" time="0">\n\s+<error message="internal error: rule &quot;dead-end&quot; failed on [^"]*: boom" type="internal-error"\/>/,
    );
    expect((await run('github')).stdout).toMatch(
      /^::error file=[^,]*companion-dead-end\.yaml,title=dead-end \(internal error\)::internal error: rule "dead-end" failed on .*: boom%0AThis is a bug/m,
    );
    expect((await run('markdown')).stdout).toMatch(/## Internal errors\n\nThe audit is incomplete\./);
  });

  it('says so for a rule over all files, too', async () => {
    const root = treeWithCompanion({ 'gapcheck.config.yaml': '' });
    vi.spyOn(duplicateProcess, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const result = await runInProcess([
      'audit',
      path.join(root, COMPANION),
      '--config',
      path.join(root, 'gapcheck.config.yaml'),
      ...TODAY,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^gapcheck: internal error: rule "duplicate-process" failed on the audited files: boom\n.*report it/,
    );
  });

  it("returns a rule that throws as data from the audit, with every other rule's gaps", async () => {
    vi.spyOn(deadEnd, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const file = 'sample-processes/corporate-escalation.yaml';
    const result = audit(
      [await loadProcessFile(file, file, BUILT_IN_RULES.ids)],
      defaultConfig(process.cwd(), BUILT_IN_RULES),
      FIXTURE_TODAY,
    );
    expect(result.crashes).toEqual([{ rule: 'dead-end', file, message: 'boom' }]);
    expect(result.gaps.map((gap) => gap.rule)).toContain('escalation-closure');
  });

  it('sends a failure on a worker thread back as a one-line message, its stack apart for GAPCHECK_DEBUG', () => {
    const broken = { rules: undefined, today: FIXTURE_TODAY } as unknown as AuditSetup;
    const reply = answer({ tasks: [{ path: COMPANION, bytes: Buffer.from(COMPANION_TEXT), setup: 0 }] }, [broken]);
    expect(reply).toEqual({
      failure: { message: expect.stringMatching(/^[^\n]+$/), stack: expect.stringMatching(/\n\s+at /) },
    });
  });
});

describe('the corpus folder itself', () => {
  it('keeps its bytes: CRLF, the byte-order mark and binary bytes are not normalised by git', () => {
    expect(readFileSync(path.join(CORPUS, '.gitattributes'), 'utf8')).toMatch(/^\* -text$/m);
    expect(readFileSync(path.join(PROCESSES, 'crlf-line-ends.yaml'), 'utf8')).toContain('\r\n');
    expect(readFileSync(path.join(PROCESSES, 'utf8-with-bom.yaml')).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });
});
