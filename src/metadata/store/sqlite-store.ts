import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import { openReadOnly } from '../../store/sqlite/read-only.js';
import { openSqliteStore } from '../../store/sqlite/store.js';
import type { Checkpoint } from '../checkpoints/plan.js';
import { recordPackageKey } from '../match/package-key.js';
import { mergeLicenseRecords } from '../records/pmdb-license.js';
import type { Advisory, AdvisoryRecord, AffectedPackage, CveEnrichment, LicenseRecord } from '../records/types.js';
import { namesByType } from './key-groups.js';
import { candidateReader } from './sqlite-candidates.js';
import type { NameFilter } from './name-filter.js';
import { addToNameFilters, nameFilterReader } from './sqlite-name-filters.js';
import { CHANGED_SINCE_SQL, rememberDropped } from './sqlite-removed.js';
import { METADATA_SCHEMA_VERSION, prepareMetadataSchema, readMetadataSchemaVersion } from './sqlite-schema.js';
import { packageKeyText, versionsText, type AffectedDetails, type IngestBatch, type MetadataStore, type PackageKey, type StoredAffected } from './types.js';

export interface SqliteMetadataOptions {
  readonly busyTimeoutMs?: number;
  /** Test hook (kill tests): called inside the ingest transaction after its rows, before the commit. */
  readonly beforeCommit?: () => void;
  /**
   * For readers (`depindex serve`, `search --advisory`): the file is opened read-only, as the index is for them
   * (store/sqlite/read-only.ts), and never created or migrated; it must hold metadata `depindex sync` wrote.
   */
  readonly readOnly?: boolean;
}

