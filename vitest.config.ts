/** `npm test`: every test but the browser ones. CLI tests start real processes, so they get time on a busy 2-core machine. */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file per core, not vitest's default of one core left for vitest: its workers mostly wait on the gapcheck
    // processes they start, so on two cores the default ran one file at a time and left a core to them alone.
    maxWorkers: availableParallelism(),
    // The public API's tests import the build (`gapcheck` resolves to dist/lib/): Node runs it as users do, untransformed.
    server: { deps: { external: [/\/dist\//] } },
  },
});
