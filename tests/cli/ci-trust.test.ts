/** What CI relies on: usage errors at their place, notes that say what happened, a cache secret that is the user's own. */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressOnStderr } from '../../src/cli/progress.js';
import { BIN, runCli, tempTree } from '../helpers/run-cli.js';

const TODAY = ['--today', '2026-11-23'];
const SAMPLE = readFileSync('sample-processes/returns-desk.yaml', 'utf8');
const isRoot = process.getuid?.() === 0;

describe('--max-file-size', () => {
  it.each(['0x10', '1e3', '0.0000001', '0', '-1', '16MiB', ' 16', 'Infinity', '1'.repeat(400)])(
    'refuses %s with a plain message',
    (size) => {
      const root = tempTree({ 'a.yaml': SAMPLE });
      const { code, stderr } = runCli(['audit', '--max-file-size', size, ...TODAY, '.'], { cwd: root });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^gapcheck: --max-file-size ".*" is (not a size in MiB|larger than any file can be)/);
      expect(stderr.split('\n')).toHaveLength(2);
    },
  );

  it.each(['16', '0.5', '1'])('takes %s MiB', (size) => {
    const root = tempTree({ 'a.yaml': SAMPLE });
    expect(runCli(['audit', '--max-file-size', size, ...TODAY, '.'], { cwd: root }).code).toBe(1);
  });
});

describe('ignore globs in the config', () => {
  it('refuses an empty glob at its line and column', () => {
    const root = tempTree({ 'a.yaml': SAMPLE, 'gapcheck.config.yaml': 'ignore:\n  - drafts/**\n  - ""\n' });
    const { code, stderr } = runCli(['audit', ...TODAY, '.'], { cwd: root });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gapcheck: gapcheck\.config\.yaml:3:\d+: /);
    expect(stderr).not.toContain('internal error');
  });
});

describe('notes that say what happened', () => {
  it('graph: a file that was never there does not exist', () => {
    const { code, stderr } = runCli(['graph', 'nope.yaml'], { cwd: tempTree({}) });
    expect(code).toBe(2);
    expect(stderr).toContain('"nope.yaml" does not exist');
    expect(stderr).not.toContain('no longer');
  });

  it('a file whose name is not valid UTF-8 is reported as such, not as gone', () => {
    const root = tempTree({ 'a.yaml': SAMPLE });
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]),
      SAMPLE,
    );
    const { code, stdout } = runCli(['audit', '--format', 'json', ...TODAY, '.'], { cwd: root });
    expect(code).toBe(1);
    const gap = (JSON.parse(stdout) as { gaps: { file: string; message: string }[] }).gaps.find((g) =>
      g.file.startsWith('bad-'),
    );
    expect(gap?.message).toContain('not valid UTF-8');
    expect(gap?.message).not.toContain('no longer exists');
  });

  it('a folder whose name is not valid UTF-8 is reported as such, not as closed', () => {
    const root = tempTree({ 'a.yaml': SAMPLE });
    const folder = Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/inside.yaml')]), SAMPLE);
    const { code, stdout } = runCli(['audit', '--format', 'json', ...TODAY, '.'], { cwd: root });
    expect(code).toBe(1);
    const gap = (JSON.parse(stdout) as { gaps: { file: string; message: string }[] }).gaps.find((g) =>
      g.file.startsWith('bad-'),
    );
    expect(gap?.message).toContain('not valid UTF-8');
    expect(gap?.message).not.toContain('permission denied');
  });
});

