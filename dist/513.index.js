export const id = 513;
export const ids = [513];
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

/***/ 18994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncCommand: () => (/* binding */ syncCommand)
});

// EXTERNAL MODULE: ./build/model/whole-number.js
var whole_number = __webpack_require__(7855);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
;// CONCATENATED MODULE: ./build/metadata/records/registry-ids.js
/**
 * PMDB registry ids and purl types (DESIGN.md 8): the same except these three. Both directions, because the
 * export's paths use registry ids and the protocol's own layout uses purl types.
 */
const TO_PURL = { packagist: 'composer', rubygem: 'gem', go: 'golang' };
const TO_REGISTRY = Object.fromEntries(Object.entries(TO_PURL).map(([r, p]) => [p, r]));
/** Every registry the PMDB export names (purl types and registry ids alike are accepted by the mappers). */
const KNOWN_PURL_TYPES = [
    'apk', 'cargo', 'cbl-mariner', 'composer', 'conan', 'conda', 'deb', 'gem', 'golang', 'maven', 'npm', 'nuget', 'pub',
    'pypi', 'rpm', 'swift', 'wolfi',
];
function purlTypeOf(registryOrType) {
    const lower = registryOrType.toLowerCase();
    return TO_PURL[lower] ?? lower;
}
function registryIdOf(purlType) {
    const lower = purlType.toLowerCase();
    return TO_REGISTRY[lower] ?? lower;
}
function isKnownRegistry(registryOrType) {
    return KNOWN_PURL_TYPES.includes(purlTypeOf(registryOrType));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/metadata/layouts/object-name.js

const DATA_TYPES = ['advisories', 'licenses', 'cve_enrichment'];
const NUMBER = /^\d{1,15}$/;
function chunkOf(file, extension) {
    if (!file.endsWith(extension))
        return null;
    const digits = file.slice(0, -extension.length);
    return NUMBER.test(digits) ? Number(digits) : null;
}
/**
 * Reads an object name inside one data type's bucket or folder, in any of the layouts:
 * - the export's `v2/<registry_id>/<sequence>/<chunk>.ndjson` (and `v2/cve_enrichment/<sequence>/<chunk>.ndjson`),
 * - the protocol's `v2/<purl_type>/<data_type>/<sequence>/<chunk>.ndjson` (its data type wins),
 * - v1 licences `v1/<purl_type>/<sequence>/<chunk>.csv`.
 * Anything else (README files, other versions) is not data: null.
 */
function parseObjectName(name, dataType) {
    const parts = name.split('/').filter((p) => p !== '');
    const format = parts[0];
    if (format !== 'v1' && format !== 'v2')
        return null;
    const file = parts[parts.length - 1] ?? '';
    const extension = format === 'v1' ? '.csv' : '.ndjson';
    const chunk = chunkOf(file, extension);
    if (chunk === null)
        return null;
    let registry;
    let type = dataType;
    let sequenceText;
    if (parts.length === 4) {
        [, registry, sequenceText] = parts;
    }
    else if (parts.length === 5) {
        const named = parts[2];
        if (!DATA_TYPES.includes(named))
            return null;
        type = named;
        [, registry, , sequenceText] = parts;
    }
    else {
        return null;
    }
    if (!NUMBER.test(sequenceText))
        return null;
    if (format === 'v1' && type !== 'licenses')
        return null;
    if (registry === 'cve_enrichment')
        type = 'cve_enrichment';
    else if (type === 'cve_enrichment' || !isKnownRegistry(registry))
        return null;
    return {
        name,
        dataType: type,
        registry: type === 'cve_enrichment' ? 'cve_enrichment' : purlTypeOf(registry),
        versionFormat: format,
        layout: format === 'v1' ? 'v1' : parts.length === 5 ? 'v2-typed' : 'v2',
        sequence: Number(sequenceText),
        chunk,
        format: format === 'v1' ? 'csv' : 'ndjson',
    };
}
/** Files are taken in (sequence, chunk) order; the name breaks ties so the order never depends on listing. */
function compareDataFiles(a, b) {
    return a.sequence - b.sequence || a.chunk - b.chunk || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
/** Checkpoints are kept per (data type, registry, layout); a checkpoint's `versionFormat` holds the layout. */
const checkpointKey = (f) => `${f.dataType}|${f.registry}|${f.layout}`;

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/metadata/sources/source.js
var sources_source = __webpack_require__(75740);
;// CONCATENATED MODULE: ./build/metadata/sources/folder.js




/** Deep enough for `v2/<type>/<data_type>/<sequence>/<chunk>`; deeper trees are not an export. */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 2_000_000;
async function walk(root, dir, depth, out) {
    if (depth > MAX_DEPTH || out.length > MAX_ENTRIES)
        return;
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
    for (const entry of entries) {
        const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory())
            await walk(root, name, depth + 1, out);
        else if (entry.isFile())
            out.push(name);
    }
}
function describe(e) {
    const code = e.code;
    if (code === 'ENOENT')
        return 'no such file or folder';
    if (code === 'EACCES')
        return 'permission denied';
    return e instanceof Error ? e.message : String(e);
}
/** An offline mirror folder of one data type (`vendor/package_metadata/advisories`). */
function folderSource(path) {
    return {
        label: path,
        async list() {
            const names = [];
            try {
                await walk(path, '', 0, names);
            }
            catch (e) {
                return (0,result/* err */._)(`cannot list ${path}: ${describe(e)}`);
            }
            return (0,result.ok)(names.map((n) => n.split(external_node_path_.sep).join('/')));
        },
        async read(name) {
            const full = (0,external_node_path_.join)(path, ...name.split('/'));
            try {
                const info = await (0,promises_.stat)(full);
                if (info.size > sources_source/* MAX_OBJECT_BYTES */.l)
                    return (0,result/* err */._)(`${full} is ${info.size} bytes, over the ${sources_source/* MAX_OBJECT_BYTES */.l}-byte limit of one data file`);
                return (0,result.ok)(await (0,promises_.readFile)(full));
            }
            catch (e) {
                return (0,result/* err */._)(`cannot read ${full}: ${describe(e)}`);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/metadata/records/json-fields.js
var json_fields = __webpack_require__(41769);
;// CONCATENATED MODULE: ./build/metadata/sources/bounded-body.js
/** Thrown when a body passes its byte limit; permanent, never retried. */
class OverLimit extends Error {
}
/**
 * Reads a response body as a stream and stops one byte past `maxBytes`: the length a server declares (or leaves
 * out, with chunked encoding) and what gzip/br content-encoding inflates to are never trusted, so memory stays
 * bounded whatever the server sends.
 */
async function readBounded(body, maxBytes) {
    if (body === null)
        return new Uint8Array(0);
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.length;
        if (total > maxBytes) {
            await reader.cancel().catch(() => { });
            throw new OverLimit(`the body is over the ${maxBytes}-byte limit`);
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./build/metadata/sources/http-bucket.js





const DEFAULT_HTTP_POLICY = {
    concurrency: 4,
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    timeoutMs: 60_000,
    maxPages: 2_000,
    deadlineMs: 4 * 60 * 60 * 1000,
    maxObjectBytes: sources_source/* MAX_OBJECT_BYTES */.l,
    maxPageBytes: 8 * 1024 * 1024,
};
/** Waits for a free slot; bounds the requests in flight however many reads the sync starts. */
function limiter(concurrency) {
    let active = 0;
    const waiting = [];
    return async (run) => {
        if (active >= concurrency)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await run();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class Retryable extends Error {
}
class TimedOut extends Error {
}
/**
 * An anonymous bucket with the GCS JSON API: listing at `<origin>/storage/v1/b/<bucket>/o?prefix=&pageToken=`,
 * objects at `<origin>/<bucket>/<name>`. Every request has a timeout and is retried with exponential backoff
 * (and jitter, honouring Retry-After) on 429, 5xx, network errors and short bodies. A body is checked against
 * its Content-Length and the listing's size and MD5 before it is handed over, so no partial file is ingested.
 */
function httpBucketSource(url, policy = {}) {
    const settings = { ...DEFAULT_HTTP_POLICY, ...policy };
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(url)} is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(url)}: only http(s) buckets are read`);
    if (parsed.username || parsed.password)
        return (0,result/* err */._)('--source: a bucket URL must not carry credentials (buckets are read anonymously)');
    const bucket = parsed.pathname.split('/').filter((p) => p !== '')[0];
    if (!bucket)
        return (0,result/* err */._)(`--source ${parsed.origin}: name the bucket, e.g. ${parsed.origin}/<bucket>`);
    const origin = parsed.origin;
    const label = `${origin}/${bucket}`;
    const limit = limiter(settings.concurrency);
    const listed = new Map();
    // Set by the listing: a server that answers slowly forever cannot hold a sync (or a CI job) open.
    let deadlineAt = Number.POSITIVE_INFINITY;
    const timedOut = () => new TimedOut(`timed out: the sync of ${label} did not finish within ${Math.round(settings.deadlineMs / 1000)} s`);
    async function request(target, maxBytes, expected) {
        let lastError = '';
        for (let attempt = 1; attempt <= settings.attempts; attempt++) {
            let retryAfterMs = null;
            try {
                const body = await limit(async () => {
                    const remaining = deadlineAt - Date.now();
                    if (remaining <= 0)
                        throw timedOut();
                    const signal = AbortSignal.timeout(Math.min(settings.timeoutMs, remaining));
                    // 'manual': a redirect is answered as a 3xx response (refused below, permanently) instead of a TypeError
                    // that looks like a network failure and would be retried.
                    const response = await fetch(target, { signal, redirect: 'manual' }).catch((e) => {
                        throw remaining < settings.timeoutMs && e instanceof Error && e.name === 'TimeoutError' ? timedOut() : e;
                    });
                    if (response.status >= 300 && response.status < 400) {
                        await response.body?.cancel();
                        throw new Error(`HTTP ${response.status}: redirects are not followed`);
                    }
                    if (response.status === 429 || response.status >= 500) {
                        const after = Number(response.headers.get('retry-after'));
                        if (Number.isFinite(after) && after >= 0)
                            retryAfterMs = after * 1000;
                        await response.body?.cancel();
                        throw new Retryable(`HTTP ${response.status}`);
                    }
                    if (!response.ok) {
                        await response.body?.cancel();
                        throw new Error(`HTTP ${response.status}`);
                    }
                    const declared = Number(response.headers.get('content-length') ?? NaN);
                    if (declared > maxBytes) {
                        await response.body?.cancel();
                        throw new OverLimit(`the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
                    }
                    const bytes = await readBounded(response.body, maxBytes).catch((e) => {
                        throw remaining < settings.timeoutMs && e instanceof Error && e.name === 'TimeoutError' ? timedOut() : e;
                    });
                    // With a content-encoding, fetch inflates the body: the declared length, the listed size and MD5 are
                    // those of the encoded bytes (GCS transcoding), and gzip's own CRC checks the body instead.
                    const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
                    if (!encoded) {
                        if (Number.isFinite(declared) && bytes.length !== declared)
                            throw new Retryable(`short body (${bytes.length} of ${declared} bytes)`);
                        if (expected?.size != null && bytes.length !== expected.size)
                            throw new Retryable(`short body (${bytes.length} of ${expected.size} bytes listed)`);
                        if (expected?.md5 && (0,external_node_crypto_.createHash)('md5').update(bytes).digest('base64') !== expected.md5)
                            throw new Retryable('body does not match the listed MD5');
                    }
                    return bytes;
                });
                return (0,result.ok)(body);
            }
            catch (e) {
                if (e instanceof TimedOut)
                    return (0,result/* err */._)(`cannot fetch ${(0,sources_source/* printable */.g)(target)}: ${e.message}`);
                // A TypeError is how fetch reports a network failure (reset, refused); redirects never get here ('manual').
                const retryable = !(e instanceof OverLimit) && (e instanceof Retryable || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'TypeError')));
                lastError = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : e.message) : String(e);
                if (!retryable)
                    break;
                if (attempt < settings.attempts) {
                    const backoff = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
                    const wait = Math.min(settings.maxDelayMs, retryAfterMs ?? backoff * (0.5 + Math.random() / 2));
                    if (Date.now() + wait >= deadlineAt)
                        return (0,result/* err */._)(`cannot fetch ${(0,sources_source/* printable */.g)(target)}: ${timedOut().message} (last error: ${lastError})`);
                    await sleep(wait);
                }
            }
        }
        return (0,result/* err */._)(`cannot fetch ${(0,sources_source/* printable */.g)(target)}: ${lastError}`);
    }
    return (0,result.ok)({
        label,
        async list() {
            const names = [];
            let pageToken = null;
            const tokens = new Set();
            deadlineAt = Date.now() + settings.deadlineMs;
            for (let page = 0; page < settings.maxPages; page++) {
                const target = new URL(`${origin}/storage/v1/b/${encodeURIComponent(bucket)}/o`);
                target.searchParams.set('prefix', '');
                if (pageToken)
                    target.searchParams.set('pageToken', pageToken);
                const body = await request(target.href, settings.maxPageBytes, null);
                if (!body.ok)
                    return body;
                let json;
                try {
                    json = JSON.parse(new TextDecoder().decode(body.value));
                }
                catch {
                    return (0,result/* err */._)(`the listing of ${label} (page ${page + 1}) is not JSON`);
                }
                if (!(0,json_fields/* isObject */.Gv)(json))
                    return (0,result/* err */._)(`the listing of ${label} (page ${page + 1}) is not a JSON object`);
                for (const item of Array.isArray(json['items']) ? json['items'] : []) {
                    if (!(0,json_fields/* isObject */.Gv)(item))
                        continue;
                    const name = (0,json_fields/* text */.Qq)(item, 'name');
                    if (!name)
                        continue;
                    const size = Number(item['size']);
                    listed.set(name, { size: Number.isSafeInteger(size) ? size : null, md5: (0,json_fields/* text */.Qq)(item, 'md5Hash') });
                    names.push(name);
                }
                pageToken = (0,json_fields/* text */.Qq)(json, 'nextPageToken');
                if (!pageToken)
                    return (0,result.ok)(names);
                // Each page must move on: a token seen before would page the same listing forever.
                if (tokens.has(pageToken))
                    return (0,result/* err */._)(`the listing of ${label} repeats a page token at page ${page + 1}: not a listing that ends`);
                tokens.add(pageToken);
            }
            return (0,result/* err */._)(`the listing of ${label} has more than ${settings.maxPages} pages`);
        },
        async read(name) {
            const target = `${origin}/${encodeURIComponent(bucket)}/${name.split('/').map(encodeURIComponent).join('/')}`;
            return request(target, settings.maxObjectBytes, listed.get(name) ?? null);
        },
    });
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./build/metadata/sources/osv.js






