export const id = 3;
export const ids = [3];
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

/***/ 22941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   esCommand: () => (/* binding */ esCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _model_whole_number_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7855);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);
/* harmony import */ var _store_elasticsearch_schema_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17482);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79326);
/* harmony import */ var _store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73915);
/* harmony import */ var _metadata_store_elasticsearch_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32776);







/** es setup's own flags; --store is the one every index command shares (option-catalog.ts). */
const SETUP_FLAGS = [
    { ..._option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .FLAGS */ .Wg.store, value: 'URL', description: 'Elasticsearch URL (https://es.example:9200) or elastic-cloud:<cloud id>; default $DEPINDEX_STORE' },
    {
        name: 'shards',
        kind: 'string',
        value: 'N',
        description: 'primary shards of the dependencies index when it is created (default 1; an instance of 10^5 projects wants 16-32: README "The index")',
    },
    { name: 'replicas', kind: 'string', value: 'N', description: 'replicas of each shard (default 1)' },
    { name: 'prefix', kind: 'string', value: 'NAME', description: 'index name prefix (default depindex)' },
];
const HELP = `depindex es setup [--store URL] [--shards N] [--replicas N] [--prefix NAME]

Creates what the Elasticsearch store needs: the index templates (explicit mappings), the versioned indices
and the aliases readers and writers use (dependencies, sets, findings and the package metadata of
"depindex sync"). Safe to run again: existing indices and aliases are kept, templates
are brought up to date. A scan creates them on its first write too; run this to choose the shard count.

${(0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .helpLinesOf */ .Mz)(SETUP_FLAGS)}

Credentials come from the environment, never the command line:
  DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (PEM file of the
  CA that signed the server's certificate); DEPINDEX_ES_CLOUD_ID instead of a URL.
`;
async function setup(args, io) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptionsOf */ .BT)(SETUP_FLAGS),
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        io.stderr.write(`depindex es setup: ${e.message}\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    if (values['help']) {
        io.stdout.write(HELP);
        return 0;
    }
    const env = (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_4__/* .elasticsearchOptionsFromEnv */ .$f)(io.env);
    const store = values['store'] ?? io.env['DEPINDEX_STORE'] ?? (env.cloudId ? 'elastic-cloud:' + env.cloudId : undefined);
    if (!store) {
        io.stderr.write('depindex es setup: say which Elasticsearch with --store URL (or DEPINDEX_STORE)\n');
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    if (!(0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_4__/* .isElasticsearchLocation */ .BT)(store)) {
        io.stderr.write(`depindex es setup: "${store}" is not an Elasticsearch location (http(s)://host:port or elastic-cloud:<id>)\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    const shards = (0,_model_whole_number_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWholeNumber */ .o)('--shards', values['shards'], { fallback: undefined, min: 1 });
    const replicas = (0,_model_whole_number_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWholeNumber */ .o)('--replicas', values['replicas'], { fallback: undefined, min: 0 });
    for (const parsed of [shards, replicas]) {
        if (!parsed.ok) {
            io.stderr.write(`depindex es setup: ${parsed.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
        }
    }
    const opened = await (0,_store_elasticsearch_open_js__WEBPACK_IMPORTED_MODULE_4__.openElasticsearchStore)(store, {
        env: io.env,
        cwd: io.cwd,
        ...(shards.ok && shards.value !== undefined ? { shards: shards.value } : {}),
        ...(replicas.ok && replicas.value !== undefined ? { replicas: replicas.value } : {}),
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
        // The package metadata's indices (depindex sync) are made here too, with the same prefix and replicas.
        const metadata = await (0,_metadata_store_elasticsearch_store_js__WEBPACK_IMPORTED_MODULE_5__/* .openElasticsearchMetadataStore */ .q)(store, {
            cwd: io.cwd,
            env: io.env,
            elasticsearch: {
                ...(replicas.ok && replicas.value !== undefined ? { replicas: replicas.value } : {}),
                ...(values['prefix'] ? { indexPrefix: values['prefix'] } : {}),
            },
        });
        const metadataReport = metadata.ok ? await metadata.value.setup() : metadata;
        if (metadata.ok)
            await metadata.value.close();
        if (!metadataReport.ok) {
            io.stderr.write(`depindex es setup: ${metadataReport.error}\n`);
            return 1;
        }
        const templates = [...report.value.templates, ...metadataReport.value.templates];
        const createdIndices = [...report.value.createdIndices, ...metadataReport.value.createdIndices];
        const aliases = { ...report.value.aliases, ...metadataReport.value.aliases };
        io.stdout.write(`index templates: ${templates.join(', ')}\n`);
        io.stdout.write(`indices created: ${createdIndices.length > 0 ? createdIndices.join(', ') : 'none (all existed)'}\n`);
        for (const alias of Object.keys(aliases).sort())
            io.stdout.write(`alias ${alias} -> ${aliases[alias]}\n`);
        // An index from an older depindex is upgraded here too, so an operator can do it before the next scan.
        const upgraded = await opened.value.upgradeSchema();
        if (!upgraded.ok) {
            io.stderr.write(`depindex es setup: ${upgraded.error}\n`);
            return 1;
        }
        if (upgraded.value !== null)
            io.stdout.write(`store schema upgraded from ${upgraded.value} to ${_store_elasticsearch_schema_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ES_SCHEMA_VERSION */ .Q_}\n`);
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
            return sub === undefined ? _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage : _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
        }
        io.stderr.write(`depindex es: unknown subcommand "${sub}"; try "depindex es setup --help"\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    },
};


/***/ }),

/***/ 52795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ parseOptionsOf),
/* harmony export */   Mz: () => (/* binding */ helpLinesOf),
/* harmony export */   dV: () => (/* binding */ flagLabel)
/* harmony export */ });
/** parseArgs options for these flags, plus -h/--help. */
function parseOptionsOf(flags) {
    return {
        ...Object.fromEntries(flags.map((f) => [f.name, f.short ? { type: f.kind, short: f.short } : { type: f.kind }])),
        help: { type: 'boolean', short: 'h' },
    };
}
const COLUMN = 24;
/** Help lines, aligned as the other commands write them; `label` writes the flag column (search: "NAME, --name NAME"). */
function helpLinesOf(flags, label = flagLabel) {
    return flags
        .map((f) => `  ${label(f).padEnd(COLUMN)} ${f.description.split('\n').join(`\n${' '.repeat(COLUMN + 3)}`)}`)
        .join('\n');
}
/** "-t, --type T", "--json". */
function flagLabel(f) {
    return `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.value ? ` ${f.value}` : ''}`;
}


