/**
 * The composite action and the pre-commit hook, run as far as can be without GitHub: each shell step of action.yml
 * runs in bash with its inputs, on this checkout as the action's folder (its install step is left out: the
 * checkout's dependencies are there, and tests/ci/install/action.install.ts runs it on a clean copy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BIN, tempTree } from '../helpers/run-cli.js';
import { action, isInstallStep, runAction as runActionIn } from './action-runner.js';

/** Each test here starts gapcheck several times: on a busy machine that takes seconds. */
const SPAWNS_TIMEOUT = 60_000;

const CLEAN = readFileSync('sample-processes/phone-order-intake.yaml', 'utf8');
const WITH_GAPS = readFileSync('sample-processes/warranty-claim-draft.yaml', 'utf8');

const runAction = (root: string, inputs: Record<string, string>) => runActionIn(process.cwd(), root, inputs, false);

describe('action.yml', { timeout: SPAWNS_TIMEOUT }, () => {
  it('is a composite action whose steps read inputs only through the environment', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['baseline', 'config', 'fail-on', 'paths', 'upload-sarif']);
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      expect(step.run).not.toMatch(/\$\{\{/);
      expect(step.shell).toBe('bash');
    }
  });

  it('runs the gapcheck of its own folder (the tag a workflow names), never one fetched from a registry', () => {
    const [install, ...rest] = action.runs.steps;
    expect(isInstallStep(install!)).toBe(true);
    expect(install!.run).toMatch(/npm ci --omit=dev/);
    for (const step of rest.filter((s) => s.run !== undefined)) {
      expect(step.run).toContain('node "$GITHUB_ACTION_PATH/bin/gapcheck.js" audit');
      expect(step.run).not.toMatch(/npx|gapcheck@/);
    }
  });

  it('uploads the SARIF file its first step writes', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload.with!['sarif_file']).toBe('gapcheck.sarif');
    expect(action.runs.steps[1]!.run).toContain('--output gapcheck.sarif');
  });

  it('writes the SARIF report, then fails on gaps at or above fail-on with annotations', () => {
    const root = tempTree({ 'processes/claims.yaml': WITH_GAPS, 'processes/orders.yaml': CLEAN });
    const [sarif, annotations] = runAction(root, { paths: 'processes', 'fail-on': 'high' });
    expect(sarif!.code).toBe(0);
    const log = JSON.parse(readFileSync(path.join(root, 'gapcheck.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(annotations!.code).toBe(1);
    expect(annotations!.stdout).toMatch(/^::error file=processes\/claims\.yaml,line=\d+,col=\d+,title=/m);
  });

  it('passes with fail-on none, and honours config and baseline inputs', () => {
    const root = tempTree({
      'processes/claims.yaml': WITH_GAPS,
      'ci/gapcheck.yaml': 'extends: none\nrules:\n  dead-end: high\n',
    });
    const [, annotations] = runAction(root, { paths: 'processes', 'fail-on': 'none', config: 'ci/gapcheck.yaml' });
    expect(annotations!.code).toBe(0);
    expect(
      annotations!.stdout
        .trim()
        .split('\n')
        .every((line) => line.includes('title=dead-end')),
    ).toBe(true);

    spawnSync(process.execPath, [BIN, 'audit', '--baseline', 'baseline.yaml', '--update-baseline', 'processes'], {
      cwd: root,
    });
    const [sarif, baselined] = runAction(root, { paths: 'processes', baseline: 'baseline.yaml' });
    expect(sarif!.code).toBe(0);
    expect(baselined!.code).toBe(0);
    expect(baselined!.stdout).toBe('');
    expect(existsSync(path.join(root, 'gapcheck.sarif'))).toBe(true);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as {
    id: string;
    entry: string;
    files: string;
    exclude: string;
    language: string;
  }[];

  it('runs gapcheck audit on changed YAML files, never on the config', () => {
    expect(hook).toMatchObject({ id: 'gapcheck', entry: 'gapcheck audit', language: 'node' });
    const audited = (file: string): boolean =>
      new RegExp(hook!.files).test(file) && !new RegExp(hook!.exclude).test(file);
    expect(['processes/orders.yaml', 'a.yml'].map(audited)).toEqual([true, true]);
    expect(
      [
        'README.md',
        'gapcheck.config.yaml',
        'sub/gapcheck.config.yml',
        '.pre-commit-config.yaml',
        '.github/workflows/ci.yml',
      ].map(audited),
    ).toEqual([false, false, false, false, false]);
  });
});
