import type { CommandIO } from './command.js';
import { err, ok, type Result } from '../model/result.js';
import type { SearchQuery, SearchResult, Store } from '../store/store.js';
import { openSyncedMetadata } from '../metadata/store/synced.js';
import { NOTHING_SYNCED, searchByAdvisory } from '../metadata/search/advisory-search.js';

/**
 * `depindex search --advisory ID`: the index `store` is open; the metadata is read from the same `--store`
 * (read-only, as the index), then closed. The error says what went wrong, for `depindex search: ` to print.
 */
export async function searchAdvisory(advisory: string, query: SearchQuery, storeSpec: string | undefined, index: Store, io: CommandIO): Promise<Result<SearchResult>> {
  const metadata = await openSyncedMetadata(storeSpec, { cwd: io.cwd, env: io.env });
  if (!metadata.ok) return metadata;
  if (metadata.value === null) return err(`--advisory: ${NOTHING_SYNCED} (${index.location})`);
  try {
    const result = await searchByAdvisory(advisory, query, index, metadata.value);
    return result.ok ? ok(result.value) : err(`--advisory: ${result.error.message}`);
  } finally {
    await metadata.value.close();
  }
}
