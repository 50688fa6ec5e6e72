/** What a process author meets at the command line: which files are audited and configs that cannot hold (README, Command line and Configuration). */
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/run-cli.js';
import { CLEAN_CALLBACK as CLEAN } from '../helpers/callback-process.js';

const TODAY = ['--today', '2026-11-23'];
const BROKEN = 'nope: [';

function auditedFiles(stdout: string): string[] {
  const report = JSON.parse(stdout) as { summary: { files: number }; gaps: { file: string }[] };
  return [...new Set(report.gaps.map((gap) => gap.file))];
}

describe('gapcheck audit: which files it audits', () => {
  it('skips dotfiles, dot folders, node_modules and configs at any depth while walking', () => {
    const root = tempTree({
      'p/callback.yaml': CLEAN,
      'p/.pre-commit-config.yaml': BROKEN,
      'p/.github/workflows/ci.yml': BROKEN,
      'p/node_modules/x/broken.yaml': BROKEN,
      'p/team/gapcheck.config.yaml': 'rules: {}\n',
      'p/ops/gapcheck.config.yml': 'rules: {}\n',
      'p/team/broken.yaml': BROKEN,
    });
    const result = runCli(['audit', 'p', '--format', 'json', ...TODAY], { cwd: root });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2 });
    expect(auditedFiles(result.stdout)).toEqual(['p/team/broken.yaml']);
  });

  it('audits a file named directly whatever its name', () => {
    const root = tempTree({ '.hidden.yaml': CLEAN, 'team/gapcheck.config.yml': 'rules: {}\n' });
    const result = runCli(['audit', '.hidden.yaml', 'team/gapcheck.config.yml', '--format', 'json', ...TODAY], {
      cwd: root,
    });
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2, processes: 1 });
    expect(auditedFiles(result.stdout)).toEqual(['team/gapcheck.config.yml']);
  });

  it('skips an ignored file named beside a normal one with a note, as a pre-commit hook calls it', () => {
    const root = tempTree({
      'gapcheck.config.yaml': 'ignore: ["drafts/**"]\n',
      'drafts/half.yaml': BROKEN,
      'p/callback.yaml': CLEAN,
    });
    const result = runCli(['audit', 'drafts/half.yaml', 'p/callback.yaml', '--format', 'json', ...TODAY], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('gapcheck: drafts/half.yaml: not audited: the config\'s "ignore" matches it\n');
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 1, gaps: 0 });
  });

  it('exits 0 with the note when every file named is ignored', () => {
    const root = tempTree({
      'gapcheck.config.yaml': 'ignore: ["drafts/**"]\n',
      'drafts/half.yaml': BROKEN,
      'drafts/other.yml': BROKEN,
    });
    const result = runCli(['audit', 'drafts/other.yml', 'drafts/half.yaml', ...TODAY], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'gapcheck: drafts/half.yaml: not audited: the config\'s "ignore" matches it\ngapcheck: drafts/other.yml: not audited: the config\'s "ignore" matches it\n',
    );
  });

  it('still exits 2 for a folder whose every file is ignored', () => {
    const root = tempTree({ 'gapcheck.config.yaml': 'ignore: ["drafts/**"]\n', 'drafts/half.yaml': BROKEN });
    const result = runCli(['audit', 'drafts', ...TODAY], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"drafts" holds no process file (*.yaml or *.yml) that the config does not ignore');
  });

  it('reports files in path order, whatever order they are named in', () => {
    const root = tempTree({ 'b.yaml': BROKEN, 'a/z.yaml': BROKEN, 'a/b.yaml': BROKEN });
    const result = runCli(['audit', 'b.yaml', 'a/z.yaml', 'a', '--format', 'json', ...TODAY], { cwd: root });
    expect(auditedFiles(result.stdout)).toEqual(['a/b.yaml', 'a/z.yaml', 'b.yaml']);
  });
});

