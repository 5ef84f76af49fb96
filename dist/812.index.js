export const id = 812;
export const ids = [812];
export const modules = {

/***/ 63812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony export keyName */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57096);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93017);




// Compiled once, on first use: `useDefaults` makes the schema the one place the defaults are written.
// validateSchema off: checking our own constant schema against the JSON Schema meta-schema compiled the
// meta-schema first, half of the compile and a tenth of a fresh `depindex scan`; a test checks it instead.
let compiled = null;
function validator() {
    compiled ??= new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, validateSchema: false }).compile(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Q);
    return compiled;
}
/** Pure: the text of a config file to the effective configuration or the list of errors. */
function parseConfig(text, path) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => (offset === undefined ? path : `${path}:${lines.linePos(offset).line}`);
    if (doc.errors.length > 0) {
        return { config: null, errors: doc.errors.map((e) => `config: ${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
    }
    const value = doc.toJS() ?? {};
    const validate = validator();
    if (!validate(value)) {
        return { config: null, errors: (validate.errors ?? []).map((e) => `config: ${describe(e, doc, at)}`) };
    }
    const config = value;
    const problems = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .checkConfigValues */ .R5)(config).map((p) => `config: ${at(offsetOf(doc, p.path))}: ${keyName(p.path)}: ${p.message}`);
    return problems.length > 0 ? { config: null, errors: problems } : { config, errors: [] };
}
function describe(e, doc, at) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const keyOffset = keyOffsetOf(doc, path, key);
        return `${at(keyOffset)}: ${keyName([...path, key])}: unknown key${path.length === 0 ? '' : ` in ${keyName(path)}`}`;
    }
    const allowed = e.keyword === 'enum' ? `: one of ${e.params.allowedValues.join(', ')}` : '';
    return `${at(offsetOf(doc, path))}: ${keyName(path) || '(top level)'}: ${e.message ?? 'invalid'}${allowed}`;
}
function keyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function offsetOf(doc, path) {
    const node = doc.getIn(path, true);
    return node && typeof node === 'object' && node.range ? node.range[0] : undefined;
}
function keyOffsetOf(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent))
        return undefined;
    const pair = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.range?.[0] : undefined;
}


/***/ }),

/***/ 48145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ parsePurlPattern),
/* harmony export */   hb: () => (/* binding */ PatternIndex),
/* harmony export */   jy: () => (/* binding */ dependencyKey),
/* harmony export */   vV: () => (/* binding */ matchesKey)
/* harmony export */ });
/* harmony import */ var _store_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81928);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);


function parsePurlPattern(text) {
    const m = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\/([^@?#]+)$/.exec(text.trim());
    if (!m)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" is not a purl pattern like pkg:npm/%40acme/* (type, namespace, name; no version)`);
    const type = m[1].toLowerCase();
    let parts;
    try {
        parts = m[2].split('/').filter((s) => s.length > 0).map((s) => decodeURIComponent(s));
    }
    catch {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" has a broken percent-encoding`);
    }
    if (parts.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" names no package`);
    const name = parts[parts.length - 1];
    const namespace = parts.length > 1 ? parts.slice(0, -1).join('/') : null;
    const key = (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(type, namespace, namespace ? `${namespace}/${name}` : name);
    const glob = key.includes('*') ? new RegExp(`^${key.split('*').map(escapeRegExp).join('.*')}$`, 's') : null;
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ text, type, key, glob, prefix: key.split('*')[0] });
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The key a dependency is matched on: `type` and canonical full name. Computed once per dependency. */
function dependencyKey(d) {
    return (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(d.type, d.namespace, d.name);
}
function matchesKey(pattern, type, key) {
    if (pattern.type !== type.toLowerCase())
        return false;
    return pattern.glob ? key.startsWith(pattern.prefix) && pattern.glob.test(key) : pattern.key === key;
}
/**
 * Many patterns, matched fast: exact ones by map lookup per type, globs tested one by one. 1,000 deny rules
 * against 50,000 dependencies is the bench's case.
 */
const NONE = [];
class PatternIndex {
    exact = new Map();
    /**
     * Glob patterns by purl type, then by the first character of their literal prefix ("" for a pattern starting
     * with `*`): a dependency is tested only against the globs its key can start like, not all 100 of the bench's.
     */
    globs = new Map();
    count = 0;
    add(pattern, value) {
        const order = this.count++;
        if (pattern.glob) {
            let byFirst = this.globs.get(pattern.type);
            if (!byFirst)
                this.globs.set(pattern.type, (byFirst = new Map()));
            const first = pattern.prefix.slice(0, 1);
            const list = byFirst.get(first);
            if (list)
                list.push({ pattern, value, order });
            else
                byFirst.set(first, [{ pattern, value, order }]);
            return;
        }
        const k = `${pattern.type}\u0000${pattern.key}`;
        const list = this.exact.get(k);
        if (list)
            list.push(value);
        else
            this.exact.set(k, [value]);
    }
    /** Whether any pattern is of this purl type: most dependencies of a scan are ruled out by this alone. */
    hasType(type) {
        return this.types.has(type.toLowerCase());
    }
    typesCache = null;
    get types() {
        this.typesCache ??= new Set([...this.globs.keys(), ...[...this.exact.keys()].map((k) => k.slice(0, k.indexOf('\u0000')))]);
        return this.typesCache;
    }
    /** Values of every pattern the package matches, exact ones first, each in the order added. */
    match(type, key) {
        const lowerType = type.toLowerCase();
        const exact = this.exact.get(`${lowerType}\u0000${key}`);
        const byFirst = this.globs.get(lowerType);
        if (byFirst === undefined)
            return exact ?? NONE;
        let found = null;
        for (const list of [byFirst.get(key.slice(0, 1)), key.length > 0 ? byFirst.get('') : undefined]) {
            if (list === undefined)
                continue;
            for (const g of list) {
                if (!key.startsWith(g.pattern.prefix) || !g.pattern.glob.test(key))
                    continue;
                (found ??= []).push(g);
            }
        }
        if (found === null)
            return exact ?? NONE;
        found.sort((a, b) => a.order - b.order);
        return [...(exact ?? []), ...found.map((g) => g.value)];
    }
    get size() {
        return this.count;
    }
}


/***/ }),

/***/ 93017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ closestSpdxId),
/* harmony export */   R5: () => (/* binding */ checkConfigValues)
/* harmony export */ });
/* unused harmony export isSpdxId */
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25728);
/* harmony import */ var spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75204);
/* harmony import */ var spdx_license_ids_deprecated_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3389);
/* harmony import */ var _purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48145);
/* harmony import */ var _ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33131);