/** Caps on an osv.dev `all.zip`: the whole npm one is about 1 GB unpacked; more is not OSV data. */
const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const osv_MAX_DEPTH = 8;
/** Compressed bytes pushed at a time: deflate inflates at most ~1,032x, so one push yields at most ~8 MiB. */
const ZIP_READ_BYTES = 8 * 1024;
async function jsonFiles(root, dir, depth, out) {
    if (depth > osv_MAX_DEPTH)
        return;
    for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true })) {
        const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory())
            await jsonFiles(root, name, depth + 1, out);
        else if (entry.isFile() && entry.name.endsWith('.json'))
            out.push(name);
    }
}
function osv_describe(e) {
    const code = e.code;
    return code === 'ENOENT' ? 'no such file or folder' : e instanceof Error ? e.message : String(e);
}
const overRecord = (limit) => `over the ${limit}-byte limit of one OSV record`;
function concat(chunks, size) {
    if (chunks.length === 1)
        return chunks[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
    }
    return out;
}
async function readFolder(path, visit, limits) {
    try {
        const names = [];
        await jsonFiles(path, '', 0, names);
        names.sort();
        for (const name of names) {
            const full = (0,external_node_path_.join)(path, name);
            if ((await (0,promises_.stat)(full)).size > limits.maxRecordBytes) {
                visit.refused(name, overRecord(limits.maxRecordBytes));
                continue;
            }
            const done = await visit.entry({ name, bytes: await (0,promises_.readFile)(full) });
            if (!done.ok)
                return done;
        }
        return (0,result.ok)(undefined);
    }
    catch (e) {
        return (0,result/* err */._)(`cannot read OSV data in ${path}: ${osv_describe(e)}`);
    }
}
/**
 * Streams a zip through fflate's `Unzip`: the file is read in small pieces, each JSON entry is inflated up to
 * the per-record limit (an entry that declares or inflates to more is refused, the rest goes on) and handed over
 * before the next piece is read; past the total bound the zip is refused as not OSV data.
 */
