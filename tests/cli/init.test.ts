import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/run-cli.js';

/** Each test here starts gapcheck several times: on a busy machine that takes seconds. */
const SPAWNS_TIMEOUT = 60_000;

const STARTER_FILES = ['gapcheck.config.yaml', 'processes/example.yaml'];

function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(root, file), readFileSync(file, 'utf8')];
      }),
  );
}

describe('gapcheck init', { timeout: SPAWNS_TIMEOUT }, () => {
  it('writes a commented sample process and a config that gapcheck audit passes without a single gap', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-init-'));
    const init = runCli(['init', 'service'], { cwd: root });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote service/processes/example.yaml');
    const dir = path.join(root, 'service');
    expect(Object.keys(snapshot(dir)).sort()).toEqual(STARTER_FILES);

    const example = readFileSync(path.join(dir, 'processes/example.yaml'), 'utf8');
    expect(example).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/node_modules\/gapcheck\/schemas\/process\.schema\.json\n/,
    );
    expect(readFileSync(path.join(dir, 'gapcheck.config.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=node_modules\/gapcheck\/schemas\/config\.schema\.json\n/,
    );

    const config = readFileSync(path.join(dir, 'gapcheck.config.yaml'), 'utf8');
    expect(config).toMatch(/^paths: \[processes\]$/m);
    expect(config).toContain('emergency-path: { handled-by: site-safety }');
    expect(example).toContain('# emergencies: site-safety');

    // `paths: [processes]`: a YAML file of another tool beside the config is not audited.
    writeFileSync(path.join(dir, 'docker-compose.yaml'), 'services: {}\n');
    const audit = runCli(['audit', '--format', 'json', '--fail-on', 'low'], { cwd: dir });
    expect(audit.stderr).toBe('');
    expect(JSON.parse(audit.stdout)).toMatchObject({ summary: { files: 1, processes: 1, gaps: 0 }, waived: [] });
    expect(audit.code).toBe(0);
  });

  it('writes into the working folder by default', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-init-'));
    expect(runCli(['init'], { cwd: root }).code).toBe(0);
    expect(Object.keys(snapshot(root)).sort()).toEqual(STARTER_FILES);
  });

  it('writes the folder it was given with its control characters as codes, so its name cannot drive the terminal', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-init-'));
    const result = runCli(['init', 'e\u001b[2J'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('wrote e\\u001b[2J/gapcheck.config.yaml\n');
    expect(readdirSync(root)).toEqual(['e\u001b[2J']);
  });

  it('writes a config whose policy runs and whose commented overrides are valid once uncommented', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gapcheck-init-'));
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const printed = (file: string) => runCli(['audit', '--print-config', file], { cwd: dir });
    expect(JSON.parse(printed('processes/example.yaml').stdout)).toMatchObject({
      policies: [{ id: 'complaint-reaches-a-person', config: 'gapcheck.config.yaml' }],
      rules: { 'complaint-reaches-a-person': 'medium' },
    });
    const config = path.join(dir, 'gapcheck.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^# (overrides:| {2}- files:| {4}rules:)/gm, '$1'));
    const overridden = printed('processes/stores/returns.yaml');
    expect(overridden.stderr).toBe('');
    expect(JSON.parse(overridden.stdout)).toMatchObject({
      overrides: [{ config: 'gapcheck.config.yaml', entry: 1, files: ['processes/stores/**'] }],
      rules: { 'human-touch': 'high' },
    });
  });

  it('never overwrites: a second init exits 2 naming the files, and changes nothing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-init-'));
    expect(runCli(['init'], { cwd: root }).code).toBe(0);
    writeFileSync(path.join(root, 'processes/example.yaml'), 'process: mine\n');
    const before = snapshot(root);
    const again = runCli(['init'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/"gapcheck\.config\.yaml" and "processes\/example\.yaml" already exist/);
    expect(snapshot(root)).toEqual(before);
  });

  it('writes nothing at all when only one of its files exists', () => {
    const root = tempTree({ 'gapcheck.config.yaml': 'extends: strict\n' });
    const run = runCli(['init'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"gapcheck\.config\.yaml" already exists/);
    expect(snapshot(root)).toEqual({ 'gapcheck.config.yaml': 'extends: strict\n' });
  });
});
