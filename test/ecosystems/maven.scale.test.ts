// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { maven } from '../../src/ecosystems/maven/index.js';
import type { MavenVersion } from '../../src/ecosystems/maven/comparable-version.js';
import { timeBudget } from '../time-budget.js';

const { versioning } = maven;
const v = (text: string): MavenVersion => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('maven ComparableVersion', () => {
  it('compares long versions in bounded time', () => {
    const a = v(`${'1.'.repeat(2000)}1`);
    const b = v(`${'1.'.repeat(2000)}2`);
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect(versioning.compare(a, b)).toBe(-1);
    // every '-' and letter/digit switch opens a nested list: 4,000 levels deep still compares
    const deep = v(`${'1-a'.repeat(1300)}1`);
    const deeper = v(`${'1-a'.repeat(1300)}2`);
    expect(versioning.compare(deep, deeper)).toBe(-1);
    expect(performance.now() - start).toBeLessThan(timeBudget(1000));
  });
});
