export const id = 775;
export const ids = [775];
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

/***/ 78448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ recordPackageKey),
/* harmony export */   P6: () => (/* binding */ keyIndexFor),
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
    const { type, namespace, name } = dependency;
    if (isOsType(type))
        return { type, key: bare(namespace, name).toLowerCase() };
    return { type, key: (0,_store_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(type, namespace, name) };
}
function indexKeys(sets) {
    const places = new Map();
    const keys = [];
    const placeOf = (key) => {
        let byName = places.get(key.type);
        if (!byName)
            places.set(key.type, (byName = new Map()));
        let place = byName.get(key.key);
        if (place === undefined) {
            place = keys.length;
            keys.push(key);
            byName.set(key.key, place);
        }
        return place;
    };
    const sources = [];
    const at = sets.map((set) => {
        const of = new Int32Array(set.dependencies.length);
        let fromSource = null;
        set.dependencies.forEach((dependency, i) => {
            const key = dependencyKey(dependency);
            of[i] = placeOf(key);
            // Only OS packages whose purl names a source: the purl is parsed for those alone.
            if (!isOsType(key.type) || !dependency.purl.includes('upstream='))
                return;
            const source = (0,_search_os_package_js__WEBPACK_IMPORTED_MODULE_1__/* .osPackageNames */ .N)(dependency.purl)?.source;
            if (!source || source.name === key.key)
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

/***/ 41769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Te: () => (/* binding */ texts),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function text(object, ...keys) {
    for (const key of keys) {
        const value = object[key];
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return null;
}
function texts(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '') : [];
}
function number(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return null;
}
function boolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return null;
}


/***/ }),

/***/ 43078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ parsePmdbLicense),
/* harmony export */   GS: () => (/* binding */ parseV1LicenseRow),
/* harmony export */   UV: () => (/* binding */ mergeLicenseRecords)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _json_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41769);


/** One PMDB v2 licence line (compressed per package, DESIGN.md 8.1) of the file's purl type. */
function parsePmdbLicense(value, type) {
    if (!(0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('not a JSON object');
    const name = (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'name');
    if (!name)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('no "name"');
    const other = [];
    if (Array.isArray(value['other_licenses'])) {
        for (const [i, entry] of value['other_licenses'].entries()) {
            if (!(0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry))
                return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`${name}: other_licenses[${i}] is not an object`);
            other.push({ licenses: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(entry['licenses']), versions: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(entry['versions']) });
        }
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({
        type,
        name,
        lowestVersion: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'lowest_version'),
        highestVersion: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, 'highest_version'),
        defaultLicenses: (0,_json_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .texts */ .Te)(value['default_licenses']),
        otherLicenses: other,
    });
}
/** Splits one CSV line (RFC 4180 quoting) into fields; null when a quote is left open. */
function csvFields(line) {
    const fields = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const quote = line.indexOf('"', i);
                if (quote < 0)
                    return null;
                value += line.slice(i, quote);
                if (line[quote + 1] === '"') {
                    value += '"';
                    i = quote + 2;
                    continue;
                }
                i = quote + 1;
                break;
            }
            fields.push(value);
            if (i < line.length && line[i] !== ',')
                return null;
            i++;
        }
        else {
            const comma = line.indexOf(',', i);
            const end = comma < 0 ? line.length : comma;
            fields.push(line.slice(i, end));
            i = end + 1;
        }
    }
    return fields;
}
/**
 * A v1 licence CSV row `name,version,license`: one version of one package, stored as a licence record that
 * covers exactly that version (so v1 and v2 data answer through the same evaluation).
 */
function parseV1LicenseRow(line, type) {
    const fields = csvFields(line);
    if (!fields || fields.length !== 3)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('not a "name,version,license" row');
    const [name, version, license] = fields;
    if (!name || !version)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)('empty name or version');
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ type, name, lowestVersion: null, highestVersion: null, defaultLicenses: [], otherLicenses: [{ licenses: license ? [license] : [], versions: [version] }] });
}
/**
 * Two records of one package: a v2 record (it has a default or a version span) replaces the earlier one whole;
 * v1 rows arrive one version at a time and are merged in, a later row for a version replacing the earlier.
 */
