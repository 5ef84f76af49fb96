// 50,000-dependency test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { diffSets } from '../../src/checks/diff.js';
import { dep, set } from './dependency-sets.js';

describe('diffSets', () => {
  it('diffs two 50,000-dependency scans', () => {
    const make = (shift: number) => [set('f', Array.from({ length: 50_000 }, (_, i) => dep('npm', `p${i}`, `1.0.${i % 7 === 0 ? shift : 0}`)))];
    const diff = diffSets('main', make(0), make(1));
    expect(diff.summary.upgraded).toBe(Math.ceil(50_000 / 7));
  });
});
