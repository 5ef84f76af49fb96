export const id = 417;
export const ids = [417];
export const modules = {

/***/ 99376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   S: () => (/* binding */ startCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);


/** node:util parseArgs, with its errors turned into one line for the log instead of a thrown TypeError. */
function parseCommandArgs(args, options) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
        return { ok: true, value: parsed };
    }
    catch (e) {
        return { ok: false, error: e.message.replace(/\. To specify a positional argument.*$/s, '') };
    }
}
/**
 * The start every subcommand shares: parse its flags, answer --help, and give a `usage` that says what is wrong
 * on one line, points at --help and exits 64. `exit` is set when the command is already answered.
 */
function startCommand(name, args, options, help, io) {
    const usage = (message) => {
        io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    };
    const parsed = parseCommandArgs(args, options);
    if (!parsed.ok)
        return { exit: usage(parsed.error) };
    if (parsed.value.values.help) {
        io.stdout.write(help.endsWith('\n') ? help : help + '\n');
        return { exit: _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok };
    }
    return { exit: null, values: parsed.value.values, positionals: parsed.value.positionals, usage };
}


/***/ }),

/***/ 6417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveCommand: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
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
/** The request target as logged: path and query, with secret-looking values replaced and control characters gone. */
function loggedTarget(url) {
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (q === -1)
        return (0,describe_unknown/* printable */.g)(path, 500);
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
    const timeout = new StoreTimeout(`the request took longer than ${ctx.requestTimeoutMs / 1000} s`);
    if (left <= 0)
        throw timeout;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(timeout), left);
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
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
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
                enum: ['bad_parameter', 'unauthorized', 'host_not_allowed', 'not_found', 'method_not_allowed', 'payload_too_large', 'uri_too_long',
                    'rate_limited', 'not_implemented', 'store_unavailable', 'timeout', 'internal'],
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
        name: string,
        version: string,
        licenses: { type: ['array', 'null'], items: string },
        development: nullableBoolean,
        introduced: { ...nullableBoolean, description: 'Direct dependency of the project (null: the input did not say).' },
        createdAt: { ...dateTime, description: 'First seen in this file.' },
        firstCommitSha: nullableString,
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
                        query('advisory', 'Not available yet: answers 501.'),
                        ...scope,
                        query('added-since', 'First seen since a date (2026-11-01), a date-time with zone, or a duration back from now (12h, 7d, 2w).'),
                        query('exclude-development', 'Leave out development dependencies (unknown scope stays).', flag),
                        query('file', 'One dependency file, by its path in the project.'),
                        query('limit', 'Hits per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
                        query('offset', 'Hits to skip; offset + limit at most 10000.', { type: 'string', pattern: '^[0-9]+$' }),
                    ],
                    responses: { '200': json('A page of hits, the exact total and counts by project.', 'SearchResult'), ...common, '501': error('Searching by advisory is not available yet.') },
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
                    summary: 'Paths from direct dependencies to a package (needs the stored graph: not available yet).',
                    parameters: [query('package', 'Package name or purl.'), query('project', 'Full project path.'), query('ref', 'Branch or tag.')],
                    responses: { ...common, '501': error('The index does not store dependency graphs yet.') },
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
  document.title = query.get('name') ? query.get('name') + ' · depindex' : 'depindex search';
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
      status(count(answer.total, 'dependency', 'dependencies') + ' in ' + count(answer.byProject.length, 'project', 'projects') + (answer.total ? '; showing ' + first + '–' + last : ''));
      if (!answer.hits.length) return;
      results.appendChild(table('Dependencies ' + first + ' to ' + last + ' of ' + answer.total,
        ['Package', 'Version', 'Project', 'Ref', 'File', 'Licences', 'Direct', 'Development', 'Added'],
        answer.hits.map(function (h) {
          return [packageLink(h), h.version, h.project, refLink(h.project, h.ref), h.file, h.licenses ? h.licenses.join(', ') : 'unknown',
            flag(h.introduced, 'direct', 'transient'), flag(h.development, 'yes', 'no'), day(h.createdAt)];
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
          return [packageLink(h), h.version, h.file, h.licenses ? h.licenses.join(', ') : 'unknown', flag(h.introduced, 'direct', 'transient'),
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

;// CONCATENATED MODULE: ./build/serve/routes/not-yet.js

/**
 * The endpoint the API promises but the index cannot answer yet: scans do not store the dependency graph
 * (why-paths). It answers 501 with what is missing, so scripts can tell "not yet" from "no".
 */
function notYetRoutes(app) {
    app.get('/api/v1/why', async (_request, reply) => sendError(reply, 'not_implemented', 'why-paths need the dependency graph in the index, which scans do not store yet; `depindex why` answers from scanner outputs'));
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

// EXTERNAL MODULE: ./build/report/search-json.js
var search_json = __webpack_require__(2134);
// EXTERNAL MODULE: ./build/ecosystems/registry.js + 46 modules
var registry = __webpack_require__(721);
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

;// CONCATENATED MODULE: ./build/serve/routes/search.js






const PACKAGE_PARAMETERS = ['type', 'name', 'project', 'group', 'ref', 'default-branch'];
/** `/api/v1/dependencies` (the query model of `depindex search`) and `/api/v1/package` (one package's uses). */
function searchRoutes(app, ctx) {
    app.get('/api/v1/dependencies', async (request, reply) => {
        const raw = request.query;
        if (raw['advisory'] !== undefined)
            return sendError(reply, 'not_implemented', search_query/* ADVISORY_NOT_YET */.pc, 'advisory');
        const query = searchQueryFrom(raw, ctx.now());
        if (!query.ok)
            return sendError(reply, 'bad_parameter', query.error.message, query.error.parameter);
        const result = await withinRequest(reply, ctx, () => ctx.store.search(query.value));
        if (!result.ok)
            return sendStoreFailure(reply, ctx.log, result.error);
        const { total, hits, byProject } = result.value;
        return { total, limit: query.value.limit, offset: query.value.offset, hits: hits.map(search_json/* hitJson */.q), byProject };
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
    });
    const log = options.log;
    const ctx = { store: options.store, now: options.now ?? (() => new Date()), requestTimeoutMs: options.requestTimeoutMs, log };
    app.addHook('onRequest', async (request, reply) => {
        reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
        if (request.url.length > MAX_URL)
            return sendError(reply, 'uri_too_long', `the request URL is longer than ${MAX_URL} characters`);
    });
    const allowedHosts = options.allowedHosts;
    if (allowedHosts !== null) {
        app.addHook('onRequest', async (request, reply) => {
            if (!hostAllowed(request.headers.host, allowedHosts, request.socket.localPort)) {
                return sendError(reply, 'host_not_allowed', `this server answers only to ${allowedHosts.join(', ')} (with its port) in the Host header`);
            }
        });
    }
    if (log) {
        app.addHook('onResponse', async (request, reply) => {
            log(accessLine({ at: new Date(), client: request.ip, method: request.method, url: request.url, status: reply.statusCode, ms: reply.elapsedTime }));
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
            api.addHook('onRequest', async (request, reply) => {
                if (!check(request.headers.authorization)) {
                    reply.header('www-authenticate', 'Bearer realm="depindex"');
                    return sendError(reply, 'unauthorized', 'this server needs a bearer token: send "Authorization: Bearer <DEPINDEX_API_TOKEN>"');
                }
            });
        }
        api.addHook('onSend', async (_request, reply, payload) => {
            reply.header('cache-control', 'no-store');
            return payload;
        });
        searchRoutes(api, ctx);
        projectRoutes(api, ctx);
        findingsRoutes(api, ctx);
        notYetRoutes(api);
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
over a store, read-only.

  --store STORE          sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                         (default $DEPINDEX_STORE, else ${store_open/* DEFAULT_STORE */.O})
  --host HOST            address to listen on (default 127.0.0.1); any other address needs
                         DEPINDEX_API_TOKEN (clients send "Authorization: Bearer <token>") or --no-auth
  --port PORT            port (default 8080; 0 takes a free one, printed at start)
  --no-auth              serve without a token on a non-loopback address (behind your own proxy)
  --cors-origin ORIGIN   let pages from ORIGIN call the API (repeatable); CORS is off otherwise
  --rate-limit N         requests per minute per client address (default 600; 0 turns it off)
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
    timeout: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** In-flight requests get this long after SIGTERM; then the remaining connections are closed. */
const SHUTDOWN_GRACE_MS = 10_000;
function whole(flag, text, fallback, min, max) {
    if (text === undefined)
        return fallback;
    const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    return Number.isNaN(n) || n < min || n > max ? `--${flag} must be a whole number from ${min} to ${max}, got "${text}"` : n;
}
function origin(text) {
    try {
        const url = new URL(text);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '') ? url.origin : null;
    }
    catch {
        return null;
    }
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
        const port = whole('port', str('port'), 8080, 0, 65_535);
        if (typeof port === 'string')
            return usage(port);
        const rate = whole('rate-limit', str('rate-limit'), 600, 0, 1_000_000);
        if (typeof rate === 'string')
            return usage(rate);
        const timeout = whole('timeout', str('timeout'), 30, 1, 3_600);
        if (typeof timeout === 'string')
            return usage(timeout);
        const origins = [];
        for (const text of values['cors-origin'] ?? []) {
            const o = origin(text.trim());
            if (o === null)
                return usage(`--cors-origin must be an origin such as https://dash.example.com, got "${text}"`);
            origins.push(o);
        }
        // An empty variable counts as unset (CI templates define them empty); a short one is refused, never logged.
        const token = io.env.DEPINDEX_API_TOKEN || null;
        if (token !== null && token.length < MIN_TOKEN_LENGTH)
            return usage(`DEPINDEX_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
        if (!LOOPBACK.has(host) && token === null && values['no-auth'] !== true) {
            return usage(`listening on ${host} (not loopback) needs DEPINDEX_API_TOKEN set, or --no-auth to serve the index to anyone who can reach it`);
        }
        const spec = str('store') ?? (io.env.DEPINDEX_STORE || store_open/* DEFAULT_STORE */.O);
        const opened = await (0,store_open/* openStore */.C)(spec, { cwd: io.cwd, env: io.env, readOnly: true });
        if (!opened.ok) {
            io.stderr.write(`depindex serve: ${opened.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const store = opened.value;
        const app = await buildServer({
            store,
            token,
            // Loopback without a token: a page of another site whose name resolves to 127.0.0.1 (DNS rebinding) could
            // otherwise read the index through the visitor's browser; its requests carry that site's name in Host.
            allowedHosts: token === null && LOOPBACK.has(host) ? LOOPBACK_HOSTS : null,
            corsOrigins: origins,
            rateLimitPerMinute: rate,
            requestTimeoutMs: timeout * 1000,
            log: values.quiet ? null : (line) => io.stderr.write(`${line}\n`),
        });
        let bound;
        try {
            await app.listen({ host, port });
            const address = app.server.address();
            bound = typeof address === 'object' && address !== null ? address.port : port;
        }
        catch (e) {
            io.stderr.write(`depindex serve: cannot listen on ${host}:${port}: ${e.message}\n`);
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
        await store.close();
        io.stderr.write('depindex serve: stopped\n');
        return exit_codes/* EXIT */.d.ok;
    },
};


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
 * A stored set as the SBOM writer takes it. The index keeps no dependency graph yet, so the SBOM lists every
 * component and marks the directly introduced ones as the project's dependencies; no component-to-component edges.
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
            licenses: d.licenses,
            checksums: d.checksums,
            source: d.source,
        })),
        graph: { edges: NO_EDGES },
    };
}
/**
 * The CycloneDX 1.6 SBOM of a project at a ref from the index, in pieces, through the same writer as
 * `scan --sbom` (write.ts); used by `depindex export-sbom` and the index API. Null when the index holds nothing for that project and ref.
 */
async function sbomFromIndex(store, project, ref, now) {
    const loaded = await store.loadSets(project, ref);
    if (!loaded.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(loaded.error);
    if (loaded.value.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(null);
    const sets = loaded.value.map(storedToSet);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)((0,_write_js__WEBPACK_IMPORTED_MODULE_1__/* .bomChunks */ .x)(sets, { name: project, version: ref }, { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x }, { serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`, timestamp: now }));
}


/***/ }),

/***/ 70895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ bomChunks)
});

// UNUSED EXPORTS: writeBom

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/report/cyclonedx/hashes.js


const ALGORITHMS = {
    md5: enums.HashAlgorithm.MD5,
    sha1: enums.HashAlgorithm['SHA-1'],
    sha256: enums.HashAlgorithm['SHA-256'],
    sha384: enums.HashAlgorithm['SHA-384'],
    sha512: enums.HashAlgorithm['SHA-512'],
    'sha3-256': enums.HashAlgorithm['SHA3-256'],
    'sha3-384': enums.HashAlgorithm['SHA3-384'],
    'sha3-512': enums.HashAlgorithm['SHA3-512'],
    'blake2b-256': enums.HashAlgorithm['BLAKE2b-256'],
    'blake2b-384': enums.HashAlgorithm['BLAKE2b-384'],
    'blake2b-512': enums.HashAlgorithm['BLAKE2b-512'],
    blake3: enums.HashAlgorithm.BLAKE3,
};
/**
 * Digests CycloneDX can carry, sorted by algorithm; ecosystem-specific ones (Go's h1 dirhash) have no CycloneDX
 * algorithm and are left out. The digests were checked when read (Checksums), so they are not checked again.
 */
function toHashes(checksums) {
    const out = [];
    for (const id in checksums) {
        const algorithm = ALGORITHMS[id];
        const hex = checksums[id];
        if (algorithm !== undefined)
            out.push({ alg: algorithm, content: hex });
    }
    return out.length > 1 ? out.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.alg, b.alg)) : out;
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(61290);
// EXTERNAL MODULE: ./build/model/spdx-expression.js
var spdx_expression = __webpack_require__(38378);
;// CONCATENATED MODULE: ./build/report/cyclonedx/licenses.js


/**
 * CycloneDX allows either one expression or a list of single licenses. A lone text that spdx-expression-parse
 * reads as a compound expression stays an expression; in a list, SPDX ids (as @cyclonedx/cyclonedx-library
 * recognises them) become `license.id`, anything else `license.name`, as written. Text that only looks like an
 * expression ("MIT OR Custom", "Apache License (2.0)") is a name, as the library's own LicenseFactory makes it.
 * No cache here: the id lookup is a lower-casing and a table lookup, and the writer keeps the choices of the
 * common single licenses (write.ts, bounded).
 */
function toLicenses(licenses) {
    if (licenses.length === 1 && (0,spdx_expression/* isCompoundExpression */.qx)(licenses[0]))
        return [{ expression: licenses[0] }];
    return licenses.map((text) => {
        const id = spdx/* fixupSpdxId */.Xg(text);
        return id !== undefined ? { license: { id } } : { license: { name: text } };
    });
}

// EXTERNAL MODULE: ./build/report/json-pieces.js
var json_pieces = __webpack_require__(97353);
;// CONCATENATED MODULE: ./build/report/cyclonedx/properties.js
/**
 * GitLab's CycloneDX property taxonomy (docs: development/sec/cyclonedx_property_taxonomy). Set on each
 * component, because one depindex SBOM merges several dependency files and a component-level value takes
 * precedence over metadata. This is what lets GitLab ingest the SBOM as a `cyclonedx` report.
 */
const GITLAB_SCHEMA_VERSION = 'gitlab:meta:schema_version';
const GITLAB_INPUT_FILE = 'gitlab:dependency_scanning:input_file:path';
const GITLAB_PACKAGE_MANAGER = 'gitlab:dependency_scanning:package_manager:name';
const GITLAB_CATEGORY = 'gitlab:dependency_scanning:category';

;// CONCATENATED MODULE: ./build/report/cyclonedx/write.js






const ROOT_REF = 'depindex:project';
const SCHEMA_VERSION = { name: GITLAB_SCHEMA_VERSION, value: '1' };
const SCHEMA = 'http://cyclonedx.org/schema/bom-1.6.schema.json';
/**
 * The CycloneDX 1.6 JSON document of the project: one component per (dependency file, purl),
 * the dependency graph, and the project as metadata component depending on every introduced dependency.
 *
 * Why not the models and serializer of @cyclonedx/cyclonedx-library: on a 50,000-component project they take
 * about 1.7 s (class instances, comparator sorts, per-hash regex checks), six times the budget of the whole scan.
 * This writes the same document (test/report/cyclonedx checks it against the library's serialization and the
 * official 1.6 schema) in a single pass, compact (SBOMs are read by tools; indentation adds half again); the
 * library still supplies the SPDX id list and hash algorithm names.
 *
 * The text comes in pieces of a few hundred components, which the caller writes as they come: the whole
 * document of a large project is tens of megabytes that would otherwise be held, copied and collected.
 * Pure: serial number and timestamp come in, so the same sets give the same bytes apart from those two.
 */
function* bomChunks(sets, subject, tool, stamp) {
    // One dependency file: its properties apply to every component, so they are said once, in the metadata, as
    // GitLab's own analyzers write them. With several, each component names its own (GitLab's taxonomy: a
    // component-level value overrides the metadata's).
    const fileInMetadata = sets.length === 1;
    const components = (fileInMetadata ? oneSetComponents(sets[0]) : null) ?? mergedComponents(sets, fileInMetadata);
    const metadata = {
        timestamp: stamp.timestamp.toISOString(),
        tools: { components: [{ type: enums.ComponentType.Application, name: tool.name, version: tool.version }] },
        component: {
            type: enums.ComponentType.Application,
            name: subject.name,
            ...(subject.version ? { version: subject.version } : {}),
            ...(subject.purl ? { purl: subject.purl } : {}),
            'bom-ref': ROOT_REF,
        },
        properties: fileInMetadata ? [...fileProperties(sets[0]), SCHEMA_VERSION] : [SCHEMA_VERSION],
    };
    yield `{"$schema":${q(SCHEMA)},"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":${q(stamp.serialNumber)},"metadata":${JSON.stringify(metadata)},"components":[`;
    yield* (0,json_pieces/* jsonArrayPieces */.p)(components.length, (i) => componentObject(components.dependencyAt(i), components.refAt(i), components.propertiesAt(i)));
    // Sorted by ref like the components, with the project's own entry in its place among them.
    const introduced = [];
    let rootAt = -1;
    for (let i = 0; i < components.length; i++) {
        const ref = components.refAt(i);
        if (components.dependencyAt(i).introduced === true)
            introduced.push(ref);
        if (rootAt === -1 && ref > ROOT_REF)
            rootAt = i;
    }
    if (rootAt === -1)
        rootAt = components.length;
    const rootEntry = dependencyEntry(ROOT_REF, introduced);
    yield '],"dependencies":[';
    yield* (0,json_pieces/* jsonArrayPieces */.p)(components.length + 1, (i) => {
        if (i === rootAt)
            return rootEntry;
        const at = i < rootAt ? i : i - 1;
        return dependencyEntry(components.refAt(at), components.targetsAt(at));
    });
    yield ']}\n';
}
/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
function writeBom(sets, subject, tool, stamp) {
    return [...bomChunks(sets, subject, tool, stamp)].join('');
}
const q = JSON.stringify;
const NONE = [];
/**
 * One set is its own list: the graph stage hands its dependencies over in purl order, which is bom-ref order
 * (no purl repeats), so nothing is copied. Null when the set is not in that order (sets made by hand).
 */
function oneSetComponents(set) {
    const { dependencies, graph } = set;
    for (let i = 1; i < dependencies.length; i++)
        if (dependencies[i - 1].purl >= dependencies[i].purl)
            return null;
    const properties = setProperties([]);
    return {
        length: dependencies.length,
        dependencyAt: (i) => dependencies[i],
        refAt: (i) => dependencies[i].purl,
        propertiesAt: () => properties,
        targetsAt: (i) => {
            const targets = graph.edges.get(dependencies[i].purl);
            if (targets === undefined)
                return NONE;
            return isSorted(targets) ? targets : [...targets].sort(compare_strings/* compareStrings */.K);
        },
    };
}
/**
 * Several sets (or one not in purl order), merged and sorted: a purl is the natural bom-ref; when one purl
 * appears in several dependency files, the file tells them apart.
 */
function mergedComponents(sets, fileInMetadata) {
    const count = new Map();
    for (const set of sets)
        for (const d of set.dependencies)
            count.set(d.purl, (count.get(d.purl) ?? 0) + 1);
    const refOf = (file, purl) => ((count.get(purl) ?? 0) > 1 ? `${purl}#${file}` : purl);
    const components = [];
    for (const set of sets) {
        const properties = setProperties(fileInMetadata ? [] : fileProperties(set));
        for (const dependency of set.dependencies)
            components.push({ set, dependency, ref: refOf(set.file, dependency.purl), properties });
    }
    components.sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.ref, b.ref));
    const at = (i) => components[i];
    return {
        length: components.length,
        dependencyAt: (i) => at(i).dependency,
        refAt: (i) => at(i).ref,
        propertiesAt: (i) => at(i).properties,
        targetsAt: (i) => {
            const { set, dependency } = at(i);
            const targets = set.graph.edges.get(dependency.purl);
            if (targets === undefined || targets.length === 0)
                return NONE;
            const refs = targets.map((to) => refOf(set.file, to));
            return isSorted(refs) ? refs : refs.sort(compare_strings/* compareStrings */.K);
        },
    };
}
function dependencyEntry(ref, targets) {
    return targets.length > 0 ? { ref, dependsOn: targets } : { ref };
}
/** The dependency file and its package manager, sorted by name as the library sorts properties. */
function fileProperties(set) {
    const properties = [{ name: GITLAB_INPUT_FILE, value: set.file }];
    if (set.packageManager)
        properties.push({ name: GITLAB_PACKAGE_MANAGER, value: set.packageManager });
    return properties;
}
function setProperties(shared) {
    return {
        unknown: shared,
        development: [{ name: GITLAB_CATEGORY, value: 'development' }, ...shared],
        production: [{ name: GITLAB_CATEGORY, value: 'production' }, ...shared],
    };
}
/** One component, its keys in the order the library writes them. */
function componentObject(dependency, ref, properties) {
    const hashes = dependency.checksums ? toHashes(dependency.checksums) : null;
    const source = dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source) ? escapeIri(dependency.source) : null;
    return {
        type: 'library',
        name: lastSegment(dependency),
        group: dependency.namespace || undefined,
        version: dependency.version || undefined,
        'bom-ref': ref,
        // CycloneDX's own way to say "not needed at runtime"; GitLab's category property says the same for GitLab.
        scope: dependency.development === null ? undefined : dependency.development ? 'optional' : 'required',
        hashes: hashes !== null && hashes.length > 0 ? hashes : undefined,
        licenses: dependency.licenses && dependency.licenses.length > 0 ? licenseChoices(dependency.licenses) : undefined,
        purl: dependency.purl,
        externalReferences: source === null ? undefined : [{ url: source, type: 'distribution' }],
        properties: nonEmpty(dependency.development === null ? properties.unknown : dependency.development ? properties.development : properties.production),
    };
}
/**
 * Most components carry one license, and a project has a few dozen distinct ones: their objects are made once.
 * Bounded, so endless distinct names in hostile input cannot grow it without end.
 */
const singleLicense = new Map();
function licenseChoices(licenses) {
    if (licenses.length !== 1)
        return toLicenses(licenses);
    const text = licenses[0];
    let choices = singleLicense.get(text);
    if (choices === undefined) {
        choices = toLicenses(licenses);
        if (singleLicense.size < 1024)
            singleLicense.set(text, choices);
    }
    return choices;
}
/** The schema wants an iri-reference: spaces and the like are percent-encoded, as the library does. */
function escapeIri(url) {
    return url.replace(/[ "<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}
function lastSegment(dependency) {
    return dependency.namespace ? dependency.name.slice(dependency.namespace.length + 1) : dependency.name;
}
const nonEmpty = (list) => (list.length > 0 ? list : undefined);
function isSorted(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i - 1] > values[i])
            return false;
    return true;
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

/***/ 97353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ jsonArrayPieces)
/* harmony export */ });
/**
 * Items per piece: few enough that each piece's objects die young and its text stays under V8's large-object
 * size (128 KiB; a thousand SBOM components made the SBOM a tenth slower). The writer gathers pieces into
 * large buffers, so their number does not decide the number of writes.
 */
const PER_PIECE = 200;
/**
 * The elements of a JSON array (items 0..count-1, without the brackets), as pieces of text to write as they come.
 * Each piece's objects are made, written by one JSON.stringify and dropped: a large output is never held whole,
 * the objects cost the collector next to nothing, and JSON.stringify writes flat text faster than concatenation.
 */
function* jsonArrayPieces(count, item) {
    for (let start = 0; start < count; start += PER_PIECE) {
        const end = Math.min(start + PER_PIECE, count);
        const items = new Array(end - start);
        for (let i = start; i < end; i++)
            items[i - start] = item(i);
        // "[a,b]" -> "a,b": a slice shares the text, where joining the comma to it would copy it.
        if (start > 0)
            yield ',';
        yield JSON.stringify(items).slice(1, -1);
    }
}


/***/ }),

/***/ 2134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ hitJson)
/* harmony export */ });
/**
 * One search hit with its fields in a fixed order: `depindex search --json` and the index API (`depindex serve`)
 * write the same, from here (below both, so neither imports the other).
 */
function hitJson(h) {
    return {
        project: h.project,
        ref: h.ref,
        file: h.file,
        purl: h.purl,
        type: h.type,
        name: h.name,
        version: h.version,
        licenses: h.licenses,
        development: h.development,
        introduced: h.introduced,
        createdAt: h.createdAt,
        firstCommitSha: h.firstCommitSha,
    };
}


/***/ })

};
