export const id = 915;
export const ids = [915];
export const modules = {

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

/***/ 73915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i6: () => (/* binding */ checkServer),
  Mx: () => (/* binding */ connectElasticsearch),
  $f: () => (/* binding */ elasticsearchOptionsFromEnv),
  BT: () => (/* binding */ isElasticsearchLocation),
  openElasticsearchStore: () => (/* binding */ openElasticsearchStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/store/elasticsearch/errors.js
var errors = __webpack_require__(15163);
;// CONCATENATED MODULE: ./build/store/elasticsearch/visibility.js

/** More sets mid-write than this at once would need paging; that many concurrent writers is not a real load. */
const MAX_SETS_IN_FLIGHT = 10_000;
async function readVisibility(client, names) {
    try {
        const answer = await client.search({
            index: names.sets,
            size: MAX_SETS_IN_FLIGHT,
            query: { bool: { filter: [{ exists: { field: 'hidden_generations' } }] } },
            _source: ['set_id', 'hidden_generations'],
            sort: [{ set_id: 'asc' }],
            track_total_hits: true,
            aggs: { writes: { sum: { field: 'write_count' } } },
        });
        const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
        if (total > MAX_SETS_IN_FLIGHT) {
            throw new Error(`more than ${MAX_SETS_IN_FLIGHT} sets are being written at once; try again when the writes settle`);
        }
        const hidden = [];
        const parts = [];
        for (const hit of answer.hits.hits) {
            const generations = hit._source?.hidden_generations ?? [];
            hidden.push(...generations);
            parts.push(`${hit._source?.set_id ?? hit._id}:${[...generations].sort().join(',')}`);
        }
        const writes = answer.aggregations?.writes?.value ?? 0;
        return { hidden: [...new Set(hidden)].sort(), signature: `${writes}|${parts.join(';')}` };
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return { hidden: [], signature: 'missing' };
        throw e;
    }
}
const ATTEMPTS = 5;
/**
 * Runs `read` between two looks at the visibility and accepts its answer only when nothing changed in between.
 * Each writer step is visible before the next starts, so an unchanged visibility (same hidden lists, same number
 * of writes started) means no generation a reader saw was deleted and none it included was incomplete.
 */
async function consistentRead(client, names, read) {
    for (let attempt = 1;; attempt++) {
        const before = await readVisibility(client, names);
        const result = await read(before.hidden);
        const after = await readVisibility(client, names);
        if (after.signature === before.signature)
            return result;
        if (attempt >= ATTEMPTS) {
            throw new Error(`the index changed under ${ATTEMPTS} attempts to read it consistently (many writes at once); try again`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@elastic/elasticsearch/esm/index.js + 121 modules
var esm = __webpack_require__(38909);
;// CONCATENATED MODULE: ./build/store/elasticsearch/client.js



function transportSpeaking(version) {
    const vendoredHeaders = {
        jsonContentType: `application/vnd.elasticsearch+json; compatible-with=${version}`,
        ndjsonContentType: `application/vnd.elasticsearch+x-ndjson; compatible-with=${version}`,
        accept: `application/vnd.elasticsearch+json; compatible-with=${version},text/plain`,
    };
    return class extends esm/* SniffingTransport */.Q4 {
        constructor(options) {
            super({ ...options, vendoredHeaders });
        }
    };
}
/** The URL without user:password, for messages and `Store.location`. */
function displayLocation(url, cloudId) {
    if (!url && cloudId)
        return `elastic-cloud:${cloudId.split(':')[0] ?? 'deployment'}`;
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return url;
    }
}
/** Builds the client; nothing is sent until the first request. */
async function buildClient(url, settings) {
    const location = displayLocation(url, settings.cloudId);
    if (!settings.cloudId) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return (0,result/* err */._)(`the Elasticsearch URL "${location}" is not a URL (expected e.g. https://es.example:9200)`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            return (0,result/* err */._)(`the Elasticsearch URL "${location}" must start with http:// or https://`);
        }
    }
    if (settings.username !== undefined && settings.password === undefined) {
        return (0,result/* err */._)(`a user name for Elasticsearch at ${location} needs a password too (DEPINDEX_ES_PASSWORD)`);
    }
    let ca;
    if (settings.caCertPath) {
        try {
            ca = await (0,promises_.readFile)(settings.caCertPath);
        }
        catch (e) {
            return (0,result/* err */._)(`cannot read the CA certificate ${settings.caCertPath} for Elasticsearch at ${location}: ${e.message}`);
        }
    }
    const auth = settings.apiKey
        ? { apiKey: settings.apiKey }
        : settings.username !== undefined && settings.password !== undefined
            ? { username: settings.username, password: settings.password }
            : undefined;
    try {
        return (0,result.ok)(new esm/* Client */.Kj({
            ...(settings.cloudId ? { cloud: { id: settings.cloudId } } : { node: url }),
            ...(auth ? { auth } : {}),
            ...(ca ? { tls: { ca } } : {}),
            ...(settings.connection ? { Connection: settings.connection } : {}),
            Transport: transportSpeaking(settings.compatibleWith ?? 8),
            requestTimeout: settings.requestTimeoutMs ?? 60_000,
            name: 'depindex',
        }));
    }
    catch (e) {
        return (0,result/* err */._)(`cannot connect to Elasticsearch at ${location}: ${e.message}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
// EXTERNAL MODULE: ./build/store/keys.js
var store_keys = __webpack_require__(81928);
// EXTERNAL MODULE: ./build/store/elasticsearch/setup.js
var elasticsearch_setup = __webpack_require__(71951);
;// CONCATENATED MODULE: ./build/store/elasticsearch/findings.js





function findingsNames(prefix = 'depindex') {
    return { alias: `${prefix}-findings`, index: `${prefix}-findings-v1`, template: `${prefix}-findings` };
}
const exact = { type: 'keyword' };
const date = { type: 'date', format: 'strict_date_optional_time' };
const findingMappings = {
    dynamic: 'strict',
    _routing: { required: true },
    properties: {
        project: exact,
        namespaces: exact,
        ref: exact,
        default_branch: { type: 'boolean' },
        finding_id: exact,
        kind: exact,
        severity: exact,
        severity_rank: { type: 'byte' },
        suppressed: { type: 'boolean' },
        new: { type: 'boolean' },
        file: exact,
        purl: exact,
        name: { type: 'keyword', normalizer: 'depindex_lowercase' },
        version: exact,
        rule: exact,
        advisory_id: exact,
        message: { type: 'text' },
        introduced_by: exact,
        first_seen_at: date,
        first_commit_sha: exact,
        last_seen_at: date,
        // The generation of the scan write that published it (findings-publish.ts); absent on standalone writes.
        generation: exact,
        finding: { type: 'object', enabled: false },
    },
};
/** Deterministic document id: the same finding of the same ref is the same document. */
function findingDocumentId(project, ref, id) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${project}\u0000${ref}\u0000${id}`).digest('hex');
}
/** Template, then the versioned index with its alias when missing. The index behind the alias, and whether this call created it. */
async function ensureFindingsIndex(client, names, replicas) {
    await client.indices.putIndexTemplate({
        name: names.template,
        index_patterns: [`${names.alias}-v*`],
        priority: 500,
        version: 1,
        _meta: { managed_by: 'depindex', description: 'depindex findings (DESIGN.md 7); see src/store/elasticsearch/findings.ts' },
        template: {
            settings: { number_of_shards: 1, number_of_replicas: replicas, analysis: { normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } } } },
            mappings: findingMappings,
        },
    });
    const existing = await (0,elasticsearch_setup/* aliasTarget */.Ik)(client, names.alias);
    if (existing !== null) {
        // An index made before findings had a generation gets the field (adding one is allowed on a strict mapping).
        await client.indices.putMapping({ index: names.alias, properties: { generation: { type: 'keyword' } } });
        // An alias an operator moved to a newer index stays where it is.
        return { index: existing, created: false };
    }
    return { index: names.index, created: await (0,elasticsearch_setup/* createWithWriteAlias */.U1)(client, names.index, names.alias) };
}
const SORT = [{ project: 'asc' }, { ref: 'asc' }, { severity_rank: 'asc' }, { kind: 'asc' }, { file: 'asc' }, { purl: 'asc' }, { finding_id: 'asc' }];
/** Removes every finding of a ref (`depindex prune`). Throws the client's errors; a missing index holds none. */
async function deleteRefFindings(client, names, project, ref) {
    try {
        // Every finding of the ref, whatever its generation (hidden ones too).
        const scope = { bool: { filter: [{ term: { project } }, { term: { ref } }] } };
        await client.deleteByQuery({ index: names.alias, routing: project, query: scope, refresh: true, conflicts: 'proceed' });
    }
    catch (e) {
        if (!(0,errors/* isIndexMissing */.LX)(e))
            throw e;
    }
}
/** Replaces the findings of (project, ref), keeping first_seen_at of those already there. Throws the client's errors. */
async function writeFindings(client, names, context, findings, onlyFiles) {
    const stored = await loadDocuments(client, names, context.project, context.ref);
    const before = new Map(stored.map((d) => [d.finding_id, d]));
    const now = context.scannedAt.toISOString();
    const unique = new Map(findings.map((f) => [f.id, f]));
    const operations = [];
    let added = 0;
    for (const f of unique.values()) {
        const earlier = before.get(f.id);
        if (!earlier)
            added++;
        const doc = findingDocument(context, f, earlier, now);
        operations.push({ index: { _index: names.alias, _id: findingDocumentId(context.project, context.ref, f.id), routing: context.project } }, doc);
    }
    if (operations.length > 0) {
        const answer = await client.bulk({ operations: operations, refresh: 'wait_for' });
        if (answer.errors) {
            const first = answer.items.find((i) => i.index?.error)?.index?.error;
            throw new Error(`storing findings failed: ${first?.type ?? 'error'}: ${first?.reason ?? ''}`);
        }
    }
    // A partial scan replaces the findings of its own files only (the SQLite store does the same).
    const scoped = onlyFiles ? new Set(onlyFiles) : null;
    const gone = [...before.values()].filter((d) => !unique.has(d.finding_id) && (!scoped || scoped.has(d.file))).map((d) => d.finding_id);
    if (gone.length > 0) {
        await client.deleteByQuery({
            index: names.alias,
            routing: context.project,
            query: { bool: { filter: [{ term: { project: context.project } }, { term: { ref: context.ref } }, { terms: { finding_id: gone } }] } },
            refresh: true,
            conflicts: 'proceed',
        });
    }
    if (stored.some((d) => d.generation !== undefined)) {
        // Documents a scan published under a generation (findings-publish.ts) are replaced by these too.
        await client.deleteByQuery({
            index: names.alias,
            routing: context.project,
            query: { bool: { filter: [{ term: { project: context.project } }, { term: { ref: context.ref } }, { exists: { field: 'generation' } }] } },
            refresh: true,
            conflicts: 'proceed',
        });
    }
    return { written: unique.size, added, removed: gone.length };
}
/** What one finding is stored as; `earlier` is the stored document it replaces (its first sighting is kept). */
function findingDocument(context, f, earlier, now) {
    return {
        project: context.project,
        namespaces: (0,store_keys/* projectNamespaces */.aD)(context.project),
        ref: context.ref,
        default_branch: context.defaultBranch,
        finding_id: f.id,
        kind: f.kind,
        severity: f.severity,
        severity_rank: finding/* SEVERITIES */.o.indexOf(f.severity),
        suppressed: f.suppressed,
        new: f.new,
        file: f.file,
        purl: f.purl,
        name: f.name,
        version: f.version,
        rule: f.rule,
        advisory_id: f.advisory?.id ?? null,
        message: f.message,
        introduced_by: f.introducedBy,
        first_seen_at: earlier?.first_seen_at ?? now,
        first_commit_sha: earlier ? earlier.first_commit_sha : context.commitSha,
        last_seen_at: now,
        finding: f,
    };
}
/** The ref's finding documents, those of hidden generations (being published or retired) left out. */
async function loadDocuments(client, names, project, ref, hidden = []) {
    try {
        const query = { bool: { filter: [{ term: { project } }, { term: { ref } }], must_not: hiddenClause(hidden) } };
        const answer = await client.search({ index: names.alias, routing: project, size: 10_000, query, sort: SORT });
        return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return [];
        throw e;
    }
}
async function loadFindings(client, names, project, ref, hidden = []) {
    return (await loadDocuments(client, names, project, ref, hidden)).map(toStored);
}
const hiddenClause = (hidden) => (hidden.length > 0 ? [{ terms: { generation: [...hidden] } }] : []);
async function searchFindings(client, names, q, hidden = []) {
    const filter = [];
    if (q.project !== undefined)
        filter.push({ term: { project: q.project } });
    if (q.group !== undefined)
        filter.push({ term: { namespaces: q.group } });
    if (q.ref !== undefined)
        filter.push({ term: { ref: q.ref } });
    if (q.defaultBranchOnly)
        filter.push({ term: { default_branch: true } });
    if (q.kind !== undefined)
        filter.push({ term: { kind: q.kind } });
    if (q.severity !== undefined)
        filter.push({ range: { severity_rank: { lte: finding/* SEVERITIES */.o.indexOf(q.severity) } } });
    if (!q.includeSuppressed)
        filter.push({ term: { suppressed: false } });
    try {
        const answer = await client.search({
            index: names.alias,
            ...(q.project !== undefined ? { routing: q.project } : {}),
            query: { bool: { filter, ...(hidden.length > 0 ? { must_not: hiddenClause(hidden) } : {}) } },
            sort: SORT,
            from: q.offset,
            size: q.limit,
            track_total_hits: true,
        });
        const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
        return { total, hits: answer.hits.hits.flatMap((h) => (h._source ? [toStored(h._source)] : [])) };
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return { total: 0, hits: [] };
        throw e;
    }
}
function toStored(d) {
    return { ...d.finding, project: d.project, ref: d.ref, firstSeenAt: d.first_seen_at, firstCommitSha: d.first_commit_sha, lastSeenAt: d.last_seen_at };
}

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/store/elasticsearch/sets.js


/** A real-time GET (not a search), so a writer sees the latest state of the set even before a refresh. */
async function readSet(client, names, id, routing) {
    try {
        const answer = await client.get({ index: names.sets, id, routing });
        if (!answer.found || !answer._source || answer._seq_no === undefined || answer._primary_term === undefined)
            return null;
        return { doc: answer._source, seqNo: answer._seq_no, primaryTerm: answer._primary_term };
    }
    catch (e) {
        if ((0,errors/* statusOf */.c2)(e) === 404)
            return null;
        throw e;
    }
}
const CAS_ATTEMPTS = 10;
/**
 * Compare-and-set of one set document: `change` sees the current document (null when none) and returns the next
 * one, or a message to give up with. Two writers of the same set (a retried job racing the original) both see
 * every change of the other instead of overwriting it; the loser of a race re-reads and decides again.
 * `refresh: wait_for` makes each step visible to searches before the next one starts, which readers rely on.
 */
async function changeSet(client, names, id, routing, change) {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
        const current = await readSet(client, names, id, routing);
        const next = change(current?.doc ?? null);
        if (typeof next === 'string')
            return (0,result/* err */._)(next);
        try {
            await client.index({
                index: names.sets,
                id,
                routing,
                document: next,
                refresh: 'wait_for',
                ...(current ? { if_seq_no: current.seqNo, if_primary_term: current.primaryTerm } : { op_type: 'create' }),
            });
            return (0,result.ok)(next);
        }
        catch (e) {
            if ((0,errors/* statusOf */.c2)(e) !== 409)
                throw e;
        }
    }
    return (0,result/* err */._)(`the set document kept changing under ${CAS_ATTEMPTS} attempts to update it (many writers of one set at once?)`);
}
const PAGE = 1000;
/**
 * Every document of one generation of a set, by purl. Paged with search_after on purl, which is unique within a
 * generation, so no page size or result window limits a set's size.
 */
async function readGeneration(client, names, setId, routing, generation) {
    const out = [];
    let after;
    for (;;) {
        const answer = await client.search({
            index: names.dependencies,
            routing,
            size: PAGE,
            query: { bool: { filter: [{ term: { set_id: setId } }, { term: { generation } }] } },
            sort: [{ purl: 'asc' }],
            track_total_hits: false,
            ...(after ? { search_after: after } : {}),
        });
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

;// CONCATENATED MODULE: ./build/store/elasticsearch/retire.js



/**
 * Retiring whole sets (a complete scan's files that are gone, `depindex prune`), with the same promise to readers
 * as a set write (upsert.ts): (1) the set document hides its current generation (readers stop seeing the set at
 * that one step: searches exclude hidden generations, loads skip sets without a generation), (2) that
 * generation's documents are deleted, (3) the set document goes. A crash after (1) leaves the set invisible; a
 * later write of the same file makes it current again, a later retirement or prune finishes the job.
 */
/** The set documents of one ref (or of every ref of the query), paged on set_id; only the fields asked for. */
async function findSets(writer, filter, routing) {
    const out = [];
    let after;
    for (;;) {
        let answer;
        try {
            answer = await writer.client.search({
                index: writer.names.sets,
                ...(routing ? { routing } : {}),
                size: 1000,
                query: { bool: { filter: [...filter] } },
                sort: [{ set_id: 'asc' }],
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
        if (hits.length < 1000 || !last?.sort)
            return out;
        after = last.sort;
    }
}
/** Retires one set; a set already gone, or made current again by a concurrent write, is left as it is. */
async function retireSet(writer, doc) {
    const { client, names } = writer;
    const routing = doc.project;
    let retired = null;
    // 1. Hide the current generation. write_count moves, so a reader that spans this step reads again.
    const hidden = await changeSet(client, names, doc.set_id, routing, (current) => {
        if (!current)
            return 'gone';
        retired = current.generation;
        const list = retired ? [...new Set([...current.hidden_generations, retired])] : current.hidden_generations;
        return { ...current, generation: null, hidden_generations: list, write_count: current.write_count + 1, updated_at: writer.clock().toISOString() };
    });
    if (!hidden.ok)
        return hidden.error === 'gone' ? (0,result.ok)(undefined) : hidden;
    // 2. Delete it (only it: a generation another writer is writing right now stays, and wins).
    if (retired !== null) {
        const answer = await client.deleteByQuery({
            index: names.dependencies,
            routing,
            query: { bool: { filter: [{ term: { set_id: doc.set_id } }, { term: { generation: retired } }] } },
            conflicts: 'proceed',
            refresh: true,
        }, { maxRetries: 0 });
        if ((answer.failures ?? []).length > 0)
            return (0,result/* err */._)(`the dependencies of ${doc.file} could not all be deleted (they stay hidden; pruning again removes them)`);
    }
    // 3. The set document goes, unless a write of the same file started meanwhile (its generation is hidden).
    const now = await readSet(client, names, doc.set_id, routing);
    if (!now)
        return (0,result.ok)(undefined);
    if (now.doc.generation === null && now.doc.hidden_generations.every((g) => g === retired)) {
        try {
            await client.delete({ index: names.sets, id: doc.set_id, routing, if_seq_no: now.seqNo, if_primary_term: now.primaryTerm, refresh: 'wait_for' });
            return (0,result.ok)(undefined);
        }
        catch (e) {
            if ((0,errors/* statusOf */.c2)(e) !== 409 && (0,errors/* statusOf */.c2)(e) !== 404)
                throw e;
        }
    }
    const unhidden = await changeSet(client, names, doc.set_id, routing, (current) => current ? { ...current, hidden_generations: current.hidden_generations.filter((g) => g !== retired) } : 'gone');
    return unhidden.ok || unhidden.error === 'gone' ? (0,result.ok)(undefined) : unhidden;
}
/** A complete scan's step after its sets are written: retires the ref's other sets; their files, sorted. */
async function retireOthers(writer, project, ref, keep) {
    const sets = await findSets(writer, [{ term: { project } }, { term: { ref } }], project);
    const retired = [];
    for (const doc of sets) {
        if (keep.has(doc.file))
            continue;
        const done = await retireSet(writer, doc);
        if (!done.ok)
            return (0,result/* err */._)(`cannot retire ${doc.file}: ${done.error}`);
        retired.push(doc.file);
    }
    return (0,result.ok)(retired.sort());
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/prune.js



/**
 * The refs a prune request names, from the set documents (about one per dependency file and ref, so an
 * instance-wide prune pages through them rather than the dependencies), grouped by ref in memory.
 */
function chooseRefs(sets, request) {
    const byRef = new Map();
    for (const s of sets) {
        const key = `${s.project}\u0000${s.ref}`;
        const at = s.scanned_at ?? s.updated_at;
        const entry = byRef.get(key);
        if (!entry) {
            byRef.set(key, { project: s.project, ref: s.ref, refType: s.ref_type, defaultBranch: s.default_branch, last: at, files: [s.file] });
            continue;
        }
        entry.files.push(s.file);
        if (at > entry.last)
            entry.last = at;
        entry.defaultBranch ||= s.default_branch;
        if (s.ref_type === 'tag')
            entry.refType = 'tag';
    }
    const cutoff = request.olderThan?.getTime();
    return [...byRef.values()]
        .filter((r) => cutoff === undefined || Date.parse(r.last) < cutoff)
        .filter((r) => !(request.keepDefaultBranch && r.defaultBranch) && !(request.keepTags && r.refType === 'tag'))
        .map((r) => ({ project: r.project, ref: r.ref, refType: r.refType, defaultBranch: r.defaultBranch, lastScannedAt: new Date(r.last).toISOString(), files: r.files.sort(compare_strings/* compareStrings */.K) }))
        .sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.project, b.project) || (0,compare_strings/* compareStrings */.K)(a.ref, b.ref));
}
/**
 * Removes the refs: each set retired as a complete scan retires a file (retire.ts), then the ref's findings.
 * `deleteFindings` is passed in: the findings index has its own names and is created on first use.
 */
async function prune(writer, request, deleteFindings) {
    const filter = [];
    if (request.project !== undefined)
        filter.push({ term: { project: request.project } });
    if (request.ref !== undefined)
        filter.push({ term: { ref: request.ref } });
    const sets = await findSets(writer, filter, request.project);
    const refs = chooseRefs(sets, request);
    if (request.dryRun)
        return (0,result.ok)(refs);
    const chosen = new Set(refs.map((r) => `${r.project}\u0000${r.ref}`));
    for (const doc of sets) {
        if (!chosen.has(`${doc.project}\u0000${doc.ref}`))
            continue;
        const done = await retireSet(writer, doc);
        if (!done.ok)
            return (0,result/* err */._)(`cannot remove ${doc.file} of ${doc.project} at ${doc.ref}: ${done.error}`);
    }
    for (const r of refs)
        await deleteFindings(r.project, r.ref);
    return (0,result.ok)(refs);
}

// EXTERNAL MODULE: ./build/store/elasticsearch/schema-version.js
var schema_version = __webpack_require__(17482);
// EXTERNAL MODULE: ./build/store/listing.js
var listing = __webpack_require__(65958);
;// CONCATENATED MODULE: ./build/store/elasticsearch/listing.js


/** Projects a page of the listing may hold; the sets of that many projects fit one search. */
const PROJECT_PAGE = 1_000;
/** index.max_result_window: the sets of one page of projects (a handful of files per ref) stay far below it. */
const MAX_SETS = 10_000;
/** Only sets whose first write completed are visible (a null generation is a write in progress). */
const written = { exists: { field: 'generation' } };
function toSummary(doc) {
    return {
        project: doc.project,
        ref: doc.ref,
        file: doc.file,
        packageManager: doc.package_manager,
        format: doc.format,
        refType: doc.ref_type,
        defaultBranch: doc.default_branch,
        commitSha: doc.commit_sha,
        pipelineUrl: doc.pipeline_url,
        scannedAt: doc.scanned_at ?? doc.updated_at,
        dependencies: doc.counts.dependencies,
    };
}
async function setDocuments(client, names, filter, routing) {
    try {
        const answer = await client.search({
            index: names.sets,
            ...(routing !== undefined ? { routing } : {}),
            size: MAX_SETS,
            query: { bool: { filter: [...filter, written] } },
            sort: [{ project: 'asc' }, { ref: 'asc' }, { file: 'asc' }],
        });
        return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return [];
        throw e;
    }
}
/**
 * Every project name, in order, by a composite aggregation over the sets index (one document per dependency
 * file, ~500x fewer than dependencies), so the total is exact and any page can be cut from it.
 */
async function projectNames(client, names, group) {
    const out = [];
    let after;
    const filter = group !== undefined ? [{ term: { project_namespaces: group } }, written] : [written];
    for (;;) {
        const answer = await client.search({
            index: names.sets,
            size: 0,
            query: { bool: { filter } },
            aggs: { projects: { composite: { size: PROJECT_PAGE, sources: [{ project: { terms: { field: 'project' } } }], ...(after ? { after } : {}) } } },
        });
        const agg = answer.aggregations?.projects;
        const buckets = (agg?.buckets ?? []);
        for (const bucket of buckets)
            if (typeof bucket.key.project === 'string')
                out.push(bucket.key.project);
        if (buckets.length < PROJECT_PAGE || !agg?.after_key)
            return out;
        after = agg.after_key;
    }
}
/** Throws the client's errors; a missing index is an empty listing. */
async function listProjects(client, names, query) {
    let all;
    try {
        all = await projectNames(client, names, query.group);
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return { total: 0, projects: [] };
        throw e;
    }
    const page = all.slice(query.offset, query.offset + Math.min(query.limit, PROJECT_PAGE));
    if (page.length === 0)
        return { total: all.length, projects: [] };
    const byProject = new Map(page.map((p) => [p, []]));
    for (const doc of await setDocuments(client, names, [{ terms: { project: page } }]))
        byProject.get(doc.project)?.push(toSummary(doc));
    return { total: all.length, projects: page.map((p) => (0,listing/* summariseProject */.g)(p, byProject.get(p) ?? [])) };
}
async function listSets(client, names, project, ref) {
    return (await setDocuments(client, names, [{ term: { project } }, { term: { ref } }], project)).map(toSummary);
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/documents.js




/** NUL cannot occur in a project path, ref, file name or purl, so joined keys cannot collide. */
function digest(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('base64url');
}
/** Deterministic, so a retried bulk request overwrites instead of duplicating. */
function setId(project, ref, file) {
    return digest('set', project, ref, file);
}
/**
 * The generation is part of the id: the new generation of a set is written next to the old one, which readers
 * keep seeing until the set document flips (see upsert.ts). Same inputs, same id.
 */
function dependencyId(set, purl, generation) {
    return digest('dependency', set, purl, generation);
}
/** What a set's documents are made of: the scan's context and the merged dependencies, in a stable order. */
function contentHash(context, file, packageManager, format, dependencies) {
    const sorted = [...dependencies].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.purl, b.purl));
    const stable = (value) => value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable(value[k])]))
        : value;
    const parts = [context.project, context.ref, context.refType, context.defaultBranch, context.commitSha, context.pipelineUrl,
        context.scannedAt.toISOString(), file, packageManager, format, sorted.map(stable)];
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('base64url');
}
/** Time-ordered and unique: the time lets a later writer tell a crashed write's leftovers from a running one. */
function newGeneration(now) {
    return `${now.getTime().toString(36).padStart(9, '0')}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
function generationStartedAt(generation) {
    const dash = generation.indexOf('-');
    const ms = dash > 0 ? parseInt(generation.slice(0, dash), 36) : NaN;
    return Number.isFinite(ms) ? ms : null;
}
function checksumTerms(checksums) {
    if (!checksums)
        return null;
    return Object.keys(checksums)
        .sort()
        .map((algorithm) => `${algorithm}:${checksums[algorithm] ?? ''}`);
}
function checksumsFromTerms(terms) {
    if (!terms)
        return null;
    const out = {};
    for (const term of terms) {
        const colon = term.indexOf(':');
        if (colon > 0)
            out[term.slice(0, colon)] = term.slice(colon + 1);
    }
    return out;
}
function dependencyDocument(place, dependency, generation, remembered) {
    const { context } = place;
    const seenAt = context.scannedAt.toISOString();
    return {
        set_id: place.setId,
        project: context.project,
        project_namespaces: (0,store_keys/* projectNamespaces */.aD)(context.project),
        ref: context.ref,
        ref_type: context.refType,
        default_branch: context.defaultBranch,
        file: place.file,
        package_manager: place.packageManager,
        format: place.format,
        generation,
        purl: dependency.purl,
        package: {
            type: dependency.type,
            namespace: dependency.namespace,
            name: dependency.name,
            // The key both stores share (keys.ts): the ecosystem's canonical name, lower-cased.
            canonical_name: (0,store_keys/* canonicalKey */.yk)(dependency.type, dependency.namespace, dependency.name),
            short_name: (0,store_keys/* shortKey */.qU)(dependency.type, dependency.namespace, dependency.name),
        },
        version: dependency.version,
        development: dependency.development,
        optional: dependency.optional ?? null,
        introduced: dependency.introduced,
        licenses: dependency.licenses,
        license_keys: (0,store_keys/* licenseKeys */.w$)(dependency.licenses),
        checksums: checksumTerms(dependency.checksums),
        source: dependency.source,
        // Advisory ids arrive with the metadata sync (DESIGN.md 8); the field exists so Kibana can filter on it.
        vulnerabilities: [],
        created_at: remembered?.createdAt ?? seenAt,
        first_commit_sha: remembered ? remembered.firstCommitSha : context.commitSha,
        last_seen_at: seenAt,
        commit_sha: context.commitSha,
        pipeline_url: context.pipelineUrl,
    };
}
function storedDependency(doc) {
    return {
        purl: doc.purl,
        type: doc.package.type,
        namespace: doc.package.namespace,
        name: doc.package.name,
        version: doc.version,
        introduced: doc.introduced,
        development: doc.development,
        ...(doc.optional !== undefined && doc.optional !== null && { optional: doc.optional }),
        licenses: doc.licenses,
        checksums: checksumsFromTerms(doc.checksums),
        source: doc.source,
        createdAt: doc.created_at,
        firstCommitSha: doc.first_commit_sha,
        lastSeenAt: doc.last_seen_at,
    };
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/load.js



const load_ATTEMPTS = 5;
async function currentSets(client, names, project, ref) {
    try {
        const answer = await client.search({
            index: names.sets,
            routing: project,
            // A project has a handful of dependency files per ref; 10,000 is the result window, far above that.
            size: 10_000,
            query: { bool: { filter: [{ term: { project } }, { term: { ref } }, { exists: { field: 'generation' } }] } },
            sort: [{ file: 'asc' }],
        });
        return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return [];
        throw e;
    }
}
const signature = (sets) => sets.map((s) => `${s.set_id}:${s.generation}`).join(';');
/**
 * Every set of a project at a ref, each read from its current generation. The set documents are read again
 * afterwards: a current generation is deleted only after a flip is visible (upsert.ts), so when no generation
 * changed in between, every set was read whole; otherwise the read is repeated. Throws the client's errors.
 */
async function loadSets(client, names, project, ref) {
    return readCurrent(client, names, project, ref, undefined, (set, documents) => ({
        project: set.project,
        ref: set.ref,
        file: set.file,
        packageManager: set.package_manager,
        format: set.format,
        commitSha: set.commit_sha,
        scannedAt: set.scanned_at ?? set.updated_at,
        dependencies: documents.map(storedDependency),
    }));
}
/** The consistent read of loadSets, each set (one file when given) made into a T from its current documents. */
async function readCurrent(client, names, project, ref, file, make) {
    for (let attempt = 1;; attempt++) {
        const before = (await currentSets(client, names, project, ref)).filter((s) => file === undefined || s.file === file);
        const sets = [];
        for (const set of before) {
            if (set.generation === null)
                continue;
            sets.push(make(set, await readGeneration(client, names, set.set_id, project, set.generation)));
        }
        const after = (await currentSets(client, names, project, ref)).filter((s) => file === undefined || s.file === file);
        if (signature(after) === signature(before))
            return sets;
        if (attempt >= load_ATTEMPTS) {
            throw new Error(`the sets of ${project} at ${ref} changed under ${load_ATTEMPTS} attempts to read them (a scan writing them right now?); try again`);
        }
    }
}
/** The refs a project has sets at: a terms aggregation on the sets index, routed to the project's shard. */
async function listRefs(client, names, project) {
    try {
        const answer = await client.search({
            index: names.sets,
            routing: project,
            size: 0,
            query: { bool: { filter: [{ term: { project } }, { exists: { field: 'generation' } }] } },
            aggs: { refs: { terms: { field: 'ref', size: 10_000, order: { _key: 'asc' } } } },
        });
        const buckets = answer.aggregations?.refs?.buckets ?? [];
        return buckets.map((b) => String(b.key));
    }
    catch (e) {
        if ((0,errors/* isIndexMissing */.LX)(e))
            return [];
        throw e;
    }
}

// EXTERNAL MODULE: ./build/graph/edge-codec.js
var edge_codec = __webpack_require__(63573);
;// CONCATENATED MODULE: ./build/store/elasticsearch/edges.js




/**
 * A set's edges in Elasticsearch (issue 15): each dependency document lists the positions of what it depends on
 * (`children`) among its set's purls in code-unit order (graph/edge-codec.ts). They are written in the same bulk
 * as the documents of their generation, so the generation protocol (upsert.ts) makes them appear and go with
 * the set, and a reader never sees one generation's edges with another's dependencies. Neither indexed nor in
 * doc values: only read back from _source, a few bytes a document.
 */
/** purl -> positions it depends on (absent: none), for the documents of one set. */
function childrenOf(purls, graph) {
    const order = (0,edge_codec/* edgeOrder */.Ow)(purls);
    const rows = (0,edge_codec/* edgeRows */.nj)(order, graph);
    const byPurl = new Map();
    rows.forEach((row, i) => {
        if (row.length > 0)
            byPurl.set(order[i], row);
    });
    // Part of the content hash (a re-scan with the same dependencies and other edges must write); null without
    // edges, so a set written without a graph hashes as it did before edges were stored.
    const digest = byPurl.size === 0 ? null : (0,external_node_crypto_.createHash)('sha256').update((0,edge_codec/* encodeGraph */.jb)(order, graph)).digest('base64url');
    return { byPurl, digest };
}
/** A set with its graph from its current documents: the dependencies in edge order, their children as edges. */
function withGraph(set, documents) {
    const byPurl = new Map(documents.map((d) => [d.purl, d]));
    const purls = (0,edge_codec/* edgeOrder */.Ow)(byPurl.keys());
    const rows = purls.map((p) => {
        const children = byPurl.get(p)?.children ?? [];
        // Positions past the set would name no dependency; a damaged document loses its edges, not the read.
        return children.filter((c) => Number.isInteger(c) && c >= 0 && c < purls.length);
    });
    return {
        file: set.file,
        packageManager: set.package_manager,
        format: set.format,
        dependencies: purls.map((p) => {
            const { createdAt: _c, firstCommitSha: _f, lastSeenAt: _l, ...dependency } = storedDependency(byPurl.get(p));
            return dependency;
        }),
        graph: (0,edge_codec/* graphOf */.cQ)(purls, rows),
    };
}
/** Sets of a project at a ref (one file when given) with their graphs, read consistently (load.ts). */
async function loadGraphs(client, names, project, ref, file) {
    return readCurrent(client, names, project, ref, file, withGraph);
}
/** One set with its graph and the time of its scan, read consistently (Store.loadSet); null when absent. */
async function loadSetWithGraph(client, names, project, ref, file) {
    const [found] = await readCurrent(client, names, project, ref, file, (set, documents) => ({ ...withGraph(set, documents), scannedAt: set.scanned_at ?? set.updated_at }));
    return found ?? null;
}

// EXTERNAL MODULE: ./build/store/elasticsearch/mappings.js
var mappings = __webpack_require__(9319);
// EXTERNAL MODULE: ./build/store/file-filter.js
var file_filter = __webpack_require__(47773);
// EXTERNAL MODULE: ./build/store/search-query.js
var search_query = __webpack_require__(20201);
;// CONCATENATED MODULE: ./build/store/elasticsearch/query.js

/** Project, group, ref and default-branch scope; the same fields exist on set documents. */
function scopeFilters(query) {
    const out = [];
    if (query.project !== undefined)
        out.push({ term: { project: query.project } });
    if (query.group !== undefined)
        out.push({ term: { project_namespaces: query.group.replace(/\/+$/, '') } });
    if (query.ref !== undefined)
        out.push({ term: { ref: query.ref } });
    if (query.defaultBranchOnly)
        out.push({ term: { default_branch: true } });
    return out;
}
/** Every filter of the query except the version range, which needs the versions first (search.ts). */
function dependencyFilters(query, files = null) {
    const out = [...scopeFilters(query)];
    // The keys the SQLite store matches too (keys.ts), against the same canonical key written at index time, or a
    // Maven artifact id alone.
    if (query.name !== undefined) {
        const keys = (0,store_keys/* nameKeys */.u3)(query.name, query.type);
        const full = { terms: { 'package.canonical_name': keys } };
        out.push((0,store_keys/* mayBeArtifactId */.iu)(query.type) ? { bool: { should: [full, { terms: { 'package.short_name': keys } }], minimum_should_match: 1 } } : full);
    }
    if (query.type !== undefined)
        out.push({ term: { 'package.type': query.type } });
    if (query.version !== undefined)
        out.push({ term: { version: query.version } });
    if (query.license !== undefined)
        out.push({ term: { license_keys: (0,store_keys/* licenseKey */.zO)(query.license) } });
    if (query.advisory !== undefined)
        out.push({ term: { vulnerabilities: query.advisory } });
    if (query.addedSince !== undefined)
        out.push({ range: { created_at: { gte: query.addedSince.toISOString() } } });
    // The paths a --file stands for, resolved before (file-filter.ts, search.ts).
    if (files !== null)
        out.push({ terms: { file: [...files] } });
    return out;
}
/**
 * Development dependencies are excluded by must_not, so unknown (null) ones stay in: a reader asking for
 * "production" must not lose dependencies whose input could not tell.
 */
function dependencyMustNot(query, hiddenGenerations) {
    const out = [];
    if (query.excludeDevelopment)
        out.push({ term: { development: true } });
    if (hiddenGenerations.length > 0)
        out.push({ terms: { generation: [...hiddenGenerations] } });
    return out;
}
/** A stable order, so paging with from/size neither skips nor repeats a hit between pages. */
const hitSort = [
    { project: 'asc' },
    { ref: 'asc' },
    { file: 'asc' },
    { 'package.canonical_name': 'asc' },
    { version: 'asc' },
    { purl: 'asc' },
];
/** How many project buckets a search returns; terms counts are exact while an index holds fewer projects. */
const PROJECT_BUCKETS = 10_000;
function searchBody(query, hiddenGenerations, versions, files = null) {
    const filter = dependencyFilters(query, files);
    if (versions !== null)
        filter.push({ terms: { version: [...versions] } });
    return {
        query: { bool: { filter, must_not: dependencyMustNot(query, hiddenGenerations) } },
        sort: hitSort,
        from: query.offset,
        size: query.limit,
        track_total_hits: true,
        aggs: {
            by_project: { terms: { field: 'project', size: PROJECT_BUCKETS, order: [{ _count: 'desc' }, { _key: 'asc' }] } },
        },
    };
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/search.js






/** Elasticsearch's default index.max_result_window: from + size beyond it is refused. */
const MAX_RESULT_WINDOW = 10_000;
/** Distinct versions a range is evaluated against: index.max_terms_count, the most a terms filter may list. */
const MAX_VERSIONS = 65_536;
const VERSION_PAGE = 1_000;
/** Checks what would otherwise come back as an Elasticsearch error a reader has to decode. */
function checkQuery(query) {
    if (query.advisory !== undefined)
        return (0,result/* err */._)(search_query/* ADVISORY_NOT_IN_INDEX */.f7);
    if (!Number.isInteger(query.limit) || query.limit < 0)
        return (0,result/* err */._)(`the limit must be a whole number >= 0, not ${query.limit}`);
    if (!Number.isInteger(query.offset) || query.offset < 0)
        return (0,result/* err */._)(`the offset must be a whole number >= 0, not ${query.offset}`);
    if (query.offset + query.limit > MAX_RESULT_WINDOW) {
        return (0,result/* err */._)(`offset + limit may not pass ${MAX_RESULT_WINDOW} with Elasticsearch (index.max_result_window); narrow the search`);
    }
    return (0,result.ok)(null);
}
/**
 * The distinct versions matching every other filter, paged with a composite aggregation, then the range is
 * evaluated in JS by the ecosystem's own semantics (a Maven range or a PEP 440 specifier is not something a
 * keyword range query can answer). The caller turns them into an exact `terms` filter, so totals stay exact.
 */
async function versionsInRange(client, names, query, hidden, contains, files) {
    const matching = [];
    let seen = 0;
    let after;
    for (;;) {
        const answer = await client.search({
            index: names.dependencies,
            ...(query.project !== undefined ? { routing: query.project } : {}),
            size: 0,
            query: { bool: { filter: dependencyFilters(query, files), must_not: dependencyMustNot(query, hidden) } },
            aggs: {
                versions: {
                    composite: { size: VERSION_PAGE, sources: [{ version: { terms: { field: 'version' } } }], ...(after ? { after } : {}) },
                },
            },
        });
        const agg = answer.aggregations?.versions;
        const buckets = (agg?.buckets ?? []);
        for (const bucket of buckets) {
            const version = bucket.key.version;
            if (typeof version === 'string' && contains(version))
                matching.push(version);
        }
        seen += buckets.length;
        if (seen > MAX_VERSIONS)
            return (0,result/* err */._)(`more than ${MAX_VERSIONS} distinct versions match; add a package name to the range search`);
        if (buckets.length < VERSION_PAGE || !agg?.after_key)
            return (0,result.ok)(matching);
        after = agg.after_key;
    }
}
/** The range as a test of version strings (search-query.ts, shared with SQLite), cached per distinct version. */
function rangeTest(query) {
    if (query.versionRange === undefined)
        return (0,result.ok)(null);
    if (query.type === undefined)
        return (0,result/* err */._)('a version range needs a purl type: ranges mean something only in one ecosystem');
    const matcher = (0,search_query/* rangeMatcher */.C2)(query.type, query.versionRange);
    if (!matcher.ok)
        return matcher;
    const cache = new Map();
    return (0,result.ok)((version) => {
        let answer = cache.get(version);
        if (answer === undefined)
            cache.set(version, (answer = matcher.value(version)));
        return answer;
    });
}
function toHit(doc) {
    return {
        project: doc.project,
        ref: doc.ref,
        file: doc.file,
        purl: doc.purl,
        type: doc.package.type,
        name: doc.package.name,
        canonicalName: doc.package.canonical_name,
        version: doc.version,
        licenses: doc.licenses,
        development: doc.development,
        introduced: doc.introduced,
        createdAt: doc.created_at,
        firstCommitSha: doc.first_commit_sha,
        commit: doc.commit_sha,
        // Documents written before the field existed lack it.
        pipelineUrl: doc.pipeline_url ?? null,
        // Every document of a set is rewritten with the scan's time (its content hash holds it): last seen = scanned.
        scannedAt: doc.last_seen_at,
    };
}
const EMPTY = { total: 0, hits: [], byProject: [] };
/**
 * The stored paths a `--file` stands for: exact paths as they are; for a glob, the distinct files of the sets in
 * scope (sets are few, one per dependency file) kept by the same matcher SQLite uses (file-filter.ts).
 */
async function filesOf(client, names, query) {
    if (query.file === undefined)
        return (0,result.ok)(null);
    const filter = (0,file_filter/* fileFilter */.Lt)(query.file);
    if (filter.kind === 'exact')
        return (0,result.ok)(filter.files);
    const files = [];
    let after;
    for (;;) {
        const answer = await client.search({
            index: names.sets,
            ...(query.project !== undefined ? { routing: query.project } : {}),
            size: 0,
            query: { bool: { filter: scopeFilters(query) } },
            aggs: { files: { composite: { size: VERSION_PAGE, sources: [{ file: { terms: { field: 'file' } } }], ...(after ? { after } : {}) } } },
        });
        const agg = answer.aggregations?.files;
        const buckets = (agg?.buckets ?? []);
        for (const bucket of buckets) {
            const file = bucket.key.file;
            if (typeof file === 'string' && filter.matches(file))
                files.push(file);
        }
        if (files.length > MAX_VERSIONS)
            return (0,result/* err */._)(`more than ${MAX_VERSIONS} files match the --file glob; narrow it`);
        if (buckets.length < VERSION_PAGE || !agg?.after_key)
            return (0,result.ok)(files);
        after = agg.after_key;
    }
}
/** Runs a search; Result errors for bad queries, thrown client errors for the caller to describe. */
async function search(client, names, query) {
    const checked = checkQuery(query);
    if (!checked.ok)
        return checked;
    const test = rangeTest(query);
    if (!test.ok)
        return test;
    const contains = test.value;
    return consistentRead(client, names, async (hidden) => {
        let files;
        try {
            const found = await filesOf(client, names, query);
            if (!found.ok)
                return found;
            files = found.value;
        }
        catch (e) {
            if ((0,errors/* isIndexMissing */.LX)(e))
                return (0,result.ok)(EMPTY);
            throw e;
        }
        let versions = null;
        if (contains) {
            const found = await versionsInRange(client, names, query, hidden, contains, files).catch((e) => {
                if ((0,errors/* isIndexMissing */.LX)(e))
                    return (0,result.ok)([]);
                throw e;
            });
            if (!found.ok)
                return found;
            versions = found.value;
        }
        try {
            const answer = await client.search({
                index: names.dependencies,
                // Scoped to a project, the search goes to the one shard holding it (routing, see documents.ts).
                ...(query.project !== undefined ? { routing: query.project } : {}),
                ...searchBody(query, hidden, versions, files),
            });
            const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
            const terms = answer.aggregations?.by_project;
            const buckets = (terms?.buckets ?? []);
            return (0,result.ok)({
                total,
                hits: answer.hits.hits.flatMap((h) => (h._source ? [toHit(h._source)] : [])),
                byProject: buckets.map((b) => ({ project: String(b.key), count: b.doc_count })),
            });
        }
        catch (e) {
            if ((0,errors/* isIndexMissing */.LX)(e))
                return (0,result.ok)(EMPTY);
            throw e;
        }
    });
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/refs.js
/**
 * The ref's type and default-branch flag hold for every set of the ref, also those a scan does not list; and a
 * project has one default branch, so a scan of the default branch clears the flag on the project's other refs
 * (the SQLite store does the same). The flags are denormalised on every document for filtering, so this is an
 * update_by_query on both indices, touching only documents whose values differ: nothing, in the usual scan.
 */
const ASSIGN = {
    lang: 'painless',
    source: 'for (entry in params.set.entrySet()) { ctx._source[entry.getKey()] = entry.getValue(); }',
};
function updates(context) {
    const project = { term: { project: context.project } };
    const out = [
        {
            query: {
                bool: {
                    filter: [project, { term: { ref: context.ref } }],
                    should: [
                        { bool: { must_not: [{ term: { default_branch: context.defaultBranch } }] } },
                        { bool: { must_not: [{ term: { ref_type: context.refType } }] } },
                    ],
                    minimum_should_match: 1,
                },
            },
            set: { default_branch: context.defaultBranch, ref_type: context.refType },
        },
    ];
    if (context.defaultBranch) {
        out.push({
            query: { bool: { filter: [project, { term: { default_branch: true } }], must_not: [{ term: { ref: context.ref } }] } },
            set: { default_branch: false },
        });
    }
    return out;
}
/**
 * Throws the client's errors. `conflicts: proceed` skips a document a concurrent writer of the project changes
 * meanwhile; that writer ends with its own markRef, which sets the flags again.
 */
async function markRef(client, names, context) {
    for (const { query, set } of updates(context)) {
        for (const index of [names.sets, names.dependencies]) {
            await client.updateByQuery({
                index,
                routing: context.project,
                query,
                script: { ...ASSIGN, params: { set } },
                conflicts: 'proceed',
                refresh: true,
            });
        }
    }
}

// EXTERNAL MODULE: ./build/store/scan-input.js
var scan_input = __webpack_require__(97568);
;// CONCATENATED MODULE: ./build/store/elasticsearch/changed.js




/** What decides whether a set changed: its content and, when it has a graph, its edges. */
function setHash(context, set, dependencies, digest = childrenOf(dependencies.map((d) => d.purl), set.graph).digest) {
    return contentHash(context, set.file, set.packageManager, set.format, dependencies) + (digest === null ? '' : `.${digest}`);
}
/** The index of the last set whose content differs from its stored current generation; -1 when none does. */
async function lastChanged(writer, context, sets) {
    for (let i = sets.length - 1; i >= 0; i--) {
        const set = sets[i];
        const existing = await readSet(writer.client, writer.names, setId(context.project, context.ref, set.file), context.project);
        if (!existing?.doc.generation || existing.doc.content_hash !== setHash(context, set, (0,scan_input/* mergeByPurl */.h)(set.dependencies)))
            return i;
    }
    return -1;
}

// EXTERNAL MODULE: ./build/store/elasticsearch/write.js
var write = __webpack_require__(67797);
;// CONCATENATED MODULE: ./build/store/elasticsearch/findings-publish.js


const SUFFIX = '-findings';
const findingsGeneration = (setGeneration) => `${setGeneration}${SUFFIX}`;
/** Reads the ref's stored findings (their first sightings and generations) and prepares the new documents. */
async function prepareFindings(client, names, context, findings) {
    const stored = await loadDocuments(client, names, context.project, context.ref);
    const before = new Map();
    // Several generations may be stored for a moment (a crashed write's leftovers): the earliest sighting counts.
    for (const d of stored) {
        const known = before.get(d.finding_id);
        if (!known || d.first_seen_at < known.first_seen_at)
            before.set(d.finding_id, d);
    }
    const unique = new Map(findings.map((f) => [f.id, f]));
    const now = context.scannedAt.toISOString();
    const previous = [...new Set(stored.map((d) => d.generation).filter((g) => typeof g === 'string'))];
    const legacy = stored.some((d) => d.generation === undefined);
    return {
        generationFor: findingsGeneration,
        previous: () => previous,
        summary: {
            written: unique.size,
            added: [...unique.keys()].filter((id) => !before.has(id)).length,
            removed: [...before.keys()].filter((id) => !unique.has(id)).length,
        },
        async write(generation) {
            const operations = [];
            for (const f of unique.values()) {
                const doc = { ...findingDocument(context, f, before.get(f.id), now), generation };
                operations.push({ index: { _index: names.alias, _id: findingDocumentId(context.project, context.ref, `${f.id}\u0000${generation}`), routing: context.project } }, doc);
            }
            if (operations.length > 0) {
                const answer = await client.bulk({ operations: operations, refresh: 'wait_for' });
                if (answer.errors) {
                    const first = answer.items.find((i) => i.index?.error)?.index?.error;
                    return `storing findings failed: ${first?.type ?? 'error'}: ${first?.reason ?? ''}`;
                }
            }
            return null;
        },
        async afterFlip() {
            // Documents of standalone writes (rescan, older depindex) have no generation to hide: readers see them
            // beside the new ones from the flip until this delete.
            if (legacy)
                await deleteFindings(client, names, context.project, { bool: { filter: [{ term: { ref: context.ref } }], must_not: [{ exists: { field: 'generation' } }] } });
        },
    };
}
/**
 * Step 4 for findings: the documents of retired findings generations (the ref's previous ones, a failed or
 * crashed write's). Set generations among `generations` carry no findings and are skipped.
 */
async function retireFindings(client, names, routing, generations) {
    const findings = generations.filter((g) => g.endsWith(SUFFIX));
    if (findings.length === 0)
        return;
    await deleteFindings(client, names, routing, { bool: { filter: [{ terms: { generation: findings } }] } });
}
async function deleteFindings(client, names, project, query) {
    try {
        const scoped = { bool: { filter: [{ term: { project } }, query] } };
        await client.deleteByQuery({ index: names.alias, routing: project, query: scoped, refresh: true, conflicts: 'proceed' }, { maxRetries: 0 });
    }
    catch (e) {
        if (!(0,errors/* isIndexMissing */.LX)(e))
            throw e;
    }
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/upsert.js








// Shared with the SQLite store so both refuse and merge alike; they belong in a store-neutral module (see report).



/**
 * With `options.findings` on a complete write and a findings index, they are published by the flip of the last
 * set this scan changes (its "rider", findings-publish.ts). `standalone` writes them when no set changes (the
 * sets readers see are then the ones the findings describe either way) and on a partial write.
 */
async function writeScan(writer, context, sets, options = {}, standalone) {
    // The same refusals as the SQLite store, before anything is written.
    const checked = (0,scan_input/* checkScan */.W)(context, sets);
    if (!checked.ok)
        return checked;
    // Still being made (vulnerabilities matched): awaited first, as the rider is made before the first set is written.
    let findings;
    try {
        findings = await options.findings;
    }
    catch (e) {
        return (0,result/* err */._)(`nothing was written: the findings could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
    let rider = null;
    let carrier = -1;
    // Only a complete write's findings ride on a flip: the flip hides every earlier finding of the ref.
    if (findings !== undefined && options.complete && writer.findings) {
        try {
            rider = await prepareFindings(writer.client, writer.findings, context, findings);
            carrier = await lastChanged(writer, context, sets);
        }
        catch (e) {
            return (0,result/* err */._)((0,errors/* describeError */.Uc)(writer.location, 'read findings from', e));
        }
    }
    let added = 0;
    let kept = 0;
    let removed = 0;
    let published = false;
    for (const [i, set] of sets.entries()) {
        let written;
        try {
            written = await writeSet(writer, context, set, i === carrier ? rider : null);
        }
        catch (e) {
            written = (0,result/* err */._)((0,errors/* describeError */.Uc)(writer.location, 'write to', e));
        }
        if (!written.ok)
            return (0,result/* err */._)(`cannot store ${set.file} of ${context.project} at ${context.ref}: ${written.error}`);
        added += written.value.added;
        kept += written.value.kept;
        removed += written.value.removed;
        published ||= written.value.published === true;
    }
    let findingsSummary;
    if (findings !== undefined) {
        if (published && rider)
            findingsSummary = rider.summary;
        else if (standalone) {
            const alone = await standalone();
            if (!alone.ok)
                return (0,result/* err */._)(`the sets were written, but not their findings: ${alone.error}`);
            findingsSummary = alone.value;
        }
    }
    try {
        await markRef(writer.client, writer.names, context);
    }
    catch (e) {
        return (0,result/* err */._)(`the sets were written, but the default-branch flags of ${context.project} could not be updated: ${(0,errors/* describeError */.Uc)(writer.location, 'write to', e)}`);
    }
    if (!options.complete)
        return (0,result.ok)({ sets: sets.length, added, kept, removed, ...(findingsSummary ? { findings: findingsSummary } : {}) });
    // After the new sets are current, so a reader never sees the ref with neither the old files nor the new ones.
    let retired;
    try {
        retired = await retireOthers(writer, context.project, context.ref, new Set(sets.map((s) => s.file)));
    }
    catch (e) {
        retired = (0,result/* err */._)((0,errors/* describeError */.Uc)(writer.location, 'write to', e));
    }
    if (!retired.ok)
        return (0,result/* err */._)(`the sets were written, but the files this scan no longer has were not all retired: ${retired.error}`);
    return (0,result.ok)({ sets: sets.length, added, kept, removed, retired: retired.value, ...(findingsSummary ? { findings: findingsSummary } : {}) });
}
function baseSetDocument(context, id, set, now) {
    return {
        set_id: id,
        project: context.project,
        project_namespaces: (0,store_keys/* projectNamespaces */.aD)(context.project),
        ref: context.ref,
        ref_type: context.refType,
        default_branch: context.defaultBranch,
        file: set.file,
        package_manager: set.packageManager,
        format: set.format,
        commit_sha: null,
        pipeline_url: null,
        scanned_at: null,
        updated_at: now,
        generation: null,
        hidden_generations: [],
        write_count: 0,
        content_hash: null,
        counts: { dependencies: 0, added: 0, kept: 0, removed: 0 },
    };
}
async function writeSet(writer, context, set, rider) {
    const { client, names } = writer;
    // Routing by project (DESIGN.md 10): 10^5 projects x 10 refs x 500 dependencies = 5x10^8 documents over
    // 16-32 shards. Routed, a project's documents live on one shard: its writes, its loadSets and every search
    // scoped to it touch that shard alone instead of fanning out to all of them. Searches scoped to a group or the
    // instance still fan out, as they must. Routing by top-level group would bring groups to one shard too, but
    // one large group would then make one hot, oversized shard.
    const routing = context.project;
    const id = setId(context.project, context.ref, set.file);
    const started = writer.clock();
    const generation = newGeneration(started);
    const riding = rider ? [rider.generationFor(generation)] : [];
    const dependencies = (0,scan_input/* mergeByPurl */.h)(set.dependencies);
    const edges = childrenOf(dependencies.map((d) => d.purl), set.graph);
    const hash = setHash(context, set, dependencies, edges.digest);
    // Memory: what the current generation knows about each version (created_at, first commit).
    const existing = await readSet(client, names, id, routing);
    if (existing?.doc.generation && existing.doc.content_hash === hash) {
        // The same scan again (a retried job): its documents are already there, ids included; write nothing.
        return (0,result.ok)({ added: 0, kept: dependencies.length, removed: 0 });
    }
    const previous = existing?.doc.generation ? await readGeneration(client, names, id, routing, existing.doc.generation) : [];
    const remembered = new Map(previous.map((d) => [d.purl, { createdAt: d.created_at, firstCommitSha: d.first_commit_sha }]));
    // 1. Announce N as hidden before any of its documents exist.
    const announced = await changeSet(client, names, id, routing, (current) => {
        const base = current ?? baseSetDocument(context, id, set, started.toISOString());
        return { ...base, hidden_generations: [...base.hidden_generations, generation, ...riding], write_count: base.write_count + 1 };
    });
    if (!announced.ok)
        return announced;
    // 2. Write N.
    const place = { context, setId: id, file: set.file, packageManager: set.packageManager, format: set.format };
    const documents = dependencies.map((d) => ({
        id: dependencyId(id, d.purl, generation),
        routing,
        label: d.purl,
        source: withChildren(dependencyDocument(place, d, generation, remembered.get(d.purl)), edges.byPurl.get(d.purl)),
    }));
    let failed = null;
    try {
        const failures = await (0,write/* bulkIndex */.rS)(client, names.dependencies, documents, writer.bulk, 'wait_for');
        if (failures.length > 0) {
            failed = `${failures.length} of ${documents.length} dependencies were refused by Elasticsearch:\n${(0,write/* describeFailures */.ng)(failures)}`;
        }
    }
    catch (e) {
        failed = (0,errors/* describeError */.Uc)(writer.location, 'write to', e);
    }
    if (failed === null && rider) {
        failed = await rider.write(riding[0]).catch((e) => (0,errors/* describeError */.Uc)(writer.location, 'write findings to', e));
    }
    if (failed !== null) {
        // N stays hidden while it is deleted, so readers never see part of it; C was never touched.
        await retire(writer, id, routing, [generation, ...riding]).catch(() => undefined);
        return (0,result/* err */._)(failed);
    }
    // 3. Flip. Whatever generation is current now is retired, even one a concurrent writer made current.
    const kept = dependencies.filter((d) => remembered.has(d.purl)).length;
    const newPurls = new Set(dependencies.map((d) => d.purl));
    const summary = {
        added: dependencies.length - kept,
        kept,
        removed: previous.filter((d) => !newPurls.has(d.purl)).length,
    };
    let toDelete = [];
    const flipped = await changeSet(client, names, id, routing, (current) => {
        if (!current || !current.hidden_generations.includes(generation)) {
            return `this write was abandoned as stale by a later write of the same set (it took longer than ${writer.staleAfterMs} ms); run the scan again`;
        }
        const now = writer.clock().getTime();
        const stale = current.hidden_generations.filter((g) => g !== generation && !riding.includes(g) && (generationStartedAt(g) ?? 0) < now - writer.staleAfterMs);
        // The ref's previous findings are hidden by this same flip that shows the new ones.
        const oldFindings = rider ? rider.previous().filter((g) => !riding.includes(g)) : [];
        toDelete = [...new Set([...(current.generation ? [current.generation] : []), ...stale, ...oldFindings])];
        return {
            ...baseSetDocument(context, id, set, writer.clock().toISOString()),
            commit_sha: context.commitSha,
            pipeline_url: context.pipelineUrl,
            scanned_at: context.scannedAt.toISOString(),
            generation,
            hidden_generations: [...new Set([...current.hidden_generations.filter((g) => g !== generation && !riding.includes(g)), ...toDelete])],
            write_count: current.write_count,
            content_hash: hash,
            counts: { dependencies: dependencies.length, ...summary },
        };
    });
    if (!flipped.ok) {
        await retire(writer, id, routing, [generation, ...riding]).catch(() => undefined);
        return flipped;
    }
    const published = rider !== null;
    if (rider)
        await rider.afterFlip().catch(() => undefined); // leftovers of older writes; the next write retries
    // 4 and 5. The set is now written; what follows is cleanup, but leftovers would show in Kibana, so say so.
    const retired = await retire(writer, id, routing, toDelete).catch((e) => (0,errors/* describeError */.Uc)(writer.location, 'clean up in', e));
    if (typeof retired === 'string') {
        return (0,result/* err */._)(`the set was written, but its previous generation could not be deleted (readers do not see it; the next write removes it): ${retired}`);
    }
    return (0,result.ok)({ ...summary, published });
}
/** Deletes generations that are hidden, then unhides them. Throws the client's errors. */
async function retire(writer, id, routing, generations) {
    if (generations.length === 0)
        return true;
    const { client, names } = writer;
    for (let attempt = 0;; attempt++) {
        try {
            const answer = await client.deleteByQuery({
                index: names.dependencies,
                routing,
                query: { bool: { filter: [{ term: { set_id: id } }, { terms: { generation: [...generations] } }] } },
                conflicts: 'proceed',
                refresh: true,
            }, { maxRetries: 0 });
            const failures = answer.failures ?? [];
            if (failures.length > 0) {
                // Keep them hidden: a half-deleted generation must not become visible.
                return `delete_by_query failed for ${failures.length} documents: ${failures.map((f) => f.cause?.reason ?? f.cause?.type ?? JSON.stringify(f)).slice(0, 5).join('; ')}`;
            }
            break;
        }
        catch (e) {
            if (!(0,write/* isRetryableStatus */.PS)((0,errors/* statusOf */.c2)(e)) || attempt >= writer.bulk.retries)
                throw e;
            await writer.bulk.sleep((0,write/* backoffDelay */.EY)(writer.bulk, attempt));
        }
    }
    // Findings that rode on these generations (or are the ref's retired findings) go with them, still hidden.
    if (writer.findings)
        await retireFindings(client, writer.findings, routing, generations);
    const unhidden = await changeSet(client, names, id, routing, (current) => current ? { ...current, hidden_generations: current.hidden_generations.filter((g) => !generations.includes(g)) } : 'the set document is gone');
    return unhidden.ok ? true : unhidden.error;
}
/** The document with its edges (edges.ts), written in the same bulk as its generation. */
function withChildren(document, children) {
    return children === undefined ? document : { ...document, children };
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/open.js
















const CLOUD_PREFIX = 'elastic-cloud:';
const isUrl = (text) => /^https?:\/\//i.test(text);
/** Whether a `--store` value names an Elasticsearch: an http(s) URL, `elastic-cloud:<cloud id>` or a bare cloud id. */
function isElasticsearchLocation(location) {
    return isUrl(location) || location.startsWith(CLOUD_PREFIX) || /^[^/:]+:[A-Za-z0-9+/]+={0,2}$/.test(location);
}
/**
 * Connection settings from the environment: DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and
 * DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (a PEM file); DEPINDEX_ES_CLOUD_ID. Secrets stay out of URLs and
 * command lines, which CI logs print. Empty variables count as unset (CI templates often define them empty).
 */
function elasticsearchOptionsFromEnv(env) {
    const get = (name) => {
        const value = env[name]?.trim();
        return value ? value : undefined;
    };
    const options = {};
    const apiKey = get('DEPINDEX_ES_API_KEY');
    const username = get('DEPINDEX_ES_USERNAME');
    const password = env['DEPINDEX_ES_PASSWORD'] || undefined;
    const caCertPath = get('DEPINDEX_ES_CA_CERT');
    const cloudId = get('DEPINDEX_ES_CLOUD_ID');
    if (apiKey)
        options['apiKey'] = apiKey;
    if (username)
        options['username'] = username;
    if (password)
        options['password'] = password;
    if (caCertPath)
        options['caCertPath'] = caCertPath;
    if (cloudId)
        options['cloudId'] = cloudId;
    return options;
}
async function checkServer(client, location) {
    try {
        // No retries: a wrong URL or refused credentials should fail the job at once, not after a backoff.
        const info = await client.info({}, { maxRetries: 0 });
        const version = info.version.number;
        const major = Number(version.split('.')[0]);
        if (major !== 8 && major !== 9) {
            return (0,result/* err */._)(`Elasticsearch at ${location} runs ${version}; depindex supports 8.x and 9.x`);
        }
        return (0,result.ok)(version);
    }
    catch (e) {
        return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'connect to', e));
    }
}
/**
 * The client a `--store` value names, with credentials from `options.env`; nothing is sent yet. The package
 * metadata (src/metadata/store/elasticsearch/) connects through here too.
 */
async function connectElasticsearch(url, options = {}) {
    const settings = { ...(options.env ? elasticsearchOptionsFromEnv(options.env) : {}), ...options };
    const text = url.trim();
    const nodeUrl = isUrl(text) ? text : '';
    const cloudId = nodeUrl ? settings.cloudId : text.startsWith(CLOUD_PREFIX) ? text.slice(CLOUD_PREFIX.length) : text || settings.cloudId;
    const location = displayLocation(nodeUrl, cloudId);
    const caCertPath = settings.caCertPath && options.cwd ? (0,external_node_path_.resolve)(options.cwd, settings.caCertPath) : settings.caCertPath;
    const built = await buildClient(nodeUrl, {
        ...settings,
        ...(cloudId ? { cloudId } : {}),
        ...(caCertPath ? { caCertPath } : {}),
    });
    if (!built.ok)
        return built;
    return (0,result.ok)({ client: built.value, location, settings });
}
/**
 * Opens the store and checks the server answers (so a wrong URL or credentials fail here, with a message, not
 * halfway through a scan). Indices are created on the first write.
 * `url` is an http(s) URL, an Elastic Cloud id (bare or as `elastic-cloud:<id>`), or empty with `options.cloudId`.
 */
async function openElasticsearchStore(url, options = {}) {
    const connected = await connectElasticsearch(url, options);
    if (!connected.ok)
        return connected;
    const { client, location, settings } = connected.value;
    const server = await checkServer(client, location);
    if (!server.ok) {
        await client.close().catch(() => undefined);
        return server;
    }
    const names = (0,mappings/* indexNames */.dC)(settings.indexPrefix);
    const layout = { shards: settings.shards ?? 1, replicas: settings.replicas ?? 1 };
    const bulk = { ...write/* defaultBulkPolicy */.OM, ...settings.bulk };
    const clock = settings.clock ?? (() => new Date());
    const findingIndex = findingsNames(settings.indexPrefix);
    const writer = { client, names, location, bulk, clock, staleAfterMs: settings.staleAfterMs ?? 3_600_000, findings: findingIndex };
    let ready = null;
    const setup = () => {
        // The findings index is set up with the others, so `es setup` prepares everything a scan writes.
        const everything = async () => {
            const report = await (0,elasticsearch_setup/* ensureIndices */.Yh)(client, names, layout);
            const findings = await ensureFindingsIndex(client, findingIndex, layout.replicas);
            return {
                templates: [...report.templates, findingIndex.template],
                createdIndices: [...report.createdIndices, ...(findings.created ? [findings.index] : [])],
                aliases: { ...report.aliases, [findingIndex.alias]: findings.index },
            };
        };
        ready ??= everything().then((report) => (0,result.ok)(report), (e) => {
            ready = null; // a later call may succeed (a restarted node, fixed privileges)
            return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'set up the indices in', e));
        });
        return ready;
    };
    // Writers also bring the indices to this depindex's store schema (or refuse a newer one) before writing.
    let versioned = null;
    const prepare = async () => {
        const made = await setup();
        if (!made.ok)
            return made;
        versioned ??= (0,schema_version/* prepareSchemaVersion */.dC)(client, names, location).then((checked) => {
            if (!checked.ok)
                versioned = null;
            return checked;
        }, (e) => {
            versioned = null;
            return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'check the store schema of', e));
        });
        return versioned;
    };
    // Readers check once that no newer depindex wrote the indices (writers do it in `prepare`, and migrate).
    let checked = null;
    const readable = () => {
        checked ??= (0,schema_version/* refuseNewerSchema */.Td)(client, names, location).then((answer) => answer, (e) => {
            checked = null;
            return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'check the store schema of', e));
        });
        return checked;
    };
    const reading = async (doing, run) => {
        const gate = await readable();
        if (!gate.ok)
            return gate;
        try {
            return (0,result.ok)(await run());
        }
        catch (e) {
            return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, doing, e));
        }
    };
    return (0,result.ok)({
        location,
        names,
        setup,
        upgradeSchema: prepare,
        async writeScan(context, sets, writeOptions = {}) {
            const prepared = await prepare();
            if (!prepared.ok)
                return prepared;
            // On a complete write the findings ride on the flip of the last set that changes (findings-publish.ts); when
            // none changes, or on a partial write (whose findings must not hide those of files it did not read), they
            // are written on their own after the sets.
            const onlyFiles = writeOptions.complete ? undefined : sets.map((s) => s.file);
            const standalone = async () => {
                try {
                    return (0,result.ok)(await writeFindings(client, findingIndex, context, (await writeOptions.findings) ?? [], onlyFiles));
                }
                catch (e) {
                    return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'write findings to', e));
                }
            };
            return writeScan(writer, context, sets, writeOptions, standalone);
        },
        async prune(request) {
            try {
                const prepared = await prepare();
                if (!prepared.ok)
                    return prepared;
                return await prune(writer, request, (project, ref) => deleteRefFindings(client, findingIndex, project, ref));
            }
            catch (e) {
                return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'prune refs in', e));
            }
        },
        loadSets: (project, ref) => reading('read from', () => loadSets(client, names, project, ref)),
        loadGraphs: (project, ref, file) => reading('read from', () => loadGraphs(client, names, project, ref, file)),
        loadSet: (project, ref, file) => reading('read from', () => loadSetWithGraph(client, names, project, ref, file)),
        async writeFindings(context, findings, onlyFiles) {
            const prepared = await setup();
            if (!prepared.ok)
                return prepared;
            try {
                return (0,result.ok)(await writeFindings(client, findingIndex, context, findings, onlyFiles));
            }
            catch (e) {
                return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'write findings to', e));
            }
        },
        async writeFindingsBatch(writes) {
            if (writes.length === 0)
                return (0,result.ok)([]);
            const prepared = await setup();
            if (!prepared.ok)
                return prepared;
            const summaries = [];
            try {
                // No transaction to share: each ref's findings are written as writeFindings writes them, in order.
                for (const w of writes)
                    summaries.push(await writeFindings(client, findingIndex, w.context, w.findings, w.onlyFiles));
                return (0,result.ok)(summaries);
            }
            catch (e) {
                return (0,result/* err */._)((0,errors/* describeError */.Uc)(location, 'write findings to', e));
            }
        },
        loadFindings: (project, ref) => reading('read from', () => consistentRead(client, names, (hidden) => loadFindings(client, findingIndex, project, ref, hidden))),
        searchFindings: (query) => reading('search', () => consistentRead(client, names, (hidden) => searchFindings(client, findingIndex, query, hidden))),
        listRefs: (project) => reading('read from', () => listRefs(client, names, project)),
        async search(query) {
            const found = await reading('search', () => search(client, names, query));
            return found.ok ? found.value : found;
        },
        async close() {
            await client.close();
        },
        listProjects: (query) => reading('read from', () => listProjects(client, names, query)),
        listSets: (project, ref) => reading('read from', () => listSets(client, names, project, ref)),
    });
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

