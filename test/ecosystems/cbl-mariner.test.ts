import { describe, expect, it } from 'vitest';
import { cblMariner } from '../../src/ecosystems/cbl-mariner/index.js';
import { rpm } from '../../src/ecosystems/rpm/index.js';
import { referenceGoldenTests } from './goldens.js';

describe('cbl-mariner (Azure Linux) against rpm 4.18', () => {
  it('uses the rpm module itself, not a copy', () => expect(cblMariner.versioning).toBe(rpm.versioning));
  // The rpm goldens: versions-corpus/cbl-mariner.txt is the same list of Azure Linux EVRs as rpm.txt.
  referenceGoldenTests('rpm', cblMariner.versioning, { minOrdered: 2600 });

  it('orders Azure Linux releases of one version', () => {
    const v = (t: string) => {
      const r = cblMariner.versioning.parse(t);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    expect(cblMariner.versioning.compare(v('2.9.14-1.azl3'), v('2.9.14-10.azl3'))).toBe(-1);
    expect(cblMariner.versioning.compare(v('1.1.1k-1.cm2'), v('1.1.1l-1.cm2'))).toBe(-1);
  });
});
