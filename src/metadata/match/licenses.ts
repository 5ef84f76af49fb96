import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import type { LicenseRecord } from '../records/types.js';
import { packageKeyText, type MetadataLookup, type PackageKey } from '../store/types.js';
import { AffectedRanges } from './affected.js';
import { keyIndexFor, type KeyIndex } from './package-key.js';

/** A dependency whose licences were filled from the synced licence data (the input carried none). */
export interface MetadataLicensedDependency extends Dependency {
  readonly licenseSource: 'metadata';
}

export const licensedFromMetadata = (d: Dependency): d is MetadataLicensedDependency => (d as Partial<MetadataLicensedDependency>).licenseSource === 'metadata';

/** SPDX ids from the spdx-license-ids package, by lower-case spelling: "mit" and "apache-2.0" are written properly. */
const SPDX = new Map((spdxIds as string[]).map((id) => [id.toLowerCase(), id]));

export function spdxSpelling(license: string): string {
  return SPDX.get(license.trim().toLowerCase()) ?? license.trim();
}

/**
 * The licences of one version from a compressed licence record (DESIGN.md 8.1): a version listed in an
 * `other_licenses` entry has that entry's; otherwise the defaults when the version lies in
 * [lowest_version, highest_version] in the ecosystem's order (lowest > highest is an empty span); otherwise none.
 * "unknown" means unknown: it is dropped, and only unknown leaves the licences unknown (null).
 */
export function licensesOf(record: LicenseRecord, version: string, ranges: AffectedRanges): string[] | null {
  const tool = ranges.tool(record.type);
  const same = (a: string): boolean => a === version || (tool !== null && (tool.compare(a, version) as { ok: boolean; value?: number }).value === 0);
  const listed = record.otherLicenses.find((o) => o.versions.some(same));
  let found: readonly string[] | null = listed ? listed.licenses : null;
  if (!found && tool && record.lowestVersion !== null && record.highestVersion !== null) {
    const low = tool.compare(record.lowestVersion, version);
    const high = tool.compare(version, record.highestVersion);
    if (low.ok && high.ok && low.value <= 0 && high.value <= 0) found = record.defaultLicenses;
  }
  if (!found) return null;
  const known = [...new Set(found.filter((l) => l.trim().toLowerCase() !== 'unknown' && l.trim() !== '').map(spdxSpelling))];
  return known.length > 0 ? known : null;
}

/**
 * Sets with the licences of dependencies whose input carries none filled from the synced data, marked
 * `licenseSource: "metadata"`; everything else is returned as it was. One lookup for all names. The sets keep
 * their order and names, so the key index (given, or built here) stays valid for the matching that follows.
 */
export async function fillLicenses(sets: readonly DependencySet[], lookup: MetadataLookup, index?: KeyIndex): Promise<DependencySet[]> {
  const missing = (d: Dependency): boolean => d.licenses === null || d.licenses.length === 0;
  const { keys, at } = keyIndexFor(sets, index);
  const asked = new Uint8Array(keys.length);
  sets.forEach((set, s) => {
    const of = at[s] as Int32Array;
    set.dependencies.forEach((d, i) => {
      if (missing(d)) asked[of[i] as number] = 1;
    });
  });
  const wanted = keys.filter((_, place) => asked[place] === 1);
  if (wanted.length === 0) return [...sets];
  const records = await lookup.licensesFor(wanted);
  if (records.size === 0) return [...sets];
  const ranges = new AffectedRanges();
  return sets.map((set, s) => {
    const of = at[s] as Int32Array;
    let changed = false;
    const dependencies = set.dependencies.map((d, i): Dependency => {
      if (!missing(d)) return d;
      const record = records.get(packageKeyText(keys[of[i] as number] as PackageKey));
      const licenses = record ? licensesOf(record, d.version, ranges) : null;
      if (!licenses) return d;
      changed = true;
      const filled: MetadataLicensedDependency = { ...d, licenses, licenseSource: 'metadata' };
      return filled;
    });
    return changed ? { ...set, dependencies } : set;
  });
}
