import { existsSync } from 'node:fs';
import { ok, type Result } from '../../model/result.js';
import { DEFAULT_STORE, storeKindOf } from '../../store/open.js';
import { hasSyncedMetadata, sqlitePathOf } from './open.js';
import { openSqliteMetadata } from './sqlite-store.js';
import type { MetadataStore } from './types.js';

export interface SyncedMetadataOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * SQLite: opened read-only (the default, for readers), or as the metadata store opens it, bringing an older
   * metadata schema up to date (a scan, which writes the same file anyway).
   */
  readonly readOnly?: boolean;
}

/**
 * The package metadata of a `--store`, or null when `depindex sync` never wrote there: for `depindex search
 * --advisory`, `depindex serve` and a scan. Nothing is created: an index that was never synced is not given
 * metadata tables; on Elasticsearch one request, the revision counter a sync writes, says whether there is any.
 * A failure to read is an error, not "nothing synced".
 */
export async function openSyncedMetadata(spec: string | undefined, options: SyncedMetadataOptions): Promise<Result<MetadataStore | null>> {
  const text = (spec ?? DEFAULT_STORE).trim();
  const kind = storeKindOf(text);
  if (!kind.ok) return kind;
  if (kind.value === 'elasticsearch') {
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openSyncedElasticsearchMetadata } = await import('./elasticsearch/store.js');
    return openSyncedElasticsearchMetadata(text, options);
  }
  const path = sqlitePathOf(text, options.cwd);
  if (path === null || path === ':memory:' || !existsSync(path) || !hasSyncedMetadata(path)) return ok(null);
  return openSqliteMetadata(path, { readOnly: options.readOnly ?? true });
}
