/** `npm run test:browser`: the reports drawn in a real browser (Debian's Chromium). Not part of `npm test`. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
  },
});