function mergeLicenseRecords(earlier, later) {
    const hasDefault = later.defaultLicenses.length > 0 || later.lowestVersion !== null || later.highestVersion !== null;
    if (hasDefault)
        return later;
    const replaced = new Set(later.otherLicenses.flatMap((o) => o.versions));
    const kept = earlier.otherLicenses
        .map((o) => ({ licenses: o.licenses, versions: o.versions.filter((v) => !replaced.has(v)) }))
        .filter((o) => o.versions.length > 0);
    return { ...earlier, otherLicenses: [...kept, ...later.otherLicenses] };
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

/***/ 90710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kW: () => (/* binding */ candidatesOf),
/* harmony export */   qQ: () => (/* binding */ placesByType),
/* harmony export */   uh: () => (/* binding */ namesByType)
/* harmony export */ });
/** Keys grouped by type: each type's names go to SQLite as one JSON array, read back with json_each. */
function namesByType(keys) {
    const out = new Map();
    for (const k of keys) {
        const list = out.get(k.type);
        if (list)
            list.push(k.key);
        else
            out.set(k.type, [k.key]);
    }
    return out;
}
/** Keys grouped by type, with the place of each in `keys`. */
function placesByType(keys) {
    const out = new Map();
    keys.forEach((k, place) => {
        let group = out.get(k.type);
        if (!group)
            out.set(k.type, (group = { names: [], places: [] }));
        group.names.push(k.key);
        group.places.push(place);
    });
    return out;
}
/** The names of a group the filter lets through, with their places. */
function candidatesOf(group, filter) {
    const names = [];
    const places = [];
    group.names.forEach((name, i) => {
        if (filter.mayHave(name)) {
            names.push(name);
            places.push(group.places[i]);
        }
    });
    return { names, places };
}


/***/ }),

/***/ 13775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oJ: () => (/* binding */ hasSyncedMetadata),
  jL: () => (/* binding */ openMetadataStore),
  Zd: () => (/* binding */ sqlitePathOf)
});

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/store/open.js
var store_open = __webpack_require__(57268);
// EXTERNAL MODULE: ./build/store/sqlite/store.js + 10 modules
var sqlite_store = __webpack_require__(99919);
// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/metadata/records/pmdb-license.js
var pmdb_license = __webpack_require__(43078);
// EXTERNAL MODULE: ./build/metadata/store/key-groups.js
var key_groups = __webpack_require__(90710);
;// CONCATENATED MODULE: ./build/metadata/store/name-filter.js
/**
 * A Bloom filter of the name keys one purl type has affected rows for. A scan tests each of its names here, in
 * JavaScript, before any SQL: in a large lock file most packages never had an advisory, and those then cost a few
 * hash probes instead of an index seek. A false positive costs only the seek it saves otherwise; a name whose
 * advisory was removed may keep its bits until the next rebuild, which is harmless for the same reason. A name
 * with rows is never missed (no false negatives), so the findings do not depend on the filter.
 *
 * The bytes are stored (md_name_filter), so the hashing below is part of the file format: changing it needs a
 * metadata migration that drops the stored filters.
 */
/** Bits per name the filter is sized for, and probes per name: about 1% false positives when full. */
const BITS_PER_NAME = 10;
const PROBES = 7;
const MIN_CAPACITY = 1024;
/** Two 32-bit hashes of a key's UTF-16 code units (FNV-1a and a murmur3-style mix), for double hashing. */
function hashes(key) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ key.length;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b ^= b >>> 16;
    // An odd step visits distinct bits for every probe.
    return [a >>> 0, (b | 1) >>> 0];
}
class NameFilter {
    bits;
    capacity;
    added;
    constructor(bits, 
    /** How many names the filter is sized for. */
    capacity, 
    /** How many names were added since it was built (a name added twice counts twice): past capacity it is rebuilt. */
    added) {
        this.bits = bits;
        this.capacity = capacity;
        this.added = added;
    }
    /** An empty filter sized for `names` names with room to grow (twice as many). */
    static sizedFor(names) {
        const capacity = Math.max(MIN_CAPACITY, names * 2);
        return new NameFilter(new Uint8Array(Math.ceil((capacity * BITS_PER_NAME) / 8)), capacity, 0);
    }
    /** A stored filter; null when the bytes do not fit the capacity (then it is rebuilt or not used). */
    static stored(bits, capacity, added) {
        if (!Number.isSafeInteger(capacity) || capacity < 1 || bits.length !== Math.ceil((capacity * BITS_PER_NAME) / 8))
            return null;
        return new NameFilter(bits, capacity, added);
    }
    /** Whether `more` further names still fit without raising the false-positive rate past its design. */
    fits(more) {
        return this.added + more <= this.capacity;
    }
    add(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            this.bits[bit >>> 3] = this.bits[bit >>> 3] | (1 << (bit & 7));
        }
        this.added++;
    }
    /** False: the type has no affected row for this name. True: it may have (about 1% of absent names say so). */
    mayHave(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0)
                return false;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-name-filters.js

