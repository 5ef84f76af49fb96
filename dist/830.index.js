export const id = 830;
export const ids = [830];
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

// EXTERNAL MODULE: ./build/graph/why.js + 1 modules
var why = __webpack_require__(10107);
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

/***/ 10107:
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

// EXTERNAL MODULE: ./build/graph/paths.js
var paths = __webpack_require__(71419);
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
        const find = (0,paths/* pathFinder */.Uq)(set);
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


/***/ })

};
