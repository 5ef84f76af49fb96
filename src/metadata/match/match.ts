import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import type { CvssScore, Finding, FindingAdvisory, Severity } from '../../model/finding.js';
import type { Advisory, AffectedPackage } from '../records/types.js';
import { printable } from '../sources/source.js';
import { packageKeyText, type AffectedDetails, type MetadataLookup, type PackageKey, type StoredAffected, type VersionsText } from '../store/types.js';
import { AffectedRanges } from './affected.js';
import { mergeAliased, type Hit } from './aliases.js';
import { cvssScore, severityOfScores } from './cvss.js';
import { dependencyDistro, distroApplies } from './distro.js';
import { vulnerabilityFingerprint } from './fingerprint.js';
import { introducedByFinder } from './introduced-by.js';
import { indexKeys, isOsType, keyIndexFor, type KeyIndex } from './package-key.js';
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

/**
 * The dependencies to test, by the place of their key: chains through typed arrays (`head[place]` is the first,
 * `next[i]` the one after dependency i, -1 ends), no object per dependency. `viaSource` chains the OS packages built
 * from the source package at a place, tested with the source's version.
 */
interface Targets {
  readonly sets: readonly DependencySet[];
  readonly dependencies: Dependency[];
  /** Set of each dependency, as its place in `sets`. */
  readonly setOf: Int32Array;
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly viaSource: { readonly head: Int32Array; readonly next: Int32Array; readonly version: Map<number, string> } | null;
}

function targetsOf(sets: readonly DependencySet[], index: KeyIndex, includeDevelopment: boolean): { targets: Targets; asked: Uint8Array } {
  const { keys, at, sources } = index;
  const total = sets.reduce((n, set) => n + set.dependencies.length, 0);
  const head = new Int32Array(keys.length).fill(-1);
  const next = new Int32Array(total);
  const setOf = new Int32Array(total);
  const dependencies: Dependency[] = [];
  const asked = new Uint8Array(keys.length);
  let viaSource: Targets['viaSource'] = null;
  // Each dependency joins its place's chain at the tail, so a chain runs in the sets' own order.
  const tails = new Int32Array(keys.length).fill(-1);
  sets.forEach((set, s) => {
    const of = at[s] as Int32Array;
    const fromSource = sources?.[s];
    set.dependencies.forEach((dependency, i) => {
      if (!includeDevelopment && dependency.development === true) return;
      const place = of[i] as number;
      const source = fromSource?.[i];
      if (place === -1 && !source) return;
      const n = dependencies.push(dependency) - 1;
      setOf[n] = s;
      next[n] = -1;
      if (place !== -1) {
        asked[place] = 1;
        if (tails[place] === -1) head[place] = n;
        else next[tails[place] as number] = n;
        tails[place] = n;
      }
      if (!source) return;
      viaSource ??= { head: new Int32Array(keys.length).fill(-1), next: new Int32Array(total).fill(-1), version: new Map() };
      asked[source.place] = 1;
      // Order within a source's chain does not matter: each dependency's rows are kept apart.
      viaSource.next[n] = viaSource.head[source.place] as number;
      viaSource.head[source.place] = n;
      viaSource.version.set(n, source.version);
    });
  });
  return { targets: { sets, dependencies, setOf, head, next, viaSource }, asked };
}

/** What matched one dependency: its own rows, and rows of its source package (tested with the source's version). */
interface Matched {
  readonly own: StoredAffected[];
  readonly source: StoredAffected[];
}

/**
 * Each candidate row as the store hands it over, tested at once against the dependencies of its key (OS packages:
 * of its distribution); only the rows that match are kept, by dependency.
 */