describe('gapcheck audit: invalid-process is always critical', () => {
  it.each([
    ['off', 'rules:\n  dead-end: low\n  invalid-process: off\n', 3, 3],
    ['critical', 'rules:\n  invalid-process: critical\n', 2, 3],
    ['{ severity: high }', 'extends: strict\nrules:\n  invalid-process: { severity: high }\n', 3, 3],
  ])('exits 2 at the key for a config setting it to %s', (_, config, line, column) => {
    const root = tempTree({ 'callback.yaml': CLEAN, 'gapcheck.config.yaml': config });
    const result = runCli(['audit', ...TODAY], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `gapcheck: gapcheck.config.yaml:${line}:${column}: rules.invalid-process: invalid-process is always critical: a file that is not a process must never pass unseen; remove this setting, and list such files under "ignore" instead\n`,
    );
  });

  it.each(['strict', 'none', 'recommended'])('stays critical under extends: %s', (preset) => {
    const root = tempTree({ 'broken.yaml': BROKEN, 'gapcheck.config.yaml': `extends: ${preset}\n` });
    const result = runCli(['audit', '--format', 'json', ...TODAY], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).gaps).toEqual([
      expect.objectContaining({ rule: 'invalid-process', severity: 'critical' }),
    ]);
  });
});

describe('gapcheck: did you mean, in configs', () => {
  it.each([
    [
      'extends: strct\n',
      /^gapcheck: gapcheck\.config\.yaml:1:10: extends "strct" is not a preset or an installed package; did you mean "strict"\?\n$/,
    ],
    [
      'rules:\n  dead-end: hihg\n',
      /^gapcheck: gapcheck\.config\.yaml:2:13: rules\.dead-end: level must be one of off, low, medium, high, critical — did you mean "high"\?\n$/,
    ],
    [
      'rules:\n  two-minute-response: { channels: [phone, e-mail] }\n',
      /^gapcheck: gapcheck\.config\.yaml:2:\d+: rules\.two-minute-response: entry 2 of option "channels" of two-minute-response must be one of .* — did you mean "email"\?\n$/,
    ],
  ])('suggests the value meant: %j', (config, message) => {
    const result = runCli(['audit', ...TODAY], {
      cwd: tempTree({ 'callback.yaml': CLEAN, 'gapcheck.config.yaml': config }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('gapcheck rules and explain: summaries name the options configured', () => {
  const root = tempTree({ 'gapcheck.config.yaml': 'rules:\n  handoff-chain: { max: 5 }\n' });

  it('rules, as a table and as JSON', () => {
    const table = runCli(['rules'], { cwd: root });
    expect(table.code).toBe(0);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(
      /handoff-chain medium medium From an `intake`, a path to an `end` hands the case between roles more than 5 times/,
    );
    const entries = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: root }).stdout) as {
      id: string;
      summary: string;
    }[];
    expect(entries.find((entry) => entry.id === 'handoff-chain')!.summary).toContain('more than 5 times');
  });

  it('explain, with the config found or named, and the defaults without one', () => {
    expect(runCli(['explain', 'handoff-chain'], { cwd: root }).stdout.replace(/\s+/g, ' ')).toContain(
      'more than 5 times',
    );
    expect(runCli(['explain', 'handoff-chain'], { cwd: tempTree({}) }).stdout.replace(/\s+/g, ' ')).toContain(
      'more than 3 times',
    );
    const named = runCli(['explain', 'handoff-chain', '--config', 'gapcheck.config.yaml'], { cwd: root });
    expect(named.stdout.replace(/\s+/g, ' ')).toContain('more than 5 times');
  });
});

describe('gapcheck explain: a failing example, with the gap an audit gives it', () => {
  it('prints the failing example and the real gap, at its line and column', () => {
    const result = runCli(['explain', 'order-confirmation'], { cwd: tempTree({}) });
    expect(result.code).toBe(0);
    const failing = result.stdout.slice(result.stdout.indexOf('\nA process that gets the gap\n'));
    expect(failing).toContain('    enter-order:\n      type: order-entry\n      actor: sales-rep\n      next: ship\n');
    expect(failing).toMatch(
      /\n {2}order-confirmation\.yaml:16:3 {2}high {2}from order entry "enter-order" .*\n {4}path: enter-order → ship\n$/,
    );
  });
});
