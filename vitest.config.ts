import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three tiers: plain unit tests of pure code, golden pages and the Readability suite on the
// extraction core (Node + jsdom), and end-to-end tests in real Chromium with the built extension.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-report.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
