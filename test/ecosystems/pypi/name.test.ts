import { describe, expect, it } from 'vitest';
import { pep503Name } from '../../../src/ecosystems/pypi/name.js';
import { timeBudget } from '../../time-budget.js';

describe('pep503Name', () => {
  it.each([
    ['Requests_OAuthlib', 'requests-oauthlib'],
    ['zope.interface', 'zope-interface'],
    ['a-_.-b', 'a-b'],
    ['Django', 'django'],
  ])('%s -> %s', (name, normalised) => {
    expect(pep503Name(name)).toBe(normalised);
  });

  it('takes linear time on a long run of separators', () => {
    const start = performance.now();
    expect(pep503Name('a' + '-_.'.repeat(100_000) + 'b')).toBe('a-b');
    expect(performance.now() - start).toBeLessThan(timeBudget(1000));
  });
});