function readFilter(sql, type) {
    const row = sql('SELECT capacity, added, bits FROM md_name_filter WHERE type = ?').get(type);
    return row ? NameFilter.stored(row.bits, Number(row.capacity), Number(row.added)) : null;
}
/** A filter of every name the type has rows for now: withdrawn rows match nothing, so they are left out. */
function rebuilt(sql, type) {
    const query = sql('SELECT DISTINCT name_key FROM md_affected INDEXED BY md_affected_match WHERE type = ? AND withdrawn = 0');
    query.setReturnArrays(true);
    const names = query.all(type);
    const filter = NameFilter.sizedFor(names.length);
    for (const [name] of names)
        filter.add(name);
    return filter;
}
/**
 * Called inside an ingest's transaction, after its rows: the names it wrote go into their type's filter, saved with
 * the rows. A type without a filter (first ingest, or a file from before filters) or whose filter would be fuller than
 * it was sized for is rebuilt from all its rows, which also drops the bits of names no longer affected.
 */
function addToNameFilters(sql, written) {
    for (const [type, names] of written) {
        let filter = readFilter(sql, type);
        if (filter?.fits(names.size))
            for (const name of names)
                filter.add(name);
        else
            filter = rebuilt(sql, type);
        sql('INSERT OR REPLACE INTO md_name_filter (type, capacity, added, bits) VALUES (?, ?, ?, ?)').run(type, filter.capacity, filter.added, filter.bits);
    }
}
/**
 * The filters as a scan reads them, kept while the metadata revision (raised by every ingest, in its transaction)
 * stays the same: a rescan asking set after set reads each once. Call inside a read transaction.
 */
function nameFilterReader(sql) {
    const cache = new Map();
    let revision = -1;
    return (type) => {
        const now = Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
        if (now !== revision) {
            cache.clear();
            revision = now;
        }
        if (!cache.has(type))
            cache.set(type, readFilter(sql, type));
        return cache.get(type) ?? null;
    };
}

// EXTERNAL MODULE: ./build/metadata/store/sqlite-schema.js
var sqlite_schema = __webpack_require__(53018);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
;// CONCATENATED MODULE: ./build/metadata/store/sqlite-store.js









function failure(what, location, e) {
    return (0,result/* err */._)(`${what} in ${location} failed: ${e instanceof Error ? e.message : String(e)}`);
}
/**
 * The metadata tables in the index's SQLite file. The index itself is opened (and created) first through its
 * own store, so a file that starts with `depindex sync` is a valid index for `depindex scan` too.
 */
