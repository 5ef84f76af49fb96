export const id = 191;
export const ids = [191];
export const modules = {

/***/ 49191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ elasticsearchOptionsFromEnv),
  B: () => (/* binding */ isElasticsearchLocation),
  openElasticsearchStore: () => (/* binding */ openElasticsearchStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
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

;// CONCATENATED MODULE: ./build/store/elasticsearch/errors.js
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
// EXTERNAL MODULE: ./build/store/keys.js
var keys = __webpack_require__(81928);
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
        finding: { type: 'object', enabled: false },
    },
};
/** Deterministic document id: the same finding of the same ref is the same document. */
function findingDocumentId(project, ref, id) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${project}\u0000${ref}\u0000${id}`).digest('hex');
}
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
    const exists = await client.indices.existsAlias({ name: names.alias });
    if (exists)
        return;
    try {
        await client.indices.create({ index: names.index, aliases: { [names.alias]: { is_write_index: true } } });
    }
    catch (e) {
        if (e.meta?.body?.error?.type !== 'resource_already_exists_exception')
            throw e;
        await client.indices.putAlias({ index: names.index, name: names.alias, is_write_index: true });
    }
}
const scope = (project, ref) => ({ bool: { filter: [{ term: { project } }, { term: { ref } }] } });
const SORT = [{ project: 'asc' }, { ref: 'asc' }, { severity_rank: 'asc' }, { kind: 'asc' }, { file: 'asc' }, { purl: 'asc' }, { finding_id: 'asc' }];
/** Replaces the findings of (project, ref), keeping first_seen_at of those already there. Throws the client's errors. */
async function writeFindings(client, names, context, findings) {
    const before = new Map((await loadDocuments(client, names, context.project, context.ref)).map((d) => [d.finding_id, d]));
    const now = context.scannedAt.toISOString();
    const unique = new Map(findings.map((f) => [f.id, f]));
    const operations = [];
    let added = 0;
    for (const f of unique.values()) {
        const earlier = before.get(f.id);
        if (!earlier)
            added++;
        const doc = {
            project: context.project,
            namespaces: (0,keys/* projectNamespaces */.aD)(context.project),
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
        operations.push({ index: { _index: names.alias, _id: findingDocumentId(context.project, context.ref, f.id), routing: context.project } }, doc);
    }
    if (operations.length > 0) {
        const answer = await client.bulk({ operations: operations, refresh: 'wait_for' });
        if (answer.errors) {
            const first = answer.items.find((i) => i.index?.error)?.index?.error;
            throw new Error(`storing findings failed: ${first?.type ?? 'error'}: ${first?.reason ?? ''}`);
        }
    }
    const gone = [...before.keys()].filter((id) => !unique.has(id));
    if (gone.length > 0) {
        await client.deleteByQuery({
            index: names.alias,
            routing: context.project,
            query: { bool: { filter: [{ term: { project: context.project } }, { term: { ref: context.ref } }, { terms: { finding_id: gone } }] } },
            refresh: true,
            conflicts: 'proceed',
        });
    }
    return { written: unique.size, added, removed: gone.length };
}
async function loadDocuments(client, names, project, ref) {
    try {
        const answer = await client.search({ index: names.alias, routing: project, size: 10_000, query: scope(project, ref), sort: SORT });
        return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    }
    catch (e) {
        if (isIndexMissing(e))
            return [];
        throw e;
    }
}
async function loadFindings(client, names, project, ref) {
    return (await loadDocuments(client, names, project, ref)).map(toStored);
}
async function searchFindings(client, names, q) {
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
            query: { bool: { filter } },
            sort: SORT,
            from: q.offset,
            size: q.limit,
            track_total_hits: true,
        });
        const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
        return { total, hits: answer.hits.hits.flatMap((h) => (h._source ? [toStored(h._source)] : [])) };
    }
    catch (e) {
        if (isIndexMissing(e))
            return { total: 0, hits: [] };
        throw e;
    }
}
function toStored(d) {
    return { ...d.finding, project: d.project, ref: d.ref, firstSeenAt: d.first_seen_at, firstCommitSha: d.first_commit_sha, lastSeenAt: d.last_seen_at };
}

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
        if (isIndexMissing(e))
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
        if (isIndexMissing(e))
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

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
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
        project_namespaces: (0,keys/* projectNamespaces */.aD)(context.project),
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
            canonical_name: (0,keys/* canonicalKey */.yk)(dependency.type, dependency.namespace, dependency.name),
        },
        version: dependency.version,
        development: dependency.development,
        introduced: dependency.introduced,
        licenses: dependency.licenses,
        license_keys: (0,keys/* licenseKeys */.w$)(dependency.licenses),
        checksums: checksumTerms(dependency.checksums),
        source: dependency.source,
        // Advisory ids arrive with the metadata sync (DESIGN.md 8); the field exists so Kibana can filter on it.
        vulnerabilities: [],
        created_at: remembered?.createdAt ?? seenAt,
        first_commit_sha: remembered ? remembered.firstCommitSha : context.commitSha,
        last_seen_at: seenAt,
        commit_sha: context.commitSha,
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
        licenses: doc.licenses,
        checksums: checksumsFromTerms(doc.checksums),
        source: doc.source,
        createdAt: doc.created_at,
        firstCommitSha: doc.first_commit_sha,
        lastSeenAt: doc.last_seen_at,
    };
}

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
        if (statusOf(e) === 404)
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
            if (statusOf(e) !== 409)
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

;// CONCATENATED MODULE: ./build/store/elasticsearch/load.js



const ATTEMPTS = 5;
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
        if (isIndexMissing(e))
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
    for (let attempt = 1;; attempt++) {
        const before = await currentSets(client, names, project, ref);
        const sets = [];
        for (const set of before) {
            if (set.generation === null)
                continue;
            const documents = await readGeneration(client, names, set.set_id, project, set.generation);
            sets.push({
                project: set.project,
                ref: set.ref,
                file: set.file,
                packageManager: set.package_manager,
                format: set.format,
                commitSha: set.commit_sha,
                scannedAt: set.scanned_at ?? set.updated_at,
                dependencies: documents.map(storedDependency),
            });
        }
        const after = await currentSets(client, names, project, ref);
        if (signature(after) === signature(before))
            return sets;
        if (attempt >= ATTEMPTS) {
            throw new Error(`the sets of ${project} at ${ref} changed under ${ATTEMPTS} attempts to read them (a scan writing them right now?); try again`);
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
        if (isIndexMissing(e))
            return [];
        throw e;
    }
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/mappings.js
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
const mappings_exact = { type: 'keyword' };
/** Descriptive values (license names, URLs) that nobody sorts on; overly long ones are just not searchable. */
const keyword = { type: 'keyword', ignore_above: 1024 };
/** Case-insensitive exact match: DESIGN.md 4 asks search to ignore case everywhere (Go paths included). */
const lowerKeyword = { type: 'keyword', normalizer: 'depindex_lowercase' };
const mappings_date = { type: 'date', format: 'strict_date_optional_time' };
const analysis = {
    normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } },
};
/** Fields both documents carry so one scope filter (project, group, ref, default branch) fits both. */
const scopeProperties = {
    set_id: mappings_exact,
    project: mappings_exact,
    /** Every namespace above the project ("group", "group/subgroup"), for group scoping by exact match. */
    project_namespaces: mappings_exact,
    ref: mappings_exact,
    ref_type: mappings_exact,
    default_branch: { type: 'boolean' },
    file: mappings_exact,
    package_manager: keyword,
    format: keyword,
};
const dependencyMappings = {
    // User data never creates fields: an unexpected one fails that document and is reported, instead of a
    // mapping explosion across 5x10^8 documents.
    dynamic: 'strict',
    // Every document is routed by project (see documents.ts); a request without routing is a bug, so refuse it.
    _routing: { required: true },
    properties: {
        ...scopeProperties,
        generation: mappings_exact,
        purl: mappings_exact,
        package: {
            properties: {
                type: lowerKeyword,
                namespace: keyword,
                name: { ...keyword, fields: { lower: lowerKeyword } },
                canonical_name: lowerKeyword,
            },
        },
        version: mappings_exact,
        development: { type: 'boolean' },
        introduced: { type: 'boolean' },
        licenses: keyword,
        license_keys: lowerKeyword,
        /** "algorithm:hex", so one term finds a digest in Kibana. */
        checksums: keyword,
        source: keyword,
        vulnerabilities: keyword,
        created_at: mappings_date,
        first_commit_sha: keyword,
        last_seen_at: mappings_date,
        commit_sha: keyword,
    },
};
const setMappings = {
    dynamic: 'strict',
    _routing: { required: true },
    properties: {
        ...scopeProperties,
        commit_sha: keyword,
        pipeline_url: { type: 'keyword', index: false },
        scanned_at: mappings_date,
        updated_at: mappings_date,
        /** The generation readers see (null until the first write of the set completes). */
        generation: mappings_exact,
        /** Generations that exist in the dependencies index but must not be seen: being written, or being deleted. */
        hidden_generations: mappings_exact,
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
function dependencyFilters(query) {
    const out = [...scopeFilters(query)];
    // The keys the SQLite store matches too (keys.ts), against the same canonical key written at index time.
    if (query.name !== undefined)
        out.push({ terms: { 'package.canonical_name': (0,keys/* nameKeys */.u3)(query.name, query.type) } });
    if (query.type !== undefined)
        out.push({ term: { 'package.type': query.type } });
    if (query.version !== undefined)
        out.push({ term: { version: query.version } });
    if (query.license !== undefined)
        out.push({ term: { license_keys: (0,keys/* licenseKey */.zO)(query.license) } });
    if (query.advisory !== undefined)
        out.push({ term: { vulnerabilities: query.advisory } });
    if (query.addedSince !== undefined)
        out.push({ range: { created_at: { gte: query.addedSince.toISOString() } } });
    if (query.file !== undefined)
        out.push({ term: { file: query.file } });
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
function searchBody(query, hiddenGenerations, versions) {
    const filter = dependencyFilters(query);
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
        if (isIndexMissing(e))
            return { hidden: [], signature: 'missing' };
        throw e;
    }
}
const visibility_ATTEMPTS = 5;
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
        if (attempt >= visibility_ATTEMPTS) {
            throw new Error(`the index changed under ${visibility_ATTEMPTS} attempts to read it consistently (many writes at once); try again`);
        }
    }
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
        return (0,result/* err */._)(search_query/* ADVISORY_NOT_YET */.pc);
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
async function versionsInRange(client, names, query, hidden, contains) {
    const matching = [];
    let seen = 0;
    let after;
    for (;;) {
        const answer = await client.search({
            index: names.dependencies,
            ...(query.project !== undefined ? { routing: query.project } : {}),
            size: 0,
            query: { bool: { filter: dependencyFilters(query), must_not: dependencyMustNot(query, hidden) } },
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
        version: doc.version,
        licenses: doc.licenses,
        development: doc.development,
        introduced: doc.introduced,
        createdAt: doc.created_at,
        firstCommitSha: doc.first_commit_sha,
    };
}
const EMPTY = { total: 0, hits: [], byProject: [] };
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
        let versions = null;
        if (contains) {
            const found = await versionsInRange(client, names, query, hidden, contains).catch((e) => {
                if (isIndexMissing(e))
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
                ...searchBody(query, hidden, versions),
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
            if (isIndexMissing(e))
                return (0,result.ok)(EMPTY);
            throw e;
        }
    });
}

;// CONCATENATED MODULE: ./build/store/elasticsearch/setup.js

/**
 * Puts the index templates, then makes sure each alias points at an index, creating the versioned index with the
 * alias when missing. Idempotent: templates are replaced with the same body, an existing alias is left where it is
 * (it may point at a newer index an operator moved it to), and losing a creation race to another writer is fine.
 * Throws the client's errors; callers turn them into messages (errors.ts).
 */
async function ensureIndices(client, names, layout) {
    const templates = indexTemplates(names, layout);
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
            continue;
        }
        try {
            // The template gives mappings and settings; the alias is set here and not in the template, so a later -v2
            // created for a reindex does not join the alias before the operator moves it.
            await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
            createdIndices.push(index);
        }
        catch (e) {
            if (!isAlreadyExists(e))
                throw e;
            // Created concurrently (two pipelines starting at once), or left without its alias by an interrupted setup.
            await client.indices.putAlias({ index, name: alias, is_write_index: true });
        }
        aliases[alias] = index;
    }
    return { templates: templates.map((t) => t.name), createdIndices, aliases };
}
async function aliasTarget(client, alias) {
    try {
        const answer = await client.indices.getAlias({ name: alias });
        const indices = Object.keys(answer).sort();
        // Several indices during a reindex: the write index is the one writes go to.
        const write = indices.find((i) => answer[i]?.aliases[alias]?.is_write_index === true);
        return write ?? indices[0] ?? null;
    }
    catch (e) {
        if (e.meta?.statusCode === 404)
            return null;
        throw e;
    }
}
function isAlreadyExists(e) {
    const body = e.meta?.body;
    return body?.error?.type === 'resource_already_exists_exception';
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
;// CONCATENATED MODULE: ./build/store/elasticsearch/write.js


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
    return failures.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.label, b.label));
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
                operations: pending.flatMap((d) => [{ index: { _id: d.id, routing: d.routing } }, d.source]),
            }, 
            // The transport's own retries would not back off on 429; this loop does it for the whole store.
            { maxRetries: 0 });
        }
        catch (e) {
            if (isRetryableStatus(statusOf(e)) && attempt < policy.retries) {
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

;// CONCATENATED MODULE: ./build/store/elasticsearch/upsert.js





// Shared with the SQLite store so both refuse and merge alike; they belong in a store-neutral module (see report).


async function writeScan(writer, context, sets) {
    // The same refusals as the SQLite store, before anything is written.
    const checked = (0,scan_input/* checkScan */.W)(context, sets);
    if (!checked.ok)
        return checked;
    let added = 0;
    let kept = 0;
    let removed = 0;
    for (const set of sets) {
        let written;
        try {
            written = await writeSet(writer, context, set);
        }
        catch (e) {
            written = (0,result/* err */._)(describeError(writer.location, 'write to', e));
        }
        if (!written.ok)
            return (0,result/* err */._)(`cannot store ${set.file} of ${context.project} at ${context.ref}: ${written.error}`);
        added += written.value.added;
        kept += written.value.kept;
        removed += written.value.removed;
    }
    try {
        await markRef(writer.client, writer.names, context);
    }
    catch (e) {
        return (0,result/* err */._)(`the sets were written, but the default-branch flags of ${context.project} could not be updated: ${describeError(writer.location, 'write to', e)}`);
    }
    return (0,result.ok)({ sets: sets.length, added, kept, removed });
}
function baseSetDocument(context, id, set, now) {
    return {
        set_id: id,
        project: context.project,
        project_namespaces: (0,keys/* projectNamespaces */.aD)(context.project),
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
async function writeSet(writer, context, set) {
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
    const dependencies = (0,scan_input/* mergeByPurl */.h)(set.dependencies);
    const hash = contentHash(context, set.file, set.packageManager, set.format, dependencies);
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
        return { ...base, hidden_generations: [...base.hidden_generations, generation], write_count: base.write_count + 1 };
    });
    if (!announced.ok)
        return announced;
    // 2. Write N.
    const place = { context, setId: id, file: set.file, packageManager: set.packageManager, format: set.format };
    const documents = dependencies.map((d) => ({
        id: dependencyId(id, d.purl, generation),
        routing,
        label: d.purl,
        source: dependencyDocument(place, d, generation, remembered.get(d.purl)),
    }));
    let failed = null;
    try {
        const failures = await bulkIndex(client, names.dependencies, documents, writer.bulk, 'wait_for');
        if (failures.length > 0) {
            failed = `${failures.length} of ${documents.length} dependencies were refused by Elasticsearch:\n${describeFailures(failures)}`;
        }
    }
    catch (e) {
        failed = describeError(writer.location, 'write to', e);
    }
    if (failed !== null) {
        // N stays hidden while it is deleted, so readers never see part of it; C was never touched.
        await retire(writer, id, routing, [generation]).catch(() => undefined);
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
        const stale = current.hidden_generations.filter((g) => g !== generation && (generationStartedAt(g) ?? 0) < now - writer.staleAfterMs);
        toDelete = [...(current.generation ? [current.generation] : []), ...stale];
        return {
            ...baseSetDocument(context, id, set, writer.clock().toISOString()),
            commit_sha: context.commitSha,
            pipeline_url: context.pipelineUrl,
            scanned_at: context.scannedAt.toISOString(),
            generation,
            hidden_generations: [...new Set([...current.hidden_generations.filter((g) => g !== generation), ...toDelete])],
            write_count: current.write_count,
            content_hash: hash,
            counts: { dependencies: dependencies.length, ...summary },
        };
    });
    if (!flipped.ok) {
        await retire(writer, id, routing, [generation]).catch(() => undefined);
        return flipped;
    }
    // 4 and 5. The set is now written; what follows is cleanup, but leftovers would show in Kibana, so say so.
    const retired = await retire(writer, id, routing, toDelete).catch((e) => describeError(writer.location, 'clean up in', e));
    if (typeof retired === 'string') {
        return (0,result/* err */._)(`the set was written, but its previous generation could not be deleted (readers do not see it; the next write removes it): ${retired}`);
    }
    return (0,result.ok)(summary);
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
            if (!isRetryableStatus(statusOf(e)) || attempt >= writer.bulk.retries)
                throw e;
            await writer.bulk.sleep(backoffDelay(writer.bulk, attempt));
        }
    }
    const unhidden = await changeSet(client, names, id, routing, (current) => current ? { ...current, hidden_generations: current.hidden_generations.filter((g) => !generations.includes(g)) } : 'the set document is gone');
    return unhidden.ok ? true : unhidden.error;
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
        return (0,result/* err */._)(describeError(location, 'connect to', e));
    }
}
/**
 * Opens the store and checks the server answers (so a wrong URL or credentials fail here, with a message, not
 * halfway through a scan). Indices are created on the first write.
 * `url` is an http(s) URL, an Elastic Cloud id (bare or as `elastic-cloud:<id>`), or empty with `options.cloudId`.
 */
async function openElasticsearchStore(url, options = {}) {
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
    const client = built.value;
    const server = await checkServer(client, location);
    if (!server.ok) {
        await client.close().catch(() => undefined);
        return server;
    }
    const names = indexNames(settings.indexPrefix);
    const layout = { shards: settings.shards ?? 1, replicas: settings.replicas ?? 1 };
    const bulk = { ...defaultBulkPolicy, ...settings.bulk };
    const clock = settings.clock ?? (() => new Date());
    const writer = { client, names, location, bulk, clock, staleAfterMs: settings.staleAfterMs ?? 3_600_000 };
    const findingIndex = findingsNames(settings.indexPrefix);
    let findingsReady = null;
    let ready = null;
    const setup = () => {
        ready ??= ensureIndices(client, names, layout).then((report) => (0,result.ok)(report), (e) => {
            ready = null; // a later call may succeed (a restarted node, fixed privileges)
            return (0,result/* err */._)(describeError(location, 'set up the indices in', e));
        });
        return ready;
    };
    return (0,result.ok)({
        location,
        names,
        setup,
        async writeScan(context, sets) {
            const prepared = await setup();
            if (!prepared.ok)
                return prepared;
            return writeScan(writer, context, sets);
        },
        async loadSets(project, ref) {
            try {
                return (0,result.ok)(await loadSets(client, names, project, ref));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'read from', e));
            }
        },
        async writeFindings(context, findings) {
            try {
                findingsReady ??= ensureFindingsIndex(client, findingIndex, layout.replicas).catch((e) => {
                    findingsReady = null;
                    throw e;
                });
                await findingsReady;
                return (0,result.ok)(await writeFindings(client, findingIndex, context, findings));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'write findings to', e));
            }
        },
        async loadFindings(project, ref) {
            try {
                return (0,result.ok)(await loadFindings(client, findingIndex, project, ref));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'read from', e));
            }
        },
        async searchFindings(query) {
            try {
                return (0,result.ok)(await searchFindings(client, findingIndex, query));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'search', e));
            }
        },
        async listRefs(project) {
            try {
                return (0,result.ok)(await listRefs(client, names, project));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'read from', e));
            }
        },
        async search(query) {
            try {
                return await search(client, names, query);
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'search', e));
            }
        },
        async close() {
            await client.close();
        },
        async listProjects(query) {
            try {
                return (0,result.ok)(await listProjects(client, names, query));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'read from', e));
            }
        },
        async listSets(project, ref) {
            try {
                return (0,result.ok)(await listSets(client, names, project, ref));
            }
            catch (e) {
                return (0,result/* err */._)(describeError(location, 'read from', e));
            }
        },
    });
}


/***/ })

};
