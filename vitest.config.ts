import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests each start Chromium; two cores run two files at a time at most.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', ['json', { outputFile: '.cache/test-results.json' }]],
  },
});
