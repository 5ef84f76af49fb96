export const id = 582;
export const ids = [582];
export const modules = {

/***/ 70582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   elasticsearchRescanState: () => (/* binding */ elasticsearchRescanState)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46305);
/* harmony import */ var _store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15163);
/* harmony import */ var _store_elasticsearch_mappings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9319);
/* harmony import */ var _store_elasticsearch_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67797);





/** Pairs per page of the (project, ref) listing. */
const PAGE = 1_000;
const progressId = (project, ref, file) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${project}\u0000${ref}\u0000${file}`).digest('hex');
/**
 * The rescan's Elasticsearch side (sqlite-state.ts is the SQLite one): how far each set was evaluated, one
 * document per (project, ref, file) in the metadata's rescan index, read and written by id (gets are real-time,
 * so no refresh is waited for); and the (project, ref) pairs of the index's sets, by a composite aggregation over
 * the sets alias. `prefix` is the index prefix of the store (default depindex).
 */
function elasticsearchRescanState(metadata, prefix) {
    const { client, names, location } = metadata;
    const sets = (0,_store_elasticsearch_mappings_js__WEBPACK_IMPORTED_MODULE_1__/* .indexNames */ .dC)(prefix).sets;
    return {
        async evaluated(set) {
            try {
                const doc = await client.get({ index: names.rescan, id: progressId(set.project, set.ref, set.file) });
                const source = doc._source;
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(source ? { revision: source.revision, scannedAt: source.scanned_at } : { revision: 0, scannedAt: null });
            }
            catch (e) {
                if ((0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(e) === 404)
                    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)({ revision: 0, scannedAt: null });
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`reading rescan state of ${set.project} ${set.ref} ${set.file}: ${(0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(location, 'read from', e)}`);
            }
        },
        async save(set, revision, scannedAt) {
            const prepared = await metadata.setup();
            if (!prepared.ok)
                return prepared;
            const document = { project: set.project, ref: set.ref, file: set.file, revision, scanned_at: scannedAt };
            try {
                await client.index({ index: names.rescan, id: progressId(set.project, set.ref, set.file), document });
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(undefined);
            }
            catch (e) {
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`writing rescan state of ${set.project} ${set.ref} ${set.file}: ${(0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(location, 'write to', e)}`);
            }
        },
        async saveMany(entries) {
            if (entries.length === 0)
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(undefined);
            const prepared = await metadata.setup();
            if (!prepared.ok)
                return prepared;
            // One bulk per batch of the sink (256 sets by default) instead of a request per set; every item's answer is
            // checked, so a refused document fails the batch and its sets are evaluated again by the next rescan.
            const documents = entries.map(({ set, revision, scannedAt }) => ({
                id: progressId(set.project, set.ref, set.file),
                label: `${set.project} ${set.ref} ${set.file}`,
                source: { project: set.project, ref: set.ref, file: set.file, revision, scanned_at: scannedAt },
            }));
            try {
                const failures = await (0,_store_elasticsearch_write_js__WEBPACK_IMPORTED_MODULE_2__/* .bulkIndex */ .rS)(client, names.rescan, documents, _store_elasticsearch_write_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultBulkPolicy */ .OM, false);
                if (failures.length > 0)
                    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`writing rescan state of ${failures.length} of ${entries.length} sets in ${location}:\n${(0,_store_elasticsearch_write_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailures */ .ng)(failures)}`);
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(undefined);
            }
            catch (e) {
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`writing rescan state of ${entries.length} sets: ${(0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(location, 'write to', e)}`);
            }
        },
        async list(scope) {
            // Only sets whose first write completed (a null generation is a write in progress), as the listing does.
            const filter = [{ exists: { field: 'generation' } }];
            if (scope.project !== undefined)
                filter.push({ term: { project: scope.project } });
            if (scope.group !== undefined)
                filter.push({ term: { project_namespaces: scope.group } });
            if (scope.ref !== undefined)
                filter.push({ term: { ref: scope.ref } });
            if (scope.defaultBranchOnly)
                filter.push({ term: { default_branch: true } });
            const out = [];
            let after;
            try {
                for (;;) {
                    const answer = await client.search({
                        index: sets,
                        size: 0,
                        query: { bool: { filter } },
                        aggs: { refs: { composite: { size: PAGE, sources: [{ project: { terms: { field: 'project' } } }, { ref: { terms: { field: 'ref' } } }], ...(after ? { after } : {}) } } },
                    });
                    const agg = answer.aggregations?.['refs'];
                    const buckets = (agg?.buckets ?? []);
                    for (const b of buckets)
                        out.push({ project: String(b.key['project']), ref: String(b.key['ref']) });
                    if (buckets.length < PAGE || !agg?.after_key)
                        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(out);
                    after = agg.after_key;
                }
            }
            catch (e) {
                if ((0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndexMissing */ .LX)(e))
                    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(out);
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`listing stored sets: ${(0,_store_elasticsearch_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(location, 'read from', e)}`);
            }
        },
        close() {
            // The client is the metadata store's, closed with it.
        },
    };
}


/***/ }),

/***/ 15163:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ isIndexMissing),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   t4: () => (/* binding */ errorBody)
/* harmony export */ });
/**
 * Turns what the Elasticsearch client throws into one line for a CI log, naming the server and what to check.
 * Errors are recognised by `name` and shape rather than `instanceof`: the client ships CommonJS and ESM builds
 * whose error classes are distinct objects.
 */
function statusOf(e) {
    const status = e?.meta?.statusCode;
    // Connection errors carry statusCode 0: no answer is not an answer.
    return typeof status === 'number' && status > 0 ? status : null;
}
/** `{error: {type, reason}}` of an Elasticsearch answer, when it has one. */
function errorBody(e) {
    const body = e?.meta?.body;
    const error = body?.error;
    if (typeof error === 'string')
        return { type: null, reason: error };
    return {
        type: typeof error?.type === 'string' ? error.type : null,
        reason: typeof error?.reason === 'string' ? error.reason : null,
    };
}
function isIndexMissing(e) {
    return statusOf(e) === 404 && errorBody(e).type === 'index_not_found_exception';
}
const CREDENTIALS = 'DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD';
/** `doing` says what was attempted: "cannot write to Elasticsearch at https://es:9200: ..." */
function describeError(location, doing, e) {
    const error = (e ?? {});
    const name = error.name ?? '';
    const message = (error.message ?? String(e)).split('\n')[0] ?? '';
    const prefix = `cannot ${doing} Elasticsearch at ${location}`;
    // A product check failure carries the answer's status (200 from a web server's HTML page): it is not an
    // Elasticsearch error, and "answered 200" would read as success.
    if (name !== 'ProductNotSupportedError' && (name === 'ResponseError' || statusOf(e) !== null)) {
        const status = statusOf(e);
        const { type, reason } = errorBody(e);
        const detail = [type, reason].filter((x) => x !== null).join(': ');
        if (status === 401) {
            return `${prefix}: the server refused the credentials (401 Unauthorized); check ${CREDENTIALS} (an API key is the base64 "id:key" value Elasticsearch printed)`;
        }
        if (status === 403) {
            return `${prefix}: the credentials lack a privilege (403 Forbidden${detail ? `: ${detail}` : ''}); the user needs manage_index_templates on the cluster and create_index, write, read and delete on the depindex-* indices`;
        }
        if (status === 406 || (status === 400 && /compatib|media.?type|accept/i.test(detail))) {
            return `${prefix}: the server does not accept the API version depindex speaks (${status}${detail ? `: ${detail}` : ''}); depindex supports Elasticsearch 8.x and 9.x`;
        }
        return `${prefix}: the server answered ${status ?? 'an error'}${detail ? ` (${detail})` : ''}`;
    }
    if (name === 'ProductNotSupportedError') {
        return `${prefix}: the server there is not Elasticsearch (or an Elasticsearch older than 7.14 that does not say so); depindex supports Elasticsearch 8.x and 9.x`;
    }
    if (name === 'TimeoutError')
        return `${prefix}: the request timed out; is the server overloaded, or behind a proxy that holds the connection?`;
    if (name === 'NoLivingConnectionsError')
        return `${prefix}: no node answered (every connection failed); is the server running?`;
    if (/ECONNREFUSED/.test(message)) {
        return `${prefix}: connection refused; is Elasticsearch running there, and is the port right (9200 by default)?`;
    }
    if (/ENOTFOUND|EAI_AGAIN/.test(message))
        return `${prefix}: the host name does not resolve (${message})`;
    if (/ECONNRESET|socket hang up/i.test(message)) {
        return `${prefix}: the connection was closed (${message}); if the server speaks HTTPS, use an https:// URL`;
    }
    if (/certificate|self[- ]signed|CERT_|SSL|TLS|wrong version number/i.test(message)) {
        return `${prefix}: TLS failed (${message}); set DEPINDEX_ES_CA_CERT to the CA certificate (PEM) that signed the server's certificate, or check the URL's scheme`;
    }
    return `${prefix}: ${name && name !== 'Error' ? `${name}: ` : ''}${message}`;
}


/***/ }),

