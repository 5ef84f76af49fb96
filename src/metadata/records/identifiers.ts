import type { AdvisoryIdentifier } from '../../model/finding.js';

/** The identifier type of an id by its shape: CVE-, GHSA-, PYSEC-, GO-, RUSTSEC- ...; lower case. */
export function identifierType(id: string): string {
  const upper = id.toUpperCase();
  if (upper.startsWith('CVE-')) return 'cve';
  if (upper.startsWith('GHSA-')) return 'ghsa';
  const dash = id.indexOf('-');
  return dash > 0 ? id.slice(0, dash).toLowerCase() : 'osv';
}

function urlFor(type: string, id: string): string | null {
  if (type === 'cve') return `https://nvd.nist.gov/vuln/detail/${encodeURIComponent(id)}`;
  if (type === 'ghsa') return `https://github.com/advisories/${encodeURIComponent(id)}`;
  return null;
}

export function identifierFor(id: string): AdvisoryIdentifier {
  const type = identifierType(id);
  return { type, name: id, value: id, url: urlFor(type, id) };
}

/** Identifiers deduplicated by value (case-insensitive), first spelling kept, in the order given. */
export function uniqueIdentifiers(list: readonly AdvisoryIdentifier[]): AdvisoryIdentifier[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = i.value.toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
