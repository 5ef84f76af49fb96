export const id = 698;
export const ids = [698];
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

/***/ 46449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  whyCommand: () => (/* binding */ whyCommand)
});

// EXTERNAL MODULE: ./build/graph/why.js + 2 modules
var why = __webpack_require__(64349);
// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
// EXTERNAL MODULE: ./build/model/byte-size.js
var byte_size = __webpack_require__(42322);
;// CONCATENATED MODULE: ./build/report/why-text.js

const NOTES = {
    'declared directly': '  declared directly',
    'no graph': '  this input has no dependency graph, so no path can be shown',
    unreached: '  no path from an introduced dependency reaches it',
};
/** `depindex why`'s text for one answer: the same whether the sets came from files or from the index. */
function renderWhyText(answer) {
    const { dependency, labels } = answer;
    const label = (purl) => labels.get(purl) ?? purl;
    const role = dependency.introduced === true ? 'direct' : dependency.introduced === false ? 'transitive' : 'direct or transitive: unknown';
    const scope = dependency.development === true ? 'development' : dependency.development === false ? 'runtime' : 'scope unknown';
    const lines = [`${(0,describe_unknown/* printable */.g)(label(dependency.purl), 300)} in ${(0,describe_unknown/* printable */.g)(answer.file, 200)} (${role}, ${scope})`];
    if (answer.note !== null)
        lines.push(NOTES[answer.note]);
    for (const path of answer.paths)
        if (path.length > 1)
            lines.push('  ' + path.map((p) => (0,describe_unknown/* printable */.g)(label(p), 200)).join(' > '));
    if (answer.omitted > 0 || answer.countCapped)
        lines.push(`  … ${answer.omitted}${answer.countCapped ? '+' : ''} more path(s) not shown`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/run/options.js
var options = __webpack_require__(7312);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/run/scan.js + 6 modules
var scan = __webpack_require__(40194);
// EXTERNAL MODULE: ./build/store/open.js
var store_open = __webpack_require__(57268);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
// EXTERNAL MODULE: ./build/cli/option-catalog.js
var option_catalog = __webpack_require__(79326);
// EXTERNAL MODULE: ./build/cli/summary.js + 1 modules
var summary = __webpack_require__(52021);
;// CONCATENATED MODULE: ./build/cli/why.js











const help = `Usage: depindex why [options] <package> <files or globs...>
       depindex why [options] <package> --project PATH --ref REF [--file PATH]

Prints the paths from introduced (direct) dependencies to a package, shortest first: from dependency files,
or from the graphs the index stored when the project was scanned (the same answer either way).
<package> is a name ("lodash", "@babel/core"), name@version, or a purl ("pkg:npm/lodash@4.17.21").

Options:
  --project PATH       answer from the index: this project (full path, group/subgroup/project)
  --ref REF            the branch or tag of the project (with --project)
  --file PATH          one dependency file of the project, by its path in it (with --project)
  --store STORE        sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                       (default $DEPINDEX_STORE, else ${store_open/* DEFAULT_STORE */.Oc})
  --max-paths N        Paths to show per dependency file (default 10); the rest are counted.
  --max-input-size S   Inputs larger than this are refused (default ${String((0,options/* optionDefault */.Z)('max-input-size'))}).
  -h, --help           Show this help.

Exit codes: 0 found; 1 the package is in none of the inputs (or the project's files at that ref); 2 an input
could not be read; 3 the index could not be read; 64 the command line is wrong.`;
const OPTIONS = {
    'max-paths': { type: 'string' },
    'max-input-size': { type: 'string' },
    project: { type: 'string' },
    ref: { type: 'string' },
    file: { type: 'string' },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const whyCommand = {
    name: 'why',
    summary: 'Show why a package is in the dependencies: the paths from introduced dependencies to it',
    help,
    async run(args, io) {
        const start = (0,cli_args/* startCommand */.S)('depindex why', args, OPTIONS, help, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        const text = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
        const [query, ...patterns] = positionals;
        const project = text('project');
        const ref = text('ref');
        // Each message says only what is missing or wrong (issue 18).
        if (query === undefined)
            return usage('give the package to explain (a name, name@version or purl)');
        if (project === undefined && patterns.length === 0) {
            if (ref !== undefined || text('file') !== undefined)
                return usage('--ref and --file need --project');
            return usage(`give the dependency files to look in (depindex why ${(0,describe_unknown/* printable */.g)(query, 100)} package-lock.json), or --project and --ref to answer from the index`);
        }
        if (project !== undefined && patterns.length > 0)
            return usage('give dependency files or --project, not both');
        if (project !== undefined && ref === undefined)
            return usage('--project needs --ref (the branch or tag to answer for)');
        const maxPathsText = text('max-paths') ?? '10';
        const maxPaths = Number(maxPathsText);
        if (!/^\d+$/.test(maxPathsText) || maxPaths < 1)
            return usage(`--max-paths takes a whole number of at least 1, got ${(0,describe_unknown/* printable */.g)(maxPathsText, 40)}`);
        if (project !== undefined && ref !== undefined) {
            return fromIndex(io, { query, project, ref, file: text('file'), store: text('store'), maxPaths });
        }
        const maxInputText = text('max-input-size') ?? String((0,options/* optionDefault */.Z)('max-input-size'));
        const maxInputBytes = (0,byte_size/* parseByteSize */.n)(maxInputText);
        if (maxInputBytes === null)
            return usage(`--max-input-size takes a size such as 50MB, got ${(0,describe_unknown/* printable */.g)(maxInputText, 40)}`);
        const result = await (0,scan/* readInputs */.K)({ patterns, cwd: io.cwd, maxInputBytes });
        for (const e of result.errors)
            io.stderr.write(`error: cannot read ${(0,describe_unknown/* printable */.g)(e.file, 200)}: ${(0,describe_unknown/* printable */.g)(e.message, 1000)}\n`);
        const found = answer(io, result.sets, query, maxPaths);
        if (result.errors.length > 0)
            return exit_codes/* EXIT */.d.input;
        return found ? exit_codes/* EXIT */.d.ok : 1;
    },
};
/** Prints the answers; true when the package was found. */
function answer(io, sets, query, maxPaths) {
    const answers = (0,why/* explainWhy */.M)(sets, query, maxPaths);
    for (const a of answers)
        io.stdout.write((0,summary/* neutralizeCommands */.Kw)(renderWhyText(a)));
    if (answers.length === 0)
        io.stdout.write(`not found: ${(0,describe_unknown/* printable */.g)(query, 200)} is not in ${sets.length} dependency file(s) read\n`);
    return answers.length > 0;
}
/** The same answer from the graphs the index stored (issue 15); the index is only read. */
async function fromIndex(io, q) {
    const opened = await (0,store_open/* openStore */.Ch)((0,option_catalog/* storeSpecOf */.It)(q.store, io.env), { cwd: io.cwd, env: io.env, create: false });
    if (!opened.ok) {
        io.stderr.write(`depindex why: ${opened.error}\n`);
        return exit_codes/* EXIT */.d.output;
    }
    const store = opened.value;
    try {
        const loaded = await store.loadGraphs(q.project, q.ref, q.file);
        if (!loaded.ok) {
            io.stderr.write(`depindex why: ${loaded.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        if (loaded.value.length === 0) {
            const what = q.file === undefined ? 'no dependency files' : `no dependency file ${(0,describe_unknown/* printable */.g)(q.file, 200)}`;
            io.stdout.write(`not found: the index holds ${what} of ${(0,describe_unknown/* printable */.g)(q.project, 200)} at ${(0,describe_unknown/* printable */.g)(q.ref, 200)}\n`);
            return 1;
        }
        return answer(io, loaded.value, q.query, q.maxPaths) ? exit_codes/* EXIT */.d.ok : 1;
    }
    finally {
        await store.close();
    }
}


/***/ }),

/***/ 64349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ explainWhy)
});

// EXTERNAL MODULE: ./build/ecosystems/shared/purl.js
var purl = __webpack_require__(54371);
;// CONCATENATED MODULE: ./build/graph/match.js

/**
 * What a person types to name a package: a purl (with or without version), "name@version" or a name.
 * Names compare case-insensitively, as search does everywhere (DESIGN.md 4).
 */
function packageMatcher(query) {
    if (query.startsWith('pkg:')) {
        const parts = (0,purl/* parsePurl */.$l)(query);
        if (parts.ok) {
            const { type, namespace, name, version } = parts.value;
            const full = (namespace ? `${namespace}/${name}` : name).toLowerCase();
            return (d) => d.type === type && d.name.toLowerCase() === full && (version === null || d.version === version);
        }
    }
    // "@scope/name@1.0" and "name@1.0": the version follows the last "@" that is not the first character.
    const at = query.lastIndexOf('@');
    const name = (at > 0 ? query.slice(0, at) : query).toLowerCase();
    const version = at > 0 ? query.slice(at + 1) : null;
    return (d) => d.name.toLowerCase() === name && (version === null || d.version === version);
}

// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/graph/paths.js

const DEFAULTS = { maxPaths: 10, maxExpansions: 200_000 };
/**
 * Walks up from the target through "who depends on me" until it reaches introduced dependencies.
 * Breadth-first over partial paths gives the shortest first; paths never repeat a node (cycles exist in real
 * graphs). Where the input does not say which dependencies are introduced, the graph's roots stand in.
 */
function pathsTo(set, targetPurl, options = {}) {
    return pathFinder(set)(targetPurl, options);
}
/** For many queries on one set: the reverse edges and the start nodes are computed once, not per query. */
function pathFinder(set) {
    const parents = reverseEdges(set);
    const isStart = startPredicate(set, parents);
    return (targetPurl, options = {}) => findPaths(parents, isStart, targetPurl, { ...DEFAULTS, ...options });
}
/**
 * For many "one shortest path" queries on one set (the diff's "via"): breadth-first over nodes, each visited
 * once, so a query costs at most the graph's size. It gives the same path as the first of `pathFinder`, whose
 * search over partial paths also counts the rest and so can cost far more per query.
 */
function shortestPathFinder(set) {
    const parents = reverseEdges(set);
    const isStart = startPredicate(set, parents);
    return (targetPurl) => nearestStart(parents, isStart, targetPurl, Infinity);
}
/** Breadth-first up from the target, at most `maxLevels` levels; the path from the start found down to it. */
function nearestStart(parents, isStart, targetPurl, maxLevels) {
    // towards[n] is the node one step nearer the target on the first (shortest) way found to n.
    const towards = new Map([[targetPurl, null]]);
    let level = [targetPurl];
    for (let depth = 0; level.length > 0 && depth < maxLevels; depth++) {
        const next = [];
        for (const node of level) {
            if (isStart(node))
                return walkBack(towards, node);
            for (const parent of parentList(parents, node)) {
                if (towards.has(parent))
                    continue;
                towards.set(parent, node);
                next.push(parent);
            }
        }
        level = next;
    }
    return null;
}
function walkBack(towards, start) {
    const path = [];
    for (let node = start; node != null; node = towards.get(node))
        path.push(node);
    return path;
}
function findPaths(parents, isStart, targetPurl, { maxPaths, maxExpansions }) {
    const paths = [];
    let found = 0;
    let expansions = 0;
    let queue = [[targetPurl]];
    while (queue.length > 0 && expansions < maxExpansions) {
        const next = [];
        for (const partial of queue) {
            const head = partial[0];
            if (isStart(head)) {
                found++;
                if (paths.length < maxPaths)
                    paths.push(partial);
                continue;
            }
            for (const parent of parentList(parents, head)) {
                if (partial.includes(parent))
                    continue;
                if (++expansions > maxExpansions)
                    break;
                next.push([parent, ...partial]);
            }
        }
        queue = next;
    }
    const countCapped = queue.length > 0;
    return { paths, omitted: found - paths.length, countCapped };
}
function reverseEdges(set) {
    const parents = new Map();
    for (const [from, targets] of set.graph.edges) {
        for (const to of targets) {
            const known = parents.get(to);
            if (known === undefined)
                parents.set(to, from);
            else if (typeof known === 'string')
                parents.set(to, [known, from]);
            else
                known.push(from);
        }
    }
    for (const list of parents.values())
        if (typeof list !== 'string')
            list.sort(compare_strings/* compareStrings */.K);
    return parents;
}
function parentList(parents, node) {
    const up = parents.get(node);
    return up === undefined ? [] : typeof up === 'string' ? [up] : up;
}
function startPredicate(set, parents) {
    const introduced = new Set();
    for (const d of set.dependencies)
        if (d.introduced === true)
            introduced.add(d.purl);
    if (introduced.size > 0)
        return (purl) => introduced.has(purl);
    return (purl) => !parents.has(purl);
}

;// CONCATENATED MODULE: ./build/graph/why.js


/**
 * `why` over sets, read from input files or from the index alike (issue 15: the same answer either way): each
 * dependency matching `query`, in set and purl order, with its paths (graph/paths.ts). Pure.
 */
function explainWhy(sets, query, maxPaths) {
    const matches = packageMatcher(query);
    const answers = [];
    for (const set of sets) {
        const found = set.dependencies.filter(matches);
        if (found.length === 0)
            continue;
        const byPurl = new Map(set.dependencies.map((d) => [d.purl, d]));
        const find = pathFinder(set);
        for (const dependency of found) {
            const { paths, omitted, countCapped } = find(dependency.purl, { maxPaths });
            const labels = new Map();
            for (const path of paths) {
                for (const purl of path) {
                    const d = byPurl.get(purl);
                    labels.set(purl, d ? `${d.name}@${d.version}` : purl);
                }
            }
            labels.set(dependency.purl, `${dependency.name}@${dependency.version}`);
            const bare = paths.length === 0 || (paths.length === 1 && paths[0]?.length === 1);
            const note = !bare ? null : dependency.introduced === true ? 'declared directly' : set.graph.edges.size === 0 ? 'no graph' : 'unreached';
            answers.push({ file: set.file, dependency, paths, omitted, countCapped, note, labels });
        }
    }
    return answers;
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
