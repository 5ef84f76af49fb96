// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../../src/ingest/text/block-yaml.js';
import { timeBudget } from '../../time-budget.js';

describe('readBlockYaml against the yaml package', () => {
  it('reads a very long line in linear time', () => {
    const text = `a: ${'x '.repeat(500_000)}y\nb: '${'z'.repeat(1_000_000)}\n`;
    const started = performance.now();
    readBlockYaml(text, 'core');
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
  });
});
