/** --cache, --cache-location, --shard and --jobs as a user types them: wrong values are usage errors, and stderr stays quiet when it is not a terminal. */
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_ID_FILE } from '../../src/version.js';
import { deskProcess } from '../helpers/desk-process.js';
import { BIN, runCli, tempTree } from '../helpers/run-cli.js';

const PROCESS = deskProcess('returns-desk');

const audit = (cwd: string, ...options: string[]) =>
  runCli(['audit', '--format', 'json', '--today', '2026-11-23', '--fail-on', 'none', ...options, 'processes'], { cwd });

describe('run options', () => {
  it.each([
    [['--shard', '0/3'], /--shard "0\/3" is not like 2\/4/],
    [['--shard', '4/3'], /--shard "4\/3"/],
    [['--shard', 'half'], /--shard "half"/],
    [['--jobs', 'many'], /--jobs "many" is not auto or a number/],
    [['--jobs', '0'], /--jobs "0"/],
  ])('refuses %j with exit 2 and a hint', (options, message) => {
    const cwd = tempTree({ 'processes/returns.yaml': PROCESS });
    const result = audit(cwd, ...options);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('writes the cache where --cache-location says, reports the same, and prints nothing to stderr off a terminal', () => {
    const cwd = tempTree({ 'processes/returns.yaml': PROCESS });
    const plain = audit(cwd);
    const cold = audit(cwd, '--cache-location', 'ci/gapcheck.cache', '--jobs', '2');
    expect(existsSync(path.join(cwd, 'ci/gapcheck.cache'))).toBe(false); // its folder does not exist: a note, not a failure
    expect(cold.stderr).toMatch(/cannot write the cache/);
    const warm = [audit(cwd, '--cache'), audit(cwd, '--cache')];
    expect(existsSync(path.join(cwd, '.gapcheck-cache'))).toBe(true);
    for (const result of [cold, ...warm]) expect(result.stdout).toBe(plain.stdout);
    expect(warm.map((result) => result.stderr)).toEqual(['', '']);
    expect(audit(cwd, '--shard', '1/1', '--output', 'shard.json').code).toBe(0);
    expect(runCli(['merge', '--format', 'json', '--fail-on', 'none', 'shard.json'], { cwd }).stdout).toBe(plain.stdout);
  });

  it('prints the kept report again when nothing changed, with its exit code, and a fresh one after an edit', async () => {
    const cwd = tempTree({ 'processes/returns.yaml': PROCESS });
    await sleep(2100); // past the racy margin: the file gets a stamp, so a run may replay
    const run = (...options: string[]) =>
      runCli(['audit', '--today', '2026-11-23', '--cache', ...options, 'processes'], { cwd });
    for (const options of [[], ['--format', 'json', '--fail-on', 'none'], ['--quiet']]) {
      const fresh = run(...options);
      const replayed = run(...options);
      expect({ stdout: replayed.stdout, code: replayed.code }).toEqual({ stdout: fresh.stdout, code: fresh.code });
    }
    const before = run('--format', 'json', '--fail-on', 'none').stdout;
    const file = path.join(cwd, 'processes/returns.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    next: done\n', '    next: nowhere\n'));
    const edited = run('--format', 'json', '--fail-on', 'none').stdout;
    expect(edited).not.toBe(before);
    expect(edited).toBe(audit(cwd).stdout);
  });

  it('starts the cache afresh for a rebuilt gapcheck, even of the same version', () => {
    const cwd = tempTree({ 'processes/returns.yaml': PROCESS });
    const packageRoot = path.dirname(path.dirname(BIN));
    const rebuilt = tempTree({});
    const { files } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { files: string[] };
    for (const part of ['package.json', ...files])
      cpSync(path.join(packageRoot, part), path.join(rebuilt, part), { recursive: true });
    symlinkSync(path.join(packageRoot, 'node_modules'), path.join(rebuilt, 'node_modules'));
    writeFileSync(path.join(rebuilt, BUILD_ID_FILE), 'code-changed-since\n');
    const keyAfterRun = (bin: string): string => {
      const result = runCli(
        ['audit', '--format', 'json', '--today', '2026-11-23', '--fail-on', 'none', '--cache', 'processes'],
        { cwd, bin },
      );
      expect(result.stderr).toBe('');
      return (JSON.parse(readFileSync(path.join(cwd, '.gapcheck-cache'), 'utf8').split('\n')[0]!) as { key: string })
        .key;
    };
    const thisBuild = keyAfterRun(BIN);
    expect(keyAfterRun(BIN)).toBe(thisBuild);
    expect(keyAfterRun(path.join(rebuilt, 'bin/gapcheck.js'))).not.toBe(thisBuild);
    expect(keyAfterRun(BIN)).toBe(thisBuild);
    rmSync(rebuilt, { recursive: true, force: true });
  });
});
