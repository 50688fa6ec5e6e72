/**
 * A plugin as a team installs it: gapcheck and examples/gapcheck-plugin-example packed by npm, installed into a
 * scratch repository whose config names the plugin by package, and audited through the installed `gapcheck`.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyFolder, pack, removeFolders, run, runOk } from './consumers.js';

afterAll(removeFolders);

const EXAMPLE = 'examples/gapcheck-plugin-example';
/** A VIP process whose intake never reaches the account manager: the example's own fixture. */
const VIP_PROCESS = path.resolve(EXAMPLE, 'test/fixtures/written-answer-only.yaml');

interface JsonGap {
  rule: string;
  step: string | null;
  line: number;
  path?: string[];
}

const repository = inject('repository');
const gapcheck = inject('packed').tarball;
let root: string;
beforeAll(() => {
  const { tarball: plugin } = pack(path.join(repository, EXAMPLE), emptyFolder('plugin-tarball'));
  root = emptyFolder('plugin-user');
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'plugin-user', private: true })}\n`);
  writeFileSync(path.join(root, 'gapcheck.config.yaml'), 'plugins: [gapcheck-plugin-example]\n');
  mkdirSync(path.join(root, 'processes'));
  copyFileSync(VIP_PROCESS, path.join(root, 'processes', 'vip-complaints.yaml'));
  runOk('npm', ['install', '--save-dev', gapcheck, plugin], root);
});

describe('a plugin installed from its package', () => {
  it("is found from the config's folder, and its rule's gap fails the audit", () => {
    const audit = run('npx', ['--no-install', 'gapcheck', 'audit', 'processes', '--format', 'json'], root);
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(1);
    const { gaps } = JSON.parse(audit.stdout) as { gaps: JsonGap[] };
    expect(gaps.filter((gap) => gap.rule === 'example/vip-account-manager')).toEqual([
      expect.objectContaining({ step: 'receive', line: 10, path: ['receive', 'write-back', 'done'] }),
    ]);
  });

  it('is listed by `gapcheck rules` with the plugin and the package it comes from', () => {
    const rules = JSON.parse(runOk('npx', ['--no-install', 'gapcheck', 'rules', '--format', 'json'], root).stdout) as {
      id: string;
      plugin?: string;
      module?: string;
    }[];
    expect(rules.find((rule) => rule.id === 'example/vip-account-manager')).toMatchObject({
      plugin: 'example',
      module: 'gapcheck-plugin-example',
    });
  });

  it("passes its own tests, written with gapcheck/testing, against gapcheck's package", () => {
    const copy = emptyFolder('plugin-tests');
    cpSync(path.join(repository, EXAMPLE), copy, { recursive: true });
    runOk('npm', ['install', '--no-save', gapcheck], copy);
    const tests = run('npm', ['test'], copy);
    expect(tests.code, `${tests.stdout}\n${tests.stderr}`).toBe(0);
    // One test a fixture: the four the example's two fixture folders hold.
    expect(tests.stdout).toMatch(/^# pass 4$/m);
  });
});
