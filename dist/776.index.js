export const id = 776;
export const ids = [776];
export const modules = {

/***/ 32776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ openElasticsearchMetadataStore),
  openSyncedElasticsearchMetadata: () => (/* binding */ openSyncedElasticsearchMetadata)
});

// UNUSED EXPORTS: metadataStoreOn

// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/store/elasticsearch/errors.js
var errors = __webpack_require__(15163);
// EXTERNAL MODULE: ./build/store/redact.js
var redact = __webpack_require__(609);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/documents.js



/**
 * The documents of the metadata indices (indices.ts) and their ids. Every id is deterministic, so writing the
 * same file again (a rerun after a kill, a retried bulk request) overwrites documents and never duplicates one.
 */
const sha = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** Elasticsearch ids are at most 512 bytes: an advisory id is its own document id unless it is longer than that. */
const advisoryDocId = (id) => (Buffer.byteLength(id) <= 256 ? id : `sha256:${sha(id)}`);
/** The package at `position` in its advisory's list: a replaced advisory overwrites the same ids. */
const affectedDocId = (advisoryId, position) => sha(`${advisoryId}\u0000${position}`);
const licenseDocId = (type, nameKey) => sha(`${type}\u0000${nameKey}`);
/** A package an advisory dropped (removed.ts): one document per advisory and package, however often dropped. */
const removedDocId = (advisoryId, type, nameKey) => sha(`removed\u0000${advisoryId}\u0000${type}\u0000${nameKey}`);
const checkpointDocId = (c) => `checkpoint:${c.dataType}:${c.registry}:${c.versionFormat}`;
const REVISION_DOC_ID = 'revision';
/** The one update script of the metadata: assigns `params.set` to the source (update_by_query). */
const ASSIGN = {
    lang: 'painless',
    source: 'for (entry in params.set.entrySet()) { ctx._source[entry.getKey()] = entry.getValue(); }',
};
/** The upper-cased id and aliases an advisory is found by (as md_aliases holds them). */
const aliasesOf = (advisory) => [...new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)].map((v) => v.toUpperCase()))];
function advisoryDocument(record, revision) {
    const { advisory } = record;
    return { id: advisory.id, source: advisory.source, withdrawn: advisory.withdrawn, revision, aliases: aliasesOf(advisory), advisory };
}
function affectedDocuments(record, revision) {
    const { advisory } = record;
    return record.packages.map((pkg, position) => {
        const versions = (0,types/* versionsText */.p)(pkg);
        return {
            doc_id: affectedDocId(advisory.id, position),
            advisory_id: advisory.id,
            position,
            type: pkg.type,
            name_key: (0,package_key/* recordPackageKey */.HS)(pkg.type, pkg.name).key,
            withdrawn: advisory.withdrawn,
            distro: pkg.distro,
            range_kind: versions.kind,
            range: versions.text,
            revision,
            package: pkg,
        };
    });
}
const enrichmentDocument = (e) => ({ cve_id: e.cveId.toUpperCase(), epss: e.epss, known_exploited: e.knownExploited });
const checkpointDocument = (c) => ({
    kind: 'checkpoint',
    data_type: c.dataType,
    registry: c.registry,
    version_format: c.versionFormat,
    sequence: c.sequence,
    chunk: c.chunk,
});

// EXTERNAL MODULE: ./build/store/elasticsearch/open.js + 16 modules
var elasticsearch_open = __webpack_require__(73915);
// EXTERNAL MODULE: ./build/store/elasticsearch/write.js
var write = __webpack_require__(67797);
// EXTERNAL MODULE: ./build/store/elasticsearch/setup.js
var setup = __webpack_require__(71951);
;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/indices.js


/**
 * The package metadata in Elasticsearch: one alias per table of the SQLite side (sqlite-schema.ts), each over a
 * versioned `-v1` index made from a composable template with a strict mapping, as the store's other indices
 * (src/store/elasticsearch/mappings.ts, findings.ts). The metadata carries its own schema version in each
 * mapping's `_meta.depindex_metadata_schema` (SQLite: md_schema), so the index's migrations and these never
 * depend on each other. The metadata is shared by every project: no routing, one shard (500k affected packages
 * are well under a shard's size).
 */