const KNOWN_IDS = new Set([...spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_1__, ...spdx_license_ids_deprecated_json__WEBPACK_IMPORTED_MODULE_2__].map((id) => id.toLowerCase()));
/** An SPDX id as a policy list may hold it: a listed id (optionally with "+" or -or-later) or a LicenseRef. */
function isSpdxId(text) {
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(text))
        return true;
    return KNOWN_IDS.has(text.replace(/\+$/, '').toLowerCase());
}
/** The closest valid id, by spdx-correct (the SPDX community's corrector), or null. */
function closestSpdxId(text) {
    return spdx_correct__WEBPACK_IMPORTED_MODULE_0__(text, { upgrade: true }) ?? null;
}
/** What the schema cannot say: SPDX ids exist, ranges parse in their ecosystem, purl patterns parse. */
function checkConfigValues(config) {
    const problems = [];
    for (const list of ['allow', 'deny']) {
        (config.licenses[list] ?? []).forEach((id, i) => {
            if (isSpdxId(id))
                return;
            const closest = closestSpdxId(id);
            problems.push({
                path: ['licenses', list, i],
                message: `"${id}" is not an SPDX licence id${closest ? `; did you mean "${closest}"?` : ' (see https://spdx.org/licenses/)'}`,
            });
        });
    }
    config.dependencies.deny.forEach((rule, i) => {
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(rule.purl);
        if (!pattern.ok) {
            problems.push({ path: ['dependencies', 'deny', i, 'purl'], message: pattern.error });
            return;
        }
        if (rule.range === undefined)
            return;
        const tool = (0,_ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .versionToolFor */ .Ih)(pattern.value.type);
        if (!tool.ok) {
            problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `a range needs a supported package type: ${tool.error}` });
            return;
        }
        const range = tool.value.range(rule.range);
        if (!range.ok)
            problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `"${rule.range}" is not a ${pattern.value.type} range: ${range.error}` });
    });
    config.registries['private-packages'].forEach((p, i) => {
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(p);
        if (!pattern.ok)
            problems.push({ path: ['registries', 'private-packages', i], message: pattern.error });
    });
    config.exceptions.forEach((e, i) => {
        if (e.purl === undefined && e.id === undefined)
            problems.push({ path: ['exceptions', i], message: 'an exception needs purl or id: it would suppress every finding' });
        if (e.purl === undefined)
            return;
        const pattern = (0,_purl_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePurlPattern */ .ff)(e.purl);
        if (!pattern.ok)
            problems.push({ path: ['exceptions', i, 'purl'], message: pattern.error });
    });
    config.exceptions.forEach((e, i) => {
        if (e.until !== undefined && !isCalendarDate(e.until)) {
            problems.push({ path: ['exceptions', i, 'until'], message: `"${e.until}" is not a date (YYYY-MM-DD, a day that exists)` });
        }
    });
    return problems;
}
/** A YYYY-MM-DD day that exists: parsed and printed back unchanged, so 2026-02-31 (which rolls to March) is refused. */
function isCalendarDate(text) {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
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


/***/ })

};