async function readZip(path, visit, limits) {
    const ready = [];
    const refused = [];
    let unpacked = 0;
    let found = 0;
    let fatal = null;
    const unzip = new esm/* Unzip */.HJ((file) => {
        found++;
        if (!file.name.endsWith('.json'))
            return; // never started: fflate skips its data
        if (file.originalSize !== undefined && file.originalSize > limits.maxRecordBytes) {
            refused.push({ name: file.name, message: overRecord(limits.maxRecordBytes) });
            return;
        }
        const chunks = [];
        let size = 0;
        let stopped = false;
        file.ondata = (e, data, final) => {
            if (stopped)
                return;
            if (e) {
                fatal ??= `entry "${file.name}": ${e.message}`;
                stopped = true;
                return;
            }
            size += data.length;
            unpacked += data.length;
            if (unpacked > limits.maxUnpackedBytes)
                fatal ??= `unpacks to more than ${limits.maxUnpackedBytes} bytes, over the limit of an OSV zip`;
            else if (size > limits.maxRecordBytes)
                refused.push({ name: file.name, message: overRecord(limits.maxRecordBytes) });
            else {
                chunks.push(data);
                if (final)
                    ready.push({ name: file.name, bytes: concat(chunks, size) });
                return;
            }
            stopped = true;
            chunks.length = 0;
            file.terminate();
        };
        file.start();
    });
    unzip.register(esm/* UnzipInflate */.mM);
    const handOver = async () => {
        for (const r of refused.splice(0))
            visit.refused(r.name, r.message);
        for (let entry = ready.shift(); entry; entry = ready.shift()) {
            const done = await visit.entry(entry);
            if (!done.ok)
                return done;
        }
        return (0,result.ok)(undefined);
    };
    let first = null;
    try {
        for await (const piece of (0,external_node_fs_.createReadStream)(path, { highWaterMark: ZIP_READ_BYTES })) {
            first ??= piece;
            unzip.push(piece);
            if (fatal !== null)
                return (0,result/* err */._)(`${path}: ${fatal}`);
            const done = await handOver();
            if (!done.ok)
                return done;
        }
        unzip.push(new Uint8Array(0), true);
    }
    catch (e) {
        return (0,result/* err */._)(`${path} is not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (fatal !== null)
        return (0,result/* err */._)(`${path}: ${fatal}`);
    // A stream reader finds no entry in a file that is not a zip; only an empty zip (its end record) has none.
    const empty = first !== null && first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x05 && first[3] === 0x06;
    if (found === 0 && !empty)
        return (0,result/* err */._)(`${path} is not a readable zip: no zip entries found`);
    return handOver();
}
/** A folder of OSV JSON files (any depth), or an osv.dev ecosystem `all.zip` streamed with fflate. */
function osvSource(path, limits = { maxRecordBytes: MAX_RECORD_BYTES, maxUnpackedBytes: MAX_UNPACKED_BYTES }) {
    return {
        label: path,
        async read(visit) {
            let info;
            try {
                info = await (0,promises_.stat)(path);
            }
            catch (e) {
                return (0,result/* err */._)(`cannot read OSV data at ${path}: ${osv_describe(e)}`);
            }
            if (info.isDirectory())
                return readFolder(path, visit, limits);
            if (info.size > Math.min(MAX_ZIP_BYTES, sources_source/* MAX_OBJECT_BYTES */.l * 2))
                return (0,result/* err */._)(`${path} is ${info.size} bytes, over the limit of an OSV zip`);
            return readZip(path, visit, limits);
        },
    };
}

;// CONCATENATED MODULE: ./build/metadata/sources/spec.js








const isFolder = (path) => {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
};
/**
 * `--source` values: `PATH` (an offline mirror holding advisories/, licenses/, cve_enrichment/),
 * `advisories=URL|PATH` (likewise licenses=, cve_enrichment=) and `osv=PATH` (a folder of OSV JSON or an
 * osv.dev all.zip). Relative paths are taken from `cwd`.
 */
function parseSources(values, cwd, http = {}) {
    const plan = { pmdb: [], osv: [] };
    const local = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path));
    for (const value of values) {
        const eq = value.indexOf('=');
        const kind = eq > 0 ? value.slice(0, eq) : null;
        const target = kind !== null ? value.slice(eq + 1) : value;
        if (target === '')
            return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(value)}: nothing after "="`);
        if (kind === 'osv') {
            plan.osv.push(osvSource(local(target)));
        }
        else if (kind !== null && DATA_TYPES.includes(kind)) {
            if (/^https?:\/\//i.test(target)) {
                const bucket = httpBucketSource(target, http);
                if (!bucket.ok)
                    return bucket;
                plan.pmdb.push({ dataType: kind, source: bucket.value });
            }
            else {
                if (!isFolder(local(target)))
                    return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(value)}: ${local(target)} is not a folder`);
                plan.pmdb.push({ dataType: kind, source: folderSource(local(target)) });
            }
        }
        else if (kind !== null && /^[a-z_]+$/.test(kind)) {
            return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(value)}: unknown data type "${kind}" (advisories, licenses, cve_enrichment or osv)`);
        }
        else {
            const root = local(value);
            const found = DATA_TYPES.filter((t) => isFolder((0,external_node_path_.join)(root, t)));
            if (found.length === 0)
                return (0,result/* err */._)(`--source ${(0,sources_source/* printable */.g)(value)}: ${root} holds none of ${DATA_TYPES.map((t) => `${t}/`).join(', ')} (an offline mirror as GitLab's vendor/package_metadata)`);
            for (const dataType of found)
                plan.pmdb.push({ dataType, source: folderSource((0,external_node_path_.join)(root, dataType)) });
        }
    }
    return (0,result.ok)(plan);
}

;// CONCATENATED MODULE: ./build/metadata/records/json-error.js
/**
 * Why a line is not JSON, without the line itself: V8's messages quote the input ("not json" is not valid
 * JSON), and file content stays out of logs. Only the column is kept.
 */
function notJson(e) {
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    return position === undefined ? 'not JSON' : `not JSON (column ${Number(position) + 1})`;
}

// EXTERNAL MODULE: ./build/metadata/match/versions-api.js + 1 modules
var versions_api = __webpack_require__(35335);
// EXTERNAL MODULE: ./build/metadata/records/identifiers.js
var identifiers = __webpack_require__(47517);
;// CONCATENATED MODULE: ./build/metadata/records/osv.js




/** GHSA's words for severity, as depindex's. */
const SEVERITY_WORDS = { critical: 'critical', high: 'high', moderate: 'medium', medium: 'medium', low: 'low' };
function vectors(list) {
    const out = { v2: null, v3: null, v4: null };
    if (!Array.isArray(list))
        return out;
    for (const entry of list) {
        if (!(0,json_fields/* isObject */.Gv)(entry))
            continue;
        const score = (0,json_fields/* text */.Qq)(entry, 'score');
        if (!score)
            continue;
        const type = (0,json_fields/* text */.Qq)(entry, 'type');
        if (type === 'CVSS_V2')
            out.v2 ??= score;
        else if (type === 'CVSS_V3')
            out.v3 ??= score;
        else if (type === 'CVSS_V4')
            out.v4 ??= score;
    }
    return out;
}
function ranges(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(json_fields/* isObject */.Gv).map((r) => ({ type: (0,json_fields/* text */.Qq)(r, 'type') ?? '', events: Array.isArray(r['events']) ? r['events'].filter(json_fields/* isObject */.Gv) : [] }));
}
function severityWord(object) {
    const word = object ? (0,json_fields/* text */.Qq)(object, 'severity')?.toLowerCase() : null;
    return word ? (SEVERITY_WORDS[word] ?? null) : null;
}
/** "Debian:12" -> "debian 12": the distribution part of an OSV ecosystem, in PMDB's `distro` spelling. */
function distroOf(ecosystem) {
    const colon = ecosystem.indexOf(':');
    if (colon < 0)
        return null;
    const release = ecosystem.slice(colon + 1).replace(/^v/, '');
    return `${ecosystem.slice(0, colon).toLowerCase()} ${release}`;
}
function affectedPackage(raw, recordSeverity) {
    const pkg = (0,json_fields/* isObject */.Gv)(raw['package']) ? raw['package'] : null;
    const ecosystemName = pkg ? (0,json_fields/* text */.Qq)(pkg, 'ecosystem') : null;
    const name = pkg ? (0,json_fields/* text */.Qq)(pkg, 'name') : null;
    if (!ecosystemName || !name)
        return null;
    // Ecosystems depindex has no version semantics for (GIT-only, Hex ...) cannot match a dependency: left out.
    const ecosystem = (0,versions_api/* ecosystemForOsv */["if"])(ecosystemName);
    if (!ecosystem)
        return null;
    const rangeList = ranges(raw['ranges']);
    const fixed = rangeList.filter((r) => r.type !== 'GIT').flatMap((r) => r.events.map((e) => e.fixed).filter((f) => typeof f === 'string'));
    const specific = (0,json_fields/* isObject */.Gv)(raw['database_specific']) ? raw['database_specific'] : null;
    return {
        type: ecosystem.type,
        name,
        versions: { kind: 'osv', affected: { ranges: rangeList, versions: (0,json_fields/* texts */.Te)(raw['versions']) } },
        fixedVersions: [...new Set(fixed)],
        solution: null,
        distro: distroOf(ecosystemName),
        severity: severityWord(specific) ?? recordSeverity,
        overrides: null,
    };
}
/** One OSV record (https://ossf.github.io/osv-schema/). Affected entries of unsupported ecosystems are left out. */
function parseOsvRecord(value) {
    if (!(0,json_fields/* isObject */.Gv)(value))
        return (0,result/* err */._)('not a JSON object');
    const id = (0,json_fields/* text */.Qq)(value, 'id');
    if (!id)
        return (0,result/* err */._)('no "id"');
    if (value['affected'] !== undefined && !Array.isArray(value['affected']))
        return (0,result/* err */._)(`${id}: "affected" is not a list`);
    const specific = (0,json_fields/* isObject */.Gv)(value['database_specific']) ? value['database_specific'] : null;
    const recordSeverity = severityWord(specific);
    const packages = (value['affected'] ?? [])
        .filter(json_fields/* isObject */.Gv)
        .map((a) => affectedPackage(a, recordSeverity))
        .filter((p) => p !== null);
    const cvss = vectors(value['severity']);
    // `upstream` (OSV 1.6): what a distro record derives from; Alpine and Debian records link their CVE only there.
    const ids = [(0,identifiers/* identifierFor */.H9)(id), ...(0,json_fields/* texts */.Te)(value['aliases']).map(identifiers/* identifierFor */.H9), ...(0,json_fields/* texts */.Te)(value['upstream']).map(identifiers/* identifierFor */.H9)];
    const references = Array.isArray(value['references']) ? value['references'].filter(json_fields/* isObject */.Gv).map((r) => (0,json_fields/* text */.Qq)(r, 'url')).filter((u) => u !== null) : [];
    return (0,result.ok)({
        advisory: {
            id,
            source: 'osv',
            title: (0,json_fields/* text */.Qq)(value, 'summary'),
            description: (0,json_fields/* text */.Qq)(value, 'details'),
            cvssV2: cvss.v2,
            cvssV3: cvss.v3,
            cvssV4: cvss.v4,
            severity: recordSeverity,
            publishedDate: (0,json_fields/* text */.Qq)(value, 'published'),
            urls: references,
            identifiers: (0,identifiers/* uniqueIdentifiers */.OD)(ids),
            withdrawn: (0,json_fields/* text */.Qq)(value, 'withdrawn') !== null,
        },
        packages,
    });
}