/** 2: the `removed` index (packages a rewritten advisory dropped; removed.ts), made beside the indices of 1. */
const METADATA_ES_SCHEMA_VERSION = 2;
const META_KEY = 'depindex_metadata_schema';
function metadataIndexNames(prefix = 'depindex') {
    return {
        advisories: `${prefix}-metadata-advisories`,
        affected: `${prefix}-metadata-affected`,
        licenses: `${prefix}-metadata-licenses`,
        enrichment: `${prefix}-metadata-cve-enrichment`,
        state: `${prefix}-metadata-state`,
        rescan: `${prefix}-metadata-rescan`,
        removed: `${prefix}-metadata-removed`,
    };
}
/** Identifying values have no ignore_above: one past it would silently escape the terms queries. */
const exact = { type: 'keyword' };
/** Kept in _source only: an OSV `ranges` text may pass Lucene's 32 KB term limit, and nothing filters on it. */
const sourceOnly = { type: 'keyword', index: false, doc_values: false };
const opaque = { type: 'object', enabled: false };
const meta = { [META_KEY]: METADATA_ES_SCHEMA_VERSION };
const strict = (properties) => ({ _meta: meta, dynamic: 'strict', properties });
const metadataMappings = {
    advisories: strict({
        id: exact,
        source: exact,
        withdrawn: { type: 'boolean' },
        revision: { type: 'long' },
        /** Its id and every alias, upper-cased: `advisoriesById` and the enrichment's CVE look them up. */
        aliases: exact,
        advisory: opaque,
    }),
    affected: strict({
        /** The document's own id, for `details` and as the unique sort key of search_after paging. */
        doc_id: exact,
        advisory_id: exact,
        position: { type: 'integer' },
        type: exact,
        name_key: exact,
        withdrawn: { type: 'boolean' },
        distro: exact,
        range_kind: exact,
        range: sourceOnly,
        /** The revision of its advisory (denormalised, so `changedSince` is one aggregation over this index). */
        revision: { type: 'long' },
        package: opaque,
    }),
    licenses: strict({ type: exact, name_key: exact, record: opaque }),
    enrichment: strict({ cve_id: exact, epss: { type: 'double' }, known_exploited: { type: 'boolean' } }),
    state: strict({
        kind: exact,
        revision: { type: 'long' },
        data_type: exact,
        registry: exact,
        version_format: exact,
        sequence: { type: 'long' },
        chunk: { type: 'long' },
    }),
    rescan: strict({ project: exact, ref: exact, file: exact, revision: { type: 'long' }, scanned_at: exact }),
    removed: strict({ advisory_id: exact, type: exact, name_key: exact, revision: { type: 'long' }, pending: { type: 'boolean' } }),
};
const KINDS = Object.keys(metadataMappings);
/** The mapping of a concrete metadata index (`<prefix>-metadata-<kind>-v1`), or null for another index. */
function metadataMappingOf(index, prefix = 'depindex') {
    const names = metadataIndexNames(prefix);
    const kind = KINDS.find((k) => index === names[k] || index.startsWith(`${names[k]}-v`));
    return kind ? metadataMappings[kind] : null;
}
/**
 * Templates, then each `-v1` index with its alias when missing (as setup.ts does for the index): idempotent, a
 * creation race lost to another writer is fine, an alias an operator moved stays where it is. An existing index
 * written by a newer depindex is refused. Throws the client's errors.
 */
async function ensureMetadataIndices(client, names, replicas, location) {
    const templates = [];
    const createdIndices = [];
    const aliases = {};
    for (const kind of KINDS) {
        const alias = names[kind];
        await client.indices.putIndexTemplate({
            name: alias,
            index_patterns: [`${alias}-v*`],
            priority: 500,
            version: METADATA_ES_SCHEMA_VERSION,
            _meta: { managed_by: 'depindex', description: 'depindex package metadata (DESIGN.md 8); see src/metadata/store/elasticsearch/' },
            template: { settings: { number_of_shards: 1, number_of_replicas: replicas }, mappings: metadataMappings[kind] },
        });
        templates.push(alias);
        const existing = await (0,setup/* aliasTarget */.Ik)(client, alias);
        if (existing !== null) {
            const found = await client.indices.getMapping({ index: existing });
            const version = found[existing]?.mappings?._meta?.[META_KEY];
            if (typeof version === 'number' && version > METADATA_ES_SCHEMA_VERSION) {
                return (0,result/* err */._)(`${location} holds package metadata of a newer depindex (index ${existing} has metadata schema ${version}; this version reads up to ${METADATA_ES_SCHEMA_VERSION}); upgrade depindex`);
            }
            aliases[alias] = existing;
            continue;
        }
        const index = `${alias}-v1`;
        if (await (0,setup/* createWithWriteAlias */.U1)(client, index, alias))
            createdIndices.push(index);
        aliases[alias] = index;
    }
    return (0,result.ok)({ templates, createdIndices, aliases });
}

