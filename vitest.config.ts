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
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Several tests read and validate all content in eight languages (seconds on a busy
          // two-core machine, more as translations land); the default 5 s is too tight for CI.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Tests that read every page of dist/ grow with the site (~1,500 pages planned).
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
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
