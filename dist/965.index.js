export const id = 965;
export const ids = [965];
export const modules = {

/***/ 51965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveCommand: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./build/model/whole-number.js
var whole_number = __webpack_require__(7855);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/serve/auth.js

/**
 * A bearer-token check in constant time: both sides are hashed first, so neither the token's length nor the
 * position of the first differing byte shows in the time an answer takes.
 */
function bearerCheck(token) {
    const expected = (0,external_node_crypto_.createHash)('sha256').update(token, 'utf8').digest();
    return (header) => {
        const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
        const given = (0,external_node_crypto_.createHash)('sha256').update(match?.[1] ?? '', 'utf8').digest();
        // Always compared, also without a header, so a missing token takes as long as a wrong one.
        return (0,external_node_crypto_.timingSafeEqual)(given, expected) && match !== null;
    };
}
/** Tokens shorter than this are refused at start-up: guessable, and a rate limit alone does not make up for it. */
const MIN_TOKEN_LENGTH = 16;

;// CONCATENATED MODULE: ./build/serve/host-check.js
/** The names a loopback server answers to: anything else in `Host` is a page of another site (DNS rebinding). */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/**
 * True when a request's Host header names one of `names`, alone or with the port the request came in on. Without a
 * token, the only thing standing between the index and a page on another site that rebinds its name to 127.0.0.1
 * is that the browser still sends that site's name in Host.
 */
function hostAllowed(header, names, localPort) {
    if (header === undefined)
        return false;
    const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
    if (!m)
        return false;
    const name = (m[1] ?? '').toLowerCase();
    if (!names.includes(name))
        return false;
    return m[2] === undefined || Number(m[2]) === localPort;
}

// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
;// CONCATENATED MODULE: ./build/serve/metadata-source.js

/** For a server given no metadata at all: nothing is synced. */
const NO_METADATA = {
    open: async () => ({ ok: true, value: null }),
    close: async () => undefined,
};
/** Opens with `open` when first asked (concurrent requests share one opening), and keeps what it opened. */
function lazyMetadata(open) {
    let opening = null;
    let closed = false;
    return {
        open() {
            if (closed)
                return Promise.resolve((0,result/* err */._)('the package metadata is closed: the server is stopping'));
            opening ??= open().then((result) => {
                // Nothing synced yet, or a failure (a restarted Elasticsearch node): the next request asks again.
                if (!result.ok || result.value === null)
                    opening = null;
                return result;
            }, (e) => {
                opening = null;
                return (0,result/* err */._)(`cannot open the package metadata: ${e instanceof Error ? e.message : String(e)}`);
            });
            return opening;
        },
        async close() {
            closed = true;
            const opened = await opening;
            opening = null;
            if (opened?.ok && opened.value !== null)
                await opened.value.close();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@fastify/cors/index.js
var cors = __webpack_require__(10935);
// EXTERNAL MODULE: ./node_modules/@fastify/rate-limit/index.js
var rate_limit = __webpack_require__(24446);
// EXTERNAL MODULE: ./node_modules/fastify/fastify.js
var fastify = __webpack_require__(16703);
// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/serve/access-log.js

/**
 * Query parameters whose values never reach the log, whatever the route: a client may put a token in a URL
 * (a mistake, but the log must not spread it). Matched on the lower-cased name.
 */
const SECRET = /token|key|secret|pass|auth|session|cookie|signature|credential/;
const ESCAPED = /[%+]/;
/** The request target as logged: path and query, with secret-looking values replaced and control characters gone. */
function loggedTarget(url) {
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (q === -1)
        return (0,describe_unknown/* printable */.g)(path, 500);
    // Most queries hold nothing secret-looking: without an escape that could spell a name, a query the pattern does
    // not match anywhere (names and values alike) is logged as it is, without splitting it for every request.
    const query = url.slice(q + 1);
    if (!ESCAPED.test(query) && !SECRET.test(query.toLowerCase()))
        return (0,describe_unknown/* printable */.g)(url, 500);
    const parts = url
        .slice(q + 1)
        .split('&')
        .map((part) => {
        const eq = part.indexOf('=');
        const name = eq === -1 ? part : part.slice(0, eq);
        let decoded = name;
        try {
            decoded = decodeURIComponent(name.replace(/\+/g, ' '));
        }
        catch {
            // A malformed escape is logged as sent.
        }
        return eq !== -1 && SECRET.test(decoded.toLowerCase()) ? `${name}=***` : part;
    });
    return (0,describe_unknown/* printable */.g)(`${path}?${parts.join('&')}`, 500);
}
/** One line per answered request; starts with the time, never with client text; no headers (so no token). */
function accessLine(e) {
    return `${e.at.toISOString()} ${(0,describe_unknown/* printable */.g)(e.client, 64)} ${(0,describe_unknown/* printable */.g)(e.method, 16)} ${loggedTarget(e.url)} ${e.status} ${e.ms.toFixed(1)}ms`;
}

;// CONCATENATED MODULE: ./build/serve/context.js
/** A request whose time ran out: it is answered; a store call already started may still finish later. */
class StoreTimeout extends Error {
}
/**
 * Runs one store call within what is left of the request's time: one deadline per request, however many calls
 * it makes. A call is not started once the time is spent. The deadline can only end a wait for an answer that
 * comes asynchronously (Elasticsearch); node:sqlite answers synchronously, so a SQLite query, once started, runs
 * to its end and the check happens before the next one.
 */
async function withinRequest(reply, ctx, call) {
    const left = ctx.requestTimeoutMs - reply.elapsedTime;
    // Made only when the time runs out: an Error takes its stack when made, a cost every request paid before.
    const timeout = () => new StoreTimeout(`the request took longer than ${ctx.requestTimeoutMs / 1000} s`);
    if (left <= 0)
        throw timeout();
    let timer;
    const deadline = new Promise((_, reject) => {
        // Whole milliseconds: node keeps one list of timers per duration, and a fraction would make a new one each time.
        timer = setTimeout(() => reject(timeout()), Math.ceil(left));
    });
    try {
        return await Promise.race([call(), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./build/store/redact.js
var redact = __webpack_require__(609);
;// CONCATENATED MODULE: ./build/serve/errors.js


const STATUS = {
    bad_parameter: 400,
    unauthorized: 401,
    host_not_allowed: 403,
    not_found: 404,
    method_not_allowed: 405,
    // The request is right, but the server holds nothing to answer it from yet (a `depindex sync` would): 409,
    // the state of the server conflicts with it; not 404 (the advisory may well exist) nor 503 (nothing is down).
    not_synced: 409,
    payload_too_large: 413,
    uri_too_long: 414,
    rate_limited: 429,
    internal: 500,
    not_implemented: 501,
    store_unavailable: 503,
    timeout: 503,
};
function apiError(code, message, parameter) {
    return { error: { code, message, ...(parameter !== undefined ? { parameter } : {}) } };
}
function sendError(reply, code, message, parameter) {
    return reply.code(STATUS[code]).type('application/json; charset=utf-8').send(apiError(code, message, parameter));
}
/** A thrown error's status as fastify sets it on its own errors (body too large, bad content type ...). */
function statusOfThrown(e) {
    const status = e?.statusCode;
    return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
/** Fastify's own client errors, said without its internal codes; anything else is an internal error. */
function describeThrown(e) {
    const status = statusOfThrown(e);
    if (status === 413)
        return { code: 'payload_too_large', message: 'the request body is too large; the API reads no bodies' };
    if (status === 414)
        return { code: 'uri_too_long', message: 'the request URL is too long' };
    if (status === 429)
        return { code: 'rate_limited', message: 'too many requests from this client; wait and try again' };
    if (status === 404)
        return { code: 'not_found', message: 'no such resource' };
    if (status >= 400 && status < 500)
        return { code: 'bad_parameter', message: 'the request is malformed' };
    return { code: 'internal', message: 'internal error; the server log has the details' };
}
/** What a client hears when the store fails: nothing of the server's paths, addresses or the database's internals. */
const STORE_UNAVAILABLE = 'the index is unavailable; the server log has the details';
/**
 * A store call that failed: the detail (file paths, SQLite or Elasticsearch messages) goes to the server log, with
 * credentials removed and on one line that starts with the time; the client gets a generic 503.
 */
function sendStoreFailure(reply, log, detail) {
    if (log)
        log(`${new Date().toISOString()} store error: ${(0,describe_unknown/* printable */.g)((0,redact/* redactCredentials */.U)(detail), 500)}`);
    return sendError(reply, 'store_unavailable', STORE_UNAVAILABLE);
}

// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
// EXTERNAL MODULE: ./build/report/findings/stored-json.js
var stored_json = __webpack_require__(61758);
// EXTERNAL MODULE: ./build/store/search-query.js
var search_query = __webpack_require__(20201);
;// CONCATENATED MODULE: ./build/serve/query-params.js


/** The search parameters, named as `depindex search` names its flags (without the dashes). */
const SEARCH_PARAMETERS = [
    'name', 'type', 'version', 'range', 'license', 'advisory', 'project', 'group', 'ref', 'default-branch',
    'added-since', 'exclude-development', 'file', 'limit', 'offset',
];
/** Each parameter at most once, and only the known ones: a typo must not silently widen a search. */
function readParameters(raw, known) {
    const out = {};
    for (const [key, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        if (!known.includes(key)) {
            return (0,result/* err */._)({ parameter: key, message: `unknown parameter "${key.slice(0, 64)}"; known: ${known.join(', ')}` });
        }
        if (Array.isArray(value))
            return (0,result/* err */._)({ parameter: key, message: `parameter ${key} is given ${value.length} times; give it once` });
        out[key] = value;
    }
    return (0,result.ok)(out);
}
/** Deepest offset a listing pages to (searches have their own window, store/search-query.ts). */
const MAX_OFFSET = 1_000_000;
/** A whole number from min to max, or the fallback when not given. */
function readCount(params, key, fallback, min, max) {
    const text = params[key];
    if (text === undefined)
        return (0,result.ok)(fallback);
    const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (Number.isNaN(n) || n < min || n > max)
        return (0,result/* err */._)({ parameter: key, message: `parameter ${key} must be a whole number from ${min} to ${max}, got "${text.slice(0, 32)}"` });
    return (0,result.ok)(n);
}
/** `true`, `false`, `1`, `0`; also empty, as a checkbox in a form sends it, meaning true. */
function readFlag(params, key) {
    const value = params[key];
    if (value === undefined)
        return (0,result.ok)(undefined);
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === '1' || v === '')
        return (0,result.ok)(true);
    if (v === 'false' || v === '0')
        return (0,result.ok)(false);
    return (0,result/* err */._)({ parameter: key, message: `parameter ${key} must be true or false, got "${value.slice(0, 64)}"` });
}
/** The first `--flag` a search-query message names is the parameter to blame; flags become parameter names. */
function toParameterError(message) {
    const flag = /--([a-z-]+)/.exec(message)?.[1] ?? 'query';
    return { parameter: flag, message: message.replace(/--([a-z-]+)/g, 'parameter $1') };
}
/**
 * The query string of `GET /api/v1/dependencies` into the SearchQuery `depindex search` builds from its flags,
 * through the same validation (store/search-query.ts), so the CLI and the API answer the same questions alike.
 */
function searchQueryFrom(raw, now) {
    const read = readParameters(raw, SEARCH_PARAMETERS);
    if (!read.ok)
        return read;
    const p = read.value;
    const defaultBranch = readFlag(p, 'default-branch');
    if (!defaultBranch.ok)
        return defaultBranch;
    const excludeDevelopment = readFlag(p, 'exclude-development');
    if (!excludeDevelopment.ok)
        return excludeDevelopment;
    const filters = {
        ...(p['name'] !== undefined && { name: p['name'] }),
        ...(p['type'] !== undefined && { type: p['type'] }),
        ...(p['version'] !== undefined && { version: p['version'] }),
        ...(p['range'] !== undefined && { range: p['range'] }),
        ...(p['license'] !== undefined && { license: p['license'] }),
        ...(p['advisory'] !== undefined && { advisory: p['advisory'] }),
        ...(p['added-since'] !== undefined && { addedSince: p['added-since'] }),
        ...(excludeDevelopment.value === true && { excludeDevelopment: true }),
        ...(p['project'] !== undefined && { project: p['project'] }),
        ...(p['group'] !== undefined && { group: p['group'] }),
        ...(p['ref'] !== undefined && { ref: p['ref'] }),
        ...(defaultBranch.value === true && { defaultBranch: true }),
        ...(p['file'] !== undefined && { file: p['file'] }),
        ...(p['limit'] !== undefined && { limit: p['limit'] }),
        ...(p['offset'] !== undefined && { offset: p['offset'] }),
    };
    const query = (0,search_query/* buildSearchQuery */.zJ)(filters, now);
    return query.ok ? query : (0,result/* err */._)(toParameterError(query.error));
}

;// CONCATENATED MODULE: ./build/serve/routes/findings.js






/** Every kind, as a record so that a kind added to the model fails to compile here until it is listed. */
const KIND_SET = {
    vulnerability: true,
    'checksum-changed': true,
    'source-changed': true,
    'dependency-policy': true,
    'license-policy': true,
};
const FINDING_KINDS = Object.keys(KIND_SET);
/** The parameters of `GET /api/v1/findings`: the flags of `depindex findings`, without the dashes. */
const FINDINGS_PARAMETERS = ['project', 'group', 'ref', 'default-branch', 'kind', 'severity', 'suppressed', 'limit', 'offset'];
/** `/api/v1/findings`: the stored findings of the checks, with the filters and the answer of `depindex findings --json`. */
function findingsRoutes(app, ctx) {
    app.get('/api/v1/findings', async (request, reply) => {
        const read = readParameters(request.query, FINDINGS_PARAMETERS);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const p = read.value;
        const kind = p['kind'];
        if (kind !== undefined && !FINDING_KINDS.includes(kind)) {
            return sendError(reply, 'bad_parameter', `parameter kind "${kind.slice(0, 64)}" is not one of ${FINDING_KINDS.join(', ')}`, 'kind');
        }
        const severity = p['severity'];
        if (severity !== undefined && !finding/* SEVERITIES */.o.includes(severity)) {
            return sendError(reply, 'bad_parameter', `parameter severity "${severity.slice(0, 64)}" is not one of ${finding/* SEVERITIES */.o.join(', ')}`, 'severity');
        }
        for (const key of ['project', 'group', 'ref']) {
            if (p[key] !== undefined && p[key].trim() === '')
                return sendError(reply, 'bad_parameter', `parameter ${key} is empty`, key);
        }
        const defaultBranch = readFlag(p, 'default-branch');
        if (!defaultBranch.ok)
            return sendError(reply, 'bad_parameter', defaultBranch.error.message, defaultBranch.error.parameter);
        const suppressed = readFlag(p, 'suppressed');
        if (!suppressed.ok)
            return sendError(reply, 'bad_parameter', suppressed.error.message, suppressed.error.parameter);
        const limit = readCount(p, 'limit', search_query/* DEFAULT_LIMIT */.eH, 1, search_query/* MAX_LIMIT */.tq);
        if (!limit.ok)
            return sendError(reply, 'bad_parameter', limit.error.message, limit.error.parameter);
        const offset = readCount(p, 'offset', 0, 0, MAX_OFFSET);
        if (!offset.ok)
            return sendError(reply, 'bad_parameter', offset.error.message, offset.error.parameter);
        const query = {
            ...(p['project'] !== undefined && { project: p['project'] }),
            ...(p['group'] !== undefined && { group: p['group'].replace(/^\/+|\/+$/g, '') }),
            ...(p['ref'] !== undefined && { ref: p['ref'] }),
            ...(defaultBranch.value === true && { defaultBranchOnly: true }),
            ...(kind !== undefined && { kind: kind }),
            ...(severity !== undefined && { severity: severity }),
            includeSuppressed: suppressed.value === true,
            limit: limit.value,
            offset: offset.value,
        };
        const result = await withinRequest(reply, ctx, () => ctx.store.searchFindings(query));
        if (!result.ok)
            return sendStoreFailure(reply, ctx.log, result.error);
        return { total: result.value.total, limit: limit.value, offset: offset.value, hits: result.value.hits.map(stored_json/* storedFindingJson */.V) };
    });
}

// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
;// CONCATENATED MODULE: ./build/serve/openapi/schemas.js



/** JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the API's answers; document.ts refers to them. */
const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const nullableBoolean = { type: ['boolean', 'null'] };
const count = { type: 'integer', minimum: 0 };
const dateTime = { type: 'string', format: 'date-time' };
const object = (properties, required = Object.keys(properties)) => ({
    type: 'object',
    properties,
    required,
    additionalProperties: false,
});
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const schemas = {
    Error: object({
        error: object({
            code: {
                type: 'string',
                // Every code the server sends (errors.ts), so a code added there is documented here.
                enum: Object.keys(STATUS),
            },
            message: string,
            parameter: { type: 'string', description: 'The query parameter that was refused (400 only).' },
        }, ['code', 'message']),
    }),
    Hit: object({
        project: string,
        ref: string,
        file: string,
        purl: string,
        type: string,
        name: { ...string, description: 'As the dependency file writes it (Django).' },
        canonicalName: { ...string, description: "The ecosystem's canonical name, lower-cased: what a name search matches (django)." },
        version: string,
        licenses: { type: ['array', 'null'], items: string },
        development: nullableBoolean,
        introduced: { ...nullableBoolean, description: 'Direct dependency of the project (null: the input did not say).' },
        createdAt: { ...dateTime, description: 'First seen in this file.' },
        firstCommitSha: nullableString,
        commit: { ...nullableString, description: 'The commit of the scan that last wrote this file.' },
        pipelineUrl: { ...nullableString, description: 'The pipeline of that scan.' },
        scannedAt: { ...dateTime, description: 'When that scan ran.' },
        introducedBy: {
            type: ['array', 'null'],
            items: string,
            description: 'purls of the introduced dependencies that bring it in, from the stored graph (at most 10); null when the set was stored without edges.',
        },
    }, ['project', 'ref', 'file', 'purl', 'type', 'name', 'canonicalName', 'version', 'licenses', 'development', 'introduced', 'createdAt', 'firstCommitSha', 'commit', 'pipelineUrl', 'scannedAt']),
    WhyResult: object({
        package: string,
        project: string,
        ref: string,
        files: { ...count, description: 'Dependency files of the project at the ref that were looked in.' },
        answers: {
            type: 'array',
            description: 'Each dependency matching the package, by file and purl; empty when none does.',
            items: object({
                file: string,
                purl: string,
                name: string,
                version: string,
                introduced: nullableBoolean,
                development: nullableBoolean,
                paths: { type: 'array', items: { type: 'array', items: string, minItems: 2 }, description: 'purls from an introduced dependency down to the package, shortest first.' },
                omitted: { ...count, description: 'Paths found beyond max-paths.' },
                omittedAtLeast: { type: 'boolean', description: 'The count stopped early: at least `omitted` more.' },
                note: { type: ['string', 'null'], enum: ['declared directly', 'no graph', 'unreached', null] },
            }),
        },
    }),
    SearchResult: object({
        total: count,
        limit: count,
        offset: count,
        hits: { type: 'array', items: ref('Hit') },
        byProject: { type: 'array', items: object({ project: string, count }), description: 'Sorted by count, highest first.' },
    }),
    PackageView: object({
        type: string,
        name: string,
        total: count,
        complete: { type: 'boolean', description: 'False when more uses matched than the 10,000 read.' },
        newestVersion: nullableString,
        versions: { type: 'array', items: object({ version: string, uses: count, projects: count, firstSeen: dateTime }), description: 'Newest first.' },
        projects: {
            type: 'array',
            items: object({ project: string, versions: { type: 'array', items: string }, refs: { type: 'array', items: string }, firstSeen: dateTime }),
        },
    }),
    Ref: object({
        ref: string,
        refType: { type: 'string', enum: ['branch', 'tag'] },
        defaultBranch: { type: 'boolean' },
        commitSha: nullableString,
        lastScannedAt: dateTime,
        sets: count,
        dependencies: count,
    }),
    ProjectPage: object({
        total: count,
        limit: count,
        offset: count,
        projects: { type: 'array', items: object({ project: string, lastScannedAt: dateTime, refs: { type: 'array', items: ref('Ref') } }) },
    }),
    Set: object({
        project: string,
        ref: string,
        file: string,
        packageManager: nullableString,
        format: string,
        refType: { type: 'string', enum: ['branch', 'tag'] },
        defaultBranch: { type: 'boolean' },
        commitSha: nullableString,
        pipelineUrl: nullableString,
        scannedAt: dateTime,
        dependencies: count,
    }),
    Sets: object({ project: string, ref: string, sets: { type: 'array', items: ref('Set'), minItems: 1 } }),
    Finding: object({
        project: string,
        ref: string,
        id: { ...string, description: 'Stable fingerprint: the same finding keeps its id across scans.' },
        kind: { type: 'string', enum: FINDING_KINDS },
        severity: { type: 'string', enum: finding/* SEVERITIES */.o },
        new: { type: 'boolean' },
        suppressed: { type: 'boolean' },
        suppressedBy: nullableString,
        file: string,
        purl: string,
        name: string,
        version: string,
        message: string,
        rule: nullableString,
        advisory: {
            anyOf: [
                { type: 'null' },
                {
                    type: 'object',
                    required: ['id', 'identifiers', 'title', 'cvss', 'source', 'epss', 'knownExploited', 'url'],
                    properties: {
                        id: string,
                        identifiers: { type: 'array', items: object({ type: string, name: string, value: string, url: nullableString }) },
                        title: nullableString,
                        cvss: { type: 'array', items: object({ version: string, vector: string, baseScore: { type: ['number', 'null'] } }) },
                        source: nullableString,
                        epss: { type: ['number', 'null'] },
                        knownExploited: nullableBoolean,
                        url: nullableString,
                    },
                },
            ],
        },
        fixedVersions: { type: 'array', items: string },
        introducedBy: { type: 'array', items: string },
        firstSeenAt: { ...dateTime, description: 'First scan of this ref that had the finding.' },
        firstCommitSha: nullableString,
        lastSeenAt: dateTime,
    }),
    FindingsResult: object({
        total: count,
        limit: count,
        offset: count,
        hits: { type: 'array', items: ref('Finding'), description: 'By project, ref, severity (most severe first), kind, file, purl.' },
    }),
    CycloneDx: {
        type: 'object',
        description: 'A CycloneDX 1.6 BOM (https://cyclonedx.org/schema/bom-1.6.schema.json), as `depindex scan --sbom` writes it.',
        properties: { bomFormat: { const: 'CycloneDX' }, specVersion: { const: '1.6' } },
        required: ['bomFormat', 'specVersion', 'components', 'dependencies'],
    },
};

;// CONCATENATED MODULE: ./build/serve/openapi/document.js




const error = (description) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description, schema) => ({
    description,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const query = (name, description, schema = { type: 'string' }) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema,
});
const path = (name, description) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const flag = { type: 'string', enum: ['true', 'false', '1', '0', ''] };
/** Answers every endpoint may give besides its own. */
const common = {
    '400': error('A parameter is wrong; `error.parameter` names it.'),
    '401': error('A bearer token is required (`DEPINDEX_API_TOKEN`) and was missing or wrong.'),
    '403': error('The Host header is not localhost, 127.0.0.1 or [::1] (a loopback server without a token answers no other name).'),
    '429': error('Too many requests from this client; `Retry-After` says when to try again.'),
    '500': error('Internal error (no details are sent; the server log has them).'),
    '503': error('The store could not be read, or did not answer in time.'),
};
const refParams = [path('project', 'Full project path, URL-encoded (acme%2Fweb%2Fshop).'), path('ref', 'Branch or tag, URL-encoded.')];
const scope = [
    query('project', 'One project, by full path.'),
    query('group', 'Projects under a group or subgroup (acme, acme/web).'),
    query('ref', 'One branch or tag.'),
    query('default-branch', 'Default branches only.', flag),
];
/** The OpenAPI 3.1 document of the index API, served at /api/v1/openapi.json. */
function openApiDocument() {
    return {
        openapi: '3.1.0',
        info: {
            title: 'depindex index API',
            version: version/* VERSION */.x,
            description: 'Read-only API over the depindex index (SQLite or Elasticsearch), served by `depindex serve`.',
            license: { name: 'MIT', identifier: 'MIT' },
        },
        servers: [{ url: '/' }],
        security: [{}, { bearer: [] }],
        paths: {
            '/api/v1/dependencies': {
                get: {
                    operationId: 'searchDependencies',
                    summary: 'Find dependencies, as `depindex search` does.',
                    parameters: [
                        query('name', 'Package name; canonical and case-insensitive.'),
                        query('type', 'purl type or ecosystem alias: npm, pypi, maven, golang ...'),
                        query('version', 'Exactly this version.'),
                        query('range', "A version range in the ecosystem's own syntax; needs type."),
                        query('license', 'A license id, also found inside SPDX expressions.'),
                        query('advisory', 'Dependencies an advisory affects, by its id or an alias (CVE-2023-29197, GHSA-wxmh-65f7-jcvw), from the package metadata `depindex sync` keeps in the same store; as `depindex search --advisory`. Not with name, version or range (the advisory names the packages and versions); the scope parameters, limit and offset apply.'),
                        ...scope,
                        query('added-since', 'First seen since a date (2026-11-01), a date-time with zone, or a duration back from now (12h, 7d, 2w).'),
                        query('exclude-development', 'Leave out development dependencies (unknown scope stays).', flag),
                        query('file', 'Dependency files, by path in the project or glob; a manifest also finds its lock files (Gemfile finds Gemfile.lock). Matching nothing is an empty answer.'),
                        query('limit', 'Hits per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
                        query('offset', 'Hits to skip; offset + limit at most 10000.', { type: 'string', pattern: '^[0-9]+$' }),
                        query('introduced-by', 'Also give each hit introducedBy: the introduced dependencies that bring it in, from the stored graph (reads each set of the page).', flag),
                    ],
                    responses: {
                        '200': json('A page of hits, the exact total and counts by project.', 'SearchResult'),
                        ...common,
                        '404': error('advisory: no advisory with that id or alias in the synced package metadata.'),
                        '409': error('advisory: no package metadata is synced into this store yet (`not_synced`); `depindex sync` brings it in.'),
                    },
                },
            },
            '/api/v1/package': {
                get: {
                    operationId: 'packageUses',
                    summary: 'Every project and version using one package; first seen; newest version in use.',
                    parameters: [
                        { ...query('type', 'purl type or ecosystem alias.'), required: true },
                        { ...query('name', 'Package name; canonical and case-insensitive.'), required: true },
                        ...scope,
                    ],
                    responses: { '200': json('The uses of the package, versions newest first.', 'PackageView'), ...common },
                },
            },
            '/api/v1/projects': {
                get: {
                    operationId: 'listProjects',
                    summary: 'Projects in the index with their refs and last scan, by path.',
                    parameters: [
                        query('group', 'Projects under a group or subgroup.'),
                        query('limit', 'Projects per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
                        query('offset', 'Projects to skip.', { type: 'string', pattern: '^[0-9]+$' }),
                    ],
                    responses: { '200': json('A page of projects and the exact total.', 'ProjectPage'), ...common },
                },
            },
            '/api/v1/projects/{project}/refs/{ref}/sets': {
                get: {
                    operationId: 'listSets',
                    summary: 'The dependency sets (one per dependency file) of a project at a ref.',
                    parameters: refParams,
                    responses: { '200': json('The sets, by file.', 'Sets'), ...common, '404': error('The index holds nothing for that project and ref.') },
                },
            },
            '/api/v1/projects/{project}/refs/{ref}/sbom': {
                get: {
                    operationId: 'exportSbom',
                    summary: 'A CycloneDX 1.6 SBOM of a project at a ref, built from the index (as `depindex export-sbom`).',
                    parameters: refParams,
                    responses: {
                        '200': {
                            description: 'The SBOM, as a download.',
                            content: { 'application/vnd.cyclonedx+json': { schema: { $ref: '#/components/schemas/CycloneDx' } } },
                        },
                        ...common,
                        '404': error('The index holds nothing for that project and ref.'),
                    },
                },
            },
            '/api/v1/why': {
                get: {
                    operationId: 'why',
                    summary: 'Paths from introduced dependencies to a package, from the graphs stored with the sets (as `depindex why --project --ref`).',
                    parameters: [
                        { ...query('package', 'Package name, name@version or purl.'), required: true },
                        { ...query('project', 'Full project path.'), required: true },
                        { ...query('ref', 'Branch or tag.'), required: true },
                        query('file', 'One dependency file, by its path in the project.'),
                        query('max-paths', 'Paths per dependency, 1 to 100 (default 10).', { type: 'string', pattern: '^[0-9]+$' }),
                    ],
                    responses: { '200': json('The paths to each matching dependency.', 'WhyResult'), ...common, '404': error('The index holds nothing for that project and ref (or file).') },
                },
            },
            '/api/v1/findings': {
                get: {
                    operationId: 'findings',
                    summary: 'Findings of the checks stored with the scans, as `depindex findings --json`.',
                    parameters: [
                        ...scope,
                        query('kind', 'One kind of finding.', { type: 'string', enum: FINDING_KINDS }),
                        query('severity', 'This severity or worse.', { type: 'string', enum: finding/* SEVERITIES */.o }),
                        query('suppressed', 'Also list findings an exception suppresses.', flag),
                        query('limit', 'Findings per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
                        query('offset', 'Findings to skip.', { type: 'string', pattern: '^[0-9]+$' }),
                    ],
                    responses: { '200': json('A page of findings and the exact total.', 'FindingsResult'), ...common },
                },
            },
            '/api/v1/openapi.json': {
                get: {
                    operationId: 'openApi',
                    summary: 'This document.',
                    responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, '401': common['401'], '403': common['403'], '429': common['429'] },
                },
            },
        },
        components: {
            schemas: schemas,
            securitySchemes: {
                bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server was started with DEPINDEX_API_TOKEN.' },
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/serve/page/html.js
/**
 * The page shell: everything else is filled in by /assets/app.js from the API. Static: no index data is ever
 * written into this HTML on the server, so nothing stored can become markup.
 */
function pageHtml() {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>depindex</title>
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#view">Skip to content</a>
<header>
<a class="brand" href="/">depindex</a>
<nav aria-label="Main"><a href="/">Search</a> <a href="/project">Projects</a> <a href="/api/v1/openapi.json">API</a></nav>
</header>
<p id="status" role="status" aria-live="polite"></p>
<main id="view" tabindex="-1"></main>
<noscript><p>This page needs JavaScript; the same answers come from the JSON API under /api/v1 (see /api/v1/openapi.json).</p></noscript>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./build/serve/page/script-core.js
/**
 * Helpers of the page script: DOM building (text only, never markup), the API client, tables and pagers.
 * Plain browser JavaScript as text, served by routes.ts: no template literals inside, so it embeds as is.
 */
const CORE = String.raw `
'use strict';
// The search page of depindex serve. Every piece of index data is put into the page as text (textContent,
// attribute values), never as markup: project names, files and licences come from untrusted scans.
var API = '/api/v1/';
var TOKEN_KEY = 'depindex-token';

function el(tag, attrs) {
  var node = document.createElement(tag);
  var a = attrs || {};
  Object.keys(a).forEach(function (k) {
    if (a[k] === null || a[k] === undefined || a[k] === false) return;
    if (k === 'text') node.textContent = String(a[k]);
    else node.setAttribute(k, a[k] === true ? '' : String(a[k]));
  });
  for (var i = 2; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function params(object) {
  var p = new URLSearchParams();
  Object.keys(object).forEach(function (k) {
    var v = object[k];
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  });
  return p;
}

function link(path, query, text) {
  var q = params(query).toString();
  return el('a', { href: path + (q ? '?' + q : ''), text: text });
}

function day(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

function count(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

function flag(value, yes, no) {
  return value === null || value === undefined ? 'unknown' : value ? yes : no;
}

function main() {
  return document.getElementById('view');
}

// The live region saying counts and errors; each view puts it under its heading (re-rendering keeps the node).
var statusBox = null;
function statusLine() {
  statusBox = statusBox || document.getElementById('status');
  return statusBox;
}

function status(text, kind) {
  var box = statusLine();
  box.textContent = text;
  box.className = kind || '';
}

function authHeaders() {
  var token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: 'Bearer ' + token } : {};
}

function askToken(retry) {
  var input = el('input', { id: 'token', type: 'password', autocomplete: 'off', required: true });
  var form = el('form', { class: 'token' },
    el('label', { for: 'token', text: 'This server needs an API token' }), input,
    el('button', { type: 'submit', text: 'Use token' }));
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value);
    form.remove();
    retry();
  });
  main().prepend(form);
  input.focus();
}

// Resolves with the JSON answer; on an error answer, says it in the status line and resolves with null.
function api(path, query, retry) {
  var q = params(query || {}).toString();
  return fetch(API + path + (q ? '?' + q : ''), { headers: authHeaders() }).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (response.ok) return body;
      if (response.status === 401 && retry) askToken(retry);
      var message = body && body.error ? body.error.message : 'the server answered ' + response.status;
      status('Error: ' + message, 'error');
      return null;
    });
  }, function () {
    status('Error: the server cannot be reached', 'error');
    return null;
  });
}

function table(caption, headers, rows) {
  var head = el('tr');
  headers.forEach(function (h) { head.appendChild(el('th', { scope: 'col', text: h })); });
  var body = el('tbody');
  rows.forEach(function (cells) {
    var tr = el('tr');
    // data-label names the column where a phone shows each row as a card.
    cells.forEach(function (c, i) { tr.appendChild(el('td', { 'data-label': headers[i] }, c)); });
    body.appendChild(tr);
  });
  return el('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', null, el('caption', { text: caption }), el('thead', null, head), body));
}

function pager(path, query, total, offset, limit) {
  var nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  var q = Object.assign({}, query);
  if (offset > 0) {
    q.offset = Math.max(0, offset - limit) || '';
    nav.appendChild(link(path, q, '← Previous'));
  }
  if (offset + limit < total) {
    q.offset = offset + limit;
    var next = link(path, q, 'Next →');
    next.setAttribute('rel', 'next');
    nav.appendChild(next);
  }
  return nav;
}

function packageLink(hit) {
  return link('/package', { type: hit.type, name: hit.name }, hit.name);
}

function refLink(project, ref) {
  return link('/project', { project: project, ref: ref }, ref);
}
`;

;// CONCATENATED MODULE: ./build/serve/page/script-views.js
/**
 * The page's views: search, package, projects and a project's ref, chosen by the URL's path.
 * Plain browser JavaScript as text, served by routes.ts: no template literals inside, so it embeds as is.
 */
const VIEWS = String.raw `
var FIELDS = [
  ['name', 'Package name', 'text', 'lodash, django, org.slf4j/slf4j-api'],
  ['type', 'Type', 'text', 'npm, pypi, maven …'],
  ['version', 'Exact version', 'text', ''],
  ['range', 'Version range (needs type)', 'text', '^4.17.0, <2.17.1'],
  ['license', 'Licence', 'text', 'MIT'],
  ['advisory', 'Advisory id or alias', 'text', 'CVE-2023-29197, GHSA-wxmh-65f7-jcvw'],
  ['project', 'Project', 'text', 'group/project'],
  ['group', 'Group', 'text', 'group/subgroup'],
  ['ref', 'Branch or tag', 'text', 'main'],
  ['file', 'Dependency file', 'text', 'package-lock.json'],
  ['added-since', 'Added since', 'text', '2026-11-01, 7d'],
];
var CHECKS = [['default-branch', 'Default branches only'], ['exclude-development', 'Leave out development dependencies']];

function searchForm(query) {
  var form = el('form', { class: 'search', role: 'search', action: '/', method: 'get' });
  var field = function (f) {
    var input = el('input', { id: 'f-' + f[0], name: f[0], type: f[2], value: query.get(f[0]) || '', placeholder: f[3] || null, autocomplete: 'off' });
    return el('div', { class: 'field' }, el('label', { for: 'f-' + f[0], text: f[1] }), input);
  };
  var main = el('div', { class: 'main-field' }, field(FIELDS[0]));
  var filters = el('div', { class: 'filters' });
  FIELDS.slice(1).forEach(function (f) { filters.appendChild(field(f)); });
  CHECKS.forEach(function (c) {
    var box = el('input', { id: 'f-' + c[0], name: c[0], type: 'checkbox', value: 'true', checked: query.get(c[0]) === 'true' });
    filters.appendChild(el('div', { class: 'check' }, box, el('label', { for: 'f-' + c[0], text: c[1] })));
  });
  var open = FIELDS.slice(1).some(function (f) { return query.get(f[0]); }) || CHECKS.some(function (c) { return query.get(c[0]); });
  form.appendChild(main);
  form.appendChild(el('details', { open: open }, el('summary', { text: 'Filters' }), filters));
  form.appendChild(el('button', { type: 'submit', text: 'Search' }));
  // Empty fields stay out of the URL, so a shared link says only what was asked.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') p.set(k, String(v).trim()); });
    location.assign('/' + (p.toString() ? '?' + p.toString() : ''));
  });
  return form;
}

function searchView() {
  var query = new URLSearchParams(location.search);
  var about = query.get('name') || query.get('advisory');
  document.title = about ? about + ' · depindex' : 'depindex search';
  var view = main();
  view.appendChild(el('h1', { text: 'Search dependencies' }));
  view.appendChild(searchForm(query));
  view.appendChild(statusLine());
  var results = el('section', { 'aria-label': 'Results' });
  view.appendChild(results);
  var asked = {};
  query.forEach(function (v, k) { asked[k] = v; });
  if (Object.keys(asked).length === 0) {
    status('Type a package name, or open the filters, and search.');
    return;
  }
  var run = function () {
    results.textContent = '';
    api('dependencies', asked, run).then(function (answer) {
      if (!answer) return;
      var first = answer.hits.length ? answer.offset + 1 : 0;
      var last = answer.offset + answer.hits.length;
      status(count(answer.total, 'dependency', 'dependencies') + (asked.advisory ? ' affected by ' + asked.advisory : '') + ' in ' + count(answer.byProject.length, 'project', 'projects') + (answer.total ? '; showing ' + first + '–' + last : ''));
      if (!answer.hits.length) return;
      results.appendChild(table('Dependencies ' + first + ' to ' + last + ' of ' + answer.total,
        ['Package', 'Version', 'Project', 'Ref', 'File', 'Licences', 'Direct', 'Development', 'Added'],
        answer.hits.map(function (h) {
          return [packageLink(h), h.version, h.project, refLink(h.project, h.ref), h.file, h.licenses ? h.licenses.join(', ') : 'unknown',
            flag(h.introduced, 'direct', 'transitive'), flag(h.development, 'yes', 'no'), day(h.createdAt)];
        })));
      results.appendChild(pager('/', asked, answer.total, answer.offset, answer.limit));
      if (answer.byProject.length > 1) {
        results.appendChild(table('Counts by project', ['Project', 'Dependencies'], answer.byProject.slice(0, 20).map(function (p) {
          return [p.project, String(p.count)];
        })));
      }
    });
  };
  run();
}

function packageView() {
  var query = new URLSearchParams(location.search);
  var asked = { type: query.get('type'), name: query.get('name') };
  document.title = (asked.name || 'Package') + ' · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', { text: (asked.name || '') + (asked.type ? ' (' + asked.type + ')' : '') }));
    view.appendChild(statusLine());
    api('package', asked, run).then(function (p) {
      if (!p) return;
      status(count(p.total, 'use', 'uses') + ' in ' + count(p.projects.length, 'project', 'projects') + '; newest version in use: ' + (p.newestVersion || 'none') + (p.complete ? '' : ' (first 10,000 uses counted)'));
      view.appendChild(table('Versions in use, newest first', ['Version', 'Uses', 'Projects', 'First seen'], p.versions.map(function (v) {
        return [link('/', { name: p.name, type: p.type, version: v.version }, v.version), String(v.uses), String(v.projects), day(v.firstSeen)];
      })));
      view.appendChild(table('Projects using it', ['Project', 'Versions', 'Refs', 'First seen'], p.projects.map(function (u) {
        var refs = el('span');
        u.refs.forEach(function (r, i) { if (i) refs.appendChild(document.createTextNode(', ')); refs.appendChild(refLink(u.project, r)); });
        return [u.project, u.versions.join(', '), refs, day(u.firstSeen)];
      })));
    });
  };
  run();
}

function sbomLink(project, ref) {
  var href = API + 'projects/' + encodeURIComponent(project) + '/refs/' + encodeURIComponent(ref) + '/sbom';
  var a = el('a', { href: href, download: '', class: 'button', text: 'Download SBOM (CycloneDX 1.6)' });
  // With a token the download goes through fetch, which can send it; a plain link cannot.
  a.addEventListener('click', function (event) {
    if (!sessionStorage.getItem(TOKEN_KEY)) return;
    event.preventDefault();
    fetch(href, { headers: authHeaders() }).then(function (r) { return r.blob(); }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var temp = el('a', { href: url, download: 'sbom.cdx.json' });
      document.body.appendChild(temp);
      temp.click();
      temp.remove();
      URL.revokeObjectURL(url);
    });
  });
  return a;
}

function projectsView() {
  var query = new URLSearchParams(location.search);
  var asked = { group: query.get('group'), offset: query.get('offset'), limit: 50 };
  document.title = 'Projects · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', { text: 'Projects' }));
    view.appendChild(statusLine());
    api('projects', asked, run).then(function (page) {
      if (!page) return;
      status(count(page.total, 'project', 'projects'));
      view.appendChild(table('Projects and their refs', ['Project', 'Refs', 'Last scan'], page.projects.map(function (p) {
        var refs = el('span');
        p.refs.forEach(function (r, i) {
          if (i) refs.appendChild(document.createTextNode(', '));
          refs.appendChild(refLink(p.project, r.ref));
          if (r.defaultBranch) refs.appendChild(document.createTextNode(' (default)'));
        });
        return [p.project, refs, day(p.lastScannedAt)];
      })));
      view.appendChild(pager('/project', { group: asked.group }, page.total, page.offset, page.limit));
    });
  };
  run();
}

// The findings of the checks stored with the last scan of a ref, most severe first (suppressed ones left out).
function findingsTable(findings) {
  var caption = 'Findings' + (findings.total > findings.hits.length ? ' (first ' + findings.hits.length + ' of ' + findings.total + ')' : '');
  return table(caption, ['Severity', 'Kind', 'Package', 'Version', 'File', 'Message', 'First seen'], findings.hits.map(function (f) {
    var advisory = f.advisory && f.advisory.url && /^https?:\/\//i.test(f.advisory.url)
      ? el('a', { href: f.advisory.url, rel: 'noopener noreferrer', text: f.advisory.id }) : null;
    return [f.severity, f.kind, f.name, f.version, f.file, el('span', null, f.message, advisory ? ' ' : null, advisory), day(f.firstSeenAt)];
  }));
}

function refView(project, ref) {
  var query = new URLSearchParams(location.search);
  var offset = Number(query.get('offset')) || 0;
  document.title = project + ' @ ' + ref + ' · depindex';
  var view = main();
  var run = function () {
    view.textContent = '';
    view.appendChild(el('h1', null, project, el('span', { class: 'ref', text: ' @ ' + ref })));
    view.appendChild(statusLine());
    api('projects/' + encodeURIComponent(project) + '/refs/' + encodeURIComponent(ref) + '/sets', {}, run).then(function (answer) {
      if (!answer) return;
      var total = 0;
      var last = '';
      var commit = null;
      answer.sets.forEach(function (s) {
        total += s.dependencies;
        if (s.scannedAt > last) { last = s.scannedAt; commit = s.commitSha; }
      });
      var first = answer.sets[0];
      status(count(answer.sets.length, 'dependency file', 'dependency files') + ', ' + count(total, 'dependency', 'dependencies') + '; last scan ' + day(last) + (commit ? ' at ' + commit.slice(0, 12) : ''));
      view.appendChild(el('p', { class: 'summary' },
        (first.refType === 'tag' ? 'Tag' : 'Branch') + (first.defaultBranch ? ', the default branch. ' : '. '), sbomLink(project, ref)));
      view.appendChild(table('Dependency files', ['File', 'Package manager', 'Dependencies', 'Scanned', 'Commit', 'Pipeline'], answer.sets.map(function (s) {
        var pipeline = s.pipelineUrl && /^https?:\/\//i.test(s.pipelineUrl) ? el('a', { href: s.pipelineUrl, rel: 'noopener noreferrer', text: 'pipeline' }) : '';
        return [link('/', { project: project, ref: ref, file: s.file }, s.file), s.packageManager || '', String(s.dependencies), day(s.scannedAt),
          s.commitSha ? s.commitSha.slice(0, 12) : '', pipeline];
      })));
      view.appendChild(el('p', { class: 'note', text: 'Why-paths appear here once the index stores dependency graphs.' }));
      return api('findings', { project: project, ref: ref, limit: 100 }, null);
    }).then(function (findings) {
      if (!findings || !findings.hits) return null;
      if (findings.total === 0) view.appendChild(el('p', { class: 'summary', text: 'No findings stored for this ref.' }));
      else view.appendChild(findingsTable(findings));
      return api('dependencies', { project: project, ref: ref, offset: offset || '', limit: 50 }, null);
    }).then(function (deps) {
      if (!deps || !deps.hits) return;
      view.appendChild(table('Dependencies ' + (deps.hits.length ? offset + 1 : 0) + ' to ' + (offset + deps.hits.length) + ' of ' + deps.total,
        ['Package', 'Version', 'File', 'Licences', 'Direct', 'Development', 'Added'], deps.hits.map(function (h) {
          return [packageLink(h), h.version, h.file, h.licenses ? h.licenses.join(', ') : 'unknown', flag(h.introduced, 'direct', 'transitive'),
            flag(h.development, 'yes', 'no'), day(h.createdAt)];
        })));
      view.appendChild(pager('/project', { project: project, ref: ref }, deps.total, deps.offset, deps.limit));
    });
  };
  run();
}

document.addEventListener('DOMContentLoaded', function () {
  var q = new URLSearchParams(location.search);
  if (location.pathname === '/package') packageView();
  else if (location.pathname === '/project' && q.get('project') && q.get('ref')) refView(q.get('project'), q.get('ref'));
  else if (location.pathname === '/project') projectsView();
  else searchView();
});
`;

;// CONCATENATED MODULE: ./build/serve/page/script.js


/** The page script, in one function scope so nothing leaks into the page's globals. */
const SCRIPT = `(function () {\n${CORE}\n${VIEWS}\n})();\n`;

;// CONCATENATED MODULE: ./build/serve/page/style.js
/** The page's style: system fonts, dark text on white (contrast above 7:1), a visible focus ring, one column on a phone. */
const STYLE = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b57d0; --line: #d0d0d0; --bg-alt: #f4f6f8; --error: #a50e0e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
header { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--text); }
header nav a { margin-right: 16px; }
main { padding: 0 16px; max-width: 1200px; }
#status { margin: 12px 0; color: var(--muted); min-height: 1.5em; }
#status.error { color: var(--error); font-weight: 600; }
h1 { font-size: 1.5rem; margin: 12px 0; overflow-wrap: anywhere; }
h1 .ref { color: var(--muted); font-weight: 400; }
form.search { display: grid; gap: 12px; margin-bottom: 16px; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field label, .check label { font-weight: 600; font-size: 0.9rem; }
input[type=text], input[type=password] { font: inherit; padding: 8px; border: 1px solid #767676; border-radius: 4px; min-width: 0; }
.main-field input { font-size: 1.1rem; }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; padding-top: 12px; }
.check { display: flex; gap: 8px; align-items: center; }
.check input { width: 20px; height: 20px; flex: none; }
summary { cursor: pointer; font-weight: 600; }
button, .button { font: inherit; padding: 8px 16px; border: 0; border-radius: 4px; background: #0b57d0; color: #fff; cursor: pointer; justify-self: start; text-decoration: none; display: inline-block; }
.scroll { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
th { background: var(--bg-alt); white-space: nowrap; }
td { max-width: 28em; }
.pager { display: flex; gap: 24px; margin: 8px 0 24px; }
.pager a { padding: 8px 0; }
.summary, .note { color: var(--muted); }
form.token { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 12px 0; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  /* Each row a card, each cell labelled by its column: readable without scrolling sideways. */
  table, tbody, tr, td { display: block; width: 100%; }
  thead { position: absolute; left: -9999px; }
  caption { display: block; }
  tr { border-bottom: 2px solid var(--line); padding: 6px 0; }
  td { border: 0; padding: 2px 0; max-width: none; overflow-wrap: anywhere; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
}
`;

;// CONCATENATED MODULE: ./build/serve/page/routes.js



/**
 * The search page: one HTML shell for its three views (search at /, a package at /package, a project's ref at
 * /project), each URL carrying its query so a view can be shared; the script fills the view from the API.
 * The content security policy allows only this server's own script and style: nothing the index holds can run.
 */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
function pageRoutes(app) {
    const html = pageHtml();
    for (const url of ['/', '/package', '/project']) {
        app.get(url, async (_request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).header('cache-control', 'no-cache').send(html));
    }
    app.get('/assets/app.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SCRIPT));
    app.get('/assets/style.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(STYLE));
}

// EXTERNAL MODULE: ./build/graph/why.js + 2 modules
var why = __webpack_require__(64349);
;// CONCATENATED MODULE: ./build/serve/routes/why.js




const WHY_PARAMETERS = ['package', 'project', 'ref', 'file', 'max-paths'];
/** One answer as JSON: the dependency, then its paths as purls from an introduced dependency down to it. */
function answerJson(a) {
    const d = a.dependency;
    return {
        file: a.file,
        purl: d.purl,
        name: d.name,
        version: d.version,
        introduced: d.introduced,
        development: d.development,
        paths: a.paths.filter((p) => p.length > 1),
        omitted: a.omitted,
        omittedAtLeast: a.countCapped,
        note: a.note,
    };
}
/**
 * `/api/v1/why`: `depindex why <package> --project --ref [--file]`, from the graphs the index stored with the
 * sets (issue 15), through the same walk (graph/why.ts). 404 when the index holds no set of that project and ref.
 */
function whyRoutes(app, ctx) {
    app.get('/api/v1/why', async (request, reply) => {
        const read = readParameters(request.query, WHY_PARAMETERS);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const p = read.value;
        for (const key of ['package', 'project', 'ref']) {
            if (!p[key]?.trim())
                return sendError(reply, 'bad_parameter', `parameter ${key} is required`, key);
        }
        const maxPaths = readCount(p, 'max-paths', 10, 1, 100);
        if (!maxPaths.ok)
            return sendError(reply, 'bad_parameter', maxPaths.error.message, maxPaths.error.parameter);
        const project = p['project'];
        const ref = p['ref'];
        const loaded = await withinRequest(reply, ctx, () => ctx.store.loadGraphs(project, ref, p['file']));
        if (!loaded.ok)
            return sendStoreFailure(reply, ctx.log, loaded.error);
        if (loaded.value.length === 0) {
            return sendError(reply, 'not_found', p['file'] === undefined ? 'the index holds no dependency files of that project at that ref' : 'the index holds no such dependency file of that project at that ref');
        }
        const answers = (0,why/* explainWhy */.M)(loaded.value, p['package'], maxPaths.value);
        return { package: p['package'], project, ref, files: loaded.value.length, answers: answers.map(answerJson) };
    });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/report/cyclonedx/from-index.js
var from_index = __webpack_require__(83120);
;// CONCATENATED MODULE: ./build/serve/sbom-file-name.js
/** A file name for the download: letters, digits, dot, dash and underscore of project and ref, nothing else. */
function sbomFileName(project, ref) {
    const clean = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'x';
    return `${clean(project)}@${clean(ref)}.cdx.json`;
}

;// CONCATENATED MODULE: ./build/serve/routes/projects.js







/** `/api/v1/projects` and what lies under a project's ref. Project paths and refs come URL-encoded in one segment each. */
function projectRoutes(app, ctx) {
    app.get('/api/v1/projects', async (request, reply) => {
        const read = readParameters(request.query, ['group', 'limit', 'offset']);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const limit = readCount(read.value, 'limit', search_query/* DEFAULT_LIMIT */.eH, 1, search_query/* MAX_LIMIT */.tq);
        if (!limit.ok)
            return sendError(reply, 'bad_parameter', limit.error.message, limit.error.parameter);
        const offset = readCount(read.value, 'offset', 0, 0, MAX_OFFSET);
        if (!offset.ok)
            return sendError(reply, 'bad_parameter', offset.error.message, offset.error.parameter);
        const group = read.value['group']?.trim().replace(/\/+$/, '');
        if (group === '')
            return sendError(reply, 'bad_parameter', 'parameter group is empty', 'group');
        const page = await withinRequest(reply, ctx, () => ctx.store.listProjects({ ...(group !== undefined && { group }), limit: limit.value, offset: offset.value }));
        if (!page.ok)
            return sendStoreFailure(reply, ctx.log, page.error);
        return { total: page.value.total, limit: limit.value, offset: offset.value, projects: page.value.projects };
    });
    app.get('/api/v1/projects/:project/refs/:ref/sets', async (request, reply) => {
        const read = readParameters(request.query, []);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const { project, ref } = request.params;
        const sets = await withinRequest(reply, ctx, () => ctx.store.listSets(project, ref));
        if (!sets.ok)
            return sendStoreFailure(reply, ctx.log, sets.error);
        if (sets.value.length === 0)
            return sendError(reply, 'not_found', `the index holds no sets of project "${project}" at ref "${ref}"`);
        return { project, ref, sets: sets.value };
    });
    app.get('/api/v1/projects/:project/refs/:ref/sbom', async (request, reply) => {
        const read = readParameters(request.query, []);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const { project, ref } = request.params;
        const sbom = await withinRequest(reply, ctx, () => (0,from_index/* sbomFromIndex */.S)(ctx.store, project, ref, ctx.now()));
        if (!sbom.ok)
            return sendStoreFailure(reply, ctx.log, sbom.error);
        if (sbom.value === null)
            return sendError(reply, 'not_found', `the index holds no sets of project "${project}" at ref "${ref}"`);
        return reply
            .type('application/vnd.cyclonedx+json; version=1.6')
            .header('content-disposition', `attachment; filename="${sbomFileName(project, ref)}"`)
            .send(external_node_stream_.Readable.from(sbom.value));
    });
}

// EXTERNAL MODULE: ./build/store/introduced-by.js
var introduced_by = __webpack_require__(90121);
;// CONCATENATED MODULE: ./build/serve/openapi/response-schema.js

const PREFIX = '#/components/schemas/';
function inline(node) {
    if (Array.isArray(node))
        return node.map(inline);
    if (node === null || typeof node !== 'object')
        return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith(PREFIX))
        return inline(schemas[ref.slice(PREFIX.length)]);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value)]));
}
/**
 * One of the document's answer schemas with its references written out, for a route's `schema.response`: fastify
 * then writes that answer with fast-json-stringify, compiled once from the schema, instead of JSON.stringify on
 * every request (bench/serve.ts). The properties come out in the schema's order and only those the schema names,
 * so the answer is the one the OpenAPI document describes.
 */
function responseSchema(name) {
    if (!(name in schemas))
        throw new Error(`openapi: no schema "${name}"`);
    return inline(schemas[name]);
}

// EXTERNAL MODULE: ./build/ecosystems/registry.js + 48 modules
var registry = __webpack_require__(49397);
;// CONCATENATED MODULE: ./build/serve/package-view.js

/**
 * Orders versions newest first by the ecosystem's own comparison; versions it cannot parse go last, by text.
 * Types without an ecosystem module are ordered by text.
 */
function versionOrder(type) {
    const versioning = (0,registry/* ecosystemFor */.m)(type)?.versioning;
    const text = (a, b) => (a < b ? 1 : a > b ? -1 : 0);
    if (!versioning)
        return text;
    const parsed = new Map();
    const parse = (v) => {
        if (!parsed.has(v)) {
            const r = versioning.parse(v);
            parsed.set(v, r.ok ? r.value : null);
        }
        return parsed.get(v);
    };
    return (a, b) => {
        const pa = parse(a);
        const pb = parse(b);
        if (pa === null || pb === null)
            return pa === pb ? text(a, b) : pa === null ? 1 : -1;
        return versioning.compare(pb, pa) || text(a, b);
    };
}
const earlier = (a, b) => (a === undefined || b < a ? b : a);
/** Who uses a package, at which versions, since when: folded from every search hit for it. */
function packageView(type, name, hits, total) {
    const order = versionOrder(type);
    const versions = new Map();
    const projects = new Map();
    for (const h of hits) {
        const v = versions.get(h.version) ?? { uses: 0, projects: new Set(), firstSeen: h.createdAt };
        v.uses++;
        v.projects.add(h.project);
        v.firstSeen = earlier(v.firstSeen, h.createdAt);
        versions.set(h.version, v);
        const p = projects.get(h.project) ?? { versions: new Set(), refs: new Set(), firstSeen: h.createdAt };
        p.versions.add(h.version);
        p.refs.add(h.ref);
        p.firstSeen = earlier(p.firstSeen, h.createdAt);
        projects.set(h.project, p);
    }
    const sortedVersions = [...versions.keys()].sort(order);
    const newest = sortedVersions[0] ?? null;
    return {
        type,
        name: hits.find((h) => h.version === newest)?.name ?? name,
        total,
        complete: hits.length >= total,
        newestVersion: newest,
        versions: sortedVersions.map((version) => {
            const v = versions.get(version);
            return { version, uses: v.uses, projects: v.projects.size, firstSeen: v.firstSeen };
        }),
        projects: [...projects.keys()].sort().map((project) => {
            const p = projects.get(project);
            return { project, versions: [...p.versions].sort(order), refs: [...p.refs].sort(), firstSeen: p.firstSeen };
        }),
    };
}

// EXTERNAL MODULE: ./build/metadata/search/advisory-search.js
var advisory_search = __webpack_require__(323);
;// CONCATENATED MODULE: ./build/serve/routes/advisory.js





/**
 * `advisory=`: the search of `depindex search --advisory` (metadata/search/advisory-search.ts) over the server's
 * store and its synced metadata. Every store call goes through withinRequest: one deadline for the lookup and all
 * the index searches it makes. Failures are answered here (the reply, as the error); hits are the caller's to send.
 */
async function searchAdvisory(reply, ctx, advisory, query) {
    const opened = await withinRequest(reply, ctx, () => ctx.metadata.open());
    if (!opened.ok)
        return (0,result/* err */._)(sendStoreFailure(reply, ctx.log, opened.error));
    const metadata = opened.value;
    if (metadata === null)
        return (0,result/* err */._)(sendError(reply, 'not_synced', `cannot search by advisory: ${advisory_search/* NOTHING_SYNCED */.P}`));
    const found = await (0,advisory_search/* searchByAdvisory */.r)(advisory, query, { search: (q) => withinRequest(reply, ctx, () => ctx.store.search(q)) }, { location: metadata.location, advisoriesById: (id) => withinRequest(reply, ctx, () => metadata.advisoriesById(id)) });
    if (found.ok)
        return (0,result.ok)(found.value);
    // The store's own message names its file or address: it goes to the log, never to the client.
    if (found.error.kind === 'store')
        return (0,result/* err */._)(sendStoreFailure(reply, ctx.log, found.error.message));
    return (0,result/* err */._)(sendError(reply, 'not_found', `no advisory "${(0,describe_unknown/* printable */.g)(advisory, 100)}" in the synced package metadata (by id or alias)`));
}

;// CONCATENATED MODULE: ./build/serve/routes/search.js








const PACKAGE_PARAMETERS = ['type', 'name', 'project', 'group', 'ref', 'default-branch'];
/** `/api/v1/dependencies` (the query model of `depindex search`) and `/api/v1/package` (one package's uses). */
function searchRoutes(app, ctx) {
    // Written by the answer's schema (openapi/response-schema.ts): the hits go out as the store gives them, in the
    // order of report/search-json.ts hitJson, which the CLI's --json writes (a test holds the two alike).
    const searchResult = { response: { 200: responseSchema('SearchResult') } };
    app.get('/api/v1/dependencies', { schema: searchResult }, async (request, reply) => {
        const { 'introduced-by': asked, ...raw } = request.query;
        const introducedBy = readParameters(asked === undefined ? {} : { 'introduced-by': asked }, ['introduced-by']);
        const wanted = introducedBy.ok ? readFlag(introducedBy.value, 'introduced-by') : introducedBy;
        if (!wanted.ok)
            return sendError(reply, 'bad_parameter', wanted.error.message, wanted.error.parameter);
        const query = searchQueryFrom(raw, ctx.now());
        if (!query.ok)
            return sendError(reply, 'bad_parameter', query.error.message, query.error.parameter);
        // advisory=: looked up in the synced package metadata (advisory.ts), which answers its own errors.
        const { advisory } = query.value;
        const found = advisory !== undefined ? await searchAdvisory(reply, ctx, advisory, query.value) : null;
        if (found !== null && !found.ok)
            return found.error;
        // introducedBy only when asked: it reads each set of the page whole, which costs far more than the search
        // (75x the in-process search at p50 over 1M stored dependencies, bench/serve.ts). Within the same deadline.
        const result = await withinRequest(reply, ctx, async () => {
            const searched = found ?? (await ctx.store.search(query.value));
            return searched.ok && wanted.value === true ? (0,introduced_by/* withIntroducedBy */.j)(ctx.store, searched.value) : searched;
        });
        if (!result.ok)
            return sendStoreFailure(reply, ctx.log, result.error);
        const { total, hits, byProject } = result.value;
        return { total, limit: query.value.limit, offset: query.value.offset, hits, byProject };
    });
    app.get('/api/v1/package', async (request, reply) => {
        const read = readParameters(request.query, PACKAGE_PARAMETERS);
        if (!read.ok)
            return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
        const p = read.value;
        for (const key of ['type', 'name']) {
            if (!p[key]?.trim())
                return sendError(reply, 'bad_parameter', `parameter ${key} is required`, key);
        }
        const type = (0,search_query/* resolveType */.r)(p['type'] ?? '');
        if (!type.ok)
            return sendError(reply, 'bad_parameter', `parameter type: ${type.error}`, 'type');
        const defaultBranch = readFlag(p, 'default-branch');
        if (!defaultBranch.ok)
            return sendError(reply, 'bad_parameter', defaultBranch.error.message, defaultBranch.error.parameter);
        const scope = {
            name: (p['name'] ?? '').trim(),
            type: type.value,
            ...(p['project'] !== undefined && { project: p['project'] }),
            ...(p['group'] !== undefined && { group: p['group'].replace(/\/+$/, '') }),
            ...(p['ref'] !== undefined && { ref: p['ref'] }),
            ...(defaultBranch.value === true && { defaultBranchOnly: true }),
        };
        // Every use, a page at a time, up to the window both stores can page through; `complete` says if that was all.
        // All pages share the request's one deadline (withinRequest): ten pages never get ten times --timeout.
        const hits = [];
        let total = 0;
        for (let offset = 0; offset < search_query/* MAX_WINDOW */.SD; offset += search_query/* MAX_LIMIT */.tq) {
            const page = await withinRequest(reply, ctx, () => ctx.store.search({ ...scope, limit: search_query/* MAX_LIMIT */.tq, offset }));
            if (!page.ok)
                return sendStoreFailure(reply, ctx.log, page.error);
            total = page.value.total;
            hits.push(...page.value.hits);
            if (hits.length >= total || page.value.hits.length < search_query/* MAX_LIMIT */.tq)
                break;
        }
        return packageView(type.value, scope.name, hits, total);
    });
}

;// CONCATENATED MODULE: ./build/serve/server.js















/** The API reads no request bodies; anything past this is refused with 413 before it is read. */
const BODY_LIMIT = 1024;
/** Longer URLs are refused with 414: no query the API takes needs more. */
const MAX_URL = 8192;
/** Routes answering other methods with 405 (and the Allow header). */
const METHODS_REFUSED = ['POST', 'PUT', 'DELETE', 'PATCH'];
/** The index API and the search page over one store, read-only. Not listening yet: the caller listens. */
async function buildServer(options) {
    const app = fastify({
        logger: false,
        bodyLimit: BODY_LIMIT,
        requestTimeout: options.requestTimeoutMs,
        connectionTimeout: options.requestTimeoutMs * 2,
        keepAliveTimeout: 5_000,
        // Project paths and refs are one URL-encoded path segment each; GitLab allows paths of 255 characters a level.
        routerOptions: { maxParamLength: 2048, ignoreTrailingSlash: true },
        return503OnClosing: true,
        ...(options.trustedProxies && options.trustedProxies.length > 0 && { trustProxy: [...options.trustedProxies] }),
    });
    const log = options.log;
    const ctx = { store: options.store, metadata: options.metadata ?? NO_METADATA, now: options.now ?? (() => new Date()), requestTimeoutMs: options.requestTimeoutMs, log };
    // One hook for what every request needs, in the callback form (no promise per request): the URL bound, the
    // headers every answer carries and, on loopback without a token, the Host check (host-check.ts).
    const allowedHosts = options.allowedHosts;
    const hostRefused = allowedHosts === null ? '' : `this server answers only to ${allowedHosts.join(', ')} (with its port) in the Host header`;
    app.addHook('onRequest', (request, reply, done) => {
        reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
        if (request.url.length > MAX_URL)
            sendError(reply, 'uri_too_long', `the request URL is longer than ${MAX_URL} characters`);
        else if (allowedHosts !== null && !hostAllowed(request.headers.host, allowedHosts, request.socket.localPort))
            sendError(reply, 'host_not_allowed', hostRefused);
        else
            done();
    });
    if (log) {
        app.addHook('onResponse', (request, reply, done) => {
            log(accessLine({ at: new Date(), client: request.ip, method: request.method, url: request.url, status: reply.statusCode, ms: reply.elapsedTime }));
            done();
        });
    }
    if (options.corsOrigins.length > 0)
        await app.register(cors, { origin: [...options.corsOrigins], methods: ['GET', 'HEAD'] });
    if (options.rateLimitPerMinute > 0) {
        // A hook of the root, not of each route: it runs before the token check of the API (so wrong tokens count) and
        // also for paths that do not exist (so probing them counts).
        await app.register(rate_limit, {
            global: false,
            max: options.rateLimitPerMinute,
            timeWindow: 60_000,
            errorResponseBuilder: (_request, context) => Object.assign(new Error(`too many requests from this client; try again in ${Math.ceil(context.ttl / 1000)} s`), { statusCode: 429 }),
        });
        app.addHook('onRequest', app.rateLimit());
    }
    app.setErrorHandler(async (error, _request, reply) => {
        if (error instanceof StoreTimeout)
            return sendError(reply, 'timeout', error.message);
        const { code, message } = describeThrown(error);
        if (code === 'rate_limited')
            return sendError(reply, code, error.message);
        // Internal errors are logged without stack (paths of the server) and answered without any detail.
        if (code === 'internal' && log)
            log(`${new Date().toISOString()} internal error: ${String(error.message).slice(0, 300)}`);
        return sendError(reply, code, message);
    });
    app.setNotFoundHandler(async (request, reply) => sendError(reply, 'not_found', `no such resource: ${request.method} ${request.url.split('?')[0]?.slice(0, 200)}`));
    await app.register(async (api) => {
        // No route reads a body: any content type is read (up to the limit, else 413) and dropped, so a write
        // attempt gets its 405 whatever it sends.
        api.removeAllContentTypeParsers();
        api.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, _body, done) => done(null, undefined));
        if (options.token !== null) {
            const check = bearerCheck(options.token);
            api.addHook('onRequest', (request, reply, done) => {
                if (check(request.headers.authorization))
                    return done();
                reply.header('www-authenticate', 'Bearer realm="depindex"');
                sendError(reply, 'unauthorized', 'this server needs a bearer token: send "Authorization: Bearer <DEPINDEX_API_TOKEN>"');
            });
        }
        api.addHook('onSend', (_request, reply, payload, done) => {
            reply.header('cache-control', 'no-store');
            done(null, payload);
        });
        searchRoutes(api, ctx);
        projectRoutes(api, ctx);
        findingsRoutes(api, ctx);
        whyRoutes(api, ctx);
        const document = JSON.stringify(openApiDocument());
        api.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
        // Every API path answers other methods with 405 and says which ones it takes.
        for (const route of ['/api/v1/dependencies', '/api/v1/package', '/api/v1/projects', '/api/v1/projects/:project/refs/:ref/sets',
            '/api/v1/projects/:project/refs/:ref/sbom', '/api/v1/why', '/api/v1/findings', '/api/v1/openapi.json']) {
            api.route({
                method: [...METHODS_REFUSED],
                url: route,
                handler: async (request, reply) => {
                    reply.header('allow', 'GET, HEAD');
                    return sendError(reply, 'method_not_allowed', `${request.method} is not allowed here; the API is read-only (GET, HEAD)`);
                },
            });
        }
    });
    pageRoutes(app);
    return app;
}

// EXTERNAL MODULE: ./build/store/open.js
var store_open = __webpack_require__(57268);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
;// CONCATENATED MODULE: ./build/cli/serve.js









const HELP = `depindex serve [options]

Serves the index API (JSON under /api/v1, described at /api/v1/openapi.json) and the search page (/)
over a store, read-only. Searches by advisory (advisory=CVE-...) read the package metadata
\`depindex sync\` keeps in the same store; without it they answer 409.

  --store STORE          sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                         (default $DEPINDEX_STORE, else ${store_open/* DEFAULT_STORE */.Oc})
  --host HOST            address to listen on (default 127.0.0.1); any other address needs
                         DEPINDEX_API_TOKEN (clients send "Authorization: Bearer <token>") or --no-auth
  --port PORT            port (default 8080; 0 takes a free one, printed at start)
  --no-auth              serve without a token on a non-loopback address (behind your own proxy)
  --cors-origin ORIGIN   let pages from ORIGIN call the API (repeatable); CORS is off otherwise
  --rate-limit N         requests per minute per client address (default 600; 0 turns it off)
  --trust-proxy ADDRESS  a reverse proxy (IP address or CIDR range, repeatable) whose X-Forwarded-For
                         names the client, for the rate limit and the access log; without it, every
                         client behind a proxy shares the proxy's limit
  --timeout SECONDS      longest a request may take to arrive, and to be answered (default 30; a SQLite
                         query once started runs to its end: node:sqlite is synchronous)
  --quiet                no access log on stderr

DEPINDEX_API_TOKEN, when set, is required on every /api request, whatever the address (at least
${MIN_TOKEN_LENGTH} characters). On a loopback address without it, only requests whose Host is localhost,
127.0.0.1 or [::1] are answered (against DNS rebinding). SIGTERM or SIGINT stops the server after the requests in flight.
Exit codes: 0 stopped, 3 the store could not be opened or the port taken, 64 the command line is wrong.
`;
const OPTIONS = {
    store: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'no-auth': { type: 'boolean' },
    'cors-origin': { type: 'string', multiple: true },
    'rate-limit': { type: 'string' },
    'trust-proxy': { type: 'string', multiple: true },
    timeout: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** In-flight requests get this long after SIGTERM; then the remaining connections are closed. */
const SHUTDOWN_GRACE_MS = 10_000;
function origin(text) {
    try {
        const url = new URL(text);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '') ? url.origin : null;
    }
    catch {
        return null;
    }
}
/** An IP address or a CIDR range (what fastify's trustProxy takes), or null. */
function trustedProxy(text) {
    const [address, bits, extra] = text.split('/');
    if (extra !== undefined || !address)
        return null;
    const family = (0,external_node_net_.isIP)(address);
    if (family === 0)
        return null;
    if (bits === undefined)
        return address;
    const n = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    return n >= 0 && n <= (family === 4 ? 32 : 128) ? `${address}/${n}` : null;
}
const serveCommand = {
    name: 'serve',
    summary: 'Serve the index API and the search page over a store',
    help: HELP,
    async run(args, io) {
        const start = (0,cli_args/* startCommand */.S)('depindex serve', args, OPTIONS, HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const str = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
        const host = (str('host') ?? '127.0.0.1').trim();
        if (host !== 'localhost' && (0,external_node_net_.isIP)(host) === 0)
            return usage(`--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, got "${host}"`);
        const port = (0,whole_number/* parseWholeNumber */.o)('--port', str('port'), { fallback: 8080, min: 0, max: 65_535 });
        if (!port.ok)
            return usage(port.error);
        const rate = (0,whole_number/* parseWholeNumber */.o)('--rate-limit', str('rate-limit'), { fallback: 600, min: 0, max: 1_000_000 });
        if (!rate.ok)
            return usage(rate.error);
        const timeout = (0,whole_number/* parseWholeNumber */.o)('--timeout', str('timeout'), { fallback: 30, min: 1, max: 3_600 });
        if (!timeout.ok)
            return usage(timeout.error);
        const origins = [];
        for (const text of values['cors-origin'] ?? []) {
            const o = origin(text.trim());
            if (o === null)
                return usage(`--cors-origin must be an origin such as https://dash.example.com, got "${text}"`);
            origins.push(o);
        }
        const proxies = [];
        for (const text of values['trust-proxy'] ?? []) {
            const proxy = trustedProxy(text.trim());
            if (proxy === null)
                return usage(`--trust-proxy must be an IP address or a CIDR range such as 10.0.0.0/8, got "${text.slice(0, 64)}"`);
            proxies.push(proxy);
        }
        // An empty variable counts as unset (CI templates define them empty); a short one is refused, never logged.
        const token = io.env.DEPINDEX_API_TOKEN || null;
        if (token !== null && token.length < MIN_TOKEN_LENGTH)
            return usage(`DEPINDEX_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
        if (!LOOPBACK.has(host) && token === null && values['no-auth'] !== true) {
            return usage(`listening on ${host} (not loopback) needs DEPINDEX_API_TOKEN set, or --no-auth to serve the index to anyone who can reach it`);
        }
        const spec = str('store') ?? (io.env.DEPINDEX_STORE || store_open/* DEFAULT_STORE */.Oc);
        const opened = await (0,store_open/* openStore */.Ch)(spec, { cwd: io.cwd, env: io.env, readOnly: true });
        if (!opened.ok) {
            io.stderr.write(`depindex serve: ${opened.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const store = opened.value;
        // The package metadata of the same store, for advisory=: opened by the first request that asks (read-only);
        // its modules are loaded then too, so a server never asked by advisory starts as it did without them.
        const metadata = lazyMetadata(async () => (await Promise.all(/* import() */[__webpack_require__.e(272), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 97998))).openSyncedMetadata(spec, { cwd: io.cwd, env: io.env }));
        const app = await buildServer({
            store,
            metadata,
            token,
            // Loopback without a token: a page of another site whose name resolves to 127.0.0.1 (DNS rebinding) could
            // otherwise read the index through the visitor's browser; its requests carry that site's name in Host.
            allowedHosts: token === null && LOOPBACK.has(host) ? LOOPBACK_HOSTS : null,
            corsOrigins: origins,
            rateLimitPerMinute: rate.value,
            trustedProxies: proxies,
            requestTimeoutMs: timeout.value * 1000,
            log: values.quiet ? null : (line) => io.stderr.write(`${line}\n`),
        });
        let bound;
        try {
            await app.listen({ host, port: port.value });
            const address = app.server.address();
            bound = typeof address === 'object' && address !== null ? address.port : port.value;
        }
        catch (e) {
            io.stderr.write(`depindex serve: cannot listen on ${host}:${port.value}: ${e.message}\n`);
            await metadata.close();
            await store.close();
            return exit_codes/* EXIT */.d.output;
        }
        const auth = token !== null ? 'bearer token required' : LOOPBACK.has(host) ? 'loopback only, no token' : 'NO authentication (--no-auth)';
        // The address it was given, never a friendlier one: 0.0.0.0 must show that every interface is served.
        const shown = host.includes(':') ? `[${host}]` : host;
        const every = host === '0.0.0.0' || host === '::' ? ', every interface' : '';
        io.stderr.write(`depindex serve: listening on http://${shown}:${bound} (${store.location}; ${auth}${every})\n`);
        await new Promise((resolve) => {
            const stop = (signal) => {
                process.off('SIGTERM', onTerm);
                process.off('SIGINT', onInt);
                io.stderr.write(`depindex serve: ${signal}, stopping after the requests in flight\n`);
                const force = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
                app.close().finally(() => {
                    clearTimeout(force);
                    resolve();
                });
            };
            const onTerm = () => stop('SIGTERM');
            const onInt = () => stop('SIGINT');
            process.once('SIGTERM', onTerm);
            process.once('SIGINT', onInt);
        });
        await metadata.close();
        await store.close();
        io.stderr.write('depindex serve: stopped\n');
        return exit_codes/* EXIT */.d.ok;
    },
};


/***/ }),

/***/ 13748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ plainPurlOf),
/* harmony export */   k: () => (/* binding */ plainPurl)
/* harmony export */ });
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);

/** Unreserved characters and "+", which packageurl-js leaves as they are in a version. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._~+-]*$/;
/**
 * The rules by purl type, from the ecosystem modules that declare one: the types depindex meets most, whose rules
 * in packageurl-js 2.0 are only lower-casing, pypi's "_", and Maven's required namespace. Types without one (golang:
 * packageurl-js checks "v" versions as semver; pub turns "-" into "_"; conan: qualifier rules; deb/rpm/apk: their
 * purls carry qualifiers anyway) always go to packageurl-js.
 */
const RULES = new Map(_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .u.flatMap((e) => (e.plainPurl ? [[e.type, e.plainPurl]] : [])));
/** The parts of a purl string that packageurl-js would write back unchanged; null when that is not certain. */
function plainPurl(text) {
    if (!text.startsWith('pkg:'))
        return null;
    const slash = text.indexOf('/', 4);
    if (slash === -1)
        return null;
    const type = text.slice(4, slash);
    const rule = RULES.get(type);
    if (rule === undefined)
        return null;
    const at = text.lastIndexOf('@');
    if (at <= slash)
        return null;
    const version = text.slice(at + 1);
    if (!VERSION.test(version))
        return null;
    const path = text.slice(slash + 1, at);
    const nameStart = path.lastIndexOf('/') + 1;
    const name = path.slice(nameStart);
    if (!rule.segment.test(name))
        return null;
    if (nameStart === 0)
        return rule.namespace === 'required' ? null : { type, namespace: null, name, version, qualifiers: null, subpath: null };
    if (rule.namespace === 'none')
        return null;
    const namespace = namespaceOf(path.slice(0, nameStart - 1), rule);
    return namespace === null ? null : { type, namespace, name, version, qualifiers: null, subpath: null };
}
/** The written namespace, decoded; one segment only (a second "/" is rare enough to leave to packageurl-js). */
function namespaceOf(written, rule) {
    // npm scopes are written "%40scope" and read as "@scope".
    if (rule.atScope === true && written.startsWith('%40'))
        return rule.segment.test(written.slice(3)) ? `@${written.slice(3)}` : null;
    return rule.segment.test(written) ? written : null;
}
/**
 * The purl packageurl-js would build from these parts, when it is certain without it; null otherwise.
 * Lock-file readers build one purl per package, so this is their hot path too.
 */
function plainPurlOf(type, namespace, name, version) {
    const rule = RULES.get(type);
    if (rule === undefined || !rule.segment.test(name) || !VERSION.test(version))
        return null;
    if (namespace === null)
        return rule.namespace === 'required' ? null : `pkg:${type}/${name}@${version}`;
    if (rule.namespace === 'none')
        return null;
    if (rule.atScope === true && namespace.startsWith('@')) {
        return rule.segment.test(namespace.slice(1)) ? `pkg:npm/%40${namespace.slice(1)}/${name}@${version}` : null;
    }
    return rule.segment.test(namespace) ? `pkg:${type}/${namespace}/${name}@${version}` : null;
}


/***/ }),

/***/ 54371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   qe: () => (/* binding */ canonicalPurl)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _plain_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13748);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);



/**
 * Parts of the purls built here with packageurl-js, by purl string. Every parser builds its purls with buildPurl and
 * the graph stage parses each of them again; remembering the parts halves the packageurl-js work for purls that
 * are not plain (plain-purl.ts answers for those without packageurl-js).
 * Bounded, and transparent: a purl's parts do not depend on who asks.
 */
const builtParts = new Map();
const MAX_REMEMBERED = 250_000;
function partsOf(p) {
    return {
        type: p.type,
        namespace: p.namespace ?? null,
        name: p.name,
        version: p.version ?? null,
        qualifiers: p.qualifiers ? { ...p.qualifiers } : null,
        subpath: p.subpath ?? null,
    };
}
/** Builds a purl string with packageurl-js (which applies the per-type normalisation of the purl spec). */
function buildPurl(type, namespace, name, version, qualifiers) {
    const plain = qualifiers ? null : (0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurlOf */ .V)(type, namespace || null, name, version || '');
    if (plain !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(plain);
    try {
        const built = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, qualifiers ?? undefined, undefined);
        const text = built.toString();
        if (builtParts.size >= MAX_REMEMBERED)
            builtParts.clear();
        builtParts.set(text, partsOf(built));
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(text);
    }
    catch (e) {
        // packageurl-js 2.0.1 fails with a ReferenceError instead of its own message on some invalid Go versions
        // (package-url/packageurl-js#85); say what is wrong rather than echo the library's bug.
        const reason = e instanceof ReferenceError ? `"${version ?? ''}" is not a valid ${type} version` : e.message;
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`cannot build a purl for ${type} "${namespace ? namespace + '/' : ''}${name}@${version ?? ''}": ${reason}`);
    }
}
/**
 * A purl read from an input, written back as packageurl-js writes it, with a version supplied where the purl has
 * none and without its subpath (a path inside the package, not part of its identity). One parse and one write:
 * on a 50,000-component SBOM this is most of the parser's time.
 */
function canonicalPurl(text, fallbackVersion) {
    if ((0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurl */ .k)(text) !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(text);
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text);
    }
    catch (e) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${e.message}`);
    }
    if (!parsed.version || parsed.subpath) {
        const version = parsed.version || fallbackVersion;
        if (!version)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" has no version`);
        return buildPurl(parsed.type, parsed.namespace, parsed.name, version, parsed.qualifiers);
    }
    const written = parsed.toString();
    if (builtParts.size >= MAX_REMEMBERED)
        builtParts.clear();
    builtParts.set(written, partsOf(parsed));
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(written);
}
function parsePurl(text) {
    const plain = (0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurl */ .k)(text);
    if (plain !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(plain);
    const remembered = builtParts.get(text);
    if (remembered)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(remembered);
    try {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(partsOf(packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text)));
    }
    catch (e) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${e.message}`);
    }
}
/** Full package name as the ecosystem writes it: namespace and name joined by "/". */
function fullName(parts) {
    return parts.namespace ? `${parts.namespace}/${parts.name}` : parts.name;
}


/***/ }),

/***/ 57731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ introducedByFinder)
});

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/graph/components.js
/**
 * Strongly connected components of the nodes reachable from `roots` (in that order) along the compressed rows
 * (targets of node n: children[offsets[n] .. offsets[n + 1])), edges into a node with `ignored[node]` = 1 left
 * out: Tarjan's algorithm, iterative (no recursion depth limit on a 50,000-node chain).
 */
function components(roots, offsets, children, ignored) {
    const size = offsets.length - 1;
    const component = new Int32Array(size).fill(-1);
    const order = new Int32Array(size).fill(-1); // discovery number
    const low = new Int32Array(size);
    const onStack = new Uint8Array(size);
    const sccStack = new Int32Array(size);
    const members = new Int32Array(size);
    const memberOffsets = [0];
    const walk = new Int32Array(size);
    const edge = new Int32Array(size);
    let sccTop = 0;
    let discovered = 0;
    let count = 0;
    let placed = 0;
    for (const s of roots) {
        if (order[s] !== -1)
            continue;
        let top = 0;
        walk[0] = s;
        edge[0] = offsets[s];
        order[s] = low[s] = discovered++;
        sccStack[sccTop++] = s;
        onStack[s] = 1;
        while (top >= 0) {
            const n = walk[top];
            const e = edge[top];
            if (e < offsets[n + 1]) {
                edge[top] = e + 1;
                const c = children[e];
                if (ignored[c] === 1)
                    continue;
                if (order[c] === -1) {
                    top++;
                    walk[top] = c;
                    edge[top] = offsets[c];
                    order[c] = low[c] = discovered++;
                    sccStack[sccTop++] = c;
                    onStack[c] = 1;
                }
                else if (onStack[c] === 1 && order[c] < low[n]) {
                    low[n] = order[c];
                }
                continue;
            }
            if (low[n] === order[n]) {
                let m;
                do {
                    m = sccStack[--sccTop];
                    onStack[m] = 0;
                    component[m] = count;
                    members[placed++] = m;
                } while (m !== n);
                count++;
                memberOffsets.push(placed);
            }
            top--;
            if (top >= 0) {
                const parent = walk[top];
                if (low[n] < low[parent])
                    low[parent] = low[n];
            }
        }
    }
    return { component, count, members, memberOffsets: Int32Array.from(memberOffsets) };
}

// EXTERNAL MODULE: ./build/graph/positional-edges.js
var positional_edges = __webpack_require__(72106);
;// CONCATENATED MODULE: ./build/graph/introduced-by.js



/** At most this many introducers are given per dependency: the first in purl order. */
const MAX_INTRODUCERS = 10;
/** Above this many bits (introduced dependencies x nodes) the per-start walk is used instead of bit sets. */
const MAX_BITS = 64 * 1024 * 1024;
/**
 * "Which introduced dependencies bring this one in", for many queries on one set (the checks ask once per
 * finding, thousands of times on a large scan with a licence allow list). Computed once, on the first query, for
 * every node: an introduced dependency (or, where the input does not say which are, a graph root) answers itself;
 * another node, the introduced ones it is reached from without passing through another introduced one, the first
 * ten in purl order, so the answer does not depend on input order. Without edges the answer is empty.
 * Each strongly connected component (nodes that reach one another, so are reached from the same introduced ones)
 * holds one bit set of the introduced dependencies that reach it, ORed down the edges of the component graph in
 * topological order: one pass. On 50,000 nodes, 150,000 edges and 200 introduced ones (a random graph, one large
 * cycle) repeated passes over the nodes until nothing changed took 130-180 ms on a loaded 2-core machine; a walk per
 * introduced dependency 2.8 s; a queue of changes 1.2 s.
 */
function introducedByFinder(set) {
    let answer = null;
    return (target) => {
        answer ??= propagate(set);
        return answer(target);
    };
}
/** Binary search, for purls in compareStrings order (a built set's): no map of 50,000 purls to make. */
function sortedFinder(purls) {
    return (purl) => {
        let lo = 0;
        let hi = purls.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const c = (0,compare_strings/* compareStrings */.K)(purls[mid], purl);
            if (c === 0)
                return mid;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    };
}
const byPurl = (purls) => (a, b) => (0,compare_strings/* compareStrings */.K)(purls[a], purls[b]);
/** From the positions buildSet kept (positional-edges.ts): no purl is looked up. */
function numberedFromPositions(set, positions) {
    const { purls, offsets, targets } = positions;
    let starts = [];
    set.dependencies.forEach((d, i) => {
        if (d.introduced === true)
            starts.push(i);
    });
    if (starts.length === 0) {
        // The roots: nodes with edges out and none in (the keys of the edge map without a parent).
        const hasParent = new Uint8Array(purls.length);
        for (const t of targets)
            hasParent[t] = 1;
        for (let n = 0; n < purls.length; n++)
            if (hasParent[n] === 0 && offsets[n + 1] > offsets[n])
                starts.push(n);
    }
    starts = starts.sort(byPurl(purls));
    return { purls, offsets, targets, starts, find: sortedFinder(purls) };
}
/** From the purl map alone (a graph buildSet did not make): the dependencies, then roots that are not among them. */
function numberedFromMap(set) {
    const { edges } = set.graph;
    const introduced = set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl);
    let startPurls = introduced;
    if (introduced.length === 0) {
        const hasParent = new Set();
        for (const targets of edges.values())
            for (const to of targets)
                hasParent.add(to);
        startPurls = [...edges.keys()].filter((n) => !hasParent.has(n));
    }
    const purls = set.dependencies.map((d) => d.purl);
    const index = new Map();
    purls.forEach((purl, i) => index.set(purl, i));
    for (const purl of startPurls) {
        if (index.has(purl))
            continue;
        index.set(purl, purls.length);
        purls.push(purl);
    }
    const offsets = new Int32Array(purls.length + 1);
    const flat = [];
    for (let n = 0; n < purls.length; n++) {
        for (const c of edges.get(purls[n]) ?? []) {
            const i = index.get(c);
            if (i !== undefined)
                flat.push(i);
        }
        offsets[n + 1] = flat.length;
    }
    const starts = startPurls.map((purl) => index.get(purl)).sort(byPurl(purls));
    return { purls, offsets, targets: Int32Array.from(flat), starts, find: (purl) => index.get(purl) };
}
function propagate(set) {
    const positions = (0,positional_edges/* positionsOf */.q)(set.graph, set.dependencies.length, (i) => set.dependencies[i].purl);
    const graph = positions ? numberedFromPositions(set, positions) : numberedFromMap(set);
    const { purls, offsets, targets, starts } = graph;
    const words = Math.ceil(starts.length / 32);
    if (words * 32 * purls.length > MAX_BITS) {
        const startPurls = starts.map((n) => purls[n]);
        return walkPerStart(set, startPurls, new Set(startPurls));
    }
    // A start answers only itself: edges into starts are not followed.
    const isStart = new Uint8Array(purls.length);
    for (const n of starts)
        isStart[n] = 1;
    // Components come out of Tarjan's walk after every component they lead to: walked backwards, a topological order.
    const { component, count, members, memberOffsets } = components(starts, offsets, targets, isStart);
    const bits = new Int32Array(count * words);
    starts.forEach((n, k) => {
        const at = component[n] * words + (k >>> 5);
        bits[at] = bits[at] | (1 << (k & 31));
    });
    for (let c = count - 1; c >= 0; c--) {
        const from = c * words;
        for (let m = memberOffsets[c], mEnd = memberOffsets[c + 1]; m < mEnd; m++) {
            const n = members[m];
            for (let e = offsets[n], end = offsets[n + 1]; e < end; e++) {
                const child = targets[e];
                if (isStart[child] === 1)
                    continue;
                const target = component[child];
                if (target === c)
                    continue;
                const to = target * words;
                for (let w = 0; w < words; w++)
                    bits[to + w] = bits[to + w] | bits[from + w];
            }
        }
    }
    return (purl) => {
        const n = graph.find(purl);
        if (n === undefined)
            return [];
        const c = component[n];
        if (c < 0)
            return [];
        const out = [];
        for (let w = 0; w < words && out.length < MAX_INTRODUCERS; w++) {
            let word = bits[c * words + w];
            while (word !== 0 && out.length < MAX_INTRODUCERS) {
                const bit = 31 - Math.clz32(word & -word);
                out.push(purls[starts[w * 32 + bit]]);
                word &= word - 1;
            }
        }
        return out;
    };
}
/**
 * For very many introduced dependencies: one breadth-first walk per introduced dependency, in purl order, that
 * does not go past a node already holding ten (everything below it was reached by the same ten).
 */
function walkPerStart(set, starts, isStart) {
    const answers = new Map();
    for (const start of starts) {
        answers.set(start, [start]);
        const seen = new Set([start]);
        const queue = [start];
        for (let i = 0; i < queue.length; i++) {
            for (const child of set.graph.edges.get(queue[i]) ?? []) {
                if (seen.has(child) || isStart.has(child))
                    continue;
                seen.add(child);
                const list = answers.get(child);
                if (list === undefined)
                    answers.set(child, [start]);
                else if (list.length < MAX_INTRODUCERS)
                    list.push(start);
                else
                    continue;
                queue.push(child);
            }
        }
    }
    return (purl) => answers.get(purl) ?? [];
}


/***/ }),

/***/ 64349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ explainWhy)
});

// EXTERNAL MODULE: ./build/ecosystems/shared/purl.js
var purl = __webpack_require__(54371);
;// CONCATENATED MODULE: ./build/graph/match.js

/**
 * What a person types to name a package: a purl (with or without version), "name@version" or a name.
 * Names compare case-insensitively, as search does everywhere (DESIGN.md 4).
 */
function packageMatcher(query) {
    if (query.startsWith('pkg:')) {
        const parts = (0,purl/* parsePurl */.$l)(query);
        if (parts.ok) {
            const { type, namespace, name, version } = parts.value;
            const full = (namespace ? `${namespace}/${name}` : name).toLowerCase();
            return (d) => d.type === type && d.name.toLowerCase() === full && (version === null || d.version === version);
        }
    }
    // "@scope/name@1.0" and "name@1.0": the version follows the last "@" that is not the first character.
    const at = query.lastIndexOf('@');
    const name = (at > 0 ? query.slice(0, at) : query).toLowerCase();
    const version = at > 0 ? query.slice(at + 1) : null;
    return (d) => d.name.toLowerCase() === name && (version === null || d.version === version);
}

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/graph/paths.js

const DEFAULTS = { maxPaths: 10, maxExpansions: 200_000 };
/**
 * Walks up from the target through "who depends on me" until it reaches introduced dependencies.
 * Breadth-first over partial paths gives the shortest first; paths never repeat a node (cycles exist in real
 * graphs). Where the input does not say which dependencies are introduced, the graph's roots stand in.
 */
function pathsTo(set, targetPurl, options = {}) {
    return pathFinder(set)(targetPurl, options);
}
/** For many queries on one set: the reverse edges and the start nodes are computed once, not per query. */
function pathFinder(set) {
    const parents = reverseEdges(set);
    const isStart = startPredicate(set, parents);
    return (targetPurl, options = {}) => findPaths(parents, isStart, targetPurl, { ...DEFAULTS, ...options });
}
/**
 * For many "one shortest path" queries on one set (the diff's "via"): breadth-first over nodes, each visited
 * once, so a query costs at most the graph's size. It gives the same path as the first of `pathFinder`, whose
 * search over partial paths also counts the rest and so can cost far more per query.
 */
function shortestPathFinder(set) {
    const parents = reverseEdges(set);
    const isStart = startPredicate(set, parents);
    return (targetPurl) => nearestStart(parents, isStart, targetPurl, Infinity);
}
/** Breadth-first up from the target, at most `maxLevels` levels; the path from the start found down to it. */
function nearestStart(parents, isStart, targetPurl, maxLevels) {
    // towards[n] is the node one step nearer the target on the first (shortest) way found to n.
    const towards = new Map([[targetPurl, null]]);
    let level = [targetPurl];
    for (let depth = 0; level.length > 0 && depth < maxLevels; depth++) {
        const next = [];
        for (const node of level) {
            if (isStart(node))
                return walkBack(towards, node);
            for (const parent of parentList(parents, node)) {
                if (towards.has(parent))
                    continue;
                towards.set(parent, node);
                next.push(parent);
            }
        }
        level = next;
    }
    return null;
}
function walkBack(towards, start) {
    const path = [];
    for (let node = start; node != null; node = towards.get(node))
        path.push(node);
    return path;
}
function findPaths(parents, isStart, targetPurl, { maxPaths, maxExpansions }) {
    const paths = [];
    let found = 0;
    let expansions = 0;
    let queue = [[targetPurl]];
    while (queue.length > 0 && expansions < maxExpansions) {
        const next = [];
        for (const partial of queue) {
            const head = partial[0];
            if (isStart(head)) {
                found++;
                if (paths.length < maxPaths)
                    paths.push(partial);
                continue;
            }
            for (const parent of parentList(parents, head)) {
                if (partial.includes(parent))
                    continue;
                if (++expansions > maxExpansions)
                    break;
                next.push([parent, ...partial]);
            }
        }
        queue = next;
    }
    const countCapped = queue.length > 0;
    return { paths, omitted: found - paths.length, countCapped };
}
function reverseEdges(set) {
    const parents = new Map();
    for (const [from, targets] of set.graph.edges) {
        for (const to of targets) {
            const known = parents.get(to);
            if (known === undefined)
                parents.set(to, from);
            else if (typeof known === 'string')
                parents.set(to, [known, from]);
            else
                known.push(from);
        }
    }
    for (const list of parents.values())
        if (typeof list !== 'string')
            list.sort(compare_strings/* compareStrings */.K);
    return parents;
}
function parentList(parents, node) {
    const up = parents.get(node);
    return up === undefined ? [] : typeof up === 'string' ? [up] : up;
}
function startPredicate(set, parents) {
    const introduced = new Set();
    for (const d of set.dependencies)
        if (d.introduced === true)
            introduced.add(d.purl);
    if (introduced.size > 0)
        return (purl) => introduced.has(purl);
    return (purl) => !parents.has(purl);
}

;// CONCATENATED MODULE: ./build/graph/why.js


/**
 * `why` over sets, read from input files or from the index alike (issue 15: the same answer either way): each
 * dependency matching `query`, in set and purl order, with its paths (graph/paths.ts). Pure.
 */
function explainWhy(sets, query, maxPaths) {
    const matches = packageMatcher(query);
    const answers = [];
    for (const set of sets) {
        const found = set.dependencies.filter(matches);
        if (found.length === 0)
            continue;
        const byPurl = new Map(set.dependencies.map((d) => [d.purl, d]));
        const find = pathFinder(set);
        for (const dependency of found) {
            const { paths, omitted, countCapped } = find(dependency.purl, { maxPaths });
            const labels = new Map();
            for (const path of paths) {
                for (const purl of path) {
                    const d = byPurl.get(purl);
                    labels.set(purl, d ? `${d.name}@${d.version}` : purl);
                }
            }
            labels.set(dependency.purl, `${dependency.name}@${dependency.version}`);
            const bare = paths.length === 0 || (paths.length === 1 && paths[0]?.length === 1);
            const note = !bare ? null : dependency.introduced === true ? 'declared directly' : set.graph.edges.size === 0 ? 'no graph' : 'unreached';
            answers.push({ file: set.file, dependency, paths, omitted, countCapped, note, labels });
        }
    }
    return answers;
}


/***/ }),

/***/ 41875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeUnknown),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * For an input no parser accepts, says what it looks like in words, so the person reading the log can tell a
 * wrong file from an unsupported format. It never quotes the input: the file may be a link to another file's
 * secrets (a runner's environment), and the log and the JSON artifact are public.
 */
function describeUnknown(text, json) {
    if (json !== undefined) {
        if (Array.isArray(json))
            return `a JSON array of ${json.length} item(s), not the object of any format it reads`;
        if (json !== null && typeof json === 'object') {
            const keys = Object.keys(json).length;
            return keys === 0 ? 'an empty JSON object' : `a JSON object without the keys of any format it reads (${keys} key(s))`;
        }
        return `a JSON ${json === null ? 'null' : typeof json}`;
    }
    const lines = countLines(text);
    const start = text.trimStart();
    if (start.startsWith('<'))
        return `XML or HTML markup (${lines} line(s))`;
    return `text of ${lines} line(s) in no format it reads`;
}
function countLines(text) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Shortens and strips control characters so hostile input cannot rewrite the terminal. */
function printable(text, max) {
    // Shorten first: the text may be a 200 MiB binary "line".
    // eslint-disable-next-line no-control-regex
    const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
    return clean.length > max ? clean.slice(0, max) + '…' : clean;
}


/***/ }),

/***/ 48838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R3: () => (/* binding */ dependencyDistro),
  gq: () => (/* binding */ distroApplies)
});

// UNUSED EXPORTS: normalDistro

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./build/metadata/match/distro-codenames.json
const distro_codenames_namespaceObject = /*#__PURE__*/JSON.parse('{"buzz":"debian 1.1","rex":"debian 1.2","bo":"debian 1.3","hamm":"debian 2.0","slink":"debian 2.1","potato":"debian 2.2","woody":"debian 3.0","sarge":"debian 3.1","etch":"debian 4.0","lenny":"debian 5.0","squeeze":"debian 6.0","wheezy":"debian 7","jessie":"debian 8","stretch":"debian 9","buster":"debian 10","bullseye":"debian 11","bookworm":"debian 12","trixie":"debian 13","forky":"debian 14","duke":"debian 15","warty":"ubuntu 4.10","hoary":"ubuntu 5.04","breezy":"ubuntu 5.10","dapper":"ubuntu 6.06","edgy":"ubuntu 6.10","feisty":"ubuntu 7.04","gutsy":"ubuntu 7.10","hardy":"ubuntu 8.04","intrepid":"ubuntu 8.10","jaunty":"ubuntu 9.04","karmic":"ubuntu 9.10","lucid":"ubuntu 10.04","maverick":"ubuntu 10.10","natty":"ubuntu 11.04","oneiric":"ubuntu 11.10","precise":"ubuntu 12.04","quantal":"ubuntu 12.10","raring":"ubuntu 13.04","saucy":"ubuntu 13.10","trusty":"ubuntu 14.04","utopic":"ubuntu 14.10","vivid":"ubuntu 15.04","wily":"ubuntu 15.10","xenial":"ubuntu 16.04","yakkety":"ubuntu 16.10","zesty":"ubuntu 17.04","artful":"ubuntu 17.10","bionic":"ubuntu 18.04","cosmic":"ubuntu 18.10","disco":"ubuntu 19.04","eoan":"ubuntu 19.10","focal":"ubuntu 20.04","groovy":"ubuntu 20.10","hirsute":"ubuntu 21.04","impish":"ubuntu 21.10","jammy":"ubuntu 22.04","kinetic":"ubuntu 22.10","lunar":"ubuntu 23.04","mantic":"ubuntu 23.10","noble":"ubuntu 24.04","oracular":"ubuntu 24.10","plucky":"ubuntu 25.04","questing":"ubuntu 25.10","resolute":"ubuntu 26.04"}');
;// CONCATENATED MODULE: ./build/metadata/match/distro.js


/**
 * Debian and Ubuntu release codenames to "<vendor> <version>", from distro-info-data (the table the distributions'
 * own tools read; scripts/reference/distro/generate.mjs writes it). The purl spec's own example says
 * `distro=jessie`; advisories say "debian 8" (PMDB) or "Debian:8" (OSV).
 */
const CODENAMES = distro_codenames_namespaceObject;
/**
 * "Debian 12", "debian-12", "alpine:v3.18", "bookworm", "debian-bookworm", OSV's "Ubuntu:22.04:LTS" -> "debian
 * 12", "alpine 3.18", "ubuntu 22.04": one spelling to compare.
 */
function normalDistro(text) {
    const words = text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim().replace(/ lts$/, '');
    const space = words.lastIndexOf(' ');
    const named = Object.hasOwn(CODENAMES, words.slice(space + 1)) ? CODENAMES[words.slice(space + 1)] : undefined;
    // A codename alone, or after its own vendor ("debian bookworm"); "ubuntu bookworm" is left as written.
    if (named !== undefined && (space < 0 || named.startsWith(`${words.slice(0, space)} `)))
        return named;
    return words;
}
/** The distribution of an OS package from its purl's `distro` qualifier; null when the purl does not say. */
function dependencyDistro(dependency) {
    try {
        const distro = packageurl_js.PackageURL.fromString(dependency.purl).qualifiers?.['distro'];
        return distro ? normalDistro(distro) : null;
    }
    catch {
        return null;
    }
}
/**
 * Whether an advisory entry for `advisoryDistro` applies to an OS package: the same distribution and release
 * ("alpine 3.18" covers "alpine 3.18.4"). When the purl names no release, the vendor in its namespace decides
 * (pkg:deb/debian/... is some Debian), so the package is not silently left out.
 */
function distroApplies(advisoryDistro, dependency, known) {
    if (advisoryDistro === null)
        return true;
    const wanted = normalDistro(advisoryDistro);
    if (known !== null)
        return known === wanted || known.startsWith(`${wanted}.`);
    const vendor = dependency.namespace?.toLowerCase();
    return vendor !== undefined && wanted.split(' ')[0] === vendor;
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ NOTHING_SYNCED),
/* harmony export */   r: () => (/* binding */ searchByAdvisory)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46305);
/* harmony import */ var _match_affected_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34040);
/* harmony import */ var _match_distro_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48838);
/* harmony import */ var _match_package_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78448);
/* harmony import */ var _os_package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30354);





/** Hits read per affected package: the scope flags narrow bigger searches. */
const MAX_CANDIDATES = 200_000;
const PAGE = 1_000;
/** Said when a store holds no package metadata at all, by the CLI and the API alike. */
const NOTHING_SYNCED = 'no package metadata is synced into this store yet: `depindex sync` brings advisories in';
const storeError = (message) => ({ kind: 'store', message });
const compareHits = (a, b) => a.project.localeCompare(b.project) || a.ref.localeCompare(b.ref) || a.file.localeCompare(b.file) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
/**
 * Every dependency in scope that an advisory (by id or alias: CVE, GHSA ...) affects: the advisory's packages
 * are searched in the index by name and type with the caller's scope, and their versions tested in-process
 * with the ecosystem's semantics, as a scan matches them. `query` is a validated query without name or version
 * (buildSearchQuery refuses them with an advisory); its limit and offset page the answer. One implementation
 * behind `depindex search --advisory` and the API's `advisory=`.
 */
async function searchByAdvisory(idOrAlias, query, index, metadata) {
    // The query may carry the advisory itself (store/search-query.ts); the index is asked by name, never by it.
    const { advisory: _advisory, ...scope } = query;
    const records = await metadata.advisoriesById(idOrAlias);
    if (!records.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(storeError(records.error));
    if (records.value.length === 0) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)({ kind: 'unknown-advisory', message: `no advisory "${idOrAlias}" in the synced metadata of ${metadata.location} (run depindex sync)` });
    }
    const ranges = new _match_affected_js__WEBPACK_IMPORTED_MODULE_0__/* .AffectedRanges */ .d();
    const found = new Map();
    const osHits = new Map();
    for (const { advisory, packages } of records.value) {
        if (advisory.withdrawn)
            continue;
        for (const pkg of packages) {
            const test = ranges.test(pkg);
            if (!test.ok)
                continue;
            if ((0,_match_package_key_js__WEBPACK_IMPORTED_MODULE_2__/* .isOsType */ .f0)(pkg.type)) {
                // OS packages: the index cannot be asked by source package, so the type's packages in scope are read once
                // and matched here by binary name or `upstream` source, with the source's version.
                let candidates = osHits.get(pkg.type);
                if (!candidates) {
                    const read = await allOfType(index, scope, pkg.type);
                    if (!read.ok)
                        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(storeError(read.error));
                    candidates = read.value;
                    osHits.set(pkg.type, candidates);
                }
                for (const hit of candidates) {
                    const names = (0,_os_package_js__WEBPACK_IMPORTED_MODULE_3__/* .osPackageNames */ .N)(hit.purl);
                    const version = names ? (0,_os_package_js__WEBPACK_IMPORTED_MODULE_3__/* .versionFor */ .G)(pkg.name, names, hit.version) : null;
                    if (version === null)
                        continue;
                    // Each hit with its own purl's semantics (apk-tools 3 for an Alpine 3.23+ package).
                    const own = ranges.testFor(pkg, hit.purl);
                    if (!own.ok || !own.value(version))
                        continue;
                    if (!(0,_match_distro_js__WEBPACK_IMPORTED_MODULE_1__/* .distroApplies */ .gq)(pkg.distro, { purl: hit.purl, namespace: hit.purl.split('/')[1] ?? null }, (0,_match_distro_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyDistro */ .R3)(hit)))
                        continue;
                    found.set(`${hit.project}\u0000${hit.ref}\u0000${hit.file}\u0000${hit.purl}`, hit);
                }
                continue;
            }
            for (let offset = 0; offset < MAX_CANDIDATES; offset += PAGE) {
                const page = await index.search({ ...scope, name: pkg.name, type: pkg.type, limit: PAGE, offset });
                if (!page.ok)
                    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(storeError(page.error));
                for (const hit of page.value.hits) {
                    // Each hit with its own purl's semantics.
                    const own = ranges.testFor(pkg, hit.purl);
                    if (!own.ok || !own.value(hit.version))
                        continue;
                    found.set(`${hit.project}\u0000${hit.ref}\u0000${hit.file}\u0000${hit.purl}`, hit);
                }
                if (page.value.hits.length < PAGE)
                    break;
            }
        }
    }
    const all = [...found.values()].sort(compareHits);
    const counts = new Map();
    for (const hit of all)
        counts.set(hit.project, (counts.get(hit.project) ?? 0) + 1);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({
        total: all.length,
        hits: all.slice(scope.offset, scope.offset + scope.limit),
        byProject: [...counts].map(([project, count]) => ({ project, count })).sort((a, b) => b.count - a.count || a.project.localeCompare(b.project)),
    });
}
/** Every dependency of one type in scope, up to MAX_CANDIDATES. */
async function allOfType(index, scope, type) {
    const out = [];
    for (let offset = 0; offset < MAX_CANDIDATES; offset += PAGE) {
        const page = await index.search({ ...scope, type, limit: PAGE, offset });
        if (!page.ok)
            return page;
        out.push(...page.value.hits);
        if (page.value.hits.length < PAGE)
            break;
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(out);
}


/***/ }),

/***/ 83120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ sbomFromIndex)
/* harmony export */ });
/* unused harmony export storedToSet */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70895);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58508);




const NO_EDGES = new Map();
/**
 * A stored set as the SBOM writer takes it, without edges (sbomFromIndex gives it the stored graph): the fields the
 * writer reads, whatever else the store's object carries.
 */
function storedToSet(set) {
    return {
        file: set.file,
        packageManager: set.packageManager,
        format: set.format,
        // Both stores load dependencies sorted by purl, the order the writer's one-set fast path expects.
        dependencies: set.dependencies.map((d) => ({
            purl: d.purl,
            type: d.type,
            namespace: d.namespace,
            name: d.name,
            version: d.version,
            introduced: d.introduced,
            development: d.development,
            ...(d.optional !== undefined && d.optional !== null && { optional: d.optional }),
            licenses: d.licenses,
            checksums: d.checksums,
            source: d.source,
        })),
        graph: { edges: NO_EDGES },
    };
}
/**
 * The CycloneDX 1.6 SBOM of a project at a ref from the index, in pieces, through the same writer as
 * `scan --sbom` (write.ts); used by `depindex export-sbom` and the index API. The sets are read with their stored
 * graphs (issue 15), so the SBOM's `dependencies` hold the component-to-component edges the scan's SBOM had; a set
 * stored without edges lists its components and no edges. Null when the index holds nothing for that project and ref.
 */
async function sbomFromIndex(store, project, ref, now) {
    const loaded = await store.loadGraphs(project, ref);
    if (!loaded.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(loaded.error);
    if (loaded.value.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(null);
    const sets = loaded.value.map((set) => ({ ...storedToSet(set), graph: set.graph }));
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)((0,_write_js__WEBPACK_IMPORTED_MODULE_1__/* .bomChunks */ .xv)(sets, { name: project, version: ref }, { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x }, { serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`, timestamp: now }));
}


/***/ }),

/***/ 76266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ contractFinding),
/* harmony export */   p: () => (/* binding */ findingsJson)
/* harmony export */ });
/**
 * `--findings`: the verdict and every finding, suppressed ones included and marked (README "Findings JSON").
 * Keys are written in the contract's order, so two runs on the same input give the same bytes.
 */
