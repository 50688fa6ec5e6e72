/** `npm test`: every test but the browser ones. CLI tests start real processes, so they get time on a busy 2-core machine. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The public API's tests import the build (`gapcheck` resolves to dist/lib/): Node runs it as users do, untransformed.
    server: { deps: { external: [/\/dist\//] } },
  },
});
