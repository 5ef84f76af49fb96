export const id = 834;
export const ids = [834];
export const modules = {

/***/ 22941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   esCommand: () => (/* binding */ esCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49191);


const HELP = `depindex es setup [--store URL] [--shards N] [--replicas N] [--prefix NAME]

Creates what the Elasticsearch store needs: the index templates (explicit mappings), the versioned indices
and the aliases readers and writers use. Safe to run again: existing indices and aliases are kept, templates
are brought up to date. A scan creates them on its first write too; run this to choose the shard count.

  --store URL     Elasticsearch URL (https://es.example:9200) or elastic-cloud:<cloud id>;
                  default: $DEPINDEX_STORE
  --shards N      primary shards of the dependencies index when it is created (default 1; an instance with
                  10^5 projects wants 16-32, see src/store/elasticsearch/mappings.ts)
  --replicas N    replicas of each shard (default 1)
  --prefix NAME   index name prefix (default depindex)

Credentials come from the environment, never the command line:
  DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (PEM file of the
  CA that signed the server's certificate); DEPINDEX_ES_CLOUD_ID instead of a URL.
`;
function count(text, name, min) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n >= min ? n : `--${name} must be a whole number >= ${min}, not "${text}"`;
}
async function setup(args, io) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: {
                store: { type: 'string' },
                shards: { type: 'string' },
                replicas: { type: 'string' },
                prefix: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        io.stderr.write(`depindex es setup: ${e.message}\n`);
        return 2;
    }
    if (values['help']) {
        io.stdout.write(HELP);
        return 0;
    }
    const env = (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_1__/* .elasticsearchOptionsFromEnv */ .$)(io.env);
    const store = values['store'] ?? io.env['DEPINDEX_STORE'] ?? (env.cloudId ? 'elastic-cloud:' + env.cloudId : undefined);
    if (!store) {
        io.stderr.write('depindex es setup: say which Elasticsearch with --store URL (or DEPINDEX_STORE)\n');
        return 2;
    }
    if (!(0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_1__/* .isElasticsearchLocation */ .B)(store)) {
        io.stderr.write(`depindex es setup: "${store}" is not an Elasticsearch location (http(s)://host:port or elastic-cloud:<id>)\n`);
        return 2;
    }
    const shards = count(values['shards'], 'shards', 1);
    const replicas = count(values['replicas'], 'replicas', 0);
    for (const problem of [shards, replicas]) {
        if (typeof problem === 'string') {
            io.stderr.write(`depindex es setup: ${problem}\n`);
            return 2;
        }
    }
    const opened = await (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_1__.openElasticsearchStore)(store, {
        env: io.env,
        cwd: io.cwd,
        ...(typeof shards === 'number' ? { shards } : {}),
        ...(typeof replicas === 'number' ? { replicas } : {}),
        ...(values['prefix'] ? { indexPrefix: values['prefix'] } : {}),
    });
    if (!opened.ok) {
        io.stderr.write(`depindex es setup: ${opened.error}\n`);
        return 1;
    }
    try {
        const report = await opened.value.setup();
        if (!report.ok) {
            io.stderr.write(`depindex es setup: ${report.error}\n`);
            return 1;
        }
        const { templates, createdIndices, aliases } = report.value;
        io.stdout.write(`index templates: ${templates.join(', ')}\n`);
        io.stdout.write(`indices created: ${createdIndices.length > 0 ? createdIndices.join(', ') : 'none (all existed)'}\n`);
        for (const alias of Object.keys(aliases).sort())
            io.stdout.write(`alias ${alias} -> ${aliases[alias]}\n`);
        return 0;
    }
    finally {
        await opened.value.close();
    }
}
const esCommand = {
    name: 'es',
    summary: 'Elasticsearch store administration (es setup: templates, indices, aliases)',
    help: HELP,
    async run(args, io) {
        const [sub, ...rest] = args;
        if (sub === 'setup')
            return setup(rest, io);
        if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
            io.stdout.write(HELP);
            return sub === undefined ? 2 : 0;
        }
        io.stderr.write(`depindex es: unknown subcommand "${sub}"; try "depindex es setup --help"\n`);
        return 2;
    },
};


/***/ }),

/***/ 36939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** Ordered from most to least severe; `unknown` sorts last and never fails a verdict by itself. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];


/***/ }),

/***/ 81928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ projectNamespaces),
/* harmony export */   u3: () => (/* binding */ nameKeys),
/* harmony export */   w$: () => (/* binding */ licenseKeys),
/* harmony export */   yk: () => (/* binding */ canonicalKey),
/* harmony export */   zO: () => (/* binding */ licenseKey)
/* harmony export */ });
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83557);
/* harmony import */ var _ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47094);


