export const id = 737;
export const ids = [737,998];
export const modules = {

/***/ 23737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   searchAdvisory: () => (/* binding */ searchAdvisory)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);
/* harmony import */ var _metadata_store_synced_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97998);
/* harmony import */ var _metadata_search_advisory_search_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(323);



/**
 * `depindex search --advisory ID`: the index `store` is open; the metadata is read from the same `--store`
 * (read-only, as the index), then closed. The error says what went wrong, for `depindex search: ` to print.
 */
async function searchAdvisory(advisory, query, storeSpec, index, io) {
    const metadata = await (0,_metadata_store_synced_js__WEBPACK_IMPORTED_MODULE_0__.openSyncedMetadata)(storeSpec, { cwd: io.cwd, env: io.env });
    if (!metadata.ok)
        return metadata;
    if (metadata.value === null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`--advisory: ${_metadata_search_advisory_search_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_SYNCED */ .P} (${index.location})`);
    try {
        const result = await (0,_metadata_search_advisory_search_js__WEBPACK_IMPORTED_MODULE_1__/* .searchByAdvisory */ .r)(advisory, query, index, metadata.value);
        return result.ok ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(result.value) : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`--advisory: ${result.error.message}`);
    }
    finally {
        await metadata.value.close();
    }
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


/***/ })

};
