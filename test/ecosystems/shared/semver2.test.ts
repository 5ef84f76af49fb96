import { describe, expect, it } from 'vitest';
import { compareSemVer2, parseSemVer2 } from '../../../src/ecosystems/shared/semver2.js';

const v = (t: string) => {
  const r = parseSemVer2(t);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('SemVer 2.0 (OSV SEMVER ranges)', () => {
  // semver.org item 11's example chain, plus build metadata (item 10) and numbers beyond 2^53.
  it.each([
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta', '1.0.0-beta.2', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-beta.11', '1.0.0-rc.1', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0+a', '1.0.0+b', 0],
    ['9007199254740993.0.0', '9007199254740992.0.0', 1],
    ['0.0.0-0', '0.0.0', -1],
  ] as const)('%s vs %s is %d', (a, b, want) => {
    expect(compareSemVer2(v(a), v(b))).toBe(want);
    expect(compareSemVer2(v(b), v(a))).toBe(want === 0 ? 0 : -want);
  });

  it.each(['1.0', '01.0.0', '1.0.0-01', '1.0.0-', '1.0.0+', '1.0.0-a..b', 'v1.0.0', '1.0.0-é'])(
    'rejects %j',
    (t) => expect(parseSemVer2(t).ok).toBe(false),
  );
});
