// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { readTomlLock, tomlHeaders } from '../../../src/ingest/text/toml-lock.js';
import { timeBudget } from '../../time-budget.js';

describe('the generated-TOML reader', () => {
  it('a hostile value is read in linear time', () => {
    const text = `a = "${'\\\\'.repeat(200_000)}"\nb = [${'1,'.repeat(200_000)}]\n[t]\nc = ${'9'.repeat(100_000)}x\n`;
    const started = performance.now();
    const lock = readTomlLock(text);
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
    expect((lock.root['a'] as string).length).toBe(200_000);
    expect(lock.problems.map((p) => p.place)).toEqual(['line 4']);
  });

  it.each([
    ['many basic strings on one line', `a = [${'"x",'.repeat(200_000)}]\n`],
    ['many literal strings on one line', `a = [${"'x',".repeat(200_000)}]\n`],
    ['unclosed headers', '[\n'.repeat(100_000) + `[${'a'.repeat(100_000)}\n`],
  ])('%s cost linear time', (_name, text) => {
    const started = performance.now();
    readTomlLock(text);
    tomlHeaders(text);
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
  });
});
