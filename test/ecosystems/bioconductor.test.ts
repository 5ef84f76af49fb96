import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { bioconductor } from '../../src/ecosystems/bioconductor/index.js';
import { cran } from '../../src/ecosystems/cran/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { compareVersions, satisfies } from '../../src/ecosystems/versions.js';
import { buildPurl } from '../../src/ecosystems/shared/purl.js';
import { referenceGoldenTests } from './goldens.js';

// Bioconductor packages are R packages: R's package_version orders them, so R's own answers are the reference,
// over the real Bioconductor versions of Debian's r-bioc-* packages (scripts/reference/bioconductor/generate.sh)
// and over cran's corpus (scripts/reference/cran/generate.sh), which the same comparator must also follow.
describe('bioconductor against R 4.2 package_version over real Bioconductor versions', () => {
  referenceGoldenTests('bioconductor', bioconductor.versioning, { minOrdered: 100 });
});

describe('bioconductor against R 4.2 package_version over cran’s corpus', () => {
  referenceGoldenTests('cran', bioconductor.versioning, { minOrdered: 700 });
});

describe('bioconductor', () => {
  it('reuses cran’s R semantics rather than a copy', () => {
    expect(bioconductor.versioning).toBe(cran.versioning);
    expect(ecosystemFor('bioconductor')).toBe(bioconductor);
    expect(ecosystemFor('Bioconductor')).toBe(bioconductor);
  });

  it('orders Bioconductor release numbers (devel odd minor) as R does', () => {
    expect(compareVersions('bioconductor', '2.64.0', '2.65.1')).toEqual({ ok: true, value: -1 });
    expect(compareVersions('bioconductor', '1.10.0', '1.9.12')).toEqual({ ok: true, value: 1 });
    expect(compareVersions('bioconductor', '2.64.0', '2.64')).toEqual({ ok: true, value: 0 });
    expect(satisfies('bioconductor', '0.50.0', '>= 0.48.0, < 1.0')).toEqual({ ok: true, value: true });
    expect(compareVersions('bioconductor', '2.64.0-beta', '2.64.0').ok).toBe(false);
  });

  it('names are case-sensitive with no namespace; purls as packageurl-js writes them', () => {
    expect(bioconductor.canonicalName(null, 'Biobase')).toBe('Biobase');
    expect(buildPurl('bioconductor', null, 'Biobase', '2.64.0')).toEqual({ ok: true, value: 'pkg:bioconductor/Biobase@2.64.0' });
    expect(new PackageURL('bioconductor', null, 'GenomicRanges', '1.56.1', null, null).toString()).toBe('pkg:bioconductor/GenomicRanges@1.56.1');
  });
});
