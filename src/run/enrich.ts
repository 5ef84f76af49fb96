import { fillLicenses } from '../metadata/match/licenses.js';
import { indexKeys } from '../metadata/match/package-key.js';
import type { MetadataLookup } from '../metadata/store/types.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Finding } from '../model/finding.js';

export interface Enrichment {
  /** The sets with licences filled from the synced licence data where the input carried none. */
  readonly sets: readonly DependencySet[];
  /** `vulnerability` findings from the synced advisories (PMDB v2, OSV). */
  readonly findings: readonly Finding[];
  /** Why the metadata could not be used; the scan goes on without it. */
  readonly error: string | null;
}

export interface EnrichOptions {
  /** Match advisories at all (config `checks.vulnerability`). */
  readonly vulnerabilities: boolean;
}

/**
 * The enrich stage of DESIGN.md 2: licences and advisories from the package metadata that `depindex sync` keeps
 * beside the index. Licences come first, so that the licence policy and the outputs see them. Without metadata
 * (never synced, or a store that has none) the sets pass through unchanged. A lookup that fails is reported and
 * the scan goes on: findings from the metadata are lost for this run, nothing else.
 */
export async function enrich(sets: readonly DependencySet[], lookup: MetadataLookup | null, options: EnrichOptions): Promise<Enrichment> {
  if (!lookup) return { sets, findings: [], error: null };
  try {
    // Filling licences keeps every dependency's place and name: one key per dependency serves both stages.
    const keys = indexKeys(sets);
    const filled = await fillLicenses(sets, lookup, keys);
    // Loaded only here: the matcher (and its CVSS calculator) is a tenth of the code a scan would otherwise load
    // at start-up, and a scan without synced metadata never gets this far.
    const findings = options.vulnerabilities ? await (await import('../metadata/match/match.js')).matchVulnerabilities(filled, lookup, { keys }) : [];
    return { sets: filled, findings, error: null };
  } catch (e) {
    return { sets, findings: [], error: `cannot read the package metadata: ${(e as Error).message}` };
  }
}
