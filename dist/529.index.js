export const id = 529;
export const ids = [529];
export const modules = {

/***/ 63573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ edgeOrder),
/* harmony export */   bX: () => (/* binding */ decodeGraph),
/* harmony export */   cQ: () => (/* binding */ graphOf),
/* harmony export */   jb: () => (/* binding */ encodeGraph),
/* harmony export */   nj: () => (/* binding */ edgeRows)
/* harmony export */ });
/* harmony import */ var _model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26582);
/* harmony import */ var _positional_edges_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72106);


/**
 * A set's edges as stored in the index (issue 15): positions in the set's purls sorted by `compareStrings`,
 * not purls, so an edge costs about three bytes instead of two purls (~100). Both stores key by the same order,
 * which each sorts itself in JS on read: SQLite and Elasticsearch sort by UTF-8 bytes, which differs from
 * code-unit order for a few characters.
 *
 * Layout: a format byte (1), the number of purls, then per purl in order its number of targets and the targets,
 * ascending, as differences from the previous one (the first from 0); every number an unsigned LEB128 varint.
 */
const FORMAT = 1;
/** The set's purls in the order edges are numbered by: distinct, sorted by compareStrings. */
function edgeOrder(purls) {
    const out = Array.isArray(purls) ? purls : [...purls];
    // Sets come sorted and distinct from the graph stage and the stores: checked, not redone (a copy and a sort of
    // 50,000 purls was a tenth of the cost of storing a set's edges).
    for (let i = 1; i < out.length; i++) {
        if (out[i - 1] >= out[i])
            return [...new Set(out)].sort(_model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K);
    }
    return out;
}
function indexOf(purls) {
    const index = new Map();
    for (let i = 0; i < purls.length; i++)
        index.set(purls[i], i);
    return index;
}
/** Positions of `targets` in ascending order, without `self`, repeats or purls that are not in the set. */
function targetPositions(index, self, targets, into) {
    into.length = 0;
    let sorted = true;
    for (const to of targets) {
        const b = index.get(to);
        if (b === undefined || b === self)
            continue;
        if (into.length > 0 && b <= into[into.length - 1])
            sorted = false;
        into.push(b);
    }
    if (!sorted) {
        into.sort((x, y) => x - y);
        let kept = 0;
        for (let i = 0; i < into.length; i++)
            if (i === 0 || into[i] !== into[i - 1])
                into[kept++] = into[i];
        into.length = kept;
    }
    return into;
}
/** Targets of each position, ascending; edges whose ends are not among `purls` are left out (cannot be stored). */
function edgeRows(purls, graph) {
    const rows = purls.map(() => []);
    if (!graph || graph.edges.size === 0)
        return rows;
    const index = indexOf(purls);
    for (const [from, targets] of graph.edges) {
        const a = index.get(from);
        if (a !== undefined)
            rows[a] = [...targetPositions(index, a, targets, [])];
    }
    return rows;
}
/**
 * The stored form of a set's graph over its ordered purls (layout above). From the graph stage's positions when
 * they fit, else by looking each target up: the lookups were most of the cost of storing 150,000 edges.
 */
function encodeGraph(purls, graph) {
    const positions = (0,_positional_edges_js__WEBPACK_IMPORTED_MODULE_1__/* .positionsOf */ .q)(graph, purls.length, (i) => purls[i]);
    const index = positions ? null : indexOf(purls);
    let out = new Uint8Array(16 + purls.length * 2);
    let at = 0;
    const put = (value) => {
        if (at + 5 > out.length) {
            const grown = new Uint8Array(out.length * 2);
            grown.set(out);
            out = grown;
        }
        let v = value >>> 0;
        while (v >= 0x80) {
            out[at++] = (v & 0x7f) | 0x80;
            v >>>= 7;
        }
        out[at++] = v;
    };
    out[at++] = FORMAT;
    put(purls.length);
    const row = [];
    for (let i = 0; i < purls.length; i++) {
        if (positions) {
            const end = positions.offsets[i + 1];
            let previous = 0;
            put(end - positions.offsets[i]);
            for (let k = positions.offsets[i]; k < end; k++) {
                put(positions.targets[k] - previous);
                previous = positions.targets[k];
            }
            continue;
        }
        const targets = graph?.edges.get(purls[i]);
        if (targets === undefined || targets.length === 0) {
            put(0);
            continue;
        }
        targetPositions(index, i, targets, row);
        put(row.length);
        let previous = 0;
        for (const target of row) {
            put(target - previous);
            previous = target;
        }
    }
    return out.slice(0, at);
}
/** The graph back from its stored form over the same ordered purls; a message when the bytes do not fit them. */
function decodeGraph(bytes, purls) {
    const size = purls.length;
    let at = 0;
    const take = () => {
        let value = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (at >= bytes.length)
                throw new RangeError('the edges end early');
            const byte = bytes[at++];
            value += (byte & 0x7f) * 2 ** shift;
            if (byte < 0x80)
                return value;
        }
        throw new RangeError('a number is too long');
    };
    try {
        if (bytes[at++] !== FORMAT)
            return `unknown edge format ${String(bytes[0])}`;
        const count = take();
        if (count !== size)
            return `the edges are of ${count} dependencies, the set has ${size}`;
        const edges = new Map();
        for (let i = 0; i < count; i++) {
            const degree = take();
            if (degree === 0)
                continue;
            if (degree > size)
                return 'an edge count is larger than the set';
            const row = [];
            let target = 0;
            for (let k = 0; k < degree; k++) {
                target += take();
                if (target >= size)
                    return 'an edge points past the set';
                row.push(purls[target]);
            }
            edges.set(purls[i], row);
        }
        return { edges };
    }
    catch (e) {
        return e.message;
    }
}
/** The graph of a set from its ordered purls and rows, as the graph walks (graph/paths.ts) take it. */
function graphOf(purls, rows) {
    const edges = new Map();
    rows.forEach((row, i) => {
        if (row.length > 0)
            edges.set(purls[i], row.map((t) => purls[t]));
    });
    return { edges };
}


/***/ }),

/***/ 72106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ positionsOf)
/* harmony export */ });
/**
 * The positions of this graph when buildSet made them and they still number exactly these purls, in this order
 * (a set merged or reshaped since is numbered otherwise): `purlAt(i)` for i below `count`.
 */
function positionsOf(graph, count, purlAt) {
    const found = graph?.positions;
    if (!found || found.purls.length !== count)
        return null;
    for (let i = 0; i < count; i++)
        if (purlAt(i) !== found.purls[i])
            return null;
    return found;
}


/***/ }),

/***/ 40706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ findingJson),
/* harmony export */   i: () => (/* binding */ findingFromJson)
/* harmony export */ });
/**
 * The JSON text a finding was read from, kept beside it. Findings are never changed once made (a check that
 * alters one makes a new object), so the text stays what JSON.stringify would give, and the SQLite index
 * stores it as it came. Why: a large scan's findings cross from the matching thread as text, and turning them
 * into objects there and back into text for the index cost the scan's thread twice, over 3,000 findings.
 */
const texts = new WeakMap();
/** A finding from its JSON text (one JSON.stringify of a Finding), which findingJson then gives back. */
function findingFromJson(text) {
    const finding = JSON.parse(text);
    texts.set(finding, text);
    return finding;
}
/** The finding as JSON text: the text it was read from, or a new one. */
function findingJson(finding) {
    return texts.get(finding) ?? JSON.stringify(finding);
}


/***/ }),

/***/ 36939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** Ordered from most to least severe; `unknown` sorts last and never fails a verdict by itself. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];


/***/ }),

/***/ 46305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const err = (error) => ({ ok: false, error });


/***/ }),

/***/ 38378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ parseCompoundExpression),
/* harmony export */   qx: () => (/* binding */ isCompoundExpression)
/* harmony export */ });
/* unused harmony export parseSpdxExpression */
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);

/** The expression, or null when the text is not one (a license name as written, "Apache License 2.0"). */
function parseSpdxExpression(text) {
    try {
        return spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__(text);
    }
    catch {
        return null;
    }
}
/** The expression when it holds more than one license id: a conjunction (AND, OR), an exception (WITH), or parentheses. */
function parseCompoundExpression(text) {
    // A compound needs a space or a parenthesis (the parser separates tokens by nothing else): skip the parse for plain ids.
    if (!text.includes(' ') && !text.includes('('))
        return null;
    const expression = parseSpdxExpression(text);
    if (expression === null)
        return null;
    return 'conjunction' in expression || expression.exception !== undefined || text.includes('(') ? expression : null;
}
function isCompoundExpression(text) {
    return parseCompoundExpression(text) !== null;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseWholeNumber)
/* harmony export */ });
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46305);