function openSqliteMetadata(path, options = {}) {
    const location = `sqlite:${path}`;
    if (path !== ':memory:') {
        const index = (0,sqlite_store/* openSqliteStore */.Y)(path, { busyTimeoutMs: options.busyTimeoutMs });
        if (!index.ok)
            return index;
        void index.value.close();
    }
    let db;
    try {
        db = new external_node_sqlite_.DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        // The names a scan asks for go into a temporary table: kept in memory, not in a temporary file.
        db.exec('PRAGMA temp_store = MEMORY');
        (0,sqlite_schema/* prepareMetadataSchema */.W)(db, location);
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const statements = new Map();
    const sql = (text) => {
        let s = statements.get(text);
        if (!s)
            statements.set(text, (s = db.prepare(text)));
        return s;
    };
    /** The names each type got rows for in the ingest under way (sqlite-name-filters.ts). */
    const written = new Map();
    function writeAdvisory(record, revision) {
        const { advisory } = record;
        // Most lines of an export are new advisories: one lookup spares them the two deletes.
        if (sql('SELECT 1 FROM md_advisories WHERE id = ?').get(advisory.id)) {
            sql('DELETE FROM md_affected_data WHERE id IN (SELECT rowid FROM md_affected WHERE advisory_id = ?)').run(advisory.id);
            sql('DELETE FROM md_affected WHERE advisory_id = ?').run(advisory.id);
            sql('DELETE FROM md_aliases WHERE advisory_id = ?').run(advisory.id);
        }
        sql('INSERT OR REPLACE INTO md_advisories (id, source, withdrawn, revision, data) VALUES (?, ?, ?, ?, ?)').run(advisory.id, advisory.source, advisory.withdrawn ? 1 : 0, revision, JSON.stringify(advisory));
        const affected = sql('INSERT INTO md_affected (advisory_id, type, name_key, withdrawn, distro, range_kind, range) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const data = sql('INSERT INTO md_affected_data (id, data) VALUES (?, ?)');
        for (const pkg of record.packages) {
            const versions = (0,types/* versionsText */.p)(pkg);
            const key = (0,package_key/* recordPackageKey */.HS)(pkg.type, pkg.name).key;
            const row = affected.run(advisory.id, pkg.type, key, advisory.withdrawn ? 1 : 0, pkg.distro, versions.kind, versions.text);
            data.run(row.lastInsertRowid, JSON.stringify(pkg));
            if (!advisory.withdrawn) {
                const names = written.get(pkg.type);
                if (names)
                    names.add(key);
                else
                    written.set(pkg.type, new Set([key]));
            }
        }
        const alias = sql('INSERT OR IGNORE INTO md_aliases (alias, advisory_id) VALUES (?, ?)');
        for (const id of new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)]))
            alias.run(id.toUpperCase(), advisory.id);
    }
    function writeLicense(record) {
        const key = (0,package_key/* recordPackageKey */.HS)(record.type, record.name).key;
        const found = sql('SELECT data FROM md_licenses WHERE type = ? AND name_key = ?').get(record.type, key);
        const merged = found ? (0,pmdb_license/* mergeLicenseRecords */.UV)(JSON.parse(found.data), record) : record;
        sql('INSERT OR REPLACE INTO md_licenses (type, name_key, data) VALUES (?, ?, ?)').run(record.type, key, JSON.stringify(merged));
    }
    function writeEnrichment(e, revision) {
        // The advisories of the CVE change priority: a rescan evaluates them again.
        sql('UPDATE md_advisories SET revision = ? WHERE id IN (SELECT advisory_id FROM md_aliases WHERE alias = ?)').run(revision, e.cveId);
        sql('INSERT OR REPLACE INTO md_cve_enrichment (cve_id, epss, known_exploited) VALUES (?, ?, ?)').run(e.cveId, e.epss, e.knownExploited === null ? null : e.knownExploited ? 1 : 0);
    }
    const readRevision = () => Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
    const nameFilter = nameFilterReader(sql);
    /** The rows of each key by its place (MetadataLookup.affectedAt); duplicate keys each get the rows. */
    function affectedAt(keys) {
        // One snapshot: the filters and the rows they describe are read at the same revision.
        const own = !db.isTransaction;
        if (own)
            db.exec('BEGIN');
        try {
            return affectedRows(keys);
        }
        finally {
            if (own)
                db.exec('COMMIT');
        }
    }
    function affectedRows(keys) {
        const out = new Array(keys.length).fill(undefined);
        // A type without advisories (not synced, or --registry left it out) costs one seek, not one per name.
        const any = sql('SELECT 1 FROM md_affected INDEXED BY md_affected_match WHERE type = ? LIMIT 1');
        // CROSS JOIN keeps the scan's names as the outer loop: without statistics SQLite might scan every row.
        // Every column comes from md_affected_match (covering): one index seek per name, no row lookups. The name comes
        // back as its place in the array sent, the kind as 0/1: no new string per row for what JavaScript knows already.
        const query = sql(`SELECT j.key, a.rowid, a.advisory_id, a.distro, a.range_kind = 'osv', a.range
       FROM json_each(?) j CROSS JOIN md_affected a INDEXED BY md_affected_match ON a.type = ? AND a.name_key = j.value AND a.withdrawn = 0`);
        query.setReturnArrays(true);
        for (const [type, group] of (0,key_groups/* placesByType */.qQ)(keys)) {
            const filter = nameFilter(type);
            // Names the filter rules out have no rows: only the others are sought. Without a filter (a file synced before
            // filters, this type not ingested since), every name is.
            const { names, places } = filter ? (0,key_groups/* candidatesOf */.kW)(group, filter) : group;
            if (names.length === 0 || (!filter && any.get(type) === undefined))
                continue;
            for (const row of query.all(JSON.stringify(names), type)) {
                const [at, ref, advisoryId, distro, osv, range] = row;
                const place = places[at];
                const entry = { ref, advisoryId, type, distro, versions: { kind: osv === 1 ? 'osv' : 'pmdb', text: range } };
                const list = out[place];
                if (list)
                    list.push(entry);
                else
                    out[place] = [entry];
            }
        }
        return out;
    }
    const store = {
        location,
        async checkpoints() {
            try {
                const rows = sql('SELECT data_type, registry, version_format, sequence, chunk FROM md_checkpoints ORDER BY data_type, registry, version_format').all();
                return (0,result.ok)(rows.map((r) => ({ dataType: String(r.data_type), registry: String(r.registry), versionFormat: String(r.version_format), sequence: Number(r.sequence), chunk: Number(r.chunk) })));
            }
            catch (e) {
                return failure('reading checkpoints', location, e);
            }
        },
        async ingest(batch) {
            try {
                db.exec('BEGIN IMMEDIATE');
            }
            catch (e) {
                return failure('starting a metadata write', location, e);
            }
            try {
                written.clear();
                const revision = readRevision() + 1;
                sql("UPDATE md_state SET value = ? WHERE key = 'revision'").run(revision);
                for (const record of batch.advisories)
                    writeAdvisory(record, revision);
                addToNameFilters(sql, written);
                written.clear();
                for (const record of batch.licenses)
                    writeLicense(record);
                for (const record of batch.enrichment)
                    writeEnrichment(record, revision);
                const c = batch.checkpoint;
                if (c) {
                    sql('INSERT OR REPLACE INTO md_checkpoints (data_type, registry, version_format, sequence, chunk) VALUES (?, ?, ?, ?, ?)').run(c.dataType, c.registry, c.versionFormat, c.sequence, c.chunk);
                }
                options.beforeCommit?.();
                db.exec('COMMIT');
                return (0,result.ok)(undefined);
            }
            catch (e) {
                db.exec('ROLLBACK');
                return failure('writing package metadata', location, e);
            }
        },
        async status() {
            const checkpoints = await store.checkpoints();
            if (!checkpoints.ok)
                return checkpoints;
            try {
                const count = (table) => Number(sql(`SELECT count(*) AS n FROM ${table}`).get().n);
                return (0,result.ok)({
                    checkpoints: checkpoints.value,
                    counts: { advisories: count('md_advisories'), affectedPackages: count('md_affected'), licenses: count('md_licenses'), cveEnrichment: count('md_cve_enrichment') },
                });
            }
            catch (e) {
                return failure('counting package metadata', location, e);
            }
        },
        async affectedFor(keys) {
            const out = new Map();
            const rows = affectedAt(keys);
            keys.forEach((k, place) => {
                const found = rows[place];
                if (!found)
                    return;
                const key = (0,types/* packageKeyText */.N)(k);
                const known = out.get(key);
                if (known)
                    known.push(...found);
                else
                    out.set(key, found);
            });
            return out;
        },
        async affectedAt(keys) {
            return affectedAt(keys);
        },
        async details(refs) {
            const out = new Map();
            const advisories = new Map();
            const query = sql(`SELECT a.rowid, p.data, d.id, d.data FROM json_each(?) j CROSS JOIN md_affected a ON a.rowid = j.value
         JOIN md_affected_data p ON p.id = a.rowid JOIN md_advisories d ON d.id = a.advisory_id`);
            query.setReturnArrays(true);
            for (const [ref, pkg, id, advisory] of query.all(JSON.stringify(refs))) {
                let parsed = advisories.get(id);
                if (!parsed)
                    advisories.set(id, (parsed = JSON.parse(advisory)));
                out.set(ref, { advisory: parsed, pkg: JSON.parse(pkg) });
            }
            return out;
        },
        async licensesFor(keys) {
            const out = new Map();
            const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
            const query = sql('SELECT l.name_key, l.data FROM json_each(?) j CROSS JOIN md_licenses l ON l.type = ? AND l.name_key = j.value');
            for (const [type, names] of (0,key_groups/* namesByType */.uh)(keys)) {
                if (any.get(type) === undefined)
                    continue;
                for (const r of query.all(JSON.stringify(names), type))
                    out.set((0,types/* packageKeyText */.N)({ type, key: String(r.name_key) }), JSON.parse(String(r.data)));
            }
            return out;
        },
        async enrichmentFor(cveIds) {
            const out = new Map();
            const ids = [...new Set(cveIds.map((c) => c.toUpperCase()))];
            const rows = sql('SELECT e.cve_id, e.epss, e.known_exploited FROM json_each(?) j CROSS JOIN md_cve_enrichment e ON e.cve_id = j.value').all(JSON.stringify(ids));
            for (const r of rows) {
                const id = String(r.cve_id);
                out.set(id, { cveId: id, epss: r.epss === null ? null : Number(r.epss), knownExploited: r.known_exploited === null ? null : r.known_exploited === 1 });
            }
            return out;
        },
        async advisoriesById(idOrAlias) {
            try {
                const ids = sql('SELECT DISTINCT advisory_id FROM md_aliases WHERE alias = ? ORDER BY advisory_id').all(idOrAlias.trim().toUpperCase());
                const records = [];
                for (const { advisory_id: id } of ids) {
                    const row = sql('SELECT data FROM md_advisories WHERE id = ?').get(String(id));
                    if (!row)
                        continue;
                    const packages = sql('SELECT p.data FROM md_affected a JOIN md_affected_data p ON p.id = a.rowid WHERE a.advisory_id = ? ORDER BY a.rowid')
                        .all(String(id))
                        .map((p) => JSON.parse(String(p.data)));
                    records.push({ advisory: JSON.parse(row.data), packages });
                }
                return (0,result.ok)(records);
            }
            catch (e) {
                return failure('looking up an advisory', location, e);
            }
        },
        async revision() {
            try {
                return (0,result.ok)(readRevision());
            }
            catch (e) {
                return failure('reading the metadata revision', location, e);
            }
        },
        async changedSince(revision) {
            try {
                const rows = sql('SELECT DISTINCT a.type, a.name_key FROM md_advisories d JOIN md_affected a ON a.advisory_id = d.id WHERE d.revision > ?').all(revision);
                return (0,result.ok)(rows.map((r) => ({ type: String(r.type), key: String(r.name_key) })));
            }
            catch (e) {
                return failure('reading changed advisories', location, e);
            }
        },
        async close() {
            if (db.isOpen)
                db.close();
        },
    };
    return (0,result.ok)(store);
}