/**
 * The derived search keys both stores write and query with, so SQLite and Elasticsearch agree on what
 * "django finds Django" and "--group acme" mean (DESIGN.md 4 and 6).
 */
/** "group/sub/project" -> ["group", "group/sub"]: the namespaces a group search matches exactly. */
function projectNamespaces(project) {
    const parts = project.split('/');
    const out = [];
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/** The name without its namespace: Dependency.name joins them with "/" ("@types/node" -> "node"). */
function bareName(namespace, name) {
    return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}
function fallbackKey(namespace, name) {
    return (namespace ? `${namespace}/${name}` : name).toLowerCase();
}
/**
 * The stored name key: the ecosystem's canonical name, lower-cased because search is case-insensitive
 * everywhere (DESIGN.md 4). Types without an ecosystem module fall back to the lower-cased full name.
 */
function canonicalKey(type, namespace, name) {
    const bare = bareName(namespace, name);
    const ecosystem = (0,_ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(type);
    if (!ecosystem)
        return fallbackKey(namespace, bare);
    try {
        return ecosystem.canonicalName(namespace, bare).toLowerCase();
    }
    catch {
        return fallbackKey(namespace, bare);
    }
}
/** The ways a typed name splits into namespace and name: "a/b/c" at the last "/", "g:a" (Maven) at the ":". */
function splits(text) {
    const out = [[null, text]];
    const slash = text.lastIndexOf('/');
    if (slash > 0 && slash < text.length - 1)
        out.push([text.slice(0, slash), text.slice(slash + 1)]);
    const colon = text.indexOf(':');
    if (colon > 0 && colon < text.length - 1 && colon === text.lastIndexOf(':')) {
        out.push([text.slice(0, colon), text.slice(colon + 1)]);
    }
    return out;
}
/**
 * The name keys a searched name can match. With a type, the ecosystem's canonical forms of the text; without
 * one, the canonical forms under every ecosystem's rules plus the lower-cased text and its PEP 503 form, so
 * `requests_oauthlib` finds `requests-oauthlib` whatever the type.
 */
function nameKeys(text, type) {
    const trimmed = text.trim();
    const keys = new Set();
    const candidates = type === undefined ? _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .u.map((e) => e.type) : [type];
    for (const t of candidates) {
        for (const [namespace, name] of splits(trimmed))
            keys.add(canonicalKey(t, namespace, name));
    }
    if (type === undefined) {
        keys.add(trimmed.toLowerCase());
        keys.add((0,_ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_1__/* .pep503Name */ .fq)(trimmed));
    }
    return [...keys].sort();
}
const OPERATORS = new Set(['and', 'or', 'with']);
/**
 * License keys for search: each license as written, lower-cased, plus the ids inside an SPDX expression, so
 * `--license mit` finds "MIT OR Apache-2.0". Splitting on spaces and parentheses is enough to find the ids;
 * the expression's meaning is the license check's job, not search's.
 */
function licenseKeys(licenses) {
    if (!licenses)
        return [];
    const keys = new Set();
    for (const license of licenses) {
        const lower = license.trim().toLowerCase();
        if (lower === '')
            continue;
        keys.add(lower);
        const tokens = lower.split(/[\s()]+/).filter((t) => t !== '');
        // Only an expression is split: a license name as written ("Apache License 2.0") is one key, not three words.
        if (!lower.includes('(') && !tokens.some((t) => OPERATORS.has(t)))
            continue;
        for (const token of tokens)
            if (!OPERATORS.has(token))
                keys.add(token);
    }
    return [...keys].sort();
}
/** The search key of a license filter. */
function licenseKey(license) {
    return license.trim().toLowerCase();
}


/***/ }),

/***/ 65958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ summariseProject)
/* harmony export */ });
/** Sets of one project, sorted by ref then file, folded into refs (both stores list projects so). */
function summariseProject(project, sets) {
    const refs = [];
    let last = '';
    for (const s of sets) {
        const previous = refs[refs.length - 1];
        if (s.scannedAt > last)
            last = s.scannedAt;
        if (previous && previous.ref === s.ref) {
            const newer = s.scannedAt > previous.lastScannedAt;
            refs[refs.length - 1] = {
                ...previous,
                commitSha: newer ? s.commitSha : previous.commitSha,
                lastScannedAt: newer ? s.scannedAt : previous.lastScannedAt,
                sets: previous.sets + 1,
                dependencies: previous.dependencies + s.dependencies,
            };
        }
        else {
            refs.push({
                ref: s.ref,
                refType: s.refType,
                defaultBranch: s.defaultBranch,
                commitSha: s.commitSha,
                lastScannedAt: s.scannedAt,
                sets: 1,
                dependencies: s.dependencies,
            });
        }
    }
    return { project, lastScannedAt: last, refs };
}


