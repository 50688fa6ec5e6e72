/** What the install tests share: the repository as a consumer gets it, and the consumers' commands. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a consumer's command. The environment drops the `npm_*` variables `npm run test:install` sets, so npm
 * behaves as in a user's shell, and the command's output is in the error when it fails to start.
 */
export function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  const result = spawnSync(command, args, {
    cwd,
    env: { ...clean, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} could not start (${result.error.message}): .ci/run installs it`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a setup command that must succeed; its output is the error when it does not. */
export function runOk(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = run(command, args, cwd, env);
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.code}) in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}

const made: string[] = [];

/** A new empty temporary folder; `removeFolders` removes every one made. */
export function emptyFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `gapcheck-install-${name}-`));
  made.push(folder);
  return folder;
}

/** For `afterAll`: installs leave hundreds of megabytes in the temporary folder. */
export function removeFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * A git repository holding this work tree as it would be committed (tracked and untracked files, not the ignored
 * ones), in one commit tagged v1: what `git clone` of gapcheck's repository gives a user, uncommitted changes
 * included, so the tests check the code under test rather than the last commit. setup.ts makes the one the files
 * share (`inject('repository')`).
 */
export function repositoryCopy(): string {
  const root = emptyFolder('repository');
  const files = runOk('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], process.cwd())
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(file, path.join(root, file), { dereference: false, errorOnExist: false, force: true });
  }
  const git = [
    '-c',
    'user.name=gapcheck tests',
    '-c',
    'user.email=tests@gapcheck.invalid',
    '-c',
    'commit.gpgsign=false',
  ];
  runOk('git', ['init', '--quiet', '--initial-branch=main'], root);
  runOk('git', ['add', '--all'], root);
  runOk('git', [...git, 'commit', '--quiet', '--message', 'gapcheck under test'], root);
  runOk('git', [...git, 'tag', 'v1'], root);
  return root;
}

/** A package as `npm pack` writes it: the tarball's path and the files it holds. */
export interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
}

/** Packs the package in `folder` with `npm pack`, into `into`. */
export function pack(folder: string, into: string): Packed {
  const [packed] = JSON.parse(runOk('npm', ['pack', '--json', '--pack-destination', into], folder).stdout) as {
    filename: string;
    files: { path: string }[];
  }[];
  return { tarball: path.join(into, packed!.filename), files: packed!.files.map((file) => file.path) };
}

/** A process with gaps and one without, from sample-processes/. */
export const SAMPLES = {
  withGaps: path.resolve('sample-processes/warranty-claim-draft.yaml'),
  clean: path.resolve('sample-processes/phone-order-intake.yaml'),
};