describe('the cache secret', () => {
  const cacheRun = (root: string, env: Record<string, string | undefined>): ReturnType<typeof runCli> =>
    runCli(['audit', '--cache', '--format', 'json', ...TODAY, '.'], { cwd: root, env });

  it('says what happened when the cache folder is a file, and audits without the cache', () => {
    const root = tempTree({ 'a.yaml': SAMPLE, 'not-a-folder': '' });
    const { code, stderr } = cacheRun(root, { XDG_CACHE_HOME: path.join(root, 'not-a-folder') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot keep the cache's secret in .*not-a-folder.*not a folder.*without the cache/);
    expect(stderr).not.toContain('damaged');
    expect(existsSync(path.join(root, '.gapcheck-cache'))).toBe(false);
  });

  it('never creates a home folder that does not exist', () => {
    const root = tempTree({ 'a.yaml': SAMPLE });
    const home = path.join(root, 'nonexistent');
    const { code, stderr } = cacheRun(root, { HOME: home, XDG_CACHE_HOME: undefined });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot keep the cache's secret .* does not exist/);
    expect(existsSync(home)).toBe(false);
  });

  it('ignores a relative XDG_CACHE_HOME, which would put the secret in the checkout', () => {
    const root = tempTree({ 'a.yaml': SAMPLE, home: '' });
    const home = path.join(root, 'home-folder');
    mkdirSync(home);
    const { code, stderr } = cacheRun(root, { HOME: home, XDG_CACHE_HOME: '.cache' });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(existsSync(path.join(root, '.cache'))).toBe(false);
    expect(existsSync(path.join(home, '.cache', 'gapcheck', 'cache-secret'))).toBe(true);
  });

  /** A run that made a cache and its secret, then the secret made untrustworthy by `spoil`. */
  function spoiledSecret(spoil: (secret: string, folder: string) => void): { root: string; xdg: string } {
    const root = tempTree({ 'a.yaml': SAMPLE });
    const xdg = path.join(root, 'xdg');
    mkdirSync(xdg);
    expect(cacheRun(root, { XDG_CACHE_HOME: xdg }).stderr).toBe('');
    spoil(path.join(xdg, 'gapcheck', 'cache-secret'), path.join(xdg, 'gapcheck'));
    return { root, xdg };
  }

  it.each([
    ['a secret others may write', (secret: string): void => chmodSync(secret, 0o666)],
    ['a secret folder others may write', (_secret: string, folder: string): void => chmodSync(folder, 0o777)],
  ])('does not trust %s: the run is audited without the cache', (_what, spoil) => {
    const { root, xdg } = spoiledSecret(spoil);
    const cacheBefore = statSync(path.join(root, '.gapcheck-cache')).mtimeMs;
    const { code, stderr } = cacheRun(root, { XDG_CACHE_HOME: xdg });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot keep the cache's secret .* not yours alone .*without the cache/);
    expect(statSync(path.join(root, '.gapcheck-cache')).mtimeMs).toBe(cacheBefore);
  });

  it.runIf(isRoot)('does not trust a secret another user made, even as root', () => {
    const { root, xdg } = spoiledSecret((secret) => {
      chownSync(secret, 65534, 65534);
      chmodSync(secret, 0o644);
    });
    const { code, stderr } = cacheRun(root, { XDG_CACHE_HOME: xdg });
    expect(code).toBe(1);
    expect(stderr).toMatch(/not yours alone/);
  });
});

describe('colour', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  /** The stylish report as a terminal gets it: under `script`, which gives the CLI a pseudo-terminal. */
  function onTerminal(term: string): string {
    const root = tempTree({ 'a.yaml': SAMPLE });
    const command = `${process.execPath} ${BIN} audit ${TODAY.join(' ')} .`;
    const env = { ...process.env, TERM: term, NO_COLOR: undefined, FORCE_COLOR: undefined };
    return spawnSync('script', ['-qefc', command, '/dev/null'], { cwd: root, env, encoding: 'utf8' }).stdout;
  }

  it.runIf(hasScript)('is shown on a terminal, and not when TERM is dumb', () => {
    expect(onTerminal('xterm-256color')).toMatch(/\u001b\[/);
    const dumb = onTerminal('dumb');
    expect(dumb).toContain('a.yaml');
    expect(dumb).not.toMatch(/\u001b\[/);
  });

  it('and no progress bar, which moves the cursor, when TERM is dumb', () => {
    const terminal = { isTTY: true } as NodeJS.WriteStream;
    expect(progressOnStderr(terminal, { TERM: 'xterm' })).toBeDefined();
    expect(progressOnStderr(terminal, { TERM: 'dumb' })).toBeUndefined();
  });
});