;// CONCATENATED MODULE: ./build/metadata/store/open.js






/** The SQLite file a `--store` value names, or null when it names another kind of store. */
function sqlitePathOf(spec, cwd) {
    const text = (spec ?? store_open/* DEFAULT_STORE */.Oc).trim();
    if (!text.startsWith('sqlite:'))
        return null;
    const path = text.slice('sqlite:'.length);
    return path === ':memory:' || (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
}
/** The metadata side of a `--store` value, in the same place as the index (DESIGN.md 6). */
async function openMetadataStore(spec, options) {
    const text = (spec ?? store_open/* DEFAULT_STORE */.Oc).trim();
    if (text.startsWith('sqlite:')) {
        const path = text.slice('sqlite:'.length);
        if (path === '')
            return (0,result/* err */._)('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db');
        const full = path === ':memory:' || (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(options.cwd, path);
        if (options.create === false && full !== ':memory:' && !(0,external_node_fs_.existsSync)(full))
            return (0,result/* err */._)(`no index at ${text} (${full}) yet: \`depindex sync\` or \`depindex scan\` writes one`);
        return openSqliteMetadata(full);
    }
    const kind = (0,store_open/* storeKindOf */.lu)(text);
    if (!kind.ok)
        return kind;
    // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
    const { openElasticsearchMetadata } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(915), __webpack_require__.e(795), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 46090));
    return openElasticsearchMetadata(text, options);
}
/**
 * Whether `depindex sync` ever wrote package metadata into this SQLite index (its schema table is there). A scan
 * asks first, so an index that was never synced is neither given metadata tables nor opened a second time.
 */
