export const id = 220;
export const ids = [220];
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

/***/ 18505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneCommand: () => (/* binding */ pruneCommand),
/* harmony export */   pruneRequestOf: () => (/* binding */ pruneRequestOf),
/* harmony export */   runPrune: () => (/* binding */ runPrune)
/* harmony export */ });
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41875);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _store_search_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99376);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79326);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52021);







const PRUNE_FLAGS = [
    { ..._option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.project, description: 'the project, by full path (needed with --ref)' },
    { ..._option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.ref, description: 'remove this branch or tag of --project' },
    _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg['older-than'],
    _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg['keep-default-branch'],
    _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg['keep-tags'],
    _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg['dry-run'],
    { ..._option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.json, description: '{"dryRun": ..., "refs": [...]} instead of lines' },
    _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.store,
];
const HELP = `Usage: depindex prune --project P --ref R [options]
       depindex prune --older-than 90d [--project P] [--keep-default-branch] [--keep-tags] [options]

Removes refs from the index: their dependency sets, dependencies and findings. A deleted branch goes with
--project and --ref (the action does it on GitHub's delete event); refs nobody scans any more go with
--older-than, which looks at each ref's latest scan of any file.
README: "Complete scans, partial scans and pruning".

Options:
${(0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .helpLinesOf */ .Mz)(PRUNE_FLAGS)}
  -h, --help               Show this help.

A ref that is not in the index is said so, and is not an error. Exit codes: 0 done (also when nothing
matched), 3 the index could not be opened or written, 64 the command line is wrong.`;
/** What to remove, from the flags; a message for the usage line when they do not make sense together. */
function pruneRequestOf(values, now) {
    const text = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
    const project = text('project')?.replace(/^\/+|\/+$/g, '');
    const ref = text('ref');
    const olderThanText = text('older-than');
    if (project === '' || ref === '')
        return { ok: false, error: '--project and --ref need a value' };
    if (ref !== undefined && project === undefined)
        return { ok: false, error: '--ref needs --project: a ref name alone would match every project' };
    if (ref === undefined && olderThanText === undefined)
        return { ok: false, error: 'say what to remove: --project P --ref R, or --older-than 90d' };
    const keepDefaultBranch = values['keep-default-branch'] === true;
    const keepTags = values['keep-tags'] === true;
    if ((keepDefaultBranch || keepTags) && olderThanText === undefined)
        return { ok: false, error: '--keep-default-branch and --keep-tags go with --older-than' };
    let olderThan;
    if (olderThanText !== undefined) {
        const parsed = (0,_store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAddedSince */ .AH)(olderThanText, now);
        if (!parsed.ok)
            return { ok: false, error: `--older-than "${olderThanText.trim()}" is neither a duration back from now (90d, 12w, 36h) nor a date (2026-01-31, 2026-01-31T08:00:00Z)` };
        olderThan = parsed.value;
    }
    return {
        ok: true,
        value: {
            ...(project !== undefined && { project }),
            ...(ref !== undefined && { ref }),
            ...(olderThan && { olderThan }),
            ...(keepDefaultBranch && { keepDefaultBranch }),
            ...(keepTags && { keepTags }),
            ...(values['dry-run'] === true && { dryRun: true }),
        },
    };
}
function describe(r) {
    const kind = r.defaultBranch ? 'default branch' : r.refType;
    return `${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(r.project, 200)} at ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(r.ref, 200)} (${kind}, last scanned ${r.lastScannedAt}, ${r.files.length} set(s): ${r.files.map((f) => (0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(f, 200)).join(', ')})`;
}
/**
 * Runs a prune against the store `storeSpec` names, writing what happened to `io`. Shared by the CLI and the
 * action's delete-event mode (src/main.ts). Lines start with depindex's own words; names from the index are
 * printable() (they came from a checkout).
 */