/***/ 9319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ indexTemplates),
/* harmony export */   dC: () => (/* binding */ indexNames),
/* harmony export */   lL: () => (/* binding */ dependencyMappings)
/* harmony export */ });
/* unused harmony exports MAPPING_VERSION, setMappings */
/* harmony import */ var _schema_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17482);

/**
 * Index names, templates and explicit mappings of the Elasticsearch store (DESIGN.md 6).
 * Readers and writers only ever use the aliases; the versioned indices behind them (`-v1`) let a mapping change
 * be rolled out by creating `-v2`, reindexing and moving the alias, without touching clients.
 */
/** Bumped when a mapping change needs a reindex; old indices stay behind their alias until moved. */
const MAPPING_VERSION = 1;
function indexNames(prefix = 'depindex') {
    return {
        dependencies: `${prefix}-dependencies`,
        sets: `${prefix}-sets`,
        dependenciesIndex: `${prefix}-dependencies-v${MAPPING_VERSION}`,
        setsIndex: `${prefix}-sets-v${MAPPING_VERSION}`,
        dependenciesTemplate: `${prefix}-dependencies`,
        setsTemplate: `${prefix}-sets`,
    };
}
/**
 * Fields that identify, filter or sort have no ignore_above: a value past it would be kept in _source but not
 * indexed, so a document would silently escape filters and search_after paging. Past Lucene's 32 KB term limit
 * the document is refused instead, which the bulk writer reports.
 */
