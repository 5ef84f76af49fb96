import { err, ok, type Result } from '../../model/result.js';
import { isObject, text, texts } from './json-fields.js';
import type { LicenseRecord } from './types.js';

/** One PMDB v2 licence line (compressed per package, DESIGN.md 8.1) of the file's purl type. */
export function parsePmdbLicense(value: unknown, type: string): Result<LicenseRecord> {
  if (!isObject(value)) return err('not a JSON object');
  const name = text(value, 'name');
  if (!name) return err('no "name"');
  const other: LicenseRecord['otherLicenses'][number][] = [];
  if (Array.isArray(value['other_licenses'])) {
    for (const [i, entry] of value['other_licenses'].entries()) {
      if (!isObject(entry)) return err(`${name}: other_licenses[${i}] is not an object`);
      other.push({ licenses: texts(entry['licenses']), versions: texts(entry['versions']) });
    }
  }
  return ok({
    type,
    name,
    lowestVersion: text(value, 'lowest_version'),
    highestVersion: text(value, 'highest_version'),
    defaultLicenses: texts(value['default_licenses']),
    otherLicenses: other,
  });
}

/** Splits one CSV line (RFC 4180 quoting) into fields; null when a quote is left open. */
function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return null;
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') return null;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

/**
 * A v1 licence CSV row `name,version,license`: one version of one package, stored as a licence record that
 * covers exactly that version (so v1 and v2 data answer through the same evaluation).
 */
export function parseV1LicenseRow(line: string, type: string): Result<LicenseRecord> {
  const fields = csvFields(line);
  if (!fields || fields.length !== 3) return err('not a "name,version,license" row');
  const [name, version, license] = fields as [string, string, string];
  if (!name || !version) return err('empty name or version');
  return ok({ type, name, lowestVersion: null, highestVersion: null, defaultLicenses: [], otherLicenses: [{ licenses: license ? [license] : [], versions: [version] }] });
}

/**
 * Two records of one package: a v2 record (it has a default or a version span) replaces the earlier one whole;
 * v1 rows arrive one version at a time and are merged in, a later row for a version replacing the earlier.
 */
export function mergeLicenseRecords(earlier: LicenseRecord, later: LicenseRecord): LicenseRecord {
  const hasDefault = later.defaultLicenses.length > 0 || later.lowestVersion !== null || later.highestVersion !== null;
  if (hasDefault) return later;
  const replaced = new Set(later.otherLicenses.flatMap((o) => o.versions));
  const kept = earlier.otherLicenses
    .map((o) => ({ licenses: o.licenses, versions: o.versions.filter((v) => !replaced.has(v)) }))
    .filter((o) => o.versions.length > 0);
  return { ...earlier, otherLicenses: [...kept, ...later.otherLicenses] };
}