;// CONCATENATED MODULE: ./build/metadata/sync/sync-osv.js




/** Records written per transaction. */
const BATCH = 1000;
/**
 * Syncs OSV records as the source streams them, one batch per transaction. They carry no sequence to
 * checkpoint; each record replaces the stored one of its id, so a rerun (after a kill too) writes the same rows
 * again and duplicates nothing.
 */
async function syncOsvSource(source, store, options, totals) {
    let batch = [];
    let seen = 0;
    const flush = async () => {
        if (batch.length === 0)
            return (0,result.ok)(undefined);
        const written = await store.ingest({ advisories: batch, licenses: [], enrichment: [], checkpoint: null });
        // Counted only once written: a failed write must not be reported as synced records.
        if (written.ok)
            totals.records += batch.length;
        batch = [];
        return written;
    };
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const read = await source.read({
        async entry(entry) {
            let record;
            try {
                record = parseOsvRecord(JSON.parse(decoder.decode(entry.bytes)));
            }
            catch (e) {
                record = { ok: false, error: notJson(e) };
            }
            if (!record.ok) {
                options.reporter.problem({ file: (0,sources_source/* printable */.g)(`${source.label}/${entry.name}`), line: 1, message: record.error });
                totals.problems++;
            }
            else if (!options.registries || record.value.packages.some((p) => options.registries?.has(p.type))) {
                batch.push(record.value);
            }
            totals.files++;
            seen++;
            // The count of a zip is known only at its end: the bar stays one short until then.
            options.reporter.progress(seen, seen + 1, totals.records);
            return batch.length >= BATCH ? flush() : (0,result.ok)(undefined);
        },
        refused(name, message) {
            options.reporter.problem({ file: (0,sources_source/* printable */.g)(`${source.label}/${name}`), line: 1, message });
            totals.problems++;
        },
    });
    if (!read.ok)
        return read;
    const written = await flush();
    if (!written.ok)
        return written;
    options.reporter.progress(seen, seen, totals.records);
    // One line per source, once its count is known: an osv.dev zip holds hundreds of thousands of records.
    options.reporter.file(`Evaluating data for osv:${(0,sources_source/* printable */.g)(source.label)} (${seen} records)`);
    return (0,result.ok)(undefined);
}

;// CONCATENATED MODULE: ./build/metadata/checkpoints/plan.js

/**
 * The files a sync reads, in order: per checkpoint key, those after its checkpoint; all of them when the
 * checkpoint's file is no longer listed (the export was rebuilt, DESIGN.md 8). `registries` limits the sync.
 */
function planFiles(listed, checkpoints, registries) {
    const saved = new Map(checkpoints.map((c) => [checkpointKey({ dataType: c.dataType, registry: c.registry, layout: c.versionFormat }), c]));
    const groups = new Map();
    for (const file of listed) {
        if (registries && file.dataType !== 'cve_enrichment' && !registries.has(file.registry))
            continue;
        const key = checkpointKey(file);
        const group = groups.get(key);
        if (group)
            group.push(file);
        else
            groups.set(key, [file]);
    }
    const plan = [];
    for (const [key, files] of groups) {
        const checkpoint = saved.get(key);
        const stillListed = checkpoint && files.some((f) => f.sequence === checkpoint.sequence && f.chunk === checkpoint.chunk);
        plan.push(...(stillListed ? files.filter((f) => f.sequence > checkpoint.sequence || (f.sequence === checkpoint.sequence && f.chunk > checkpoint.chunk)) : files));
    }
    return plan.sort(compareDataFiles);
}

;// CONCATENATED MODULE: ./build/metadata/records/cve-enrichment.js


/** `{"cve_id": "CVE-2023-12345", "epss_score": 0.5, "is_known_exploit": false}` (DESIGN.md 8.1). */
function parseCveEnrichment(value) {
    if (!(0,json_fields/* isObject */.Gv)(value))
        return (0,result/* err */._)('not a JSON object');
    const cveId = (0,json_fields/* text */.Qq)(value, 'cve_id', 'cve');
    if (!cveId)
        return (0,result/* err */._)('no "cve_id"');
    const epss = (0,json_fields/* number */.ai)(value['epss_score']);
    if (epss !== null && (epss < 0 || epss > 1))
        return (0,result/* err */._)(`${cveId}: epss_score ${epss} is outside 0..1`);
    return (0,result.ok)({ cveId: cveId.toUpperCase(), epss, knownExploited: (0,json_fields/* boolean */.zM)(value['is_known_exploit']) });
}

;// CONCATENATED MODULE: ./build/metadata/records/pmdb-advisory.js




function pmdb_advisory_identifiers(value, id) {
    const list = [];
    if (Array.isArray(value)) {
        for (const raw of value) {
            if (!(0,json_fields/* isObject */.Gv)(raw))
                continue;
            const name = (0,json_fields/* text */.Qq)(raw, 'name', 'value');
            if (!name)
                continue;
            list.push({ type: ((0,json_fields/* text */.Qq)(raw, 'type') ?? (0,identifiers/* identifierFor */.H9)(name).type).toLowerCase(), name, value: (0,json_fields/* text */.Qq)(raw, 'value') ?? name, url: (0,json_fields/* text */.Qq)(raw, 'url') });
        }
    }
    // GitLab advisory ids are UUIDs, not identifiers people search for; they stand in only when nothing else does.
    if (list.length === 0)
        list.push((0,identifiers/* identifierFor */.H9)(id));
    return (0,identifiers/* uniqueIdentifiers */.OD)(list);
}
function pmdb_advisory_affectedPackage(raw, fileType, index) {
    const name = (0,json_fields/* text */.Qq)(raw, 'name');
    if (!name)
        return (0,result/* err */._)(`packages[${index}] has no "name"`);
    const type = (0,json_fields/* text */.Qq)(raw, 'purl_type') ?? fileType;
    if (!type)
        return (0,result/* err */._)(`packages[${index}] has no "purl_type"`);
    const range = (0,json_fields/* text */.Qq)(raw, 'affected_range');
    const listed = (0,json_fields/* texts */.Te)(raw['versions']);
    if (!range && listed.length === 0)
        return (0,result/* err */._)(`packages[${index}] (${name}) has no "affected_range"`);
    return (0,result.ok)({
        type: purlTypeOf(type),
        name,
        // An explicit list without a range is read as OSV reads one: exactly those versions.
        versions: range ? { kind: 'pmdb', range } : { kind: 'osv', affected: { versions: listed } },
        fixedVersions: (0,json_fields/* texts */.Te)(raw['fixed_versions']),
        solution: (0,json_fields/* text */.Qq)(raw, 'solution'),
        distro: (0,json_fields/* text */.Qq)(raw, 'distro', 'dist_version'),
        severity: (0,json_fields/* text */.Qq)(raw, 'severity')?.toLowerCase() ?? null,
        overrides: (0,json_fields/* isObject */.Gv)(raw['overridden_advisory_fields']) ? raw['overridden_advisory_fields'] : null,
    });
}
/**
 * One PMDB v2 advisory line, already JSON-parsed (DESIGN.md 8.1). `fileType` is the purl type the file's path
 * names, used when a package omits `purl_type`. The protocol's variants are read too: `database` for `source`,
 * `dist_version` for `distro`, a per-package `severity`.
 */
