export const id = 820;
export const ids = [820];
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

/***/ 25820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _run_execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20414);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7312);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99376);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52021);





const flags = _run_options_js__WEBPACK_IMPORTED_MODULE_2__/* .scanOptionSpecs */ .$.filter((o) => o.name !== 'reports' && !o.actionOnly);
const help = `Usage: depindex scan [options] <files or globs...>

Reads scanner outputs (GitLab dependency scanning reports, CycloneDX and SPDX SBOMs, lock files), builds one
dependency set per dependency file, writes them into the index, compares them with the target ref, and
writes what you ask for.

Options:
${flags
    .map((o) => {
    const flag = `--${o.name}${o.kind === 'boolean' ? '' : ' ' + (o.kind === 'list' ? 'GLOB' : 'VALUE')}`;
    return `  ${flag.padEnd(24)} ${o.description}${o.default !== null && o.default !== false ? ` (default: ${String(o.default)})` : ''}`;
})
    .join('\n')}
  -h, --help               Show this help.

--base may be repeated. Checks and policies come from .depindex.yml (see "depindex config schema").
Exit codes: 0 all inputs read, outputs written, verdict pass or warn; 1 the verdict is fail (every output is
still written); 2 an input could not be read (the others are still processed and written); 3 an output or the
store could not be written; 64 the command line or the configuration is wrong. 3 wins over 2, 2 over 1.`;
const scanCommand = {
    name: 'scan',
    summary: 'Read scanner outputs and lock files; index them, diff with the target ref, write an SBOM and JSON',
    help,
    async run(args, io) {
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)(args, {
            ...Object.fromEntries(flags.map((o) => [o.name, o.kind === 'boolean' ? { type: 'boolean' } : o.kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' }])),
            help: { type: 'boolean', short: 'h' },
        });
        if (!parsed.ok) {
            io.stderr.write(`depindex scan: ${parsed.error}\nRun "depindex scan --help" for usage.\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.usage;
        }
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help + '\n');
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
        }
        const raw = { ...values, reports: positionals };
        const executed = await (0,_run_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .executeScan */ .d)(raw, { env: io.env, cwd: io.cwd, githubToken: null, now: new Date() });
        if (!executed.ok) {
            io.stderr.write(`depindex scan: ${executed.error}\nRun "depindex scan --help" for usage.\n`);
            return executed.exitCode;
        }
        io.stdout.write((0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderScanOutcome */ .O_)(executed.outcome, executed.commentReason));
        for (const message of executed.outcome.outputErrors)
            io.stderr.write(`error: ${message}\n`);
        return executed.outcome.exitCode;
    },
};


/***/ })

};
