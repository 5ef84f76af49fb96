export const id = 72;
export const ids = [72];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

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

/***/ 68745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportSbomCommand: () => (/* binding */ exportSbomCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49103);
/* harmony import */ var _report_cyclonedx_from_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83120);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57268);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99376);







const HELP = `depindex export-sbom --project PATH --ref REF [options]

Writes the CycloneDX 1.6 SBOM of a project at a ref from the index: the same document \`scan --sbom\`
writes, built from what the last scans stored (the index keeps no dependency graph yet, so the SBOM
lists components and the project's direct dependencies, without edges between components).

  --project PATH     the project, by full path (group/subgroup/project)
  --ref REF          the branch or tag
  --output FILE      write here (replaced whole, never half-written) instead of standard output
  --store STORE      sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                     (default $DEPINDEX_STORE, else ${_store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_STORE */ .O})

Exit codes: 0 written, 3 the index could not be read, holds nothing for that project and ref, or the
file could not be written, 64 the command line is wrong.
`;
const OPTIONS = {
    project: { type: 'string' },
    ref: { type: 'string' },
    output: { type: 'string' },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** Temp file beside the target, synced, then renamed over it: a reader sees the old file or the whole new one. */
async function writeAtomically(path, pieces) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
    try {
        let buffer = '';
        for (const piece of pieces) {
            buffer += piece;
            if (buffer.length >= 1 << 20) {
                await file.write(buffer);
                buffer = '';
            }
        }
        await file.write(buffer);
        await file.sync();
        await file.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (e) {
        await file.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw e;
    }
}
const exportSbomCommand = {
    name: 'export-sbom',
    summary: 'write the CycloneDX SBOM of a project at a ref from the index',
    help: HELP,
    async run(args, io) {
        const start = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startCommand */ .S)('depindex export-sbom', args, OPTIONS, HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const project = typeof values.project === 'string' ? values.project.trim() : '';
        const ref = typeof values.ref === 'string' ? values.ref.trim() : '';
        if (!project)
            return usage('--project is required');
        if (!ref)
            return usage('--ref is required');
        const output = typeof values.output === 'string' ? values.output : undefined;
        if (output === '')
            return usage('--output is empty');
        const spec = (typeof values.store === 'string' ? values.store : undefined) ?? (io.env.DEPINDEX_STORE || _store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_STORE */ .O);
        const opened = await (0,_store_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openStore */ .C)(spec, { cwd: io.cwd, env: io.env, readOnly: true });
        if (!opened.ok) {
            io.stderr.write(`depindex export-sbom: ${opened.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
        }
        const store = opened.value;
        try {
            const sbom = await (0,_report_cyclonedx_from_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomFromIndex */ .S)(store, project, ref, new Date());
            if (!sbom.ok) {
                io.stderr.write(`depindex export-sbom: ${sbom.error}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            if (sbom.value === null) {
                io.stderr.write(`depindex export-sbom: ${store.location} holds no sets of project "${project}" at ref "${ref}"\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            if (output === undefined) {
                for (const piece of sbom.value)
                    io.stdout.write(piece);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
            }
            try {
                await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, output), sbom.value);
            }
            catch (e) {
                io.stderr.write(`depindex export-sbom: cannot write ${output}: ${e.message}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.output;
            }
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        finally {
            await store.close();
        }
    },
};


/***/ }),

/***/ 83120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ sbomFromIndex)
/* harmony export */ });
/* unused harmony export storedToSet */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70895);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58508);




const NO_EDGES = new Map();
/**
 * A stored set as the SBOM writer takes it. The index keeps no dependency graph yet, so the SBOM lists every
 * component and marks the directly introduced ones as the project's dependencies; no component-to-component edges.
 */
function storedToSet(set) {
    return {
        file: set.file,
        packageManager: set.packageManager,
        format: set.format,
        // Both stores load dependencies sorted by purl, the order the writer's one-set fast path expects.
        dependencies: set.dependencies.map((d) => ({
            purl: d.purl,
            type: d.type,
            namespace: d.namespace,
            name: d.name,
            version: d.version,
            introduced: d.introduced,
            development: d.development,
            licenses: d.licenses,
            checksums: d.checksums,
            source: d.source,
        })),
        graph: { edges: NO_EDGES },
    };
}
/**
 * The CycloneDX 1.6 SBOM of a project at a ref from the index, in pieces, through the same writer as
 * `scan --sbom` (write.ts); used by `depindex export-sbom` and the index API. Null when the index holds nothing for that project and ref.
 */
async function sbomFromIndex(store, project, ref, now) {
    const loaded = await store.loadSets(project, ref);
    if (!loaded.ok)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(loaded.error);
    if (loaded.value.length === 0)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(null);
    const sets = loaded.value.map(storedToSet);
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)((0,_write_js__WEBPACK_IMPORTED_MODULE_1__/* .bomChunks */ .x)(sets, { name: project, version: ref }, { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x }, { serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`, timestamp: now }));
}


/***/ }),

/***/ 70895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ bomChunks)
});

// UNUSED EXPORTS: writeBom

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
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
    return {
        length: dependencies.length,
        dependencyAt: (i) => dependencies[i],
        refAt: (i) => dependencies[i].purl,
        propertiesAt: () => properties,
        targetsAt: (i) => {
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
        // CycloneDX's own way to say "not needed at runtime"; GitLab's category property says the same for GitLab.
        scope: dependency.development === null ? undefined : dependency.development ? 'optional' : 'required',
        hashes: hashes !== null && hashes.length > 0 ? hashes : undefined,
        licenses: dependency.licenses && dependency.licenses.length > 0 ? licenseChoices(dependency.licenses) : undefined,
        purl: dependency.purl,
        externalReferences: source === null ? undefined : [{ url: source, type: 'distribution' }],
        properties: nonEmpty(dependency.development === null ? properties.unknown : dependency.development ? properties.development : properties.production),
    };
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

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