function parsePmdbAdvisory(value, fileType) {
    if (!(0,json_fields/* isObject */.Gv)(value))
        return (0,result/* err */._)('not a JSON object');
    const raw = value['advisory'];
    if (!(0,json_fields/* isObject */.Gv)(raw))
        return (0,result/* err */._)('no "advisory" object');
    const id = (0,json_fields/* text */.Qq)(raw, 'id');
    if (!id)
        return (0,result/* err */._)('"advisory" has no "id"');
    if (!Array.isArray(value['packages']))
        return (0,result/* err */._)(`advisory ${id} has no "packages" list`);
    const packages = [];
    for (const [i, p] of value['packages'].entries()) {
        if (!(0,json_fields/* isObject */.Gv)(p))
            return (0,result/* err */._)(`advisory ${id}: packages[${i}] is not an object`);
        const parsed = pmdb_advisory_affectedPackage(p, fileType, i);
        if (!parsed.ok)
            return (0,result/* err */._)(`advisory ${id}: ${parsed.error}`);
        packages.push(parsed.value);
    }
    return (0,result.ok)({
        advisory: {
            id,
            source: (0,json_fields/* text */.Qq)(raw, 'source', 'database') ?? 'pmdb',
            title: (0,json_fields/* text */.Qq)(raw, 'title'),
            description: (0,json_fields/* text */.Qq)(raw, 'description'),
            cvssV2: (0,json_fields/* text */.Qq)(raw, 'cvss_v2'),
            cvssV3: (0,json_fields/* text */.Qq)(raw, 'cvss_v3'),
            cvssV4: (0,json_fields/* text */.Qq)(raw, 'cvss_v4'),
            severity: (0,json_fields/* text */.Qq)(raw, 'severity')?.toLowerCase() ?? null,
            publishedDate: (0,json_fields/* text */.Qq)(raw, 'published_date'),
            urls: (0,json_fields/* texts */.Te)(raw['urls']),
            identifiers: pmdb_advisory_identifiers(raw['identifiers'], id),
            withdrawn: false,
        },
        packages,
    });
}

// EXTERNAL MODULE: ./build/metadata/records/pmdb-license.js
var pmdb_license = __webpack_require__(43078);
;// CONCATENATED MODULE: ./build/metadata/records/data-file.js




/**
 * One data file's text into records. A line that does not parse becomes a problem naming `place` and the line,
 * and the rest goes on. Within a file, a later line with the same advisory id replaces the earlier one.
 */
function parseDataFile(file, text, place) {
    const advisories = new Map();
    const licenses = [];
    const enrichment = [];
    const problems = [];
    let lines = 0;
    let start = 0;
    for (let number = 1; start < text.length; number++) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end).replace(/\r$/, '');
        start = end + 1;
        if (line.trim() === '')
            continue;
        lines++;
        const problem = (message) => void problems.push({ file: place, line: number, message });
        if (file.format === 'csv') {
            const row = (0,pmdb_license/* parseV1LicenseRow */.GS)(line, file.registry);
            if (row.ok)
                licenses.push(row.value);
            else
                problem(row.error);
            continue;
        }
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (e) {
            problem(notJson(e));
            continue;
        }
        if (file.dataType === 'advisories') {
            const record = parsePmdbAdvisory(value, file.registry);
            if (!record.ok)
                problem(record.error);
            else {
                advisories.delete(record.value.advisory.id);
                advisories.set(record.value.advisory.id, record.value);
            }
        }
        else if (file.dataType === 'licenses') {
            const record = (0,pmdb_license/* parsePmdbLicense */.C8)(value, file.registry);
            if (record.ok)
                licenses.push(record.value);
            else
                problem(record.error);
        }
        else {
            const record = parseCveEnrichment(value);
            if (record.ok)
                enrichment.push(record.value);
            else
                problem(record.error);
        }
    }
    return { advisories: [...advisories.values()], licenses, enrichment, problems, lines };
}

;// CONCATENATED MODULE: ./build/metadata/sync/sync-pmdb.js





/**
 * Syncs one PMDB bucket or folder: lists it, takes the files after each checkpoint in (sequence, chunk) order,
 * and writes each file's records together with its checkpoint in one transaction, so a kill at any moment
 * leaves the store at a file boundary and a rerun continues from there.
 */
async function syncPmdbSource(target, store, options, totals) {
    const { source, dataType } = target;
    const names = await source.list();
    if (!names.ok)
        return names;
    const listed = names.value.map((n) => parseObjectName(n, dataType)).filter((f) => f !== null);
    const checkpoints = await store.checkpoints();
    if (!checkpoints.ok)
        return checkpoints;
    const plan = planFiles(listed, checkpoints.value, options.registries);
    const window = Math.max(1, options.prefetch ?? 1);
    const reads = new Map();
    const fetchAhead = (upTo) => {
        for (let i = 0; i < plan.length && i <= upTo; i++)
            if (!reads.has(i))
                reads.set(i, source.read(plan[i].name));
    };
    for (const [i, file] of plan.entries()) {
        fetchAhead(i + window - 1);
        const place = `${source.label}/${file.name}`;
        options.reporter.file(`Evaluating data for ${file.dataType}:${(0,sources_source/* printable */.g)(place)}`);
        const bytes = await reads.get(i);
        reads.delete(i);
        if (!bytes.ok)
            return (0,result/* err */._)(bytes.error);
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
        }
        catch {
            return (0,result/* err */._)(`${(0,sources_source/* printable */.g)(place)} is not UTF-8 text`);
        }
        const parsed = parseDataFile(file, text, (0,sources_source/* printable */.g)(place));
        for (const problem of parsed.problems)
            options.reporter.problem(problem);
        const written = await store.ingest({
            advisories: parsed.advisories,
            licenses: parsed.licenses,
            enrichment: parsed.enrichment,
            checkpoint: { dataType: file.dataType, registry: file.registry, versionFormat: file.layout, sequence: file.sequence, chunk: file.chunk },
        });
        if (!written.ok)
            return written;
        totals.files++;
        totals.records += parsed.advisories.length + parsed.licenses.length + parsed.enrichment.length;
        totals.problems += parsed.problems.length;
        options.reporter.progress(i + 1, plan.length, totals.records);
    }
    return (0,result.ok)(undefined);
}

;// CONCATENATED MODULE: ./build/metadata/sync/run.js






/** The command line of a sync, checked before anything is opened. */
function planSync(sources, registries, cwd, options) {
    const names = registries.flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
    const unknown = names.filter((r) => !isKnownRegistry(r));
    if (unknown.length > 0)
        return (0,result/* err */._)(`--registry: unknown registry "${(0,sources_source/* printable */.g)(unknown[0])}"`);
    const parsed = parseSources(sources, cwd, { concurrency: options.concurrency });
    if (!parsed.ok)
        return parsed;
    return (0,result.ok)({ sources: parsed.value, registries: names.length > 0 ? new Set(names.map(purlTypeOf)) : null, concurrency: options.concurrency });
}
/** Runs every source of the plan in order; the first source that cannot be read or written stops the sync. */
async function runSync(plan, store, reporter) {
    const totals = { files: 0, records: 0, problems: 0 };
    const options = { registries: plan.registries, prefetch: plan.concurrency, reporter };
    const fail = (message) => (0,result/* err */._)({ kind: message.includes(store.location) ? 'store' : 'source', message });
    for (const target of plan.sources.pmdb) {
        const done = await syncPmdbSource(target, store, options, totals);
        if (!done.ok)
            return fail(done.error);
    }
    for (const source of plan.sources.osv) {
        const done = await syncOsvSource(source, store, options, totals);
        if (!done.ok)
            return fail(done.error);
    }
    return (0,result.ok)(totals);
}

// EXTERNAL MODULE: ./build/metadata/store/open.js
var store_open = __webpack_require__(82068);
;// CONCATENATED MODULE: ./build/metadata/sync/progress.js

/**
 * Progress of a sync: one line per file on stdout (the protocol's words), problems on stderr with file and line,
 * and on a terminal a bar with counts and rate redrawn in place on stderr.
 */
