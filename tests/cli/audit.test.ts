import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree } from '../helpers/run-cli.js';
import { CLEAN_CALLBACK as CLEAN } from '../helpers/callback-process.js';

/** Same process, but one step leads nowhere: a dead end (high). */
const DEAD_END = CLEAN.replace('    next: done\n', '').replace('process: callback', 'process: callback-dead-end');

const TODAY = ['--today', '2026-11-23'];

describe('gapcheck audit', () => {
  it('exits 0 when no gap is at or above --fail-on', () => {
    const root = tempTree({ 'processes/callback.yaml': CLEAN });
    const result = runCli(['audit', 'processes', ...TODAY], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('no gaps in 1 file, 1 process');
    expect(result.code).toBe(0);
  });

  it('exits 1 on a gap at or above --fail-on, and 0 when the threshold is above it', () => {
    const root = tempTree({ 'dead-end.yml': DEAD_END });
    const failing = runCli(['audit', '.', ...TODAY], { cwd: root });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/dead-end\.yml\n\s+12:3\s+high\s+step "take-call" has no "next".*dead-end/);
    expect(runCli(['audit', '--fail-on', 'critical', ...TODAY], { cwd: root }).code).toBe(0);
    expect(runCli(['audit', '--fail-on', 'none', ...TODAY], { cwd: root }).code).toBe(0);
  });

  it('skips an empty document, such as a trailing "---", and reports a file with none as holding no process', () => {
    const root = tempTree({
      'trailing.yaml': `---\n${CLEAN}---\n# retired steps went here\n---\n`,
      'comments.yaml': '# to do\n---\n',
    });
    const result = runCli(['audit', '--format', 'json', ...TODAY], { cwd: root });
    const gaps = JSON.parse(result.stdout).gaps as { file: string; rule: string }[];
    expect(gaps).toEqual([expect.objectContaining({ file: 'comments.yaml', rule: 'invalid-process' })]);
    expect(result.code).toBe(1);
  });

  it('--quiet leaves out gaps below --fail-on', () => {
    const root = tempTree({ 'dead-end.yaml': DEAD_END });
    const quiet = runCli(['audit', '--quiet', '--fail-on', 'critical', ...TODAY], { cwd: root });
    expect(quiet.stdout).not.toContain('dead-end  ');
    expect(quiet.stdout).toContain('no gaps at or above critical');
  });

  it('reports JSON exactly in the shape the README documents', () => {
    const root = tempTree({ 'b/dead-end.yaml': DEAD_END, 'a/callback.yaml': CLEAN });
    const result = runCli(['audit', 'b', 'a', '--format', 'json', ...TODAY], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['gapcheck', 'summary', 'gaps', 'waived', 'run']);
    expect(report.gapcheck).toBe(1);
    expect(report.summary).toEqual({ files: 2, processes: 2, gaps: 2, critical: 0, high: 1, medium: 0, low: 1 });
    expect(report.gaps).toEqual([
      {
        file: 'b/dead-end.yaml',
        process: 'callback-dead-end',
        rule: 'dead-end',
        severity: 'high',
        step: 'take-call',
        message: expect.stringContaining('take-call'),
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 12,
      },
      {
        file: 'b/dead-end.yaml',
        process: 'callback-dead-end',
        rule: 'unreachable-step',
        severity: 'low',
        step: 'done',
        message: expect.stringContaining('"done"'),
        line: 16,
        column: 3,
        endLine: 16,
        endColumn: 7,
      },
    ]);
    expect(report.waived.map((gap: { rule: string; reason: string }) => [gap.rule, gap.reason])).toEqual([
      ['emergency-path', 'No emergencies come through this line.'],
      ['emergency-path', 'No emergencies come through this line.'],
    ]);
    // Added fields (§7 allows them): how the report was made, for `gapcheck merge`.
    expect(Object.keys(report.run)).toEqual([
      'version',
      'build',
      'settings',
      'config',
      'paths',
      'today',
      'shard',
      'quiet',
      'rules',
      'files',
    ]);
    expect(report.run).toMatchObject({ config: null, paths: ['b', 'a'], today: TODAY[1], shard: null, quiet: false });
    expect(report.run.files).toEqual([
      { file: 'a/callback.yaml', processes: ['callback'] },
      { file: 'b/dead-end.yaml', processes: ['callback-dead-end'] },
    ]);
  });

  it('reports an invalid file as a critical gap and still audits the others', () => {
    const root = tempTree({ 'broken.yaml': 'process: [unclosed\n', 'ok.yaml': CLEAN });
    const result = runCli(['audit', '--format', 'json', ...TODAY], { cwd: root });
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(report.summary.processes).toBe(1);
    expect(report.gaps[0]).toMatchObject({
      file: 'broken.yaml',
      process: null,
      step: null,
      rule: 'invalid-process',
      severity: 'critical',
      line: 2,
    });
  });

  it('writes --output whole, and nothing on stdout', () => {
    const root = tempTree({ 'callback.yaml': CLEAN });
    const result = runCli(['audit', '--format', 'json', '--output', 'report.json', ...TODAY], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).summary.gaps).toBe(0);
  });

  it('leaves nothing behind when --output cannot be written, and exits 2', () => {
    const root = tempTree({ 'callback.yaml': CLEAN });
    const fileOnTheWay = runCli(['audit', '--output', 'callback.yaml/report.txt', ...TODAY], { cwd: root });
    expect(fileOnTheWay.code).toBe(2);
    expect(fileOnTheWay.stderr).toMatch(
      /cannot write the report to "callback\.yaml\/report\.txt" \(a part of its folder is a file, not a folder\)/,
    );
    expect(fileOnTheWay.stderr).not.toMatch(/\n\s+at /);

    if (process.getuid?.() !== 0) {
      const readOnly = tempTree({ 'callback.yaml': CLEAN, 'out/.keep': '' });
      chmodSync(path.join(readOnly, 'out'), 0o555);
      const denied = runCli(['audit', '--output', 'out/report.txt', ...TODAY], { cwd: readOnly });
      expect(denied.code).toBe(2);
      expect(readdirSync(path.join(readOnly, 'out'))).toEqual(['.keep']);
    }
    expect(readdirSync(root).sort()).toEqual(['callback.yaml']);
  });

  it('refuses to write the report over a file it audits', () => {
    const root = tempTree({ 'callback.yaml': CLEAN });
    const result = runCli(['audit', '--output', 'callback.yaml', ...TODAY], { cwd: root });
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(root, 'callback.yaml'), 'utf8')).toBe(CLEAN);
  });

  it('exits 2 for a path that does not exist', () => {
    const result = runCli(['audit', 'nowhere', ...TODAY], { cwd: tempTree({}) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('gapcheck: "nowhere" does not exist; check the path\n');
  });

  it('exits 2 for a folder with no process file', () => {
    const root = tempTree({ 'empty/readme.txt': 'no processes here' });
    const result = runCli(['audit', 'empty', ...TODAY], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"empty" holds no process file');
  });

  it('skips dot folders, node_modules and ignored globs, and never audits its config', () => {
    const root = tempTree({
      'p/callback.yaml': CLEAN,
      'p/.drafts/broken.yaml': 'nope: [',
      'p/node_modules/x/broken.yaml': 'nope: [',
      'p/drafts/broken.yaml': 'nope: [',
      'gapcheck.config.yaml': 'ignore: ["p/drafts/**"]\n',
    });
    const result = runCli(['audit', '.', '--format', 'json', ...TODAY], { cwd: root });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 1, gaps: 0 });
  });

  it('exits 2 for a bad config, naming the file, line and key', () => {
    const root = tempTree({ 'callback.yaml': CLEAN, 'gapcheck.config.yaml': 'rules:\n  issue-report: off\n' });
    const result = runCli(['audit', ...TODAY], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^gapcheck: gapcheck\.config\.yaml:2:3: .*"issue-report".*did you mean "issue-reporting"\?/,
    );
  });

  it('applies config severities and presets', () => {
    const root = tempTree({ 'dead-end.yaml': DEAD_END, 'gapcheck.config.yaml': 'rules:\n  dead-end: low\n' });
    const lowered = runCli(['audit', '--format', 'json', ...TODAY], { cwd: root });
    expect(lowered.code).toBe(0);
    expect(JSON.parse(lowered.stdout).gaps[0].severity).toBe('low');
    const strict = tempTree({ 'dead-end.yaml': DEAD_END, 'gapcheck.config.yaml': 'extends: strict\n' });
    expect(JSON.parse(runCli(['audit', '--format', 'json', ...TODAY], { cwd: strict }).stdout).gaps[0].severity).toBe(
      'critical',
    );
  });

  it('exits 2 with a suggestion for an unknown format, option or date', () => {
    const root = tempTree({ 'callback.yaml': CLEAN });
    const format = runCli(['audit', '--format', 'jsno'], { cwd: root });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('did you mean "json"?');
    const option = runCli(['audit', '--fail-onn', 'high'], { cwd: root });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--fail-on');
    const date = runCli(['audit', '--today', '2026-02-30'], { cwd: root });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--today "2026-02-30" is not a date');
  });

  it('colours only a terminal, never with --no-color or NO_COLOR', () => {
    const root = tempTree({ 'dead-end.yaml': DEAD_END });
    const forced = runCli(['audit', ...TODAY], { cwd: root, env: { NO_COLOR: '1' } });
    expect(forced.stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['audit', '--no-color', ...TODAY], { cwd: root }).stdout).not.toMatch(/\u001b\[/);
  });

  it('explains --help with examples and exit codes', () => {
    const help = runCli(['audit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('Examples:');
    expect(existsSync('bin/gapcheck.js')).toBe(true);
  });
});

describe('output into a pipe that closes early', () => {
  it('stops quietly, without a stack trace, when the reader (head) has what it wanted', () => {
    // Far more than a pipe holds (64 KiB), so gapcheck is still writing when head leaves.
    const root = tempTree(
      Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [`p${i}.yaml`, DEAD_END.replace('callback-dead-end', `dead-end-${i}`)]),
      ),
    );
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" audit --today 2026-11-23 | head -1 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^status [01]\n$/);
  });
});

describe('file names in the terminal report', () => {
  it('show control characters escaped, so a file name cannot drive the terminal', () => {
    const root = tempTree({ 'bad\u001b[31m.yaml': DEAD_END });
    const result = runCli(['audit', '--today', '2026-11-23'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('bad\\u001b[31m.yaml');
    expect(result.stdout).not.toContain('\u001b');
  });
});
