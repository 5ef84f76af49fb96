// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { pep503Name } from '../../../src/ecosystems/pypi/name.js';
import { timeBudget } from '../../time-budget.js';

describe('pep503Name', () => {
  it('takes linear time on a long run of separators', () => {
    const start = performance.now();
    expect(pep503Name('a' + '-_.'.repeat(100_000) + 'b')).toBe('a-b');
    expect(performance.now() - start).toBeLessThan(timeBudget(1000));
  });
});