function consoleReporter(stdout, stderr, now = Date.now) {
    const started = now();
    const tty = stderr.isTTY === true;
    let drawn = false;
    const clear = () => {
        if (drawn)
            stderr.write('\r\u001b[2K');
        drawn = false;
    };
    return {
        file(line) {
            clear();
            stdout.write(`${line}\n`);
        },
        problem(p) {
            clear();
            stderr.write(`depindex sync: ${p.file}:${p.line}: ${(0,sources_source/* printable */.g)(p.message.replace(/[\r\n]+/g, ' '))}; line skipped\n`);
        },
        progress(done, total, records) {
            if (!tty)
                return;
            const width = 30;
            const filled = total === 0 ? width : Math.round((done / total) * width);
            const seconds = Math.max(0.001, (now() - started) / 1000);
            stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files, ${records} records, ${Math.round(records / seconds)}/s`);
            drawn = true;
            if (done === total)
                clear();
        },
    };
}

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
;// CONCATENATED MODULE: ./build/cli/sync.js






const help = `Usage: depindex sync --source SOURCE [--source SOURCE ...] [--registry npm,pypi,...] [--store STORE]
       depindex sync --status [--json] [--store STORE]

Brings package metadata (advisories, licences, CVE enrichment) into the store, from exports laid out as
GitLab's Package Metadata Database v2 and from OSV records. Files after each checkpoint are read; an interrupted
sync resumes where it stopped. See the README, "Package metadata".

Options:
  --source PATH                   an offline mirror holding advisories/, licenses/, cve_enrichment/
  --source advisories=URL|PATH    one data type's bucket (GCS JSON listing API) or folder; likewise
                                  licenses=, cve_enrichment=
  --source osv=PATH               a folder of OSV JSON records or an osv.dev ecosystem all.zip
  --registry LIST                 purl types or registry ids to sync (npm,pypi,packagist ...); default all
  --store STORE                   as for scan (default sqlite:.depindex/index.db)
  --concurrency N                 HTTP requests in flight (default 4)
  --status                        print checkpoints and counts instead of syncing; --json for JSON
  -h, --help                      Show this help.

Exit codes: 0 synced (lines that did not parse are reported and skipped); 2 a source could not be read;
3 the store could not be written; 64 the command line was wrong.`;
const syncCommand = {
    name: 'sync',
    summary: 'Sync package metadata (PMDB v2 advisories, licences, CVE enrichment; OSV) into the store',
    help,
    async run(args, io) {
        const name = 'depindex sync';
        const start = (0,cli_args/* startCommand */.S)(name, args, {
            source: { type: 'string', multiple: true },
            registry: { type: 'string', multiple: true },
            store: { type: 'string' },
            concurrency: { type: 'string' },
            status: { type: 'boolean' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        }, help, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const sources = values.source ?? [];
        if (values.json && !values.status)
            return usage('--json goes with --status');
        if (values.status && sources.length > 0)
            return usage('--status prints what is stored; give it without --source');
        if (!values.status && sources.length === 0)
            return usage('give at least one --source (or --status)');
        const concurrency = (0,whole_number/* parseWholeNumber */.o)('--concurrency', values.concurrency, { fallback: 4, min: 1, max: 64 });
        if (!concurrency.ok)
            return usage(concurrency.error);
        const plan = values.status ? null : planSync(sources, values.registry ?? [], io.cwd, { concurrency: concurrency.value });
        if (plan && !plan.ok)
            return usage(plan.error);
        const store = await (0,store_open/* openMetadataStore */.jL)(values.store, { cwd: io.cwd, env: io.env, create: !values.status });
        if (!store.ok) {
            io.stderr.write(`${name}: ${store.error}\n`);
            return values.status ? exit_codes/* EXIT */.d.input : exit_codes/* EXIT */.d.output;
        }
        try {
            if (values.status) {
                const status = await store.value.status();
                if (!status.ok) {
                    io.stderr.write(`${name}: ${status.error}\n`);
                    return exit_codes/* EXIT */.d.input;
                }
                const { checkpoints, counts } = status.value;
                if (values.json) {
                    const json = { checkpoints: checkpoints.map((c) => ({ dataType: c.dataType, registry: c.registry, sequence: c.sequence, chunk: c.chunk, versionFormat: c.versionFormat })), counts };
                    io.stdout.write(JSON.stringify(json) + '\n');
                }
                else {
                    io.stdout.write(`Package metadata in ${store.value.location}\n`);
                    io.stdout.write(`  advisories ${counts.advisories}, affected packages ${counts.affectedPackages}, licences ${counts.licenses}, CVE enrichment ${counts.cveEnrichment}\n`);
                    if (checkpoints.length === 0)
                        io.stdout.write('  no checkpoints yet\n');
                    for (const c of checkpoints)
                        io.stdout.write(`  ${c.dataType}/${c.versionFormat}/${c.registry}: sequence ${c.sequence}, chunk ${c.chunk}\n`);
                }
                return exit_codes/* EXIT */.d.ok;
            }
            const reporter = consoleReporter(io.stdout, io.stderr);
            const outcome = await runSync(plan.value, store.value, reporter);
            if (!outcome.ok) {
                io.stderr.write(`${name}: ${outcome.error.message}\n`);
                return outcome.error.kind === 'store' ? exit_codes/* EXIT */.d.output : exit_codes/* EXIT */.d.input;
            }
            const t = outcome.value;
            io.stdout.write(`Synced ${t.files} files, ${t.records} records${t.problems ? `; ${t.problems} lines skipped (reported above)` : ''}.\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        finally {
            await store.value.close();
        }
    },
};


/***/ }),

/***/ 38199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ purlSemantics),
/* harmony export */   g: () => (/* binding */ hasPurlVariants)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49397);


/**
 * The semantics to compare a package's versions with: the type's own, or the variant its purl selects
 * (Ecosystem.forPurl: apk-tools 3 for `pkg:apk/alpine/...?distro=alpine-3.23`). The purl is parsed only for the
 * types that have variants; an unparsable purl gets the type's own. Undefined: no ecosystem module for the type.
 */
function purlSemantics(type, purl) {
    const ecosystem = (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .ecosystemFor */ .m)(type);
    if (!ecosystem)
        return undefined;
    const own = { key: type, ecosystem };
    if (!ecosystem.forPurl || !purl)
        return own;
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch {
        return own;
    }
    const variant = ecosystem.forPurl(parsed.namespace ?? null, (parsed.qualifiers ?? {}));
    return variant ? { key: `${type}+${variant.variant ?? 'variant'}`, ecosystem: variant } : own;
}
/** Whether a type's purls can select other semantics: callers skip per-purl work for every other type. */
function hasPurlVariants(type) {
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .ecosystemFor */ .m)(type)?.forPurl !== undefined;
}


/***/ }),

/***/ 33131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ versionTool),
/* harmony export */   Ih: () => (/* binding */ versionToolFor)
/* harmony export */ });
/* unused harmony exports compareVersions, satisfies */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);


/** Parsed values kept per text; the oldest half is dropped when full, so memory stays bounded on endless input. */
class BoundedCache {
    capacity;
    map = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    get(key, make) {
        const hit = this.map.get(key);
        if (hit !== undefined || this.map.has(key))
            return hit;
        const value = make();
        if (this.map.size >= this.capacity) {
            let drop = this.capacity >> 1;
            for (const k of this.map.keys()) {
                if (drop-- <= 0)
                    break;
                this.map.delete(k);
            }
        }
        this.map.set(key, value);
        return value;
    }
}
function versionTool(ecosystem, cacheSize = 10_000) {
    const versions = new BoundedCache(cacheSize);
    const ranges = new BoundedCache(cacheSize);
    const { versioning } = ecosystem;
    const parse = (text) => versions.get(text, () => versioning.parse(text));
    const range = (text, syntax = 'native') => ranges.get(`${syntax}\u0000${text}`, () => versioning.parseRange(text, syntax));
    return {
        ecosystem,
        range,
        compare(a, b) {
            const x = parse(a);
            if (!x.ok)
                return x;
            const y = parse(b);
            if (!y.ok)
                return y;
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(versioning.compare(x.value, y.value));
        },
        satisfies(version, text, syntax = 'native') {
            const v = parse(version);
            if (!v.ok)
                return v;
            const r = range(text, syntax);
            if (!r.ok)
                return r;
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(r.value.contains(v.value));
        },
    };
}
/** The tool for a purl type or registry alias; an error naming the type when it is not supported. */
function versionToolFor(typeOrAlias) {
    const ecosystem = (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(typeOrAlias);
    if (!ecosystem)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`unknown package type "${typeOrAlias}"`);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(versionTool(ecosystem));
}
/** One-off questions; use versionTool for many. */
function compareVersions(type, a, b) {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.compare(a, b) : tool;
}
function satisfies(type, version, range, syntax = 'native') {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.satisfies(version, range, syntax) : tool;
}


/***/ }),

/***/ 78448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ recordPackageKey),
/* harmony export */   IV: () => (/* binding */ dependencyKeyText),
/* harmony export */   P6: () => (/* binding */ keyIndexFor),
/* harmony export */   We: () => (/* binding */ sourcePackage),
/* harmony export */   f0: () => (/* binding */ isOsType),
/* harmony export */   jy: () => (/* binding */ dependencyKey),
/* harmony export */   nI: () => (/* binding */ indexKeys)
/* harmony export */ });
/* harmony import */ var _store_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81928);
/* harmony import */ var _search_os_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30354);
/* harmony import */ var _versions_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35335);



/**
 * OS package types: advisories name the source or binary package alone ("openssl") and qualify it by `distro`;
 * the purl's namespace is the vendor ("debian"), so the key is the bare name.
 */
const OS_TYPES = new Set(['deb', 'rpm', 'apk', 'wolfi', 'cbl-mariner']);
const isOsType = (type) => OS_TYPES.has(type);
function bare(namespace, name) {
    return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}
