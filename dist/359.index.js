export const id = 359;
export const ids = [359];
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

/***/ 40359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  whyCommand: () => (/* binding */ whyCommand)
});

// EXTERNAL MODULE: ./build/graph/paths.js
var graph_paths = __webpack_require__(71419);
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

// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
// EXTERNAL MODULE: ./build/model/byte-size.js
var byte_size = __webpack_require__(42322);
// EXTERNAL MODULE: ./build/run/options.js
var options = __webpack_require__(7312);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/run/scan.js + 6 modules
var scan = __webpack_require__(40194);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
// EXTERNAL MODULE: ./build/cli/summary.js + 1 modules
var summary = __webpack_require__(52021);
;// CONCATENATED MODULE: ./build/cli/why.js









const help = `Usage: depindex why [options] <package> <files or globs...>

Prints the paths from introduced (direct) dependencies to a package, shortest first.
<package> is a name ("lodash", "@babel/core"), name@version, or a purl ("pkg:npm/lodash@4.17.21").

Options:
  --max-paths N        Paths to show per dependency file (default 10); the rest are counted.
  --max-input-size S   Inputs larger than this are refused (default ${String((0,options/* optionDefault */.Z)('max-input-size'))}).
  -h, --help           Show this help.

Exit codes: 0 found; 1 the package is in none of the inputs; 2 an input could not be read.`;
const whyCommand = {
    name: 'why',
    summary: 'Show why a package is in the dependencies: the paths from introduced dependencies to it',
    help,
    async run(args, io) {
        const parsed = (0,cli_args/* parseCommandArgs */.Q)(args, {
            'max-paths': { type: 'string' },
            'max-input-size': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (!parsed.ok) {
            io.stderr.write(`depindex why: ${parsed.error}\nRun "depindex why --help" for usage.\n`);
            return exit_codes/* EXIT */.d.usage;
        }
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help + '\n');
            return exit_codes/* EXIT */.d.ok;
        }
        const [query, ...patterns] = positionals;
        const maxPaths = Number(values['max-paths'] ?? '10');
        const maxInputBytes = (0,byte_size/* parseByteSize */.n)(values['max-input-size'] ?? String((0,options/* optionDefault */.Z)('max-input-size')));
        if (query === undefined || patterns.length === 0 || !Number.isInteger(maxPaths) || maxPaths < 1 || maxInputBytes === null) {
            io.stderr.write('depindex why: give a package and at least one input; --max-paths is a whole number.\nRun "depindex why --help" for usage.\n');
            return exit_codes/* EXIT */.d.usage;
        }
        const result = await (0,scan/* readInputs */.K)({ patterns, cwd: io.cwd, maxInputBytes });
        for (const e of result.errors)
            io.stderr.write(`error: cannot read ${(0,describe_unknown/* printable */.g)(e.file, 200)}: ${(0,describe_unknown/* printable */.g)(e.message, 1000)}\n`);
        const matches = packageMatcher(query);
        let found = 0;
        for (const set of result.sets) {
            for (const dependency of set.dependencies.filter(matches)) {
                found++;
                io.stdout.write((0,summary/* neutralizeCommands */.Kw)(renderWhy(set, dependency, maxPaths)));
            }
        }
        if (found === 0)
            io.stdout.write(`not found: ${(0,describe_unknown/* printable */.g)(query, 200)} is not in ${result.sets.length} dependency file(s) read\n`);
        if (result.errors.length > 0)
            return exit_codes/* EXIT */.d.input;
        return found > 0 ? exit_codes/* EXIT */.d.ok : 1;
    },
};
function renderWhy(set, dependency, maxPaths) {
    const label = (purl) => {
        const d = set.dependencies.find((x) => x.purl === purl);
        return d ? `${d.name}@${d.version}` : purl;
    };
    const role = dependency.introduced === true ? 'direct' : dependency.introduced === false ? 'transient' : 'direct or transient: unknown';
    const scope = dependency.development === true ? 'development' : dependency.development === false ? 'runtime' : 'scope unknown';
    const lines = [`${(0,describe_unknown/* printable */.g)(label(dependency.purl), 300)} in ${(0,describe_unknown/* printable */.g)(set.file, 200)} (${role}, ${scope})`];
    const { paths, omitted, countCapped } = (0,graph_paths/* pathsTo */._p)(set, dependency.purl, { maxPaths });
    if (paths.length === 0 || (paths.length === 1 && paths[0]?.length === 1)) {
        lines.push(dependency.introduced === true
            ? '  declared directly'
            : set.graph.edges.size === 0
                ? '  this input has no dependency graph, so no path can be shown'
                : '  no path from an introduced dependency reaches it');
    }
    for (const path of paths)
        if (path.length > 1)
            lines.push('  ' + path.map((p) => (0,describe_unknown/* printable */.g)(label(p), 200)).join(' > '));
    if (omitted > 0 || countCapped)
        lines.push(`  … ${omitted}${countCapped ? '+' : ''} more path(s) not shown`);
    return lines.join('\n') + '\n';
}


/***/ })

};
