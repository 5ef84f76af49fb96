import type { StatementSync } from 'node:sqlite';
import { NameFilter } from './name-filter.js';

/** The store's cache of prepared statements (sqlite-store.ts). */
type Sql = (text: string) => StatementSync;

interface FilterRow {
  capacity: number;
  added: number;
  bits: Uint8Array;
}

function readFilter(sql: Sql, type: string): NameFilter | null {
  const row = sql('SELECT capacity, added, bits FROM md_name_filter WHERE type = ?').get(type) as FilterRow | undefined;
  return row ? NameFilter.stored(row.bits, Number(row.capacity), Number(row.added)) : null;
}

/** A filter of every name the type has rows for now: withdrawn rows match nothing, so they are left out. */
function rebuilt(sql: Sql, type: string): NameFilter {
  const query = sql('SELECT DISTINCT name_key FROM md_affected INDEXED BY md_affected_match WHERE type = ? AND withdrawn = 0');
  query.setReturnArrays(true);
  const names = query.all(type) as unknown as [string][];
  const filter = NameFilter.sizedFor(names.length);
  for (const [name] of names) filter.add(name);
  return filter;
}

/**
 * Called inside an ingest's transaction, after its rows: the names it wrote go into their type's filter, saved with
 * the rows. A type without a filter (first ingest, or a file from before filters) or whose filter would be fuller than
 * it was sized for is rebuilt from all its rows, which also drops the bits of names no longer affected.
 */
export function addToNameFilters(sql: Sql, written: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [type, names] of written) {
    let filter = readFilter(sql, type);
    if (filter?.fits(names.size)) for (const name of names) filter.add(name);
    else filter = rebuilt(sql, type);
    sql('INSERT OR REPLACE INTO md_name_filter (type, capacity, added, bits) VALUES (?, ?, ?, ?)').run(type, filter.capacity, filter.added, filter.bits);
  }
}

/**
 * The filters as a scan reads them, kept while the metadata revision (raised by every ingest, in its transaction)
 * stays the same: a rescan asking set after set reads each once. Call inside a read transaction.
 */
export function nameFilterReader(sql: Sql): (type: string) => NameFilter | null {
  const cache = new Map<string, NameFilter | null>();
  let revision = -1;
  return (type) => {
    const now = Number((sql("SELECT value FROM md_state WHERE key = 'revision'").get() as { value: number }).value);
    if (now !== revision) {
      cache.clear();
      revision = now;
    }
    if (!cache.has(type)) cache.set(type, readFilter(sql, type));
    return cache.get(type) ?? null;
  };
}