function hasSyncedMetadata(path) {
    try {
        const db = new external_node_sqlite_.DatabaseSync(path, { readOnly: true });
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

/***/ 53018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prepareMetadataSchema)
/* harmony export */ });
/* unused harmony export METADATA_SCHEMA_VERSION */
/**
 * The metadata tables, in the index's SQLite file but with their own schema version (md_schema), so the
 * index's migrations and these never depend on each other. Append migrations, never edit them.
 */
const MIGRATIONS = [
    `
  CREATE TABLE md_advisories (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX md_advisories_by_revision ON md_advisories (revision);
  CREATE TABLE md_affected (
    advisory_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    distro TEXT,
    range_kind TEXT NOT NULL,
    range TEXT NOT NULL
  ) STRICT;
  -- The whole package, apart: matching reads the small rows above for every candidate, this only for matches.
  CREATE TABLE md_affected_data (id INTEGER PRIMARY KEY, data TEXT NOT NULL) STRICT;
  CREATE INDEX md_affected_by_name ON md_affected (type, name_key);
  CREATE INDEX md_affected_by_advisory ON md_affected (advisory_id);
  CREATE TABLE md_aliases (
    alias TEXT NOT NULL,
    advisory_id TEXT NOT NULL,
    PRIMARY KEY (alias, advisory_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX md_aliases_by_advisory ON md_aliases (advisory_id);
  CREATE TABLE md_licenses (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (type, name_key)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_cve_enrichment (
    cve_id TEXT PRIMARY KEY,
    epss REAL,
    known_exploited INTEGER
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_checkpoints (
    data_type TEXT NOT NULL,
    registry TEXT NOT NULL,
    version_format TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    PRIMARY KEY (data_type, registry, version_format)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT, WITHOUT ROWID;
  INSERT INTO md_state (key, value) VALUES ('revision', 0);
  `,
    // Rescan: the metadata revision each set was last evaluated at, and the vulnerability findings it gave.
    `
  CREATE TABLE md_rescan_sets (
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    revision INTEGER NOT NULL,
    scanned_at TEXT NOT NULL,
    findings TEXT NOT NULL,
    PRIMARY KEY (project, ref, file)
  ) STRICT, WITHOUT ROWID;
  `,
    // Matching reads every column it needs from this index (covering), so a scan's 50,000 names cost 50,000 index
    // seeks and no lookup of each row in the table: a third less time on the bench. Built over the rows already synced.
    `
  CREATE INDEX md_affected_match ON md_affected (type, name_key, withdrawn, advisory_id, distro, range_kind, range);
  DROP INDEX md_affected_by_name;
  `,
    // Per type, a Bloom filter of the names with affected rows (name-filter.ts), written by each ingest in its own
    // transaction: a scan seeks only the names it lets through. A file synced before has none: its types are matched
    // name by name, as before, until the next ingest of the type builds its filter from all its rows.
    `
  CREATE TABLE IF NOT EXISTS md_name_filter (
    type TEXT PRIMARY KEY,
    capacity INTEGER NOT NULL,
    added INTEGER NOT NULL,
    bits BLOB NOT NULL
  ) STRICT;
  `,
];
const METADATA_SCHEMA_VERSION = MIGRATIONS.length;
/** Creates or migrates the metadata tables in one transaction; an error names a file from a newer depindex. */
function prepareMetadataSchema(db, place) {
    db.exec('CREATE TABLE IF NOT EXISTS md_schema (version INTEGER NOT NULL) STRICT');
    const read = () => Number(db.prepare('SELECT max(version) AS v FROM md_schema').get().v ?? 0);
    if (read() === METADATA_SCHEMA_VERSION)
        return;
    db.exec('BEGIN IMMEDIATE');
    try {
        const found = read();
        if (found > METADATA_SCHEMA_VERSION)
            throw new Error(`${place} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
        for (let v = found; v < METADATA_SCHEMA_VERSION; v++)
            db.exec(MIGRATIONS[v]);
        db.exec('DELETE FROM md_schema');
        db.prepare('INSERT INTO md_schema (version) VALUES (?)').run(METADATA_SCHEMA_VERSION);
        db.exec('COMMIT');
    }
    catch (e) {
        db.exec('ROLLBACK');
        throw e;
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


/***/ })

};
