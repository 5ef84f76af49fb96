import { identifierFor, uniqueIdentifiers } from '../records/identifiers.js';
import type { Advisory, AffectedPackage } from '../records/types.js';

/** The advisories that matched one dependency, each with the packages of it that matched. */
export interface Hit {
  readonly advisory: Advisory;
  readonly packages: AffectedPackage[];
}

/** Every name an advisory answers to, upper case: its id and its identifiers (CVE, GHSA, PYSEC ...). */
function namesOf(advisory: Advisory): string[] {
  return [advisory.id, ...advisory.identifiers.map((i) => i.value)].map((n) => n.toUpperCase());
}

/**
 * The hits of one dependency that are one vulnerability under several names merged into one: a GHSA record and
 * the PMDB advisory of its CVE, PYSEC and GHSA records of one CVE (synced from several sources). osv-scanner groups
 * its results by aliases the same way; one finding per vulnerability is what a reader and a policy count. Hits
 * sharing any name are one group (transitively). The advisory with the smallest id speaks for the group (so the
 * finding's id and fingerprint stay put from run to run); it gains the others' ids and identifiers, their CVSS
 * vectors where it has none, their URLs, and their packages (so every fixed version counts for remediation). A
 * dependency with one hit, or hits without shared names, is returned as it came. Pure.
 */
export function mergeAliased(hits: readonly Hit[]): Hit[] {
  if (hits.length < 2) return [...hits];
  const parent = hits.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  hits.forEach((hit, i) => {
    for (const name of namesOf(hit.advisory)) {
      const seen = owner.get(name);
      if (seen === undefined) owner.set(name, i);
      else parent[root(i)] = root(seen);
    }
  });
  const groups = new Map<number, Hit[]>();
  hits.forEach((hit, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(hit);
    else groups.set(r, [hit]);
  });
  if (groups.size === hits.length) return [...hits];
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0] as Hit;
    const [first, ...others] = [...group].sort((a, b) => (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0)) as [Hit, ...Hit[]];
    const pick = (field: 'cvssV2' | 'cvssV3' | 'cvssV4'): string | null => first.advisory[field] ?? others.find((h) => h.advisory[field] !== null)?.advisory[field] ?? null;
    const advisory: Advisory = {
      ...first.advisory,
      cvssV2: pick('cvssV2'),
      cvssV3: pick('cvssV3'),
      cvssV4: pick('cvssV4'),
      urls: [...new Set([...first.advisory.urls, ...others.flatMap((h) => h.advisory.urls)])],
      identifiers: uniqueIdentifiers([
        ...first.advisory.identifiers,
        ...others.flatMap((h) => [identifierFor(h.advisory.id), ...h.advisory.identifiers]),
      ]),
    };
    return { advisory, packages: [...first.packages, ...others.flatMap((h) => h.packages)] };
  });
}
