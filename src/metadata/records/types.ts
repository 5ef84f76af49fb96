import type { AdvisoryIdentifier } from '../../model/finding.js';
import type { OsvAffectedJson } from '../match/versions-api.js';

/**
 * The synced package metadata, in one shape whatever it came from (PMDB v2 lines, OSV records): DESIGN.md 8.1.
 * Field names are ours; the parsers map the formats' variants (`database`/`source`, `dist_version`/`distro`).
 */
export interface Advisory {
  readonly id: string;
  /** "glad", "trivy-db", "osv", ... */
  readonly source: string;
  readonly title: string | null;
  readonly description: string | null;
  readonly cvssV2: string | null;
  readonly cvssV3: string | null;
  readonly cvssV4: string | null;
  readonly severity: string | null;
  readonly publishedDate: string | null;
  readonly urls: readonly string[];
  /** Its own id and every alias (CVE, GHSA ...). */
  readonly identifiers: readonly AdvisoryIdentifier[];
  /** A withdrawn OSV record stays stored (so it replaces the earlier one) and matches nothing. */
  readonly withdrawn: boolean;
}

/** How an affected package states its versions: a PMDB `affected_range` string, or OSV ranges and lists. */
export type AffectedVersions =
  | { readonly kind: 'pmdb'; readonly range: string }
  | { readonly kind: 'osv'; readonly affected: OsvAffectedJson };

export interface AffectedPackage {
  /** purl type (registry ids are mapped: packagist -> composer). */
  readonly type: string;
  /** As the advisory writes it. */
  readonly name: string;
  readonly versions: AffectedVersions;
  readonly fixedVersions: readonly string[];
  readonly solution: string | null;
  /** OS packages: "debian 12", "alpine 3.18" (PMDB `distro` / `dist_version`, OSV `Debian:12`). */
  readonly distro: string | null;
  readonly severity: string | null;
  /** `overridden_advisory_fields`: advisory fields that differ for this package. */
  readonly overrides: Readonly<Record<string, unknown>> | null;
}

export interface AdvisoryRecord {
  readonly advisory: Advisory;
  readonly packages: readonly AffectedPackage[];
}

/** PMDB compressed licence data for one package (DESIGN.md 8.1). */
export interface LicenseRecord {
  readonly type: string;
  readonly name: string;
  readonly lowestVersion: string | null;
  readonly highestVersion: string | null;
  readonly defaultLicenses: readonly string[];
  readonly otherLicenses: readonly { readonly licenses: readonly string[]; readonly versions: readonly string[] }[];
}

export interface CveEnrichment {
  readonly cveId: string;
  readonly epss: number | null;
  readonly knownExploited: boolean | null;
}

/** One line or row that could not be used: the file and 1-based line say where. */
export interface RecordProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}