/***/ }),

/***/ 79326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* reexport safe */ _flag_spec_js__WEBPACK_IMPORTED_MODULE_3__.BT),
/* harmony export */   It: () => (/* binding */ storeSpecOf),
/* harmony export */   Mz: () => (/* reexport safe */ _flag_spec_js__WEBPACK_IMPORTED_MODULE_3__.Mz),
/* harmony export */   Wg: () => (/* binding */ FLAGS),
/* harmony export */   dV: () => (/* reexport safe */ _flag_spec_js__WEBPACK_IMPORTED_MODULE_3__.dV)
/* harmony export */ });
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57268);
/* harmony import */ var _store_search_query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20201);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7312);
/* harmony import */ var _flag_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52795);




/**
 * The flags several index commands share (findings, search, es), written once with their help and defaults;
 * `scan` builds its flags from run/options.ts, whose defaults these reuse.
 */
const FLAGS = {
    project: { name: 'project', kind: 'string', value: 'PATH', description: 'one project, by full path (group/subgroup/project)' },
    group: { name: 'group', kind: 'string', value: 'NAMESPACE', description: 'projects under a group or subgroup (acme, acme/web)' },
    ref: { name: 'ref', kind: 'string', value: 'REF', description: 'one branch or tag' },
    'default-branch': { name: 'default-branch', kind: 'boolean', description: 'default branches only' },
    limit: { name: 'limit', kind: 'string', value: 'N', description: `hits per page (default ${_store_search_query_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMIT */ .eH}, at most ${_store_search_query_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LIMIT */ .tq})` },
    offset: { name: 'offset', kind: 'string', value: 'N', description: 'hits to skip, for the next pages' },
    json: { name: 'json', kind: 'boolean', description: 'JSON instead of the table' },
    store: {
        name: 'store',
        kind: 'string',
        value: 'STORE',
        description: `sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id\n(default $DEPINDEX_STORE, else ${_store_open_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_STORE */ .Oc})`,
    },
    'older-than': {
        name: 'older-than',
        kind: 'string',
        value: 'WHEN',
        description: 'refs whose latest scan is before this: a duration back from now (90d, 12w, 36h) or a date (2026-01-31)',
    },
    'keep-default-branch': { name: 'keep-default-branch', kind: 'boolean', description: 'never the default branch' },
    'keep-tags': { name: 'keep-tags', kind: 'boolean', description: 'never tags' },
    'dry-run': { name: 'dry-run', kind: 'boolean', description: 'list what would be removed, remove nothing' },
    'max-input-size': {
        name: 'max-input-size',
        kind: 'string',
        value: 'SIZE',
        description: `inputs larger than this are refused (default ${String((0,_run_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionDefault */ .Z)('max-input-size'))})`,
    },
};
/** --store, else DEPINDEX_STORE (an empty one counts as unset: CI templates define variables empty), else the default. */
function storeSpecOf(given, env) {
    return typeof given === 'string' ? given : env.DEPINDEX_STORE || _store_open_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_STORE */ .Oc;
}


/***/ }),

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


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ scanOptionSpecs),
/* harmony export */   Z: () => (/* binding */ optionDefault)
/* harmony export */ });
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57268);

