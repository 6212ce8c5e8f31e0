import { defineConfig } from 'vitest/config';

/**
 * Three levels of tests (docs/ARCHITECTURE.md, "Tests"):
 * - unit: pure functions and the content data; no build needed.
 * - site: the built `dist/` folder (run `npm run build` first; `npm test` does).
 * - browser: Debian's Chromium driven by playwright-core against `dist/` served on localhost.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Site tests read every built page (about 1,500 across eight languages): allow them time.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
