import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apk } from '../../src/ecosystems/apk/index.js';
import { wolfi } from '../../src/ecosystems/wolfi/index.js';

const { versioning } = wolfi;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('wolfi (apk version semantics)', () => {
  it('uses the apk module itself, not a copy', () => expect(wolfi.versioning).toBe(apk.versioning));

  const corpus = readFileSync(new URL('../../../shared/versions-corpus/wolfi.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

  it('accepts every package version of wolfi-dev/os (melange version + "-r" + epoch)', () => {
    expect(corpus.length).toBeGreaterThan(2600);
    expect(corpus.filter((t) => !versioning.parse(t).ok)).toEqual([]);
  });

  it('sorts the corpus consistently (sorted neighbours never out of order)', () => {
    const sorted = corpus.map(v).sort((a, b) => versioning.compare(a, b));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as (typeof sorted)[number];
      const b = sorted[i] as (typeof sorted)[number];
      expect(versioning.compare(a, b)).toBeLessThanOrEqual(0);
      expect(versioning.compare(b, a)).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    ['1.2.3-r0', '1.2.3-r1'], ['1.2.3-r9', '1.2.3-r10'], ['1.2.3-r10', '1.2.4-r0'], ['0.0.0.2-r5', '0.0.1-r0'],
    ['1.2.3_rc1-r0', '1.2.3-r0'], ['2024.01.01-r0', '2024.1.2-r0'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it('matches an advisory "<x" as apk does', () => {
    const range = versioning.parseRange('<1.2.3-r2', 'advisory');
    if (!range.ok) throw new Error(range.error);
    expect(range.value.contains(v('1.2.3-r1'))).toBe(true);
    expect(range.value.contains(v('1.2.3-r2'))).toBe(false);
  });
});