function findingsJson(verdict, findings) {
    return JSON.stringify({ verdict, findings: findings.map(contractFinding) }, null, 2) + '\n';
}
function contractFinding(f) {
    return {
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        new: f.new,
        suppressed: f.suppressed,
        suppressedBy: f.suppressedBy,
        file: f.file,
        purl: f.purl,
        name: f.name,
        version: f.version,
        message: f.message,
        rule: f.rule,
        advisory: f.advisory,
        fixedVersions: f.fixedVersions,
        introducedBy: f.introducedBy,
    };
}


/***/ }),

/***/ 61758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ storedFindingJson)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76266);

/**
 * One stored finding in a fixed key order: its project and ref, the finding as the findings JSON writes it, and
 * when it was first and last seen. `depindex findings --json` and `GET /api/v1/findings` write the same.
 */
function storedFindingJson(h) {
    return { project: h.project, ref: h.ref, ...(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .contractFinding */ .k)(h), firstSeenAt: h.firstSeenAt, firstCommitSha: h.firstCommitSha, lastSeenAt: h.lastSeenAt };
}


/***/ }),

/***/ 90121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ withIntroducedBy)
/* harmony export */ });
/* harmony import */ var _graph_introduced_by_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57731);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);


/**
 * Search hits with `introducedBy` (issue 15): the introduced dependencies that bring each one in, from its set's
 * stored graph. Only the page's hits are answered, and each set they come from is read once, so a page costs
 * its distinct sets, never the whole match. Store-neutral, so SQLite and Elasticsearch answer alike.
 * `null` where the set has no stored edges (written before edges were stored, or from an input without a
 * graph) and the hit is not itself introduced: then the index cannot tell.
 */