// EXTERNAL MODULE: ./build/metadata/records/pmdb-license.js
var pmdb_license = __webpack_require__(43078);
;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/paging.js

/**
 * Values per terms query: far below index.max_terms_count (65,536), and a request of a few tens of KB. A scan's
 * 50,000 names are 50 requests, never one per dependency.
 */
const TERMS_BATCH = 1_000;
/** Hits per page; answers larger than this are read on with search_after over a unique sort key. */
const PAGE = 5_000;
/** Requests in flight when a lookup is split into batches. */
const READ_CONCURRENCY = 4;
function chunks(list, size = TERMS_BATCH) {
    const out = [];
    for (let i = 0; i < list.length; i += size)
        out.push(list.slice(i, i + size));
    return out;
}
/**
 * Every hit of a query, page after page with search_after (no scroll or PIT to clean up after a kill; the sort
 * is unique, so a document written meanwhile is seen once or not at all). A missing index has no hits.
 */
async function searchAll(client, search) {
    const out = [];
    let after;
    for (;;) {
        let answer;
        try {
            answer = await client.search({
                index: search.index,
                query: search.query,
                sort: search.sort.map((field) => ({ [field]: 'asc' })),
                _source: [...search.fields],
                size: PAGE,
                track_total_hits: false,
                ...(after ? { search_after: after } : {}),
            });
        }
        catch (e) {
            if ((0,errors/* isIndexMissing */.LX)(e))
                return out;
            throw e;
        }
        const hits = answer.hits.hits;
        for (const hit of hits)
            if (hit._source)
                out.push(hit._source);
        const last = hits[hits.length - 1];
        if (hits.length < PAGE || !last?.sort)
            return out;
        after = last.sort;
    }
}
/** Runs the tasks with at most `limit` in flight; results in the tasks' order. */
async function bounded(tasks, limit = READ_CONCURRENCY) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            results[i] = await tasks[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/removed.js



/**
 * The removed documents of this pass, at `revision`: the stored packages of each replaced advisory that its new
 * record does not list, and the pending documents those advisories already have (a pass cut short).
 */
async function removedDocuments(client, names, records, replaced, revision) {
    if (replaced.length === 0)
        return [];
    const listed = new Set();
    for (const r of records)
        for (const p of r.packages)
            listed.add(JSON.stringify([r.advisory.id, p.type, (0,package_key/* recordPackageKey */.HS)(p.type, p.name).key]));
    const out = new Map();
    const add = (d) => {
        const source = { advisory_id: d.advisory_id, type: d.type, name_key: d.name_key, revision, pending: true };
        const id = removedDocId(d.advisory_id, d.type, d.name_key);
        out.set(id, { id, label: `${d.advisory_id} ${d.type}/${d.name_key}`, source });
    };
    for (const ids of chunks(replaced)) {
        const fields = ['advisory_id', 'type', 'name_key'];
        const stored = await searchAll(client, { index: names.affected, query: { terms: { advisory_id: ids } }, sort: ['doc_id'], fields });
        for (const d of stored)
            if (!listed.has(JSON.stringify([d.advisory_id, d.type, d.name_key])))
                add(d);
        const pending = await searchAll(client, { index: names.removed, query: pendingOf(ids), sort: fields, fields });
        for (const d of pending)
            add(d);
    }
    return [...out.values()];
}
const pendingOf = (advisoryIds) => ({
    bool: { filter: [{ terms: { advisory_id: advisoryIds } }, { term: { pending: true } }] },
});
/** After the pass raised the revision counter: its removed documents are settled (see above). */
async function settleRemoved(client, names, advisoryIds) {
    for (const ids of chunks([...new Set(advisoryIds)])) {
        const answer = await client.updateByQuery({
            index: names.removed,
            query: pendingOf(ids),
            script: { ...ASSIGN, params: { set: { pending: false } } },
            conflicts: 'proceed',
            refresh: true,
        });
        if ((answer.failures ?? []).length > 0)
            throw new Error(`settling removed packages failed for ${answer.failures?.length} documents`);
    }
}

// EXTERNAL MODULE: ./build/metadata/store/key-groups.js
var key_groups = __webpack_require__(90710);
;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/ingest.js








/**
 * Writing one file's records without transactions. SQLite writes a file's rows and its checkpoint in one
 * transaction; here the same guarantee ("a kill at any moment loses nothing and a rerun duplicates nothing")
 * comes from the order of idempotent steps:
 *
 * 1. Every document has a deterministic id (documents.ts), so writing a file again overwrites, never adds.
 * 2. The packages a replaced advisory no longer lists are recorded first (removed.ts), then the rows are
 *    written (bulk, every item's answer checked), refreshed, and only then are the packages an advisory no
 *    longer has deleted: those of its id not written by this pass (their revision differs).
 * 3. The file's checkpoint is written only after all of that was acknowledged. A kill before it leaves the
 *    checkpoint where it was, so the rerun reads the file again and steps 1-2 make that a no-op apart from
 *    finishing what was cut short. Licence records merge into what is stored; merging a file's records a
 *    second time gives the same record (a v2 record replaces, a v1 row replaces its own version), so that
 *    is idempotent too.
 * 4. The revision counter is raised last, with compare-and-set on the state document (then the pass's removed
 *    packages are settled, removed.ts). Rows carry the revision
 *    to come (counter + 1): a rescan that read the counter before the raise asks for what changed after it, and
 *    gets these rows. If another writer raised the counter meanwhile, the rows are written again with the new
 *    one before trying again, so no row stays at a revision a reader has already passed.
 */
/** Compare-and-set attempts on the revision counter before giving up (concurrent syncs). */
const CAS_ATTEMPTS = 10;
async function readCounter(client, names) {
    try {
        const doc = await client.get({ index: names.state, id: REVISION_DOC_ID });
        return { revision: doc._source?.revision ?? 0, seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 1 };
    }
    catch (e) {
        if ((0,errors/* statusOf */.c2)(e) === 404)
            return null;
        throw e;
    }
}
/** Raises the counter to `revision` if nobody else moved it; false on a conflict. */
async function raiseCounter(client, names, from, revision) {
    const document = { kind: 'revision', revision };
    try {
        await client.index({
            index: names.state,
            id: REVISION_DOC_ID,
            document,
            refresh: true,
            ...(from ? { if_seq_no: from.seqNo, if_primary_term: from.primaryTerm } : { op_type: 'create' }),
        });
        return true;
    }
    catch (e) {
        if ((0,errors/* statusOf */.c2)(e) === 409)
            return false;
        throw e;
    }
}
async function ingest_write(ctx, index, documents, what) {
    if (documents.length === 0)
        return;
    // No refresh per request: one refresh of the index follows the whole file.
    const failures = await (0,write/* bulkIndex */.rS)(ctx.client, index, documents, ctx.bulk, false);
    if (failures.length > 0) {
        throw new Error(`${failures.length} ${what} refused:\n${(0,write/* describeFailures */.ng)(failures.slice(0, 5))}`);
    }
    await ctx.client.indices.refresh({ index });
}
/** The last record of each advisory id in the batch: a later line replaces an earlier one, as in SQLite. */
function lastOfEach(records) {
    return [...new Map(records.map((r) => [r.advisory.id, r])).values()];
}
/** Which of these advisory ids are stored already (they may have packages to delete). */
async function storedAdvisories(ctx, ids) {
    const out = [];
    for (const batch of chunks(ids)) {
        const found = await searchAll(ctx.client, { index: ctx.names.advisories, query: { terms: { id: batch } }, sort: ['id'], fields: ['id'] });
        out.push(...found.map((d) => d.id));
    }
    return out;
}
/** The batch's licence records merged, in order, into the stored ones (as sqlite-store.ts writeLicense). */
async function mergedLicenses(ctx, records) {
    const merged = new Map();
    const keyed = records.map((record) => ({ record, key: (0,package_key/* recordPackageKey */.HS)(record.type, record.name) }));
    for (const [type, keys] of (0,key_groups/* namesByType */.uh)(keyed.map((k) => k.key))) {
        for (const batch of chunks([...new Set(keys)])) {
            const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }] } };
            for (const doc of await searchAll(ctx.client, { index: ctx.names.licenses, query, sort: ['name_key'], fields: ['type', 'name_key', 'record'] })) {
                merged.set(licenseDocId(doc.type, doc.name_key), doc);
            }
        }
    }
    for (const { record, key } of keyed) {
        const id = licenseDocId(key.type, key.key);
        const found = merged.get(id);
        merged.set(id, { type: key.type, name_key: key.key, record: found ? (0,pmdb_license/* mergeLicenseRecords */.UV)(found.record, record) : record });
    }
    return [...merged].map(([id, source]) => ({ id, label: `${source.type}/${source.name_key}`, source }));
}
/** CVE enrichment changes the priority of the CVE's advisories: their revision is raised so rescan sees them. */
async function touchAdvisoriesOf(ctx, cveIds, revision) {
    const ids = [];
    for (const batch of chunks([...new Set(cveIds.map((c) => c.toUpperCase()))])) {
        const found = await searchAll(ctx.client, { index: ctx.names.advisories, query: { terms: { aliases: batch } }, sort: ['id'], fields: ['id'] });
        ids.push(...found.map((d) => d.id));
    }
    for (const batch of chunks([...new Set(ids)])) {
        for (const [index, field] of [[ctx.names.advisories, 'id'], [ctx.names.affected, 'advisory_id']]) {
            const answer = await ctx.client.updateByQuery({
                index,
                query: { terms: { [field]: batch } },
                script: { ...ASSIGN, params: { set: { revision } } },
                conflicts: 'proceed',
                refresh: true,
            });
            if ((answer.failures ?? []).length > 0)
                throw new Error(`raising the revision of advisories in ${index} failed for ${answer.failures?.length} documents`);
        }
    }
}
/** Steps 1-2 of the comment above, at `revision`; the ids of the advisories that dropped packages. */
async function writeRows(ctx, batch, revision) {
    const advisories = lastOfEach(batch.advisories);
    const replaced = await storedAdvisories(ctx, advisories.map((r) => r.advisory.id));
    const advisoryDocs = advisories.map((r) => {
        const source = advisoryDocument(r, revision);
        return { id: advisoryDocId(source.id), label: source.id, source };
    });
    const affectedDocs = advisories.flatMap((r) => affectedDocuments(r, revision).map((source) => ({ id: source.doc_id, label: `${source.advisory_id} ${source.type}/${source.name_key}`, source })));
    const licenseDocs = await mergedLicenses(ctx, batch.licenses);
    const enrichmentDocs = batch.enrichment.map((e) => {
        const source = enrichmentDocument(e);
        return { id: source.cve_id, label: source.cve_id, source };
    });
    // Before any package of a replaced advisory is overwritten or deleted: the ones it drops (removed.ts).
    const removed = await removedDocuments(ctx.client, ctx.names, advisories, replaced, revision);
    await ingest_write(ctx, ctx.names.removed, removed, 'removed packages');
    await ingest_write(ctx, ctx.names.advisories, advisoryDocs, 'advisories');
    await ingest_write(ctx, ctx.names.affected, affectedDocs, 'affected packages');
    await ingest_write(ctx, ctx.names.licenses, licenseDocs, 'licence records');
    await ingest_write(ctx, ctx.names.enrichment, enrichmentDocs, 'CVE enrichment records');
    // Packages a replaced advisory no longer lists: every package of its id this pass did not write.
    for (const ids of chunks(replaced, TERMS_BATCH)) {
        const answer = await ctx.client.deleteByQuery({
            index: ctx.names.affected,
            query: { bool: { filter: [{ terms: { advisory_id: ids } }], must_not: [{ term: { revision } }] } },
            conflicts: 'proceed',
            refresh: true,
        });
        if ((answer.failures ?? []).length > 0)
            throw new Error(`deleting replaced packages failed for ${answer.failures?.length} documents`);
    }
    if (batch.enrichment.length > 0)
        await touchAdvisoriesOf(ctx, batch.enrichment.map((e) => e.cveId), revision);
    return removed.map((d) => d.source.advisory_id);
}
/** One file (or OSV batch) and its checkpoint. Throws the client's errors; the caller says where. */
async function ingestBatch(ctx, batch) {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
        const counter = await readCounter(ctx.client, ctx.names);
        const revision = (counter?.revision ?? 0) + 1;
        const dropping = await writeRows(ctx, batch, revision);
        await ctx.afterRows?.();
        const c = batch.checkpoint;
        if (c)
            await ctx.client.index({ index: ctx.names.state, id: checkpointDocId(c), document: checkpointDocument(c), refresh: true });
        if (await raiseCounter(ctx.client, ctx.names, counter, revision)) {
            if (dropping.length > 0)
                await settleRemoved(ctx.client, ctx.names, dropping);
            return;
        }
    }
    throw new Error(`the metadata revision kept changing under this write (${CAS_ATTEMPTS} attempts): is another sync running?`);
}

