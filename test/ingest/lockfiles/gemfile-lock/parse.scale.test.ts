// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/gemfile-lock/parse.js';
import { run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('gemfile-lock on small cases', () => {
  it('a huge line costs linear time', () => {
    const text = `GEM\n  remote: https://rubygems.org/\n  specs:\n    x (${'1'.repeat(500_000)}\n    ${'a ('.repeat(200_000)}\n\nDEPENDENCIES\n  x\n`;
    const started = performance.now();
    const { problems } = run(parser, text);
    expect(problems.length).toBe(2);
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
  });
});
