import { describe, expect, it } from 'vitest';
import { pep503Name } from '../../../src/ecosystems/pypi/name.js';

describe('pep503Name', () => {
  it.each([
    ['Requests_OAuthlib', 'requests-oauthlib'],
    ['zope.interface', 'zope-interface'],
    ['a-_.-b', 'a-b'],
    ['Django', 'django'],
  ])('%s -> %s', (name, normalised) => {
    expect(pep503Name(name)).toBe(normalised);
  });
});