;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/read.js





/**
 * The reads of the metadata store: batched terms queries (TERMS_BATCH values each, a few in flight), paged with
 * search_after, so a lookup costs a request per thousand names and never one per dependency. Every read of a
 * missing index answers "nothing synced". Throws the client's errors.
 */
/** What matching reads of an affected package first (the package itself stays in _source until `details`). */
const MATCH_FIELDS = ['doc_id', 'type', 'name_key', 'distro', 'range_kind', 'range'];
/**
 * StoredAffected.ref is a number; documents have string ids. The store hands out small numbers for the ids it
 * has answered with, in this process, and maps them back in `details`.
 */
class AffectedHandles {
    ids = [];
    numbers = new Map();
    handle(id) {
        let n = this.numbers.get(id);
        if (n === undefined) {
            n = this.ids.push(id) - 1;
            this.numbers.set(id, n);
        }
        return n;
    }
    id(handle) {
        return this.ids[handle];
    }
}
async function affectedFor(client, names, handles, keys) {
    const tasks = [];
    for (const [type, keysOfType] of (0,key_groups/* namesByType */.uh)(keys)) {
        for (const batch of chunks([...new Set(keysOfType)], TERMS_BATCH)) {
            const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }, { term: { withdrawn: false } }] } };
            tasks.push(() => searchAll(client, { index: names.affected, query, sort: ['doc_id'], fields: MATCH_FIELDS }));
        }
    }
    const out = new Map();
    for (const docs of await bounded(tasks)) {
        for (const d of docs) {
            const key = (0,types/* packageKeyText */.N)({ type: d.type, key: d.name_key });
            const entry = { ref: handles.handle(d.doc_id), type: d.type, distro: d.distro ?? null, versions: { kind: d.range_kind === 'osv' ? 'osv' : 'pmdb', text: d.range } };
            const list = out.get(key);
            if (list)
                list.push(entry);
            else
                out.set(key, [entry]);
        }
    }
    return out;
}
async function advisoriesByIds(client, names, ids) {
    const tasks = chunks([...new Set(ids)]).map((batch) => () => searchAll(client, { index: names.advisories, query: { terms: { id: batch } }, sort: ['id'], fields: ['id', 'advisory'] }));
    const out = new Map();
    for (const docs of await bounded(tasks))
        for (const d of docs)
            out.set(d.id, d.advisory);
    return out;
}
async function details(client, names, handles, refs) {
    const byId = new Map();
    for (const ref of refs) {
        const id = handles.id(ref);
        if (id !== undefined)
            byId.set(id, ref);
    }
    const tasks = chunks([...byId.keys()]).map((batch) => () => searchAll(client, { index: names.affected, query: { terms: { doc_id: batch } }, sort: ['doc_id'], fields: ['doc_id', 'advisory_id', 'package'] }));
    const packages = (await bounded(tasks)).flat();
    const advisories = await advisoriesByIds(client, names, packages.map((p) => p.advisory_id));
    const out = new Map();
    for (const p of packages) {
        const advisory = advisories.get(p.advisory_id);
        const ref = byId.get(p.doc_id);
        if (advisory && ref !== undefined)
            out.set(ref, { advisory, pkg: p.package });
    }
    return out;
}
async function licensesFor(client, names, keys) {
    const tasks = [];
    for (const [type, keysOfType] of (0,key_groups/* namesByType */.uh)(keys)) {
        for (const batch of chunks([...new Set(keysOfType)])) {
            const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }] } };
            tasks.push(() => searchAll(client, { index: names.licenses, query, sort: ['name_key'], fields: ['type', 'name_key', 'record'] }));
        }
    }
    const out = new Map();
    for (const docs of await bounded(tasks))
        for (const d of docs)
            out.set((0,types/* packageKeyText */.N)({ type: d.type, key: d.name_key }), d.record);
    return out;
}
async function enrichmentFor(client, names, cveIds) {
    const ids = [...new Set(cveIds.map((c) => c.toUpperCase()))];
    const tasks = chunks(ids).map((batch) => () => searchAll(client, { index: names.enrichment, query: { terms: { cve_id: batch } }, sort: ['cve_id'], fields: ['cve_id', 'epss', 'known_exploited'] }));
    const out = new Map();
    for (const docs of await bounded(tasks)) {
        for (const d of docs)
            out.set(d.cve_id, { cveId: d.cve_id, epss: d.epss ?? null, knownExploited: d.known_exploited ?? null });
    }
    return out;
}
async function advisoriesById(client, names, idOrAlias) {
    const found = await searchAll(client, {
        index: names.advisories,
        query: { term: { aliases: idOrAlias.trim().toUpperCase() } },
        sort: ['id'],
        fields: ['id', 'advisory'],
    });
    if (found.length === 0)
        return [];
    const packages = [];
    for (const batch of chunks(found.map((f) => f.id))) {
        packages.push(...(await searchAll(client, {
            index: names.affected,
            query: { terms: { advisory_id: batch } },
            sort: ['advisory_id', 'position'],
            fields: ['advisory_id', 'package'],
        })));
    }
    return found.map((f) => ({ advisory: f.advisory, packages: packages.filter((p) => p.advisory_id === f.id).map((p) => p.package) }));
}
async function readRevision(client, names) {
    try {
        const doc = await client.get({ index: names.state, id: REVISION_DOC_ID });
        return doc._source?.revision ?? 0;
    }
    catch (e) {
        if ((0,errors/* statusOf */.c2)(e) === 404)
            return 0;
        throw e;
    }
}
/**
 * Packages of advisories written after `revision`, and those an advisory dropped after it (removed.ts): a
 * composite aggregation over (type, name_key) of each index, paged, each package once.
 */
