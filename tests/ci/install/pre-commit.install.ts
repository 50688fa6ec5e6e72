/**
 * The pre-commit hook (.pre-commit-hooks.yaml) installed and run by pre-commit itself, from a git repository of
 * gapcheck: `pre-commit try-repo`, and the config docs/ci.md gives to copy. pre-commit's `language: node` installs
 * the hook repository with npm, so this needs the npm registry, and pre-commit (.ci/run installs Debian's).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BIN } from '../../helpers/run-cli.js';
import { emptyFolder, removeFolders, run, runOk, SAMPLES } from './consumers.js';

afterAll(removeFolders);

const repository = inject('repository');
/** pre-commit keeps the hook environments it installs here: empty, so every run installs the hook for real. */
let preCommitHome: string;

beforeAll(() => {
  runOk('pre-commit', ['--version'], process.cwd());
  preCommitHome = emptyFolder('pre-commit-home');
});

/**
 * A user's process repository, made by `gapcheck init`: a config (extended to ignore drafts/), a clean process, a
 * process with gaps and a draft with gaps that the config ignores, all committed.
 */
function userRepository(): string {
  const root = emptyFolder('user-repository');
  runOk(process.execPath, [BIN, 'init', root], root);
  writeFileSync(
    path.join(root, 'gapcheck.config.yaml'),
    `${readFileSync(path.join(root, 'gapcheck.config.yaml'), 'utf8')}ignore: ["drafts/**"]\n`,
  );
  copyFileSync(SAMPLES.withGaps, path.join(root, 'processes', 'claims.yaml'));
  mkdirSync(path.join(root, 'drafts'));
  copyFileSync(SAMPLES.withGaps, path.join(root, 'drafts', 'claims.yaml'));
  runOk('git', ['init', '--quiet'], root);
  runOk('git', ['add', '--all'], root);
  return root;
}

function preCommit(args: readonly string[], cwd: string): ReturnType<typeof run> {
  return run('pre-commit', args, cwd, { PRE_COMMIT_HOME: preCommitHome });
}

describe('pre-commit', () => {
  it('try-repo installs the hook and fails on the gaps of the files named', () => {
    const root = userRepository();
    const result = preCommit(
      ['try-repo', repository, 'gapcheck', '--files', 'processes/example.yaml', 'processes/claims.yaml'],
      root,
    );
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^gapcheck\.+Failed$/m);
    expect(result.stdout).toContain('processes/claims.yaml');
    expect(result.stdout).toMatch(/unknown-reference/);
    expect(result.stdout).not.toContain('processes/example.yaml');
  });

  it('try-repo passes when the only file with gaps is one the config ignores, saying it was skipped', () => {
    const root = userRepository();
    const result = preCommit(
      [
        'try-repo',
        repository,
        'gapcheck',
        '--verbose',
        '--files',
        'processes/example.yaml',
        'drafts/claims.yaml',
        'gapcheck.config.yaml',
      ],
      root,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^gapcheck\.+Passed$/m);
    expect(result.stdout).toContain('drafts/claims.yaml: not audited');
  });

  it('runs the hook of the config docs/ci.md gives, from the repository at its tag', () => {
    const docs = readFileSync('docs/ci.md', 'utf8');
    const example = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(docs)?.[1];
    expect(example, 'docs/ci.md shows a .pre-commit-config.yaml').toBeDefined();
    const config = load(example!) as { repos: { repo: string; rev: string }[] };
    expect(config.repos[0]!.repo).toMatch(/^https:\/\/github\.com\//);
    // The same config, pointed at the repository under test, tagged v1.
    config.repos[0]!.repo = repository;
    config.repos[0]!.rev = 'v1';
    const root = userRepository();
    writeFileSync(path.join(root, '.pre-commit-config.yaml'), JSON.stringify(config));
    runOk('git', ['add', '--all'], root);

    const result = preCommit(['run', '--all-files'], root);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain('processes/claims.yaml');
    expect(result.stdout).not.toContain('drafts/claims.yaml:');
  });
});
