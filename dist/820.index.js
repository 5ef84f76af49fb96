export const id = 820;
export const ids = [820];
export const modules = {

/***/ 25820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _run_execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11153);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7312);
/* harmony import */ var _run_resolve_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54693);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99376);
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41875);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52021);







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

--base may be repeated. An output file given as "-" (--sbom -, --json -) is written to standard output, and
this summary then goes to standard error. Checks and policies come from .depindex.yml (see "depindex config schema").
Exit codes: 0 all inputs read, outputs written, verdict pass or warn; 1 the verdict is fail (every output is
still written); 2 an input could not be read (the others are still processed and written); 3 an output or the
store could not be written; 64 the command line or the configuration is wrong. 3 wins over 2, 2 over 1.`;
const scanCommand = {
    name: 'scan',
    summary: 'Read scanner outputs and lock files; index them, diff with the target ref, write an SBOM and JSON',
    help,
    async run(args, io) {
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)(args, {
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
        const executed = await (0,_run_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .executeScan */ .d)(raw, { env: io.env, cwd: io.cwd, githubToken: null, now: new Date(), stdout: io.stdout });
        if (!executed.ok) {
            io.stderr.write(`depindex scan: ${executed.error}\nRun "depindex scan --help" for usage.\n`);
            return executed.exitCode;
        }
        // With an output on standard output ("--sbom -"), the summary goes to stderr so the output stays parseable.
        const toStdout = _run_resolve_options_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_OUTPUTS */ .i.some((name) => values[name] === '-');
        (toStdout ? io.stderr : io.stdout).write((0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScanOutcome */ .O_)(executed.outcome, executed.commentReason));
        for (const warning of executed.warnings)
            io.stderr.write((0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeCommands */ .Kw)(`warning: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(warning, 1000)}\n`));
        for (const message of executed.outcome.outputErrors)
            io.stderr.write(`error: ${message}\n`);
        return executed.outcome.exitCode;
    },
};


/***/ })

};
