/**
 * The composite action and the pre-commit hook, run as far as can be without GitHub: each shell step of action.yml
 * runs in bash with its inputs, against a stand-in `npx` that runs this build of gapcheck.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BIN, tempTree } from '../helpers/run-cli.js';

/** Each test here starts gapcheck several times: on a busy machine that takes seconds. */
const SPAWNS_TIMEOUT = 60_000;

interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = load(readFileSync('action.yml', 'utf8')) as Action;

const CLEAN = readFileSync('sample-processes/phone-order-intake.yaml', 'utf8');
const WITH_GAPS = readFileSync('sample-processes/warranty-claim-draft.yaml', 'utf8');

/** Runs the action's shell steps in `root`, as GitHub would with these inputs; returns each step's exit code and output. */
function runAction(root: string, inputs: Record<string, string>): { name: string; code: number | null; stdout: string }[] {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...inputs };
  const expand = (text: string): string => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
  const npx = path.join(root, '.bin', 'npx');
  mkdirSync(path.dirname(npx), { recursive: true });
  // `npx --yes gapcheck@VERSION args...` runs this build with args.
  writeFileSync(npx, `#!/bin/sh\n[ "$1" = --yes ] && shift\ncase "$1" in gapcheck@*) shift ;; *) exit 97 ;; esac\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(npx, 0o755);
  return action.runs.steps
    .filter((step) => step.run !== undefined)
    .map((step) => {
      const env = { ...process.env, PATH: `${path.dirname(npx)}:${process.env['PATH']}`, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)])) };
      const result = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run!], { cwd: root, env, encoding: 'utf8' });
      return { name: step.name, code: result.status, stdout: result.stdout };
    });
}

describe('action.yml', { timeout: SPAWNS_TIMEOUT }, () => {
  it('is a composite action whose steps read inputs only through the environment', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'fail-on', 'config', 'version']));
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      expect(step.run).not.toMatch(/\$\{\{/);
      expect(step.shell).toBe('bash');
    }
  });

  it('uploads the SARIF file its first step writes', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!['sarif_file']).toBe('gapcheck.sarif');
    expect(action.runs.steps[0]!.run).toContain('--output gapcheck.sarif');
  });

  it('writes the SARIF report, then fails on gaps at or above fail-on with annotations', () => {
    const root = tempTree({ 'processes/claims.yaml': WITH_GAPS, 'processes/orders.yaml': CLEAN });
    const [sarif, annotations] = runAction(root, { paths: 'processes', 'fail-on': 'high' });
    expect(sarif!.code).toBe(0);
    const log = JSON.parse(readFileSync(path.join(root, 'gapcheck.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(annotations!.code).toBe(1);
    expect(annotations!.stdout).toMatch(/^::error file=processes\/claims\.yaml,line=\d+,col=\d+,title=/m);
  });

  it('passes with fail-on none, and honours config and baseline inputs', () => {
    const root = tempTree({ 'processes/claims.yaml': WITH_GAPS, 'ci/gapcheck.yaml': 'extends: none\nrules:\n  dead-end: high\n' });
    const [, annotations] = runAction(root, { paths: 'processes', 'fail-on': 'none', config: 'ci/gapcheck.yaml' });
    expect(annotations!.code).toBe(0);
    expect(annotations!.stdout.trim().split('\n').every((line) => line.includes('title=dead-end'))).toBe(true);

    spawnSync(process.execPath, [BIN, 'audit', '--baseline', 'baseline.yaml', '--update-baseline', 'processes'], { cwd: root });
    const [sarif, baselined] = runAction(root, { paths: 'processes', baseline: 'baseline.yaml' });
    expect(sarif!.code).toBe(0);
    expect(baselined!.code).toBe(0);
    expect(baselined!.stdout).toBe('');
    expect(existsSync(path.join(root, 'gapcheck.sarif'))).toBe(true);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; files: string; exclude: string; language: string }[];

  it('runs gapcheck audit on changed YAML files, never on the config', () => {
    expect(hook).toMatchObject({ id: 'gapcheck', entry: 'gapcheck audit', language: 'node' });
    const audited = (file: string): boolean => new RegExp(hook!.files).test(file) && !new RegExp(hook!.exclude).test(file);
    expect(['processes/orders.yaml', 'a.yml'].map(audited)).toEqual([true, true]);
    expect(['README.md', 'gapcheck.config.yaml', 'sub/gapcheck.config.yml', '.pre-commit-config.yaml', '.github/workflows/ci.yml'].map(audited)).toEqual([
      false, false, false, false, false,
    ]);
  });
});