/***/ }),

/***/ 97568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ checkScan),
/* harmony export */   h: () => (/* binding */ mergeByPurl)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46305);

// What every store does to a scan before writing it, so SQLite and Elasticsearch key and merge it alike.
/** Refuses a scan that cannot be keyed before any row is touched, naming what is missing. */
function checkScan(context, sets) {
    if (context.project.trim() === '')
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)('cannot write the scan: the project is empty');
    if (context.ref.trim() === '')
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(`cannot write the scan of ${context.project}: the ref is empty`);
    if (Number.isNaN(context.scannedAt.getTime()))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(`cannot write the scan of ${context.project}: scannedAt is not a valid date`);
    const files = new Set();
    for (const set of sets) {
        if (set.file.trim() === '')
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(`cannot write the scan of ${context.project}@${context.ref}: a set has an empty file path`);
        if (files.has(set.file))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(`cannot write the scan of ${context.project}@${context.ref}: ${set.file} is given twice`);
        files.add(set.file);
        const bad = set.dependencies.find((d) => d.purl === '' || d.version === '' || d.name === '');
        if (bad)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(`cannot write ${set.file} of ${context.project}@${context.ref}: a dependency has an empty purl, name or version (${bad.purl || bad.name})`);
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__.ok)(undefined);
}
/**
 * One row per purl in a set: a file can list the same version twice (npm's nested node_modules). The merge
 * keeps what the entries agree on and the stronger claim where they differ: direct beats transient,
 * production beats development, since either entry alone would have been stored that way.
 */
function mergeByPurl(dependencies) {
    const byPurl = new Map();
    for (const d of dependencies) {
        const seen = byPurl.get(d.purl);
        if (!seen) {
            byPurl.set(d.purl, d);
            continue;
        }
        byPurl.set(d.purl, {
            ...seen,
            introduced: seen.introduced === true || d.introduced === true ? true : (seen.introduced ?? d.introduced),
            development: seen.development === false || d.development === false ? false : (seen.development ?? d.development),
            licenses: seen.licenses ?? d.licenses,
            checksums: seen.checksums || d.checksums ? { ...d.checksums, ...seen.checksums } : null,
            source: seen.source ?? d.source,
        });
    }
    return [...byPurl.values()];
}


/***/ }),

/***/ 20201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ rangeMatcher),
/* harmony export */   SD: () => (/* binding */ MAX_WINDOW),
/* harmony export */   eH: () => (/* binding */ DEFAULT_LIMIT),
/* harmony export */   pc: () => (/* binding */ ADVISORY_NOT_YET),
/* harmony export */   r: () => (/* binding */ resolveType),
/* harmony export */   tq: () => (/* binding */ MAX_LIMIT),
/* harmony export */   zJ: () => (/* binding */ buildSearchQuery)
/* harmony export */ });
/* unused harmony export parseAddedSince */
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83557);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);


const DEFAULT_LIMIT = 50;
/** Elasticsearch pages at most 10,000 hits deep by default; keeping the same bound keeps both stores alike. */
const MAX_WINDOW = 10_000;
const MAX_LIMIT = 1_000;
/** Both stores answer this for an advisory filter until advisories are synced into them (DESIGN.md 8). */
const ADVISORY_NOT_YET = 'searching by advisory is not available yet: advisories are not synced into the index (depindex sync will add them)';
/**
 * purl types that have no ecosystem module but appear in SBOMs (PURL-TYPES of the purl spec), so a search for
 * them is not refused as a typo. They match by lower-cased name; version ranges need an ecosystem module.
 */
const OTHER_PURL_TYPES = new Set([
    'alpm', 'bitbucket', 'bitnami', 'cocoapods', 'conda', 'cpan', 'cran', 'docker', 'generic', 'github', 'gitlab',
    'hackage', 'hex', 'huggingface', 'julia', 'luarocks', 'mlflow', 'oci', 'opam', 'otp', 'qpkg', 'swid',
    'vscode-extension',
]);
/** A purl type or ecosystem alias ("go", "packagist") -> the purl type; an error naming the known ones otherwise. */
function resolveType(text) {
    const lower = text.trim().toLowerCase();
    const ecosystem = (0,_ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(lower);
    if (ecosystem)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(ecosystem.type);
    if (OTHER_PURL_TYPES.has(lower))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(lower);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`unknown purl type "${text}"; known types: ${_ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .u.map((e) => e.type).join(', ')}, and other purl-spec types (generic, docker, github ...)`);
}
const DURATION = /^(\d{1,6})([hdw])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
const UNIT_MS = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };
/**
 * `--added-since`: an ISO date (UTC midnight), an ISO date-time with its zone, or a duration back from now
 * (`12h`, `7d`, `2w`). A date-time without a zone is refused: its meaning would depend on the runner's clock.
 */
