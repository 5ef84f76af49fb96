export const id = 153;
export const ids = [153,998];
export const modules = {

/***/ 9076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * The stable id of a finding: a hash of what makes it the same finding (kind, dependency file, purl with
 * version, and the rule or advisory behind it), never of run-specific things (time, order, message wording),
 * so the same finding has the same id across runs, machines, input order, and between a pipeline and a rescan.
 * `key` is the rule's own identity ("deny:pkg:npm/left-pad"), the advisory id, or the changed value.
 */
function fingerprint(kind, file, purl, key) {
    // crypto.hash: the one-shot form of createHash, without a Hash object per finding (thousands on a large scan).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', JSON.stringify([kind, file, purl, key]), 'hex').slice(0, 32);
}


/***/ }),

/***/ 37874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/config/schema.js
var schema = __webpack_require__(57096);
;// CONCATENATED MODULE: ./build/config/defaults.js

/**
 * The effective configuration when there is no file: the schema's defaults, filled in as the validator's
 * `useDefaults` fills them into an empty document (a property's default where it is missing, then the defaults
 * inside it), without the validator: a scan without `.depindex.yml` need not load or compile it. The schema
 * stays the one place the defaults are written; test/config checks this gives what parsing an empty file gives.
 */
function configDefaults() {
    const config = {};
    fill(schema/* configSchema */.Q, config);
    return config;
}
function fill(schema, value) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (value[key] === undefined && property.default !== undefined)
            value[key] = structuredClone(property.default);
        const inner = value[key];
        if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
            fill(property, inner);
    }
}

;// CONCATENATED MODULE: ./build/config/load.js




/** The file looked for at the repository root when --config is not given. */
const CONFIG_FILE = '.depindex.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads `.depindex.yml` (or the file given), validates it against the one schema, fills the defaults, then
 * checks what a schema cannot (SPDX ids, version ranges, purl patterns). Every error names the file, the key
 * and its line: "config: .depindex.yml:7: licenses.allow[2]: ...".
 */
async function loadConfig(given, cwd) {
    const path = given ?? CONFIG_FILE;
    const full = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    let text;
    try {
        const info = await (0,promises_.stat)(full);
        if (info.size > MAX_CONFIG_BYTES)
            return (0,result/* err */._)(`config: ${path}: larger than 1 MiB; is this the right file?`);
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch (e) {
        // No file: the schema's defaults, without loading the YAML parser and compiling the validator (a tenth of a
        // fresh scan's start-up); test/config checks they are what validating an empty file gives.
        if (e.code === 'ENOENT' && given === null)
            return (0,result.ok)({ config: configDefaults(), path: null });
        return (0,result/* err */._)(`config: ${path}: cannot read it (${e.code ?? 'error'})`);
    }
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(652), __webpack_require__.e(397), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 68914));
    const parsed = parseConfig(text, path);
    if (parsed.errors.length > 0)
        return (0,result/* err */._)(parsed.errors.join('\n'));
    return (0,result.ok)({ config: parsed.config, path });
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

/***/ 57096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ configSchema)
/* harmony export */ });
/**
 * The one JSON Schema of `.depindex.yml` (issue 13): it validates the file strictly, fills the defaults and is
 * what `depindex config schema` prints. The config type below mirrors it; `test/config` checks both agree.
 */
const SEVERITY = { enum: ['critical', 'high', 'medium', 'low', 'info', 'unknown'] };
const KINDS = { enum: ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'] };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 }, default: [] };
const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://depindex.dev/schema/depindex-config.json',
    title: 'depindex configuration (.depindex.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        'fail-on': {
            description: 'Lowest severity that fails the verdict; never = report only.',
            enum: ['critical', 'high', 'medium', 'low', 'info', 'never'],
            default: 'high',
        },
        mode: { description: 'enforce, or warn: findings are reported and the verdict never fails.', enum: ['enforce', 'warn'], default: 'enforce' },
        'only-new': {
            description: 'On a merge/pull request only findings new in the change decide the verdict.',
            type: 'boolean',
            default: true,
        },
        checks: {
            description: 'Turn single checks off.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: Object.fromEntries(KINDS.enum.map((k) => [k, { type: 'boolean', default: true, description: `Run the ${k} check.` }])),
        },
        severities: {
            description: 'Severity of the supply-chain checks.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                'checksum-changed': { ...SEVERITY, default: 'high' },
                'source-changed': { ...SEVERITY, default: 'high' },
                'dependency-confusion': { ...SEVERITY, default: 'critical', description: 'source-changed from a private to a public registry.' },
            },
        },
        registries: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                private: { ...stringList, description: 'Source URL prefixes or host names of private registries.' },
                'private-packages': { ...stringList, description: 'purl patterns (with * globs) that must come from a private registry.' },
            },
        },
        dependencies: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                deny: {
                    type: 'array',
                    default: [],
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['purl'],
                        properties: {
                            purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern: type, namespace, name, * globs, no version.' },
                            range: { type: 'string', minLength: 1, description: "Version range in the ecosystem's own syntax." },
                            scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
                            severity: { ...SEVERITY, default: 'high' },
                            reason: { type: 'string' },
                        },
                    },
                },
            },
        },
        licenses: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SPDX ids allowed; absent = no allow list.' },
                deny: { ...stringList, description: 'SPDX ids denied.' },
                unknown: { enum: ['fail', 'warn', 'ignore'], default: 'warn', description: 'A dependency without a known SPDX licence.' },
                severity: { ...SEVERITY, default: 'medium' },
                scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
            },
        },
        exceptions: {
            type: 'array',
            default: [],
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['reason'],
                description: 'Suppresses matching findings. Needs purl or id (or both).',
                properties: {
                    purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern, as in dependencies.deny.' },
                    id: { type: 'string', description: 'A finding id or an advisory id / CVE.' },
                    kinds: { type: 'array', items: KINDS, default: [] },
                    until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (UTC) the exception holds.' },
                    reason: { type: 'string', minLength: 1 },
                },
            },
        },
    },
};


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

/***/ 97998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSyncedMetadata: () => (/* binding */ openSyncedMetadata)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46305);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82068);
/* harmony import */ var _sqlite_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82272);





/**
 * The package metadata of a `--store`, or null when `depindex sync` never wrote there: for `depindex search
 * --advisory`, `depindex serve` and a scan. Nothing is created: an index that was never synced is not given
 * metadata tables; on Elasticsearch one request, the revision counter a sync writes, says whether there is any.
 * A failure to read is an error, not "nothing synced".
 */
async function openSyncedMetadata(spec, options) {
    const text = (spec ?? _store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_STORE */ .Oc).trim();
    const kind = (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .storeKindOf */ .lu)(text);
    if (!kind.ok)
        return kind;
    if (kind.value === 'elasticsearch') {
        // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
        const { openSyncedElasticsearchMetadata } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 32776));
        return openSyncedElasticsearchMetadata(text, options);
    }
    const path = (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlitePathOf */ .Zd)(text, options.cwd);
    if (path === null || path === ':memory:' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .hasSyncedMetadata */ .oJ)(path))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(null);
    return (0,_sqlite_store_js__WEBPACK_IMPORTED_MODULE_3__/* .openSqliteMetadata */ .e)(path, { readOnly: options.readOnly ?? true });
}


/***/ }),

/***/ 7843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ diffJson)
/* harmony export */ });
/* harmony import */ var _scan_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73269);

/** `--diff-json` (README "Diff JSON"): `dep` carries the scan contract's fields, plus `via` for new transient ones. */
function diffJson(diff) {
    const dep = (d) => ({ ...(0,_scan_json_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyJson */ .MQ)(d), via: d.via, ...(d.vulnerabilities && { vulnerabilities: d.vulnerabilities }) });
    return (JSON.stringify({
        target: diff.target,
        targetKnown: diff.targetKnown,
        complete: (diff.unread ?? []).length === 0,
        unread: diff.unread ?? [],
        summary: diff.summary,
        files: diff.files.map((f) => ({
            file: f.file,
            added: f.added.map(dep),
            removed: f.removed.map(dep),
            // The dependency as it is now (purl, introduced, development, licences ... of the new version), then the change.
            changed: [
                ...f.changed.map((c) => ({ ...dep(c.dependency), name: c.name, type: c.type, from: c.from, to: c.to, direction: c.direction })),
                // Same version, other content (summary.changed): `what` says which fields, from and to.
                ...f.modified.map((m) => ({ ...dep(m.dependency), name: m.name, type: m.type, from: m.version, to: m.version, direction: 'same-version', what: m.changes })),
            ],
        })),
    }, null, 2) + '\n');
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

/***/ 73269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanJsonChunks),
/* harmony export */   MQ: () => (/* binding */ dependencyJson)
/* harmony export */ });
/* unused harmony export scanJson */
/* harmony import */ var _metadata_match_licenses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10632);
/* harmony import */ var _json_pieces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97353);


/**
 * The `--json` contract (README "JSON output"): other tools and our own checks read it, so its field names
 * and order are fixed. `warnings`, `notes` and `inputs` were added after the contract; readers may ignore them.
 * Compact: a 50,000-dependency scan is a 20 MB document that tools read; indentation would add a third.
 *
 * In pieces, written as they come (jsonArrayPieces): the same bytes as one JSON.stringify of the whole,
 * without holding the whole.
 */
function* scanJsonChunks(inputs, sets, errors, warnings, notes) {
    yield '{"sets":[';
    for (let s = 0; s < sets.length; s++) {
        const set = sets[s];
        const head = JSON.stringify({ file: set.file, packageManager: set.packageManager, format: set.format });
        yield `${s === 0 ? '' : ','}${head.slice(0, -1)},"dependencies":[`;
        const { dependencies } = set;
        yield* (0,_json_pieces_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonArrayPieces */ .p)(dependencies.length, (i) => dependencyJson(dependencies[i]));
        yield ']}';
    }
    const rest = JSON.stringify({ errors, warnings, notes, inputs: inputs.map((i) => ({ file: i.path, format: i.format, sets: i.sets })) });
    yield `],${rest.slice(1)}\n`;
}
/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
function scanJson(...args) {
    return [...scanJsonChunks(...args)].join('');
}
/**
 * One dependency in the contract's field order (the diff JSON uses the same fields). `licenseSource: "metadata"`
 * follows `licenses` only when they were filled from the synced licence data (the input carried none); absent,
 * they are the input's, so documents of scans without metadata are unchanged.
 */
function dependencyJson(d) {
    return {
        purl: d.purl,
        type: d.type,
        name: d.name,
        version: d.version,
        introduced: d.introduced,
        development: d.development,
        // Its own field, not a kind of development (model/dependency.ts); null when the input does not say.
        optional: d.optional ?? null,
        licenses: d.licenses,
        ...((0,_metadata_match_licenses_js__WEBPACK_IMPORTED_MODULE_0__/* .licensedFromMetadata */ .pO)(d) && d.licenses !== null ? { licenseSource: 'metadata' } : {}),
        checksums: d.checksums,
        source: d.source,
    };
}


/***/ }),

/***/ 11153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ executeScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/config/load.js + 1 modules
var load = __webpack_require__(37874);
// EXTERNAL MODULE: ./build/ingest/decode.js
var decode = __webpack_require__(26823);
// EXTERNAL MODULE: ./build/ingest/read-file.js
var read_file = __webpack_require__(10356);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./build/ingest/manifests/project-identity.js

/** Manifest file names at a repository root, in the order their identity is preferred. */
const PROJECT_MANIFESTS = ['package.json', 'pyproject.toml', 'Cargo.toml', 'composer.json', 'go.mod'];
const project_identity_text = (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= 214 ? v.trim() : null);
const record = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {});
/**
 * The project's name and version from one root manifest, or null when it names none (a private workspace root
 * without a name, an unparsable file). Pure: the text comes in, and nothing of it is trusted beyond a short
 * string; the caller reads the file (bounded) and never fails a scan over it.
 */
function projectIdentity(fileName, content) {
    try {
        switch (fileName) {
            case 'package.json': {
                const json = record(JSON.parse(content));
                const name = project_identity_text(json.name);
                return name ? { type: 'npm', name, version: project_identity_text(json.version) } : null;
            }
            case 'composer.json': {
                const json = record(JSON.parse(content));
                const name = project_identity_text(json.name);
                return name ? { type: 'composer', name, version: project_identity_text(json.version) } : null;
            }
            case 'pyproject.toml': {
                const toml = record((0,dist/* parse */.qg)(content));
                // PEP 621 [project] first; Poetry before 2.0 kept them in [tool.poetry].
                for (const table of [record(toml.project), record(record(toml.tool).poetry)]) {
                    const name = project_identity_text(table.name);
                    if (name)
                        return { type: 'pypi', name, version: project_identity_text(table.version) };
                }
                return null;
            }
            case 'Cargo.toml': {
                const pkg = record(record((0,dist/* parse */.qg)(content)).package);
                const name = project_identity_text(pkg.name);
                // `version.workspace = true` inherits from a workspace root: not a version of its own here.
                return name ? { type: 'cargo', name, version: project_identity_text(pkg.version) } : null;
            }
            case 'go.mod': {
                const module = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(content);
                const name = module ? project_identity_text(module[2]) : null;
                return name ? { type: 'golang', name, version: null } : null;
            }
        }
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./build/ingest/manifests/read-project-identity.js




/** A root manifest is a few kilobytes; anything larger is not one worth naming an SBOM after. */
const MAX_MANIFEST_BYTES = 1 << 20;
/**
 * The project's identity from the first root manifest that names one (package.json, pyproject.toml, Cargo.toml,
 * composer.json, go.mod in `root`). The I/O edge of project-identity.ts: read inside the checkout only, bounded,
 * and never an error: a missing, unreadable or nameless manifest just leaves the SBOM named by CI or the folder.
 */
async function readProjectIdentity(root) {
    for (const name of PROJECT_MANIFESTS) {
        const read = await (0,read_file/* readBounded */.CB)((0,external_node_path_.join)(root, name), { root, maxBytes: MAX_MANIFEST_BYTES });
        if (!read.ok)
            continue;
        const decoded = (0,decode/* decodeInput */.N)(read.bytes);
        const identity = decoded.ok ? projectIdentity(name, decoded.text) : null;
        if (identity)
            return identity;
    }
    return null;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./build/model/finding-json.js
var finding_json = __webpack_require__(40706);
// EXTERNAL MODULE: ./build/metadata/match-worker/protocol.js
var protocol = __webpack_require__(52479);
;// CONCATENATED MODULE: ./build/metadata/match-worker/client.js





/**
 * Where the thread starts: the entry module every thread of depindex starts from (src/index.ts, which sees from its
 * workerData that it is the matching thread). From the bundle, dist/index.js beside the chunk this module is in, so
 * the thread loads the same chunks as the scan and no second bundle exists. The name is built at run time: the
 * bundler would take a `new URL('./name', import.meta.url)` for an asset of its own. From source (tests, `tsx`):
 * src/index.ts, through tsx's loader unless the process already has it.
 */
function script() {
    const beside = (...parts) => new URL(parts.join('/'), import.meta.url);
    if (!import.meta.url.endsWith('.ts'))
        return { url: beside('.', 'index.js') };
    const loader = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(import.meta.url).resolve('tsx')).href;
    const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? undefined : [...process.execArgv, '--import', loader];
    return { url: beside('..', '..', 'index.ts'), execArgv };
}
/**
 * How long a scan waits for the thread. Matching 50,000 dependencies against 500,000 advisory rows takes under a
 * second (bench/metadata.ts): this only bounds a thread that hangs, as every wait of a CI step is bounded.
 */
const MATCH_DEADLINE_MS = 10 * 60_000;
/**
 * The thread's young generation, capped. Left to grow, V8 doubles it up to tens of megabytes while the thread
 * allocates (rows, advisories, findings: 60-70 MB over the bench scan, little of it kept), and each new page costs
 * a page fault: on the machines measured (perf), faults were 13% of a synced scan's CPU samples, and the thread
 * took 5,000-6,000 of them while matching. A small young generation adds scavenges instead. Capped at 8 MB, the scan of the
 * bench's 50,000 dependencies into a synced file took 2-4% less time (16-20 alternating pairs, 2, 4 and 8 MB alike)
 * and 5.6% less when every dependency is a candidate.
 */
const YOUNG_GENERATION_MB = 8;
/**
 * Starts the thread at once, before the scan has read its inputs: loading its code and opening its own
 * connection happen while the scan parses, and the matching while the scan writes its sets (run/enrich.ts). A
 * thread that fails or stops before answering rejects `match`; run/enrich.ts then matches in the scan's own thread.
 */
function startMatchThread(path) {
    const { url, execArgv } = script();
    const data = { thread: 'match', path };
    const worker = new external_node_worker_threads_.Worker(url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, ...(execArgv ? { execArgv } : {}) });
    let ended = false;
    // Until it is asked, a thread never holds the process open: a scan that fails early still exits.
    worker.unref();
    const stopped = new Promise((resolve) => {
        worker.once('error', (e) => resolve(new Error(`the matching thread failed: ${e.message}`)));
        worker.once('exit', (code) => resolve(new Error(`the matching thread stopped before answering (exit code ${code})`)));
    });
    return {
        match(sets, options = {}, deadlineMs = MATCH_DEADLINE_MS) {
            if (ended)
                return Promise.reject(new Error('the matching thread was closed'));
            ended = true;
            worker.ref();
            const answered = new Promise((resolve) => worker.once('message', resolve));
            try {
                worker.postMessage({ sets: (0,protocol/* packSets */.$r)(sets), options });
            }
            catch (e) {
                // A message that cannot be made (DataCloneError, a set past what V8 can hold): the scan's thread matches.
                void worker.terminate();
                return Promise.reject(e instanceof Error ? e : new Error(String(e)));
            }
            let timer;
            const late = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`the matching thread did not answer within ${Math.round(deadlineMs / 1000)} s`)), deadlineMs);
            });
            const failed = stopped.then((e) => {
                throw e;
            });
            return Promise.race([answered, failed, late])
                .finally(() => {
                clearTimeout(timer);
                void worker.terminate();
            })
                .then((reply) => {
                if (!reply.ok)
                    throw new Error(reply.error);
                return reply.findings.map(finding_json/* findingFromJson */.i);
            });
        },
        async close() {
            ended = true;
            void worker.terminate();
        },
    };
}

