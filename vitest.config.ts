import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` is what `npm test` runs and answers in seconds; `scale` holds the tests that take their
 * time on purpose, run by `npm run test:scale`: 50,000-package inputs, linear-time checks under a `timeBudget` and
 * child processes killed mid-write (files named `*.scale.test.ts`), and the hostile inputs of test/robustness that
 * each run under a CPU budget. `.ci/run`
 * runs both and counts both.
 */
const SCALE = [
  'test/**/*.scale.test.ts',
  ...['hostile-strings', 'hostile-structure', 'huge-input', 'mutations', 'newer-schema'].map((name) => `test/robustness/${name}.test.ts`),
];

export default defineConfig({
  test: {
    // Temporary folders of the run under one root, removed at its end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report is what .ci/run counts passed and failed tests from (`npm run test:scale` names its own).
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SCALE } },
      { extends: true, test: { name: 'scale', include: SCALE } },
    ],
  },
});
