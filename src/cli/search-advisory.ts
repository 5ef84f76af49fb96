import type { CommandIO } from './command.js';
import { renderSearchJson, renderSearchTable } from './search-output.js';
import { EXIT } from '../run/exit-codes.js';
import type { SearchQuery, Store } from '../store/store.js';
import { openMetadataStore } from '../metadata/store/open.js';
import { searchByAdvisory } from '../metadata/search/advisory-search.js';

/**
 * `depindex search --advisory ID`: the index `store` is open; the metadata is read from the same `--store`.
 * Returns the exit code, having written the answer or the error.
 */
export async function runAdvisorySearch(advisory: string, scope: SearchQuery, storeSpec: string, index: Store, io: CommandIO, json: boolean): Promise<number> {
  const metadata = await openMetadataStore(storeSpec, { cwd: io.cwd, env: io.env, create: false });
  if (!metadata.ok) {
    io.stderr.write(`depindex search: ${metadata.error}\n`);
    return EXIT.output;
  }
  try {
    const result = await searchByAdvisory(advisory, scope, index, metadata.value);
    if (!result.ok) {
      io.stderr.write(`depindex search: --advisory: ${result.error}\n`);
      return EXIT.output;
    }
    io.stdout.write(json ? renderSearchJson(result.value) : renderSearchTable(result.value, scope));
    return EXIT.ok;
  } finally {
    await metadata.value.close();
  }
}
