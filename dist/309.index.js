export const id = 309;
export const ids = [309];
export const modules = {

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

/***/ 34040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ AffectedRanges)
/* harmony export */ });
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5791);
/* harmony import */ var _versions_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35335);


/**
 * Builds the test of one affected package with its ecosystem's semantics: the PMDB `affected_range` in the
 * type's advisory syntax (DESIGN.md 8.1), or OSV events and explicit lists. Tools and ranges are cached per
 * type and range text, so 500,000 stored rows cost one parse per distinct range. Where a package's purl selects
 * other semantics (apk-tools 3 for Alpine 3.23+, Ecosystem.forPurl), its tests and order are that variant's, cached
 * apart under the variant's key.
 */
class AffectedRanges {
    tools = new Map();
    tests = new WeakMap();
    /** Per semantics, per kind ("[1.0]" is a Maven range and JSON too), per text. */
    byText = new Map();
    tool(type, purl) {
        const semantics = this.semantics(type, purl);
        if (!semantics)
            return null;
        let tool = this.tools.get(semantics.key);
        if (tool === undefined) {
            tool = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .versionTool */ .$1)(semantics.ecosystem, 50_000);
            this.tools.set(semantics.key, tool);
        }
        return tool;
    }
    byPurl = new Map();
    variants = new Map();
    /** The semantics for a package; a purl is parsed once, and only for types whose purls can select a variant. */
    semantics(type, purl) {
        let variants = this.variants.get(type);
        if (variants === undefined)
            this.variants.set(type, (variants = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPurlVariants */ .gd)(type)));
        const key = purl && variants ? purl : type;
        let found = this.byPurl.get(key);
        if (found === undefined) {
            found = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .purlSemantics */ .T3)(type, key === type ? null : purl) ?? null;
            if (this.byPurl.size > 100_000)
                this.byPurl.clear();
            this.byPurl.set(key, found);
        }
        return found ?? undefined;
    }
    test(pkg) {
        const cached = this.tests.get(pkg);
        if (cached)
            return cached;
        const result = this.testText(pkg.type, (0,_store_types_js__WEBPACK_IMPORTED_MODULE_1__/* .versionsText */ .p)(pkg));
        this.tests.set(pkg, result);
        return result;
    }
    /** The test of an affected package for one dependency's purl: the variant's when the purl selects one. */
    testFor(pkg, purl) {
        return (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPurlVariants */ .gd)(pkg.type) ? this.testText(pkg.type, (0,_store_types_js__WEBPACK_IMPORTED_MODULE_1__/* .versionsText */ .p)(pkg), purl) : this.test(pkg);
    }
    /** The test of versions in their stored text form; one per distinct (semantics, text). */
    testText(type, versions, purl) {
        return this.testOf(type, versions.kind, versions.text, purl);
    }
    /** testText with the versions taken apart, as a store hands candidate rows over. */
    testOf(type, kind, text, purl) {
        const key = this.semantics(type, purl)?.key ?? type;
        let kinds = this.byText.get(key);
        if (!kinds)
            this.byText.set(key, (kinds = { pmdb: new Map(), osv: new Map() }));
        const byType = kind === 'osv' ? kinds.osv : kinds.pmdb;
        let result = byType.get(text);
        if (!result) {
            result = this.build(type, { kind, text }, purl);
            if (byType.size > 100_000)
                byType.clear();
            byType.set(text, result);
        }
        return result;
    }
    build(type, versions, purl) {
        const tool = this.tool(type, purl);
        if (!tool)
            return { ok: false, error: `package type "${type}" has no version semantics in depindex` };
        if (versions.kind === 'osv') {
            let affected;
            try {
                affected = JSON.parse(versions.text);
            }
            catch {
                return { ok: false, error: 'stored OSV ranges are not JSON' };
            }
            const range = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .osvRange */ .uo)(tool.ecosystem, affected);
            return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
        }
        const range = tool.range(versions.text, 'advisory');
        if (!range.ok)
            return range;
        const contains = range.value.contains.bind(range.value);
        const parse = this.parser(this.semantics(type, purl)?.key ?? type, tool);
        return {
            ok: true,
            value: (v) => {
                const parsed = parse(v);
                return parsed !== undefined && contains(parsed);
            },
        };
    }
    parsers = new Map();
    /** Each version text parsed once per semantics (undefined: it does not parse). */
    parser(key, tool) {
        let parse = this.parsers.get(key);
        if (!parse) {
            const cache = new Map();
            const unparsable = Symbol('unparsable');
            parse = (text) => {
                let found = cache.get(text);
                if (found === undefined) {
                    const r = tool.ecosystem.versioning.parse(text);
                    found = r.ok ? r.value : unparsable;
                    if (cache.size > 200_000)
                        cache.clear();
                    cache.set(text, found);
                }
                return found === unparsable ? undefined : found;
            };
            this.parsers.set(key, parse);
        }
        return parse;
    }
    /** Fixed versions sorted in the ecosystem's order (unparsable ones last, as written), and the smallest above `current`. */
    remediation(type, fixed, current, purl) {
        const tool = this.tool(type, purl);
        const unique = [...new Set(fixed)];
        if (!tool)
            return { sorted: unique, next: null };
        const parsable = unique.filter((f) => tool.compare(f, f).ok);
        const rest = unique.filter((f) => !parsable.includes(f));
        parsable.sort((a, b) => tool.compare(a, b).value);
        const next = parsable.find((f) => {
            const c = tool.compare(f, current);
            return c.ok && c.value > 0;
        });
        return { sorted: [...parsable, ...rest], next: next ?? null };
    }
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


/***/ })

};