async function withIntroducedBy(store, result) {
    const bySet = new Map();
    for (const hit of result.hits) {
        const key = JSON.stringify([hit.project, hit.ref, hit.file]);
        const list = bySet.get(key);
        if (list)
            list.push(hit);
        else
            bySet.set(key, [hit]);
    }
    const answers = new Map();
    for (const hits of bySet.values()) {
        const { project, ref, file } = hits[0];
        const loaded = await store.loadGraphs(project, ref, file);
        if (!loaded.ok)
            return loaded;
        const set = loaded.value[0];
        // A set rewritten between the search and this read: its hits say nothing rather than something stale.
        const finder = set ? (0,_graph_introduced_by_js__WEBPACK_IMPORTED_MODULE_0__/* .introducedByFinder */ .b)(set) : null;
        const known = set ? new Set(set.dependencies.map((d) => d.purl)) : new Set();
        for (const hit of hits) {
            if (!finder || !known.has(hit.purl))
                answers.set(hit, null);
            else if (hit.introduced === true)
                answers.set(hit, [hit.purl]);
            else
                answers.set(hit, set?.graph.edges.size === 0 ? null : finder(hit.purl));
        }
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ ...result, hits: result.hits.map((h) => ({ ...h, introducedBy: answers.get(h) ?? null })) });
}


/***/ })

};