function parseAddedSince(text, now) {
    const t = text.trim();
    const duration = DURATION.exec(t);
    if (duration)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(new Date(now.getTime() - Number(duration[1]) * (UNIT_MS[duration[2] ?? ''] ?? 0)));
    if (DATE.test(t) || DATE_TIME.test(t)) {
        const date = new Date(t);
        // Date accepts 2026-02-30 as 2 March; the round trip catches it.
        if (!Number.isNaN(date.getTime()) && (!DATE.test(t) || date.toISOString().slice(0, 10) === t))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(date);
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--added-since "${t}" is neither a date (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (12h, 7d, 2w)`);
}
function parseCount(flag, text, fallback, min, max) {
    if (text === undefined)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(fallback);
    const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (Number.isNaN(n) || n < min || n > max)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(n);
}
/** A version range as a test of version strings, with the type's own semantics; versions it cannot parse do not match. */
function rangeMatcher(type, range) {
    const ecosystem = (0,_ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .m)(type);
    if (!ecosystem)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`version ranges need an ecosystem that depindex supports; purl type "${type}" has none`);
    const parsed = ecosystem.versioning.parseRange(range, 'native');
    if (!parsed.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`invalid ${ecosystem.type} version range "${range}": ${parsed.error}`);
    const { versioning } = ecosystem;
    const contains = parsed.value.contains.bind(parsed.value);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)((version) => {
        const v = versioning.parse(version);
        return v.ok && contains(v.value);
    });
}
/** Validates filters into a SearchQuery; every message names the flag. */
function buildSearchQuery(filters, now) {
    if (filters.advisory !== undefined)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--advisory: ${ADVISORY_NOT_YET}`);
    const nonEmpty = (flag, value) => value === undefined ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(undefined) : value.trim() === '' ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${flag} is empty`) : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(value.trim());
    let type;
    if (filters.type !== undefined) {
        const resolved = resolveType(filters.type);
        if (!resolved.ok)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--type: ${resolved.error}`);
        type = resolved.value;
    }
    if (filters.range !== undefined) {
        if (type === undefined)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('--range needs --type: a version range means something only in one ecosystem');
        const matcher = rangeMatcher(type, filters.range);
        if (!matcher.ok)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--range: ${matcher.error}`);
    }
    if (filters.version !== undefined && filters.range !== undefined)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('give either --version or --range, not both');
    let addedSince;
    if (filters.addedSince !== undefined) {
        const parsed = parseAddedSince(filters.addedSince, now);
        if (!parsed.ok)
            return parsed;
        addedSince = parsed.value;
    }
    const limit = parseCount('--limit', filters.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    if (!limit.ok)
        return limit;
    const offset = parseCount('--offset', filters.offset, 0, 0, MAX_WINDOW);
    if (!offset.ok)
        return offset;
    if (offset.value + limit.value > MAX_WINDOW)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--offset plus --limit may reach at most ${MAX_WINDOW}; narrow the search instead`);
    const strings = {};
    for (const [flag, key] of [
        ['--name', 'name'], ['--version', 'version'], ['--range', 'range'], ['--license', 'license'],
        ['--project', 'project'], ['--group', 'group'], ['--ref', 'ref'], ['--file', 'file'],
    ]) {
        const checked = nonEmpty(flag, filters[key]);
        if (!checked.ok)
            return checked;
        strings[key] = checked.value;
    }
    const query = {
        ...(strings.name !== undefined && { name: strings.name }),
        ...(type !== undefined && { type }),
        ...(strings.version !== undefined && { version: strings.version }),
        ...(strings.range !== undefined && { versionRange: strings.range }),
        ...(strings.license !== undefined && { license: strings.license }),
        ...(addedSince !== undefined && { addedSince }),
        ...(filters.excludeDevelopment === true && { excludeDevelopment: true }),
        ...(strings.project !== undefined && { project: strings.project }),
        ...(strings.group !== undefined && { group: strings.group.replace(/\/+$/, '') }),
        ...(strings.ref !== undefined && { ref: strings.ref }),
        ...(filters.defaultBranch === true && { defaultBranchOnly: true }),
        ...(strings.file !== undefined && { file: strings.file }),
        limit: limit.value,
        offset: offset.value,
    };
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(query);
}


/***/ })

};
