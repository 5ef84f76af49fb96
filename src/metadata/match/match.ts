import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import type { CvssScore, Finding, FindingAdvisory, Severity } from '../../model/finding.js';
import type { Advisory, AffectedPackage } from '../records/types.js';
import { printable } from '../sources/source.js';
import { packageKeyText, type AffectedDetails, type MetadataLookup, type PackageKey, type StoredAffected } from '../store/types.js';
import { AffectedRanges } from './affected.js';
import { mergeAliased, type Hit } from './aliases.js';
import { cvssScore, severityOfScores } from './cvss.js';
import { dependencyDistro, distroApplies } from './distro.js';
import { vulnerabilityFingerprint } from './fingerprint.js';
import { introducedByFinder } from './introduced-by.js';
import { isOsType, keyIndexFor, type KeyIndex } from './package-key.js';
import { raiseForExploitation, severityWord } from './severity.js';

export interface MatchOptions {
  /** Development dependencies are matched unless this is false (a set's configuration may leave them out). */
  readonly includeDevelopment?: boolean;
  /** EPSS probability from which a finding is raised one level (default 0.1). */
  readonly epssThreshold?: number;
  /** The dependencies' keys (package-key.ts indexKeys), when the caller has them already. */
  readonly keys?: KeyIndex;
}

/** `overridden_advisory_fields` of a package, for the fields a finding shows. */
function overridden(advisory: Advisory, pkg: AffectedPackage): Advisory {
  const o = pkg.overrides;
  if (!o) return advisory;
  const pick = (key: string, fallback: string | null): string | null => (typeof o[key] === 'string' ? (o[key] as string) : fallback);
  return {
    ...advisory,
    title: pick('title', advisory.title),
    cvssV2: pick('cvss_v2', advisory.cvssV2),
    cvssV3: pick('cvss_v3', advisory.cvssV3),
    cvssV4: pick('cvss_v4', advisory.cvssV4),
    severity: pick('severity', advisory.severity),
  };
}

const NONE: readonly StoredAffected[] = [];

/**
 * The candidate rows whose versions contain `version` (the dependency's, or its source package's for rows naming
 * the source), OS packages: of its distribution.
 */
function matchingRows(dependency: Dependency, version: string, candidates: readonly StoredAffected[], ranges: AffectedRanges): readonly StoredAffected[] {
  const os = isOsType(dependency.type);
  let known: string | null | undefined;
  let out: StoredAffected[] | null = null;
  for (const candidate of candidates) {
    if (candidate.type !== dependency.type) continue;
    if (os && !distroApplies(candidate.distro, dependency, known === undefined ? (known = dependencyDistro(dependency)) : known)) continue;
    const test = ranges.testText(candidate.type, candidate.versions, dependency.purl);
    if (test.ok && test.value(version)) (out ??= []).push(candidate);
  }
  return out ?? NONE;
}

/** The candidate rows of each key by its place in `keys`, for the asked ones; null when none has any. */
async function candidatesByPlace(lookup: MetadataLookup, keys: readonly PackageKey[], asked: Uint8Array): Promise<readonly (readonly StoredAffected[] | undefined)[] | null> {
  const all = asked.every((a) => a === 1);
  const wanted = all ? keys : keys.filter((_, place) => asked[place] === 1);
  if (wanted.length === 0) return null;
  if (lookup.affectedAt) {
    const rows = await lookup.affectedAt(wanted);
    if (all) return rows.some((r) => r !== undefined) ? rows : null;
    const out = new Array<readonly StoredAffected[] | undefined>(keys.length).fill(undefined);
    let next = 0;
    for (let place = 0; place < keys.length; place++) if (asked[place] === 1) out[place] = rows[next++];
    return out.some((r) => r !== undefined) ? out : null;
  }
  const affected = await lookup.affectedFor(wanted);
  if (affected.size === 0) return null;
  return keys.map((key, place) => (asked[place] === 1 ? affected.get(packageKeyText(key)) : undefined));
}

/** Matched rows grouped by advisory: one finding per (advisory, dependency), its packages' fixed versions merged. */
function hitsOf(rows: readonly StoredAffected[], details: ReadonlyMap<number, AffectedDetails>): Hit[] {
  const byAdvisory = new Map<string, Hit>();
  for (const row of rows) {
    const found = details.get(row.ref);
    if (!found || found.advisory.withdrawn) continue;
    const hit = byAdvisory.get(row.advisoryId);
    if (hit) hit.packages.push(found.pkg);
    else byAdvisory.set(row.advisoryId, { advisory: overridden(found.advisory, found.pkg), packages: [found.pkg] });
  }
  return mergeAliased([...byAdvisory.values()]);
}

function cvssOf(advisory: Advisory): CvssScore[] {
  return [advisory.cvssV2, advisory.cvssV3, advisory.cvssV4].filter((v): v is string => v !== null).map(cvssScore);
}

function cveIds(advisory: Advisory): string[] {
  return advisory.identifiers.filter((i) => i.type === 'cve' || /^CVE-/i.test(i.value)).map((i) => i.value.toUpperCase());
}

