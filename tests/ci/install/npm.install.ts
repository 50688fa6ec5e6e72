/**
 * gapcheck installed by npm every way the README's "Install" section names, each into an empty folder, with only
 * the package registry to reach: none may need a dev dependency (the committed dist/ is what runs).
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { emptyFolder, removeFolders, run, runOk, SAMPLES } from './consumers.js';

afterAll(removeFolders);

const { version, dependencies, devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const repository = inject('repository');

/** A consumer's project: a package.json and one process file with gaps, under processes/. */
function project(name: string): string {
  const root = emptyFolder(name);
  writeFileSync(
    path.join(root, 'package.json'),
    `${JSON.stringify({ name: `consumer-${name}`, private: true }, null, 2)}\n`,
  );
  mkdirSync(path.join(root, 'processes'));
  copyFileSync(SAMPLES.withGaps, path.join(root, 'processes', 'claims.yaml'));
  return root;
}

/** `gapcheck audit processes` with `gapcheck` as `command` finds the sample's gaps, as the CLI does from the clone. */
function expectAuditWorks(command: string, prefixArgs: readonly string[], cwd: string): void {
  const audit = run(command, [...prefixArgs, 'audit', 'processes'], cwd);
  expect(audit.stderr).not.toMatch(/Error|Cannot find/);
  expect(audit.code, audit.stderr).toBe(1);
  expect(audit.stdout).toContain('processes/claims.yaml');
  expect(audit.stdout).toMatch(/unknown-reference/);
  expect(run(command, [...prefixArgs, '--version'], cwd).stdout.trim()).toBe(version);
}

/** gapcheck's runtime dependencies and theirs, as installed in `nodeModules` (a dev dependency may be one of them). */
function runtimePackages(nodeModules: string): Set<string> {
  const found = new Set<string>();
  const pending = Object.keys(dependencies);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const manifest = path.join(nodeModules, name, 'package.json');
    if (found.has(name) || !existsSync(manifest)) continue;
    found.add(name);
    const { dependencies: own = {}, optionalDependencies: optional = {} } = JSON.parse(
      readFileSync(manifest, 'utf8'),
    ) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    pending.push(...Object.keys(own), ...Object.keys(optional));
  }
  return found;
}

/** No dev dependency came along: what got installed is gapcheck and its runtime dependencies. */
function expectNoDevDependency(nodeModules: string): void {
  const installed = readdirSync(nodeModules).flatMap((name) =>
    name.startsWith('@') ? readdirSync(path.join(nodeModules, name)).map((inner) => `${name}/${inner}`) : [name],
  );
  const runtime = runtimePackages(nodeModules);
  expect(installed.filter((name) => name in devDependencies && !runtime.has(name))).toEqual([]);
}

describe('npm installs gapcheck', () => {
  it('from the tarball `npm pack` writes, holding only what users need', () => {
    const { tarball, files } = inject('packed');
    expect(
      files.filter((file) => !/^(bin\/|dist\/(bundle|lib|types|load\/validators)\/|schemas\/)/.test(file)).sort(),
    ).toEqual([
      'README.md',
      'dist/build-id',
      'dist/load/ajv-options.js',
      'dist/model/time.js',
      'dist/package-files.js',
      'dist/version.js',
      'package.json',
    ]);
    expect(files.some((file) => file.endsWith('.map') || file.startsWith('src/') || file.startsWith('tests/'))).toBe(
      false,
    );

    const root = project('from-tarball');
    runOk('npm', ['install', '--save-dev', tarball], root);
    expectNoDevDependency(path.join(root, 'node_modules'));
    expectAuditWorks('npx', ['--no-install', 'gapcheck'], root);
  });

  it('as a dev dependency from a git URL, run by `npx gapcheck`', () => {
    const root = project('from-git');
    runOk('npm', ['install', '--save-dev', `git+file://${repository}#v1`], root);
    expectNoDevDependency(path.join(root, 'node_modules'));
    expectAuditWorks(path.join(root, 'node_modules', '.bin', 'gapcheck'), [], root);
    expectAuditWorks('npx', ['--no-install', 'gapcheck'], root);
  });

  // Without --install-links, npm links a global install from git to the clone it built in, then deletes
  // that clone (npm/cli#6984, #9406: any package with a `prepare` script); the README says so.
  it('globally from a git URL (`npm install -g --install-links git+…`), twice (a reinstall replaces it)', () => {
    const prefix = emptyFolder('global');
    for (let time = 0; time < 2; time += 1) {
      runOk('npm', ['install', '--global', '--install-links', '--prefix', prefix, `git+file://${repository}`], prefix);
    }
    const installed = path.join(prefix, 'lib', 'node_modules', 'gapcheck');
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expectNoDevDependency(path.join(installed, 'node_modules'));
    expectAuditWorks(path.join(prefix, 'bin', 'gapcheck'), [], project('global-user'));
  });

  it('one-off from a git URL (`npx <git URL>`)', () => {
    const root = project('npx-git');
    // Its own npx cache, so the run installs rather than reuses an earlier test's copy.
    expectAuditWorks('npx', ['--yes', '--cache', emptyFolder('npx-cache'), `git+file://${repository}`], root);
  });

  it('from a clone, with only its runtime dependencies', () => {
    const clone = emptyFolder('clone');
    runOk('git', ['clone', '--quiet', repository, clone], clone);
    runOk('npm', ['ci', '--omit=dev'], clone);
    expectNoDevDependency(path.join(clone, 'node_modules'));
    expectAuditWorks(process.execPath, [path.join(clone, 'bin', 'gapcheck.js')], project('clone-user'));
  });
});