/**
 * The one parser of whole-number flags (--limit, --offset, --shards, --replicas, --concurrency, --port ...):
 * digits only (no "1.5", "1e3", "-1" or "0x10"), within the bounds, and a message that names the flag and
 * quotes what was given. Up to nine digits, so the number is always exact.
 */
function parseWholeNumber(flag, text, bounds) {
    if (text === undefined)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__.ok)(bounds.fallback);
    const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    const { min, max } = bounds;
    if (!Number.isNaN(n) && n >= min && (max === undefined || n <= max))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__.ok)(n);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_0__/* .err */ ._)(max === undefined
        ? `${flag} must be a whole number >= ${min}, not "${text}"`
        : `${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
}


/***/ }),

/***/ 47773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ fileFilter)
/* harmony export */ });
/* unused harmony exports isGlob, fileCandidates, fileMatcher */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `search --file` (issue #15): a path or glob of a dependency file, where a manifest also finds the lock files
 * written beside it. People know their manifest (`Gemfile`) but the index holds what was scanned, usually the
 * lock file (`Gemfile.lock`) or, from a GitLab report, whichever file the analyzer names. Both stores and the
 * serve API go through here, so "which files does this mean" has one answer.
 */
/**
 * Manifest -> the files that record what it resolved to, for every format src/ingest reads. The manifest itself
 * always stays a candidate: GitLab reports and SBOMs name it (`pom.xml`, `build.gradle`) when there is no lock.
 */
const LOCKS_OF_MANIFEST = [
    [/^package\.json$/, ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']],
    [/^pyproject\.toml$/, ['poetry.lock', 'uv.lock', 'pdm.lock']],
    [/^(requirements\.in|setup\.py|setup\.cfg)$/, ['requirements.txt']],
    [/^Pipfile$/, ['Pipfile.lock']],
    [/^Gemfile$/, ['Gemfile.lock']],
    [/^gems\.rb$/, ['gems.locked']],
    [/^Cargo\.toml$/, ['Cargo.lock']],
    [/^composer\.json$/, ['composer.lock']],
    [/^go\.mod$/, ['go.sum']],
    [/^pom\.xml$/, ['maven.graph.json', 'gradle.lockfile']],
    [/^(build|settings)\.gradle(\.kts)?$/, ['gradle.lockfile', 'gradle/verification-metadata.xml']],
    [/\.(cs|fs|vb)proj$/, ['packages.lock.json']],
    [/^Package\.swift$/, ['Package.resolved']],
    [/^pubspec\.yaml$/, ['pubspec.lock']],
    [/^mix\.exs$/, ['mix.lock']],
    [/^conanfile\.(txt|py)$/, ['conan.lock']],
    [/^Podfile$/, ['Podfile.lock']],
    [/^DESCRIPTION$/, ['renv.lock']],
];
const GLOB_CHARS = /[*?[\]{}]/;
function isGlob(text) {
    return GLOB_CHARS.test(text);
}
/** A leading "./" names the same file as without it: stored paths are relative and never start with it. */
function tidy(text) {
    return text.trim().replace(/^(\.\/)+/, '');
}
/**
 * The paths or globs a `--file` value stands for: itself, then the lock files of a manifest in the same folder
 * (`web/package.json` -> `web/package-lock.json`, `**\/Gemfile` -> `**\/Gemfile.lock`). Sorted after the first.
 */
function fileCandidates(text) {
    const file = tidy(text);
    const slash = file.lastIndexOf('/');
    const folder = slash >= 0 ? file.slice(0, slash + 1) : '';
    const base = file.slice(slash + 1);
    const locks = LOCKS_OF_MANIFEST.find(([manifest]) => manifest.test(base))?.[1] ?? [];
    return [file, ...locks.map((lock) => folder + lock).sort()];
}
/** The candidates as one test of stored file paths; globs with Node's own matcher, the one scan inputs use. */
function fileMatcher(candidates) {
    const exact = new Set(candidates.filter((c) => !isGlob(c)));
    const globs = candidates.filter(isGlob);
    return (file) => exact.has(file) || globs.some((g) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.matchesGlob(file, g));
}
function fileFilter(text) {
    const candidates = fileCandidates(text);
    if (!candidates.some(isGlob))
        return { kind: 'exact', files: candidates };
    return { kind: 'glob', matches: fileMatcher(candidates) };
}


/***/ }),

/***/ 81928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ projectNamespaces),
/* harmony export */   iu: () => (/* binding */ mayBeArtifactId),
/* harmony export */   qU: () => (/* binding */ shortKey),
/* harmony export */   u3: () => (/* binding */ nameKeys),
/* harmony export */   w$: () => (/* binding */ licenseKeys),
/* harmony export */   yk: () => (/* binding */ canonicalKey),
/* harmony export */   zO: () => (/* binding */ licenseKey)
/* harmony export */ });
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);
/* harmony import */ var _ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47094);
/* harmony import */ var _model_spdx_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38378);



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
/**
 * Types whose name is searched without its namespace too: Maven (people search for `log4j-core`, not
 * `org.apache.logging.log4j:log4j-core`) and generic (an SBOM component's group is rarely known to whoever
 * searches). Other types have none: a bare `node` finding `@types/node` would be noise rather than help.
 */
const SHORT_NAMED = new Set(['maven', 'generic']);
/** The second name key: the name without its namespace, lower-cased, for SHORT_NAMED types (issue #15). */
function shortKey(type, namespace, name) {
    if (!SHORT_NAMED.has(type) || !namespace)
        return null;
    return bareName(namespace, name).toLowerCase();
}
/** Only SHORT_NAMED types have a short key: matching it under another type is wasted work. */
function mayBeArtifactId(type) {
    return type === undefined || SHORT_NAMED.has(type);
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
        keys.add((0,_ecosystems_pypi_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pep503Name */ .fq)(trimmed));
    }
    return [...keys].sort();
}
/** The license ids and exceptions of an expression tree, as written ("GPL-2.0+" keeps its plus). */
function leaves(expression, out) {
    if ('conjunction' in expression) {
        leaves(expression.left, out);
        leaves(expression.right, out);
        return out;
    }
    out.push(expression.plus ? `${expression.license}+` : expression.license);
    if (expression.exception !== undefined)
        out.push(expression.exception);
    return out;
}
/**
 * License keys for search: each license as written, lower-cased, plus the ids inside a compound SPDX
 * expression, so `--license mit` finds "MIT OR Apache-2.0" (read with spdx-expression-parse), and the words of
 * text written like one that is not valid SPDX ("BSD or MIT"). A license name as written is one key.
 */
function licenseKeys(licenses) {
    if (!licenses)
        return [];
    const keys = new Set();
    for (const license of licenses) {
        const trimmed = license.trim();
        if (trimmed === '')
            continue;
        keys.add(trimmed.toLowerCase());
        const expression = (0,_model_spdx_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCompoundExpression */ .VL)(trimmed);
        if (expression !== null)
            for (const id of leaves(expression, []))
                keys.add(id.toLowerCase());
        else
            for (const word of looseWords(trimmed.toLowerCase()))
                keys.add(word);
    }
    return [...keys].sort();
}
const LOOSE_OPERATORS = new Set(['and', 'or', 'with']);
/**
 * Text written like an expression that is not one ("BSD or MIT", "MIT OR Some-Custom": inputs write such
 * things): its words, so `--license mit` still finds it. A name without operators or parentheses ("Apache
 * License 2.0") gives none: it is one key, not three words.
 */
function looseWords(lower) {
    const words = lower.split(/[\s()]+/).filter((w) => w !== '');
    if (!lower.includes('(') && !words.some((w) => LOOSE_OPERATORS.has(w)))
        return [];
    return words.filter((w) => !LOOSE_OPERATORS.has(w));
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
 * production beats development and required beats optional, since either entry alone would have been stored that way.
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
            ...optionalOf(seen.optional, d.optional),
            licenses: seen.licenses ?? d.licenses,
            checksums: seen.checksums || d.checksums ? { ...d.checksums, ...seen.checksums } : null,
            source: seen.source ?? d.source,
        });
    }
    return [...byPurl.values()];
}
/** Needed (false) by either entry wins, as for development; unknown (absent) only when both are unknown. */
function optionalOf(a, b) {
    if (a === false || b === false)
        return { optional: false };
    const known = a ?? b;
    return known === null || known === undefined ? {} : { optional: known };
}


/***/ }),

/***/ 20201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ parseAddedSince),
/* harmony export */   C2: () => (/* binding */ rangeMatcher),
/* harmony export */   SD: () => (/* binding */ MAX_WINDOW),
/* harmony export */   eH: () => (/* binding */ DEFAULT_LIMIT),
/* harmony export */   f7: () => (/* binding */ ADVISORY_NOT_IN_INDEX),
/* harmony export */   r: () => (/* binding */ resolveType),
/* harmony export */   tq: () => (/* binding */ MAX_LIMIT),
/* harmony export */   zJ: () => (/* binding */ buildSearchQuery)
/* harmony export */ });
/* unused harmony export NOT_WITH_ADVISORY */
/* harmony import */ var _model_whole_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7855);
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);



const DEFAULT_LIMIT = 50;
/** Elasticsearch pages at most 10,000 hits deep by default; keeping the same bound keeps both stores alike. */
const MAX_WINDOW = 10_000;
const MAX_LIMIT = 1_000;
/**
 * What both stores answer when `store.search` itself is given an advisory: the index holds no advisories; a search
 * by advisory reads the synced package metadata (metadata/search/advisory-search.ts), as `depindex search --advisory`
 * and the API's `advisory=` do.
 */
const ADVISORY_NOT_IN_INDEX = 'the index store cannot search by advisory: advisories are not in the index but in the synced package metadata (searchByAdvisory)';
/** The filters an advisory search leaves out: the advisory names the packages and their versions itself. */
const NOT_WITH_ADVISORY = ['name', 'version', 'range'];
/** Advisory ids and aliases are short (CVE-2021-44228, GHSA-jfh8-c2jp-5v3q, RUSTSEC-2021-0001, a PMDB UUID). */
const MAX_ADVISORY = 256;
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
    if (filters.advisory !== undefined) {
        // The first flag the message names is the one to blame (the API's `parameter`, serve/query-params.ts).
        const clash = NOT_WITH_ADVISORY.find((key) => filters[key] !== undefined);
        if (clash !== undefined)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--${clash} cannot be given with --advisory: --advisory names the packages and versions itself`);
        if (filters.advisory.trim() === '')
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('--advisory is empty');
        if (filters.advisory.length > MAX_ADVISORY)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`--advisory is longer than ${MAX_ADVISORY} characters; advisory ids are short`);
    }
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
    const limit = (0,_model_whole_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .o)('--limit', filters.limit, { fallback: DEFAULT_LIMIT, min: 1, max: MAX_LIMIT });
    if (!limit.ok)
        return limit;
    const offset = (0,_model_whole_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .o)('--offset', filters.offset, { fallback: 0, min: 0, max: MAX_WINDOW });
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
        ...(filters.advisory !== undefined && { advisory: filters.advisory.trim() }),
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