/**
 * Vulnerability findings of the given sets against the synced advisories: each dependency against the
 * advisories of its type and canonical name, with the ecosystem's version semantics (DESIGN.md 7, 8). The
 * metadata is asked once for all names of all sets, then once for the CVE enrichment of what matched.
 */
export async function matchVulnerabilities(sets: readonly DependencySet[], lookup: MetadataLookup, options: MatchOptions = {}): Promise<Finding[]> {
  const includeDevelopment = options.includeDevelopment ?? true;
  const { keys, at, sources } = keyIndexFor(sets, options.keys);
  // Each distinct name is asked for once; only the names of dependencies that are matched at all.
  const asked = new Uint8Array(keys.length);
  sets.forEach((set, s) => {
    const of = at[s] as Int32Array;
    const fromSource = sources?.[s];
    set.dependencies.forEach((dependency, i) => {
      if (!includeDevelopment && dependency.development === true) return;
      asked[of[i] as number] = 1;
      const source = fromSource?.[i];
      if (source) asked[source.place] = 1;
    });
  });
  const candidatesAt = await candidatesByPlace(lookup, keys, asked);
  if (!candidatesAt) return [];

  const ranges = new AffectedRanges();
  // `version`: what remediation compares fixed versions with: the source's when rows of the source matched.
  const matched: { set: DependencySet; dependency: Dependency; rows: readonly StoredAffected[]; version: string }[] = [];
  sets.forEach((set, s) => {
    const of = at[s] as Int32Array;
    const fromSource = sources?.[s];
    set.dependencies.forEach((dependency, i) => {
      if (!includeDevelopment && dependency.development === true) return;
      const candidates = candidatesAt[of[i] as number];
      let rows = candidates ? matchingRows(dependency, dependency.version, candidates, ranges) : NONE;
      let version = dependency.version;
      const source = fromSource?.[i];
      const sourceCandidates = source ? candidatesAt[source.place] : undefined;
      if (source && sourceCandidates) {
        const more = matchingRows(dependency, source.version, sourceCandidates, ranges);
        if (more.length > 0) [rows, version] = [[...rows, ...more], source.version];
      }
      if (rows.length > 0) matched.push({ set, dependency, rows, version });
    });
  });
  if (matched.length === 0) return [];
  // In the store's order: consecutive reads land on pages the previous ones brought in.
  const details = await lookup.details([...new Set(matched.flatMap((m) => m.rows.map((r) => r.ref)))].sort((a, b) => a - b));
  const pending: { set: DependencySet; dependency: Dependency; version: string; hit: Hit; introducedBy: string[] }[] = [];
  const finders = new Map<DependencySet, (purl: string) => string[]>();
  for (const { set, dependency, rows, version } of matched) {
    let introducedBy = finders.get(set);
    if (!introducedBy) finders.set(set, (introducedBy = introducedByFinder(set)));
    for (const hit of hitsOf(rows, details)) pending.push({ set, dependency, version, hit, introducedBy: introducedBy(dependency.purl) });
  }
  const enrichment = await lookup.enrichmentFor([...new Set(pending.flatMap((p) => cveIds(p.hit.advisory)))]);
  const epssThreshold = options.epssThreshold ?? 0.1;

  const findings = pending.map(({ set, dependency, version, hit, introducedBy }): Finding => {
    const { advisory } = hit;
    const cvss = cvssOf(advisory);
    const exploitation = cveIds(advisory).map((id) => enrichment.get(id)).filter((e) => e !== undefined);
    const epss = exploitation.reduce<number | null>((max, e) => (e.epss === null ? max : Math.max(max ?? 0, e.epss)), null);
    const knownExploited = exploitation.length === 0 ? null : exploitation.some((e) => e.knownExploited === true);
    const stated: Severity =
      severityWord(hit.packages.find((p) => p.severity)?.severity) ?? severityOfScores(cvss) ?? severityWord(advisory.severity) ?? 'unknown';
    const severity = raiseForExploitation(stated, { epss, knownExploited }, epssThreshold);
    const { sorted, next } = ranges.remediation(dependency.type, hit.packages.flatMap((p) => p.fixedVersions), version, dependency.purl);
    const findingAdvisory: FindingAdvisory = {
      id: advisory.id,
      identifiers: advisory.identifiers,
      title: advisory.title,
      cvss,
      source: advisory.source,
      epss,
      knownExploited,
      url: advisory.urls[0] ?? advisory.identifiers.find((i) => i.url)?.url ?? null,
    };
    const title = advisory.title ? ` (${printable(advisory.title, 160)})` : '';
    const remedy = next ? `Upgrade to ${printable(next, 80)} or later.` : sorted.length > 0 ? 'No fixed version above this one is known.' : 'No fixed version is known.';
    return {
      id: vulnerabilityFingerprint(advisory.id, set.file, dependency.purl),
      kind: 'vulnerability',
      severity,
      new: true,
      suppressed: false,
      suppressedBy: null,
      file: set.file,
      purl: dependency.purl,
      name: dependency.name,
      version: dependency.version,
      message: `${dependency.name} ${dependency.version} is affected by ${printable(advisory.id, 80)}${title}. ${remedy}`,
      rule: null,
      advisory: findingAdvisory,
      fixedVersions: sorted,
      introducedBy,
    };
  });
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