const scanOptionSpecs = [
    {
        name: 'reports',
        kind: 'list',
        default: null,
        description: 'Files or globs of scanner outputs to read: GitLab dependency scanning reports, CycloneDX or SPDX SBOMs, lock files. One per line or comma-separated in the action; positional arguments on the CLI.',
    },
    { name: 'sbom', kind: 'string', default: null, description: 'Write a CycloneDX 1.6 JSON SBOM of the project to this file.' },
    { name: 'json', kind: 'string', default: null, description: 'Write the dependency sets as JSON (README "JSON output") to this file.' },
    { name: 'csv', kind: 'string', default: null, description: 'Write the dependency list as CSV (one row per dependency and file, for spreadsheets) to this file.' },
    {
        name: 'sbom-name',
        kind: 'string',
        default: null,
        description: 'Name of the SBOM\'s subject (metadata.component). Default: the project path, else the root manifest\'s package name, else the folder.',
    },
    {
        name: 'sbom-version',
        kind: 'string',
        default: null,
        description: 'Version of the SBOM\'s subject. Default: the root manifest\'s version, else the commit, else the ref.',
    },
    {
        name: 'store',
        kind: 'string',
        default: _store_open_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_STORE */ .Oc,
        description: 'Where the index is: sqlite:PATH (embedded, no server), an http(s):// Elasticsearch URL, or an Elastic Cloud id. Defaults from DEPINDEX_STORE when set.',
    },
    { name: 'no-store', kind: 'boolean', default: false, description: 'Do not read or write the index (scan, SBOM and diff against --base only).' },
    {
        name: 'partial',
        kind: 'boolean',
        default: false,
        description: 'The inputs are only some of the ref\'s dependency files: other files\' sets stay in the index, and the diff compares only the files read. Without it a scan is the ref\'s complete picture and sets of files it no longer has are retired.',
    },
    {
        name: 'project',
        kind: 'string',
        default: null,
        description: 'The project\'s full path ("group/sub/app", "owner/repo"). Defaults from CI (CI_PROJECT_PATH, GITHUB_REPOSITORY).',
    },
    {
        name: 'ref',
        kind: 'string',
        default: null,
        description: 'The branch or tag scanned. Defaults from CI (CI_COMMIT_REF_NAME; GITHUB_HEAD_REF or GITHUB_REF_NAME).',
    },
    { name: 'ref-type', kind: 'string', default: 'branch', description: 'branch or tag. Defaults from CI (CI_COMMIT_TAG, GITHUB_REF_TYPE).' },
    {
        name: 'default-branch',
        kind: 'boolean',
        default: false,
        description: 'The ref is the project\'s default branch. Defaults from CI (CI_DEFAULT_BRANCH; the event\'s repository.default_branch).',
    },
    { name: 'commit', kind: 'string', default: null, description: 'The commit SHA scanned. Defaults from CI (CI_COMMIT_SHA, the pull request head SHA or GITHUB_SHA).' },
    { name: 'pipeline-url', kind: 'string', default: null, description: 'The pipeline or workflow run URL. Defaults from CI.' },
    {
        name: 'target-ref',
        kind: 'string',
        default: null,
        description: 'Compare with this ref\'s sets in the store. Defaults from CI (CI_MERGE_REQUEST_TARGET_BRANCH_NAME, GITHUB_BASE_REF).',
    },
    { name: 'base', kind: 'list', default: null, description: 'Compare with these base reports or SBOMs (files or globs) instead of the store.' },
    { name: 'diff-json', kind: 'string', default: null, description: 'Write the dependency diff as JSON (README "Diff JSON") to this file.' },
    {
        name: 'config',
        kind: 'string',
        default: null,
        description: 'The checks\' configuration (README "Configuration"). Default: .depindex.yml at the repository root, when present.',
    },
    { name: 'findings', kind: 'string', default: null, description: 'Write the verdict and the findings as JSON (README "Checks and findings", Outputs) to this file.' },
    {
        name: 'gitlab-report',
        kind: 'string',
        default: null,
        description: 'Write the findings as a GitLab dependency scanning security report (schema 15.2.1) to this file.',
    },
    { name: 'sarif', kind: 'string', default: null, description: 'Write the findings as SARIF 2.1.0 (GitHub code scanning) to this file.' },
    { name: 'comment-md', kind: 'string', default: null, description: 'Write the merge request comment\'s markdown to this file.' },
    {
        name: 'comment',
        kind: 'string',
        default: 'on-change',
        description: 'Post the diff on the merge/pull request: always, on-change (only when something changed, or to update an earlier comment), or never.',
    },
    {
        name: 'github-token',
        kind: 'string',
        default: null,
        actionOnly: true,
        description: 'Token for the pull request comment; needs pull-requests: write. action.yml defaults it to the workflow token.',
    },
    {
        name: 'mode',
        kind: 'string',
        default: 'scan',
        actionOnly: true,
        description: 'scan (the default), or prune-deleted-ref: run on GitHub\'s delete event (on: delete) to remove the deleted branch or tag, named by the event payload, from the index given by store; reports is then not read.',
    },
    {
        name: 'max-input-size',
        kind: 'string',
        default: '256MiB',
        description: 'Inputs larger than this are refused with a message instead of being read (e.g. 512MiB, 1GiB).',
    },
];
function optionDefault(name) {
    return scanOptionSpecs.find((o) => o.name === name).default;
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