/***/ 71951:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ aliasTarget),
/* harmony export */   U1: () => (/* binding */ createWithWriteAlias),
/* harmony export */   Yh: () => (/* binding */ ensureIndices)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15163);
/* harmony import */ var _mappings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9319);


/**
 * Puts the index templates, then makes sure each alias points at an index, creating the versioned index with the
 * alias when missing. Idempotent: templates are replaced with the same body, an existing alias is left where it is
 * (it may point at a newer index an operator moved it to), and losing a creation race to another writer is fine.
 * Throws the client's errors; callers turn them into messages (errors.ts).
 */
async function ensureIndices(client, names, layout) {
    const templates = (0,_mappings_js__WEBPACK_IMPORTED_MODULE_0__/* .indexTemplates */ .UA)(names, layout);
    for (const body of templates)
        await client.indices.putIndexTemplate(body);
    const createdIndices = [];
    const aliases = {};
    for (const [alias, index] of [
        [names.dependencies, names.dependenciesIndex],
        [names.sets, names.setsIndex],
    ]) {
        const existing = await aliasTarget(client, alias);
        if (existing !== null) {
            aliases[alias] = existing;
            // Fields added since the index was created (optional, issue 18; edges, package.short_name, pipeline_url, issue 15): adding a field
            // to a mapping needs no reindex, and the same mapping again changes nothing; a strict mapping would
            // otherwise refuse every new document that carries them.
            if (alias === names.dependencies)
                await client.indices.putMapping({ index: existing, properties: _mappings_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyMappings */ .lL.properties ?? {} });
            continue;
        }
        if (await createWithWriteAlias(client, index, alias))
            createdIndices.push(index);
        aliases[alias] = index;
    }
    return { templates: templates.map((t) => t.name), createdIndices, aliases };
}
/** The index an alias points at (its write index during a reindex), or null when there is no such alias. */
async function aliasTarget(client, alias) {
    try {
        const answer = await client.indices.getAlias({ name: alias });
        const indices = Object.keys(answer).sort();
        // Several indices during a reindex: the write index is the one writes go to.
        const write = indices.find((i) => answer[i]?.aliases[alias]?.is_write_index === true);
        return write ?? indices[0] ?? null;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(e) === 404)
            return null;
        throw e;
    }
}
/**
 * Creates `index` as the write index of `alias`; true when this call created it. The template gives mappings and
 * settings; the alias is set here and not in the template, so a later -v2 created for a reindex does not join the
 * alias before the operator moves it. Created concurrently (two pipelines starting at once), or left without its
 * alias by an interrupted setup: the alias is put on it. Throws the client's other errors.
 */
async function createWithWriteAlias(client, index, alias) {
    try {
        await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorBody */ .t4)(e).type !== 'resource_already_exists_exception')
            throw e;
        await client.indices.putAlias({ index, name: alias, is_write_index: true });
        return false;
    }
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