async function changedSince(client, names, revision) {
    const out = new Map();
    for (const index of [names.affected, names.removed]) {
        for (const key of await packagesAfter(client, index, revision))
            out.set((0,types/* packageKeyText */.N)(key), key);
    }
    return [...out.values()];
}
async function packagesAfter(client, index, revision) {
    const out = [];
    let after;
    for (;;) {
        let answer;
        try {
            answer = await client.search({
                index,
                size: 0,
                query: { range: { revision: { gt: revision } } },
                aggs: {
                    packages: {
                        composite: { size: TERMS_BATCH, sources: [{ type: { terms: { field: 'type' } } }, { name_key: { terms: { field: 'name_key' } } }], ...(after ? { after } : {}) },
                    },
                },
            });
        }
        catch (e) {
            if ((0,errors/* isIndexMissing */.LX)(e))
                return out;
            throw e;
        }
        const agg = answer.aggregations?.['packages'];
        const buckets = (agg?.buckets ?? []);
        for (const b of buckets)
            out.push({ type: String(b.key['type']), key: String(b.key['name_key']) });
        if (buckets.length < TERMS_BATCH || !agg?.after_key)
            return out;
        after = agg.after_key;
    }
}
async function readCheckpoints(client, names) {
    const docs = await searchAll(client, {
        index: names.state,
        query: { term: { kind: 'checkpoint' } },
        sort: ['data_type', 'registry', 'version_format'],
        fields: ['data_type', 'registry', 'version_format', 'sequence', 'chunk'],
    });
    return docs.map((d) => ({ dataType: d.data_type, registry: d.registry, versionFormat: d.version_format, sequence: d.sequence, chunk: d.chunk }));
}
async function counts(client, names) {
    const count = async (index) => {
        try {
            return (await client.count({ index })).count;
        }
        catch (e) {
            if ((0,errors/* isIndexMissing */.LX)(e))
                return 0;
            throw e;
        }
    };
    const [advisories, affectedPackages, licenses, cveEnrichment] = await Promise.all([names.advisories, names.affected, names.licenses, names.enrichment].map(count));
    return { advisories: advisories ?? 0, affectedPackages: affectedPackages ?? 0, licenses: licenses ?? 0, cveEnrichment: cveEnrichment ?? 0 };
}

