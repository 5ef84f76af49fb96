import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../src/model/whole-number.js';

describe('parseWholeNumber', () => {
  it.each([
    ['7', 7],
    [' 12 ', 12],
    ['0', 0],
    [undefined, 5],
  ])('reads %j', (text, value) => {
    expect(parseWholeNumber('--n', text, { fallback: 5, min: 0, max: 100 })).toEqual({ ok: true, value });
  });

  it.each(['', '1.5', '-1', '1e2', '0x10', 'two', '101', '1234567890'])('refuses %j', (text) => {
    const parsed = parseWholeNumber('--n', text, { fallback: 5, min: 0, max: 100 });
    expect(parsed).toEqual({ ok: false, error: `--n must be a whole number from 0 to 100, got "${text}"` });
  });

  it('without an upper bound, says the lower one; an absent flag gives the fallback, also undefined', () => {
    expect(parseWholeNumber('--shards', '0', { fallback: undefined, min: 1 })).toEqual({ ok: false, error: '--shards must be a whole number >= 1, not "0"' });
    expect(parseWholeNumber('--shards', '40', { fallback: undefined, min: 1 })).toEqual({ ok: true, value: 40 });
    expect(parseWholeNumber('--shards', undefined, { fallback: undefined, min: 1 })).toEqual({ ok: true, value: undefined });
  });
});
