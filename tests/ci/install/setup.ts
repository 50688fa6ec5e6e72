/**
 * globalSetup of `npm run test:install`, run once before the files, which then run side by side:
 * - rebuilds dist/ in the work tree, as `npm run build:dist` does, for dist-drift.install.ts to compare with git (here,
 *   before any file starts, so no file reads dist/ while the build has emptied it);
 * - makes the one repository copy (consumers.ts, `repositoryCopy`) every file installs or clones from: no file writes
 *   in it;
 * - packs it once with `npm pack`, the tarball every file that installs gapcheck's package installs.
 */
import type { TestProject } from 'vitest/node';
import { emptyFolder, pack, type Packed, removeFolders, repositoryCopy, runOk } from './consumers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The repository copy, tagged v1. */
    repository: string;
    /** gapcheck's package as `npm pack` writes it from the repository copy. */
    packed: Packed;
  }
}

export default function setup(project: TestProject): () => void {
  runOk('npm', ['run', 'build:dist'], process.cwd());
  const repository = repositoryCopy();
  project.provide('repository', repository);
  project.provide('packed', pack(repository, emptyFolder('tarball')));
  return removeFolders;
}
