export const id = 571;
export const ids = [571];
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

/***/ 75571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37874);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57096);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49103);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99376);





const help = `Usage: depindex config schema
       depindex config check [--config FILE]

schema   Print the JSON Schema of .depindex.yml (the one truth: it validates the file and holds the defaults).
check    Validate the configuration (.depindex.yml at the current folder, or --config FILE) and print the
         effective configuration, every default filled in, as YAML. Exit 64 with the key and line when wrong.

Options:
  --config FILE            The configuration file (default: .depindex.yml).
  -h, --help               Show this help.`;
const configCommand = {
    name: 'config',
    summary: 'Print the configuration schema, or check .depindex.yml and print the effective configuration',
    help,
    async run(args, io) {
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)(args, { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
        if (!parsed.ok) {
            io.stderr.write(`depindex config: ${parsed.error}\nRun "depindex config --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const [action, ...extra] = positionals;
        if (extra.length > 0 || (action !== 'schema' && action !== 'check')) {
            io.stderr.write(`depindex config: say "schema" or "check"\nRun "depindex config --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        if (action === 'schema') {
            io.stdout.write(JSON.stringify(_config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Q, null, 2) + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(values.config ?? null, io.cwd);
        if (!loaded.ok) {
            io.stderr.write(`${loaded.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
        }
        io.stdout.write(`# effective configuration (${loaded.value.path ?? 'no .depindex.yml: the defaults'})\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(loaded.value.config)}`);
        return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    },
};


/***/ }),

/***/ 37874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/config/schema.js
var schema = __webpack_require__(57096);
;// CONCATENATED MODULE: ./build/config/defaults.js

/**
 * The effective configuration when there is no file: the schema's defaults, filled in as the validator's
 * `useDefaults` fills them into an empty document (a property's default where it is missing, then the defaults
 * inside it), without the validator: a scan without `.depindex.yml` need not load or compile it. The schema
 * stays the one place the defaults are written; test/config checks this gives what parsing an empty file gives.
 */
function configDefaults() {
    const config = {};
    fill(schema/* configSchema */.Q, config);
    return config;
}
function fill(schema, value) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (value[key] === undefined && property.default !== undefined)
            value[key] = structuredClone(property.default);
        const inner = value[key];
        if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
            fill(property, inner);
    }
}

;// CONCATENATED MODULE: ./build/config/load.js




/** The file looked for at the repository root when --config is not given. */
const CONFIG_FILE = '.depindex.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads `.depindex.yml` (or the file given), validates it against the one schema, fills the defaults, then
 * checks what a schema cannot (SPDX ids, version ranges, purl patterns). Every error names the file, the key
 * and its line: "config: .depindex.yml:7: licenses.allow[2]: ...".
 */
async function loadConfig(given, cwd) {
    const path = given ?? CONFIG_FILE;
    const full = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    let text;
    try {
        const info = await (0,promises_.stat)(full);
        if (info.size > MAX_CONFIG_BYTES)
            return (0,result/* err */._)(`config: ${path}: larger than 1 MiB; is this the right file?`);
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch (e) {
        // No file: the schema's defaults, without loading the YAML parser and compiling the validator (a tenth of a
        // fresh scan's start-up); test/config checks they are what validating an empty file gives.
        if (e.code === 'ENOENT' && given === null)
            return (0,result.ok)({ config: configDefaults(), path: null });
        return (0,result/* err */._)(`config: ${path}: cannot read it (${e.code ?? 'error'})`);
    }
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(652), __webpack_require__.e(397), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 68914));
    const parsed = parseConfig(text, path);
    if (parsed.errors.length > 0)
        return (0,result/* err */._)(parsed.errors.join('\n'));
    return (0,result.ok)({ config: parsed.config, path });
}


/***/ }),

/***/ 57096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ configSchema)
/* harmony export */ });
/**
 * The one JSON Schema of `.depindex.yml` (issue 13): it validates the file strictly, fills the defaults and is
 * what `depindex config schema` prints. The config type below mirrors it; `test/config` checks both agree.
 */
const SEVERITY = { enum: ['critical', 'high', 'medium', 'low', 'info', 'unknown'] };
const KINDS = { enum: ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'] };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 }, default: [] };
const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://depindex.dev/schema/depindex-config.json',
    title: 'depindex configuration (.depindex.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        'fail-on': {
            description: 'Lowest severity that fails the verdict; never = report only.',
            enum: ['critical', 'high', 'medium', 'low', 'info', 'never'],
            default: 'high',
        },
        mode: { description: 'enforce, or warn: findings are reported and the verdict never fails.', enum: ['enforce', 'warn'], default: 'enforce' },
        'only-new': {
            description: 'On a merge/pull request only findings new in the change decide the verdict.',
            type: 'boolean',
            default: true,
        },
        checks: {
            description: 'Turn single checks off.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: Object.fromEntries(KINDS.enum.map((k) => [k, { type: 'boolean', default: true, description: `Run the ${k} check.` }])),
        },
        severities: {
            description: 'Severity of the supply-chain checks.',
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                'checksum-changed': { ...SEVERITY, default: 'high' },
                'source-changed': { ...SEVERITY, default: 'high' },
                'dependency-confusion': { ...SEVERITY, default: 'critical', description: 'source-changed from a private to a public registry.' },
            },
        },
        registries: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                private: { ...stringList, description: 'Source URL prefixes or host names of private registries.' },
                'private-packages': { ...stringList, description: 'purl patterns (with * globs) that must come from a private registry.' },
            },
        },
        dependencies: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                deny: {
                    type: 'array',
                    default: [],
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['purl'],
                        properties: {
                            purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern: type, namespace, name, * globs, no version.' },
                            range: { type: 'string', minLength: 1, description: "Version range in the ecosystem's own syntax." },
                            scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
                            severity: { ...SEVERITY, default: 'high' },
                            reason: { type: 'string' },
                        },
                    },
                },
            },
        },
        licenses: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
                allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SPDX ids allowed; absent = no allow list.' },
                deny: { ...stringList, description: 'SPDX ids denied.' },
                unknown: { enum: ['fail', 'warn', 'ignore'], default: 'warn', description: 'A dependency without a known SPDX licence.' },
                severity: { ...SEVERITY, default: 'medium' },
                scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
            },
        },
        exceptions: {
            type: 'array',
            default: [],
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['reason'],
                description: 'Suppresses matching findings. Needs purl or id (or both).',
                properties: {
                    purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern, as in dependencies.deny.' },
                    id: { type: 'string', description: 'A finding id or an advisory id / CVE.' },
                    kinds: { type: 'array', items: KINDS, default: [] },
                    until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (UTC) the exception holds.' },
                    reason: { type: 'string', minLength: 1 },
                },
            },
        },
    },
};


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