const exact = { type: 'keyword' };
/** Descriptive values (license names, URLs) that nobody sorts on; overly long ones are just not searchable. */
const keyword = { type: 'keyword', ignore_above: 1024 };
/** Case-insensitive exact match: DESIGN.md 4 asks search to ignore case everywhere (Go paths included). */
const lowerKeyword = { type: 'keyword', normalizer: 'depindex_lowercase' };
const date = { type: 'date', format: 'strict_date_optional_time' };
const analysis = {
    normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } },
};
/** Fields both documents carry so one scope filter (project, group, ref, default branch) fits both. */
const scopeProperties = {
    set_id: exact,
    project: exact,
    /** Every namespace above the project ("group", "group/subgroup"), for group scoping by exact match. */
    project_namespaces: exact,
    ref: exact,
    ref_type: exact,
    default_branch: { type: 'boolean' },
    file: exact,
    package_manager: keyword,
    format: keyword,
};
const dependencyMappings = {
    // A new index starts at the current store schema (schema-version.ts).
    _meta: _schema_version_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaMeta */ .Hq,
    // User data never creates fields: an unexpected one fails that document and is reported, instead of a
    // mapping explosion across 5x10^8 documents.
    dynamic: 'strict',
    // Every document is routed by project (see documents.ts); a request without routing is a bug, so refuse it.
    _routing: { required: true },
    properties: {
        ...scopeProperties,
        generation: exact,
        purl: exact,
        package: {
            properties: {
                type: lowerKeyword,
                namespace: keyword,
                name: { ...keyword, fields: { lower: lowerKeyword } },
                canonical_name: lowerKeyword,
                short_name: lowerKeyword,
            },
        },
        version: exact,
        development: { type: 'boolean' },
        // Issue 18: its own field beside development. Fields added after an index was made reach it through setup.ts,
        // which puts the current properties into an existing index's mapping.
        optional: { type: 'boolean' },
        introduced: { type: 'boolean' },
        licenses: keyword,
        license_keys: lowerKeyword,
        /** "algorithm:hex", so one term finds a digest in Kibana. */
        checksums: keyword,
        source: keyword,
        vulnerabilities: keyword,
        created_at: date,
        first_commit_sha: keyword,
        last_seen_at: date,
        commit_sha: keyword,
        // A set's edges (edges.ts, issue 15): the positions of what this dependency depends on among its set's purls.
        // Neither indexed nor in doc values: only read back from _source, a few bytes a document.
        children: { type: 'integer', index: false, doc_values: false },
        pipeline_url: { type: 'keyword', index: false },
    },
};
const setMappings = {
    _meta: _schema_version_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaMeta */ .Hq,
    dynamic: 'strict',
    _routing: { required: true },
    properties: {
        ...scopeProperties,
        commit_sha: keyword,
        pipeline_url: { type: 'keyword', index: false },
        scanned_at: date,
        updated_at: date,
        /** The generation readers see (null until the first write of the set completes). */
        generation: exact,
        /** Generations that exist in the dependencies index but must not be seen: being written, or being deleted. */
        hidden_generations: exact,
        /** Incremented when a write starts, so a reader notices a whole write that began and ended under it. */
        write_count: { type: 'long' },
        content_hash: { type: 'keyword', index: false },
        counts: {
            properties: {
                dependencies: { type: 'integer' },
                added: { type: 'integer' },
                kept: { type: 'integer' },
                removed: { type: 'integer' },
            },
        },
    },
};
function template(pattern, mappings, layout) {
    return {
        name: '',
        index_patterns: [pattern],
        // Above the built-in templates (priority <= 100) so nothing else shapes these indices.
        priority: 500,
        version: MAPPING_VERSION,
        _meta: { managed_by: 'depindex', description: 'depindex store (DESIGN.md 6); see src/store/elasticsearch/' },
        template: {
            settings: {
                number_of_shards: layout.shards,
                number_of_replicas: layout.replicas,
                analysis,
            },
            mappings,
        },
    };
}
/** The composable `_index_template` bodies, one per alias, matching only this store's versioned indices. */
function indexTemplates(names, layout) {
    const deps = template(`${names.dependencies}-v*`, dependencyMappings, layout);
    // Sets are ~500x fewer than dependencies (one per file, not per package): one shard holds an instance's worth.
    const sets = template(`${names.sets}-v*`, setMappings, { shards: 1, replicas: layout.replicas });
    return [
        { ...deps, name: names.dependenciesTemplate },
        { ...sets, name: names.setsTemplate },
    ];
}


