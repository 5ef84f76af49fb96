export const id = 922;
export const ids = [922];
export const modules = {

/***/ 59479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _cli_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52021);
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41875);
/* harmony import */ var _report_diff_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7843);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);
/* harmony import */ var _run_execute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20414);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7312);
// The GitHub-style action: reads inputs, runs the scan, writes outputs. Started by src/index.ts.







/** Inputs as the schema types them: lists one per line or comma-separated; empty means not given. */
function readInputs() {
    const raw = {};
    for (const spec of _run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .scanOptionSpecs */ .$) {
        if (spec.cliOnly)
            continue;
        const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name).trim();
        if (text === '')
            continue;
        if (spec.kind === 'list')
            raw[spec.name] = text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
        else if (spec.kind === 'boolean')
            raw[spec.name] = /^(true|yes|1)$/i.test(text);
        else
            raw[spec.name] = text;
    }
    raw.reports ??= [];
    return raw;
}
async function runInner() {
    const raw = readInputs();
    const executed = await (0,_run_execute_js__WEBPACK_IMPORTED_MODULE_2__/* .executeScan */ .d)(raw, {
        env: process.env,
        cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        githubToken: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token') || null,
        now: new Date(),
    });
    if (!executed.ok) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`depindex: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(executed.error, 2000)}`);
        return;
    }
    const { outcome } = executed;
    // Every line starts with depindex's own words (summary.ts); untrusted text below goes through the toolkit's
    // escaping: core.error escapes the message (%, CR, LF) and the file property (also ":" and ",").
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_cli_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScanOutcome */ .O_)(outcome, executed.commentReason));
    const dependencies = outcome.result.sets.flatMap((s) => s.dependencies);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sbom', raw.sbom ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('dependency-files', outcome.result.sets.length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('dependencies', dependencies.length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('direct', dependencies.filter((d) => d.introduced === true).length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('transient', dependencies.filter((d) => d.introduced === false).length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('errors', outcome.result.errors.length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('diff', outcome.diff ? (0,_report_diff_json_js__WEBPACK_IMPORTED_MODULE_6__/* .diffJson */ .g)(outcome.diff) : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verdict', outcome.verdict);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('findings', raw.findings ?? '');
    if (outcome.commentMarkdown && process.env.GITHUB_STEP_SUMMARY) {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(outcome.commentMarkdown).write();
    }
    for (const e of outcome.result.errors)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`cannot read ${e.file}: ${e.message}`, { file: e.file });
    for (const message of outcome.outputErrors)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`depindex: ${message}`);
    if (outcome.exitCode === _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.policy)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1('depindex: the verdict is fail (see the findings above)');
    else if (outcome.exitCode !== _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`depindex: exit code ${outcome.exitCode} (see the errors above)`);
}
async function runAction() {
    await runInner().catch((e) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`depindex: internal error: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(String(e.message), 2000)}`));
}


/***/ }),

/***/ 49103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit codes of `depindex scan` (README "Exit codes"). */
const EXIT = {
    /** Every input was read and every output written. */
    ok: 0,
    /** The verdict is fail: a finding at or above `fail-on` (README "Configuration"). */
    policy: 1,
    /** An input could not be read; the others were processed and outputs written. */
    input: 2,
    /** An output or the store could not be written. */
    output: 3,
    /** The command line itself was wrong. */
    usage: 64,
};


/***/ }),

/***/ 58508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** depindex's version; a test keeps it equal to package.json's (reading package.json at start-up costs time). */
const VERSION = '0.1.0';
const TOOL_NAME = 'depindex';


/***/ })

};
