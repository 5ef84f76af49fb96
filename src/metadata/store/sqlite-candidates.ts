import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { candidatesOf, placesByType } from './key-groups.js';
import type { NameFilter } from './name-filter.js';
import type { AffectedVisitor, PackageKey } from './types.js';

/** Names sent in one candidate query. */
const NAMES_PER_QUERY = 2_000;

/**
 * MetadataLookup.affectedEach over the SQLite metadata: the candidate rows of each key handed to `visit` by the key's
 * place. `sql` is the store's cache of prepared statements, `nameFilter` its reader of the names' filters
 * (sqlite-name-filters.ts nameFilterReader).
 */
export function candidateReader(
  db: DatabaseSync,
  sql: (text: string) => StatementSync,
  nameFilter: (type: string) => NameFilter | null,
): (keys: readonly PackageKey[], visit: AffectedVisitor) => void {
  function eachAffectedRow(keys: readonly PackageKey[], visit: AffectedVisitor): void {
    // A type without advisories (not synced, or --registry left it out) costs one seek, not one per name.
    const any = sql('SELECT 1 FROM md_affected INDEXED BY md_affected_match WHERE type = ? LIMIT 1');
    // CROSS JOIN keeps the scan's names as the outer loop: without statistics SQLite might scan every row.
    // Every column comes from md_affected_match (covering): one index seek per name, no row lookups. The name comes
    // back as its place in the array sent, the kind as 0/1: no new string per row for what JavaScript knows
    // already; the advisory id is left to `details`, which reads it for the few rows that match.
    const query = sql(
      `SELECT j.key, a.rowid, a.distro, a.range_kind = 'osv', a.range
       FROM json_each(?) j CROSS JOIN md_affected a INDEXED BY md_affected_match ON a.type = ? AND a.name_key = j.value AND a.withdrawn = 0`,
    );
    query.setReturnArrays(true);
    for (const [type, group] of placesByType(keys)) {
      const filter = nameFilter(type);
      // Names the filter rules out have no rows: only the others are sought. Without a filter (a file synced before
      // filters, this type not ingested since), every name is.
      const { names, places } = filter ? candidatesOf(group, filter) : group;
      if (names.length === 0 || (!filter && any.get(type) === undefined)) continue;
      // A few thousand names a query: each query's rows are tested and let go before the next is read, so the
      // candidates of a large scan (mostly not affected) never all live at once, and die young.
      for (let from = 0; from < names.length; from += NAMES_PER_QUERY) {
        const rows = query.all(JSON.stringify(names.slice(from, from + NAMES_PER_QUERY)), type) as unknown as [number, number, string | null, number, string][];
        for (const [at, ref, distro, osv, range] of rows) {
          visit(places[from + at] as number, ref, distro, osv === 1 ? 'osv' : 'pmdb', range);
        }
      }
    }
  }

  return (keys, visit) => {
    // One snapshot: the filters and the rows they describe are read at the same revision.
    const own = !db.isTransaction;
    if (own) db.exec('BEGIN');
    try {
      eachAffectedRow(keys, visit);
    } finally {
      if (own) db.exec('COMMIT');
    }
  };
}
