/** Runs the built CLI as a user would: a real process, real files, real exit code. */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BIN = path.resolve('bin/gapcheck.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
  /** Run as an ordinary user (nobody) when the tests run as root, who ignores file permissions. */
  readonly unprivileged?: boolean;
  /** Another copy of gapcheck's bin/gapcheck.js to run. */
  readonly bin?: string;
  /** Kill the run after this long (its code is then null), for a run that must not hang. */
  readonly timeoutMs?: number;
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    CI: 'true',
    ...options.env,
  };
  const asNobody = options.unprivileged === true && process.getuid?.() === 0;
  const command = [process.execPath, options.bin ?? (asNobody ? copyOthersCanRead() : BIN), ...args];
  if (asNobody) command.unshift('setpriv', '--reuid=65534', '--regid=65534', '--clear-groups');
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd ?? process.cwd(),
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let copyForOthers: string | undefined;

/**
 * bin/gapcheck.js in a copy of what it runs (package.json, bin/, dist/, schemas/, and ajv, which the built validators import) that every user may read:
 * the checkout may sit in a folder only its owner can enter (`mktemp -d`, /root), where `nobody` could not
 * start it. Made once per test file.
 */
function copyOthersCanRead(): string {
  if (copyForOthers === undefined) {
    const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-bin-'));
    for (const part of ['package.json', 'bin', 'dist', 'schemas', 'node_modules/ajv'])
      cpSync(path.resolve(part), path.join(root, part), { recursive: true });
    openToEveryone(root);
    copyForOthers = path.join(root, 'bin', 'gapcheck.js');
  }
  return copyForOthers;
}

function openToEveryone(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const inside = path.join(folder, entry.name);
    if (entry.isDirectory()) openToEveryone(inside);
    else chmodSync(inside, 0o644);
  }
}

/** A fresh temporary folder holding `files` (path → text). */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}
