import { err, ok, type Result } from '../../model/result.js';
import type { SearchHit, SearchQuery, SearchResult, Store } from '../../store/store.js';
import { AffectedRanges } from '../match/affected.js';
import { dependencyDistro, distroApplies } from '../match/distro.js';
import { isOsType } from '../match/package-key.js';
import type { MetadataStore } from '../store/types.js';
import { osPackageNames, versionFor } from './os-package.js';

/** Hits read per affected package: the scope flags narrow bigger searches. */
const MAX_CANDIDATES = 200_000;
const PAGE = 1_000;

/** Why a search by advisory gave no answer: the caller (CLI, API) says it in its own words. */
export type AdvisorySearchError =
  | { readonly kind: 'unknown-advisory'; readonly message: string }
  | { readonly kind: 'store'; readonly message: string };

/** What the search reads: the index's search, and the metadata's advisories (the API wraps each in its deadline). */
export type AdvisoryIndex = Pick<Store, 'search'>;
export type AdvisoryLookup = Pick<MetadataStore, 'advisoriesById' | 'location'>;

/** Said when a store holds no package metadata at all, by the CLI and the API alike. */
export const NOTHING_SYNCED = 'no package metadata is synced into this store yet: `depindex sync` brings advisories in';

const storeError = (message: string): AdvisorySearchError => ({ kind: 'store', message });

const compareHits = (a: SearchHit, b: SearchHit): number =>
  a.project.localeCompare(b.project) || a.ref.localeCompare(b.ref) || a.file.localeCompare(b.file) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version);

/**
 * Every dependency in scope that an advisory (by id or alias: CVE, GHSA ...) affects: the advisory's packages
 * are searched in the index by name and type with the caller's scope, and their versions tested in-process
 * with the ecosystem's semantics, as a scan matches them. `query` is a validated query without name or version
 * (buildSearchQuery refuses them with an advisory); its limit and offset page the answer. One implementation
 * behind `depindex search --advisory` and the API's `advisory=`.
 */
export async function searchByAdvisory(
  idOrAlias: string,
  query: SearchQuery,
  index: AdvisoryIndex,
  metadata: AdvisoryLookup,
): Promise<Result<SearchResult, AdvisorySearchError>> {
  // The query may carry the advisory itself (store/search-query.ts); the index is asked by name, never by it.
  const { advisory: _advisory, ...scope } = query;
  const records = await metadata.advisoriesById(idOrAlias);
  if (!records.ok) return err(storeError(records.error));
  if (records.value.length === 0) {
    return err({ kind: 'unknown-advisory', message: `no advisory "${idOrAlias}" in the synced metadata of ${metadata.location} (run depindex sync)` });
  }
  const ranges = new AffectedRanges();
  const found = new Map<string, SearchHit>();
  const osHits = new Map<string, SearchHit[]>();
  for (const { advisory, packages } of records.value) {
    if (advisory.withdrawn) continue;
    for (const pkg of packages) {
      const test = ranges.test(pkg);
      if (!test.ok) continue;
      if (isOsType(pkg.type)) {
        // OS packages: the index cannot be asked by source package, so the type's packages in scope are read once
        // and matched here by binary name or `upstream` source, with the source's version.
        let candidates = osHits.get(pkg.type);
        if (!candidates) {
          const read = await allOfType(index, scope, pkg.type);
          if (!read.ok) return err(storeError(read.error));
          candidates = read.value;
          osHits.set(pkg.type, candidates);
        }
        for (const hit of candidates) {
          const names = osPackageNames(hit.purl);
          const version = names ? versionFor(pkg.name, names, hit.version) : null;
          if (version === null) continue;
          // Each hit with its own purl's semantics (apk-tools 3 for an Alpine 3.23+ package).
          const own = ranges.testFor(pkg, hit.purl);
          if (!own.ok || !own.value(version)) continue;
          if (!distroApplies(pkg.distro, { purl: hit.purl, namespace: hit.purl.split('/')[1] ?? null }, dependencyDistro(hit))) continue;
          found.set(`${hit.project}\u0000${hit.ref}\u0000${hit.file}\u0000${hit.purl}`, hit);
        }
        continue;
      }
      for (let offset = 0; offset < MAX_CANDIDATES; offset += PAGE) {
        const page = await index.search({ ...scope, name: pkg.name, type: pkg.type, limit: PAGE, offset });
        if (!page.ok) return err(storeError(page.error));
        for (const hit of page.value.hits) {
          // Each hit with its own purl's semantics.
          const own = ranges.testFor(pkg, hit.purl);
          if (!own.ok || !own.value(hit.version)) continue;
          found.set(`${hit.project}\u0000${hit.ref}\u0000${hit.file}\u0000${hit.purl}`, hit);
        }
        if (page.value.hits.length < PAGE) break;
      }
    }
  }
  const all = [...found.values()].sort(compareHits);
  const counts = new Map<string, number>();
  for (const hit of all) counts.set(hit.project, (counts.get(hit.project) ?? 0) + 1);
  return ok({
    total: all.length,
    hits: all.slice(scope.offset, scope.offset + scope.limit),
    byProject: [...counts].map(([project, count]) => ({ project, count })).sort((a, b) => b.count - a.count || a.project.localeCompare(b.project)),
  });
}

/** Every dependency of one type in scope, up to MAX_CANDIDATES. */
async function allOfType(index: AdvisoryIndex, scope: SearchQuery, type: string): Promise<Result<SearchHit[]>> {
  const out: SearchHit[] = [];
  for (let offset = 0; offset < MAX_CANDIDATES; offset += PAGE) {
    const page = await index.search({ ...scope, type, limit: PAGE, offset });
    if (!page.ok) return page;
    out.push(...page.value.hits);
    if (page.value.hits.length < PAGE) break;
  }
  return ok(out);
}
