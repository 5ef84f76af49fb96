import type { AdvisoryIdentifier } from '../../model/finding.js';
import { err, ok, type Result } from '../../model/result.js';
import { identifierFor, uniqueIdentifiers } from './identifiers.js';
import { isObject, text, texts, type Json } from './json-fields.js';
import { purlTypeOf } from './registry-ids.js';
import type { AffectedPackage, AdvisoryRecord } from './types.js';

function identifiers(value: unknown, id: string): AdvisoryIdentifier[] {
  const list: AdvisoryIdentifier[] = [];
  if (Array.isArray(value)) {
    for (const raw of value) {
      if (!isObject(raw)) continue;
      const name = text(raw, 'name', 'value');
      if (!name) continue;
      list.push({ type: (text(raw, 'type') ?? identifierFor(name).type).toLowerCase(), name, value: text(raw, 'value') ?? name, url: text(raw, 'url') });
    }
  }
  // GitLab advisory ids are UUIDs, not identifiers people search for; they stand in only when nothing else does.
  if (list.length === 0) list.push(identifierFor(id));
  return uniqueIdentifiers(list);
}

function affectedPackage(raw: Json, fileType: string | null, index: number): Result<AffectedPackage> {
  const name = text(raw, 'name');
  if (!name) return err(`packages[${index}] has no "name"`);
  const type = text(raw, 'purl_type') ?? fileType;
  if (!type) return err(`packages[${index}] has no "purl_type"`);
  const range = text(raw, 'affected_range');
  const listed = texts(raw['versions']);
  if (!range && listed.length === 0) return err(`packages[${index}] (${name}) has no "affected_range"`);
  return ok({
    type: purlTypeOf(type),
    name,
    // An explicit list without a range is read as OSV reads one: exactly those versions.
    versions: range ? { kind: 'pmdb', range } : { kind: 'osv', affected: { versions: listed } },
    fixedVersions: texts(raw['fixed_versions']),
    solution: text(raw, 'solution'),
    distro: text(raw, 'distro', 'dist_version'),
    severity: text(raw, 'severity')?.toLowerCase() ?? null,
    overrides: isObject(raw['overridden_advisory_fields']) ? raw['overridden_advisory_fields'] : null,
  });
}

/**
 * One PMDB v2 advisory line, already JSON-parsed (DESIGN.md 8.1). `fileType` is the purl type the file's path
 * names, used when a package omits `purl_type`. The protocol's variants are read too: `database` for `source`,
 * `dist_version` for `distro`, a per-package `severity`.
 */
export function parsePmdbAdvisory(value: unknown, fileType: string | null): Result<AdvisoryRecord> {
  if (!isObject(value)) return err('not a JSON object');
  const raw = value['advisory'];
  if (!isObject(raw)) return err('no "advisory" object');
  const id = text(raw, 'id');
  if (!id) return err('"advisory" has no "id"');
  if (!Array.isArray(value['packages'])) return err(`advisory ${id} has no "packages" list`);
  const packages: AffectedPackage[] = [];
  for (const [i, p] of value['packages'].entries()) {
    if (!isObject(p)) return err(`advisory ${id}: packages[${i}] is not an object`);
    const parsed = affectedPackage(p, fileType, i);
    if (!parsed.ok) return err(`advisory ${id}: ${parsed.error}`);
    packages.push(parsed.value);
  }
  return ok({
    advisory: {
      id,
      source: text(raw, 'source', 'database') ?? 'pmdb',
      title: text(raw, 'title'),
      description: text(raw, 'description'),
      cvssV2: text(raw, 'cvss_v2'),
      cvssV3: text(raw, 'cvss_v3'),
      cvssV4: text(raw, 'cvss_v4'),
      severity: text(raw, 'severity')?.toLowerCase() ?? null,
      publishedDate: text(raw, 'published_date'),
      urls: texts(raw['urls']),
      identifiers: identifiers(raw['identifiers'], id),
      withdrawn: false,
    },
    packages,
  });
}
