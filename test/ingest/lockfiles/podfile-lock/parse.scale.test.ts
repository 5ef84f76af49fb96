// Scale test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/podfile-lock/parse.js';
import { edgeStrings, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('scale', () => {
  it('reads 50,000 pods in linear time', () => {
    const lines = ['PODS:'];
    for (let i = 0; i < 50_000; i++) lines.push(`  - P${i} (1.0.${i}):`, `    - P${(i + 1) % 50_000} (~> 1.0)`);
    lines.push('', 'DEPENDENCIES:', '  - P0', '', 'COCOAPODS: 1.15.2', '');
    const started = performance.now();
    const { set } = run(parser, lines.join('\n'));
    const elapsed = performance.now() - started;
    expect(set.dependencies).toHaveLength(50_000);
    expect(edgeStrings(set)).toHaveLength(50_000);
    // The line reader (block-yaml.ts) is linear; the machine is shared, so the bound is loose.
    expect(elapsed).toBeLessThan(timeBudget(3000));
  });
});
