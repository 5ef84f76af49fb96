// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { gem } from '../../src/ecosystems/gem/index.js';
import { timeBudget } from '../time-budget.js';

const { versioning } = gem;

describe('gem versions (Gem::Version)', () => {
  it('parses a very long hostile version in bounded time', () => {
    const start = performance.now();
    expect(versioning.parse(`${'1.'.repeat(50_000)}-`).ok).toBe(false);
    expect(versioning.parse(`1${'.a1'.repeat(50_000)}`).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(timeBudget(1000));
  });
});
