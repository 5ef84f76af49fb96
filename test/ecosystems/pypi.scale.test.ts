// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { pypi } from '../../src/ecosystems/pypi/index.js';
import { timeBudget } from '../time-budget.js';

const { versioning } = pypi;

describe('pypi versions (PEP 440)', () => {
  it('parses a very long hostile version in bounded time', () => {
    const start = performance.now();
    expect(versioning.parse(`${'1.'.repeat(50_000)}x`).ok).toBe(false);
    expect(versioning.parse('1.0'.repeat(1) + '+a'.repeat(1) + '.a'.repeat(50_000)).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(timeBudget(1000));
  });
});
