export const id = 996;
export const ids = [996];
export const modules = {

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

/***/ 85545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./build/cli/prune.js
var prune = __webpack_require__(18505);
// EXTERNAL MODULE: ./build/cli/option-catalog.js
var option_catalog = __webpack_require__(79326);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
;// CONCATENATED MODULE: ./build/platforms/github/delete-event.js

/**
 * The ref GitHub's `delete` event removed, for the action's prune-deleted-ref mode. On that event GITHUB_REF
 * names the default branch, not the deleted ref: the deleted one is only in the payload (`ref`, `ref_type`).
 * Pure: the environment and the payload come in as values.
 */
function deletedRef(env, event, project) {
    if (env.GITHUB_EVENT_NAME && env.GITHUB_EVENT_NAME !== 'delete') {
        return (0,result/* err */._)(`mode prune-deleted-ref runs on the delete event (on: delete), not on ${env.GITHUB_EVENT_NAME}`);
    }
    const payload = (typeof event === 'object' && event !== null ? event : {});
    if (typeof payload.ref !== 'string' || payload.ref === '' || (payload.ref_type !== 'branch' && payload.ref_type !== 'tag')) {
        return (0,result/* err */._)('the event payload (GITHUB_EVENT_PATH) names no deleted branch or tag (ref and ref_type of the delete event)');
    }
    const name = project ?? (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : null);
    if (!name)
        return (0,result/* err */._)('no project: set the project input, or run where GITHUB_REPOSITORY is set');
    return (0,result.ok)({ project: name, ref: payload.ref });
}

// EXTERNAL MODULE: ./build/cli/summary.js + 1 modules
var cli_summary = __webpack_require__(52021);
// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
// EXTERNAL MODULE: ./build/report/diff-json.js
var diff_json = __webpack_require__(7843);
// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/run/execute.js + 40 modules
var execute = __webpack_require__(11153);
// EXTERNAL MODULE: ./build/run/options.js
var options = __webpack_require__(7312);
;// CONCATENATED MODULE: ./build/main.js
// The GitHub-style action: reads inputs, runs the scan, writes outputs. Started by src/index.ts.











/** Inputs as the schema types them: lists one per line or comma-separated; empty means not given. */
function readInputs() {
    const raw = {};
    for (const spec of options/* scanOptionSpecs */.$) {
        if (spec.cliOnly)
            continue;
        const text = core/* getInput */.V4(spec.name).trim();
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
/**
 * mode prune-deleted-ref: the branch or tag GitHub's delete event names leaves the index (README "Complete scans,
 * partial scans and pruning").
 */
async function runPruneDeletedRef() {
    // An unreadable payload is said below as "no deleted ref in the payload".
    const event = process.env.GITHUB_EVENT_PATH
        ? await (0,promises_.readFile)(process.env.GITHUB_EVENT_PATH, 'utf8').then((text) => JSON.parse(text), () => null).catch(() => null)
        : null;
    const target = deletedRef(process.env, event, core/* getInput */.V4('project').trim() || process.env.GITHUB_REPOSITORY || null);
    if (!target.ok) {
        core/* setFailed */.C1(`depindex: ${(0,describe_unknown/* printable */.g)(target.error, 2000)}`);
        return;
    }
    const io = { stdout: process.stdout, stderr: process.stdout, env: process.env, cwd: process.env.GITHUB_WORKSPACE ?? process.cwd() };
    const code = await (0,prune.runPrune)(target.value, (0,option_catalog/* storeSpecOf */.It)(core/* getInput */.V4('store').trim() || undefined, process.env), io, false);
    if (code !== exit_codes/* EXIT */.d.ok)
        core/* setFailed */.C1(`depindex: exit code ${code} (see the error above)`);
}
async function runInner() {
    const mode = core/* getInput */.V4('mode').trim() || 'scan';
    if (mode === 'prune-deleted-ref')
        return runPruneDeletedRef();
    if (mode !== 'scan') {
        core/* setFailed */.C1(`depindex: mode "${(0,describe_unknown/* printable */.g)(mode, 100)}" must be scan or prune-deleted-ref`);
        return;
    }
    const raw = readInputs();
    const executed = await (0,execute/* executeScan */.d)(raw, {
        env: process.env,
        cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        githubToken: core/* getInput */.V4('github-token') || null,
        now: new Date(),
    });
    if (!executed.ok) {
        core/* setFailed */.C1(`depindex: ${(0,describe_unknown/* printable */.g)(executed.error, 2000)}`);
        return;
    }
    const { outcome } = executed;
    // Every line starts with depindex's own words (summary.ts); untrusted text below goes through the toolkit's
    // escaping: core.error escapes the message (%, CR, LF) and the file property (also ":" and ",").
    core/* info */.pq((0,cli_summary/* renderScanOutcome */.O_)(outcome, executed.commentReason, { warningsApart: true }));
    // Warnings are annotations, shown on the run's page, not lines lost in the log; core.warning escapes them.
    const commented = (0,cli_summary/* commentWarning */.qH)(outcome, executed.commentReason);
    for (const warning of [...executed.warnings, ...(commented ? [commented] : [])])
        core/* warning */.$e(`depindex: ${(0,describe_unknown/* printable */.g)(warning, 2000)}`);
    const dependencies = outcome.result.sets.flatMap((s) => s.dependencies);
    core/* setOutput */.uH('sbom', raw.sbom ?? '');
    core/* setOutput */.uH('dependency-files', outcome.result.sets.length);
    core/* setOutput */.uH('dependencies', dependencies.length);
    core/* setOutput */.uH('direct', dependencies.filter((d) => d.introduced === true).length);
    const transitive = dependencies.filter((d) => d.introduced === false).length;
    core/* setOutput */.uH('transitive', transitive);
    // The name of the first releases, kept so existing workflows keep working.
    core/* setOutput */.uH('transient', transitive);
    core/* setOutput */.uH('errors', outcome.result.errors.length);
    core/* setOutput */.uH('diff', outcome.diff ? (0,diff_json/* diffJson */.g)(outcome.diff) : '');
    core/* setOutput */.uH('verdict', outcome.verdict);
    core/* setOutput */.uH('findings', raw.findings ?? '');
    const summary = process.env.GITHUB_STEP_SUMMARY ? outcome.commentMarkdown() : null;
    if (summary)
        await core/* summary */.z.addRaw(summary).write();
    for (const e of outcome.result.errors)
        core/* error */.z3(`cannot read ${e.file}: ${e.message}`, { file: e.file });
    for (const message of outcome.outputErrors)
        core/* error */.z3(`depindex: ${message}`);
    if (outcome.exitCode === exit_codes/* EXIT */.d.policy)
        core/* setFailed */.C1('depindex: the verdict is fail (see the findings above)');
    else if (outcome.exitCode !== exit_codes/* EXIT */.d.ok)
        core/* setFailed */.C1(`depindex: exit code ${outcome.exitCode} (see the errors above)`);
}
async function runAction() {
    await runInner().catch((e) => core/* setFailed */.C1(`depindex: internal error: ${(0,describe_unknown/* printable */.g)(String(e.message), 2000)}`));
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