async function matchRows(lookup: MetadataLookup, keys: readonly PackageKey[], asked: Uint8Array, targets: Targets, ranges: AffectedRanges): Promise<Map<number, Matched>> {
  const matched = new Map<number, Matched>();
  const distros = new Map<number, string | null>();
  const { dependencies, head, next, viaSource } = targets;
  // The row's type is its key's, which is the dependency's (package-key.ts): only the versions and distribution differ.
  const applies = (type: string, distro: string | null, kind: VersionsText['kind'], text: string, n: number, version: string): boolean => {
    const dependency = dependencies[n] as Dependency;
    if (isOsType(type)) {
      let known = distros.get(n);
      if (known === undefined) distros.set(n, (known = dependencyDistro(dependency)));
      if (!distroApplies(distro, dependency, known)) return false;
    }
    const test = ranges.testOf(type, kind, text, dependency.purl);
    return test.ok && test.value(version);
  };
  const keep = (n: number): Matched => {
    let found = matched.get(n);
    if (!found) matched.set(n, (found = { own: [], source: [] }));
    return found;
  };
  // A row becomes an object only when it matches.
  const visit = (place: number, ref: number, distro: string | null, kind: VersionsText['kind'], text: string): void => {
    const { type } = keys[place] as PackageKey;
    let row: StoredAffected | null = null;
    const stored = (): StoredAffected => (row ??= { ref, type, distro, versions: { kind, text } });
    for (let n = head[place] as number; n !== -1; n = next[n] as number) {
      if (applies(type, distro, kind, text, n, (dependencies[n] as Dependency).version)) keep(n).own.push(stored());
    }
    if (!viaSource) return;
    for (let n = viaSource.head[place] as number; n !== -1; n = viaSource.next[n] as number) {
      if (applies(type, distro, kind, text, n, viaSource.version.get(n) as string)) keep(n).source.push(stored());
    }
  };
  const wanted = keys.filter((_, place) => asked[place] === 1);
  const placeOf = wanted.length === keys.length ? null : keys.flatMap((_, place) => (asked[place] === 1 ? [place] : []));
  const at = placeOf === null ? (place: number): number => place : (place: number): number => placeOf[place] as number;
  if (lookup.affectedEach) {
    await lookup.affectedEach(wanted, (place, ref, distro, kind, text) => visit(at(place), ref, distro, kind, text));
  } else {
    const affected = await lookup.affectedFor(wanted);
    wanted.forEach((key, place) => {
      for (const row of affected.get(packageKeyText(key)) ?? []) visit(at(place), row.ref, row.distro, row.versions.kind, row.versions.text);
    });
  }
  return matched;
}

/** Matched rows grouped by advisory: one finding per (advisory, dependency), its packages' fixed versions merged. */
function hitsOf(rows: readonly StoredAffected[], details: ReadonlyMap<number, AffectedDetails>): Hit[] {
  const byAdvisory = new Map<string, Hit>();
  for (const row of rows) {
    const found = details.get(row.ref);
    if (!found || found.advisory.withdrawn) continue;
    const hit = byAdvisory.get(found.advisory.id);
    if (hit) hit.packages.push(found.pkg);
    else byAdvisory.set(found.advisory.id, { advisory: overridden(found.advisory, found.pkg), packages: [found.pkg] });
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
  // Names the store rules out in memory are not keyed into the index nor chained: on the bench's scan of 50,000
  // names, one in five with advisories, the matching thread's time fell from 350-390 ms to 325-335 ms. Keys given
  // by the caller (licences filled) are used as they are.
  const filter = options.keys ? undefined : await lookup.candidateFilter?.();
  const index = filter ? indexKeys(sets, filter) : keyIndexFor(sets, options.keys);
  // Each distinct name is asked for once; only the names of dependencies that are matched at all.
  const { targets, asked } = targetsOf(sets, index, options.includeDevelopment ?? true);
  const ranges = new AffectedRanges();
  const rowsOf = await matchRows(lookup, index.keys, asked, targets, ranges);
  // `version`: what remediation compares fixed versions with: the source's when rows of the source matched.
  const matched = [...rowsOf.keys()].sort((a, b) => a - b).map((n) => {
    const { own, source } = rowsOf.get(n) as Matched;
    const dependency = targets.dependencies[n] as Dependency;
    const set = targets.sets[targets.setOf[n] as number] as DependencySet;
    const version = source.length > 0 ? (targets.viaSource?.version.get(n) as string) : dependency.version;
    return { set, dependency, rows: source.length > 0 ? [...own, ...source] : own, version };
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