/***/ }),

/***/ 29550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ openReadOnly)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_sqlite__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80099);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46305);




/**
 * Opens an index for reading only. A WAL-mode file needs its -shm file even to be read, which a read-only folder
 * (a restored CI cache, a read-only mount) cannot hold: SQLite then answers "attempt to write a readonly
 * database". When no -wal file holds commits the main file lacks, the file is read as immutable instead (SQLite's
 * URI parameter for media nobody writes to); otherwise the reader is told why it cannot read it yet.
 */
function openReadOnly(path, timeout) {
    let db = null;
    try {
        db = new node_sqlite__WEBPACK_IMPORTED_MODULE_1__.DatabaseSync(path, { readOnly: true, timeout });
        db.prepare('SELECT count(*) FROM sqlite_schema').get();
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(db);
    }
    catch (e) {
        db?.close();
        const text = e.message;
        if (!/readonly|read-only|unable to open/i.test(text))
            throw e;
        if (walSize(path) > 0) {
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(`the index is in a folder depindex cannot write, and its -wal file holds changes not yet in the main file; ` +
                `let a depindex scan write to it once where it can be written, or copy the folder somewhere writable`);
        }
    }
    const url = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(path);
    url.searchParams.set('immutable', '1');
    const immutable = new node_sqlite__WEBPACK_IMPORTED_MODULE_1__.DatabaseSync(url, { readOnly: true, timeout });
    immutable.prepare('SELECT count(*) FROM sqlite_schema').get();
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(immutable);
}
function walSize(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`${path}-wal`).size;
    }
    catch {
        return 0;
    }
}


/***/ }),

/***/ 20529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ openSqliteStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/store/listing.js
var listing = __webpack_require__(65958);
;// CONCATENATED MODULE: ./build/store/sqlite/listing.js

const SET_COLUMNS = 'project, ref, file, package_manager, format, ref_type, default_branch, commit_sha, pipeline_url, scanned_at, counts';
function toSummary(r) {
    const counts = JSON.parse(String(r.counts));
    return {
        project: String(r.project),
        ref: String(r.ref),
        file: String(r.file),
        packageManager: r.package_manager === null ? null : String(r.package_manager),
        format: String(r.format),
        refType: r.ref_type === 'tag' ? 'tag' : 'branch',
        defaultBranch: Number(r.default_branch) === 1,
        commitSha: r.commit_sha === null ? null : String(r.commit_sha),
        pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
        scannedAt: String(r.scanned_at),
        dependencies: Number(counts.dependencies ?? 0),
    };
}
/**
 * The listing reads only the sets table (one row per dependency file), never the dependencies: dependency
 * counts were stored with each set when it was written.
 */
function createLister(db) {
    const scope = 'WHERE (? IS NULL OR project IN (SELECT project FROM project_namespaces WHERE namespace = ?))';
    const countProjects = db.prepare(`SELECT COUNT(DISTINCT project) AS n FROM sets ${scope}`);
    const pageProjects = db.prepare(`SELECT DISTINCT project FROM sets ${scope} ORDER BY project LIMIT ? OFFSET ?`);
    const setsOf = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project IN (SELECT value FROM json_each(?)) ORDER BY project, ref, file`);
    const setsAt = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project = ? AND ref = ? ORDER BY file`);
    return {
        listProjects(query) {
            const group = query.group ?? null;
            const total = Number(countProjects.get(group, group)?.n ?? 0);
            const names = pageProjects.all(group, group, query.limit, query.offset).map((r) => String(r.project));
            const byProject = new Map(names.map((n) => [n, []]));
            for (const row of setsOf.all(JSON.stringify(names))) {
                const summary = toSummary(row);
                byProject.get(summary.project)?.push(summary);
            }
            return { total, projects: names.map((n) => (0,listing/* summariseProject */.g)(n, byProject.get(n) ?? [])) };
        },
        listSets: (project, ref) => setsAt.all(project, ref).map(toSummary),
    };
}

// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
// EXTERNAL MODULE: ./build/model/finding-json.js
var finding_json = __webpack_require__(40706);
// EXTERNAL MODULE: ./build/store/keys.js
var store_keys = __webpack_require__(81928);
;// CONCATENATED MODULE: ./build/store/sqlite/findings.js



