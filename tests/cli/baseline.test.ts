import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEWED_EMAIL_COMPLAINT } from '../helpers/email-complaint.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

/** Each test here starts gapcheck several times: on a busy machine that takes seconds. */
const SPAWNS_TIMEOUT = 60_000;

const TODAY = ['--today', '2026-11-23'];

/** An email complaint with gaps: listen-first (medium) at the intake, and a dead end (high) at `explain`. */
const PROCESS = REVIEWED_EMAIL_COMPLAINT.replace('    next: done\n  done:\n    type: end\n', '');

function audit(root: string, ...args: string[]) {
  return runCli(['audit', ...TODAY, '--format', 'json', '--baseline', 'gapcheck-baseline.yaml', ...args, 'processes'], {
    cwd: root,
  });
}

const gapsOf = (stdout: string): { rule: string; step: string | null }[] =>
  (JSON.parse(stdout) as { gaps: { rule: string; step: string | null }[] }).gaps;

describe('gapcheck audit --baseline', { timeout: SPAWNS_TIMEOUT }, () => {
  it('records every gap with --update-baseline, then passes, and fails again only on a new gap', () => {
    const root = tempTree({ 'processes/complaint.yaml': PROCESS });
    expect(runCli(['audit', ...TODAY, 'processes'], { cwd: root }).code).toBe(1);

    const update = audit(root, '--update-baseline');
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/wrote \d+ gaps to the baseline gapcheck-baseline\.yaml/);
    const baseline = readFileSync(path.join(root, 'gapcheck-baseline.yaml'), 'utf8');
    expect(baseline).toMatch(/^# gapcheck baseline/);
    expect(baseline).toContain('dead-end:\n        explain: 1');

    const again = audit(root);
    expect(again.code).toBe(0);
    expect(gapsOf(again.stdout)).toEqual([]);
    expect(again.stderr).toMatch(/gaps recorded in the baseline gapcheck-baseline\.yaml not reported/);

    // Lines move and a title is added: still nothing new, and the baseline file is untouched.
    writeFileSync(
      path.join(root, 'processes/complaint.yaml'),
      `# edited\n${PROCESS.replace('    type: explain-policy\n', '    type: explain-policy\n    title: Explain the policy\n')}`,
    );
    expect(audit(root).code).toBe(0);

    // A new dead end is reported, and fails the run.
    writeFileSync(
      path.join(root, 'processes/complaint.yaml'),
      `${PROCESS}    next: refuse\n  refuse:\n    type: deny\n    actor: agent\n`,
    );
    const fresh = audit(root);
    expect(fresh.code).toBe(1);
    expect(gapsOf(fresh.stdout).filter((gap) => gap.rule === 'dead-end')).toEqual([
      expect.objectContaining({ step: 'refuse' }),
    ]);
    // The old dead end at `explain` is closed: reported as stale, and the baseline does not change by itself.
    expect(fresh.stderr).toMatch(
      /1 baseline entry matches no gap any more[\s\S]*processes\/complaint\.yaml: email-complaint dead-end at explain/,
    );
    expect(readFileSync(path.join(root, 'gapcheck-baseline.yaml'), 'utf8')).toBe(baseline);

    // --update-baseline prunes the closed gap and records the new one.
    expect(audit(root, '--update-baseline').code).toBe(0);
    const updated = readFileSync(path.join(root, 'gapcheck-baseline.yaml'), 'utf8');
    expect(updated).toContain('refuse: 1');
    expect(updated).not.toContain('explain: 1');
  });

  it('audits a few files against the whole baseline without losing or blaming the others', () => {
    const root = tempTree({
      'processes/complaint.yaml': PROCESS,
      'processes/other.yaml': PROCESS.replace('email-complaint', 'other-complaint'),
    });
    expect(audit(root, '--update-baseline').code).toBe(0);
    const baseline = readFileSync(path.join(root, 'gapcheck-baseline.yaml'), 'utf8');
    const one = ['audit', ...TODAY, '--baseline', 'gapcheck-baseline.yaml', 'processes/complaint.yaml'];
    const run = runCli(one, { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/no gap any more/);
    // Updating from one file rewrites that file's entries only.
    expect(runCli([...one, '--update-baseline'], { cwd: root }).code).toBe(0);
    expect(readFileSync(path.join(root, 'gapcheck-baseline.yaml'), 'utf8')).toBe(baseline);
  });

  it('never audits the baseline file itself', () => {
    const root = tempTree({ 'processes/complaint.yaml': PROCESS });
    expect(
      runCli(['audit', ...TODAY, '--baseline', 'processes/baseline.yaml', '--update-baseline', 'processes'], {
        cwd: root,
      }).code,
    ).toBe(0);
    const run = runCli(['audit', ...TODAY, '--format', 'json', '--baseline', 'processes/baseline.yaml', 'processes'], {
      cwd: root,
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { files: number } }).summary.files).toBe(1);
  });

  it('stops with exit 2 on a missing baseline', () => {
    const root = tempTree({ 'processes/complaint.yaml': PROCESS });
    const run = audit(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /the baseline "gapcheck-baseline\.yaml" does not exist; write it with --update-baseline/,
    );
    expect(run.stdout).toBe('');
  });

  it('stops with exit 2 on a malformed baseline, naming file:line:column', () => {
    const root = tempTree({
      'processes/complaint.yaml': PROCESS,
      'gapcheck-baseline.yaml': 'gapcheck-baseline: 1\ngaps:\n  processes/complaint.yaml: 3\n',
    });
    const run = audit(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gapcheck: gapcheck-baseline\.yaml:3:29: expected a mapping/);
  });

  it('asks for --baseline when --update-baseline comes alone', () => {
    const root = tempTree({ 'processes/complaint.yaml': PROCESS });
    const run = runCli(['audit', '--update-baseline', 'processes'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--update-baseline needs --baseline FILE/);
    expect(existsSync(path.join(root, 'gapcheck-baseline.yaml'))).toBe(false);
  });
});
