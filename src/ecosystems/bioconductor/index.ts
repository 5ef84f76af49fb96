import type { Ecosystem } from '../types.js';
import { cran } from '../cran/index.js';
import type { CranVersion } from '../cran/version.js';

/**
 * Bioconductor R packages (`pkg:bioconductor/Biobase@2.64.0`, as renv.lock's `Source: Bioconductor`, OSV's
 * "Bioconductor" ecosystem and SBOM tools write them; the purl-spec type list has no definition of its own yet).
 * They are R packages installed by the same R: names as-is (case-sensitive, no namespace) and versions compared as
 * R's package_version, which is what cran's module implements, so its versioning is reused rather than copied.
 * Bioconductor's x.y.z numbering (odd y in devel) is a release convention, not a different order.
 */
export const bioconductor = {
  type: 'bioconductor',
  aliases: [],
  canonicalName: cran.canonicalName,
  versioning: cran.versioning,
  plainPurl: cran.plainPurl,
} satisfies Ecosystem<CranVersion>;
