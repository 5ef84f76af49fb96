import { describe, expect, it } from 'vitest';
import { splitAdvisoryRange } from '../../../src/ecosystems/shared/advisory-syntax.js';

const show = (text: string): string => {
  const r = splitAdvisoryRange(text);
  if (!r.ok) return `error`;
  return r.value.map((all) => all.map((c) => `${c.op}${c.version}`).join(' ')).join(' | ');
};

describe('DESIGN.md 8.1 advisory range syntax', () => {
  it.each([
    ['>=1.0.0 <2.0.0', '>=1.0.0 <2.0.0'],
    ['>=1.0.0&&<2.0.0', '>=1.0.0 <2.0.0'],
    ['>= 1.0.0 && < 2.0.0', '>=1.0.0 <2.0.0'],
    ['<  2.0.5', '<2.0.5'],
    ['1.2.3', '=1.2.3'],
    ['==1.2.3', '=1.2.3'],
    ['<3.11 || >= 4 <4.5', '<3.11 | >=4 <4.5'],
    ['>=v1.0.0 <v1.2.3||>=v1.5.0', '>=v1.0.0 <v1.2.3 | >=v1.5.0'],
  ])('%j reads as %j', (text, want) => expect(show(text)).toBe(want));

  it.each(['', '||', '>=1.0 ||', '>=', '< >=1.0', 'x'.repeat(5000)])('refuses %j', (text) => expect(show(text)).toBe('error'));
});
