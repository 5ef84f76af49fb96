import { DatabaseSync } from 'node:sqlite';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { err, type Result } from '../../model/result.js';
import { DEFAULT_STORE, storeKindOf } from '../../store/open.js';
import { openSqliteMetadata } from './sqlite-store.js';
import type { MetadataStore, OpenMetadataOptions } from './types.js';

export type { OpenMetadataOptions } from './types.js';

/** The SQLite file a `--store` value names, or null when it names another kind of store. */
export function sqlitePathOf(spec: string | undefined, cwd: string): string | null {
  const text = (spec ?? DEFAULT_STORE).trim();
  if (!text.startsWith('sqlite:')) return null;
  const path = text.slice('sqlite:'.length);
  return path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path);
}

/** The metadata side of a `--store` value, in the same place as the index (DESIGN.md 6). */
export async function openMetadataStore(spec: string | undefined, options: OpenMetadataOptions): Promise<Result<MetadataStore>> {
  const text = (spec ?? DEFAULT_STORE).trim();
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length);
    if (path === '') return err('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db');
    const full = path === ':memory:' || isAbsolute(path) ? path : resolve(options.cwd, path);
    if (options.create === false && full !== ':memory:' && !existsSync(full)) return err(`no index at ${text} (${full}) yet: \`depindex sync\` or \`depindex scan\` writes one`);
    return openSqliteMetadata(full);
  }
  const kind = storeKindOf(text);
  if (!kind.ok) return kind;
  // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
  const { openElasticsearchMetadata } = await import('./elasticsearch-open.js');
  return openElasticsearchMetadata(text, options);
}

/**
 * Whether `depindex sync` ever wrote package metadata into this SQLite index (its schema table is there). A scan
 * asks first, so an index that was never synced is neither given metadata tables nor opened a second time.
 */
export function hasSyncedMetadata(path: string): boolean {
  try {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'md_schema'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
