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
    // The build, the repository copy and the tarball the files share, made once before they start.
    globalSetup: ['tests/ci/install/setup.ts'],
    // Three files at a time: an install waits on the registry and the disk as much as on the CPU, so on two cores
    // three keep the machine busy; the shared setup above is why no file reads what another writes.
    maxWorkers: 3,
  },
});