// EXTERNAL MODULE: ./build/metadata/store/open.js
var store_open = __webpack_require__(82068);
// EXTERNAL MODULE: ./build/metadata/store/synced.js
var synced = __webpack_require__(97998);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./build/report/cyclonedx/subject.js

/**
 * Names the SBOM's subject (metadata.component; SCVS 2.11 asks for a name and a version): the user's words, then
 * the project's path in CI, then its manifest's name, then the folder. The version is the user's, the manifest's,
 * then the commit, then the ref, so two SBOMs of different commits never claim the same version. A purl is given
 * where the project is a package of an ecosystem (its manifest names it).
 */
function sbomSubject(facts) {
    const name = facts.name ?? facts.project ?? facts.manifest?.name ?? facts.folder;
    const version = facts.version ?? facts.manifest?.version ?? facts.commit ?? facts.ref;
    // A commit or ref is no package version: the purl carries only a version the user or the manifest gives.
    return { name, version, purl: facts.manifest ? manifestPurl(facts.manifest, facts.version ?? facts.manifest.version) : null };
}
function manifestPurl(manifest, version) {
    const slash = manifest.name.lastIndexOf('/');
    // npm scopes, Composer vendors and Go module paths are namespaces; PyPI and Cargo names have none.
    const hasNamespace = slash > 0 && manifest.type !== 'pypi' && manifest.type !== 'cargo';
    const namespace = hasNamespace ? manifest.name.slice(0, slash) : null;
    const name = hasNamespace ? manifest.name.slice(slash + 1) : manifest.name;
    try {
        return new packageurl_js.PackageURL(manifest.type, namespace, name, version, null, null).toString();
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./build/platforms/ci-env.js
const nonEmpty = (v) => (v !== undefined && v !== '' ? v : null);
function ciFacts(env, githubEvent) {
    if (env.GITLAB_CI) {
        const ref = nonEmpty(env.CI_COMMIT_REF_NAME);
        return {
            platform: 'gitlab',
            project: nonEmpty(env.CI_PROJECT_PATH),
            ref,
            refType: env.CI_COMMIT_TAG ? 'tag' : 'branch',
            defaultBranch: ref !== null && env.CI_DEFAULT_BRANCH !== undefined ? ref === env.CI_DEFAULT_BRANCH : null,
            commitSha: nonEmpty(env.CI_COMMIT_SHA),
            pipelineUrl: nonEmpty(env.CI_PIPELINE_URL),
            targetRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
        };
    }
    if (env.GITHUB_ACTIONS) {
        // On a pull request GITHUB_REF_NAME is "123/merge" and GITHUB_SHA a merge commit: the head is what was pushed.
        const ref = nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME);
        const defaultBranch = githubEvent?.repository?.default_branch;
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            platform: 'github',
            project: nonEmpty(env.GITHUB_REPOSITORY),
            ref,
            refType: env.GITHUB_REF_TYPE === 'tag' ? 'tag' : 'branch',
            defaultBranch: ref !== null && defaultBranch !== undefined ? ref === defaultBranch : null,
            commitSha: nonEmpty(githubEvent?.pull_request?.head?.sha) ?? nonEmpty(env.GITHUB_SHA),
            pipelineUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
            targetRef: nonEmpty(env.GITHUB_BASE_REF),
        };
    }
    return { platform: 'local', project: null, ref: null, refType: null, defaultBranch: null, commitSha: null, pipelineUrl: null, targetRef: null };
}

;// CONCATENATED MODULE: ./build/platforms/http-errors.js
function explainStatus(status, where, advice, detail) {
    const head = `${where} answered ${status}`;
    if (status === 401)
        return `${head}: ${advice[401]}`;
    if (status === 403 && !/rate limit/i.test(detail))
        return `${head}: ${advice[403]}`;
    if (status === 404)
        return `${head}: ${advice[404]}`;
    if (status === 429 || (status === 403 && /rate limit/i.test(detail)))
        return `${head}: rate limited; the comment will be updated by the next run`;
    return `${head}${detail ? `: ${detail.slice(0, 300)}` : ''}`;
}

// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/platforms/http.js

const DEFAULT_HTTP_POLICY = {
    requestTimeoutMs: 30_000,
    deadlineMs: 120_000,
    retries: 2,
    maxRetryWaitMs: 60_000,
    maxBodyBytes: 16 * 1024 * 1024,
};
/** A failed exchange, in words for the log: `status` when the server answered. */
class PlatformError extends Error {
    status;
    detail;
    constructor(message, status, detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }
}
/** A conversation with one server under one deadline. */
function platformClient(policy, where) {
    const doFetch = policy.fetch ?? fetch;
    const random = policy.random ?? Math.random;
    const deadline = Date.now() + policy.deadlineMs;
    const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
    async function once(method, url, headers, body) {
        const left = deadline - Date.now();
        if (left <= 0)
            throw new PlatformError(`${where} timed out: no answer within the ${seconds(policy.deadlineMs)} deadline`, null, '');
        const timeout = Math.min(policy.requestTimeoutMs, left);
        const signal = AbortSignal.timeout(timeout);
        try {
            const response = await doFetch(url, { method, headers, body, signal, redirect: 'error' });
            const text = await readLimited(response, policy.maxBodyBytes);
            return { status: response.status, headers: response.headers, text };
        }
        catch (e) {
            if (signal.aborted) {
                throw new PlatformError(`${where} timed out: no answer to ${method} within ${seconds(timeout)}`, null, '');
            }
            if (e instanceof PlatformError)
                throw e;
            const cause = e.cause;
            throw new PlatformError(`cannot reach ${where}: ${(0,describe_unknown/* printable */.g)(cause?.code ?? cause?.message ?? e.message, 200)}`, null, '');
        }
    }
    return async function request(method, url, headers, body) {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const sent = body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' };
        for (let attempt = 0;; attempt++) {
            const answer = await once(method, url, sent, text);
            if (answer.status >= 200 && answer.status < 300) {
                const json = parseJson(answer.text);
                if (json === undefined) {
                    throw new PlatformError(`${where} answered ${answer.status} with ${summariseBody(answer.text)}, not the API's JSON`, answer.status, '');
                }
                return { status: answer.status, headers: answer.headers, json };
            }
            const detail = summariseBody(answer.text);
            const retryable = answer.status === 429 || answer.status === 502 || answer.status === 503 || answer.status === 504;
            if (!retryable || attempt >= policy.retries)
                throw new PlatformError(`${where} answered ${answer.status}`, answer.status, detail);
            const asked = retryAfterMs(answer.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
            // Up to a quarter more than asked: never earlier than the server said, and not all jobs at once.
            const wait = Math.min(asked, policy.maxRetryWaitMs) * (1 + random() / 4);
            if (asked > policy.maxRetryWaitMs || Date.now() + wait >= deadline) {
                throw new PlatformError(`${where} answered ${answer.status}`, answer.status, `${detail}; it asked to retry after ${seconds(asked)}, later than depindex waits`);
            }
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    };
}
/** `Retry-After`: seconds, or an HTTP date. */
function retryAfterMs(value, now = Date.now()) {
    if (value === null || value.trim() === '')
        return null;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}
async function readLimited(response, maxBytes) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new PlatformError(`the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; not read`, response.status, '');
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * An error body in a few words: the API's own `message` (or GitLab's `error`), shortened; an HTML page (a proxy's
 * or an outage page) or other text only by what it is and its size.
 */
function summariseBody(text) {
    const json = parseJson(text);
    if (json && typeof json === 'object') {
        const message = typeof json.message === 'string' ? json.message : typeof json.error === 'string' ? json.error : null;
        return message ? `"${(0,describe_unknown/* printable */.g)(message, 200)}"` : 'a JSON body without a message';
    }
    const trimmed = text.trimStart();
    if (trimmed === '')
        return 'an empty body';
    if (/^<(!doctype html|html|head|body)\b/i.test(trimmed))
        return `an HTML page (${text.length} characters; a proxy or an outage page?)`;
    return `a body that is not JSON (${text.length} characters)`;
}

;// CONCATENATED MODULE: ./build/platforms/pages.js

/** Pages read at most: 100 pages of 100 comments is more than any real merge request holds. */
const MAX_PAGES = 100;
/**
 * The pages of a list, one at a time (a found item stops the walk; pages are not kept). A server that always
 * offers a next page cannot keep depindex reading: each next page must be new (not one already read) and follow a
 * page with items, at most MAX_PAGES are read, and the client's deadline bounds the whole walk.
 */
async function* pagesOf(call, headers, first, next) {
    const seen = new Set();
    let url = first;
    for (let page = 1; url !== null; page++) {
        if (page > MAX_PAGES)
            throw new PlatformError(`the comment list has more than ${MAX_PAGES} pages; depindex stops there`, null, '');
        seen.add(url);
        const response = await call('GET', url, headers);
        if (!Array.isArray(response.json))
            throw new PlatformError(`page ${page} of the comment list is not a list`, null, '');
        yield response.json;
        const following = next(response.headers, url);
        if (following === null || response.json.length === 0)
            return;
        // The token goes with every request: a next page on another server is not followed.
        if (new URL(following, url).origin !== new URL(first).origin)
            throw new PlatformError(`the server's next page is on another server; depindex stops there`, null, '');
        if (seen.has(following))
            throw new PlatformError(`the server's next page points back to a page already read (page ${page}); depindex stops there`, null, '');
        url = new URL(following, url).toString();
    }
}

;// CONCATENATED MODULE: ./build/platforms/github/comment.js



const ADVICE = {
    401: 'the token was refused; check the github-token input (or GITHUB_TOKEN for the CLI)',
    403: 'the token may not comment; give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token)',
    404: 'the repository or pull request was not found, or the token cannot see it',
};
/** "github-actions[bot]" in REST, "github-actions" in GraphQL: one identity. */
const sameLogin = (a, b) => a.replace(/\[bot\]$/, '').toLowerCase() === b.replace(/\[bot\]$/, '').toLowerCase();
/** GraphQL lives beside REST: https://api.github.com/graphql, or https://ghes/api/graphql for https://ghes/api/v3. */
function graphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}
/**
 * One sticky pull request comment through GitHub's REST API: the comment that starts with the marker and was
 * written by the token's own identity (anyone can post a marker comment first; that one is not depindex's).
 * The identity is GraphQL's `viewer`, which also answers for the workflow's installation token.
 */