/***/ }),

/***/ 17482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ schemaMeta),
/* harmony export */   Q_: () => (/* binding */ ES_SCHEMA_VERSION),
/* harmony export */   Td: () => (/* binding */ refuseNewerSchema),
/* harmony export */   dC: () => (/* binding */ prepareSchemaVersion)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15163);


const MIGRATIONS = [
    // 1 -> 2 (issue #15): nothing changes in the documents; from here on the version is recorded.
    async () => { },
];
const ES_SCHEMA_VERSION = MIGRATIONS.length + 1;
/** What the mappings carry so a new index starts at the current version. */
const schemaMeta = { depindex_schema: ES_SCHEMA_VERSION };
async function versionsOf(client, alias) {
    const answer = (await client.indices.getMapping({ index: alias }));
    const out = new Map();
    for (const [index, body] of Object.entries(answer)) {
        const meta = body.mappings?._meta ?? {};
        const recorded = meta['depindex_schema'];
        out.set(index, { version: typeof recorded === 'number' && Number.isInteger(recorded) ? recorded : 1, meta });
    }
    return out;
}
/**
 * Readers (search, why, findings, serve, export-sbom) neither migrate nor create: they refuse indices a newer
 * depindex wrote, whose documents they might misread, and read older ones as they are (every migration is
 * additive). No index yet is nothing to refuse. Throws the client's errors.
 */
async function refuseNewerSchema(client, names, location) {
    let newest = ['', 1];
    for (const alias of [names.dependencies, names.sets]) {
        let versions;
        try {
            versions = await versionsOf(client, alias);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMissing */ .LX)(e))
                continue;
            throw e;
        }
        for (const [index, { version }] of versions)
            if (version > newest[1])
                newest = [index, version];
    }
    if (newest[1] <= ES_SCHEMA_VERSION)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(undefined);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${location} was written by a newer depindex (index ${newest[0]} has store schema ${newest[1]}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`);
}
/**
 * Refuses indices from a newer depindex, and brings older ones to this version: the version they had, or null
 * when they were current. `location` names the store in messages. Throws the client's errors.
 */
async function prepareSchemaVersion(client, names, location) {
    const found = new Map();
    for (const alias of [names.dependencies, names.sets])
        for (const [index, v] of await versionsOf(client, alias))
            found.set(index, v);
    const versions = [...found.values()].map((v) => v.version);
    const newest = Math.max(1, ...versions);
    if (newest > ES_SCHEMA_VERSION) {
        const index = [...found].find(([, v]) => v.version === newest)?.[0] ?? '';
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${location} was written by a newer depindex (index ${index} has store schema ${newest}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`);
    }
    const oldest = Math.min(ES_SCHEMA_VERSION, ...versions);
    if (oldest === ES_SCHEMA_VERSION)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(null);
    for (let v = oldest; v < ES_SCHEMA_VERSION; v++)
        await MIGRATIONS[v - 1](client, names);
    for (const [index, { version, meta }] of found) {
        if (version === ES_SCHEMA_VERSION)
            continue;
        // _meta is replaced whole by a mapping update, so what others put there is carried over.
        await client.indices.putMapping({ index, _meta: { ...meta, ...schemaMeta } });
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(oldest);
}