function failure(what: string, location: string, e: unknown): Result<never> {
  return err(`${what} in ${location} failed: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * The metadata tables in the index's SQLite file. The index itself is opened (and created) first through its
 * own store, so a file that starts with `depindex sync` is a valid index for `depindex scan` too.
 */
export function openSqliteMetadata(path: string, options: SqliteMetadataOptions = {}): Result<MetadataStore> {
  const location = `sqlite:${path}`;
  if (options.readOnly === true && path !== ':memory:') return openReadOnlyMetadata(path, location, options);
  if (path !== ':memory:') {
    const index = openSqliteStore(path, { busyTimeoutMs: options.busyTimeoutMs });
    if (!index.ok) return index;
    void index.value.close();
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    // The names a scan asks for go into a temporary table: kept in memory, not in a temporary file.
    db.exec('PRAGMA temp_store = MEMORY');
    prepareMetadataSchema(db, location);
  } catch (e) {
    return err(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ok(metadataOver(db, location, options));
}

/** Read-only: no schema made or migrated; a file from a newer depindex is refused, as the index is. */
function openReadOnlyMetadata(path: string, location: string, options: SqliteMetadataOptions): Result<MetadataStore> {
  let db: DatabaseSync;
  try {
    const opened = openReadOnly(path, options.busyTimeoutMs ?? 15_000);
    if (!opened.ok) return err(`cannot open package metadata in ${location}: ${opened.error}`);
    db = opened.value;
    const found = readMetadataSchemaVersion(db);
    if (found === null || found > METADATA_SCHEMA_VERSION) {
      db.close();
      return err(found === null
        ? `${location} holds no package metadata: \`depindex sync\` writes it`
        : `${location} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
    }
  } catch (e) {
    return err(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ok(metadataOver(db, location, options));
}

function metadataOver(db: DatabaseSync, location: string, options: SqliteMetadataOptions): MetadataStore {
  const statements = new Map<string, StatementSync>();
  const sql = (text: string): StatementSync => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = db.prepare(text)));
    return s;
  };

  /** The names each type got rows for in the ingest under way (sqlite-name-filters.ts). */
  const written = new Map<string, Set<string>>();

  function writeAdvisory(record: AdvisoryRecord, revision: number): void {
    const { advisory } = record;
    const keys = record.packages.map((pkg) => [pkg.type, recordPackageKey(pkg.type, pkg.name).key] as const);
    // Most lines of an export are new advisories: one lookup spares them the deletes.
    if (sql('SELECT 1 FROM md_advisories WHERE id = ?').get(advisory.id)) {
      rememberDropped(sql, advisory.id, keys, revision);
      sql('DELETE FROM md_affected_data WHERE id IN (SELECT rowid FROM md_affected WHERE advisory_id = ?)').run(advisory.id);
      sql('DELETE FROM md_affected WHERE advisory_id = ?').run(advisory.id);
      sql('DELETE FROM md_aliases WHERE advisory_id = ?').run(advisory.id);
    }
    sql('INSERT OR REPLACE INTO md_advisories (id, source, withdrawn, revision, data) VALUES (?, ?, ?, ?, ?)').run(
      advisory.id, advisory.source, advisory.withdrawn ? 1 : 0, revision, JSON.stringify(advisory),
    );
    const affected = sql('INSERT INTO md_affected (advisory_id, type, name_key, withdrawn, distro, range_kind, range) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const data = sql('INSERT INTO md_affected_data (id, data) VALUES (?, ?)');
    for (const [i, pkg] of record.packages.entries()) {
      const versions = versionsText(pkg);
      const key = (keys[i] as readonly [string, string])[1];
      const row = affected.run(advisory.id, pkg.type, key, advisory.withdrawn ? 1 : 0, pkg.distro, versions.kind, versions.text);
      data.run(row.lastInsertRowid, JSON.stringify(pkg));
      if (!advisory.withdrawn) {
        const names = written.get(pkg.type);
        if (names) names.add(key);
        else written.set(pkg.type, new Set([key]));
      }
    }
    const alias = sql('INSERT OR IGNORE INTO md_aliases (alias, advisory_id) VALUES (?, ?)');
    for (const id of new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)])) alias.run(id.toUpperCase(), advisory.id);
  }

  function writeLicense(record: LicenseRecord): void {
    const key = recordPackageKey(record.type, record.name).key;
    const found = sql('SELECT data FROM md_licenses WHERE type = ? AND name_key = ?').get(record.type, key) as { data: string } | undefined;
    const merged = found ? mergeLicenseRecords(JSON.parse(found.data) as LicenseRecord, record) : record;
    sql('INSERT OR REPLACE INTO md_licenses (type, name_key, data) VALUES (?, ?, ?)').run(record.type, key, JSON.stringify(merged));
  }

  function writeEnrichment(e: CveEnrichment, revision: number): void {
    // The advisories of the CVE change priority: a rescan evaluates them again.
    sql('UPDATE md_advisories SET revision = ? WHERE id IN (SELECT advisory_id FROM md_aliases WHERE alias = ?)').run(revision, e.cveId);
    sql('INSERT OR REPLACE INTO md_cve_enrichment (cve_id, epss, known_exploited) VALUES (?, ?, ?)').run(
      e.cveId, e.epss, e.knownExploited === null ? null : e.knownExploited ? 1 : 0,
    );
  }

  const readRevision = (): number => Number((sql("SELECT value FROM md_state WHERE key = 'revision'").get() as { value: number }).value);

  // One reader of the names' filters, kept while the revision stays: a rescan matching set after set reads each once.
  const nameFilters = nameFilterReader(sql);
  const affectedEach = candidateReader(db, sql, nameFilters);
  /** Whether this connection wrote metadata: then closing it refreshes the planner's statistics. */
  let ingested = false;

  const store: MetadataStore = {
    location,
    async checkpoints() {
      try {
        const rows = sql('SELECT data_type, registry, version_format, sequence, chunk FROM md_checkpoints ORDER BY data_type, registry, version_format').all();
        return ok(rows.map((r) => ({ dataType: String(r.data_type), registry: String(r.registry), versionFormat: String(r.version_format), sequence: Number(r.sequence), chunk: Number(r.chunk) })));
      } catch (e) {
        return failure('reading checkpoints', location, e);
      }
    },
    async ingest(batch: IngestBatch) {
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        return failure('starting a metadata write', location, e);
      }
      try {
        written.clear();
        const revision = readRevision() + 1;
        sql("UPDATE md_state SET value = ? WHERE key = 'revision'").run(revision);
        for (const record of batch.advisories) writeAdvisory(record, revision);
        addToNameFilters(sql, written);
        written.clear();
        for (const record of batch.licenses) writeLicense(record);
        for (const record of batch.enrichment) writeEnrichment(record, revision);
        const c: Checkpoint | null = batch.checkpoint;
        if (c) {
          sql('INSERT OR REPLACE INTO md_checkpoints (data_type, registry, version_format, sequence, chunk) VALUES (?, ?, ?, ?, ?)').run(
            c.dataType, c.registry, c.versionFormat, c.sequence, c.chunk,
          );
        }
        options.beforeCommit?.();
        db.exec('COMMIT');
        ingested = true;
        return ok(undefined);
      } catch (e) {
        db.exec('ROLLBACK');
        return failure('writing package metadata', location, e);
      }
    },
    async status() {
      const checkpoints = await store.checkpoints();
      if (!checkpoints.ok) return checkpoints;
      try {
        const count = (table: string): number => Number((sql(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
        return ok({
          checkpoints: checkpoints.value,
          counts: { advisories: count('md_advisories'), affectedPackages: count('md_affected'), licenses: count('md_licenses'), cveEnrichment: count('md_cve_enrichment') },
        });
      } catch (e) {
        return failure('counting package metadata', location, e);
      }
    },
    async affectedFor(keys) {
      const out = new Map<string, StoredAffected[]>();
      affectedEach(keys, (place, ref, distro, kind, text) => {
        const { type } = keys[place] as PackageKey;
        const row: StoredAffected = { ref, type, distro, versions: { kind, text } };
        const key = packageKeyText(keys[place] as PackageKey);
        const known = out.get(key);
        if (known) known.push(row);
        else out.set(key, [row]);
      });
      return out;
    },
    async candidateFilter() {
      // The Bloom filters the store keeps per type (sqlite-name-filters.ts), each read once. A type without one (a
      // file synced before filters) lets every name through; affectedEach then asks for them as before.
      const byType = new Map<string, NameFilter | null>();
      return (type, key) => {
        let filter = byType.get(type);
        if (filter === undefined) byType.set(type, (filter = nameFilters(type)));
        return filter === null || filter.mayHave(key);
      };
    },
    async affectedEach(keys, visit) {
      affectedEach(keys, visit);
    },
    async details(refs) {
      const out = new Map<number, AffectedDetails>();
      const advisories = new Map<string, Advisory>();
      const query = sql(
        `SELECT a.rowid, p.data, d.id, d.data FROM json_each(?) j CROSS JOIN md_affected a ON a.rowid = j.value
         JOIN md_affected_data p ON p.id = a.rowid JOIN md_advisories d ON d.id = a.advisory_id`,
      );
      query.setReturnArrays(true);
      for (const [ref, pkg, id, advisory] of query.all(JSON.stringify(refs)) as unknown as [number, string, string, string][]) {
        let parsed = advisories.get(id);
        if (!parsed) advisories.set(id, (parsed = JSON.parse(advisory) as Advisory));
        out.set(ref, { advisory: parsed, pkg: JSON.parse(pkg) as AffectedPackage });
      }
      return out;
    },
    async licensedTypes(types) {
      const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
      return new Set(types.filter((type) => any.get(type) !== undefined));
    },
    async licensesFor(keys) {
      const out = new Map<string, LicenseRecord>();
      const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
      const query = sql('SELECT l.name_key, l.data FROM json_each(?) j CROSS JOIN md_licenses l ON l.type = ? AND l.name_key = j.value');
      for (const [type, names] of namesByType(keys)) {
        if (any.get(type) === undefined) continue;
        for (const r of query.all(JSON.stringify(names), type)) out.set(packageKeyText({ type, key: String(r.name_key) }), JSON.parse(String(r.data)) as LicenseRecord);
      }
      return out;
    },
    async enrichmentFor(cveIds) {
      const out = new Map<string, CveEnrichment>();
      const ids = [...new Set(cveIds.map((c) => c.toUpperCase()))];
      const rows = sql('SELECT e.cve_id, e.epss, e.known_exploited FROM json_each(?) j CROSS JOIN md_cve_enrichment e ON e.cve_id = j.value').all(JSON.stringify(ids));
      for (const r of rows) {
        const id = String(r.cve_id);
        out.set(id, { cveId: id, epss: r.epss === null ? null : Number(r.epss), knownExploited: r.known_exploited === null ? null : r.known_exploited === 1 });
      }
      return out;
    },
    async advisoriesById(idOrAlias) {
      try {
        const ids = sql('SELECT DISTINCT advisory_id FROM md_aliases WHERE alias = ? ORDER BY advisory_id').all(idOrAlias.trim().toUpperCase());
        const records: AdvisoryRecord[] = [];
        for (const { advisory_id: id } of ids) {
          const row = sql('SELECT data FROM md_advisories WHERE id = ?').get(String(id)) as { data: string } | undefined;
          if (!row) continue;
          const packages = sql('SELECT p.data FROM md_affected a JOIN md_affected_data p ON p.id = a.rowid WHERE a.advisory_id = ? ORDER BY a.rowid')
            .all(String(id))
            .map((p) => JSON.parse(String(p.data)) as AffectedPackage);
          records.push({ advisory: JSON.parse(row.data) as Advisory, packages });
        }
        return ok(records);
      } catch (e) {
        return failure('looking up an advisory', location, e);
      }
    },
    async revision() {
      try {
        return ok(readRevision());
      } catch (e) {
        return failure('reading the metadata revision', location, e);
      }
    },
    async changedSince(revision) {
      try {
        const rows = sql(CHANGED_SINCE_SQL).all(revision);
        return ok(rows.map((r) => ({ type: String(r.type), key: String(r.name_key) })));
      } catch (e) {
        return failure('reading changed advisories', location, e);
      }
    },
    async close() {
      if (!db.isOpen) return;
      try {
        // The planner's statistics for what this sync wrote, as the index keeps its own (store/sqlite/store.ts). Left
        // to the next close of the index, the first scan after each sync paid for them: 166 ms over 500,000 rows.
        if (ingested) {
          db.exec('PRAGMA busy_timeout = 50');
          db.exec('PRAGMA optimize');
        }
      } catch {
        // Statistics are an optimisation; the next close refreshes them.
      } finally {
        db.close();
      }
    },
  };
  return store;
}
