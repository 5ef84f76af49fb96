import type { AdvisoryIdentifier } from '../../model/finding.js';
import { err, ok, type Result } from '../../model/result.js';
import { ecosystemForOsv, type OsvRangeJson } from '../match/versions-api.js';
import { identifierFor, uniqueIdentifiers } from './identifiers.js';
import { isObject, text, texts, type Json } from './json-fields.js';
import type { AffectedPackage, AdvisoryRecord } from './types.js';

/** GHSA's words for severity, as depindex's. */
const SEVERITY_WORDS: Readonly<Record<string, string>> = { critical: 'critical', high: 'high', moderate: 'medium', medium: 'medium', low: 'low' };

function vectors(list: unknown): { v2: string | null; v3: string | null; v4: string | null } {
  const out = { v2: null as string | null, v3: null as string | null, v4: null as string | null };
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const score = text(entry, 'score');
    if (!score) continue;
    const type = text(entry, 'type');
    if (type === 'CVSS_V2') out.v2 ??= score;
    else if (type === 'CVSS_V3') out.v3 ??= score;
    else if (type === 'CVSS_V4') out.v4 ??= score;
  }
  return out;
}

function ranges(value: unknown): OsvRangeJson[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((r) => ({ type: text(r, 'type') ?? '', events: Array.isArray(r['events']) ? (r['events'].filter(isObject) as OsvRangeJson['events']) : [] }));
}

function severityWord(object: Json | null): string | null {
  const word = object ? text(object, 'severity')?.toLowerCase() : null;
  return word ? (SEVERITY_WORDS[word] ?? null) : null;
}

/** "Debian:12" -> "debian 12": the distribution part of an OSV ecosystem, in PMDB's `distro` spelling. */
function distroOf(ecosystem: string): string | null {
  const colon = ecosystem.indexOf(':');
  if (colon < 0) return null;
  const release = ecosystem.slice(colon + 1).replace(/^v/, '');
  return `${ecosystem.slice(0, colon).toLowerCase()} ${release}`;
}

function affectedPackage(raw: Json, recordSeverity: string | null): AffectedPackage | null {
  const pkg = isObject(raw['package']) ? raw['package'] : null;
  const ecosystemName = pkg ? text(pkg, 'ecosystem') : null;
  const name = pkg ? text(pkg, 'name') : null;
  if (!ecosystemName || !name) return null;
  // Ecosystems depindex has no version semantics for (GIT-only, Hex ...) cannot match a dependency: left out.
  const ecosystem = ecosystemForOsv(ecosystemName);
  if (!ecosystem) return null;
  const rangeList = ranges(raw['ranges']);
  const fixed = rangeList.filter((r) => r.type !== 'GIT').flatMap((r) => r.events.map((e) => e.fixed).filter((f): f is string => typeof f === 'string'));
  const specific = isObject(raw['database_specific']) ? raw['database_specific'] : null;
  return {
    type: ecosystem.type,
    name,
    versions: { kind: 'osv', affected: { ranges: rangeList, versions: texts(raw['versions']) } },
    fixedVersions: [...new Set(fixed)],
    solution: null,
    distro: distroOf(ecosystemName),
    severity: severityWord(specific) ?? recordSeverity,
    overrides: null,
  };
}

/** One OSV record (https://ossf.github.io/osv-schema/). Affected entries of unsupported ecosystems are left out. */
export function parseOsvRecord(value: unknown): Result<AdvisoryRecord> {
  if (!isObject(value)) return err('not a JSON object');
  const id = text(value, 'id');
  if (!id) return err('no "id"');
  if (value['affected'] !== undefined && !Array.isArray(value['affected'])) return err(`${id}: "affected" is not a list`);
  const specific = isObject(value['database_specific']) ? value['database_specific'] : null;
  const recordSeverity = severityWord(specific);
  const packages = ((value['affected'] as unknown[] | undefined) ?? [])
    .filter(isObject)
    .map((a) => affectedPackage(a, recordSeverity))
    .filter((p): p is AffectedPackage => p !== null);
  const cvss = vectors(value['severity']);
  // `upstream` (OSV 1.6): what a distro record derives from; Alpine and Debian records link their CVE only there.
  const ids: AdvisoryIdentifier[] = [identifierFor(id), ...texts(value['aliases']).map(identifierFor), ...texts(value['upstream']).map(identifierFor)];
  const references = Array.isArray(value['references']) ? value['references'].filter(isObject).map((r) => text(r, 'url')).filter((u): u is string => u !== null) : [];
  return ok({
    advisory: {
      id,
      source: 'osv',
      title: text(value, 'summary'),
      description: text(value, 'details'),
      cvssV2: cvss.v2,
      cvssV3: cvss.v3,
      cvssV4: cvss.v4,
      severity: recordSeverity,
      publishedDate: text(value, 'published'),
      urls: references,
      identifiers: uniqueIdentifiers(ids),
      withdrawn: text(value, 'withdrawn') !== null,
    },
    packages,
  });
}
