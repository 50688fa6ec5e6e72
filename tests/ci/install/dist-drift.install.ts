/**
 * dist/ is committed (so installing from git needs no build: README "Install"); it must be what the sources build.
 * setup.ts rebuilds, as `npm run build:dist` does, before any file runs; this compares the build with git.
 */
import { expect, it } from 'vitest';
import { runOk } from './consumers.js';

it('the committed dist/ is what `npm run build:dist` builds from the sources', () => {
  const changed = runOk('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], process.cwd()).stdout;
  expect(changed, 'dist/ differs from a fresh build: run `npm run build:dist` and commit dist/').toBe('');
});
