export const id = 415;
export const ids = [415];
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

/***/ 80415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findingsCommand: () => (/* binding */ findingsCommand)
/* harmony export */ });
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41875);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36939);
/* harmony import */ var _report_findings_stored_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61758);
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _store_search_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99376);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79326);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52021);









const KINDS = ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'];
const OWN = [
    { name: 'kind', kind: 'string', value: 'KIND', description: KINDS.join(', ') },
    { name: 'severity', kind: 'string', value: 'SEVERITY', description: 'this severity or worse: critical, high, medium, low, info' },
    { name: 'suppressed', kind: 'boolean', description: 'also list findings an exception suppresses' },
];
const FLAG_LIST = [_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.project, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.group, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.ref, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg['default-branch'], ...OWN, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.limit, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.offset, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.json, _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .FLAGS */ .Wg.store];
const HELP = `depindex findings [options]

Lists the findings stored with the scans (checks and policies of .depindex.yml), with when each was first seen.

${(0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .helpLinesOf */ .Mz)(FLAG_LIST)}

Sorted by project, ref, severity (most severe first), kind, file and package. Exit codes: 0 answered (also with
no findings), 3 the index could not be read, 64 the command line is wrong.
`;
const findingsCommand = {
    name: 'findings',
    summary: 'List stored findings by project, group, ref, kind or severity',
    help: HELP,
    async run(args, io) {
        const start = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .startCommand */ .S)('depindex findings', args, (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptionsOf */ .BT)(FLAG_LIST), HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 0)
            return usage(`no positional arguments, got: ${positionals.join(' ')}`);
        const text = (key) => (typeof values[key] === 'string' ? values[key] : undefined);
        const kind = text('kind');
        if (kind !== undefined && !KINDS.includes(kind))
            return usage(`--kind "${kind}" is not one of ${KINDS.join(', ')}`);
        const severity = text('severity');
        if (severity !== undefined && !_model_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .o.includes(severity))
            return usage(`--severity "${severity}" is not one of ${_model_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .o.join(', ')}`);
        const limit = Number(text('limit') ?? _store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMIT */ .eH);
        const offset = Number(text('offset') ?? 0);
        if (!Number.isInteger(limit) || limit < 1 || limit > _store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LIMIT */ .tq)
            return usage(`--limit is a whole number from 1 to ${_store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LIMIT */ .tq}`);
        if (!Number.isInteger(offset) || offset < 0)
            return usage('--offset is a whole number, 0 or more');
        const query = {
            ...(text('project') !== undefined && { project: text('project') }),
            ...(text('group') !== undefined && { group: text('group')?.replace(/^\/+|\/+$/g, '') }),
            ...(text('ref') !== undefined && { ref: text('ref') }),
            ...(values['default-branch'] === true && { defaultBranchOnly: true }),
            ...(kind !== undefined && { kind: kind }),
            ...(severity !== undefined && { severity: severity }),
            includeSuppressed: values.suppressed === true,
            limit,
            offset,
        };
        const opened = await (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .C)((0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .storeSpecOf */ .It)(text('store'), io.env), { cwd: io.cwd, env: io.env, create: false });
        if (!opened.ok) {
            io.stderr.write(`depindex findings: ${opened.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
        }
        try {
            const result = await opened.value.searchFindings(query);
            if (!result.ok) {
                io.stderr.write(`depindex findings: ${result.error}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
            }
            io.stdout.write(values.json ? renderJson(result.value) : (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .neutralizeCommands */ .Kw)(renderTable(result.value, offset)));
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
        }
        finally {
            await opened.value.close();
        }
    },
};
function renderJson(result) {
    return JSON.stringify({ total: result.total, hits: result.hits.map(_report_findings_stored_json_js__WEBPACK_IMPORTED_MODULE_7__/* .storedFindingJson */ .V) }, null, 2) + '\n';
}
function renderTable(result, offset) {
    if (result.total === 0)
        return 'no findings match.\n';
    const lines = result.hits.map((h) => `${h.severity.padEnd(8)} ${h.kind.padEnd(17)} ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(h.project, 60)} @ ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(h.ref, 40)}  ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(h.name, 60)} ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(h.version, 30)}  ` +
        `${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(h.file, 60)}  first seen ${h.firstSeenAt.slice(0, 10)}${h.suppressed ? '  (suppressed)' : ''}`);
    lines.push(`${offset + 1}-${offset + result.hits.length} of ${result.total} findings`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 52021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
        let transient = 0;
        let unknown = 0;
        let development = 0;
        for (const d of set.dependencies) {
            if (d.introduced === true)
                direct++;
            else if (d.introduced === false)
                transient++;
            else
                unknown++;
            if (d.development === true)
                development++;
        }
        lines.push(`  set ${(0,describe_unknown/* printable */.g)(set.file, 120)} [${set.format}${set.packageManager ? `, ${(0,describe_unknown/* printable */.g)(set.packageManager, 30)}` : ''}]: ` +
            `${set.dependencies.length} dependencies (${direct} direct, ${transient} transient, ${unknown} unknown; ${development} development)`);
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
/** The summary plus what happened to the store, the diff and the comment. */
function renderScanOutcome(outcome, commentReason) {
    const lines = [];
    if (outcome.stored) {
        const s = outcome.stored;
        lines.push(`stored ${s.sets} set(s): ${s.added} new, ${s.kept} kept, ${s.removed} removed`);
    }
    if (outcome.diff) {
        const d = outcome.diff;
        lines.push(d.targetKnown
            ? `diff with ${(0,describe_unknown/* printable */.g)(d.target, 200)}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.upgraded} upgraded, ${d.summary.downgraded} downgraded`
            : `diff: ${(0,describe_unknown/* printable */.g)(d.target, 200)} has never been scanned, nothing to compare with`);
    }
    const c = outcome.comment;
    if (c)
        lines.push(c.ok ? `comment ${c.action}${c.url ? `: ${(0,describe_unknown/* printable */.g)(c.url, 300)}` : ''}` : `warning: the comment was not posted: ${(0,describe_unknown/* printable */.g)(c.error, 1000)}`);
    else if (commentReason)
        lines.push(`warning: the comment was not posted: ${(0,describe_unknown/* printable */.g)(commentReason, 1000)}`);
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

/***/ 76266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ contractFinding),
/* harmony export */   p: () => (/* binding */ findingsJson)
/* harmony export */ });
/**
 * `--findings`: the verdict and every finding, suppressed ones included and marked (README "Findings JSON").
 * Keys are written in the contract's order, so two runs on the same input give the same bytes.
 */
function findingsJson(verdict, findings) {
    return JSON.stringify({ verdict, findings: findings.map(contractFinding) }, null, 2) + '\n';
}
function contractFinding(f) {
    return {
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        new: f.new,
        suppressed: f.suppressed,
        suppressedBy: f.suppressedBy,
        file: f.file,
        purl: f.purl,
        name: f.name,
        version: f.version,
        message: f.message,
        rule: f.rule,
        advisory: f.advisory,
        fixedVersions: f.fixedVersions,
        introducedBy: f.introducedBy,
    };
}


/***/ }),

/***/ 61758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ storedFindingJson)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76266);

/**
 * One stored finding in a fixed key order: its project and ref, the finding as the findings JSON writes it, and
 * when it was first and last seen. `depindex findings --json` and `GET /api/v1/findings` write the same.
 */
function storedFindingJson(h) {
    return { project: h.project, ref: h.ref, ...(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .contractFinding */ .k)(h), firstSeenAt: h.firstSeenAt, firstCommitSha: h.firstCommitSha, lastSeenAt: h.lastSeenAt };
}


/***/ })

};