;// CONCATENATED MODULE: ./build/metadata/store/elasticsearch/store.js









/** The metadata store over an open client; `location` names it in messages. */
function metadataStoreOn(client, location, options) {
    const settings = options.elasticsearch ?? {};
    const names = metadataIndexNames(settings.indexPrefix);
    const bulk = { ...write/* defaultBulkPolicy */.OM, ...settings.bulk };
    const handles = new AffectedHandles();
    const failed = (doing, e) => (0,result/* err */._)((0,errors/* describeError */.Uc)(location, doing, e));
    let ready = null;
    const setup = () => {
        ready ??= ensureMetadataIndices(client, names, settings.replicas ?? 1, location).then((r) => {
            if (!r.ok)
                ready = null;
            return r;
        }, (e) => {
            ready = null; // a later call may succeed (a restarted node, fixed privileges)
            return failed('set up the package metadata indices in', e);
        });
        return ready;
    };
    const store = {
        location,
        client,
        names,
        setup,
        async checkpoints() {
            try {
                return (0,result.ok)(await readCheckpoints(client, names));
            }
            catch (e) {
                return failed('read metadata checkpoints from', e);
            }
        },
        async ingest(batch) {
            const prepared = await setup();
            if (!prepared.ok)
                return prepared;
            try {
                await ingestBatch({ client, names, bulk, ...(options.afterRows ? { afterRows: options.afterRows } : {}) }, batch);
                return (0,result.ok)(undefined);
            }
            catch (e) {
                return e instanceof Error && !('meta' in e) ? (0,result/* err */._)(`writing package metadata in ${location} failed: ${e.message}`) : failed('write package metadata to', e);
            }
        },
        async status() {
            try {
                const [checkpoints, counted] = await Promise.all([readCheckpoints(client, names), counts(client, names)]);
                return (0,result.ok)({ checkpoints, counts: counted });
            }
            catch (e) {
                return failed('count package metadata in', e);
            }
        },
        affectedFor: (keys) => affectedFor(client, names, handles, keys),
        details: (refs) => details(client, names, handles, refs),
        licensesFor: (keys) => licensesFor(client, names, keys),
        enrichmentFor: (cveIds) => enrichmentFor(client, names, cveIds),
        async advisoriesById(idOrAlias) {
            try {
                return (0,result.ok)(await advisoriesById(client, names, idOrAlias));
            }
            catch (e) {
                return failed('look up an advisory in', e);
            }
        },
        async revision() {
            try {
                return (0,result.ok)(await readRevision(client, names));
            }
            catch (e) {
                return failed('read the metadata revision from', e);
            }
        },
        async changedSince(revision) {
            try {
                return (0,result.ok)(await changedSince(client, names, revision));
            }
            catch (e) {
                return failed('read changed advisories from', e);
            }
        },
        async close() {
            await client.close().catch(() => undefined);
        },
    };
    return store;
}
/** Opens the metadata side of an Elasticsearch `--store`, checking the server answers (as the index does). */
async function openElasticsearchMetadataStore(location, options) {
    // Messages and `location` never show a password or token of the store string (as store/open.ts does for the index).
    const connected = await (0,elasticsearch_open/* connectElasticsearch */.Mx)(location, { ...options.elasticsearch, env: options.env, cwd: options.cwd });
    if (!connected.ok)
        return (0,result/* err */._)((0,redact/* redactCredentials */.U)(connected.error));
    const { client } = connected.value;
    const shown = (0,redact/* redactCredentials */.U)(connected.value.location);
    const server = await (0,elasticsearch_open/* checkServer */.i6)(client, shown);
    if (!server.ok) {
        await client.close().catch(() => undefined);
        return (0,result/* err */._)((0,redact/* redactCredentials */.U)(server.error));
    }
    return (0,result.ok)(metadataStoreOn(client, shown, options));
}
/**
 * The metadata store when `depindex sync` has written there, else null, in one request (store/synced.ts). No
 * metadata index is no metadata; any other failure is an error (a scan goes on without metadata and says so).
 */
async function openSyncedElasticsearchMetadata(location, options) {
    const connected = await (0,elasticsearch_open/* connectElasticsearch */.Mx)(location, { ...options.elasticsearch, env: options.env, cwd: options.cwd });
    if (!connected.ok)
        return (0,result/* err */._)((0,redact/* redactCredentials */.U)(connected.error));
    const { client } = connected.value;
    const shown = (0,redact/* redactCredentials */.U)(connected.value.location);
    const names = metadataIndexNames(options.elasticsearch?.indexPrefix);
    let found = (0,result.ok)(null);
    try {
        // The revision counter exists once any sync wrote anything (advisories, or only licences), as md_schema does
        // in SQLite; `es setup` alone makes the indices but not the counter.
        await client.get({ index: names.state, id: REVISION_DOC_ID }, { maxRetries: 0, requestTimeout: 10_000 });
        return (0,result.ok)(metadataStoreOn(client, shown, options));
    }
    catch (e) {
        if ((0,errors/* statusOf */.c2)(e) !== 404)
            found = (0,result/* err */._)((0,redact/* redactCredentials */.U)((0,errors/* describeError */.Uc)(shown, 'read package metadata from', e)));
    }
    await client.close().catch(() => undefined);
    return found;
}


/***/ })

};
