export const id = 537;
export const ids = [537];
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

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionCommand: () => (/* binding */ versionCommand)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49397);
/* harmony import */ var _ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33131);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49103);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99376);
/* harmony import */ var _flag_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52795);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58508);







const supportedTypes = () => _ecosystems_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .ecosystems */ .u
    .map((e) => (e.aliases.length > 0 ? `${e.type} (${e.aliases.join(', ')})` : e.type))
    .join(', ');
/** version's flags; the types list is read when help is asked for, so loading the command builds no tables. */
const flagList = () => [
    { name: 'type', short: 't', kind: 'string', value: 'T', description: `purl type or registry alias. Supported: ${supportedTypes()}.` },
    {
        name: 'syntax',
        kind: 'string',
        value: 'S',
        description: 'satisfies only: "native" (default), the type\'s own range syntax (npm ranges, Cargo\nrequirements, Conan [expressions] ...), or "advisory", the affected_range syntax of\nadvisory data: "||" between alternatives, space or "&&" between constraints.',
    },
];
const help = () => `Usage: depindex version compare --type T [A B]
       depindex version satisfies --type T [--syntax native|advisory] [VERSION RANGE]
       depindex version          prints depindex's own version (as depindex --version)

Answers version questions exactly as the package type's own tools do (node-semver, PEP 440 \`packaging\`, Maven
ComparableVersion, RubyGems, Go modules, NuGet, composer/semver, Cargo, dpkg, rpm, apk ...).
  compare     prints -1, 0 or 1: A is lower than, equal to, or higher than B.
  satisfies   prints true or false: VERSION is in RANGE.
Without the two arguments, reads lines "A<TAB>B" (or "VERSION<TAB>RANGE") from stdin and prints one answer per
line, in order; a line that cannot be answered prints "error: <reason>" and the exit code is then 2.

Options:
${(0,_flag_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .helpLinesOf */ .Mz)([...flagList(), { name: 'help', short: 'h', kind: 'boolean', description: 'Show this help.' }])}

Exit codes: 0 answered; 2 a version or range did not parse; 64 the command line was wrong.`;
function answerer(tool, action, syntax) {
    if (action === 'compare') {
        return (a, b) => {
            const r = tool.compare(a, b);
            return r.ok ? { ok: true, value: String(r.value) } : r;
        };
    }
    return (v, range) => {
        const r = tool.satisfies(v, range, syntax);
        return r.ok ? { ok: true, value: String(r.value) } : r;
    };
}
const oneLine = (text) => text.replace(/[\r\n]+/g, ' ');
/** Streams stdin line by line; output goes out in chunks, waiting for the stream to drain when it asks to. */
async function batch(io, answer) {
    const out = io.stdout;
    let buffer = '';
    let lines = 0;
    let errors = 0;
    const flush = async () => {
        if (buffer === '')
            return;
        const more = out.write(buffer);
        buffer = '';
        if (more === false && typeof out.once === 'function')
            await new Promise((resolve) => out.once('drain', resolve));
    };
    const reader = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of reader) {
        lines++;
        const tab = line.indexOf('\t');
        let result;
        if (tab < 0)
            result = { ok: false, error: line === '' ? 'empty line' : 'no TAB between the two values' };
        else
            result = answer(line.slice(0, tab), line.slice(tab + 1));
        if (result.ok)
            buffer += `${result.value}\n`;
        else {
            errors++;
            buffer += `error: ${oneLine(result.error)}\n`;
        }
        if (buffer.length >= 65536)
            await flush();
    }
    await flush();
    return { lines, errors };
}
const versionCommand = {
    name: 'version',
    summary: 'Compare versions or test them against ranges, as each package type defines them',
    get help() {
        return help();
    },
    async run(args, io) {
        const name = 'depindex version';
        // Alone, `depindex version` answers what a user typing it most likely wants: depindex's version.
        if (args.length === 0) {
            io.stdout.write(_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)(args, (0,_flag_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOptionsOf */ .BT)(flagList()));
        if (!parsed.ok) {
            io.stderr.write(`${name}: ${parsed.error}\nRun "${name} --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help() + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const [action, ...operands] = positionals;
        const usage = (message) => {
            io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        };
        if (action !== 'compare' && action !== 'satisfies')
            return usage(action === undefined ? 'say "compare" or "satisfies".' : `unknown action "${action}"; say "compare" or "satisfies".`);
        const type = values.type;
        if (type === undefined)
            return usage('--type is required (a purl type such as npm, cargo, golang).');
        const syntax = values.syntax ?? 'native';
        if (syntax !== 'native' && syntax !== 'advisory')
            return usage(`--syntax is "native" or "advisory", not "${syntax}".`);
        if (syntax !== 'native' && action === 'compare')
            return usage('--syntax applies to satisfies only.');
        const tool = (0,_ecosystems_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .versionToolFor */ .Ih)(type);
        if (!tool.ok)
            return usage(`${tool.error}. Supported: ${supportedTypes()}.`);
        const answer = answerer(tool.value, action, syntax);
        if (operands.length === 2) {
            const result = answer(operands[0], operands[1]);
            if (!result.ok) {
                io.stderr.write(`${name} ${action}: ${oneLine(result.error)}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.input;
            }
            io.stdout.write(`${result.value}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        if (operands.length !== 0)
            return usage(`${action} takes two values, or none to read TAB-separated lines from stdin.`);
        const { lines, errors } = await batch(io, answer);
        if (errors > 0) {
            io.stderr.write(`${name} ${action}: ${errors} of ${lines} lines could not be answered (marked "error:").\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.input;
        }
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    },
};


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

/***/ 46305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const err = (error) => ({ ok: false, error });


/***/ })

};
