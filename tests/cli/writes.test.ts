/**
 * What gapcheck writes (the report, the baseline, the cache, init's files): whole or not at all, never over what it
 * reads or over a device or pipe, and with an exit code that tells the truth however the run ends.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, watch } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempTree } from '../helpers/run-cli.js';
import { CLEAN_CALLBACK } from '../helpers/callback-process.js';

const TODAY = ['--today', '2026-11-23'];
const IS_ROOT = process.getuid?.() === 0;

/** One dead end (high): exit 1. */
/** The call-back request with its intake leading nowhere: a dead end (high). */
const DEAD_END = CLEAN_CALLBACK.replace('    next: done\n  done:\n    type: end\n', '');

/** Every file under `root` with its bytes and mode, links as their target: to show a run changed nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const stats = lstatSync(full);
    files[path.relative(root, full)] = entry.isSymbolicLink()
      ? `link`
      : entry.isFile()
        ? `${stats.mode.toString(8)} ${readFileSync(full, 'base64')}`
        : `${stats.mode.toString(8)}`;
  }
  return files;
}

function temporaries(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tmp'));
}

function expectRefused(root: string, args: readonly string[], message: RegExp): void {
  const before = snapshot(root);
  const result = runCli(['audit', ...args, ...TODAY], { cwd: root });
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code).toBe(2);
  expect(snapshot(root)).toEqual(before);
}

describe('--output into what is not a regular file: written to, never replaced', { timeout: 60_000 }, () => {
  it('a named pipe, with a reader', async () => {
    const root = tempTree({ 'callback.yaml': DEAD_END });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const reader = spawn('cat', ['pipe'], { cwd: root });
    const read = new Promise<string>((resolve) => {
      let text = '';
      reader.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      reader.on('close', () => resolve(text));
    });
    try {
      const result = runCli(['audit', '--format', 'json', '--output', 'pipe', ...TODAY], { cwd: root });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(lstatSync(path.join(root, 'pipe')).isFIFO()).toBe(true);
      expect(JSON.parse(await read).summary.gaps).toBe(1);
    } finally {
      reader.kill();
    }
  });

  it('a character device, as root: made with mknod in a temporary folder, written to, kept', (context) => {
    if (!IS_ROOT) context.skip(); // Only root may make a device; the named pipe and /dev/null cases cover the rest.
    const root = tempTree({ 'callback.yaml': DEAD_END });
    const made =
      spawnSync('mknod', [path.join(root, 'null'), 'c', '1', '3']).status === 0 &&
      spawnSync('mknod', [path.join(root, 'full'), 'c', '1', '7']).status === 0;
    if (!made) context.skip(); // A container without CAP_MKNOD: no device can be made here.
    const result = runCli(['audit', '--output', 'null', ...TODAY], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(statSync(path.join(root, 'null')).isCharacterDevice()).toBe(true);

    const full = runCli(['audit', '--output', 'full', ...TODAY], { cwd: root });
    expect(full.stderr).toMatch(
      /^gapcheck: cannot write the report to "full" \(no space is left on the device\); nothing was written\n$/,
    );
    expect(full.code).toBe(2);
    expect(statSync(path.join(root, 'full')).isCharacterDevice()).toBe(true);
    expect(temporaries(root)).toEqual([]);
  });

  it('/dev/null, when not root', (context) => {
    // As root, a regression would replace this machine's /dev/null: the device made with mknod covers root.
    if (IS_ROOT) context.skip();
    const result = runCli(['audit', '--output', '/dev/null', ...TODAY], {
      cwd: tempTree({ 'callback.yaml': DEAD_END }),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a link to /proc/self/fd/1: the report goes to stdout, and the link stays', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END });
    symlinkSync('/proc/self/fd/1', path.join(root, 'out'));
    const result = runCli(['audit', '--format', 'json', '--output', 'out', ...TODAY], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.gaps).toBe(1);
    expect(lstatSync(path.join(root, 'out')).isSymbolicLink()).toBe(true);
  });
});

describe('--output into a regular file', { timeout: 60_000 }, () => {
  it('through a link: the file it points to is replaced whole, and the link stays', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END, 'reports/latest.json': 'old' });
    symlinkSync('reports/latest.json', path.join(root, 'report.json'));
    const result = runCli(['audit', 'callback.yaml', '--format', 'json', '--output', 'report.json', ...TODAY], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(lstatSync(path.join(root, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'reports/latest.json'), 'utf8')).summary.gaps).toBe(1);
    expect(temporaries(root)).toEqual([]);
  });

  it('keeps the mode of the file it replaces', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END, 'report.txt': 'old' });
    chmodSync(path.join(root, 'report.txt'), 0o640);
    expect(runCli(['audit', 'callback.yaml', '--output', 'report.txt', ...TODAY], { cwd: root }).code).toBe(1);
    expect(statSync(path.join(root, 'report.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toContain('dead-end');
  });

  it('with a name of 255 bytes, the most a file system allows', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END });
    const name = `${'é'.repeat(125)}.json`; // 250 bytes of é, and 5 of .json
    expect(Buffer.byteLength(name)).toBe(255);
    const result = runCli(['audit', '--format', 'json', '--output', name, ...TODAY], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, name), 'utf8')).summary.gaps).toBe(1);
  });

  it('creates the missing folders on the way, as ESLint does', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END });
    expect(
      runCli(['audit', '--format', 'json', '--output', 'ci/reports/gaps.json', ...TODAY], { cwd: root }).code,
    ).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, 'ci/reports/gaps.json'), 'utf8')).summary.gaps).toBe(1);
  });

  it('exits 2 with a plain message for a name that ends in a slash, or a folder, or a file on the way', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END, 'reports/.keep': '', 'notes.txt': 'mine' });
    expectRefused(
      root,
      ['--output', 'notexist/'],
      /^gapcheck: cannot write the report to "notexist\/" \(the name ends in a slash, so it names a folder\); name a file, like report\.txt\n$/,
    );
    expectRefused(
      root,
      ['--output', 'reports'],
      /^gapcheck: cannot write the report to "reports" \(it is a folder\); name a file in it\n$/,
    );
    expectRefused(
      root,
      ['--output', 'notes.txt/report.json'],
      /^gapcheck: cannot write the report to "notes\.txt\/report\.json" \(.*not a folder\)/,
    );
  });
});

describe('no write reaches an input, however it is reached', { timeout: 60_000 }, () => {
  function linkedTree(): string {
    const root = tempTree({
      'processes/a.yaml': DEAD_END,
      'gapcheck.config.yaml': 'rules:\n  dead-end: high\n',
      'real.yaml': DEAD_END.replace('process: callback', 'process: real'),
    });
    symlinkSync('processes', path.join(root, 'link'));
    symlinkSync('.', path.join(root, 'here'));
    symlinkSync('real.yaml', path.join(root, 'lnk.yaml'));
    return root;
  }

  it('the report, through a link to the audited folder, to the folder of the config, or to an audited file', () => {
    const root = linkedTree();
    expectRefused(
      root,
      ['processes', '--output', 'link/a.yaml'],
      /^gapcheck: --output "link\/a\.yaml" is one of the files this audit reads; write it somewhere else\n$/,
    );
    expectRefused(
      root,
      ['processes', '--output', 'here/gapcheck.config.yaml'],
      /--output "here\/gapcheck\.config\.yaml" is the config this audit reads/,
    );
    expectRefused(
      root,
      ['lnk.yaml', '--output', 'real.yaml'],
      /--output "real\.yaml" is one of the files this audit reads/,
    );
    expectRefused(
      root,
      ['real.yaml', '--output', 'lnk.yaml'],
      /--output "lnk\.yaml" is one of the files this audit reads/,
    );
  });

  it('the cache and the baseline, too', () => {
    const root = linkedTree();
    expectRefused(
      root,
      ['processes', '--cache-location', 'link/a.yaml'],
      /^gapcheck: --cache-location "link\/a\.yaml" is one of the files this audit reads/,
    );
    expectRefused(
      root,
      ['processes', '--baseline', 'link/a.yaml', '--update-baseline'],
      /--baseline "link\/a\.yaml" is one of the files this audit reads/,
    );
    expectRefused(
      root,
      ['processes', '--baseline', 'base.yaml', '--update-baseline', '--output', 'here/base.yaml'],
      /--output "here\/base\.yaml" is the baseline this audit reads/,
    );
    expectRefused(
      root,
      ['processes', '--cache', '--output', 'here/.gapcheck-cache'],
      /--output "here\/\.gapcheck-cache" is the cache this audit reads/,
    );
    expectRefused(
      root,
      ['processes', '--cache-location', 'c', '--baseline', 'here/c', '--update-baseline'],
      /--baseline "here\/c" is the cache this audit reads/,
    );
  });
});

describe('all or nothing across targets', { timeout: 60_000 }, () => {
  it('--update-baseline writes no baseline when --output cannot be written', () => {
    const root = tempTree({ 'callback.yaml': DEAD_END, 'notes.txt': 'mine' });
    expectRefused(
      root,
      ['callback.yaml', '--baseline', 'baseline.yaml', '--update-baseline', '--output', 'notes.txt/report.json'],
      /cannot write the report/,
    );
    expect(existsSync(path.join(root, 'baseline.yaml'))).toBe(false);
  });

  it('gapcheck init writes nothing when one of its files cannot be written', () => {
    const root = tempTree({ processes: 'a file where init wants a folder' });
    const before = snapshot(root);
    const result = runCli(['init'], { cwd: root });
    expect(result.stderr).toMatch(
      /^gapcheck: cannot write "processes\/example\.yaml" \(a file is already there\); gapcheck init wrote nothing/,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('the exit code tells the truth when the reader goes away', { timeout: 120_000 }, () => {
  /** Enough reports that gapcheck is still writing when `head` has read its one line. */
  function manyGaps(): string {
    return tempTree(
      Object.fromEntries(
        Array.from({ length: 600 }, (_, i) => [
          `p${i}.yaml`,
          DEAD_END.replace('process: callback', `process: callback-${i}`),
        ]),
      ),
    );
  }

  function pipeline(root: string, command: string): string {
    return spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${command}; echo "exit $?"`], {
      cwd: root,
      encoding: 'utf8',
    }).stdout;
  }

  it('exits 1 for gaps through | head -n 1 and | true, with and without --cache, and writes the cache whole', () => {
    const root = manyGaps();
    expect(pipeline(root, `audit ${TODAY.join(' ')} | head -n 1`)).toMatch(/\nexit 1\n$/);
    expect(pipeline(root, `audit ${TODAY.join(' ')} | true`)).toMatch(/^exit 1\n$/);
    expect(pipeline(root, `audit --cache ${TODAY.join(' ')} | head -n 1`)).toMatch(/\nexit 1\n$/);
    expect(temporaries(root)).toEqual([]);
    expect(readFileSync(path.join(root, '.gapcheck-cache'), 'utf8')).toMatch(/^\{"gapcheck-cache":/);
    // The cache holds every file: a warm run, replaying it, tells the same.
    const cold = runCli(['audit', '--format', 'json', ...TODAY], { cwd: root });
    const warm = runCli(['audit', '--cache', '--format', 'json', ...TODAY], { cwd: root });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(1);
  });
});

describe('a signal during a large write leaves nothing behind', { timeout: 300_000 }, () => {
  /** Processes whose step ids are long, so that the report, the baseline and the cache run to tens of megabytes. */
  function largeTree(): string {
    const steps = (): string =>
      Array.from(
        { length: 10 },
        (_, i) =>
          `  ${i === 0 ? 's0' : `s${i}-${'x'.repeat(100_000)}`}:\n    type: intake\n    channel: phone\n    actor: agent\n`,
      ).join('');
    return tempTree(
      Object.fromEntries(
        Array.from({ length: 8 }, (_, file) => [
          `p${file}.yaml`,
          `process: p${file}\ntitle: P\nowner: agent\nroles:\n  agent:\n    title: Agent\n    frontline: true\nstart: s0\nsteps:\n${steps()}`,
        ]),
      ),
    );
  }

  /**
   * Runs gapcheck, freezes it (SIGSTOP) the moment a temporary file appears, and, if it is still there, sends
   * `signal`. Returns the exit code, or undefined when the write was over before gapcheck could be frozen.
   */
  async function signalDuringWrite(
    root: string,
    args: readonly string[],
    signal: NodeJS.Signals,
  ): Promise<number | null | undefined> {
    const child = spawn(process.execPath, [BIN, 'audit', ...args, ...TODAY], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let signalled = false;
    const watcher = watch(root, (_event, name) => {
      if (signalled || !name?.endsWith('.tmp')) return;
      child.kill('SIGSTOP');
      signalled = true;
      if (temporaries(root).length > 0) child.kill(signal);
      else signalled = false;
      child.kill('SIGCONT');
    });
    const code = await exited;
    watcher.close();
    return signalled ? code : undefined;
  }

  it.each([
    ['the report', 'SIGTERM', 143, ['--format', 'json', '--output', 'report.json']],
    ['the baseline', 'SIGINT', 130, ['--baseline', 'baseline.yaml', '--update-baseline']],
    ['the cache', 'SIGTERM', 143, ['--cache', '--format', 'json']],
  ] as const)('%s, on %s: no temporary file, exit %i', async (_what, signal, expected, args) => {
    const root = largeTree();
    let code: number | null | undefined;
    for (let attempt = 0; attempt < 5 && code === undefined; attempt++)
      code = await signalDuringWrite(root, args, signal);
    expect(code, 'the write was always over before the signal; make the tree larger').not.toBeUndefined();
    expect(code).toBe(expected);
    expect(temporaries(root)).toEqual([]);
  });
});