function githubCommentTarget(options) {
    const [owner = '', repo = ''] = options.repository.split('/');
    const api = options.apiUrl.replace(/\/+$/, '');
    const where = `GitHub (${options.apiUrl}) for ${options.repository}#${options.pullRequest}`;
    const headers = { Authorization: `token ${options.token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'depindex' };
    const list = `${api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${options.pullRequest}/comments`;
    return {
        description: `GitHub pull request #${options.pullRequest}`,
        maxLength: 65_536,
        async upsert(request) {
            const call = platformClient({ ...DEFAULT_HTTP_POLICY, ...options.http }, where);
            try {
                const viewer = await call('POST', graphqlUrl(api), headers, { query: 'query { viewer { login } }' });
                const login = viewer.json.data?.viewer?.login;
                if (typeof login !== 'string')
                    return { ok: false, error: `${where}: the token's identity could not be read (GraphQL viewer), so depindex's comment cannot be told from others` };
                let existing;
                for await (const page of pagesOf(call, headers, `${list}?per_page=100`, nextFromLink)) {
                    existing = page.find((c) => c.body?.startsWith(request.marker) && sameLogin(c.user?.login ?? '', login));
                    if (existing)
                        break;
                }
                if (existing) {
                    if (existing.body === request.markdown)
                        return { ok: true, action: 'unchanged', url: existing.html_url ?? null };
                    const updated = await call('PATCH', `${api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/comments/${existing.id}`, headers, { body: request.markdown });
                    return { ok: true, action: 'updated', url: updated.json.html_url ?? null };
                }
                if (!request.createIfMissing)
                    return { ok: true, action: 'skipped', url: null };
                const created = await call('POST', list, headers, { body: request.markdown });
                return { ok: true, action: 'created', url: created.json.html_url ?? null };
            }
            catch (e) {
                if (e instanceof PlatformError && e.status !== null && e.status >= 300)
                    return { ok: false, error: explainStatus(e.status, where, ADVICE, e.detail) };
                const message = e.message;
                return { ok: false, error: message.includes(where) ? message : `${where}: ${message}` };
            }
        },
    };
}
/** The `rel="next"` URL of a Link header. */
function nextFromLink(headers) {
    const link = headers.get('link') ?? '';
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1] ?? null;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/platforms/gitlab/comment.js



const comment_ADVICE = {
    401: 'the token was refused; check DEPINDEX_GITLAB_TOKEN (or GITLAB_TOKEN) is set and not expired',
    403: 'the token may not comment; it needs the api scope and at least the Reporter role in the project',
    404: 'the project or merge request was not found, or the token cannot see it',
};
/**
 * One sticky merge request note through GitLab's REST API: the note that starts with the marker and was written
 * by the token's own user (GET /user; a project access token has a bot user of its own). A marker note by anyone
 * else is not depindex's, so it is never overwritten.
 */
function gitlabCommentTarget(options) {
    const api = options.apiUrl.replace(/\/+$/, '');
    const base = `${api}/projects/${encodeURIComponent(options.projectId)}/merge_requests/${encodeURIComponent(options.mergeRequestIid)}/notes`;
    const where = `GitLab (${options.apiUrl}) for merge request !${options.mergeRequestIid}`;
    const headers = { 'PRIVATE-TOKEN': options.token };
    return {
        description: `GitLab merge request !${options.mergeRequestIid}`,
        maxLength: 1_000_000,
        async upsert(request) {
            const call = platformClient({ ...DEFAULT_HTTP_POLICY, ...(options.fetch ? { fetch: options.fetch } : {}), ...options.http }, where);
            try {
                const user = await call('GET', `${api}/user`, headers);
                const me = user.json.id;
                if (typeof me !== 'number')
                    return { ok: false, error: `${where}: the token's user could not be read (GET /user), so depindex's note cannot be told from others` };
                let existing;
                const next = (h, url) => {
                    const page = h.get('x-next-page') ?? '';
                    if (!/^\d+$/.test(page))
                        return null;
                    const following = new URL(url);
                    following.searchParams.set('page', page);
                    return following.toString();
                };
                for await (const page of pagesOf(call, headers, `${base}?per_page=100&page=1&sort=asc&order_by=created_at`, next)) {
                    existing = page.find((n) => !n.system && typeof n.body === 'string' && n.body.startsWith(request.marker) && n.author?.id === me);
                    if (existing)
                        break;
                }
                if (existing) {
                    if (existing.body === request.markdown)
                        return { ok: true, action: 'unchanged', url: null };
                    await call('PUT', `${base}/${existing.id}`, headers, { body: request.markdown });
                    return { ok: true, action: 'updated', url: null };
                }
                if (!request.createIfMissing)
                    return { ok: true, action: 'skipped', url: null };
                await call('POST', base, headers, { body: request.markdown });
                return { ok: true, action: 'created', url: null };
            }
            catch (e) {
                if (e instanceof PlatformError && e.status !== null && e.status >= 300)
                    return { ok: false, error: explainStatus(e.status, where, comment_ADVICE, e.detail) };
                const message = e.message;
                return { ok: false, error: message.includes(where) ? message : `${where}: ${message}` };
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platforms/select.js


/**
 * The merge/pull request this run belongs to, if any, and how to reach it. GitLab: CI_API_V4_URL, CI_PROJECT_ID,
 * CI_MERGE_REQUEST_IID and a token in DEPINDEX_GITLAB_TOKEN or GITLAB_TOKEN. GitHub: the pull request number from
 * the event and a token (the action's github-token input, or GITHUB_TOKEN for the CLI).
 */
function chooseCommentTarget(ci, env, pullRequestNumber, githubToken) {
    if (ci.platform === 'gitlab') {
        const iid = env.CI_MERGE_REQUEST_IID;
        if (!iid)
            return { target: null, reason: null };
        const token = env.DEPINDEX_GITLAB_TOKEN || env.GITLAB_TOKEN;
        if (!token) {
            return { target: null, reason: 'no token for the merge request note: set DEPINDEX_GITLAB_TOKEN (a project access token with the api scope) as a CI/CD variable' };
        }
        if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
            return { target: null, reason: 'CI_API_V4_URL or CI_PROJECT_ID is not set' };
        return { target: gitlabCommentTarget({ token, apiUrl: env.CI_API_V4_URL, projectId: env.CI_PROJECT_ID, mergeRequestIid: iid }), reason: null };
    }
    if (ci.platform === 'github') {
        if (pullRequestNumber === null || !env.GITHUB_REPOSITORY)
            return { target: null, reason: null };
        if (!githubToken)
            return { target: null, reason: 'no token for the pull request comment: pass github-token (the default workflow token works with permissions: pull-requests: write)' };
        return {
            target: githubCommentTarget({
                token: githubToken,
                repository: env.GITHUB_REPOSITORY,
                pullRequest: pullRequestNumber,
                apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            }),
            reason: null,
        };
    }
    return { target: null, reason: null };
}

// EXTERNAL MODULE: ./build/store/open.js
var build_store_open = __webpack_require__(57268);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/ecosystems/registry.js + 48 modules
var registry = __webpack_require__(49397);
// EXTERNAL MODULE: ./build/ecosystems/shared/purl-semantics.js
var purl_semantics = __webpack_require__(38199);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/graph/via-paths.js

/**
 * For the diff's "via" of many targets: a shortest path up from the target to a start (an introduced dependency,
 * or where the input says none, a node nothing depends on), whole up to `maxNodes` nodes; the search up picks
 * the same path as paths.ts's `pathsTo` among equals (parents in purl order). A longer path keeps its start and
 * its last nodes, with a count of the rest, read from one breadth-first walk down from every start (in purl
 * order), made once when first needed, so a 100,000-deep chain costs linear time.
 *
 * The graph is numbered once (purls to positions, compressed rows both ways) and every walk runs on typed
 * arrays: on two 50,000-node scans, looking edge ends up by purl in maps, walk after walk, was most of a diff.
 */
function viaPathFinder(set, maxNodes = 10) {
    let graph = null;
    let tree = null;
    return (targetPurl) => {
        graph ??= numbered(set);
        const target = graph.index.get(targetPurl);
        if (target === undefined)
            return null;
        const near = nearestStart(graph, target, maxNodes);
        if (near)
            return viaPath(graph, near, 0);
        if (target >= graph.listed)
            return null;
        tree ??= forwardTree(graph);
        const start = tree.start[target];
        if (start < 0)
            return null;
        const tail = [];
        for (let node = target; node >= 0 && node !== start && tail.length < maxNodes - 1; node = tree.parent[node])
            tail.push(node);
        const length = tree.depth[target] + 1;
        return viaPath(graph, [start, ...tail.reverse()], length - 1 - tail.length);
    };
}
function numbered(set) {
    const purls = [];
    const names = [];
    const index = new Map();
    // A set lists each purl once (DependencySet); were one listed twice, the last would stand for it.
    for (const d of set.dependencies) {
        index.set(d.purl, purls.length);
        purls.push(d.purl);
        names.push(d.name);
    }
    const listed = purls.length;
    const at = (purl) => {
        let i = index.get(purl);
        if (i === undefined) {
            i = purls.length;
            index.set(purl, i);
            purls.push(purl);
            names.push(purl);
        }
        return i;
    };
    // Edge ends as positions, in the map's order; the rows are laid out once every node has its number.
    const from = [];
    const to = [];
    for (const [source, targets] of set.graph.edges) {
        const s = at(source);
        for (const target of targets) {
            from.push(s);
            to.push(at(target));
        }
    }
    const count = purls.length;
    const { offsets: childOffsets, values: children } = rows(count, from, to);
    const { offsets: parentOffsets, values: parents } = rows(count, to, from);
    for (let n = 0; n < count; n++) {
        const first = parentOffsets[n];
        const end = parentOffsets[n + 1];
        if (end - first > 1)
            parents.subarray(first, end).sort((a, b) => (0,compare_strings/* compareStrings */.K)(purls[a], purls[b]));
    }
    const isStart = new Uint8Array(count);
    let introduced = false;
    for (const d of set.dependencies) {
        if (d.introduced !== true)
            continue;
        isStart[index.get(d.purl)] = 1;
        introduced = true;
    }
    // Where the input says nothing is introduced, the graph's roots stand in.
    if (!introduced)
        for (let n = 0; n < count; n++)
            if (parentOffsets[n] === parentOffsets[n + 1])
                isStart[n] = 1;
    return {
        purls,
        names,
        listed,
        index,
        childOffsets,
        children,
        parentOffsets,
        parents,
        isStart,
        towards: new Int32Array(count),
        seen: new Int32Array(count),
        query: 0,
    };
}
/** Compressed rows of the pairs (keys[k], values[k]), each row in the pairs' order. */
function rows(count, keys, values) {
    const offsets = new Int32Array(count + 1);
    for (const k of keys)
        offsets[k + 1] = offsets[k + 1] + 1;
    for (let n = 0; n < count; n++)
        offsets[n + 1] = offsets[n + 1] + offsets[n];
    const fill = offsets.slice(0, count);
    const out = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        out[fill[key]] = values[k];
        fill[key] = fill[key] + 1;
    }
    return { offsets, values: out };
}
/** Breadth-first up from the target, at most `maxLevels` levels; the path from the start found down to it. */
function nearestStart(graph, target, maxLevels) {
    const { parentOffsets, parents, isStart, towards, seen } = graph;
    const stamp = ++graph.query;
    seen[target] = stamp;
    towards[target] = -1;
    let level = [target];
    for (let depth = 0; level.length > 0 && depth < maxLevels; depth++) {
        const next = [];
        for (const node of level) {
            if (isStart[node] === 1) {
                const path = [];
                for (let n = node; n >= 0; n = towards[n])
                    path.push(n);
                return path;
            }
            for (let k = parentOffsets[node]; k < parentOffsets[node + 1]; k++) {
                const parent = parents[k];
                if (seen[parent] === stamp)
                    continue;
                seen[parent] = stamp;
                towards[parent] = node;
                next.push(parent);
            }
        }
        level = next;
    }
    return null;
}
/** One breadth-first walk down from every listed start (in purl order), over listed nodes only. */
function forwardTree(graph) {
    const { purls, listed, childOffsets, children, isStart } = graph;
    const parent = new Int32Array(listed).fill(-1);
    const depth = new Int32Array(listed).fill(-1);
    const start = new Int32Array(listed).fill(-1);
    let level = [];
    for (let n = 0; n < listed; n++)
        if (isStart[n] === 1)
            level.push(n);
    level.sort((a, b) => (0,compare_strings/* compareStrings */.K)(purls[a], purls[b]));
    for (const s of level) {
        depth[s] = 0;
        start[s] = s;
    }
    for (let d = 1; level.length > 0; d++) {
        const next = [];
        for (const node of level) {
            for (let k = childOffsets[node]; k < childOffsets[node + 1]; k++) {
                const c = children[k];
                if (c >= listed || depth[c] !== -1)
                    continue;
                depth[c] = d;
                parent[c] = node;
                start[c] = start[node];
                next.push(c);
            }
        }
        level = next;
    }
    return { parent, depth, start };
}
function viaPath(graph, nodes, omitted) {
    return { path: nodes.map((n) => graph.purls[n]), names: nodes.map((n) => graph.names[n]), omitted };
}

;// CONCATENATED MODULE: ./build/checks/diff-content.js
/**
 * How the same version differs between the two sides: a checksum of an algorithm both sides give, the source,
 * the licences (as a set), or development scope; null when nothing did. A field one side does not know (null) is
 * no change: the other format simply cannot tell, and calling that a change would flag every switch of input
 * format. Pure. A diff asks this of every shared version (50,000 in a large scan) and nearly all are unchanged,
 * so each field is compared without allocating, and an array is made only for a change.
 */
function contentChanges(before, after) {
    let out = null;
    if (before.checksums && after.checksums && before.checksums !== after.checksums && checksumsDiffer(before.checksums, after.checksums)) {
        (out ??= []).push({ field: 'checksums', from: before.checksums, to: after.checksums });
    }
    if (before.source !== null && after.source !== null && before.source !== after.source) {
        (out ??= []).push({ field: 'source', from: before.source, to: after.source });
    }
    if (before.licenses !== null && after.licenses !== null && !sameSet(before.licenses, after.licenses)) {
        (out ??= []).push({ field: 'licenses', from: before.licenses, to: after.licenses });
    }
    if (before.development !== null && after.development !== null && before.development !== after.development) {
        (out ??= []).push({ field: 'development', from: before.development, to: after.development });
    }
    return out;
}
/** A digest of an algorithm both sides give differs. */
function checksumsDiffer(was, now) {
    for (const algorithm in now) {
        if (!Object.hasOwn(now, algorithm))
            continue;
        const old = was[algorithm];
        if (old !== undefined && old !== now[algorithm])
            return true;
    }
    return false;
}
function sameSet(a, b) {
    if (a === b)
        return true;
    // The same list in the same order (nearly always): the same set, told without building one.
    if (a.length === b.length) {
        let i = 0;
        while (i < a.length && a[i] === b[i])
            i++;
        if (i === a.length)
            return true;
    }
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((x) => right.has(x));
}

;// CONCATENATED MODULE: ./build/checks/diff.js





/**
 * What a change does to the dependencies, per dependency file (issue "merge request dependency diff").
 * Packages are matched by the ecosystem's canonical name within a file; when one package has several versions
 * on a side (npm installs can), the versions both sides share are unchanged and the rest pair up highest with
 * highest, so 1.x+2.x -> 1.x+3.x reads as one upgrade 2.x -> 3.x. Pure.
 */
function diffSets(target, base, head, unread = []) {
    if (base === null) {
        return { target, targetKnown: false, summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 }, files: [], unread };
    }
    const baseByFile = pairFiles(base, head);
    const headByFile = new Map(head.map((s) => [s.file, s]));
    // An input that could not be read may be the other side of any unpaired file: such files are not compared.
    const baseUnread = unread.some((u) => u.side === 'base');
    const headUnread = unread.some((u) => u.side === 'head');
    const comparable = (file) => (baseByFile.has(file) || !baseUnread) && (headByFile.has(file) || !headUnread);
    const files = [];
    for (const file of [...new Set([...baseByFile.keys(), ...headByFile.keys()])].filter(comparable).sort(compare_strings/* compareStrings */.K)) {
        const fileDiff = diffFile(file, baseByFile.get(file)?.dependencies ?? [], headByFile.get(file));
        if (fileDiff.added.length || fileDiff.removed.length || fileDiff.changed.length || fileDiff.modified.length)
            files.push(fileDiff);
    }
    const summary = { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 };
    for (const f of files) {
        summary.added += f.added.length;
        summary.removed += f.removed.length;
        summary.changed += f.modified.length;
        for (const c of f.changed) {
            if (c.direction === 'downgrade')
                summary.downgraded++;
            else
                summary.upgraded++;
        }
    }
    return { target, targetKnown: true, summary, files, unread };
}
/**
 * Base sets keyed by the head file they compare with: the same path, or else — base reports handed over with
 * --base usually sit in another folder — the one file of the same name left on both sides. One set on each
 * side pair whatever their paths (issue #15): `scan new.cdx.json --base old.cdx.json` names its SBOMs by their
 * own paths, and nothing else could be meant.
 */
function pairFiles(base, head) {
    const only = base.length === 1 && head.length === 1 ? [base[0], head[0]] : null;
    if (only?.[0] && only[1])
        return new Map([[only[1].file, only[0]]]);
    const paired = new Map();
    const headFiles = new Set(head.map((s) => s.file));
    const unmatchedBase = base.filter((s) => {
        if (!headFiles.has(s.file))
            return true;
        paired.set(s.file, s);
        return false;
    });
    const unmatchedHead = head.filter((s) => !paired.has(s.file));
    const baseName = (file) => file.slice(file.lastIndexOf('/') + 1);
    for (const b of unmatchedBase) {
        const sameName = (s) => baseName(s.file) === baseName(b.file);
        const heads = unmatchedHead.filter(sameName);
        const head = heads[0];
        if (head && heads.length === 1 && unmatchedBase.filter(sameName).length === 1)
            paired.set(head.file, b);
        else
            paired.set(b.file, b);
    }
    return paired;
}
function diffFile(file, before, headSet) {
    const after = headSet?.dependencies ?? [];
    const withVia = headSet ? viaFor(headSet) : (d) => ({ ...d, via: null });
    const modified = [];
    const { groupsBefore, groupsAfter } = changedPackages(before, after, (was, now) => {
        const changes = contentChanges(was, now);
        if (changes)
            modified.push({ name: now.name, type: now.type, version: now.version, changes, dependency: withVia(now) });
    });
    const added = [];
    const removed = [];
    const changed = [];
    for (const [type, nowByName] of groupsAfter) {
        const wasByName = groupsBefore.get(type);
        for (const [name, now] of nowByName) {
            const was = wasByName?.get(name) ?? [];
            const kept = new Set(was.map((d) => d.version).filter((v) => now.some((d) => d.version === v)));
            const gone = sortByVersion(was.filter((d) => !kept.has(d.version)));
            const fresh = sortByVersion(now.filter((d) => !kept.has(d.version)));
            while (gone.length > 0 && fresh.length > 0) {
                const from = gone.pop();
                const to = fresh.pop();
                changed.push({ name: to.name, type: to.type, from: from.version, to: to.version, direction: direction(from, to), dependency: withVia(to) });
            }
            for (const d of gone)
                removed.push({ ...d, via: null });
            for (const d of fresh)
                added.push(withVia(d));
        }
    }
    for (const [type, wasByName] of groupsBefore) {
        const nowByName = groupsAfter.get(type);
        for (const [name, was] of wasByName) {
            if (!nowByName?.has(name))
                for (const d of was)
                    removed.push({ ...d, via: null });
        }
    }
    const byNameThenVersion = (a, b) => (0,compare_strings/* compareStrings */.K)(a.name, b.name) || (0,compare_strings/* compareStrings */.K)(a.purl, b.purl);
    added.sort(byNameThenVersion);
    removed.sort(byNameThenVersion);
    changed.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
    modified.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
    return { file, added, removed, changed, modified };
}
/**
 * The packages that changed, each with all its versions on both sides. Most of a file is unchanged, so the
 * purls both sides share are found first by walking the two sorted lists side by side, without hashing; only
 * the rest is grouped by package. A shared purl still joins its package's group when that package also
 * changed, since the pairing needs every version on each side (1.x+2.x -> 1.x+3.x).
 */
function changedPackages(before, after, sameVersion) {
    const was = sortedByPurl(before);
    const now = sortedByPurl(after);
    const onlyBefore = [];
    const onlyAfter = [];
    const shared = [];
    let i = 0;
    let j = 0;
    while (i < was.length && j < now.length) {
        const left = was[i];
        const right = now[j];
        if (left.purl === right.purl) {
            shared.push(right);
            // The same version, whose content may still have changed (diff-content.ts).
            if (left !== right)
                sameVersion(left, right);
            i++;
            j++;
        }
        else if (left.purl < right.purl) {
            onlyBefore.push(left);
            i++;
        }
        else {
            onlyAfter.push(right);
            j++;
        }
    }
    for (; i < was.length; i++)
        onlyBefore.push(was[i]);
    for (; j < now.length; j++)
        onlyAfter.push(now[j]);
    const groupsBefore = groupByPackage(onlyBefore);
    const groupsAfter = groupByPackage(onlyAfter);
    if (shared.length > 0 && (onlyBefore.length > 0 || onlyAfter.length > 0)) {
        forEachPackage(shared, (d, type, name) => {
            if (!groupsBefore.get(type)?.has(name) && !groupsAfter.get(type)?.has(name))
                return;
            addTo(groupsBefore, type, name, d);
            addTo(groupsAfter, type, name, d);
        });
    }
    return { groupsBefore, groupsAfter };
}
/** Sets come sorted by purl; only speed depends on it (unmatched purls are grouped anyway), so others are sorted. */
function sortedByPurl(dependencies) {
    for (let k = 1; k < dependencies.length; k++) {
        if (dependencies[k - 1].purl > dependencies[k].purl) {
            return [...dependencies].sort((a, b) => (0,compare_strings/* compareStrings */.K)(a.purl, b.purl));
        }
    }
    return dependencies;
}
function groupByPackage(dependencies) {
    const groups = new Map();
    forEachPackage(dependencies, (d, type, name) => addTo(groups, type, name, d));
    return groups;
}
function addTo(groups, type, name, d) {
    let ofType = groups.get(type);
    if (!ofType)
        groups.set(type, (ofType = new Map()));
    const group = ofType.get(name);
    if (group)
        group.push(d);
    else
        ofType.set(name, [d]);
}
/** Each dependency with its type and canonical name; the ecosystem is looked up once per run of one type. */
function forEachPackage(dependencies, visit) {
    let lastType = null;
    let nameOf = canonicalNameFor('');
    for (const d of dependencies) {
        if (d.type !== lastType) {
            lastType = d.type;
            nameOf = canonicalNameFor(d.type);
        }
        visit(d, d.type, nameOf(d));
    }
}
function canonicalNameFor(type) {
    const ecosystem = (0,registry/* ecosystemFor */.m)(type);
    if (!ecosystem)
        return (d) => d.name.toLowerCase();
    return (d) => ecosystem.canonicalName(d.namespace, d.namespace ? d.name.slice(d.namespace.length + 1) : d.name);
}
/**
 * Ascending in the ecosystem's order where it has one, so pop() takes the highest. The versions of one name in
 * one file share a distribution, so the first purl chooses the semantics for all (apk-tools 3 for Alpine 3.23+).
 */
function sortByVersion(dependencies) {
    const first = dependencies[0];
    if (!first)
        return dependencies;
    const versioning = (0,purl_semantics/* purlSemantics */.T)(first.type, first.purl)?.ecosystem.versioning;
    return dependencies.sort((a, b) => compareWith(versioning, a.version, b.version) ?? (0,compare_strings/* compareStrings */.K)(a.version, b.version));
}
function compareWith(versioning, a, b) {
    if (!versioning)
        return null;
    const left = versioning.parse(a);
    const right = versioning.parse(b);
    return left.ok && right.ok ? versioning.compare(left.value, right.value) : null;
}
/** Up or down as the head's package manager sees it: an image moved to Alpine 3.23 compares with apk-tools 3. */
function direction(from, to) {
    const order = compareWith((0,purl_semantics/* purlSemantics */.T)(to.type, to.purl)?.ecosystem.versioning, from.version, to.version);
    return order === null ? 'changed' : order > 0 ? 'downgrade' : 'upgrade';
}
/** Names in a via path at most: a 10,000-deep chain must not put 10,000 names in each of 10,000 rows. */
const MAX_VIA_NAMES = 10;
/**
 * For a transient dependency new in the head, the shortest path from an introduced dependency. A path longer
 * than MAX_VIA_NAMES keeps its introduced dependency and the names nearest the package, and says in the place
 * of the rest how many were left out ("… 9,990 more").
 */
function viaFor(set) {
    let find = null;
    return (d) => {
        if (d.introduced !== false || set.graph.edges.size === 0)
            return { ...d, via: null };
        find ??= viaPathFinder(set, MAX_VIA_NAMES + 1);
        const found = find(d.purl);
        if (!found || found.path.length < 2)
            return { ...d, via: null };
        const via = found.names.slice(0, -1);
        if (found.omitted > 0)
            via.splice(1, 0, `… ${found.omitted.toLocaleString('en-US')} more`);
        return { ...d, via };
    };
}

;// CONCATENATED MODULE: ./build/checks/vulnerability.js
const SEVERITY_WORDS = {
    critical: 'critical',
    high: 'high',
    medium: 'medium',
    moderate: 'medium',
    low: 'low',
    info: 'info',
    informational: 'info',
    none: 'info',
    unknown: 'unknown',
};
/** The input's word for severity, or the highest CVSS base score's band (CVSS v3/v4 qualitative scale). */
function severityOf(v) {
    const word = v.severity ? SEVERITY_WORDS[v.severity.toLowerCase()] : undefined;
    if (word && word !== 'unknown')
        return word;
    const scores = (v.cvss ?? []).map((c) => c.baseScore).filter((s) => s !== null);
    if (scores.length === 0)
        return 'unknown';
    const top = Math.max(...scores);
    return top >= 9 ? 'critical' : top >= 7 ? 'high' : top >= 4 ? 'medium' : top > 0 ? 'low' : 'info';
}
/**
 * vulnerability findings from what the inputs report (GitLab DS `vulnerabilities`, CycloneDX `vulnerabilities`
 * with `affects`). Each is located on the dependency it names: by purl, else by file, name and version. One the
 * dependency list does not hold (a 15.1+ report has none) is still a finding, on the file and name it gives.
 */
function reportedVulnerabilities(context) {
    if (context.reported.length === 0 || !context.config.checks.vulnerability)
        return [];
    const byPurl = new Map();
    const byName = new Map();
    for (const set of context.sets) {
        for (const d of set.dependencies) {
            if (!byPurl.has(d.purl))
                byPurl.set(d.purl, { set, d });
            byName.set(`${set.file}\u0000${d.name}\u0000${d.version}`, { set, d });
            const any = `\u0000${d.name}\u0000${d.version}`;
            if (!byName.has(any))
                byName.set(any, { set, d });
        }
    }
    const out = [];
    const seen = new Set();
    for (const v of context.reported) {
        const found = (v.purl ? byPurl.get(v.purl) : undefined) ??
            byName.get(`${v.file ?? ''}\u0000${v.packageName ?? ''}\u0000${v.version ?? ''}`) ??
            byName.get(`\u0000${v.packageName ?? ''}\u0000${v.version ?? ''}`);
        const advisory = advisoryOf(v);
        const file = found?.set.file ?? v.file ?? '';
        const purl = found?.d.purl ?? v.purl ?? '';
        const once = `${file}\u0000${purl}\u0000${v.packageName ?? ''}\u0000${advisory.id}`;
        if (seen.has(once))
            continue;
        seen.add(once);
        const name = found?.d.name ?? v.packageName ?? purl;
        const version = found?.d.version ?? v.version ?? '';
        out.push({
            key: advisory.id,
            kind: 'vulnerability',
            severity: severityOf(v),
            file,
            purl,
            name,
            version,
            message: `${name} ${version} is affected by ${advisory.id}${v.name && v.name !== advisory.id ? ` (${v.name})` : ''}. ${v.solution ?? 'Upgrade to a fixed version when one exists.'}`,
            rule: null,
            advisory,
            fixedVersions: v.fixedVersions ?? [],
        });
    }
    return out;
}
/** The advisory's id: its CVE when it has one (the same CVE from two scanners is one finding), else the first identifier. */
function advisoryOf(v) {
    const cve = v.identifiers.find((i) => i.type.toLowerCase() === 'cve');
    const id = cve?.value ?? v.identifiers[0]?.value ?? v.id ?? v.name ?? 'unknown';
    return {
        id,
        identifiers: v.identifiers.map((i) => ({ type: i.type.toLowerCase(), name: i.name, value: i.value, url: i.url })),
        title: v.name,
        cvss: v.cvss ?? [],
        source: 'input',
        epss: null,
        knownExploited: null,
        url: v.url ?? v.identifiers.find((i) => i.url)?.url ?? null,
    };
}

;// CONCATENATED MODULE: ./build/checks/diff-vulnerabilities.js

/**
 * A side's reported vulnerabilities by dependency: by purl where the report links one, else by name and version
 * (a GitLab DS report names the package and version it found in a file), ids as the vulnerability check gives
 * them (the CVE when there is one), each once.
 */
function lookup(reported) {
    const byKey = new Map();
    const add = (key, advisory) => {
        const list = byKey.get(key);
        if (!list)
            byKey.set(key, [advisory]);
        else if (!list.some((a) => a.id === advisory.id))
            list.push(advisory);
    };
    for (const v of reported) {
        const advisory = { id: advisoryOf(v).id, severity: v.severity };
        if (v.purl)
            add(`purl\u0000${v.purl}`, advisory);
        if (v.packageName && v.version)
            add(`name\u0000${v.packageName.toLowerCase()}\u0000${v.version}`, advisory);
    }
    return (d) => {
        const found = [...(byKey.get(`purl\u0000${d.purl}`) ?? []), ...(byKey.get(`name\u0000${d.name.toLowerCase()}\u0000${d.version}`) ?? [])];
        const unique = found.filter((a, i) => found.findIndex((b) => b.id === a.id) === i);
        return unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    };
}
const minus = (a, b) => a.filter((x) => !b.some((y) => y.id === x.id));
/**
 * Carries the reports' vulnerabilities into the diff rows (issue #15): for a row, what affects the dependency
 * now, and — when the base side's report is known — what is new with the change and what it fixes. Rows the
 * reports say nothing about stay as they are. Pure.
 */
function withReportedVulnerabilities(diff, reports) {
    if (reports.head.length === 0 && (reports.base ?? []).length === 0)
        return diff;
    const now = lookup(reports.head);
    const before = reports.base ? lookup(reports.base) : null;
    const mark = (d, v) => v.now.length > 0 || (v.new?.length ?? 0) > 0 || (v.fixed?.length ?? 0) > 0 ? { ...d, vulnerabilities: v } : d;
    // `was`: the dependency as the base side had it (another version for a change, none for an addition); a
    // changed row's old purl is not kept, so the old version is looked up by name and version only.
    const row = (d, was, present) => {
        const after = present ? now(d) : [];
        if (!before)
            return mark(d, { now: after, new: was === null ? after : null, fixed: was === null ? [] : null });
        const prior = was === null ? [] : before(was);
        return mark(d, { now: after, new: minus(after, prior), fixed: minus(prior, after) });
    };
    const file = (f) => ({
        ...f,
        added: f.added.map((d) => row(d, null, true)),
        removed: f.removed.map((d) => row(d, d, false)),
        changed: f.changed.map((c) => ({ ...c, dependency: row(c.dependency, { ...c.dependency, purl: '', version: c.from }, true) })),
        modified: f.modified.map((m) => ({ ...m, dependency: row(m.dependency, m.dependency, true) })),
    });
    return { ...diff, files: diff.files.map(file) };
}

// EXTERNAL MODULE: ./build/graph/introduced-by.js + 1 modules
var introduced_by = __webpack_require__(57731);
// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
// EXTERNAL MODULE: ./build/checks/fingerprint.js
var fingerprint = __webpack_require__(9076);
;// CONCATENATED MODULE: ./build/checks/registry.js
/**
 * The registry a dependency came from, derived from its source per ecosystem: an npm tarball URL carries the
 * package and version, so its registry is the part before "/<name>/-/"; a Maven artifact URL is the repository
 * before the group's path; PyPI's files host stands for the index. A source that is not a URL (Cargo's
 * "registry+https://...", a git URL) is kept as written. Returns null when the dependency has no source or a
 * local one (a path, a workspace link, file:).
 */
function registryOf(d) {
    const source = d.source?.trim();
    if (!source)
        return null;
    let url;
    try {
        url = new URL(source);
    }
    catch {
        // A local path or workspace link is no registry; Cargo's "registry+https://..." names one as it is.
        return /^[a-z]+\+[a-z]+:\/\//i.test(source) ? source : null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return url.protocol === 'file:' ? null : source;
    const path = decodedPath(url.pathname);
    const base = `${url.protocol}//${url.host.toLowerCase()}`;
    const cut = cutPoint(d, path);
    const kept = cut === null ? path : path.slice(0, cut);
    return base + withSlash(kept);
}
/** The path with percent-escapes decoded; a malformed escape ("%zz") keeps the path as written, never throws. */
function decodedPath(pathname) {
    try {
        return decodeURIComponent(pathname);
    }
    catch {
        return pathname;
    }
}
function withSlash(path) {
    return path.endsWith('/') ? path : `${path}/`;
}
/** Index in the path where the package's own part starts, null when the path is the registry itself. */
function cutPoint(d, path) {
    const find = (marker) => {
        const i = path.lastIndexOf(marker);
        return i >= 0 ? i + 1 : null;
    };
    switch (d.type) {
        case 'npm':
            // https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz; yarn and pnpm sometimes write %2f for the scope's slash.
            return find(`/${d.name}/-/`) ?? find(`/${d.name}/`);
        case 'maven': {
            const group = d.namespace ? d.namespace.replace(/\./g, '/') : null;
            const artifact = d.namespace ? d.name.slice(d.namespace.length + 1) : d.name;
            return group ? find(`/${group}/${artifact}/`) : null;
        }
        case 'pypi':
            // files.pythonhosted.org/packages/<hash>/<file>; a private index serves /simple/ or /packages/.
            return find('/packages/') ?? find('/simple/');
        case 'gem':
            return find('/gems/') ?? find('/downloads/');
        case 'cargo':
            return find('/api/v1/crates/') ?? find(`/${d.name}/`);
        case 'golang':
            return find(`/${d.name.toLowerCase()}/@v/`) ?? find(`/${d.name}/@v/`);
        case 'nuget':
            return find(`/${d.name.toLowerCase()}/`) ?? find(`/${d.name}/`);
        case 'composer':
            return 0;
        default:
            return find(`/${d.name}/`);
    }
}
/**
 * True when the registry is listed as private. A host entry ("npm.corp.example") matches that host only; a URL
 * entry matches its origin exactly and its path as a prefix ending at a "/" boundary, so
 * "https://npm.corp.example" does not make "https://npm.corp.example.evil.com/" private, nor
 * ".../api/npm/npm" make ".../api/npm/npm-remote/" private.
 */
function isPrivateRegistry(registry, privateList) {
    const url = parsedUrl(registry.replace(/^[a-z]+\+/i, ''));
    return privateList.some((entry) => {
        const e = entry.trim();
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(e)) {
            // "npm.acme.internal" or "npm.acme.internal:8443": that host (and port, when given) only.
            const host = e.toLowerCase().replace(/\.$/, '');
            return url !== null && (url.hostname.toLowerCase() === host || url.host.toLowerCase() === host);
        }
        const listed = parsedUrl(e.replace(/^[a-z]+\+/i, ''));
        if (listed === null || url === null)
            return false;
        if (listed.protocol !== url.protocol || listed.host.toLowerCase() !== url.host.toLowerCase())
            return false;
        return withSlash(decodedPath(url.pathname)).startsWith(withSlash(decodedPath(listed.pathname)));
    });
}
function parsedUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./build/checks/carry-forward.js


/**
 * History findings (checksum-changed, source-changed) compare with what was stored before; once this ref's scan
 * is stored, the changed value is "stored before" too, and a retried job or the next push would no longer see
 * the change. So a finding stored for this ref stays while the dependency still has exactly the value it was
 * raised for: its fingerprint, recomputed from the current dependency, is the stored id.
 */
function carryForward(context) {
    const standing = context.standing ?? [];
    if (standing.length === 0)
        return [];
    const current = new Map();
    for (const set of context.sets)
        for (const d of set.dependencies)
            current.set(`${set.file}\u0000${d.purl}`, d);
    const out = [];
    for (const f of standing) {
        if (f.kind !== 'checksum-changed' && f.kind !== 'source-changed')
            continue;
        if (!context.config.checks[f.kind])
            continue;
        const d = current.get(`${f.file}\u0000${f.purl}`);
        if (!d)
            continue;
        const keys = f.kind === 'checksum-changed'
            ? Object.entries(d.checksums ?? {}).map(([algorithm, digest]) => `${algorithm}:${digest}`)
            : [`registry:${registryOf(d) ?? ''}`];
        if (!keys.some((key) => (0,fingerprint/* fingerprint */.R)(f.kind, f.file, f.purl, key) === f.id))
            continue;
        out.push({ ...f, new: true, suppressed: false, suppressedBy: null, introducedBy: [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/checks/checksum.js

const checksum_short = (hex) => `${hex.slice(0, 12)}…`;
/**
 * checksum-changed: the same package version from the same registry was stored before (any ref of the project,
 * or the base reports) with a different digest of the same algorithm. Every algorithm both sides carry must agree (some
 * earlier scan saw that digest); one that disagrees is a change even when another algorithm still agrees.
 */
function checksumChanged(context) {
    if (!context.previous || !context.config.checks['checksum-changed'])
        return [];
    const seen = new Map();
    for (const set of context.previous) {
        for (const d of set.dependencies) {
            if (!d.checksums)
                continue;
            const key = `${d.purl}\u0000${registryOf(d) ?? ''}`;
            let byAlgorithm = seen.get(key);
            if (!byAlgorithm)
                seen.set(key, (byAlgorithm = new Map()));
            for (const [algorithm, digest] of Object.entries(d.checksums)) {
                const digests = byAlgorithm.get(algorithm);
                if (digests)
                    digests.add(digest);
                else
                    byAlgorithm.set(algorithm, new Set([digest]));
            }
        }
    }
    if (seen.size === 0)
        return [];
    const out = [];
    for (const set of context.sets) {
        for (const d of set.dependencies) {
            if (!d.checksums)
                continue;
            const registry = registryOf(d);
            const before = seen.get(`${d.purl}\u0000${registry ?? ''}`);
            if (!before)
                continue;
            const changed = changedAlgorithm(d, before);
            if (!changed)
                continue;
            out.push({
                key: `${changed.algorithm}:${changed.now}`,
                kind: 'checksum-changed',
                severity: context.config.severities['checksum-changed'],
                file: set.file,
                purl: d.purl,
                name: d.name,
                version: d.version,
                message: `The ${changed.algorithm} checksum of ${d.name} ${d.version}${registry ? ` from ${registry}` : ''} changed since it was indexed ` +
                    `(was ${checksum_short(changed.was)}, now ${checksum_short(changed.now)}): the published artifact was replaced or the lock file was edited. ` +
                    'Verify the artifact with its maintainers before merging.',
                rule: 'checksum-changed',
                advisory: null,
                fixedVersions: [],
            });
        }
    }
    return out;
}
/** Stronger digests first: the one reported when several disagree. Unlisted algorithms sort after, by name. */
const STRENGTH = ['sha3-512', 'sha512', 'sha3-384', 'sha384', 'sha3-256', 'sha256', 'sha224', 'sha1', 'md5'];
const strength = (algorithm) => {
    const i = STRENGTH.indexOf(algorithm.toLowerCase());
    return i < 0 ? STRENGTH.length : i;
};
/**
 * The strongest algorithm both sides have whose digest disagrees. Any disagreement is a change: a lock file
 * that keeps the original sha1 beside a new sha512 ("sha512-<evil> sha1-<original>") must not pass because one
 * algorithm still agrees. Algorithms only one side has are not compared.
 */
function changedAlgorithm(d, before) {
    const algorithms = Object.keys(d.checksums ?? {}).sort((a, b) => strength(a) - strength(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const algorithm of algorithms) {
        const digest = d.checksums[algorithm];
        const known = before.get(algorithm);
        if (!known || known.has(digest))
            continue;
        return { algorithm, was: [...known].sort()[0], now: digest };
    }
    return null;
}

// EXTERNAL MODULE: ./build/ecosystems/versions.js
var versions = __webpack_require__(33131);
;// CONCATENATED MODULE: ./build/checks/context.js
function isInScope(d, scope) {
    if (scope === 'all')
        return true;
    return scope === 'development' ? d.development === true : d.development !== true;
}

// EXTERNAL MODULE: ./build/config/purl-pattern.js
var purl_pattern = __webpack_require__(48145);
;// CONCATENATED MODULE: ./build/checks/dependency-policy.js




const variantTools = new Map();
/** The rule's tool, or the variant's where the dependency's purl selects one (apk-tools 3 for Alpine 3.23+). */
function toolForPurl(type, purl, tool) {
    if (tool.ecosystem.forPurl === undefined)
        return tool;
    const semantics = (0,purl_semantics/* purlSemantics */.T)(type, purl);
    if (!semantics || semantics.ecosystem === tool.ecosystem)
        return tool;
    let variant = variantTools.get(semantics.key);
    if (!variant)
        variantTools.set(semantics.key, (variant = (0,versions/* versionTool */.$1)(semantics.ecosystem)));
    return variant;
}
/**
 * dependency-policy: a dependency matching a `dependencies.deny` rule: purl pattern, optional range in the
 * ecosystem's own syntax (the versions module decides), scope. Rules are indexed once, so 1,000 rules cost a map
 * lookup per dependency plus the glob rules. A version the ecosystem cannot parse matches a ranged rule: a
 * deny list errs on the side of saying so, and the message tells why.
 */
function dependencyPolicy(context) {
    const rules = context.config.dependencies.deny;
    if (rules.length === 0 || !context.config.checks['dependency-policy'])
        return [];
    const index = new purl_pattern/* PatternIndex */.hb();
    rules.forEach((rule, i) => {
        const pattern = (0,purl_pattern/* parsePurlPattern */.ff)(rule.purl);
        if (!pattern.ok)
            return; // refused when the config was loaded
        const tool = rule.range === undefined ? null : (0,versions/* versionToolFor */.Ih)(pattern.value.type);
        index.add(pattern.value, { rule, index: i, tool: tool?.ok ? tool.value : null });
    });
    const out = [];
    // Asked once per purl type, not once per dependency.
    const typeRuled = new Map();
    for (const set of context.sets) {
        for (const d of set.dependencies) {
            let ruled = typeRuled.get(d.type);
            if (ruled === undefined)
                typeRuled.set(d.type, (ruled = index.hasType(d.type)));
            if (!ruled)
                continue;
            const matched = index.match(d.type, (0,purl_pattern/* dependencyKey */.jy)(d));
            if (matched.length === 0)
                continue;
            for (const { rule, index: i, tool } of matched) {
                if (!isInScope(d, rule.scope))
                    continue;
                let note = '';
                if (rule.range !== undefined && tool) {
                    const inRange = toolForPurl(d.type, d.purl, tool).satisfies(d.version, rule.range);
                    if (inRange.ok && !inRange.value)
                        continue;
                    if (!inRange.ok)
                        note = ` (its version could not be compared with ${rule.range}: ${inRange.error})`;
                }
                out.push({
                    key: `deny:${rule.purl}:${rule.range ?? ''}:${rule.scope}`,
                    kind: 'dependency-policy',
                    severity: rule.severity,
                    file: set.file,
                    purl: d.purl,
                    name: d.name,
                    version: d.version,
                    message: `${d.name} ${d.version} is denied by dependencies.deny[${i}] (${rule.purl}${rule.range ? ` ${rule.range}` : ''})` +
                        `${rule.reason ? `: ${rule.reason}` : ''}${note}. Remove it or move to a version outside the rule.`,
                    rule: `dependencies.deny[${i}]`,
                    advisory: null,
                    fixedVersions: [],
                });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./build/ecosystems/shared/purl.js
var purl = __webpack_require__(54371);
;// CONCATENATED MODULE: ./build/checks/exceptions.js


/**
 * Applies `exceptions`: a matching, unexpired exception marks the finding suppressed with its reason (the
 * finding stays in every output, marked). An expired one no longer suppresses, and the finding says so.
 * `until` is the last day the exception holds, in UTC.
 */
function applyExceptions(findings, rules, now) {
    if (rules.length === 0)
        return [...findings];
    const prepared = rules.map((rule) => ({
        rule,
        pattern: rule.purl ? (0,purl_pattern/* parsePurlPattern */.ff)(rule.purl) : null,
        expired: rule.until !== undefined && now.getTime() >= Date.parse(`${rule.until}T00:00:00Z`) + 86_400_000,
    }));
    return findings.map((f) => {
        const parts = (0,purl/* parsePurl */.$l)(f.purl);
        const key = parts.ok ? { type: parts.value.type, name: (0,purl_pattern/* dependencyKey */.jy)({ type: parts.value.type, namespace: parts.value.namespace, name: (0,purl/* fullName */.fq)(parts.value) }) } : null;
        const matching = prepared.filter(({ rule, pattern }) => {
            if (rule.kinds.length > 0 && !rule.kinds.includes(f.kind))
                return false;
            if (rule.id !== undefined && rule.id !== f.id && rule.id !== f.advisory?.id && !f.advisory?.identifiers.some((i) => i.value === rule.id))
                return false;
            if (pattern)
                return pattern.ok && key !== null && (0,purl_pattern/* matchesKey */.vV)(pattern.value, key.type, key.name);
            return true;
        });
        const active = matching.find((m) => !m.expired);
        if (active)
            return { ...f, suppressed: true, suppressedBy: active.rule.reason };
        const expired = matching[0];
        if (expired)
            return { ...f, message: `${f.message} (The exception "${expired.rule.reason}" expired on ${expired.rule.until}; it no longer suppresses this.)` };
        return f;
    });
}

;// CONCATENATED MODULE: ./build/checks/fixed-versions.js
const namesOf = (f) => f.advisory ? [f.advisory.id, ...f.advisory.identifiers.map((i) => i.value)].map((n) => n.toUpperCase()) : [];
/**
 * A vulnerability the input reports without fixed versions takes them from the same advisory matched in the
 * synced metadata (same file and purl, an id or alias in common), so `fixedVersions` is filled whichever side
 * knew them. The two often have the same fingerprint and only one is kept (run.ts keeps the input's), so this runs
 * before that. Pure; findings with fixed versions of their own are left as they are.
 */
function borrowFixedVersions(findings) {
    // Most scans have no vulnerability without fixed versions: nothing to borrow, and no aliases to index (3,000
    // matched findings cost 10-15 ms of the scan's thread to index for nothing).
    if (!findings.some((f) => f.kind === 'vulnerability' && f.fixedVersions.length === 0))
        return [...findings];
    const known = new Map();
    for (const f of findings) {
        if (f.kind !== 'vulnerability' || f.fixedVersions.length === 0)
            continue;
        for (const name of namesOf(f)) {
            const key = `${f.file}\u0000${f.purl}\u0000${name}`;
            if (!known.has(key))
                known.set(key, f.fixedVersions);
        }
    }
    if (known.size === 0)
        return [...findings];
    return findings.map((f) => {
        if (f.kind !== 'vulnerability' || f.fixedVersions.length > 0)
            return f;
        const found = namesOf(f)
            .map((name) => known.get(`${f.file}\u0000${f.purl}\u0000${name}`))
            .find((v) => v !== undefined);
        return found ? { ...f, fixedVersions: found } : f;
    });
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(93326);
// EXTERNAL MODULE: ./node_modules/spdx-satisfies/index.js
var spdx_satisfies = __webpack_require__(45131);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(75204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(53988);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/deprecated.json
var spdx_exceptions_deprecated = __webpack_require__(87165);
// EXTERNAL MODULE: ./build/config/values.js
var values = __webpack_require__(93017);
;// CONCATENATED MODULE: ./build/checks/spdx-eval.js







/**
 * Lower case -> the SPDX lists' spelling: "mit" and "MIT" are one licence. The exceptions list is in too: the
 * parser only knows "Classpath-exception-2.0", so "GPL-2.0-only WITH classpath-exception-2.0" must be respelt
 * before it parses (no licence id and exception id differ only by case, so one map serves both).
 */
const CANONICAL = new Map([...spdx_license_ids, ...deprecated, ...spdx_exceptions, ...spdx_exceptions_deprecated].map((id) => [
    id.toLowerCase(),
    id,
]));
const OPERATORS = new Set(['and', 'or', 'with']);
/**
 * An SPDX id or expression with each id in the SPDX list's spelling and the operators upper-cased, so case alone
 * never makes a licence unknown or unmatched. Ids the list does not know (LicenseRef-..., typos) are kept as written.
 */
function normaliseSpdxCase(text) {
    return text.replace(/[A-Za-z0-9][A-Za-z0-9.+-]*/g, (token) => {
        const lower = token.toLowerCase();
        if (OPERATORS.has(lower))
            return lower.toUpperCase();
        const plus = lower.endsWith('+') ? '+' : '';
        const id = CANONICAL.get(plus ? lower.slice(0, -1) : lower);
        return id === undefined ? token : id + plus;
    });
}
/**
 * A dependency's licence strings as one SPDX expression tree, by spdx-expression-parse. Several strings (a
 * CycloneDX `licenses` array, PMDB's list) all apply: they are joined with AND. A string that is not SPDX says
 * which and why, with the closest id spdx-correct knows.
 */
function parseLicenses(licenses) {
    let tree = null;
    for (const text of licenses) {
        let node;
        try {
            node = spdx_expression_parse(normaliseSpdxCase(text));
        }
        catch (e) {
            const closest = (0,values/* closestSpdxId */.IS)(text);
            const why = `"${text}" is not an SPDX expression (${e.message})${closest ? `; closest SPDX id: ${closest}` : ''}`;
            return { ok: false, text, why };
        }
        tree = tree === null ? node : { left: tree, conjunction: 'and', right: node };
    }
    return tree === null ? { ok: false, text: '', why: 'no licence is known' } : { ok: true, tree };
}
const leafText = (leaf) => `${leaf.license}${leaf.plus ? '+' : ''}`;
/**
 * Whether some choice of the expression's alternatives uses only licences the predicate accepts: OR needs one
 * side, AND both. A WITH exception only adds permissions, so "Apache-2.0 WITH LLVM-exception" is accepted where
 * Apache-2.0 is (or where the list names the WITH form itself).
 */
function satisfiable(tree, accept) {
    if ('conjunction' in tree) {
        return tree.conjunction === 'or' ? satisfiable(tree.left, accept) || satisfiable(tree.right, accept) : satisfiable(tree.left, accept) && satisfiable(tree.right, accept);
    }
    return accept(tree);
}
/** The allow list as a leaf predicate: "+" and -or-later ranges by spdx-satisfies, LicenseRefs by equality. */
function allowPredicate(allowList) {
    const allow = allowList.map(normaliseSpdxCase);
    const exact = new Set(allow.map((a) => a.toLowerCase()));
    const listed = allow.filter((a) => !a.startsWith('LicenseRef-') && !a.startsWith('DocumentRef-'));
    return (leaf) => {
        if (leaf.exception && exact.has(`${leafText(leaf)} with ${leaf.exception}`.toLowerCase()))
            return true;
        if (exact.has(leafText(leaf).toLowerCase()) || exact.has(leaf.license.toLowerCase()) && !leaf.plus)
            return true;
        if (leaf.license.startsWith('LicenseRef-') || leaf.license.startsWith('DocumentRef-') || listed.length === 0)
            return false;
        try {
            return spdx_satisfies(leafText(leaf), listed);
        }
        catch {
            return false;
        }
    };
}
const OR_LATER = /(\+|-or-later)$/i;
/**
 * A leaf is denied when it is a denied id, whatever its -only / -or-later / "+" form; "GPL-2.0+" in an
 * expression is denied only when its base version is (GPL-2.0 can be chosen). A denied or-later entry
 * ("GPL-2.0+", "GPL-2.0-or-later") denies every version it covers, by spdx-satisfies: GPL-3.0-only and
 * GPL-3.0-or-later too.
 */
function deniedPredicate(denyList) {
    const deny = denyList.map(normaliseSpdxCase);
    const denied = new Set(deny.map((a) => a.replace(/\+$/, '').replace(/-(only|or-later)$/, '').toLowerCase()));
    const ranges = deny.filter((a) => OR_LATER.test(a));
    return (leaf) => {
        if (denied.has(leaf.license.replace(/-(only|or-later)$/, '').toLowerCase()))
            return true;
        if (ranges.length === 0 || leaf.license.startsWith('LicenseRef-') || leaf.license.startsWith('DocumentRef-'))
            return false;
        // The version the user can choose: the base of an or-later leaf.
        const base = leaf.license.replace(/-(only|or-later)$/, '');
        const lowest = CANONICAL.get(`${base}-only`.toLowerCase()) ?? base;
        return ranges.some((range) => {
            try {
                return spdx_satisfies(lowest, [range]);
            }
            catch {
                return false;
            }
        });
    };
}
function describeTree(tree) {
    if ('conjunction' in tree) {
        const side = (n) => ('conjunction' in n && n.conjunction !== tree.conjunction ? `(${describeTree(n)})` : describeTree(n));
        return `${side(tree.left)} ${tree.conjunction.toUpperCase()} ${side(tree.right)}`;
    }
    return `${leafText(tree)}${tree.exception ? ` WITH ${tree.exception}` : ''}`;
}

;// CONCATENATED MODULE: ./build/checks/license-policy.js


/**
 * license-policy: the dependency's licence expression is not satisfied by `licenses.allow`, cannot avoid
 * `licenses.deny`, or is unknown (per `licenses.unknown`). Evaluated once per distinct licence list: a
 * 50,000-dependency scan has a few hundred.
 */
function licensePolicy(context) {
    const policy = context.config.licenses;
    if (!context.config.checks['license-policy'])
        return [];
    // Without an allow or deny list there is no licence policy: unknown licences alone are not judged.
    if (policy.allow === undefined && policy.deny.length === 0)
        return [];
    const judge = judgeWith(policy);
    const cache = new Map();
    const out = [];
    for (const set of context.sets) {
        for (const d of set.dependencies) {
            if (!isInScope(d, policy.scope))
                continue;
            const licenses = d.licenses ?? [];
            const cacheKey = licenses.join('\u0000');
            let verdict = cache.get(cacheKey);
            if (verdict === undefined)
                cache.set(cacheKey, (verdict = judge(licenses)));
            if (verdict === null)
                continue;
            out.push({
                key: verdict.key,
                kind: 'license-policy',
                severity: verdict.severity,
                file: set.file,
                purl: d.purl,
                name: d.name,
                version: d.version,
                message: `${d.name} ${d.version}: ${verdict.message}`,
                rule: verdict.rule,
                advisory: null,
                fixedVersions: [],
            });
        }
    }
    return out;
}
function judgeWith(policy) {
    const allowed = policy.allow ? allowPredicate(policy.allow) : null;
    const denied = deniedPredicate(policy.deny);
    return (licenses) => {
        const parsed = parseLicenses(licenses);
        if (!parsed.ok) {
            if (policy.unknown === 'ignore')
                return null;
            return {
                key: `unknown:${licenses.join(' AND ')}`,
                // warn reports and never fails: `unknown` is the one severity the verdict never fails on, whatever fail-on.
                severity: policy.unknown === 'fail' ? policy.severity : 'unknown',
                message: `licence unknown: ${parsed.why}. Find the licence and add it to the SBOM, or add an exception.`,
                rule: 'licenses.unknown',
            };
        }
        const expression = describeTree(parsed.tree);
        if (policy.deny.length > 0 && !satisfiable(parsed.tree, (leaf) => !denied(leaf))) {
            return {
                key: `deny:${expression}`,
                severity: policy.severity,
                message: `licence ${expression} cannot be used without a licence in licenses.deny (${policy.deny.join(', ')}). Replace the dependency or get legal approval.`,
                rule: 'licenses.deny',
            };
        }
        if (allowed && !satisfiable(parsed.tree, (leaf) => allowed(leaf) && !denied(leaf))) {
            return {
                key: `allow:${expression}`,
                severity: policy.severity,
                message: `licence ${expression} is not satisfied by licenses.allow. Replace the dependency, or allow the licence after legal review.`,
                rule: 'licenses.allow',
            };
        }
        return null;
    };
}

// EXTERNAL MODULE: ./build/graph/capabilities.js
var capabilities = __webpack_require__(42097);
;// CONCATENATED MODULE: ./build/checks/source.js



/**
 * source-changed: the project's package now resolves from a registry it never came from before. From a private
 * registry to a public one is dependency confusion (critical by default). A package that must come from a
 * private registry (`registries.private-packages`) and does not fires without any history; so does one whose
 * source is unknown (no `resolved`), since nothing shows it came from a private registry, unless its format
 * never carries sources (a package.json, a Maven tree): there a missing source says nothing.
 */
function sourceChanged(context) {
    const { config } = context;
    if (!config.checks['source-changed'])
        return [];
    // Nothing to compare with and no package that must be private: nothing can fire.
    if ((context.previous ?? []).length === 0 && config.registries['private-packages'].length === 0)
        return [];
    const privateList = config.registries.private;
    const mustBePrivate = new purl_pattern/* PatternIndex */.hb();
    for (const text of config.registries['private-packages']) {
        const pattern = (0,purl_pattern/* parsePurlPattern */.ff)(text);
        if (pattern.ok)
            mustBePrivate.add(pattern.value, text);
    }
    const before = new Map();
    for (const set of context.previous ?? []) {
        for (const d of set.dependencies) {
            const registry = registryOf(d);
            if (registry === null)
                continue;
            const key = `${d.type}\u0000${(0,purl_pattern/* dependencyKey */.jy)(d)}`;
            const known = before.get(key);
            if (known)
                known.add(registry);
            else
                before.set(key, new Set([registry]));
        }
    }
    const out = [];
    for (const set of context.sets) {
        const formatHasSources = (0,capabilities/* capabilitiesOf */.S)(set.format)?.sources !== false;
        for (const d of set.dependencies) {
            const registry = registryOf(d);
            if (registry === null) {
                if (formatHasSources && !d.source?.trim() && mustBePrivate.size > 0) {
                    const patterns = mustBePrivate.match(d.type, (0,purl_pattern/* dependencyKey */.jy)(d));
                    if (patterns.length > 0)
                        out.push(unknownSource(set.file, d, patterns[0], config.severities['source-changed']));
                }
                continue;
            }
            const nameKey = (0,purl_pattern/* dependencyKey */.jy)(d);
            const known = before.get(`${d.type}\u0000${nameKey}`);
            const nowPrivate = isPrivateRegistry(registry, privateList);
            const base = { kind: 'source-changed', file: set.file, purl: d.purl, name: d.name, version: d.version, advisory: null, fixedVersions: [] };
            // Private before and public now is confusion even when another version already came from the public
            // registry: that is how a higher version published publicly takes over a private package.
            const wasPrivate = known !== undefined && !nowPrivate && [...known].some((r) => isPrivateRegistry(r, privateList));
            if (known && (!known.has(registry) || wasPrivate)) {
                const was = [...known].filter((r) => r !== registry).sort();
                const confusion = wasPrivate;
                out.push({
                    ...base,
                    key: `registry:${registry}`,
                    severity: confusion ? config.severities['dependency-confusion'] : config.severities['source-changed'],
                    message: confusion
                        ? `${d.name} came from the private registry ${was.filter((r) => isPrivateRegistry(r, privateList)).join(', ')} and now resolves from the public ${registry}: possible dependency confusion. ` +
                            'Pin the registry for this scope and check the published package before merging.'
                        : `${d.name} now resolves from ${registry} instead of ${was.join(', ')}. Check the registry change is intended.`,
                    rule: confusion ? 'source-changed/dependency-confusion' : 'source-changed',
                });
                continue;
            }
            if (nowPrivate || mustBePrivate.size === 0)
                continue;
            const patterns = mustBePrivate.match(d.type, nameKey);
            if (patterns.length === 0)
                continue;
            out.push({
                ...base,
                key: `private-packages:${registry}`,
                severity: config.severities['dependency-confusion'],
                message: `${d.name} matches registries.private-packages (${patterns[0]}) but resolves from ${registry}, which is not a private registry: ` +
                    'possible dependency confusion. Configure the scope to resolve from the private registry.',
                rule: 'registries.private-packages',
            });
        }
    }
    return out;
}
function unknownSource(file, d, pattern, severity) {
    return {
        key: 'private-packages:unknown-source',
        kind: 'source-changed',
        severity,
        file,
        purl: d.purl,
        name: d.name,
        version: d.version,
        message: `${d.name} matches registries.private-packages (${pattern}) but its source is unknown (the file records no resolved URL), ` +
            'so it cannot be shown to come from a private registry. Regenerate the lock file so it records where the package came from.',
        rule: 'registries.private-packages',
        advisory: null,
        fixedVersions: [],
    };
}

;// CONCATENATED MODULE: ./build/checks/run.js













/** The built-in checks, in report order. Each is a pure function of the context. */
const builtInChecks = [
    reportedVulnerabilities,
    checksumChanged,
    sourceChanged,
    dependencyPolicy,
    licensePolicy,
];
/**
 * The check stage of DESIGN.md 2: runs the built-in checks and any extra producers (advisory matching plugs in
 * here), gives each finding its id and the introduced dependencies that bring it in, marks what is new against
 * the base (target ref or --base; everything is new without one), applies exceptions, and orders the result
 * so that it does not depend on input order. Pure.
 */
function runChecks(context, base, extra = []) {
    const finders = new Map(context.sets.map((s) => [s.file, (0,introduced_by/* introducedByFinder */.b)(s)]));
    const drafts = builtInChecks.flatMap((check) => check(context));
    const completed = drafts.map(({ key, ...draft }) => ({
        ...draft,
        id: (0,fingerprint/* fingerprint */.R)(draft.kind, draft.file, draft.purl, key),
        new: true,
        suppressed: false,
        suppressedBy: null,
        introducedBy: finders.get(draft.file)?.(draft.purl) ?? [],
    }));
    for (const produce of [carryForward, ...extra]) {
        for (const f of produce(context))
            completed.push(f.introducedBy.length > 0 ? f : { ...f, introducedBy: finders.get(f.file)?.(f.purl) ?? [] });
    }
    const unique = new Map();
    for (const f of borrowFixedVersions(completed))
        if (!unique.has(f.id))
            unique.set(f.id, f);
    const marked = markNew([...unique.values()], context, base);
    return applyExceptions(marked, context.config.exceptions, context.now).sort(byImportance);
}
function markNew(findings, context, base) {
    if (base === null)
        return findings;
    const before = new Map();
    for (const set of base)
        for (const d of set.dependencies)
            before.set(`${set.file}\u0000${d.purl}`, d);
    const now = new Map();
    for (const set of context.sets)
        for (const d of set.dependencies)
            now.set(`${set.file}\u0000${d.purl}`, d);
    return findings.map((f) => {
        const key = `${f.file}\u0000${f.purl}`;
        const was = before.get(key);
        const is = now.get(key);
        let isNew = was === undefined;
        if (!isNew && was && is && f.kind === 'checksum-changed')
            isNew = JSON.stringify(was.checksums) !== JSON.stringify(is.checksums);
        if (!isNew && was && is && f.kind === 'source-changed')
            isNew = registryOf(was) !== registryOf(is);
        return isNew === f.new ? f : { ...f, new: isNew };
    });
}
/** New first, then by severity, kind, file, purl and id: a total order, so outputs are the same whatever the input order. */
function byImportance(a, b) {
    if (a.new !== b.new)
        return a.new ? -1 : 1;
    return (finding/* SEVERITIES */.o.indexOf(a.severity) - finding/* SEVERITIES */.o.indexOf(b.severity) ||
        (0,compare_strings/* compareStrings */.K)(a.kind, b.kind) ||
        (0,compare_strings/* compareStrings */.K)(a.file, b.file) ||
        (0,compare_strings/* compareStrings */.K)(a.purl, b.purl) ||
        (0,compare_strings/* compareStrings */.K)(a.id, b.id));
}

;// CONCATENATED MODULE: ./build/checks/verdict.js

/**
 * The one pass/warn/fail decision (DESIGN.md 2). fail: a finding that decides (not suppressed; on a merge
 * request with `only-new`, new in the change) is at or above `fail-on`, and the mode enforces. warn: any
 * finding is not suppressed (existing ones included). pass: none. `unknown` severity never fails by itself.
 */
function decideVerdict(findings, config, comparing) {
    const active = findings.filter((f) => !f.suppressed);
    if (active.length === 0)
        return 'pass';
    if (config.mode === 'warn' || config['fail-on'] === 'never')
        return 'warn';
    const threshold = finding/* SEVERITIES */.o.indexOf(config['fail-on']);
    const deciding = active.filter((f) => !comparing || !config['only-new'] || f.new);
    return deciding.some((f) => f.severity !== 'unknown' && finding/* SEVERITIES */.o.indexOf(f.severity) <= threshold) ? 'fail' : 'warn';
}

// EXTERNAL MODULE: ./build/run/scan.js + 6 modules
var run_scan = __webpack_require__(40194);
;// CONCATENATED MODULE: ./build/run/compare.js

/**
 * The compare stage (DESIGN.md 2): loads the target (base reports or the target ref) and what the store held for
 * the project before this scan. Runs before the write, so a scan of the target ref itself compares with what was
 * there before.
 */
async function compare(options) {
    const errors = [];
    const storeErrors = [];
    let base = undefined;
    let baseVulnerabilities = null;
    const fromBaseReports = options.basePatterns !== null && options.basePatterns.length > 0;
    const target = fromBaseReports ? 'the base reports' : (options.targetRef ?? '');
    if (fromBaseReports) {
        const read = await (0,run_scan/* readInputs */.K)({ patterns: options.basePatterns ?? [], cwd: options.cwd, maxInputBytes: options.maxInputBytes, root: options.root });
        errors.push(...read.errors.map((e) => ({ file: e.file, message: `(base) ${e.message}` })));
        base = read.sets;
        baseVulnerabilities = read.vulnerabilities;
    }
    else if (options.targetRef && options.store && options.context) {
        const loaded = await options.store.loadSets(options.context.project, options.targetRef);
        if (loaded.ok)
            base = loaded.value.length > 0 ? loaded.value : null;
        else
            storeErrors.push(`cannot read the target ref ${options.targetRef} from ${options.store.location}: ${loaded.error}`);
    }
    let previous = base ? base.map((s) => ({ ref: fromBaseReports ? null : options.targetRef, file: s.file, dependencies: s.dependencies })) : null;
    if (options.needsHistory && options.store && options.context) {
        const { project } = options.context;
        const refs = await options.store.listRefs(project);
        if (!refs.ok)
            storeErrors.push(`cannot read the history of ${project} from ${options.store.location}: ${refs.error}`);
        for (const ref of refs.ok ? refs.value : []) {
            if (ref === options.targetRef && !fromBaseReports && base)
                continue; // loaded above
            const loaded = await options.store.loadSets(project, ref);
            if (!loaded.ok) {
                storeErrors.push(`cannot read ${project} at ${ref} from ${options.store.location}: ${loaded.error}`);
                continue;
            }
            previous ??= [];
            for (const s of loaded.value)
                previous.push({ ref, file: s.file, dependencies: s.dependencies });
        }
    }
    let standing = [];
    if (options.store && options.context) {
        const loaded = await options.store.loadFindings(options.context.project, options.context.ref);
        if (loaded.ok)
            standing = loaded.value;
        else
            storeErrors.push(`cannot read the findings of ${options.context.project} at ${options.context.ref} from ${options.store.location}: ${loaded.error}`);
    }
    return { base, target, previous, standing, errors, storeErrors, baseVulnerabilities };
}

;// CONCATENATED MODULE: ./build/checks/diff-model.js
function isEmptyDiff(diff) {
    return diff.files.every((f) => f.added.length === 0 && f.removed.length === 0 && f.changed.length === 0 && f.modified.length === 0);
}

// EXTERNAL MODULE: ./build/report/cyclonedx/write.js + 3 modules
var cyclonedx_write = __webpack_require__(70895);
// EXTERNAL MODULE: ./build/report/diff-json.js
var diff_json = __webpack_require__(7843);
// EXTERNAL MODULE: ./build/report/findings/json.js
var json = __webpack_require__(76266);
;// CONCATENATED MODULE: ./build/report/markdown/escape.js
/**
 * Package names, versions and paths come from untrusted reports. Rendered in a comment they must stay text:
 * no link, image, HTML, mention or table break. Markdown punctuation is backslash-escaped, HTML-significant
 * characters become entities, and the sequences platforms turn into links or notifications after rendering
 * (`@user`, `#123`, GitLab's `!1` `~label` `%milestone` `$snippet`, `https://`, `www.`) are broken with an
 * invisible word joiner, because those are matched on the rendered text, where no backslash escape survives.
 */
const WORD_JOINER = '\u2060';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~>]/g;
// Controls, zero-width and bidi characters: none may reach a rendered comment (they hide or reorder text).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
function visible(value, maxLength) {
    const text = value.replace(HIDDEN, ' ');
    return text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
}
/**
 * Untrusted text shown verbatim as an inline code span: platforms neither parse markup nor link mentions,
 * issue references or URLs inside code, so the text needs no invisible characters and copies exactly as
 * written (`@angular/cli`). In a table, GFM splits rows on pipes before it sees code spans: `\|` is the escape
 * it honours there, and a backslash before a pipe is kept apart from it so it cannot cancel that escape.
 */
function codeSpan(value, options = {}) {
    let text = visible(value, options.maxLength ?? 200);
    if (options.inTable !== false)
        text = text.replace(/\\(?=\|)/g, '\\ ').replace(/\|/g, '\\|');
    if (text.trim() === '')
        return '` `';
    // A fence longer than any run of backticks inside; padded when the text starts or ends with one (CommonMark 6.1).
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** Untrusted text inside prose, where a code span would not read well (a ref name in a sentence). */
function escapeCell(value, maxLength = 200) {
    return visible(value, maxLength)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c)
        .replace(/[@#!~%$]/g, (c) => c + WORD_JOINER)
        .replace(/:\/\//g, ':' + WORD_JOINER + '//')
        .replace(/\bwww\\\./gi, (m) => m.slice(0, 3) + WORD_JOINER + m.slice(3));
}

;// CONCATENATED MODULE: ./build/report/markdown/diff-cells.js

/** Shown of a digest: enough to tell two apart at a glance; the diff JSON has them whole. */
const DIGEST_SHOWN = 12;
const ADVISORIES_SHOWN = 5;
function digests(value) {
    const record = (value ?? {});
    return Object.keys(record)
        .sort()
        .map((algorithm) => codeSpan(`${algorithm}:${(record[algorithm] ?? '').slice(0, DIGEST_SHOWN)}…`, { maxLength: 80 }))
        .join(', ');
}
function value(change, side) {
    if (change.field === 'checksums')
        return digests(side);
    if (change.field === 'development')
        return side === true ? 'development' : 'runtime';
    if (change.field === 'licenses')
        return side.length === 0 ? '–' : side.map((l) => codeSpan(l, { maxLength: 80 })).join(', ');
    return codeSpan(String(side), { maxLength: 120 });
}
const LABEL = { checksums: 'checksum', source: 'source', licenses: 'licenses', development: 'scope' };
/** The version cell of a same-version row: the version, then each changed field from → to. */
function modifiedCell(m) {
    const changes = m.changes.map((c) => `${LABEL[c.field]} ${value(c, c.from)} → ${value(c, c.to)}`);
    return `${codeSpan(m.version)}: ${changes.join('; ')}`;
}
function advisories(list) {
    const shown = list.slice(0, ADVISORIES_SHOWN).map((a) => `${codeSpan(a.id, { maxLength: 60 })}${a.severity ? ` (${codeSpan(a.severity.toLowerCase(), { maxLength: 20 })})` : ''}`);
    return shown.join(', ') + (list.length > shown.length ? ` and ${list.length - shown.length} more` : '');
}
/**
 * What the DS reports say about a row: new and fixed when both sides' reports are known, else what affects the
 * dependency now (a base from the index keeps no report, so newness cannot be told).
 */
function vulnerabilityCell(v) {
    if (!v)
        return '';
    if (v.new === null || v.fixed === null)
        return v.now.length > 0 ? `affected by ${advisories(v.now)}` : '';
    const parts = [];
    if (v.new.length > 0)
        parts.push(`**new** ${advisories(v.new)}`);
    if (v.fixed.length > 0)
        parts.push(`fixed ${advisories(v.fixed)}`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./build/report/markdown/diff-comment.js


/** Finds our comment again among a pull request's comments, so it is updated in place rather than repeated. */
const COMMENT_MARKER = '<!-- depindex:dependency-diff -->';
/**
 * The sticky comment: a one-line summary, then a table per file. When the diff is larger than the platform
 * allows, the most important rows come first (direct before transient, runtime before development) and the
 * comment says how many were left out and where the full diff is. Never fails on size.
 */
function renderDiffComment(diff, options) {
    const head = `${COMMENT_MARKER}\n### Dependency changes\n\n`;
    if (!diff.targetKnown) {
        return `${head}${escapeCell(diff.target)} has not been scanned by depindex yet, so there is nothing to compare with. The diff will show here once a pipeline on ${escapeCell(diff.target)} has run.\n`;
    }
    const { added, removed, upgraded, downgraded, changed } = diff.summary;
    const incomplete = incompleteNote(diff);
    if (added + removed + upgraded + downgraded + changed === 0) {
        return `${head}${incomplete}No dependency changes compared with ${escapeCell(diff.target)}${incomplete ? ' in the files both sides could read' : ''}.\n`;
    }
    const summary = `**${added} added, ${removed} removed, ${upgraded} upgraded, ${downgraded} downgraded${changed > 0 ? `, ${changed} changed in place` : ''}** ` +
        `in ${diff.files.length} dependency file${diff.files.length === 1 ? '' : 's'}, compared with ${escapeCell(diff.target)}.\n\n`;
    // The vulnerabilities column exists only when a GitLab DS report said something about a changed dependency.
    const withVulnerabilities = diff.files.some((f) => [...f.added, ...f.removed, ...f.changed.map((c) => c.dependency), ...f.modified.map((m) => m.dependency)].some((d) => d.vulnerabilities));
    const tableHeader = withVulnerabilities ? headerWithVulnerabilities : plainHeader;
    const tables = diff.files.map((f) => ({ file: f, rows: rowsOf(f, withVulnerabilities) }));
    const total = tables.reduce((n, t) => n + t.rows.length, 0);
    const reserve = 400; // room for the "left out" line
    let budget = options.maxLength - head.length - summary.length - reserve;
    // Rows by priority over all files; a file's header costs its length once.
    const chosen = new Map();
    const order = tables.flatMap((t) => t.rows.map((r) => ({ file: t.file, row: r }))).sort((a, b) => a.row.priority - b.row.priority);
    const texts = new Map();
    let shown = 0;
    for (const { file, row } of order) {
        const text = row.render();
        const header = chosen.has(file) ? 0 : tableHeader(file).length;
        const cost = header + text.length;
        if (cost > budget)
            break;
        budget -= cost;
        texts.set(row, text);
        const rows = chosen.get(file);
        if (rows)
            rows.push(row);
        else
            chosen.set(file, [row]);
        shown++;
    }
    let body = '';
    for (const { file, rows } of tables) {
        if (!chosen.has(file))
            continue;
        body += tableHeader(file) + rows.map((r) => texts.get(r) ?? '').join('') + '\n';
    }
    if (shown < total) {
        body += `_${total - shown} of ${total} changes are not shown here to stay within the comment size limit; the full diff is in ${escapeCell(options.fullDiffLocation)}._\n`;
    }
    return head + incomplete + summary + body;
}
/** Says which inputs could not be read, so that files left out are not taken for unchanged, added or removed. */
function incompleteNote(diff) {
    const unread = diff.unread ?? [];
    if (unread.length === 0)
        return '';
    const shown = unread.slice(0, 5).map((u) => `${codeSpan(u.file, { maxLength: 120, inTable: false })} (${u.side === 'base' ? escapeCell(diff.target, 80) : 'this change'})`);
    const more = unread.length > shown.length ? ` and ${unread.length - shown.length} more` : '';
    return `> **The comparison is incomplete:** ${shown.join(', ')}${more} could not be read, so files without a counterpart on the other side are not listed as added or removed.\n\n`;
}
function plainHeader(file) {
    return `#### ${codeSpan(file.file, { maxLength: 300, inTable: false })}\n\n| change | package | version | direct | scope | licenses | via |\n|---|---|---|---|---|---|---|\n`;
}
function headerWithVulnerabilities(file) {
    return `#### ${codeSpan(file.file, { maxLength: 300, inTable: false })}\n\n| change | package | version | direct | scope | licenses | via | vulnerabilities |\n|---|---|---|---|---|---|---|---|\n`;
}
/** Lower numbers first: new vulnerabilities, direct before transient, runtime before development, then the kind of change. */
function priority(d, kind) {
    const direct = d.introduced === true ? 0 : d.introduced === null ? 1 : 2;
    const scope = d.development === true ? 1 : 0;
    // A row that brings a vulnerability in is what a reviewer must not miss when the comment is cut.
    const bringsVulnerability = (d.vulnerabilities?.new ?? d.vulnerabilities?.now ?? []).length > 0 ? 0 : 1;
    return bringsVulnerability * 1000 + direct * 100 + scope * 10 + kind;
}
function rowsOf(file, vulnerabilities) {
    const row = vulnerabilities ? rowWithVulnerabilities : plainRow;
    const rows = [
        ...file.changed.map((c) => ({ priority: priority(c.dependency, c.direction === 'downgrade' ? 0 : 1), render: () => changeRow(c, row) })),
        // A checksum or source that changed under the same version is as telling as a downgrade: it comes as early.
        ...file.modified.map((m) => ({ priority: priority(m.dependency, 0), render: () => row('**changed in place**', m.dependency, modifiedCell(m)) })),
        ...file.added.map((d) => ({ priority: priority(d, 2), render: () => row('added', d, codeSpan(d.version)) })),
        ...file.removed.map((d) => ({ priority: priority(d, 3), render: () => row('removed', d, codeSpan(d.version)) })),
    ];
    // Stable: within one priority the file order (changed, added, removed by name) stays.
    return rows.sort((a, b) => a.priority - b.priority);
}
function changeRow(c, row) {
    const label = c.direction === 'downgrade' ? '**downgraded**' : c.direction === 'upgrade' ? 'upgraded' : 'changed';
    return row(label, c.dependency, `${codeSpan(c.from)} → ${codeSpan(c.to)}`);
}
function rowWithVulnerabilities(change, d, version) {
    return `${plainRow(change, d, version).slice(0, -1)} ${vulnerabilityCell(d.vulnerabilities)} |\n`;
}
function plainRow(change, d, version) {
    const direct = d.introduced === true ? 'direct' : d.introduced === false ? 'transitive' : '?';
    const scope = d.development === true ? 'development' : d.development === false ? 'runtime' : '?';
    const licenses = d.licenses === null ? '?' : d.licenses.length === 0 ? '–' : d.licenses.map((l) => codeSpan(l, { maxLength: 80 })).join(', ');
    const via = d.via ? d.via.map((n) => codeSpan(n, { maxLength: 80 })).join(' › ') : '';
    return `| ${change} | ${codeSpan(d.name)} | ${version} | ${direct} | ${scope} | ${licenses} | ${via} |\n`;
}

;// CONCATENATED MODULE: ./build/report/markdown/findings-section.js

const VERDICT_WORDS = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
/**
 * The findings part of the comment and job summary: the verdict, new findings first grouped by the introduced
 * dependency that brings them in, then counts of existing and suppressed ones. Every cell is escaped; rows that
 * would pass `maxLength` are left out and counted. Empty when there is nothing to say.
 */
function renderFindingsSection(findings, verdict, options) {
    if (findings.length === 0)
        return '';
    const active = findings.filter((f) => !f.suppressed);
    const fresh = active.filter((f) => f.new);
    const existing = active.length - fresh.length;
    const suppressed = findings.length - active.length;
    let text = `### depindex findings: ${VERDICT_WORDS[verdict]}\n\n`;
    text += `${fresh.length} new, ${existing} existing, ${suppressed} suppressed.\n\n`;
    const footer = (hidden) => (hidden > 0 ? `\n_${hidden} more new findings are not shown here to stay within the size limit; all are in ${escapeCell(options.fullLocation)}._\n` : '');
    if (fresh.length === 0)
        return text.length <= options.maxLength ? text : '';
    const groups = new Map();
    for (const f of fresh) {
        const by = f.introducedBy.length > 0 ? f.introducedBy.map((p) => shortPurl(p)).join(', ') : 'unknown introduced dependency';
        const list = groups.get(by);
        if (list)
            list.push(f);
        else
            groups.set(by, [f]);
    }
    const reserve = footer(fresh.length).length;
    let shown = 0;
    for (const [by, list] of groups) {
        const head = `#### via ${escapeCell(by, 300)}\n\n| severity | kind | package | version | file | what to do |\n|---|---|---|---|---|---|\n`;
        if (text.length + head.length + reserve > options.maxLength)
            break;
        let body = '';
        for (const f of list) {
            const row = `| ${f.severity} | ${f.kind} | ${escapeCell(f.name, 200)} | ${escapeCell(f.version, 80)} | ${escapeCell(f.file, 200)} | ${escapeCell(f.message, 600)} |\n`;
            if (text.length + head.length + body.length + row.length + reserve > options.maxLength)
                break;
            body += row;
            shown++;
        }
        if (body === '')
            break;
        text += `${head}${body}\n`;
    }
    text += footer(fresh.length - shown);
    return text.length <= options.maxLength ? text : '';
}
function shortPurl(purl) {
    return purl.replace(/^pkg:/, '');
}

// EXTERNAL MODULE: ./build/report/scan-json.js
var scan_json = __webpack_require__(73269);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/run/output-file.js



/**
 * Bytes gathered before each write. Writers hand over small pieces (report/json-pieces.ts says why); copying
 * them into a buffer costs less than a write, and its string-to-bytes conversion, per piece.
 */
const BUFFER_BYTES = 4 * 1024 * 1024;
/** UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair: four bytes for two units). */
const MAX_BYTES_PER_UNIT = 3;
/**
 * Writes an output file, creating its folder; the error names the file as the user gave it, and the cause.
 * The content goes to a temporary file beside it, is synced, and then renamed over the old one: a full disk, a
 * killed job or a writer that throws leaves the previous file whole (and removes the temporary one). The rename
 * also replaces a symbolic link planted at the path instead of writing through it.
 * Content given in pieces is written as it comes, so the whole output is never held at once: two buffers take
 * turns, one being written by the thread pool while the next pieces are made and copied into the other.
 * Writing on this thread instead made the scan wait for the disk, which on CI runners' virtual disks is
 * sometimes ten times slower than on a laptop.
 */
async function writeOutput(path, location, content, openFile = promises_.open) {
    let file;
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(location), `.${(0,external_node_path_.basename)(location)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    let created = false;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(location), { recursive: true });
        // "wx": a fresh file, never one that is already there (or a link to elsewhere).
        const handle = await openFile(temporary, 'wx', 0o644);
        created = true;
        file = handle;
        await writePieces(handle, content);
        await handle.sync();
        await handle.close();
        file = undefined;
        await (0,promises_.rename)(temporary, location);
        created = false;
        return { ok: true };
    }
    catch (e) {
        return { ok: false, message: `cannot write ${path}: ${describeWriteError(e)}` };
    }
    finally {
        await file?.close().catch(() => undefined);
        if (created)
            await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
    }
}
/**
 * An output named "-" (`--sbom -`): the pieces go to standard output in 64 KiB writes, waiting when the stream
 * asks to. Nothing to replace atomically there; a reader that stops early ends the process quietly (bin.ts).
 */
async function writeToStdout(stdout, content) {
    if (stdout === null)
        return { ok: false, message: 'cannot write -: standard output is not available here (give a file name)' };
    let buffer = '';
    const flush = async () => {
        if (buffer === '')
            return;
        const more = stdout.write(buffer);
        buffer = '';
        if (more === false && typeof stdout.once === 'function')
            await new Promise((resolve) => stdout.once?.('drain', resolve));
    };
    for (const piece of typeof content === 'string' ? [content] : content) {
        buffer += piece;
        if (buffer.length >= 65_536)
            await flush();
    }
    await flush();
    return { ok: true };
}
async function writePieces(handle, content) {
    const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)];
    let current = 0;
    let used = 0;
    let pending = Promise.resolve();
    const flush = async () => {
        // The other buffer is free again only when its write is done.
        await pending;
        pending = writeAll(handle, buffers[current], used);
        current ^= 1;
        used = 0;
    };
    try {
        for (const piece of typeof content === 'string' ? [content] : content) {
            if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES - used) {
                await flush();
                if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
                    await pending;
                    const bytes = Buffer.from(piece, 'utf8');
                    pending = writeAll(handle, bytes, bytes.length);
                    continue;
                }
            }
            used += buffers[current].write(piece, used, 'utf8');
        }
        await flush();
    }
    finally {
        // A write still in flight settles before the handle is closed; its error, if any, is the one reported.
        await pending;
    }
}
/** A write may take fewer bytes than given (signals, some file systems); the rest follows. */
async function writeAll(file, buffer, length) {
    let offset = 0;
    while (offset < length)
        offset += (await file.write(buffer, offset, length - offset)).bytesWritten;
}
function describeWriteError(e) {
    const code = e.code;
    if (code === 'ENOTDIR' || code === 'EEXIST')
        return 'a part of the path is a file, not a folder';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return 'permission denied';
    if (code === 'ENOSPC')
        return 'no space left on the device (the previous file, if any, is kept)';
    if (code === 'EDQUOT')
        return 'the disk quota is exceeded (the previous file, if any, is kept)';
    if (code === 'EISDIR')
        return 'it is a folder';
    return e.message;
}

;// CONCATENATED MODULE: ./build/run/emit.js











/** The emit stage (DESIGN.md 2): every file asked for, then the comment. Nothing here decides pass or fail. */
async function emit(options, scan) {
    const { result, diff, findings, verdict } = scan;
    const outputErrors = [];
    const notices = [];
    // `-` is standard output (at most one output may name it: the options refuse two).
    const writeOne = ([path, content]) => path === '-' ? writeToStdout(options.stdout, content()) : writeOutput(path, (0,external_node_path_.resolve)(options.cwd, path), content());
    const write = async (path, content) => {
        if (!path)
            return;
        const written = await writeOne([path, content]);
        if (!written.ok)
            outputErrors.push(written.message);
    };
    // The CSV writer (and csv-stringify) loads only when a CSV is asked for: start-up is part of every scan.
    const csvChunks = options.csvPath ? (await __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 13880))).dependencyCsvChunks : null;
    const files = [
        [options.sbomPath, () => (0,cyclonedx_write/* bomChunks */.xv)(result.sets, options.subject, { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, (0,run_scan/* newSbomStamp */.h)())],
        [options.jsonPath, () => (0,scan_json/* scanJsonChunks */.C4)(result.inputs, result.sets, result.errors, result.warnings, result.notes)],
        [csvChunks && options.csvPath, () => (csvChunks ? csvChunks(result.sets) : [])],
        [diff ? options.diffJsonPath : null, () => (0,diff_json/* diffJson */.g)(diff)],
        [options.findingsPath, () => (0,json/* findingsJson */.p)(verdict, findings)],
    ];
    const given = files.filter((f) => f[0] !== null);
    // The files are written side by side: one is made while the disk syncs another (the sync of the 26 MB SBOM
    // left the scan waiting). Their errors are reported in this order whatever order they finish in. Two outputs
    // at one path are written one after the other, as before, so the last one given wins.
    const distinct = new Set(given.map(([path]) => (0,external_node_path_.resolve)(options.cwd, path))).size === given.length;
    const outcomes = distinct ? await Promise.all(given.map(writeOne)) : [];
    if (!distinct)
        for (const file of given)
            outcomes.push(await writeOne(file));
    for (const outcome of outcomes)
        if (!outcome.ok)
            outputErrors.push(outcome.message);
    if (options.gitlabReportPath || options.sarifPath) {
        const { gitlabReport } = await __webpack_require__.e(/* import() */ 471).then(__webpack_require__.bind(__webpack_require__, 86471));
        const { sarifReport } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 87783));
        await write(options.gitlabReportPath, () => gitlabReport(findings, { now: options.now }));
        await write(options.sarifPath, () => sarifReport(findings));
    }
    let comment = null;
    const maxLength = options.commentTarget?.maxLength ?? 65_536;
    const findingsPart = (budget) => renderFindingsSection(findings, verdict, { maxLength: budget, fullLocation: options.findingsPath ?? 'the job log (pass --findings to keep them as an artifact)' });
    const render = () => {
        if (!diff)
            return findingsPart(maxLength) || null;
        // The findings section gets up to a third of the room; the diff the rest, each cut to fit as the diff is.
        const section = findingsPart(Math.floor(maxLength / 3));
        const diffMarkdown = renderDiffComment(diff, { maxLength: section ? maxLength - section.length - 2 : maxLength, fullDiffLocation: options.fullDiffLocation });
        return section ? `${diffMarkdown.trimEnd()}\n\n${section}` : diffMarkdown;
    };
    // Rendered once, and only when read: by the comment, --comment-md or the action's job summary. A CLI scan without
    // them skips it (3,000 findings took 5-10 ms to render).
    let rendered = null;
    const commentMarkdown = () => (rendered ??= { markdown: render() }).markdown;
    if (diff) {
        await write(options.commentMdPath, () => commentMarkdown());
        if (options.commentTarget && options.commentMode !== 'never') {
            comment = await options.commentTarget.upsert({
                markdown: commentMarkdown(),
                marker: COMMENT_MARKER,
                createIfMissing: options.commentMode === 'always' || ((!isEmptyDiff(diff) || findings.some((f) => f.new && !f.suppressed)) && diff.targetKnown),
            });
        }
    }
    else if (options.diffJsonPath || options.commentMdPath) {
        // Without a diff there is no comment; the findings still make the job summary.
        notices.push('no diff: give --target-ref (defaults from CI on merge requests) or --base');
    }
    return { comment, commentMarkdown, outputErrors, notices };
}

// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
;// CONCATENATED MODULE: ./build/metadata/match/candidates.js

/** How many dependencies are probed before deciding that cutting is worth it. */
const SAMPLE = 1_000;
/**
 * The sets cut to the dependencies matching can find something for: those whose key, or whose source package's key
 * (an OS package built from another, package-key.ts), `keep` lets through (a store's candidate filter, which never
 * rules out a name with rows). Matching the cut sets gives the findings matching the whole sets gives. Each
 * finding's `introducedBy` walks the graph, kept whole, up to the introduced dependencies, and asks whether the
 * input tells those apart at all (introduced-by.ts): so the introduced ones are kept, and the first that says either
 * way. Order is kept. When more than half of the first SAMPLE dependencies pass, the sets are handed back whole:
 * cutting would save the thread little and cost this thread a key and a probe per dependency. Pure.
 *
 * Why: a large scan hands its sets to the matching thread, and in a large lock file most packages never had an
 * advisory. The thread's copying and reading all 50,000 of the bench's dependencies slowed the scan's write beside
 * it; ruling four in five out here costs this thread about what that saves on a 2-core machine (run/enrich.ts
 * forThread), and leaves the thread a fifth of the work.
 */
function candidateSets(sets, keep) {
    let probed = 0;
    let passed = 0;
    const cut = [];
    for (const set of sets) {
        const told = set.dependencies.find((d) => d.introduced !== null);
        const kept = [];
        for (const dependency of set.dependencies) {
            if (dependency.introduced === true || dependency === told) {
                kept.push(dependency);
                continue;
            }
            if (isCandidate(dependency, keep)) {
                kept.push(dependency);
                passed++;
            }
            if (++probed === SAMPLE && passed * 2 > SAMPLE)
                return sets;
        }
        cut.push(kept.length === set.dependencies.length ? set : { ...set, dependencies: kept });
    }
    return cut;
}
function isCandidate(dependency, keep) {
    const key = (0,package_key/* dependencyKeyText */.IV)(dependency);
    if (keep(dependency.type, key))
        return true;
    const source = (0,package_key/* sourcePackage */.We)(dependency, key);
    return source !== null && keep(dependency.type, source.name);
}

// EXTERNAL MODULE: ./build/metadata/match/licenses.js
var licenses = __webpack_require__(10632);
;// CONCATENATED MODULE: ./build/run/enrich.js



/**
 * Scans from this many dependencies match in a thread of their own (metadata/match-worker), beside the write of
 * their sets. Below it, copying the sets to the thread and its cold code cost more than matching in the scan's
 * own thread takes.
 */
const MATCH_IN_THREAD_FROM = 5_000;
const NOTHING = Promise.resolve({ findings: [], notice: null });
const messageOf = (e) => (e instanceof Error ? e.message : String(e));
const failed = (e) => ({ findings: [], notice: `cannot read the package metadata: ${messageOf(e)}` });
/**
 * The enrich stage of DESIGN.md 2: licences and advisories from the package metadata that `depindex sync` keeps
 * beside the index. Licences come first, so that the licence policy and the outputs see them; the matching they
 * wait for is started before them. Without metadata (never synced, or a store that has none) the sets pass
 * through unchanged. A lookup that fails is reported and the scan goes on: what it would have given is lost for
 * this run, nothing else.
 */
async function enrich(sets, lookup, options) {
    const size = sets.reduce((n, set) => n + set.dependencies.length, 0);
    const thread = lookup && options.vulnerabilities && size >= (options.threadFrom ?? MATCH_IN_THREAD_FROM) ? (options.thread ?? null) : null;
    if (!thread)
        void options.thread?.close();
    if (!lookup)
        return { sets, vulnerabilities: NOTHING, concurrent: false, error: null };
    // Loaded only when matching: the matcher (and its CVSS calculator) is a tenth of the code a scan would otherwise
    // load at start-up, and a scan without synced metadata never gets this far. Licences do not change what matches.
    const inScanThread = (of, keys) => Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 93686)).then((m) => m.matchVulnerabilities(of, lookup, { keys })).then(found, failed);
    // A thread that fails is never a reason to miss vulnerabilities: the scan's own thread matches instead, and says so.
    const fallBack = async (e) => {
        const matched = await inScanThread(sets);
        return { findings: matched.findings, notice: `matching in a thread failed (${messageOf(e)}); matched in the scan's thread instead${matched.notice ? `; ${matched.notice}` : ''}` };
    };
    // Sent before the licences are filled: the sets' write that follows holds this thread until it is done.
    const inThread = thread ? thread.match(await forThread(sets, lookup)).then(found, fallBack) : null;
    let keys;
    let filled = sets;
    let error = null;
    try {
        if (await mayHaveLicenses(sets, lookup)) {
            // Filling licences keeps every dependency's place and name: one key per dependency serves both stages.
            keys = (0,package_key/* indexKeys */.nI)(sets);
            filled = await (0,licenses/* fillLicenses */.G8)(sets, lookup, keys);
        }
    }
    catch (e) {
        error = failed(e).notice;
    }
    const vulnerabilities = !options.vulnerabilities ? NOTHING : (inThread ?? inScanThread(filled, keys));
    return { sets: filled, vulnerabilities, concurrent: inThread !== null, error };
}
/**
 * What the thread is sent: the sets cut to the dependencies the store's candidate filter lets through (candidates.ts:
 * the findings are the same). On the bench's 50,000 dependencies, one in five with advisories, ruling the others out
 * here costs this thread about what copying them would, and the thread, spared reading them, slows the write of
 * the sets beside it 60-100 ms less (the scan's stages timed, 12-16 alternating runs). Without a filter, or when it
 * cannot be read, the whole sets.
 */
async function forThread(sets, lookup) {
    try {
        const keep = await lookup.candidateFilter?.();
        return keep ? candidateSets(sets, keep) : sets;
    }
    catch {
        return sets;
    }
}
/** False when the store says no licence data was synced for any type of these sets. */
async function mayHaveLicenses(sets, lookup) {
    if (!lookup.licensedTypes)
        return true;
    const types = new Set();
    for (const set of sets)
        for (const d of set.dependencies)
            types.add(d.type);
    return (await lookup.licensedTypes([...types])).size > 0;
}
function found(findings) {
    return { findings, notice: null };
}

;// CONCATENATED MODULE: ./build/run/exit-code.js

/**
 * The exit code of a scan, decided here and nowhere else (README "Exit codes"): an output or store error (3)
 * before an unreadable input (2) before a failing verdict (1). Every output is written before it is decided.
 */
function exitCodeOf(outcome) {
    if (outcome.outputErrors.length > 0)
        return exit_codes/* EXIT */.d.output;
    if (outcome.inputErrors.length > 0)
        return exit_codes/* EXIT */.d.input;
    return outcome.verdict === 'fail' ? exit_codes/* EXIT */.d.policy : exit_codes/* EXIT */.d.ok;
}

;// CONCATENATED MODULE: ./build/run/pipeline.js









/**
 * One scan, stage by stage as DESIGN.md 2 draws it:
 * read (and graph) -> enrich -> compare -> check -> write -> emit -> exit code from the verdict. The check waits for
 * the advisories being matched while the write stores the sets; the findings join them in the same write.
 */
async function runPipeline(options) {
    const root = options.root ?? options.cwd;
    const input = await (0,run_scan/* readInputs */.K)({ patterns: options.patterns, cwd: options.cwd, maxInputBytes: options.maxInputBytes, root });
    const enriched = await enrich(input.sets, options.metadata, {
        vulnerabilities: options.config.checks.vulnerability,
        thread: options.matchThread ?? null,
        threadFrom: options.matchInThreadFrom,
    });
    const read = { ...input, sets: enriched.sets };
    const compared = await compare({ ...options, root, needsHistory: options.config.checks['checksum-changed'] || options.config.checks['source-changed'] });
    // A side that could not be read is never compared: its files would show as wholly added or removed.
    const unread = [
        ...read.errors.map((e) => ({ side: 'head', file: e.file, message: e.message })),
        ...compared.errors.map((e) => ({ side: 'base', file: e.file, message: e.message })),
    ];
    // A partial scan says nothing about the files it did not read: the base is limited to the files it did.
    const scanned = new Set(read.sets.map((s) => s.file));
    const base = options.partial && compared.base ? compared.base.filter((s) => scanned.has(s.file)) : compared.base;
    const diff = base === undefined
        ? null
        : withReportedVulnerabilities(diffSets(compared.target, base, read.sets, unread), { head: read.vulnerabilities, base: compared.baseVulnerabilities });
    // The checks wait for the advisories; when another thread matches them the store writes the sets meanwhile, and
    // the findings after them in the same write.
    const checked = enriched.vulnerabilities.then((matched) => ({
        matched,
        findings: runChecks({ sets: read.sets, config: options.config, reported: read.vulnerabilities, previous: compared.previous, standing: compared.standing, now: options.now }, base ?? null, [...options.producers, () => matched.findings]),
    }));
    const outputErrors = [...(options.storeError ? [options.storeError] : []), ...compared.storeErrors];
    const storeNotices = [];
    let stored = null;
    if (options.store && options.context) {
        // A complete scan retires the ref's other files, unless an input could not be read: its file may be one of
        // them, and what was good in the index is never lost to a read error.
        // A scan that read no dependency file at all (only SBOMs depindex wrote itself) is no picture of the ref either.
        const complete = !options.partial && read.errors.length === 0 && read.sets.length > 0;
        if (!options.partial && read.errors.length > 0)
            storeNotices.push('no set was retired: an input could not be read, and retiring needs the complete picture of the ref');
        else if (!options.partial && !complete)
            storeNotices.push('no set was retired: no dependency file was read (`depindex prune` removes a ref)');
        // The findings go with the sets in one write: a store never holds sets with findings of another scan. Those of
        // sets that were not retired stay.
        // Only while another thread matches does the write start before the findings are in: the store's lock is then
        // held no longer than the write of the sets takes anyway.
        const forStore = enriched.concurrent ? checked.then((c) => c.findings) : (await checked).findings;
        // A store that refuses the scan before it waits for the findings leaves this unread; a failure is thrown below.
        if (forStore instanceof Promise)
            forStore.catch(() => { });
        const written = await options.store.writeScan(options.context, read.sets, { complete, findings: forStore });
        if (written.ok)
            stored = written.value;
        else
            outputErrors.push(`cannot write to the store ${options.store.location}: ${written.error}`);
    }
    else if (options.storeSpec && !options.context) {
        storeNotices.push('not written to the index: give --project and --ref (in CI they default from the environment), or --no-store');
    }
    const { matched, findings } = await checked;
    const verdict = decideVerdict(findings, options.config, base !== undefined && base !== null);
    // Package metadata is optional: without it the scan is what it was before `depindex sync` existed.
    const notices = [options.metadataError, enriched.error, matched.notice, ...storeNotices].filter((n) => typeof n === 'string');
    const inputErrors = [...read.errors, ...compared.errors];
    const result = { ...read, errors: inputErrors };
    const emitted = await emit({ ...options, stdout: options.stdout ?? null }, { result, diff, findings, verdict });
    outputErrors.push(...emitted.outputErrors);
    notices.push(...emitted.notices);
    // A comment that cannot be posted is reported with what to fix, but does not fail the job: forks and
    // read-only tokens are common, and the diff is in the job's other outputs.
    const exitCode = exitCodeOf({ outputErrors, inputErrors, verdict });
    return { result, diff, findings, verdict, stored, comment: emitted.comment, commentMarkdown: emitted.commentMarkdown, exitCode, outputErrors, notices };
}

// EXTERNAL MODULE: ./build/run/repository-root.js
var repository_root = __webpack_require__(265);
// EXTERNAL MODULE: ./build/run/resolve-options.js
var resolve_options = __webpack_require__(54693);
;// CONCATENATED MODULE: ./build/run/execute.js
















/**
 * The edge where a scan meets the world: reads CI facts and the configuration, opens the store and the comment
 * target, runs the pipeline, closes the store. A bad configuration stops before anything is written (exit 64).
 * A store that cannot be opened or used (unreachable, foreign, missing a table) is an output error of the
 * pipeline: the scan's files are still written, and the exit code says 3.
 */
async function executeScan(raw, environment) {
    const event = await readGithubEvent(environment.env.GITHUB_EVENT_PATH);
    const ci = ciFacts(environment.env, event);
    const resolved = (0,resolve_options/* resolveScanOptions */.S)(raw, ci, environment.cwd, environment.now, environment.env);
    if (!resolved.ok)
        return { ok: false, exitCode: exit_codes/* EXIT */.d.usage, error: resolved.error };
    const options = resolved.value;
    const loaded = await (0,load/* loadConfig */.Z)(options.configPath, environment.cwd);
    if (!loaded.ok)
        return { ok: false, exitCode: exit_codes/* EXIT */.d.usage, error: loaded.error };
    let store = null;
    let storeError = null;
    // Without a project and ref there is nothing to key sets by, so the store is not even opened.
    if (options.storeSpec && options.context) {
        try {
            const opened = await (0,build_store_open/* openStore */.Ch)(options.storeSpec, { cwd: environment.cwd, env: environment.env });
            if (opened.ok)
                store = opened.value;
            else
                storeError = opened.error;
        }
        catch (e) {
            storeError = `cannot open the store ${options.storeSpec}: ${e.message}`;
        }
    }
    const metadata = options.storeSpec ? await openMetadata(options.storeSpec, environment) : { store: null, error: null };
    // Over a SQLite file, a thread is started now to match a large scan (run/enrich.ts): its start-up overlaps the read.
    // With one processor the thread could only take turns with the scan, so it is not started.
    const metadataFile = metadata.store && options.storeSpec && (0,external_node_os_.availableParallelism)() > 1 ? (0,store_open/* sqlitePathOf */.Zd)(options.storeSpec, environment.cwd) : null;
    const matchThread = metadataFile && loaded.value.config.checks.vulnerability ? (environment.startMatchThread ?? startMatchThread)(metadataFile) : null;
    const pullRequest = typeof event?.pull_request === 'object' ? (event.pull_request.number ?? null) : null;
    const choice = chooseCommentTarget(ci, environment.env, typeof pullRequest === 'number' ? pullRequest : null, environment.githubToken ?? environment.env.GITHUB_TOKEN ?? null);
    const warnings = [...options.warnings];
    // A reason, when there is one, is reported with the outcome; without one there is no merge request at all.
    if (raw.comment === 'always' && choice.target === null && choice.reason === null) {
        warnings.push(ci.platform === 'local'
            ? '--comment always has no effect outside CI: there is no merge or pull request to comment on'
            : '--comment always has no effect: this pipeline is not for a merge or pull request');
    }
    try {
        const outcome = await runPipeline({
            ...options,
            cwd: environment.cwd,
            root: (0,repository_root/* repositoryRoot */.H)(environment.env, environment.cwd),
            config: loaded.value.config,
            store,
            storeError,
            commentTarget: choice.target,
            fullDiffLocation: options.diffJsonPath ? `the diff JSON (${options.diffJsonPath})` : 'the job log (pass --diff-json to keep it as an artifact)',
            producers: environment.producers ?? [],
            subject: sbomSubject({
                project: options.knownProject,
                folder: (0,external_node_path_.basename)(environment.cwd),
                manifest: options.sbomPath ? await readProjectIdentity(environment.cwd) : null,
                ref: options.ref,
                commit: options.context?.commitSha ?? null,
                name: options.sbomName,
                version: options.sbomVersion,
            }),
            metadata: metadata.store,
            metadataError: metadata.error,
            matchThread,
            now: environment.now,
            stdout: environment.stdout ?? null,
        });
        return { ok: true, outcome, commentReason: choice.reason, warnings };
    }
    finally {
        await matchThread?.close();
        await store?.close();
        await metadata.store?.close();
    }
}
/**
 * The package metadata beside the index, when `depindex sync` has put some there. An index that was never
 * synced is left as it is: no metadata tables, nothing matched or filled. On Elasticsearch one request (the
 * revision counter a sync writes) says so; any failure there means no metadata for this scan (told), never a failed scan.
 */
async function openMetadata(storeSpec, environment) {
    // A `--store` of no known kind is the index's error to report (openStore), not a second one here.
    if (!(0,build_store_open/* storeKindOf */.lu)(storeSpec).ok)
        return { store: null, error: null };
    try {
        const opened = await (0,synced.openSyncedMetadata)(storeSpec, { cwd: environment.cwd, env: environment.env, readOnly: false });
        return opened.ok ? { store: opened.value, error: null } : { store: null, error: `package metadata not used: ${opened.error}` };
    }
    catch (e) {
        return { store: null, error: `package metadata not used: ${e.message}` };
    }
}
async function readGithubEvent(path) {
    if (!path)
        return null;
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 54693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ resolveScanOptions),
/* harmony export */   i: () => (/* binding */ FILE_OUTPUTS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_byte_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42322);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _store_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(609);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7312);





/** The file outputs; each may be "-", standard output (one of them at most). */
const FILE_OUTPUTS = ['sbom', 'json', 'csv', 'diff-json', 'findings', 'gitlab-report', 'sarif', 'comment-md'];
/**
 * Flags first, then what CI says (and DEPINDEX_STORE, as search and es read it), then the schema's defaults.
 * Errors name the option and what would be valid. Pure: the clock and the environment come in as values.
 */
function resolveScanOptions(raw, ci, cwd, now, env = {}) {
    if (raw.reports.length === 0)
        return { ok: false, error: 'name at least one input file or glob' };
    const sizeText = raw['max-input-size'] ?? String((0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionDefault */ .Z)('max-input-size'));
    const maxInputBytes = (0,_model_byte_size_js__WEBPACK_IMPORTED_MODULE_3__/* .parseByteSize */ .n)(sizeText);
    if (maxInputBytes === null || maxInputBytes <= 0)
        return { ok: false, error: `max-input-size "${sizeText}" is not a size (e.g. 256MiB, 1GiB)` };
    const refType = raw['ref-type'] ?? ci.refType ?? String((0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionDefault */ .Z)('ref-type'));
    if (refType !== 'branch' && refType !== 'tag')
        return { ok: false, error: `ref-type "${refType}" must be branch or tag` };
    const commentMode = raw.comment ?? String((0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionDefault */ .Z)('comment'));
    if (commentMode !== 'always' && commentMode !== 'on-change' && commentMode !== 'never') {
        return { ok: false, error: `comment "${commentMode}" must be always, on-change or never` };
    }
    const toStdout = FILE_OUTPUTS.filter((name) => raw[name] === '-');
    if (toStdout.length > 1)
        return { ok: false, error: `one output at most can go to standard output ("-"), got ${toStdout.map((n) => `--${n} -`).join(' and ')}` };
    const storeSpec = raw['no-store'] ? null : (raw.store ?? (env.DEPINDEX_STORE || null) ?? String((0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionDefault */ .Z)('store')));
    if (storeSpec !== null) {
        const kind = (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .storeKindOf */ .lu)(storeSpec);
        if (!kind.ok)
            return { ok: false, error: (0,_store_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(raw.store === undefined ? `DEPINDEX_STORE: ${kind.error}` : kind.error) };
    }
    const warnings = [];
    if (raw['no-store'] && raw['target-ref'] !== undefined) {
        warnings.push(`--target-ref ${raw['target-ref']} has no effect with --no-store: there is no index to compare with (--base FILE compares with files)`);
    }
    const knownProject = raw.project ?? ci.project;
    const ref = raw.ref ?? ci.ref;
    const context = knownProject && ref
        ? {
            project: knownProject.replace(/^\/+|\/+$/g, ''),
            ref,
            refType,
            defaultBranch: raw['default-branch'] ?? ci.defaultBranch ?? false,
            commitSha: raw.commit ?? ci.commitSha,
            pipelineUrl: raw['pipeline-url'] ?? ci.pipelineUrl,
            scannedAt: now,
        }
        : null;
    return {
        ok: true,
        value: {
            patterns: raw.reports,
            maxInputBytes,
            sbomPath: raw.sbom ?? null,
            jsonPath: raw.json ?? null,
            csvPath: raw.csv ?? null,
            sbomName: raw['sbom-name'] ?? null,
            sbomVersion: raw['sbom-version'] ?? null,
            knownProject: knownProject ? knownProject.replace(/^\/+|\/+$/g, '') : null,
            diffJsonPath: raw['diff-json'] ?? null,
            commentMdPath: raw['comment-md'] ?? null,
            findingsPath: raw.findings ?? null,
            gitlabReportPath: raw['gitlab-report'] ?? null,
            sarifPath: raw.sarif ?? null,
            configPath: raw.config ?? null,
            partial: raw.partial ?? false,
            storeSpec,
            project: knownProject ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(cwd),
            ref,
            context,
            targetRef: raw['target-ref'] ?? ci.targetRef,
            basePatterns: raw.base && raw.base.length > 0 ? raw.base : null,
            commentMode,
            warnings,
        },
    };
}


/***/ })

};
