import { existsSync } from 'node:fs';
import { err, ok, type Result } from '../../model/result.js';
import { DEFAULT_STORE, storeKindOf } from '../../store/open.js';
import { hasSyncedMetadata, sqlitePathOf } from './open.js';
import { openSqliteMetadata } from './sqlite-store.js';
import type { MetadataStore } from './types.js';

export interface SyncedMetadataOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * For readers (`depindex search --advisory`, `depindex serve`): the package metadata of a `--store`, or null when
 * `depindex sync` never wrote there. Nothing is created: SQLite is opened read-only (an index that was never
 * synced is not given metadata tables by a search); on Elasticsearch one request, the revision counter a sync
 * writes, says whether there is any. A failure to read is an error, not "nothing synced".
 */
export async function openSyncedMetadata(spec: string | undefined, options: SyncedMetadataOptions): Promise<Result<MetadataStore | null>> {
  const text = (spec ?? DEFAULT_STORE).trim();
  const kind = storeKindOf(text);
  if (!kind.ok) return kind;
  if (kind.value === 'elasticsearch') {
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openSyncedElasticsearchMetadata } = await import('./elasticsearch/store.js');
    const opened = await openSyncedElasticsearchMetadata(text, options);
    return opened.error !== null ? err(opened.error) : ok(opened.store);
  }
  const path = sqlitePathOf(text, options.cwd);
  if (path === null || path === ':memory:' || !existsSync(path) || !hasSyncedMetadata(path)) return ok(null);
  return openSqliteMetadata(path, { readOnly: true });
}