/** The key of a package name as an advisory or licence record writes it ("org.slf4j/slf4j-api", "@babel/core"). */
function recordPackageKey(type, name) {
    if (isOsType(type))
        return { type, key: name.toLowerCase() };
    const [namespace, rest] = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_2__/* .ecosystemFor */ .mL)(type)?.splitName?.(name) ?? [null, name];
    return { type, key: (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(type, namespace, namespace ? `${namespace}/${rest}` : rest) };
}
/** The key of a dependency: the same canonical name the index stores, so both agree on "Django is django". */
function dependencyKey(dependency) {
    return { type: dependency.type, key: dependencyKeyText(dependency) };
}
/** dependencyKey's `key` alone. */
function dependencyKeyText({ type, namespace, name }) {
    return isOsType(type) ? bare(namespace, name).toLowerCase() : (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(type, namespace, name);
}
/**
 * The source package an OS package was built from when its purl names one other than itself (the `upstream`
 * qualifier syft writes), else null. Only such purls are parsed.
 */
function sourcePackage(dependency, key) {
    if (!isOsType(dependency.type) || !dependency.purl.includes('upstream='))
        return null;
    const source = (0,_search_os_package_js__WEBPACK_IMPORTED_MODULE_1__/* .osPackageNames */ .N)(dependency.purl)?.source;
    return source && source.name !== key ? source : null;
}
/** `keep`: which keys to index (matching's candidate filter); a source package's key is kept or left out alike. */
function indexKeys(sets, keep) {
    const places = new Map();
    const keys = [];
    // Most dependencies of a scan share their type with the one before: its names are at hand without a lookup.
    let lastType = null;
    let lastNames = new Map();
    const placeOf = (key) => {
        if (key.type !== lastType) {
            let byName = places.get(key.type);
            if (!byName)
                places.set(key.type, (byName = new Map()));
            [lastType, lastNames] = [key.type, byName];
        }
        let place = lastNames.get(key.key);
        if (place === undefined) {
            place = keys.length;
            keys.push(key);
            lastNames.set(key.key, place);
        }
        return place;
    };
    const sources = [];
    const at = sets.map((set) => {
        const of = new Int32Array(set.dependencies.length);
        let fromSource = null;
        set.dependencies.forEach((dependency, i) => {
            const key = dependencyKey(dependency);
            of[i] = keep && !keep(key.type, key.key) ? -1 : placeOf(key);
            const source = sourcePackage(dependency, key.key);
            if (!source || (keep && !keep(key.type, source.name)))
                return;
            (fromSource ??= [])[i] = { place: placeOf({ type: key.type, key: source.name }), version: source.version ?? dependency.version };
        });
        sources.push(fromSource);
        return of;
    });
    return { keys, at, ...(sources.some((x) => x !== null) && { sources }) };
}
/** The given index when it has the sets' shape, else one built here. */
function keyIndexFor(sets, given) {
    const fits = given !== undefined && given.at.length === sets.length && sets.every((set, i) => given.at[i]?.length === set.dependencies.length);
    return fits ? given : indexKeys(sets);
}


/***/ }),

/***/ 35335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mL: () => (/* reexport */ registry/* ecosystemFor */.m),
  "if": () => (/* reexport */ ecosystemForOsv),
  gd: () => (/* reexport */ purl_semantics/* hasPurlVariants */.g),
  uo: () => (/* reexport */ osvRange),
  T3: () => (/* reexport */ purl_semantics/* purlSemantics */.T),
  $1: () => (/* reexport */ versions/* versionTool */.$1)
});

// EXTERNAL MODULE: ./build/ecosystems/registry.js + 48 modules
var registry = __webpack_require__(49397);
// EXTERNAL MODULE: ./build/ecosystems/versions.js
var versions = __webpack_require__(33131);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/ecosystems/shared/semver2.js
var semver2 = __webpack_require__(88074);
;// CONCATENATED MODULE: ./build/ecosystems/shared/osv-range.js



const KINDS = ['introduced', 'fixed', 'last_affected', 'limit'];
/** OSV writes Go versions without the `v` and a few npm records with it; SemVer 2.0 itself has none. */
const semverOrder = {
    parse: (text) => (0,semver2/* parseSemVer2 */.OZ)(text.startsWith('v') ? text.slice(1) : text),
    compare: semver2/* compareSemVer2 */.wc,
};
/** OSV writes Go versions without their `v` in ECOSYSTEM ranges too ("3.15.0"); the module version has it. */
function withoutV(versioning) {
    return {
        parse(text) {
            const direct = versioning.parse(text);
            if (direct.ok || text.startsWith('v'))
                return direct;
            const prefixed = versioning.parse(`v${text}`);
            return prefixed.ok ? prefixed : direct;
        },
        compare: versioning.compare,
    };
}
function eventsEvaluator(range, order, where) {
    const events = [];
    for (const [i, raw] of range.events.entries()) {
        const kinds = KINDS.filter((k) => typeof raw[k] === 'string');
        if (kinds.length !== 1)
            return (0,result/* err */._)(`${where}/events/${i}: an event has exactly one of ${KINDS.join(', ')}`);
        const kind = kinds[0];
        const text = raw[kind];
        if ((kind === 'introduced' && text === '0') || (kind === 'limit' && text === '*')) {
            events.push({ kind, version: null });
            continue;
        }
        const version = order.parse(text);
        if (!version.ok)
            return (0,result/* err */._)(`${where}/events/${i}: ${version.error}`);
        events.push({ kind, version: version.value });
    }
    const position = (e) => (e.version !== null ? 0 : e.kind === 'introduced' ? -1 : 1);
    const sorted = events
        .filter((e) => e.kind !== 'limit')
        .sort((a, b) => position(a) - position(b) || (a.version !== null && b.version !== null ? order.compare(a.version, b.version) : 0));
    const limits = events.filter((e) => e.kind === 'limit');
    return (0,result.ok)({
        contains(text) {
            const parsed = order.parse(text);
            if (!parsed.ok)
                return false;
            const v = parsed.value;
            if (limits.length > 0 && !limits.some((l) => l.version === null || order.compare(v, l.version) < 0))
                return false;
            let affected = false;
            for (const e of sorted) {
                const c = e.version === null ? 1 : order.compare(v, e.version);
                if (e.kind === 'introduced' && c >= 0)
                    affected = true;
                else if (e.kind === 'fixed' && c >= 0)
                    affected = false;
                else if (e.kind === 'last_affected' && c > 0)
                    affected = false;
            }
            return affected;
        },
    });
}
/**
 * Builds the range of one `affected[]` entry for an ecosystem. The result takes version text (each range type
 * parses it its own way); a version that does not parse for a range is outside that range. Errors name the JSON
 * place of the first unusable event.
 */
function osvRange(ecosystem, affected, place = '') {
    const evaluators = [];
    for (const [i, range] of (affected.ranges ?? []).entries()) {
        const where = `${place}/ranges/${i}`;
        if (range.type === 'GIT')
            continue;
        if (!Array.isArray(range.events))
            return (0,result/* err */._)(`${where}: "events" is not a list`);
        const order = range.type === 'SEMVER' ? semverOrder : range.type === 'ECOSYSTEM' ? withoutV(ecosystem.versioning) : null;
        if (!order)
            return (0,result/* err */._)(`${where}: unknown range type "${range.type}"`);
        const evaluator = eventsEvaluator(range, order, where);
        if (!evaluator.ok)
            return evaluator;
        evaluators.push(evaluator.value);
    }
    const listed = new Set(affected.versions ?? []);
    const listedParsed = [...listed].map((t) => ecosystem.versioning.parse(t)).flatMap((r) => (r.ok ? [r.value] : []));
    const inList = (text) => {
        if (listed.has(text))
            return true;
        if (listedParsed.length === 0)
            return false;
        const v = ecosystem.versioning.parse(text);
        return v.ok && listedParsed.some((l) => ecosystem.versioning.compare(v.value, l) === 0);
    };
    const description = `OSV ranges (${evaluators.length}) and versions (${listed.size})`;
    return (0,result.ok)({ text: description, contains: (text) => inList(text) || evaluators.some((e) => e.contains(text)) });
}
/** OSV ecosystem names whose lower-case form is not a purl type or a registered alias. */
const OSV_NAMES = {
    rubygems: 'gem',
    debian: 'deb',
    ubuntu: 'deb',
    alpine: 'apk',
    'azure linux': 'cbl-mariner',
    mariner: 'cbl-mariner',
    'red hat': 'rpm',
};
/** The ecosystem of an OSV `affected[].package.ecosystem` ("PyPI", "crates.io", "Debian:12", "Go"). */
function ecosystemForOsv(name) {
    const base = name.split(':')[0].toLowerCase();
    return (0,registry/* ecosystemFor */.m)(OSV_NAMES[base] ?? base);
}

// EXTERNAL MODULE: ./build/ecosystems/shared/purl-semantics.js
var purl_semantics = __webpack_require__(38199);
;// CONCATENATED MODULE: ./build/metadata/match/versions-api.js
/**
 * The one place src/metadata reaches into src/ecosystems: the registry, the version tools and the OSV range
 * evaluator. Another change reorganises that folder; only these imports move with it.
 */






/***/ }),

