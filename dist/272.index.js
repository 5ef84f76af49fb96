export const id = 272;
export const ids = [272];
export const modules = {

/***/ 41769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Te: () => (/* binding */ texts),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function text(object, ...keys) {
    for (const key of keys) {
        const value = object[key];
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return null;
}
function texts(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '') : [];
}
function number(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return null;
}
function boolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return null;
}


/***/ }),

/***/ 43078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ parsePmdbLicense),
/* harmony export */   GS: () => (/* binding */ parseV1LicenseRow),
/* harmony export */   UV: () => (/* binding */ mergeLicenseRecords)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _json_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41769);


/** One PMDB v2 licence line (compressed per package, DESIGN.md 8.1) of the file's purl type. */
function parsePmdbLicense(value, type) {
    if (!(0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('not a JSON object');
    const name = (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'name');
    if (!name)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('no "name"');
    const other = [];
    if (Array.isArray(value['other_licenses'])) {
        for (const [i, entry] of value['other_licenses'].entries()) {
            if (!(0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry))
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${name}: other_licenses[${i}] is not an object`);
            other.push({ licenses: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(entry['licenses']), versions: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(entry['versions']) });
        }
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({
        type,
        name,
        lowestVersion: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'lowest_version'),
        highestVersion: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'highest_version'),
        defaultLicenses: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(value['default_licenses']),
        otherLicenses: other,
    });
}
/** Splits one CSV line (RFC 4180 quoting) into fields; null when a quote is left open. */
function csvFields(line) {
    const fields = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const quote = line.indexOf('"', i);
                if (quote < 0)
                    return null;
                value += line.slice(i, quote);
                if (line[quote + 1] === '"') {
                    value += '"';
                    i = quote + 2;
                    continue;
                }
                i = quote + 1;
                break;
            }
            fields.push(value);
            if (i < line.length && line[i] !== ',')
                return null;
            i++;
        }
        else {
            const comma = line.indexOf(',', i);
            const end = comma < 0 ? line.length : comma;
            fields.push(line.slice(i, end));
            i = end + 1;
        }
    }
    return fields;
}
/**
 * A v1 licence CSV row `name,version,license`: one version of one package, stored as a licence record that
 * covers exactly that version (so v1 and v2 data answer through the same evaluation).
 */
function parseV1LicenseRow(line, type) {
    const fields = csvFields(line);
    if (!fields || fields.length !== 3)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('not a "name,version,license" row');
    const [name, version, license] = fields;
    if (!name || !version)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('empty name or version');
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ type, name, lowestVersion: null, highestVersion: null, defaultLicenses: [], otherLicenses: [{ licenses: license ? [license] : [], versions: [version] }] });
}
/**
 * Two records of one package: a v2 record (it has a default or a version span) replaces the earlier one whole;
 * v1 rows arrive one version at a time and are merged in, a later row for a version replacing the earlier.
 */
function mergeLicenseRecords(earlier, later) {
    const hasDefault = later.defaultLicenses.length > 0 || later.lowestVersion !== null || later.highestVersion !== null;
    if (hasDefault)
        return later;
    const replaced = new Set(later.otherLicenses.flatMap((o) => o.versions));
    const kept = earlier.otherLicenses
        .map((o) => ({ licenses: o.licenses, versions: o.versions.filter((v) => !replaced.has(v)) }))
        .filter((o) => o.versions.length > 0);
    return { ...earlier, otherLicenses: [...kept, ...later.otherLicenses] };
}


/***/ }),

/***/ 90710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kW: () => (/* binding */ candidatesOf),
/* harmony export */   qQ: () => (/* binding */ placesByType),
/* harmony export */   uh: () => (/* binding */ namesByType)
/* harmony export */ });
/** Keys grouped by type: each type's names go to SQLite as one JSON array, read back with json_each. */
function namesByType(keys) {
    const out = new Map();
    for (const k of keys) {
        const list = out.get(k.type);
        if (list)
            list.push(k.key);
        else
            out.set(k.type, [k.key]);
    }
    return out;
}
/** Keys grouped by type, with the place of each in `keys`. */
function placesByType(keys) {
    const out = new Map();
    keys.forEach((k, place) => {
        let group = out.get(k.type);
        if (!group)
            out.set(k.type, (group = { names: [], places: [] }));
        group.names.push(k.key);
        group.places.push(place);
    });
    return out;
}
/** The names of a group the filter lets through, with their places. */
function candidatesOf(group, filter) {
    const names = [];
    const places = [];
    group.names.forEach((name, i) => {
        if (filter.mayHave(name)) {
            names.push(name);
            places.push(group.places[i]);
        }
    });
    return { names, places };
}


/***/ }),

/***/ 53018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ readMetadataSchemaVersion),
/* harmony export */   Vu: () => (/* binding */ METADATA_SCHEMA_VERSION),
/* harmony export */   W1: () => (/* binding */ prepareMetadataSchema)
/* harmony export */ });
/**
 * The metadata tables, in the index's SQLite file but with their own schema version (md_schema), so the
 * index's migrations and these never depend on each other. Append migrations, never edit them.
 */
const MIGRATIONS = [
    `
  CREATE TABLE md_advisories (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX md_advisories_by_revision ON md_advisories (revision);
  CREATE TABLE md_affected (
    advisory_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    distro TEXT,
    range_kind TEXT NOT NULL,
    range TEXT NOT NULL
  ) STRICT;
  -- The whole package, apart: matching reads the small rows above for every candidate, this only for matches.
  CREATE TABLE md_affected_data (id INTEGER PRIMARY KEY, data TEXT NOT NULL) STRICT;
  CREATE INDEX md_affected_by_name ON md_affected (type, name_key);
  CREATE INDEX md_affected_by_advisory ON md_affected (advisory_id);
  CREATE TABLE md_aliases (
    alias TEXT NOT NULL,
    advisory_id TEXT NOT NULL,
    PRIMARY KEY (alias, advisory_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX md_aliases_by_advisory ON md_aliases (advisory_id);
  CREATE TABLE md_licenses (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (type, name_key)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_cve_enrichment (
    cve_id TEXT PRIMARY KEY,
    epss REAL,
    known_exploited INTEGER
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_checkpoints (
    data_type TEXT NOT NULL,
    registry TEXT NOT NULL,
    version_format TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    PRIMARY KEY (data_type, registry, version_format)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT, WITHOUT ROWID;
  INSERT INTO md_state (key, value) VALUES ('revision', 0);
  `,
    // Rescan: the metadata revision each set was last evaluated at, and the vulnerability findings it gave.
    `
  CREATE TABLE md_rescan_sets (
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    revision INTEGER NOT NULL,
    scanned_at TEXT NOT NULL,
    findings TEXT NOT NULL,
    PRIMARY KEY (project, ref, file)
  ) STRICT, WITHOUT ROWID;
  `,
    // Matching reads every column it needs from this index (covering), so a scan's 50,000 names cost 50,000 index
    // seeks and no lookup of each row in the table: a third less time on the bench. Built over the rows already synced.
    `
  CREATE INDEX md_affected_match ON md_affected (type, name_key, withdrawn, advisory_id, distro, range_kind, range);
  DROP INDEX md_affected_by_name;
  `,
    // Per type, a Bloom filter of the names with affected rows (name-filter.ts), written by each ingest in its own
    // transaction: a scan seeks only the names it lets through. A file synced before has none: its types are matched
    // name by name, as before, until the next ingest of the type builds its filter from all its rows.
    `
  CREATE TABLE IF NOT EXISTS md_name_filter (
    type TEXT PRIMARY KEY,
    capacity INTEGER NOT NULL,
    added INTEGER NOT NULL,
    bits BLOB NOT NULL
  ) STRICT;
  `,
    // Packages a rewritten advisory no longer lists, with the revision that dropped them (sqlite-removed.ts), so a
    // rescan evaluates again the sets holding them. A new empty table: cheap on a file of any size; what earlier
    // syncs dropped is not known (those sets are evaluated again when they are next scanned, as before).
    `
  CREATE TABLE IF NOT EXISTS md_removed (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    PRIMARY KEY (type, name_key)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS md_removed_by_revision ON md_removed (revision);
  `,
];
const METADATA_SCHEMA_VERSION = MIGRATIONS.length;
/** The metadata schema version a file holds, or null when `depindex sync` never wrote there (no md_schema). */
function readMetadataSchemaVersion(db) {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'md_schema'").get() === undefined)
        return null;
    return Number(db.prepare('SELECT max(version) AS v FROM md_schema').get().v ?? 0);
}
/** Creates or migrates the metadata tables in one transaction; an error names a file from a newer depindex. */
function prepareMetadataSchema(db, place) {
    db.exec('CREATE TABLE IF NOT EXISTS md_schema (version INTEGER NOT NULL) STRICT');
    const read = () => Number(db.prepare('SELECT max(version) AS v FROM md_schema').get().v ?? 0);
    if (read() === METADATA_SCHEMA_VERSION)
        return;
    db.exec('BEGIN IMMEDIATE');
    try {
        const found = read();
        if (found > METADATA_SCHEMA_VERSION)
            throw new Error(`${place} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
        for (let v = found; v < METADATA_SCHEMA_VERSION; v++)
            db.exec(MIGRATIONS[v]);
        db.exec('DELETE FROM md_schema');
        db.prepare('INSERT INTO md_schema (version) VALUES (?)').run(METADATA_SCHEMA_VERSION);
        db.exec('COMMIT');
    }
    catch (e) {
        db.exec('ROLLBACK');
        throw e;
    }
}


/***/ }),

/***/ 82272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ openSqliteMetadata)
});

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/store/sqlite/read-only.js
var read_only = __webpack_require__(29550);
// EXTERNAL MODULE: ./build/store/sqlite/store.js + 9 modules
var store = __webpack_require__(20529);
// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/metadata/records/pmdb-license.js
var pmdb_license = __webpack_require__(43078);
// EXTERNAL MODULE: ./build/metadata/store/key-groups.js
var key_groups = __webpack_require__(90710);
;// CONCATENATED MODULE: ./build/metadata/store/sqlite-candidates.js

/** Names sent in one candidate query. */
const NAMES_PER_QUERY = 2_000;
/**
 * MetadataLookup.affectedEach over the SQLite metadata: the candidate rows of each key handed to `visit` by the key's
 * place. `sql` is the store's cache of prepared statements, `nameFilter` its reader of the names' filters
 * (sqlite-name-filters.ts nameFilterReader).
 */
function candidateReader(db, sql, nameFilter) {
    function eachAffectedRow(keys, visit) {
        // A type without advisories (not synced, or --registry left it out) costs one seek, not one per name.
        const any = sql('SELECT 1 FROM md_affected INDEXED BY md_affected_match WHERE type = ? LIMIT 1');
        // CROSS JOIN keeps the scan's names as the outer loop: without statistics SQLite might scan every row.
        // Every column comes from md_affected_match (covering): one index seek per name, no row lookups. The name comes
        // back as its place in the array sent, the kind as 0/1: no new string per row for what JavaScript knows
        // already; the advisory id is left to `details`, which reads it for the few rows that match.
        const query = sql(`SELECT j.key, a.rowid, a.distro, a.range_kind = 'osv', a.range
       FROM json_each(?) j CROSS JOIN md_affected a INDEXED BY md_affected_match ON a.type = ? AND a.name_key = j.value AND a.withdrawn = 0`);
        query.setReturnArrays(true);
        for (const [type, group] of (0,key_groups/* placesByType */.qQ)(keys)) {
            const filter = nameFilter(type);
            // Names the filter rules out have no rows: only the others are sought. Without a filter (a file synced before
            // filters, this type not ingested since), every name is.
            const { names, places } = filter ? (0,key_groups/* candidatesOf */.kW)(group, filter) : group;
            if (names.length === 0 || (!filter && any.get(type) === undefined))
                continue;
            // A few thousand names a query: each query's rows are tested and let go before the next is read, so the
            // candidates of a large scan (mostly not affected) never all live at once, and die young.
            for (let from = 0; from < names.length; from += NAMES_PER_QUERY) {
                const rows = query.all(JSON.stringify(names.slice(from, from + NAMES_PER_QUERY)), type);
                for (const [at, ref, distro, osv, range] of rows) {
                    visit(places[from + at], ref, distro, osv === 1 ? 'osv' : 'pmdb', range);
                }
            }
        }
    }
    return (keys, visit) => {
        // One snapshot: the filters and the rows they describe are read at the same revision.
        const own = !db.isTransaction;
        if (own)
            db.exec('BEGIN');
        try {
            eachAffectedRow(keys, visit);
        }
        finally {
            if (own)
                db.exec('COMMIT');
        }
    };
}

;// CONCATENATED MODULE: ./build/metadata/store/name-filter.js
/**
 * A Bloom filter of the name keys one purl type has affected rows for. A scan tests each of its names here, in
 * JavaScript, before any SQL: in a large lock file most packages never had an advisory, and those then cost a few
 * hash probes instead of an index seek. A false positive costs only the seek it saves otherwise; a name whose
 * advisory was removed may keep its bits until the next rebuild, which is harmless for the same reason. A name
 * with rows is never missed (no false negatives), so the findings do not depend on the filter.
 *
 * The bytes are stored (md_name_filter), so the hashing below is part of the file format: changing it needs a
 * metadata migration that drops the stored filters.
 */
/** Bits per name the filter is sized for, and probes per name: about 1% false positives when full. */
const BITS_PER_NAME = 10;
const PROBES = 7;
const MIN_CAPACITY = 1024;
/** Two 32-bit hashes of a key's UTF-16 code units (FNV-1a and a murmur3-style mix), for double hashing. */
function hashes(key) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ key.length;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b ^= b >>> 16;
    // An odd step visits distinct bits for every probe.
    return [a >>> 0, (b | 1) >>> 0];
}
class NameFilter {
    bits;
    capacity;
    added;
    constructor(bits, 
    /** How many names the filter is sized for. */
    capacity, 
    /** How many names were added since it was built (a name added twice counts twice): past capacity it is rebuilt. */
    added) {
        this.bits = bits;
        this.capacity = capacity;
        this.added = added;
    }
    /** An empty filter sized for `names` names with room to grow (twice as many). */
    static sizedFor(names) {
        const capacity = Math.max(MIN_CAPACITY, names * 2);
        return new NameFilter(new Uint8Array(Math.ceil((capacity * BITS_PER_NAME) / 8)), capacity, 0);
    }
    /** A stored filter; null when the bytes do not fit the capacity (then it is rebuilt or not used). */
    static stored(bits, capacity, added) {
        if (!Number.isSafeInteger(capacity) || capacity < 1 || bits.length !== Math.ceil((capacity * BITS_PER_NAME) / 8))
            return null;
        return new NameFilter(bits, capacity, added);
    }
    /** Whether `more` further names still fit without raising the false-positive rate past its design. */
    fits(more) {
        return this.added + more <= this.capacity;
    }
    add(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            this.bits[bit >>> 3] = this.bits[bit >>> 3] | (1 << (bit & 7));
        }
        this.added++;
    }
    /** False: the type has no affected row for this name. True: it may have (about 1% of absent names say so). */
    mayHave(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0)
                return false;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-name-filters.js

function readFilter(sql, type) {
    const row = sql('SELECT capacity, added, bits FROM md_name_filter WHERE type = ?').get(type);
    return row ? NameFilter.stored(row.bits, Number(row.capacity), Number(row.added)) : null;
}
/** A filter of every name the type has rows for now: withdrawn rows match nothing, so they are left out. */
function rebuilt(sql, type) {
    const query = sql('SELECT DISTINCT name_key FROM md_affected INDEXED BY md_affected_match WHERE type = ? AND withdrawn = 0');
    query.setReturnArrays(true);
    const names = query.all(type);
    const filter = NameFilter.sizedFor(names.length);
    for (const [name] of names)
        filter.add(name);
    return filter;
}
/**
 * Called inside an ingest's transaction, after its rows: the names it wrote go into their type's filter, saved with
 * the rows. A type without a filter (first ingest, or a file from before filters) or whose filter would be fuller than
 * it was sized for is rebuilt from all its rows, which also drops the bits of names no longer affected.
 */
function addToNameFilters(sql, written) {
    for (const [type, names] of written) {
        let filter = readFilter(sql, type);
        if (filter?.fits(names.size))
            for (const name of names)
                filter.add(name);
        else
            filter = rebuilt(sql, type);
        sql('INSERT OR REPLACE INTO md_name_filter (type, capacity, added, bits) VALUES (?, ?, ?, ?)').run(type, filter.capacity, filter.added, filter.bits);
    }
}
/**
 * The filters as a scan reads them, kept while the metadata revision (raised by every ingest, in its transaction)
 * stays the same: a rescan asking set after set reads each once. Call inside a read transaction.
 */
function nameFilterReader(sql) {
    const cache = new Map();
    let revision = -1;
    return (type) => {
        const now = Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
        if (now !== revision) {
            cache.clear();
            revision = now;
        }
        if (!cache.has(type))
            cache.set(type, readFilter(sql, type));
        return cache.get(type) ?? null;
    };
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-removed.js
/**
 * Before an advisory's rows are replaced, in the ingest's transaction: its stored packages that the new record's
 * [type, name_key] `keys` no longer hold are remembered at `revision`. Compared here, not in SQL (a NOT EXISTS over
 * json_each per advisory doubled the time of a sync that rewrites every advisory, as OSV sources are written again
 * on every run; a DELETE ... RETURNING was slower than this read): one indexed read per rewritten advisory, and an
 * insert only for the rare dropped package.
 */
function rememberDropped(sql, advisoryId, keys, revision) {
    const read = sql('SELECT type, name_key FROM md_affected WHERE advisory_id = ?');
    read.setReturnArrays(true);
    const old = read.all(advisoryId);
    if (old.length === 0)
        return;
    const listed = new Set(keys.map(([type, key]) => `${type}\u0000${key}`));
    const insert = sql('INSERT INTO md_removed (type, name_key, revision) VALUES (?, ?, ?) ON CONFLICT (type, name_key) DO UPDATE SET revision = excluded.revision');
    for (const [type, key] of old)
        if (!listed.has(`${type}\u0000${key}`))
            insert.run(type, key, revision);
}
/** Packages of advisories written after `revision`, and those an advisory dropped after it: each once. */
const CHANGED_SINCE_SQL = `
  SELECT a.type, a.name_key FROM md_advisories d JOIN md_affected a ON a.advisory_id = d.id WHERE d.revision > ?1
  UNION
  SELECT type, name_key FROM md_removed WHERE revision > ?1`;

// EXTERNAL MODULE: ./build/metadata/store/sqlite-schema.js
var sqlite_schema = __webpack_require__(53018);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
;// CONCATENATED MODULE: ./build/metadata/store/sqlite-store.js












function failure(what, location, e) {
    return (0,result/* err */._)(`${what} in ${location} failed: ${e instanceof Error ? e.message : String(e)}`);
}
/**
 * The metadata tables in the index's SQLite file. The index itself is opened (and created) first through its
 * own store, so a file that starts with `depindex sync` is a valid index for `depindex scan` too.
 */
function openSqliteMetadata(path, options = {}) {
    const location = `sqlite:${path}`;
    if (options.readOnly === true && path !== ':memory:')
        return openReadOnlyMetadata(path, location, options);
    if (path !== ':memory:') {
        const index = (0,store/* openSqliteStore */.Y)(path, { busyTimeoutMs: options.busyTimeoutMs });
        if (!index.ok)
            return index;
        void index.value.close();
    }
    let db;
    try {
        db = new external_node_sqlite_.DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        // The names a scan asks for go into a temporary table: kept in memory, not in a temporary file.
        db.exec('PRAGMA temp_store = MEMORY');
        (0,sqlite_schema/* prepareMetadataSchema */.W1)(db, location);
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return (0,result.ok)(metadataOver(db, location, options));
}
/** Read-only: no schema made or migrated; a file from a newer depindex is refused, as the index is. */
function openReadOnlyMetadata(path, location, options) {
    let db;
    try {
        const opened = (0,read_only/* openReadOnly */.X)(path, options.busyTimeoutMs ?? 15_000);
        if (!opened.ok)
            return (0,result/* err */._)(`cannot open package metadata in ${location}: ${opened.error}`);
        db = opened.value;
        const found = (0,sqlite_schema/* readMetadataSchemaVersion */.RE)(db);
        if (found === null || found > sqlite_schema/* METADATA_SCHEMA_VERSION */.Vu) {
            db.close();
            return (0,result/* err */._)(found === null
                ? `${location} holds no package metadata: \`depindex sync\` writes it`
                : `${location} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
        }
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return (0,result.ok)(metadataOver(db, location, options));
}
function metadataOver(db, location, options) {
    const statements = new Map();
    const sql = (text) => {
        let s = statements.get(text);
        if (!s)
            statements.set(text, (s = db.prepare(text)));
        return s;
    };
    /** The names each type got rows for in the ingest under way (sqlite-name-filters.ts). */
    const written = new Map();
    function writeAdvisory(record, revision) {
        const { advisory } = record;
        const keys = record.packages.map((pkg) => [pkg.type, (0,package_key/* recordPackageKey */.HS)(pkg.type, pkg.name).key]);
        // Most lines of an export are new advisories: one lookup spares them the deletes.
        if (sql('SELECT 1 FROM md_advisories WHERE id = ?').get(advisory.id)) {
            rememberDropped(sql, advisory.id, keys, revision);
            sql('DELETE FROM md_affected_data WHERE id IN (SELECT rowid FROM md_affected WHERE advisory_id = ?)').run(advisory.id);
            sql('DELETE FROM md_affected WHERE advisory_id = ?').run(advisory.id);
            sql('DELETE FROM md_aliases WHERE advisory_id = ?').run(advisory.id);
        }
        sql('INSERT OR REPLACE INTO md_advisories (id, source, withdrawn, revision, data) VALUES (?, ?, ?, ?, ?)').run(advisory.id, advisory.source, advisory.withdrawn ? 1 : 0, revision, JSON.stringify(advisory));
        const affected = sql('INSERT INTO md_affected (advisory_id, type, name_key, withdrawn, distro, range_kind, range) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const data = sql('INSERT INTO md_affected_data (id, data) VALUES (?, ?)');
        for (const [i, pkg] of record.packages.entries()) {
            const versions = (0,types/* versionsText */.p)(pkg);
            const key = keys[i][1];
            const row = affected.run(advisory.id, pkg.type, key, advisory.withdrawn ? 1 : 0, pkg.distro, versions.kind, versions.text);
            data.run(row.lastInsertRowid, JSON.stringify(pkg));
            if (!advisory.withdrawn) {
                const names = written.get(pkg.type);
                if (names)
                    names.add(key);
                else
                    written.set(pkg.type, new Set([key]));
            }
        }
        const alias = sql('INSERT OR IGNORE INTO md_aliases (alias, advisory_id) VALUES (?, ?)');
        for (const id of new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)]))
            alias.run(id.toUpperCase(), advisory.id);
    }
    function writeLicense(record) {
        const key = (0,package_key/* recordPackageKey */.HS)(record.type, record.name).key;
        const found = sql('SELECT data FROM md_licenses WHERE type = ? AND name_key = ?').get(record.type, key);
        const merged = found ? (0,pmdb_license/* mergeLicenseRecords */.UV)(JSON.parse(found.data), record) : record;
        sql('INSERT OR REPLACE INTO md_licenses (type, name_key, data) VALUES (?, ?, ?)').run(record.type, key, JSON.stringify(merged));
    }
    function writeEnrichment(e, revision) {
        // The advisories of the CVE change priority: a rescan evaluates them again.
        sql('UPDATE md_advisories SET revision = ? WHERE id IN (SELECT advisory_id FROM md_aliases WHERE alias = ?)').run(revision, e.cveId);
        sql('INSERT OR REPLACE INTO md_cve_enrichment (cve_id, epss, known_exploited) VALUES (?, ?, ?)').run(e.cveId, e.epss, e.knownExploited === null ? null : e.knownExploited ? 1 : 0);
    }
    const readRevision = () => Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
    // One reader of the names' filters, kept while the revision stays: a rescan matching set after set reads each once.
    const nameFilters = nameFilterReader(sql);
    const affectedEach = candidateReader(db, sql, nameFilters);
    /** Whether this connection wrote metadata: then closing it refreshes the planner's statistics. */
    let ingested = false;
    const store = {
        location,
        async checkpoints() {
            try {
                const rows = sql('SELECT data_type, registry, version_format, sequence, chunk FROM md_checkpoints ORDER BY data_type, registry, version_format').all();
                return (0,result.ok)(rows.map((r) => ({ dataType: String(r.data_type), registry: String(r.registry), versionFormat: String(r.version_format), sequence: Number(r.sequence), chunk: Number(r.chunk) })));
            }
            catch (e) {
                return failure('reading checkpoints', location, e);
            }
        },
        async ingest(batch) {
            try {
                db.exec('BEGIN IMMEDIATE');
            }
            catch (e) {
                return failure('starting a metadata write', location, e);
            }
            try {
                written.clear();
                const revision = readRevision() + 1;
                sql("UPDATE md_state SET value = ? WHERE key = 'revision'").run(revision);
                for (const record of batch.advisories)
                    writeAdvisory(record, revision);
                addToNameFilters(sql, written);
                written.clear();
                for (const record of batch.licenses)
                    writeLicense(record);
                for (const record of batch.enrichment)
                    writeEnrichment(record, revision);
                const c = batch.checkpoint;
                if (c) {
                    sql('INSERT OR REPLACE INTO md_checkpoints (data_type, registry, version_format, sequence, chunk) VALUES (?, ?, ?, ?, ?)').run(c.dataType, c.registry, c.versionFormat, c.sequence, c.chunk);
                }
                options.beforeCommit?.();
                db.exec('COMMIT');
                ingested = true;
                return (0,result.ok)(undefined);
            }
            catch (e) {
                db.exec('ROLLBACK');
                return failure('writing package metadata', location, e);
            }
        },
        async status() {
            const checkpoints = await store.checkpoints();
            if (!checkpoints.ok)
                return checkpoints;
            try {
                const count = (table) => Number(sql(`SELECT count(*) AS n FROM ${table}`).get().n);
                return (0,result.ok)({
                    checkpoints: checkpoints.value,
                    counts: { advisories: count('md_advisories'), affectedPackages: count('md_affected'), licenses: count('md_licenses'), cveEnrichment: count('md_cve_enrichment') },
                });
            }
            catch (e) {
                return failure('counting package metadata', location, e);
            }
        },
        async affectedFor(keys) {
            const out = new Map();
            affectedEach(keys, (place, ref, distro, kind, text) => {
                const { type } = keys[place];
                const row = { ref, type, distro, versions: { kind, text } };
                const key = (0,types/* packageKeyText */.N)(keys[place]);
                const known = out.get(key);
                if (known)
                    known.push(row);
                else
                    out.set(key, [row]);
            });
            return out;
        },
        async candidateFilter() {
            // The Bloom filters the store keeps per type (sqlite-name-filters.ts), each read once. A type without one (a
            // file synced before filters) lets every name through; affectedEach then asks for them as before.
            const byType = new Map();
            return (type, key) => {
                let filter = byType.get(type);
                if (filter === undefined)
                    byType.set(type, (filter = nameFilters(type)));
                return filter === null || filter.mayHave(key);
            };
        },
        async affectedEach(keys, visit) {
            affectedEach(keys, visit);
        },
        async details(refs) {
            const out = new Map();
            const advisories = new Map();
            const query = sql(`SELECT a.rowid, p.data, d.id, d.data FROM json_each(?) j CROSS JOIN md_affected a ON a.rowid = j.value
         JOIN md_affected_data p ON p.id = a.rowid JOIN md_advisories d ON d.id = a.advisory_id`);
            query.setReturnArrays(true);
            for (const [ref, pkg, id, advisory] of query.all(JSON.stringify(refs))) {
                let parsed = advisories.get(id);
                if (!parsed)
                    advisories.set(id, (parsed = JSON.parse(advisory)));
                out.set(ref, { advisory: parsed, pkg: JSON.parse(pkg) });
            }
            return out;
        },
        async licensedTypes(types) {
            const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
            return new Set(types.filter((type) => any.get(type) !== undefined));
        },
        async licensesFor(keys) {
            const out = new Map();
            const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
            const query = sql('SELECT l.name_key, l.data FROM json_each(?) j CROSS JOIN md_licenses l ON l.type = ? AND l.name_key = j.value');
            for (const [type, names] of (0,key_groups/* namesByType */.uh)(keys)) {
                if (any.get(type) === undefined)
                    continue;
                for (const r of query.all(JSON.stringify(names), type))
                    out.set((0,types/* packageKeyText */.N)({ type, key: String(r.name_key) }), JSON.parse(String(r.data)));
            }
            return out;
        },
        async enrichmentFor(cveIds) {
            const out = new Map();
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
                const records = [];
                for (const { advisory_id: id } of ids) {
                    const row = sql('SELECT data FROM md_advisories WHERE id = ?').get(String(id));
                    if (!row)
                        continue;
                    const packages = sql('SELECT p.data FROM md_affected a JOIN md_affected_data p ON p.id = a.rowid WHERE a.advisory_id = ? ORDER BY a.rowid')
                        .all(String(id))
                        .map((p) => JSON.parse(String(p.data)));
                    records.push({ advisory: JSON.parse(row.data), packages });
                }
                return (0,result.ok)(records);
            }
            catch (e) {
                return failure('looking up an advisory', location, e);
            }
        },
        async revision() {
            try {
                return (0,result.ok)(readRevision());
            }
            catch (e) {
                return failure('reading the metadata revision', location, e);
            }
        },
        async changedSince(revision) {
            try {
                const rows = sql(CHANGED_SINCE_SQL).all(revision);
                return (0,result.ok)(rows.map((r) => ({ type: String(r.type), key: String(r.name_key) })));
            }
            catch (e) {
                return failure('reading changed advisories', location, e);
            }
        },
        async close() {
            if (!db.isOpen)
                return;
            try {
                // The planner's statistics for what this sync wrote, as the index keeps its own (store/sqlite/store.ts). Left
                // to the next close of the index, the first scan after each sync paid for them: 166 ms over 500,000 rows.
                if (ingested) {
                    db.exec('PRAGMA busy_timeout = 50');
                    db.exec('PRAGMA optimize');
                }
            }
            catch {
                // Statistics are an optimisation; the next close refreshes them.
            }
            finally {
                db.close();
            }
        },
    };
    return store;
}


/***/ })

};
