// Scale test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/requirements-txt/parse.js';
import { run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('scale', () => {
  it('reads 50,000 hashed pins well under a second', () => {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) lines.push(`pkg-${i}==1.0.${i} \\\n    --hash=sha256:${'c'.repeat(64)}\n    # via pkg-${i + 1}`);
    const started = performance.now();
    const { set } = run(parser, lines.join('\n') + '\n');
    const elapsed = performance.now() - started;
    expect(set.dependencies).toHaveLength(50_000);
    expect(set.edges).toHaveLength(49_999);
    expect(elapsed).toBeLessThan(timeBudget(3000));
  });
});