/***/ }),

/***/ 67797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   OM: () => (/* binding */ defaultBulkPolicy),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   ng: () => (/* binding */ describeFailures),
/* harmony export */   rS: () => (/* binding */ bulkIndex)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15163);
/* harmony import */ var _model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26582);


const defaultBulkPolicy = {
    concurrency: 4,
    batchSize: 500,
    retries: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * 429 is the cluster saying "slow down" (write queue full, circuit breaker); 502/503/504 a proxy or a node that
 * is restarting. Anything else (400 mapping errors, 403) fails the same way on every retry.
 */
function isRetryableStatus(status) {
    return status === 429 || status === 502 || status === 503 || status === 504;
}
function backoffDelay(policy, attempt) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}
/**
 * Indexes the documents with at most `concurrency` bulk requests in flight. Whole requests refused with a
 * retryable status, and single items refused with 429, are retried with exponential backoff; every other
 * per-item failure is returned (none is dropped). Request errors that are not retryable, or still failing
 * after the retries, are thrown for the caller to describe.
 */
async function bulkIndex(client, index, documents, policy, refresh) {
    const batches = [];
    for (let i = 0; i < documents.length; i += policy.batchSize)
        batches.push(documents.slice(i, i + policy.batchSize));
    const failures = [];
    let next = 0;
    const worker = async () => {
        while (next < batches.length) {
            const batch = batches[next++];
            if (batch)
                failures.push(...(await indexBatch(client, index, batch, policy, refresh)));
        }
    };
    await Promise.all(Array.from({ length: Math.min(policy.concurrency, batches.length) }, worker));
    return failures.sort((a, b) => (0,_model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.label, b.label));
}
async function indexBatch(client, index, batch, policy, refresh) {
    let pending = batch;
    const failures = [];
    for (let attempt = 0;; attempt++) {
        let response;
        try {
            response = await client.bulk({
                index,
                refresh,
                operations: pending.flatMap((d) => [{ index: { _id: d.id, ...(d.routing !== undefined ? { routing: d.routing } : {}) } }, d.source]),
            }, 
            // The transport's own retries would not back off on 429; this loop does it for the whole store.
            { maxRetries: 0 });
        }
        catch (e) {
            if (isRetryableStatus((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(e)) && attempt < policy.retries) {
                await policy.sleep(backoffDelay(policy, attempt));
                continue;
            }
            throw e;
        }
        const retry = [];
        const throttled = [];
        response.items.forEach((item, i) => {
            const document = pending[i];
            const result = item.index ?? item.create ?? item.update ?? item.delete;
            if (!document || !result || result.error === undefined)
                return;
            const failure = {
                label: document.label,
                id: document.id,
                status: result.status,
                type: result.error.type ?? null,
                reason: result.error.reason ?? null,
            };
            if (result.status === 429) {
                retry.push(document);
                throttled.push(failure);
            }
            else {
                failures.push(failure);
            }
        });
        if (response.items.length < pending.length) {
            // An answer that does not cover every document must not pass as success.
            for (const document of pending.slice(response.items.length)) {
                failures.push({ label: document.label, id: document.id, status: 0, type: null, reason: 'no result for this document in the bulk response' });
            }
        }
        if (retry.length === 0)
            return failures;
        if (attempt >= policy.retries)
            return [...failures, ...throttled];
        await policy.sleep(backoffDelay(policy, attempt));
        pending = retry;
    }
}
function describeFailures(failures) {
    return failures
        .map((f) => `  ${f.label}: ${f.status} ${[f.type, f.reason].filter((x) => x !== null).join(': ')}`)
        .join('\n');
}


/***/ })

};
