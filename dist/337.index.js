export const id = 337;
export const ids = [337];
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

/***/ 10632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ fillLicenses),
/* harmony export */   pO: () => (/* binding */ licensedFromMetadata)
/* harmony export */ });
/* unused harmony exports spdxSpelling, licensesOf */
/* harmony import */ var spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75204);
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5791);
/* harmony import */ var _affected_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34040);
/* harmony import */ var _package_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78448);




const licensedFromMetadata = (d) => d.licenseSource === 'metadata';
/** SPDX ids from the spdx-license-ids package, by lower-case spelling: "mit" and "apache-2.0" are written properly. */
const SPDX = new Map(spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_0__.map((id) => [id.toLowerCase(), id]));
function spdxSpelling(license) {
    return SPDX.get(license.trim().toLowerCase()) ?? license.trim();
}
/**
 * The licences of one version from a compressed licence record (DESIGN.md 8.1): a version listed in an
 * `other_licenses` entry has that entry's; otherwise the defaults when the version lies in
 * [lowest_version, highest_version] in the ecosystem's order (lowest > highest is an empty span); otherwise none.
 * "unknown" means unknown: it is dropped, and only unknown leaves the licences unknown (null).
 */
function licensesOf(record, version, ranges) {
    const tool = ranges.tool(record.type);
    const same = (a) => a === version || (tool !== null && tool.compare(a, version).value === 0);
    const listed = record.otherLicenses.find((o) => o.versions.some(same));
    let found = listed ? listed.licenses : null;
    if (!found && tool && record.lowestVersion !== null && record.highestVersion !== null) {
        const low = tool.compare(record.lowestVersion, version);
        const high = tool.compare(version, record.highestVersion);
        if (low.ok && high.ok && low.value <= 0 && high.value <= 0)
            found = record.defaultLicenses;
    }
    if (!found)
        return null;
    const known = [...new Set(found.filter((l) => l.trim().toLowerCase() !== 'unknown' && l.trim() !== '').map(spdxSpelling))];
    return known.length > 0 ? known : null;
}
/**
 * Sets with the licences of dependencies whose input carries none filled from the synced data, marked
 * `licenseSource: "metadata"`; everything else is returned as it was. One lookup for all names. The sets keep
 * their order and names, so the key index (given, or built here) stays valid for the matching that follows.
 */
async function fillLicenses(sets, lookup, index) {
    const missing = (d) => d.licenses === null || d.licenses.length === 0;
    const { keys, at } = (0,_package_key_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIndexFor */ .P6)(sets, index);
    const asked = new Uint8Array(keys.length);
    sets.forEach((set, s) => {
        const of = at[s];
        set.dependencies.forEach((d, i) => {
            if (missing(d))
                asked[of[i]] = 1;
        });
    });
    const wanted = keys.filter((_, place) => asked[place] === 1);
    if (wanted.length === 0)
        return [...sets];
    const records = await lookup.licensesFor(wanted);
    if (records.size === 0)
        return [...sets];
    const ranges = new _affected_js__WEBPACK_IMPORTED_MODULE_1__/* .AffectedRanges */ .d();
    return sets.map((set, s) => {
        const of = at[s];
        let changed = false;
        const dependencies = set.dependencies.map((d, i) => {
            if (!missing(d))
                return d;
            const record = records.get((0,_store_types_js__WEBPACK_IMPORTED_MODULE_3__/* .packageKeyText */ .N)(keys[of[i]]));
            const licenses = record ? licensesOf(record, d.version, ranges) : null;
            if (!licenses)
                return d;
            changed = true;
            const filled = { ...d, licenses, licenseSource: 'metadata' };
            return filled;
        });
        return changed ? { ...set, dependencies } : set;
    });
}


/***/ }),

/***/ 70895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xv: () => (/* binding */ bomChunks)
});

// UNUSED EXPORTS: scopeOf, writeBom

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
// EXTERNAL MODULE: ./build/graph/positional-edges.js
var positional_edges = __webpack_require__(72106);
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
// EXTERNAL MODULE: ./build/metadata/match/licenses.js
var licenses = __webpack_require__(10632);
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
/**
 * depindex's own property: the component's licences were filled from the synced licence data (`depindex sync`)
 * because the input carried none. A property and not the 1.6 license `acknowledgement`: that field says whether a
 * licence was declared by the authors or concluded by analysis, not where this tool read it, and it does not
 * exist before 1.6. Sorts before the gitlab: properties.
 */
const DEPINDEX_LICENSE_SOURCE = 'depindex:license:source';

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
    // The graph stage's positions, when they still number these dependencies: their rows are ascending positions,
    // which in purl order are sorted refs, read without looking a purl up (nor making the purl map at all).
    const positions = (0,positional_edges/* positionsOf */.q)(graph, dependencies.length, (i) => dependencies[i].purl);
    return {
        length: dependencies.length,
        dependencyAt: (i) => dependencies[i],
        refAt: (i) => dependencies[i].purl,
        propertiesAt: () => properties,
        targetsAt: positions
            ? (i) => {
                const start = positions.offsets[i];
                const end = positions.offsets[i + 1];
                if (start === end)
                    return NONE;
                const refs = new Array(end - start);
                for (let k = start; k < end; k++)
                    refs[k - start] = positions.purls[positions.targets[k]];
                return refs;
            }
            : (i) => {
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
/**
 * CycloneDX's scope (docs/development-and-optional.md): `excluded` is "not needed at run time" (development),
 * `optional` is "optional at run time", `required` needed at run time. One value only: a development package
 * that is also optional is written as excluded. Unknown stays unset (which a reader takes as required, so a
 * dependency whose development is unknown and is known not to be optional is written as required anyway).
 * GitLab's category property carries development for GitLab.
 */
function scopeOf(dependency) {
    if (dependency.development === true)
        return 'excluded';
    if (dependency.optional === true)
        return 'optional';
    return dependency.development === false ? 'required' : undefined;
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
        scope: scopeOf(dependency),
        hashes: hashes !== null && hashes.length > 0 ? hashes : undefined,
        licenses: dependency.licenses && dependency.licenses.length > 0 ? licenseChoices(dependency.licenses) : undefined,
        purl: dependency.purl,
        externalReferences: source === null ? undefined : [{ url: source, type: 'distribution' }],
        properties: nonEmpty(withLicenseSource(dependency, dependency.development === null ? properties.unknown : dependency.development ? properties.development : properties.production)),
    };
}
const FROM_METADATA = { name: DEPINDEX_LICENSE_SOURCE, value: 'metadata' };
/** The shared property list, with the licence source first (sorted by name) when the licences came from metadata. */
function withLicenseSource(dependency, shared) {
    return (0,licenses/* licensedFromMetadata */.pO)(dependency) && dependency.licenses !== null && dependency.licenses.length > 0 ? [FROM_METADATA, ...shared] : shared;
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