async function runPrune(request, storeSpec, io, json) {
    // A typo in the path says "no index there" rather than pruning a new empty one.
    const opened = await (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)(storeSpec, { cwd: io.cwd, env: io.env, mustExist: true });
    if (!opened.ok) {
        io.stderr.write(`depindex prune: ${opened.error}\n`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
    }
    const store = opened.value;
    try {
        const pruned = await store.prune(request);
        if (!pruned.ok) {
            io.stderr.write(`depindex prune: ${pruned.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
        }
        const refs = pruned.value;
        if (json) {
            io.stdout.write(JSON.stringify({ dryRun: request.dryRun === true, refs }, null, 2) + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
        }
        const lines = [];
        if (refs.length === 0) {
            lines.push(request.ref !== undefined
                ? `depindex prune: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(request.project ?? '', 200)} has no ref ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g)(request.ref, 200)} in ${store.location}${request.olderThan ? ' scanned before then' : ''}; nothing removed`
                : `depindex prune: no ref matches in ${store.location}; nothing removed`);
        }
        for (const r of refs)
            lines.push(`${request.dryRun ? 'would remove' : 'removed'} ${describe(r)}`);
        if (refs.length > 0)
            lines.push(`depindex prune: ${refs.length} ref(s) ${request.dryRun ? 'would be removed (dry run: nothing was)' : 'removed'}`);
        io.stdout.write((0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .neutralizeCommands */ .Kw)(lines.join('\n') + '\n'));
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
    }
    finally {
        await store.close();
    }
}
const pruneCommand = {
    name: 'prune',
    summary: 'Remove refs from the index: a deleted branch, or refs not scanned for a while',
    help: HELP,
    async run(args, io) {
        const start = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .startCommand */ .S)('depindex prune', args, (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptionsOf */ .BT)(PRUNE_FLAGS), HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`prune takes no arguments, got: ${positionals.join(' ')}`);
        const request = pruneRequestOf(values, new Date());
        if (!request.ok)
            return usage(request.error);
        return runPrune(request.value, (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .storeSpecOf */ .It)(values.store, io.env), io, values.json === true);
    },
};


/***/ }),

/***/ 52021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qH: () => (/* binding */ commentWarning),
  Kw: () => (/* binding */ neutralizeCommands),
  O_: () => (/* binding */ renderScanOutcome)
});

// UNUSED EXPORTS: renderScanSummary

// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/cli/findings-summary.js

const SHOWN = 30;
/** The findings part of the log: the verdict, then up to 30 findings, new ones first. Nothing without findings. */
function renderFindingsSummary(findings, verdict) {
    if (findings.length === 0)
        return '';
    const active = findings.filter((f) => !f.suppressed);
    const fresh = active.filter((f) => f.new).length;
    const lines = [`verdict: ${verdict} (${findings.length} findings: ${fresh} new, ${active.length - fresh} existing, ${findings.length - active.length} suppressed)`];
    for (const f of findings.slice(0, SHOWN)) {
        const marks = [f.new ? 'new' : 'existing', ...(f.suppressed ? ['suppressed'] : [])].join(', ');
        lines.push(`finding: ${f.severity} ${f.kind} [${marks}] ${(0,describe_unknown/* printable */.g)(f.file, 200)}: ${(0,describe_unknown/* printable */.g)(f.message, 500)}`);
    }
    if (findings.length > SHOWN)
        lines.push(`… and ${findings.length - SHOWN} more findings (all are in --findings output)`);
    return lines.map((l) => l + '\n').join('');
}

;// CONCATENATED MODULE: ./build/cli/summary.js


/**
 * The short summary a CI log shows: files read, per set the package manager and counts, then what went wrong.
 * Every line starts with depindex's own words: the runner takes a line whose text starts with "::" as a
 * workflow command (fake annotations, ::add-mask::, ::stop-commands::), and file names, places and messages come
 * from the checkout or from servers. printable() also keeps each of them on its line.
 */
function renderScanSummary(result) {
    const lines = [];
    const deps = result.sets.reduce((n, s) => n + s.dependencies.length, 0);
    lines.push(`depindex: ${result.inputs.length} input(s) read, ${result.sets.length} dependency file(s), ${deps} dependencies` +
        (result.errors.length ? `, ${result.errors.length} input(s) could not be read` : ''));
    for (const set of result.sets) {
        let direct = 0;
        let transitive = 0;
        let unknown = 0;
        let development = 0;
        for (const d of set.dependencies) {
            if (d.introduced === true)
                direct++;
            else if (d.introduced === false)
                transitive++;
            else
                unknown++;
            if (d.development === true)
                development++;
        }
        lines.push(`  set ${(0,describe_unknown/* printable */.g)(set.file, 120)} [${set.format}${set.packageManager ? `, ${(0,describe_unknown/* printable */.g)(set.packageManager, 30)}` : ''}]: ` +
            `${set.dependencies.length} dependencies (${direct} direct, ${transitive} transitive, ${unknown} unknown; ${development} development)`);
    }
    for (const note of result.notes)
        lines.push(`note: ${(0,describe_unknown/* printable */.g)(note.file, 200)}: ${(0,describe_unknown/* printable */.g)(note.message, 500)}`);
    if (result.vulnerabilities.length)
        lines.push(`${result.vulnerabilities.length} vulnerabilities reported by the inputs (kept for the checks)`);
    const shownWarnings = result.warnings.slice(0, 20);
    for (const w of shownWarnings)
        lines.push(`warning: ${(0,describe_unknown/* printable */.g)(w.file, 200)}: ${(0,describe_unknown/* printable */.g)(w.place, 200)}: ${(0,describe_unknown/* printable */.g)(w.message, 500)}`);
    if (result.warnings.length > shownWarnings.length)
        lines.push(`… and ${result.warnings.length - shownWarnings.length} more warnings (all are in --json output)`);
    for (const e of result.errors)
        lines.push(`error: cannot read ${(0,describe_unknown/* printable */.g)(e.file, 200)}: ${(0,describe_unknown/* printable */.g)(e.message, 1000)}`);
    return lines.join('\n') + '\n';
}
/** Why the comment was not posted, when it was asked for and could not be; null otherwise. */
function commentWarning(outcome, commentReason) {
    const c = outcome.comment;
    if (c && !c.ok)
        return `the comment was not posted: ${c.error}`;
    return !c && commentReason ? `the comment was not posted: ${commentReason}` : null;
}
/**
 * The summary plus what happened to the store, the diff and the comment. `warningsApart`: the comment's warning
 * is left out, for the action, which makes it an annotation instead (main.ts).
 */
function renderScanOutcome(outcome, commentReason, options = {}) {
    const lines = [];
    if (outcome.stored) {
        const s = outcome.stored;
        lines.push(`stored ${s.sets} set(s): ${s.added} new, ${s.kept} kept, ${s.removed} removed`);
        // File names come from the index (an earlier checkout): printable, and never at the start of a line.
        if (s.retired) {
            const shown = s.retired.slice(0, 20).map((f) => (0,describe_unknown/* printable */.g)(f, 200)).join(', ');
            const more = s.retired.length > 20 ? `, and ${s.retired.length - 20} more` : '';
            lines.push(s.retired.length ? `complete scan: retired ${s.retired.length} set(s) of files no longer scanned: ${shown}${more}` : 'complete scan: no set retired');
        }
        else {
            lines.push('the sets of files not read in this scan were left as they are');
        }
    }
    if (outcome.diff) {
        const d = outcome.diff;
        lines.push(d.targetKnown
            ? `diff with ${(0,describe_unknown/* printable */.g)(d.target, 200)}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.upgraded} upgraded, ${d.summary.downgraded} downgraded${d.summary.changed > 0 ? `, ${d.summary.changed} changed in place` : ''}`
            : `diff: ${(0,describe_unknown/* printable */.g)(d.target, 200)} has never been scanned, nothing to compare with`);
    }
    const c = outcome.comment;
    if (c?.ok)
        lines.push(`comment ${c.action}${c.url ? `: ${(0,describe_unknown/* printable */.g)(c.url, 300)}` : ''}`);
    const warning = commentWarning(outcome, commentReason);
    if (warning && !options.warningsApart)
        lines.push(`warning: ${(0,describe_unknown/* printable */.g)(warning, 1000)}`);
    for (const notice of outcome.notices)
        lines.push(`note: ${(0,describe_unknown/* printable */.g)(notice, 1000)}`);
    return neutralizeCommands(renderScanSummary(outcome.result) + lines.map((l) => l + '\n').join('') + renderFindingsSummary(outcome.findings, outcome.verdict));
}
/**
 * The last guard for a log a CI runner reads: a line that would still start with "::" (after spaces) gets a
 * leading "| ", so the runner prints it instead of obeying it. Lines built above never need it.
 */
function neutralizeCommands(text) {
    return text.replace(/^([ \t]*)::/gm, '$1| ::');
}


/***/ }),

/***/ 41875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeUnknown),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * For an input no parser accepts, says what it looks like in words, so the person reading the log can tell a
 * wrong file from an unsupported format. It never quotes the input: the file may be a link to another file's
 * secrets (a runner's environment), and the log and the JSON artifact are public.
 */
function describeUnknown(text, json) {
    if (json !== undefined) {
        if (Array.isArray(json))
            return `a JSON array of ${json.length} item(s), not the object of any format it reads`;
        if (json !== null && typeof json === 'object') {
            const keys = Object.keys(json).length;
            return keys === 0 ? 'an empty JSON object' : `a JSON object without the keys of any format it reads (${keys} key(s))`;
        }
        return `a JSON ${json === null ? 'null' : typeof json}`;
    }
    const lines = countLines(text);
    const start = text.trimStart();
    if (start.startsWith('<'))
        return `XML or HTML markup (${lines} line(s))`;
    return `text of ${lines} line(s) in no format it reads`;
}
function countLines(text) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Shortens and strips control characters so hostile input cannot rewrite the terminal. */
function printable(text, max) {
    // Shorten first: the text may be a 200 MiB binary "line".
    // eslint-disable-next-line no-control-regex
    const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
    return clean.length > max ? clean.slice(0, max) + '…' : clean;
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