const ORDER = 'ORDER BY f.project, f.ref, f.severity_rank, f.kind, f.file, f.purl, f.id';
/** The findings table of the SQLite index: replace with memory per (project, ref), like the sets. */
function createFindingsTable(db, onRowWritten) {
    const existing = db.prepare('SELECT id, file, first_seen_at, first_commit_sha FROM findings WHERE project = ? AND ref = ?');
    const remove = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ? AND id = ?');
    const upsert = db.prepare(`INSERT INTO findings (project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (project, ref, id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, severity_rank = excluded.severity_rank,
       suppressed = excluded.suppressed, file = excluded.file, purl = excluded.purl, last_seen_at = excluded.last_seen_at, body = excluded.body`);
    const addNamespace = db.prepare('INSERT OR IGNORE INTO project_namespaces (namespace, project) VALUES (?, ?)');
    const loadAll = db.prepare(`SELECT f.* FROM findings f WHERE f.project = ? AND f.ref = ? ${ORDER}`);
    function apply(context, findings, onlyFiles) {
        const now = context.scannedAt.toISOString();
        // A partial scan replaces the findings of its own files only; those of files it did not read stay.
        const scoped = onlyFiles ? new Set(onlyFiles) : null;
        const before = new Map(existing.all(context.project, context.ref).map((r) => [String(r.id), r]));
        let added = 0;
        const kept = new Set();
        for (const f of findings) {
            if (kept.has(f.id))
                continue;
            kept.add(f.id);
            if (!before.has(f.id))
                added++;
            upsert.run(context.project, context.ref, f.id, f.kind, f.severity, finding/* SEVERITIES */.o.indexOf(f.severity), f.suppressed ? 1 : 0, f.file, f.purl, now, context.commitSha, now, (0,finding_json/* findingJson */.a)(f));
            onRowWritten?.();
        }
        let removed = 0;
        for (const [id, row] of before) {
            if (kept.has(id) || (scoped && !scoped.has(String(row.file))))
                continue;
            remove.run(context.project, context.ref, id);
            removed++;
        }
        for (const namespace of (0,store_keys/* projectNamespaces */.aD)(context.project))
            addNamespace.run(namespace, context.project);
        return { written: kept.size, added, removed };
    }
    function inTransaction(run) {
        db.exec('BEGIN IMMEDIATE');
        try {
            const done = run();
            db.exec('COMMIT');
            return done;
        }
        catch (e) {
            db.exec('ROLLBACK');
            throw e;
        }
    }
    return {
        apply,
        write: (context, findings, onlyFiles) => inTransaction(() => apply(context, findings, onlyFiles)),
        writeMany: (writes) => inTransaction(() => writes.map((w) => apply(w.context, w.findings, w.onlyFiles))),
        load: (project, ref) => loadAll.all(project, ref).map(toStored),
        search(q) {
            const clauses = [];
            const params = [];
            const add = (sql, ...values) => {
                clauses.push(sql);
                params.push(...values);
            };
            if (q.project !== undefined)
                add('f.project = ?', q.project);
            if (q.group !== undefined)
                add('f.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
            if (q.ref !== undefined)
                add('f.ref = ?', q.ref);
            if (q.defaultBranchOnly)
                add('EXISTS (SELECT 1 FROM sets s WHERE s.project = f.project AND s.ref = f.ref AND s.default_branch = 1)');
            if (q.kind !== undefined)
                add('f.kind = ?', q.kind);
            // A severity means that severity or worse, as fail-on does.
            if (q.severity !== undefined)
                add('f.severity_rank <= ?', finding/* SEVERITIES */.o.indexOf(q.severity));
            if (!q.includeSuppressed)
                add('f.suppressed = 0');
            const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
            const total = Number(db.prepare(`SELECT count(*) AS n FROM findings f ${where}`).get(...params)?.n ?? 0);
            const rows = db.prepare(`SELECT f.* FROM findings f ${where} ${ORDER} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset);
            return { total, hits: rows.map(toStored) };
        },
    };
}
function toStored(r) {
    const finding = JSON.parse(String(r.body));
    return {
        ...finding,
        project: String(r.project),
        ref: String(r.ref),
        firstSeenAt: String(r.first_seen_at),
        firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
        lastSeenAt: String(r.last_seen_at),
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/rows.js

const CONTENT_COLUMNS = [
    'type', 'namespace', 'name', 'name_key', 'short_key', 'version', 'development', 'introduced', 'licenses', 'license_keys',
    'checksums', 'source', 'optional',
];
const flag = (value) => (value === null ? null : value ? 1 : 0);
/** Keys sorted so the same checksums always give the same text, and an unchanged row compares equal. */
function sortedJson(record) {
    const sorted = {};
    for (const key of Object.keys(record).sort())
        sorted[key] = record[key] ?? '';
    return JSON.stringify(sorted);
}
function toColumns(d) {
    const keys = (0,store_keys/* licenseKeys */.w$)(d.licenses);
    return {
        purl: d.purl,
        type: d.type,
        namespace: d.namespace,
        name: d.name,
        name_key: (0,store_keys/* canonicalKey */.yk)(d.type, d.namespace, d.name),
        short_key: (0,store_keys/* shortKey */.qU)(d.type, d.namespace, d.name),
        version: d.version,
        development: flag(d.development),
        optional: flag(d.optional ?? null),
        introduced: flag(d.introduced),
        licenses: d.licenses === null ? null : JSON.stringify(d.licenses),
        license_keys: keys.length ? JSON.stringify(keys) : null,
        checksums: d.checksums === null ? null : sortedJson(d.checksums),
        source: d.source,
    };
}
const fromFlag = (value) => (value === null || value === undefined ? null : Number(value) === 1);
function fromJson(value) {
    return typeof value === 'string' ? JSON.parse(value) : null;
}

;// CONCATENATED MODULE: ./build/store/sqlite/load.js

/** Every set of a project at a ref, files and dependencies sorted, as the diff and checks read them. */
function createLoader(db) {
    const readSets = db.prepare('SELECT id, file, package_manager, format, commit_sha, scanned_at FROM sets WHERE project = ? AND ref = ? ORDER BY file');
    const readDependencies = db.prepare(`SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source, created_at, first_commit_sha
     FROM dependencies WHERE set_id = ? ORDER BY purl`);
    return (project, ref) => readSets.all(project, ref).map((s) => {
        const scannedAt = String(s.scanned_at);
        const dependencies = readDependencies.all(Number(s.id)).map((d) => ({
            purl: String(d.purl),
            type: String(d.type),
            namespace: d.namespace === null ? null : String(d.namespace),
            name: String(d.name),
            version: String(d.version),
            introduced: fromFlag(d.introduced),
            development: fromFlag(d.development),
            // Left out when unknown, as the scan leaves it out (graph/build.ts).
            ...(d.optional !== null && { optional: fromFlag(d.optional) }),
            licenses: fromJson(d.licenses),
            checksums: fromJson(d.checksums),
            source: d.source === null ? null : String(d.source),
            createdAt: String(d.created_at),
            firstCommitSha: d.first_commit_sha === null ? null : String(d.first_commit_sha),
            // Rows not seen in the set's last write were deleted by it, so every row was last seen then.
            lastSeenAt: scannedAt,
        }));
        return {
            project,
            ref,
            file: String(s.file),
            packageManager: s.package_manager === null ? null : String(s.package_manager),
            format: String(s.format),
            commitSha: s.commit_sha === null ? null : String(s.commit_sha),
            scannedAt,
            dependencies,
        };
    });
}

// EXTERNAL MODULE: ./build/graph/edge-codec.js
var edge_codec = __webpack_require__(63573);
;// CONCATENATED MODULE: ./build/store/sqlite/edges.js


/**
 * The migration that adds a set's edges (issue 15): one blob per set (graph/edge-codec.ts), about three bytes an
 * edge, where a row per edge would cost two row ids, a rowid and index entries (~30 bytes). The trigger keeps a
 * deleted set from leaving its edges behind, whichever code deletes it (foreign keys are not enforced here).
 * A set written before this migration has no row: it reads as a graph without edges until it is scanned again.
 */
const EDGES_MIGRATION = `
  CREATE TABLE set_edges (
    set_id INTEGER PRIMARY KEY REFERENCES sets (id) ON DELETE CASCADE,
    edges BLOB NOT NULL
  ) STRICT;
  CREATE TRIGGER set_edges_follow_sets AFTER DELETE ON sets BEGIN
    DELETE FROM set_edges WHERE set_id = old.id;
  END;
`;
/**
 * Stores a set's edges, inside the caller's write transaction (the set's own), so readers see a set and its
 * edges from the same write. Unchanged edges (a re-scan) are not written again.
 */
function createEdgeWriter(db) {
    const read = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
    const write = db.prepare('INSERT INTO set_edges (set_id, edges) VALUES (?, ?) ON CONFLICT (set_id) DO UPDATE SET edges = excluded.edges');
    return (setId, purls, graph) => {
        const bytes = (0,edge_codec/* encodeGraph */.jb)((0,edge_codec/* edgeOrder */.Ow)(purls), graph);
        const old = read.get(setId)?.edges;
        if (old instanceof Uint8Array && Buffer.compare(old, bytes) === 0)
            return;
        write.run(setId, bytes);
    };
}
/** Builds each set with its dependencies and decoded edges; the caller holds a read transaction. */
function createSetReader(db) {
    const rows = db.prepare('SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source FROM dependencies WHERE set_id = ? ORDER BY purl');
    // Arrays, not objects: a set of 500 dependencies is read in about two thirds of the time (bench/rescan.ts).
    rows.setReturnArrays(true);
    const edges = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
    return (project, ref, s) => {
        const byPurl = new Map();
        for (const d of rows.all(Number(s.id))) {
            const [purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source] = d;
            byPurl.set(String(purl), {
                purl: String(purl),
                type: String(type),
                namespace: namespace === null ? null : String(namespace),
                name: String(name),
                version: String(version),
                introduced: fromFlag(introduced),
                development: fromFlag(development),
                // Left out when unknown, as the scan leaves it out (graph/build.ts).
                ...(optional !== null && { optional: fromFlag(optional) }),
                licenses: fromJson(licenses),
                checksums: fromJson(checksums),
                source: source === null ? null : String(source),
            });
        }
        // SQLite sorts by UTF-8 bytes; the edges are numbered in code-unit order (edge-codec.ts).
        const purls = (0,edge_codec/* edgeOrder */.Ow)(byPurl.keys());
        const blob = edges.get(Number(s.id))?.edges;
        const decoded = blob instanceof Uint8Array ? (0,edge_codec/* decodeGraph */.bX)(blob, purls) : { edges: new Map() };
        if (typeof decoded === 'string')
            throw new Error(`the stored edges of ${String(s.file)} of ${project} at ${ref} are damaged (${decoded}); scan the ref again`);
        return {
            file: String(s.file),
            packageManager: s.package_manager === null ? null : String(s.package_manager),
            format: String(s.format),
            dependencies: purls.map((p) => byPurl.get(p)),
            graph: decoded,
        };
    };
}
/** Sets of a project at a ref (one file when given) with their graphs; the caller holds a read transaction. */
function createGraphLoader(db) {
    const sets = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? ORDER BY file');
    const oneSet = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const read = createSetReader(db);
    return (project, ref, file) => {
        const found = file === undefined ? sets.all(project, ref) : oneSet.all(project, ref, file);
        return found.map((s) => read(project, ref, s));
    };
}
/** One set with its graph and scan time (Store.loadSet); the caller holds a read transaction. */
function createSetWithGraphLoader(db) {
    const oneSet = db.prepare('SELECT id, file, package_manager, format, scanned_at FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const read = createSetReader(db);
    return (project, ref, file) => {
        const s = oneSet.get(project, ref, file);
        return s ? { ...read(project, ref, s), scannedAt: String(s.scanned_at) } : null;
    };
}

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/store/sqlite/prune.js

/**
 * `depindex prune` on the SQLite index: the refs the request names, chosen and removed in one write
 * transaction, so a scan of the same ref running meanwhile lands wholly before (and is removed) or wholly after.
 */
function createPruner(db) {
    const deleteRows = db.prepare('DELETE FROM dependencies WHERE set_id IN (SELECT id FROM sets WHERE project = ? AND ref = ?)');
    const deleteSets = db.prepare('DELETE FROM sets WHERE project = ? AND ref = ?');
    const deleteFindings = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ?');
    // A project with nothing left leaves the group lookup too, so `--group` stops naming it.
    const deleteNamespaces = db.prepare(`DELETE FROM project_namespaces WHERE project = ?
       AND NOT EXISTS (SELECT 1 FROM sets WHERE project = ?) AND NOT EXISTS (SELECT 1 FROM findings WHERE project = ?)`);
    function choose(request) {
        const where = [];
        const params = [];
        if (request.project !== undefined) {
            where.push('project = ?');
            params.push(request.project);
        }
        if (request.ref !== undefined) {
            where.push('ref = ?');
            params.push(request.ref);
        }
        const having = [];
        if (request.olderThan) {
            const cutoff = request.olderThan.toISOString();
            // Candidates through the scanned_at index (schema 3), so an instance-wide prune does not group every set.
            where.push('(project, ref) IN (SELECT project, ref FROM sets WHERE scanned_at < ?)');
            params.push(cutoff);
            having.push('MAX(scanned_at) < ?');
            params.push(cutoff);
        }
        if (request.keepDefaultBranch)
            having.push('MAX(default_branch) = 0');
        if (request.keepTags)
            having.push("MAX(ref_type) <> 'tag'");
        const rows = db
            .prepare(`SELECT project, ref, MAX(ref_type) AS ref_type, MAX(default_branch) AS default_branch, MAX(scanned_at) AS last,
                json_group_array(file) AS files
           FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          GROUP BY project, ref ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
          ORDER BY project, ref`)
            .all(...params);
        return rows.map((r) => ({
            project: String(r.project),
            ref: String(r.ref),
            refType: r.ref_type === 'tag' ? 'tag' : 'branch',
            defaultBranch: Number(r.default_branch) === 1,
            lastScannedAt: String(r.last),
            files: JSON.parse(String(r.files)).sort(compare_strings/* compareStrings */.K),
        }));
    }
    return (request) => {
        db.exec('BEGIN IMMEDIATE');
        try {
            const refs = choose(request);
            if (!request.dryRun) {
                for (const { project, ref } of refs) {
                    deleteRows.run(project, ref);
                    deleteSets.run(project, ref);
                    deleteFindings.run(project, ref);
                }
                for (const project of new Set(refs.map((r) => r.project)))
                    deleteNamespaces.run(project, project, project);
            }
            db.exec('COMMIT');
            return refs;
        }
        catch (e) {
            try {
                db.exec('ROLLBACK');
            }
            catch {
                // Already rolled back by SQLite; the original error is the one to report.
            }
            throw e;
        }
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/schema.js



/** Marks a file as a depindex index, so a foreign SQLite file is told apart from an empty one. "dpix". */
const APPLICATION_ID = 0x64706978;
/**
 * The findings table's columns as migration 2 wrote them, shared with 7, which rebuilt the table with the same ones.
 * Part of both migrations' text, so never edited: a new column is a new migration.
 */
const FINDINGS_COLUMNS = `
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
    file TEXT NOT NULL,
    purl TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    first_commit_sha TEXT,
    last_seen_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (project, ref, id)
  `;
/**
 * 3: whether a dependency is installed only as an optional one (issue 18), its own column beside development
 * rather than folded into it. Rows written before stay NULL (unknown) until their set is scanned again.
 */
const ADD_OPTIONAL = 'ALTER TABLE dependencies ADD COLUMN optional INTEGER CHECK (optional IN (0, 1));';
const MIGRATIONS = [
    `
  CREATE TABLE sets (
    id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    namespaces TEXT NOT NULL,
    ref_type TEXT NOT NULL CHECK (ref_type IN ('branch', 'tag')),
    default_branch INTEGER NOT NULL CHECK (default_branch IN (0, 1)),
    package_manager TEXT,
    format TEXT NOT NULL,
    commit_sha TEXT,
    pipeline_url TEXT,
    scanned_at TEXT NOT NULL,
    counts TEXT NOT NULL,
    UNIQUE (project, ref, file)
  ) STRICT;
  CREATE INDEX sets_by_ref ON sets (ref, project);

  CREATE TABLE project_namespaces (
    namespace TEXT NOT NULL,
    project TEXT NOT NULL,
    PRIMARY KEY (namespace, project)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE dependencies (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    purl TEXT NOT NULL,
    type TEXT NOT NULL,
    namespace TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    version TEXT NOT NULL,
    development INTEGER CHECK (development IN (0, 1)),
    introduced INTEGER CHECK (introduced IN (0, 1)),
    licenses TEXT,
    license_keys TEXT,
    checksums TEXT,
    source TEXT,
    created_at TEXT NOT NULL,
    first_commit_sha TEXT,
    UNIQUE (set_id, purl)
  ) STRICT;
  CREATE INDEX dependencies_by_name ON dependencies (name_key, type, version);
  CREATE INDEX dependencies_by_created ON dependencies (created_at);
  `,
    // 2: findings of the checks, per project and ref; `body` is the finding as JSON, the columns what is filtered on.
    `
  CREATE TABLE findings (${FINDINGS_COLUMNS}) STRICT, WITHOUT ROWID;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
    ADD_OPTIONAL,
    // 4: each set's dependency edges, one compact blob per set (edges.ts, issue 15).
    EDGES_MIGRATION,
    // 5 (lifecycle, issue #15): `depindex prune --older-than` finds the refs not scanned since a time without
    // grouping every set of the instance.
    `
  CREATE INDEX sets_by_scanned_at ON sets (scanned_at);
  `,
    // 6 (issue #15, search): a name without its namespace finds a Maven or generic dependency (keys.ts shortKey);
    // generic ones were not indexed before. The partial index holds only those rows, so others pay nothing for it.
    `
  ALTER TABLE dependencies ADD COLUMN short_key TEXT;
  UPDATE dependencies SET short_key = substr(name_key, instr(name_key, ':') + 1) WHERE type = 'maven' AND instr(name_key, ':') > 0;
  CREATE INDEX dependencies_by_short_name ON dependencies (short_key) WHERE short_key IS NOT NULL;
  `,
    // 7 (issue #14): findings in a rowid table. WITHOUT ROWID keeps each row in its key's B-tree, which SQLite
    // advises against for rows over a twentieth of a page (sqlite.org/withoutrowid.html): a finding's JSON body is
    // about 700 bytes, and writing 3,025 of them took twice as long (77 ms against 35 ms, bench/metadata.ts's scan).
    `
  CREATE TABLE findings_rowid (${FINDINGS_COLUMNS}) STRICT;
  INSERT INTO findings_rowid SELECT project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body FROM findings;
  DROP TABLE findings;
  ALTER TABLE findings_rowid RENAME TO findings;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
];
const SCHEMA_VERSION = MIGRATIONS.length;
function pragmaNumber(db, name) {
    const row = db.prepare(`PRAGMA ${name}`).get();
    return Number(row?.[name] ?? 0);
}
function userTables(db) {
    const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all();
    return rows.map((r) => String(r.name));
}
/**
 * Checks the file is a depindex index (or empty), refuses one from a newer depindex, and migrates an older one
 * forward in one transaction. `place` names the file in messages.
 */
function prepareSchema(db, place, cacheKiB) {
    let applicationId;
    try {
        applicationId = pragmaNumber(db, 'application_id');
    }
    catch (e) {
        const text = e.message;
        if (/readonly|read-only/i.test(text))
            return (0,result/* err */._)(`${place} cannot be opened for writing (${text}); ${READ_ONLY_ADVICE}`);
        const advice = /malformed|not a database/i.test(text) ? 'give another path, or move the damaged file away' : 'check its permissions, or give another path';
        return (0,result/* err */._)(`${place} is not a usable SQLite database (${text}); ${advice}`);
    }
    const tables = userTables(db);
    if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables.length > 0)) {
        const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
        return (0,result/* err */._)(`${place} is a SQLite database of another application (${tables.length ? `tables: ${shown}` : `application id ${applicationId}`}), not a depindex index; give another path`);
    }
    const found = pragmaNumber(db, 'user_version');
    if (found > SCHEMA_VERSION) {
        return (0,result/* err */._)(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
    }
    if (found === SCHEMA_VERSION) {
        const layout = checkLayout(db, place);
        if (!layout.ok)
            return layout;
    }
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; only a power loss can drop the last transactions.
    db.exec('PRAGMA synchronous = NORMAL');
    // The default 2 MB page cache makes inserts into the name index read pages back from the OS once the index
    // outgrows it; 64 MB took about 15% off the CPU time of filling 600,000 rows.
    db.exec(`PRAGMA cache_size = ${-Math.max(64, Math.floor(cacheKiB))}`);
    // Each checkpoint syncs the file; at the default 1,000 pages a large scan spends most of its time waiting on
    // them. 10,000 pages (40 MB) cut filling the bench index from 17.6 s to 6.4 s per 200,000 rows; the size limit
    // gives the space back after a checkpoint.
    db.exec('PRAGMA wal_autocheckpoint = 10000');
    db.exec('PRAGMA journal_size_limit = 67108864');
    if (found === SCHEMA_VERSION)
        return (0,result.ok)(undefined);
    db.exec('BEGIN IMMEDIATE');
    try {
        // Another process may have migrated while this one waited for the lock.
        const version = pragmaNumber(db, 'user_version');
        for (let v = version; v < SCHEMA_VERSION; v++) {
            const migration = MIGRATIONS[v] ?? '';
            if (typeof migration === 'string')
                db.exec(migration);
            else
                migration(db);
        }
        db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
        db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
        db.exec('COMMIT');
    }
    catch (e) {
        db.exec('ROLLBACK');
        return (0,result/* err */._)(`cannot prepare the index in ${place}: ${e.message}`);
    }
    return (0,result.ok)(undefined);
}
/** A read-only index is healthy: the advice is about permissions, never to move it away. */
const READ_ONLY_ADVICE = 'the index file or its folder cannot be written here: make them writable, or give --store another path (depindex search needs no write access)';
/** What to do with an index whose layout is not this depindex's: never lose it silently, say how to start over. */
const REBUILD = 'give --store a new path (the next scan of each ref fills it), or move this file away to rebuild it in place';
let expectedLayout = null;
/** Tables and their columns as the migrations make them, read from a throw-away in-memory database once. */
function layoutOf(db) {
    const layout = new Map();
    for (const table of userTables(db)) {
        layout.set(table, db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table).map((r) => String(r.name)));
    }
    return layout;
}
function expected() {
    if (expectedLayout)
        return expectedLayout;
    const memory = new external_node_sqlite_.DatabaseSync(':memory:');
    try {
        for (const migration of MIGRATIONS) {
            if (typeof migration === 'string')
                memory.exec(migration);
            else
                migration(memory);
        }
        expectedLayout = layoutOf(memory);
    }
    finally {
        memory.close();
    }
    return expectedLayout;
}
/**
 * A file that claims the current schema but lacks a table or column (edited by hand, or written by a build that
 * never shipped) is refused with what is missing, before any statement is prepared against it.
 */
function checkLayout(db, place) {
    const found = layoutOf(db);
    const missing = [];
    for (const [table, columns] of expected()) {
        const have = found.get(table);
        if (!have)
            missing.push(`table ${table}`);
        else
            for (const column of columns)
                if (!have.includes(column))
                    missing.push(`column ${table}.${column}`);
    }
    if (missing.length === 0)
        return (0,result.ok)(undefined);
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
    return (0,result/* err */._)(`${place} is a depindex index without ${shown}; ${REBUILD}`);
}
/** For a read-only reader: the same checks as prepareSchema, without writing (no pragmas set, no migration). */
function checkSchemaReadOnly(db, place) {
    const applicationId = pragmaNumber(db, 'application_id');
    if (applicationId !== APPLICATION_ID) {
        return (0,result/* err */._)(`${place} is not a depindex index (application id ${applicationId}); give another path`);
    }
    const found = pragmaNumber(db, 'user_version');
    if (found > SCHEMA_VERSION) {
        return (0,result/* err */._)(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
    }
    if (found < SCHEMA_VERSION) {
        return (0,result/* err */._)(`${place} has index schema ${found}, older than this depindex reads (${SCHEMA_VERSION}); a depindex scan with write access upgrades it`);
    }
    return checkLayout(db, place);
}

// EXTERNAL MODULE: ./build/store/sqlite/read-only.js
var read_only = __webpack_require__(29550);
// EXTERNAL MODULE: ./build/store/file-filter.js
var file_filter = __webpack_require__(47773);
// EXTERNAL MODULE: ./build/store/search-query.js
var search_query = __webpack_require__(20201);
;// CONCATENATED MODULE: ./build/store/sqlite/search.js





const FROM = 'FROM dependencies d JOIN sets s ON s.id = d.set_id';
/** Project, group, ref and default-branch scope, as SQL on `s` (sets). */
function scope(q, add) {
    if (q.project !== undefined)
        add('s.project = ?', q.project);
    if (q.group !== undefined)
        add('s.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
    if (q.ref !== undefined)
        add('s.ref = ?', q.ref);
    if (q.defaultBranchOnly)
        add('s.default_branch = 1');
}
/**
 * The filters of a query except a version range, as SQL on `d` (dependencies) and `s` (sets); `files` are the
 * stored paths a `--file` stands for (file-filter.ts), resolved before.
 */
function filters(q, files) {
    const clauses = [];
    const params = [];
    const add = (sql, ...values) => {
        clauses.push(sql);
        params.push(...values);
    };
    if (q.name !== undefined) {
        const keys = (0,store_keys/* nameKeys */.u3)(q.name, q.type);
        const marks = keys.map(() => '?').join(', ');
        // Two indexed lookups that SQLite ORs together: the full canonical name, or a Maven artifact id alone.
        if ((0,store_keys/* mayBeArtifactId */.iu)(q.type))
            add(`(d.name_key IN (${marks}) OR d.short_key IN (${marks}))`, ...keys, ...keys);
        else
            add(`d.name_key IN (${marks})`, ...keys);
    }
    if (q.type !== undefined)
        add('d.type = ?', q.type);
    if (q.version !== undefined)
        add('d.version = ?', q.version);
    if (q.license !== undefined)
        add('EXISTS (SELECT 1 FROM json_each(d.license_keys) WHERE value = ?)', (0,store_keys/* licenseKey */.zO)(q.license));
    if (q.addedSince !== undefined)
        add('d.created_at >= ?', q.addedSince.toISOString());
    // Unknown (null) is kept: excluding development means excluding what is known to be development.
    if (q.excludeDevelopment)
        add('d.development IS NOT 1');
    scope(q, add);
    if (files !== null)
        add('s.file IN (SELECT value FROM json_each(?))', JSON.stringify(files));
    return { sql: clauses.length ? 'WHERE ' + clauses.join(' AND ') : '', params };
}
function and(where, sql, ...values) {
    return { sql: where.sql ? `${where.sql} AND ${sql}` : `WHERE ${sql}`, params: [...where.params, ...values] };
}
function toHit(r) {
    return {
        project: String(r.project),
        ref: String(r.ref),
        file: String(r.file),
        purl: String(r.purl),
        type: String(r.type),
        name: String(r.name),
        canonicalName: String(r.name_key),
        version: String(r.version),
        licenses: fromJson(r.licenses),
        development: fromFlag(r.development),
        introduced: fromFlag(r.introduced),
        createdAt: String(r.created_at),
        firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
        commit: r.commit_sha === null ? null : String(r.commit_sha),
        pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
        scannedAt: String(r.scanned_at),
    };
}
/**
 * Search (DESIGN.md 6): exact filters in SQL; a version range is evaluated in JS once per distinct version the
 * other filters leave, and the matching versions become one more filter, so totals and paging stay exact.
 * Sorted by project, ref, file, name, version (version as text: SQL cannot sort by ecosystem order).
 */
function createSearcher(db) {
    const statements = new Map();
    const statement = (sql) => {
        let s = statements.get(sql);
        if (!s)
            statements.set(sql, (s = db.prepare(sql)));
        return s;
    };
    return (query) => {
        if (query.advisory !== undefined)
            return (0,result/* err */._)(search_query/* ADVISORY_NOT_IN_INDEX */.f7);
        let files = null;
        if (query.file !== undefined) {
            const filter = (0,file_filter/* fileFilter */.Lt)(query.file);
            if (filter.kind === 'exact')
                files = filter.files;
            else {
                // A glob is matched in JS against the files in scope (sets are few: one per dependency file), so both
                // stores match with the same matcher; no file in scope matching is an empty answer, not an error.
                const clauses = [];
                const params = [];
                scope(query, (sql, ...values) => {
                    clauses.push(sql);
                    params.push(...values);
                });
                const sql = `SELECT DISTINCT s.file FROM sets s ${clauses.length ? 'WHERE ' + clauses.join(' AND ') : ''}`;
                files = statement(sql).all(...params).map((r) => String(r.file)).filter(filter.matches);
            }
        }
        let where = filters(query, files);
        if (query.versionRange !== undefined) {
            if (query.type === undefined)
                return (0,result/* err */._)('a version range needs a purl type: ranges mean something only in one ecosystem');
            const matcher = (0,search_query/* rangeMatcher */.C2)(query.type, query.versionRange);
            if (!matcher.ok)
                return matcher;
            const versions = statement(`SELECT DISTINCT d.version ${FROM} ${where.sql}`).all(...where.params).map((r) => String(r.version));
            where = and(where, 'd.version IN (SELECT value FROM json_each(?))', JSON.stringify(versions.filter(matcher.value)));
        }
        const byProject = statement(`SELECT s.project AS project, COUNT(*) AS count ${FROM} ${where.sql} GROUP BY s.project ORDER BY count DESC, project`)
            .all(...where.params)
            .map((r) => ({ project: String(r.project), count: Number(r.count) }));
        const total = byProject.reduce((n, p) => n + p.count, 0);
        const hits = statement(`SELECT s.project, s.ref, s.file, d.purl, d.type, d.name, d.name_key, d.version, d.licenses, d.development,
              d.introduced, d.created_at, d.first_commit_sha, s.commit_sha, s.pipeline_url, s.scanned_at
       ${FROM} ${where.sql}
       ORDER BY s.project, s.ref, s.file, d.name_key, d.version, d.purl LIMIT ? OFFSET ?`)
            .all(...where.params, query.limit, query.offset)
            .map(toHit);
        return (0,result.ok)({ total, hits, byProject });
    };
}

// EXTERNAL MODULE: ./build/store/scan-input.js
var scan_input = __webpack_require__(97568);
;// CONCATENATED MODULE: ./build/store/sqlite/write.js




function counts(dependencies) {
    let development = 0;
    let introduced = 0;
    for (const d of dependencies) {
        if (d.development === 1)
            development++;
        if (d.introduced === 1)
            introduced++;
    }
    return JSON.stringify({ dependencies: dependencies.length, development, introduced });
}
/**
 * Replace with memory (DESIGN.md 6), by diffing in JS: the set's rows are read once, then only new rows are
 * inserted, changed ones updated and gone ones deleted. An unchanged re-scan writes no dependency row at all.
 * Measured against `INSERT ... ON CONFLICT DO UPDATE` plus deleting rows whose write marker is old, on a
 * 50,000-row scan: first write 800-880 ms against 1,050-1,140 ms, unchanged again 440-680 ms against 710-960 ms.
 */
function createWriter(db, onRowWritten) {
    const setColumns = 'namespaces, ref_type, default_branch, package_manager, format, commit_sha, pipeline_url, scanned_at, counts';
    const findSet = db.prepare('SELECT id FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const insertSet = db.prepare(`INSERT INTO sets (project, ref, file, ${setColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
    const updateSet = db.prepare(`UPDATE sets SET (${setColumns}) = (?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`);
    const addNamespace = db.prepare('INSERT OR IGNORE INTO project_namespaces (namespace, project) VALUES (?, ?)');
    // The ref's type and flag hold for all its sets, also those this scan does not list; and a project has one
    // default branch, so learning that this ref is it clears the flag on the others.
    const markRef = db.prepare('UPDATE sets SET ref_type = ?, default_branch = ? WHERE project = ? AND ref = ?');
    const unmarkOthers = db.prepare('UPDATE sets SET default_branch = 0 WHERE project = ? AND ref <> ? AND default_branch = 1');
    const readRows = db.prepare(`SELECT id, purl, ${CONTENT_COLUMNS.join(', ')} FROM dependencies WHERE set_id = ?`);
    readRows.setReturnArrays(true);
    const insertRow = db.prepare(`INSERT INTO dependencies (set_id, purl, ${CONTENT_COLUMNS.join(', ')}, created_at, first_commit_sha)
     VALUES (?, ?, ${CONTENT_COLUMNS.map(() => '?').join(', ')}, ?, ?)`);
    const updateRow = db.prepare(`UPDATE dependencies SET (${CONTENT_COLUMNS.join(', ')}) = (${CONTENT_COLUMNS.map(() => '?').join(', ')}) WHERE id = ?`);
    const deleteRow = db.prepare('DELETE FROM dependencies WHERE id = ?');
    const writeEdges = createEdgeWriter(db);
    const refSets = db.prepare('SELECT id, file FROM sets WHERE project = ? AND ref = ?');
    // Foreign keys are not enforced (no PRAGMA foreign_keys), so a set's rows are deleted explicitly.
    const deleteSetRows = db.prepare('DELETE FROM dependencies WHERE set_id = ?');
    const deleteSet = db.prepare('DELETE FROM sets WHERE id = ?');
    let rowsWritten = 0;
    const wrote = () => {
        rowsWritten++;
        onRowWritten?.(rowsWritten);
    };
    function writeSet(context, set) {
        const columns = (0,scan_input/* mergeByPurl */.h)(set.dependencies).map(toColumns);
        const meta = [
            JSON.stringify((0,store_keys/* projectNamespaces */.aD)(context.project)),
            context.refType,
            context.defaultBranch ? 1 : 0,
            set.packageManager,
            set.format,
            context.commitSha,
            context.pipelineUrl,
            context.scannedAt.toISOString(),
            counts(columns),
        ];
        const found = findSet.get(context.project, context.ref, set.file);
        let setId;
        if (found) {
            setId = Number(found.id);
            updateSet.run(...meta, setId);
        }
        else {
            setId = Number(insertSet.get(context.project, context.ref, set.file, ...meta)?.id);
        }
        // Before the rows, in the same transaction: a write killed anywhere in between leaves the previous set and
        // its edges (the kill test stops it among the rows).
        writeEdges(setId, columns.map((c) => c.purl), set.graph);
        const stored = new Map();
        if (found)
            for (const row of readRows.all(setId))
                stored.set(row[1], row);
        const now = context.scannedAt.toISOString();
        let added = 0;
        let kept = 0;
        for (const c of columns) {
            const values = CONTENT_COLUMNS.map((k) => c[k]);
            const old = stored.get(c.purl);
            if (!old) {
                insertRow.run(setId, c.purl, ...values, now, context.commitSha);
                added++;
                wrote();
                continue;
            }
            stored.delete(c.purl);
            kept++;
            if (values.some((value, i) => old[i + 2] !== value)) {
                updateRow.run(...values, old[0]);
                wrote();
            }
        }
        for (const gone of stored.values()) {
            deleteRow.run(gone[0]);
            wrote();
        }
        return { added, kept, removed: stored.size };
    }
    /**
     * A complete scan's retirement: the ref's sets whose file this scan does not list. Inside the scan's own
     * transaction, so a reader (or a killed writer) sees the old sets or the new ones, never a half-retired ref.
     */
    function retireOthers(context, sets) {
        const written = new Set(sets.map((s) => s.file));
        const retired = [];
        for (const row of refSets.all(context.project, context.ref)) {
            const file = String(row.file);
            if (written.has(file))
                continue;
            deleteSetRows.run(Number(row.id));
            deleteSet.run(Number(row.id));
            retired.push(file);
            wrote();
        }
        return retired.sort();
    }
    /** One scan's changes, inside a transaction the caller holds. */
    function applyScan(context, sets, options = {}) {
        const summary = { sets: sets.length, added: 0, kept: 0, removed: 0 };
        for (const namespace of (0,store_keys/* projectNamespaces */.aD)(context.project))
            addNamespace.run(namespace, context.project);
        markRef.run(context.refType, context.defaultBranch ? 1 : 0, context.project, context.ref);
        if (context.defaultBranch)
            unmarkOthers.run(context.project, context.ref);
        for (const set of sets) {
            const one = writeSet(context, set);
            summary.added += one.added;
            summary.kept += one.kept;
            summary.removed += one.removed;
        }
        if (options.complete)
            summary.retired = retireOthers(context, sets);
        return summary;
    }
    function inWriteTransaction(write) {
        rowsWritten = 0;
        db.exec('BEGIN IMMEDIATE');
        try {
            const value = write();
            db.exec('COMMIT');
            return value;
        }
        catch (e) {
            rollBack();
            throw e;
        }
    }
    async function writeScan(context, sets, options, also) {
        rowsWritten = 0;
        db.exec('BEGIN IMMEDIATE');
        try {
            const summary = applyScan(context, sets, options);
            let value = summary;
            if (also) {
                const more = also();
                // Awaited only when it is a promise: a plain value is applied without a turn of the event loop.
                value = { ...summary, also: more instanceof Promise ? (await more) : more };
            }
            db.exec('COMMIT');
            return value;
        }
        catch (e) {
            rollBack();
            throw e;
        }
    }
    function rollBack() {
        try {
            db.exec('ROLLBACK');
        }
        catch {
            // SQLite already rolled back (it does on some errors); the original error is the one to report.
        }
    }
    return {
        rowWritten: wrote,
        writeScan,
        writeScans: (scans) => inWriteTransaction(() => scans.map(({ context, sets, options }) => applyScan(context, sets, options))),
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/store.js














function message(e) {
    const text = e instanceof Error ? e.message : String(e);
    // SQLITE_CORRUPT and SQLITE_NOTADB: nothing depindex can repair; say what the reader can do. A read-only file
    // is healthy: the advice is about permissions, never to move it away.
    if (/malformed|not a database/i.test(text))
        return `${text}; the index file is damaged: move it away and scan again to rebuild it`;
    if (/readonly|read-only/i.test(text))
        return `${text}; ${READ_ONLY_ADVICE}`;
    return text;
}
/**
 * Reads run inside one read transaction, so the counts and the page of a search, or the sets of a load, come
 * from one committed state even while another process writes (WAL lets readers and one writer overlap).
 */
function inReadTransaction(db, read) {
    db.exec('BEGIN');
    try {
        return read();
    }
    finally {
        db.exec('COMMIT');
    }
}
/** Opens (creating when absent, with its folder) the SQLite index at `path`; `:memory:` for a throw-away one. */
function openSqliteStore(path, options = {}) {
    const location = `sqlite:${path}`;
    const readOnly = options.readOnly === true && path !== ':memory:';
    let db;
    try {
        if (readOnly) {
            const opened = (0,read_only/* openReadOnly */.X)(path, options.busyTimeoutMs ?? 15_000);
            if (!opened.ok)
                return (0,result/* err */._)(`cannot open ${location}: ${opened.error}`);
            db = opened.value;
        }
        else {
            if (path !== ':memory:')
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            db = new external_node_sqlite_.DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
        }
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open ${location}: ${message(e)}`);
    }
    let prepared;
    try {
        prepared = readOnly ? checkSchemaReadOnly(db, path) : prepareSchema(db, path, options.cacheKiB ?? 65_536);
    }
    catch (e) {
        const upgrade = options.readOnly ? ' (opened read-only: an index from an older depindex is upgraded by the next scan)' : '';
        prepared = (0,result/* err */._)(`cannot open ${location}: ${message(e)}${upgrade}`);
    }
    // A table or column missing (a foreign or older file): said here, as a Result, so the scan still writes its
    // files and exits 3, instead of a statement below failing to prepare.
    let parts = null;
    if (prepared.ok) {
        try {
            const writer = createWriter(db, options.onRowWritten);
            parts = {
                writer,
                load: createLoader(db),
                graphs: createGraphLoader(db),
                oneSet: createSetWithGraphLoader(db),
                search: createSearcher(db),
                lister: createLister(db),
                refs: db.prepare('SELECT DISTINCT ref FROM sets WHERE project = ? ORDER BY ref'),
                findings: createFindingsTable(db, writer.rowWritten),
                prune: createPruner(db),
            };
        }
        catch (e) {
            prepared = (0,result/* err */._)(`cannot open ${location}: the index does not have the layout this depindex writes (${message(e)}); ${REBUILD}`);
        }
    }
    if (!prepared.ok || parts === null) {
        db.close();
        return prepared.ok ? (0,result/* err */._)(`cannot open ${location}`) : prepared;
    }
    const { writer, load, graphs, oneSet, search, lister, refs, findings, prune } = parts;
    let open = true;
    const guarded = async (what, run) => guardedAsync(what, async () => run());
    const guardedAsync = async (what, run) => {
        if (!open)
            return (0,result/* err */._)(`${location} is closed`);
        try {
            return await run();
        }
        catch (e) {
            return (0,result/* err */._)(`${what} in ${location} failed: ${message(e)}`);
        }
    };
    return (0,result.ok)({
        location,
        writeScan: (context, sets, writeOptions = {}) => guardedAsync('writing the scan', async () => {
            if (readOnly)
                return (0,result/* err */._)(`${location} was opened read-only`);
            const checked = (0,scan_input/* checkScan */.W)(context, sets);
            if (!checked.ok)
                return checked;
            // The findings in the sets' transaction: a crash or a reader sees both old or both new. A partial write
            // replaces those of its own files only. Findings still being matched are waited for after the sets.
            const list = writeOptions.findings;
            const onlyFiles = writeOptions.complete ? undefined : sets.map((s) => s.file);
            const apply = (given) => findings.apply(context, given, onlyFiles);
            // A plain list is applied without a turn of the event loop inside the transaction.
            const also = list === undefined ? undefined : list instanceof Promise ? async () => apply(await list) : () => apply(list);
            const { also: written, ...summary } = await writer.writeScan(context, sets, writeOptions, also);
            return (0,result.ok)(written ? { ...summary, findings: written } : summary);
        }),
        prune: (request) => guarded('pruning', () => (readOnly ? (0,result/* err */._)(`${location} was opened read-only`) : (0,result.ok)(prune(request)))),
        writeScans: (scans) => guarded(`writing ${scans.length} scans`, () => {
            if (readOnly)
                return (0,result/* err */._)(`${location} was opened read-only`);
            for (const { context, sets } of scans) {
                const checked = (0,scan_input/* checkScan */.W)(context, sets);
                if (!checked.ok)
                    return checked;
            }
            return (0,result.ok)(writer.writeScans(scans));
        }),
        loadSets: (project, ref) => guarded('loading sets', () => (0,result.ok)(inReadTransaction(db, () => load(project, ref)))),
        loadGraphs: (project, ref, file) => guarded('loading graphs', () => (0,result.ok)(inReadTransaction(db, () => graphs(project, ref, file)))),
        loadSet: (project, ref, file) => guarded('loading a set', () => (0,result.ok)(inReadTransaction(db, () => oneSet(project, ref, file)))),
        writeFindings: (context, list, onlyFiles) => guarded('writing findings', () => (0,result.ok)(findings.write(context, list, onlyFiles))),
        writeFindingsBatch: (writes) => guarded(`writing the findings of ${writes.length} refs`, () => (0,result.ok)(writes.length === 0 ? [] : findings.writeMany(writes))),
        loadFindings: (project, ref) => guarded('loading findings', () => (0,result.ok)(inReadTransaction(db, () => findings.load(project, ref)))),
        searchFindings: (query) => guarded('searching findings', () => (0,result.ok)(inReadTransaction(db, () => findings.search(query)))),
        listRefs: (project) => guarded('listing refs', () => (0,result.ok)(refs.all(project).map((r) => String(r.ref)))),
        search: (query) => guarded('searching', () => inReadTransaction(db, () => search(query))),
        listProjects: (query) => guarded('listing projects', () => (0,result.ok)(inReadTransaction(db, () => lister.listProjects(query)))),
        listSets: (project, ref) => guarded('listing sets', () => (0,result.ok)(lister.listSets(project, ref))),
        close: async () => {
            if (!open)
                return;
            open = false;
            try {
                // Keeps the planner's statistics current for the searches, cheaply (sqlite.org/lang_analyze.html). It may
                // need the write lock: a reader closing while another process writes skips it rather than wait.
                if (!readOnly) {
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
    });
}


/***/ })

};