/***/ 47517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ identifierFor),
/* harmony export */   OD: () => (/* binding */ uniqueIdentifiers)
/* harmony export */ });
/* unused harmony export identifierType */
/** The identifier type of an id by its shape: CVE-, GHSA-, PYSEC-, GO-, RUSTSEC- ...; lower case. */
function identifierType(id) {
    const upper = id.toUpperCase();
    if (upper.startsWith('CVE-'))
        return 'cve';
    if (upper.startsWith('GHSA-'))
        return 'ghsa';
    const dash = id.indexOf('-');
    return dash > 0 ? id.slice(0, dash).toLowerCase() : 'osv';
}
function urlFor(type, id) {
    if (type === 'cve')
        return `https://nvd.nist.gov/vuln/detail/${encodeURIComponent(id)}`;
    if (type === 'ghsa')
        return `https://github.com/advisories/${encodeURIComponent(id)}`;
    return null;
}
function identifierFor(id) {
    const type = identifierType(id);
    return { type, name: id, value: id, url: urlFor(type, id) };
}
/** Identifiers deduplicated by value (case-insensitive), first spelling kept, in the order given. */
function uniqueIdentifiers(list) {
    const seen = new Set();
    return list.filter((i) => {
        const key = i.value.toUpperCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 30354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ versionFor),
/* harmony export */   N: () => (/* binding */ osPackageNames)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);

/**
 * The names an OS package answers to in advisories. Debian and Alpine advisories (OSV, PMDB) name the source
 * package; an image's SBOM lists binary packages and carries the source in the purl's `upstream` qualifier
 * (syft writes "util-linux@2.25.2-6" when the source version differs from the binary's, "openssl" for an Alpine
 * origin). Null when the purl does not parse. Pure.
 */
function osPackageNames(purl) {
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch {
        return null;
    }
    const upstream = parsed.qualifiers?.['upstream']?.trim();
    if (!upstream)
        return { name: parsed.name.toLowerCase(), source: null };
    const at = upstream.indexOf('@');
    const source = at > 0 ? { name: upstream.slice(0, at).toLowerCase(), version: upstream.slice(at + 1) || null } : { name: upstream.toLowerCase(), version: null };
    return { name: parsed.name.toLowerCase(), source };
}
/**
 * The version to test against an advisory entry for `advisoryName`: the source version when the entry names the
 * source package (a binNMU "4.3-11+b1" or an epoch "1:2.25.2-6" belongs to the binary only), the package's own
 * otherwise; null when the package is not the one the entry names.
 */
function versionFor(advisoryName, names, version) {
    const wanted = advisoryName.toLowerCase();
    if (names.source && names.source.name === wanted)
        return names.source.version ?? version;
    return names.name === wanted ? version : null;
}


/***/ }),

/***/ 75740:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   l: () => (/* binding */ MAX_OBJECT_BYTES)
/* harmony export */ });
/** Largest data file read whole; PMDB chunks are a few MB. Bounds memory on a hostile source. */
const MAX_OBJECT_BYTES = 512 * 1024 * 1024;
/** Control characters of untrusted text (names from a listing, ids from a file) made visible, never executed by a terminal. */
function printable(text, max = 300) {
    const isControl = (code) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    let first = -1;
    for (let i = 0; i < text.length && first < 0; i++)
        if (isControl(text.charCodeAt(i)))
            first = i;
    // Most text has none: returned as it is, without copying.
    let cleaned = text;
    if (first >= 0) {
        cleaned = text.slice(0, first);
        for (let i = first; i < text.length; i++) {
            const code = text.charCodeAt(i);
            cleaned += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
        }
    }
    return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}


/***/ }),

/***/ 82068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ sqlitePathOf),
/* harmony export */   jL: () => (/* binding */ openMetadataStore),
/* harmony export */   oJ: () => (/* binding */ hasSyncedMetadata)
/* harmony export */ });
/* harmony import */ var node_sqlite__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80099);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46305);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57268);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82272);






/** The SQLite file a `--store` value names, or null when it names another kind of store. */
function sqlitePathOf(spec, cwd) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STORE */ .Oc).trim();
    if (!text.startsWith('sqlite:'))
        return null;
    const path = text.slice('sqlite:'.length);
    return path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
}
/** The metadata side of a `--store` value, in the same place as the index (DESIGN.md 6). */
async function openMetadataStore(spec, options) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STORE */ .Oc).trim();
    if (text.startsWith('sqlite:')) {
        const path = text.slice('sqlite:'.length);
        if (path === '')
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._)('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db');
        const full = path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, path);
        if (options.create === false && full !== ':memory:' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(full))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._)(`no index at ${text} (${full}) yet: \`depindex sync\` or \`depindex scan\` writes one`);
        return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openSqliteMetadata */ .e)(full);
    }
    const kind = (0,_store_open_js__WEBPACK_IMPORTED_MODULE_3__/* .storeKindOf */ .lu)(text);
    if (!kind.ok)
        return kind;
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openElasticsearchMetadata } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915), __webpack_require__.e(776), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 46090));
    return openElasticsearchMetadata(text, options);
}
/**
 * Whether `depindex sync` ever wrote package metadata into this SQLite index (its schema table is there). A scan
 * asks first, so an index that was never synced is neither given metadata tables nor opened a second time.
 */
function hasSyncedMetadata(path) {
    try {
        const db = new node_sqlite__WEBPACK_IMPORTED_MODULE_0__.DatabaseSync(path, { readOnly: true });
        try {
            return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'md_schema'").get() !== undefined;
        }
        finally {
            db.close();
        }
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ packageKeyText),
/* harmony export */   p: () => (/* binding */ versionsText)
/* harmony export */ });
const packageKeyText = (k) => `${k.type}\u0000${k.key}`;
function versionsText(pkg) {
    return pkg.versions.kind === 'pmdb' ? { kind: 'pmdb', text: pkg.versions.range } : { kind: 'osv', text: JSON.stringify(pkg.versions.affected) };
}


/***/ }),

/***/ 57268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   Oc: () => (/* binding */ DEFAULT_STORE),
/* harmony export */   lu: () => (/* binding */ storeKindOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46305);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(609);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20529);





const DEFAULT_STORE = 'sqlite:.depindex/index.db';
/** An Elastic Cloud id: "deployment-name:base64(host$es-id$kibana-id)". */
function isCloudId(text) {
    const colon = text.indexOf(':');
    if (colon <= 0)
        return false;
    const encoded = text.slice(colon + 1);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded))
        return false;
    return Buffer.from(encoded, 'base64').toString('utf8').includes('$');
}
/**
 * Opens the store a `--store` value names: `sqlite:PATH` (the default, `sqlite:.depindex/index.db`, relative to
 * `cwd`; `sqlite::memory:` for a throw-away one), an `http(s)://` Elasticsearch URL, or an Elastic Cloud id
 * (bare or as `elastic-cloud:<id>`).
 */
async function openStore(spec, options) {
    try {
        const opened = await openNamedStore(spec, options);
        return opened.ok ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(redactedStore(opened.value)) : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(opened.error));
    }
    catch (e) {
        // Nothing here should throw; if something does, it is still an error value, and still without credentials.
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(`cannot open the store ${spec.trim()}: ${e.message}`));
    }
}
/**
 * Which kind of store a `--store` value names, without opening anything: commands check it with their other
 * flags, so a typo is a usage error before any work instead of a store error after it.
 */
function storeKindOf(spec) {
    const text = spec.trim();
    if (text.startsWith('sqlite:')) {
        return text === 'sqlite:' ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db') : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)('sqlite');
    }
    if (/^https?:\/\//i.test(text) || text.startsWith('elastic-cloud:') || isCloudId(text))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)('elasticsearch');
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`--store "${text}" is not a store: give sqlite:PATH, an http(s):// Elasticsearch URL, or an Elastic Cloud id`);
}
async function openNamedStore(spec, options) {
    const text = spec.trim();
    const kind = storeKindOf(text);
    if (!kind.ok)
        return kind;
    if (kind.value === 'sqlite') {
        const path = text.slice('sqlite:'.length);
        const full = path === ':memory:' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, path);
        if ((options.create === false || options.readOnly || options.mustExist) && full !== ':memory:' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full)) {
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`no index at ${text} (${full}) yet: \`depindex scan\` writes one, or say where it is with --store`);
        }
        return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openSqliteStore */ .Y)(full, { readOnly: options.create === false || options.readOnly === true });
    }
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openElasticsearchStore } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 73915));
    return openElasticsearchStore(text, { env: options.env, cwd: options.cwd });
}
/** The store with every error it returns, and its location, passed through redactCredentials. */
function redactedStore(store) {
    const clean = (result) => (result.ok ? result : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(result.error)));
    return new Proxy(store, {
        get(target, key, receiver) {
            const value = Reflect.get(target, key, receiver);
            if (key === 'location' && typeof value === 'string')
                return (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(value);
            if (typeof value !== 'function' || key === 'close')
                return value;
            return (...args) => {
                const returned = value.apply(target, args);
                return returned instanceof Promise ? returned.then((r) => (isResult(r) ? clean(r) : r)) : returned;
            };
        },
    });
}
function isResult(value) {
    return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials)
/* harmony export */ });
/**
 * Removes credentials from a text that names a store, whatever it looks like: a URL's user and password
 * (`https://elastic:pw@host`, also when the URL does not parse, as with a port out of range), a bare `user:pw@host`,
 * and secret-looking query parameters. Every store message passes through it before it reaches a log.
 */
function redactCredentials(text) {
    return (text
        // "scheme://anything-up-to-the-last-@-before-the-host@": user, password, or a password holding "@" or "/".
        .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s"'<>]*@(?=[^\s@"'<>]*)/gi, '$1***@')
        // "user:password@host" without a scheme, at the start of the text or after a space or quote.
        .replace(/(^|[\s"'(])[^\s"'(/@:]+:[^\s"'@]*@(?=[\w[])/g, '$1***@')
        .replace(/([?&;](?:password|passwd|pwd|api[_-]?key|apikey|token|secret|access[_-]?token|auth)=)[^&\s"'#]*/gi, '$1***'));
}


/***/ })

};
