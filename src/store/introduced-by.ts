import { introducedByFinder } from '../graph/introduced-by.js';
import { ok, type Result } from '../model/result.js';
import type { SearchHit, SearchResult, Store } from './store.js';

/**
 * Search hits with `introducedBy` (issue 15): the introduced dependencies that bring each one in, from its set's
 * stored graph. Only the page's hits are answered, and each set they come from is read once, so a page costs
 * its distinct sets, never the whole match. Store-neutral, so SQLite and Elasticsearch answer alike.
 * `null` where the set has no stored edges (written before edges were stored, or from an input without a
 * graph) and the hit is not itself introduced: then the index cannot tell.
 */
export async function withIntroducedBy(store: Store, result: SearchResult): Promise<Result<SearchResult>> {
  const bySet = new Map<string, SearchHit[]>();
  for (const hit of result.hits) {
    const key = JSON.stringify([hit.project, hit.ref, hit.file]);
    const list = bySet.get(key);
    if (list) list.push(hit);
    else bySet.set(key, [hit]);
  }
  const answers = new Map<SearchHit, readonly string[] | null>();
  for (const hits of bySet.values()) {
    const { project, ref, file } = hits[0] as SearchHit;
    const loaded = await store.loadGraphs(project, ref, file);
    if (!loaded.ok) return loaded;
    const set = loaded.value[0];
    // A set rewritten between the search and this read: its hits say nothing rather than something stale.
    const finder = set ? introducedByFinder(set) : null;
    const known = set ? new Set(set.dependencies.map((d) => d.purl)) : new Set<string>();
    for (const hit of hits) {
      if (!finder || !known.has(hit.purl)) answers.set(hit, null);
      else if (hit.introduced === true) answers.set(hit, [hit.purl]);
      else answers.set(hit, set?.graph.edges.size === 0 ? null : finder(hit.purl));
    }
  }
  return ok({ ...result, hits: result.hits.map((h) => ({ ...h, introducedBy: answers.get(h) ?? null })) });
}
