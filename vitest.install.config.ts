/**
 * `npm run test:install`: gapcheck installed by its real consumers (npm from a tarball, from git, globally;
 * pre-commit), and the committed dist/ checked against a fresh build. Slow (each installs packages from the npm
 * registry), so not part of `npm test`; .ci/run runs it after `npm test`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/ci/install/**/*.install.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Installs are heavy on a shared machine; one file at a time.
    fileParallelism: false,
  },
});
