export const id = 964;
export const ids = [964];
export const modules = {

/***/ 93964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAdvisorySearch: () => (/* binding */ runAdvisorySearch)
});

// EXTERNAL MODULE: ./build/cli/search-output.js + 1 modules
var search_output = __webpack_require__(12087);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/metadata/store/open.js + 3 modules
var store_open = __webpack_require__(13775);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/metadata/match/affected.js
var affected = __webpack_require__(34040);
// EXTERNAL MODULE: ./build/metadata/match/distro.js + 1 modules
var distro = __webpack_require__(48838);
// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/metadata/search/os-package.js
var os_package = __webpack_require__(30354);
;// CONCATENATED MODULE: ./build/metadata/search/advisory-search.js





/** Hits read per affected package: the scope flags narrow bigger searches. */
const MAX_CANDIDATES = 200_000;
const PAGE = 1_000;
const compareHits = (a, b) => a.project.localeCompare(b.project) || a.ref.localeCompare(b.ref) || a.file.localeCompare(b.file) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
/**
 * Every dependency in scope that an advisory (by id or alias: CVE, GHSA ...) affects: the advisory's packages
 * are searched in the index by name and type with the caller's scope, and their versions tested in-process
 * with the ecosystem's semantics, as a scan matches them. `scope` is a validated query without name or version;
 * its limit and offset page the answer.
 */
async function searchByAdvisory(idOrAlias, scope, index, metadata) {
    const records = await metadata.advisoriesById(idOrAlias);
    if (!records.ok)
        return records;
    if (records.value.length === 0)
        return (0,result/* err */._)(`no advisory "${idOrAlias}" in the synced metadata of ${metadata.location} (run depindex sync)`);
    const ranges = new affected/* AffectedRanges */.d();
    const found = new Map();
    const osHits = new Map();
    for (const { advisory, packages } of records.value) {
        if (advisory.withdrawn)
            continue;
        for (const pkg of packages) {
            const test = ranges.test(pkg);
            if (!test.ok)
                continue;
            if ((0,package_key/* isOsType */.f0)(pkg.type)) {
                // OS packages: the index cannot be asked by source package, so the type's packages in scope are read once
                // and matched here by binary name or `upstream` source, with the source's version.
                let candidates = osHits.get(pkg.type);
                if (!candidates) {
                    const read = await allOfType(index, scope, pkg.type);
                    if (!read.ok)
                        return read;
                    candidates = read.value;
                    osHits.set(pkg.type, candidates);
                }
                for (const hit of candidates) {
                    const names = (0,os_package/* osPackageNames */.N)(hit.purl);
                    const version = names ? (0,os_package/* versionFor */.G)(pkg.name, names, hit.version) : null;
                    if (version === null)
                        continue;
                    // Each hit with its own purl's semantics (apk-tools 3 for an Alpine 3.23+ package).
                    const own = ranges.testFor(pkg, hit.purl);
                    if (!own.ok || !own.value(version))
                        continue;
                    if (!(0,distro/* distroApplies */.gq)(pkg.distro, { purl: hit.purl, namespace: hit.purl.split('/')[1] ?? null }, (0,distro/* dependencyDistro */.R3)(hit)))
                        continue;
                    found.set(`${hit.project}\u0000${hit.ref}\u0000${hit.file}\u0000${hit.purl}`, hit);
                }
                continue;
            }
            for (let offset = 0; offset < MAX_CANDIDATES; offset += PAGE) {
                const page = await index.search({ ...scope, name: pkg.name, type: pkg.type, limit: PAGE, offset });
                if (!page.ok)
                    return page;
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
    return (0,result.ok)({
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
    return (0,result.ok)(out);
}

;// CONCATENATED MODULE: ./build/cli/search-advisory.js




/**
 * `depindex search --advisory ID`: the index `store` is open; the metadata is read from the same `--store`.
 * Returns the exit code, having written the answer or the error.
 */
async function runAdvisorySearch(advisory, scope, storeSpec, index, io, json) {
    const metadata = await (0,store_open/* openMetadataStore */.jL)(storeSpec, { cwd: io.cwd, env: io.env, create: false });
    if (!metadata.ok) {
        io.stderr.write(`depindex search: ${metadata.error}\n`);
        return exit_codes/* EXIT */.d.output;
    }
    try {
        const result = await searchByAdvisory(advisory, scope, index, metadata.value);
        if (!result.ok) {
            io.stderr.write(`depindex search: --advisory: ${result.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        io.stdout.write(json ? (0,search_output/* renderSearchJson */.P)(result.value) : (0,search_output/* renderSearchTable */.g)(result.value, scope));
        return exit_codes/* EXIT */.d.ok;
    }
    finally {
        await metadata.value.close();
    }
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
        const key = this.semantics(type, purl)?.key ?? type;
        let kinds = this.byText.get(key);
        if (!kinds)
            this.byText.set(key, (kinds = { pmdb: new Map(), osv: new Map() }));
        const byType = versions.kind === 'osv' ? kinds.osv : kinds.pmdb;
        let result = byType.get(versions.text);
        if (!result) {
            result = this.build(type, versions, purl);
            if (byType.size > 100_000)
                byType.clear();
            byType.set(versions.text, result);
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


/***/ })

};
