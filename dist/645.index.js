export const id = 645;
export const ids = [645];
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

/***/ 64219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ renderSearchJson),
/* harmony export */   g: () => (/* binding */ renderSearchTable)
/* harmony export */ });
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41875);
/* harmony import */ var _report_search_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2134);


/** `--json`: the total and the page of hits, each with its fields in a fixed order. */
function renderSearchJson(result) {
    return JSON.stringify({ total: result.total, hits: result.hits.map(_report_search_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hitJson */ .q) }, null, 2) + '\n';
}
const COLUMN_MAX = 60;
const PROJECTS_SHOWN = 20;
const scope = (development) => (development === null ? '?' : development ? 'dev' : 'prod');
function table(header, rows) {
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
    return [header, ...rows].map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
}
/** The readable answer: a table of the page, where the page sits in the total, and counts by project. */
function renderSearchTable(result, query) {
    if (result.total === 0)
        return 'no dependencies match.\n';
    const lines = [];
    if (result.hits.length > 0) {
        const cell = (text) => (0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(text, COLUMN_MAX);
        lines.push(...table(['PROJECT', 'REF', 'FILE', 'NAME', 'VERSION', 'TYPE', 'SCOPE', 'LICENSES', 'ADDED'], result.hits.map((h) => [
            cell(h.project),
            cell(h.ref),
            cell(h.file),
            cell(h.name),
            cell(h.version),
            cell(h.type),
            scope(h.development),
            cell(h.licenses === null ? '?' : h.licenses.join(', ')),
            h.createdAt.slice(0, 10),
        ])), '');
    }
    const projects = result.byProject.length;
    const first = query.offset + 1;
    const last = query.offset + result.hits.length;
    const where = `${result.total} ${result.total === 1 ? 'dependency' : 'dependencies'} in ${projects} ${projects === 1 ? 'project' : 'projects'}`;
    if (result.hits.length === 0)
        lines.push(`${where}; none at --offset ${query.offset}.`);
    else if (result.hits.length === result.total)
        lines.push(`${where}.`);
    else {
        const next = last < result.total ? `; --offset ${last} for the next page` : '';
        lines.push(`${where}; showing ${first}-${last}${next}.`);
    }
    if (projects > 1) {
        lines.push('', 'by project:');
        const shown = result.byProject.slice(0, PROJECTS_SHOWN);
        const width = Math.max(...shown.map((p) => String(p.count).length));
        for (const p of shown)
            lines.push(`  ${String(p.count).padStart(width)}  ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(p.project, 200)}`);
        if (projects > shown.length)
            lines.push(`  … and ${projects - shown.length} more projects`);
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 38645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   searchCommand: () => (/* binding */ searchCommand)
/* harmony export */ });
/* harmony import */ var _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57268);
/* harmony import */ var _store_search_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99376);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79326);
/* harmony import */ var _search_output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64219);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52021);







const HELP = `depindex search [NAME] [options]

Finds dependencies in the index: which projects use a package, at which versions, on which refs.

  NAME, --name NAME        package name; canonical and case-insensitive (django finds Django,
                           requests_oauthlib finds requests-oauthlib); namespaced names as @scope/name,
                           group:artifact or group/artifact
  --type TYPE              purl type: npm, pypi, maven, gem, golang, nuget, composer, cargo ...
  --version VERSION        exactly this version
  --range RANGE            versions in a range, in the ecosystem's own syntax; needs --type
                           (npm "^4.17.0", pypi ">=2.0,<2.31", maven "[2.0,2.17.1)")
  --license ID             a license id, also found inside expressions (mit finds "MIT OR Apache-2.0")
  --advisory ID            dependencies an advisory affects (its id or an alias: CVE-..., GHSA-...),
                           from the metadata \`depindex sync\` brought in; scope flags apply
  --added-since WHEN       first seen in its file since a date (2026-11-01, 2026-11-01T08:00:00Z) or
                           a duration back from now (12h, 7d, 2w)
  --exclude-development    leave out development dependencies (those of unknown scope stay)
  --project PATH           one project, by full path (group/subgroup/project)
  --group NAMESPACE        projects under a group or subgroup (acme, acme/web)
  --ref REF                one branch or tag
  --default-branch         default branches only
  --file PATH              one dependency file, by its path in the project (web/package-lock.json)
  --limit N                hits per page (default ${_store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMIT */ .eH}, at most ${_store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LIMIT */ .tq})
  --offset N               hits to skip, for the next pages
  --json                   {"total": N, "hits": [...]} instead of the table
  --store STORE            sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                           (default $DEPINDEX_STORE, else ${_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_STORE */ .O})

Hits are sorted by project, ref, file, name and version. Exit codes: 0 answered (also with no hits),
3 the index could not be read, 64 the command line is wrong.
`;
const OPTIONS = {
    name: { type: 'string' },
    type: { type: 'string' },
    version: { type: 'string' },
    range: { type: 'string' },
    license: { type: 'string' },
    advisory: { type: 'string' },
    'added-since': { type: 'string' },
    'exclude-development': { type: 'boolean' },
    project: { type: 'string' },
    group: { type: 'string' },
    ref: { type: 'string' },
    'default-branch': { type: 'boolean' },
    file: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    json: { type: 'boolean' },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const searchCommand = {
    name: 'search',
    summary: 'find dependencies in the index by name, version range, license, project, group or ref',
    help: HELP,
    async run(args, io) {
        const start = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .startCommand */ .S)('depindex search', args, OPTIONS, HELP, io);
        if (start.exit !== null)
            return start.exit;
        const { values, positionals, usage } = start;
        if (positionals.length > 1)
            return usage(`one package name at most, got ${positionals.length}: ${positionals.join(' ')}`);
        const string = (key) => {
            const value = values[key];
            return typeof value === 'string' ? value : undefined;
        };
        const positional = positionals[0];
        if (positional !== undefined && string('name') !== undefined)
            return usage('give the name once: as NAME or as --name');
        const name = positional ?? string('name');
        const filters = {
            ...(name !== undefined && { name }),
            ...(string('type') !== undefined && { type: string('type') }),
            ...(string('version') !== undefined && { version: string('version') }),
            ...(string('range') !== undefined && { range: string('range') }),
            ...(string('license') !== undefined && { license: string('license') }),
            ...(string('added-since') !== undefined && { addedSince: string('added-since') }),
            ...(values['exclude-development'] === true && { excludeDevelopment: true }),
            ...(string('project') !== undefined && { project: string('project') }),
            ...(string('group') !== undefined && { group: string('group') }),
            ...(string('ref') !== undefined && { ref: string('ref') }),
            ...(values['default-branch'] === true && { defaultBranch: true }),
            ...(string('file') !== undefined && { file: string('file') }),
            ...(string('limit') !== undefined && { limit: string('limit') }),
            ...(string('offset') !== undefined && { offset: string('offset') }),
        };
        const advisory = string('advisory');
        if (advisory !== undefined && (name !== undefined || filters.version !== undefined || filters.range !== undefined)) {
            return usage('--advisory names the packages and versions itself: leave out NAME, --version and --range');
        }
        const query = (0,_store_search_query_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSearchQuery */ .zJ)(filters, new Date());
        if (!query.ok)
            return usage(query.error);
        const spec = (0,_option_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .storeSpecOf */ .It)(string('store'), io.env);
        const opened = await (0,_store_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .C)(spec, { cwd: io.cwd, env: io.env, create: false });
        if (!opened.ok) {
            io.stderr.write(`depindex search: ${opened.error}\n`);
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
        }
        const store = opened.value;
        try {
            if (advisory !== undefined) {
                const { runAdvisorySearch } = await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(588), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 93964));
                return await runAdvisorySearch(advisory, query.value, spec, store, io, values.json === true);
            }
            const result = await store.search(query.value);
            if (!result.ok) {
                io.stderr.write(`depindex search: ${result.error}\n`);
                return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.output;
            }
            io.stdout.write(values.json ? (0,_search_output_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSearchJson */ .P)(result.value) : (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .neutralizeCommands */ .Kw)((0,_search_output_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSearchTable */ .g)(result.value, query.value)));
            return _run_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
        }
        finally {
            await store.close();
        }
    },
};


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

/***/ 2134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ hitJson)
/* harmony export */ });
/**
 * One search hit with its fields in a fixed order: `depindex search --json` and the index API (`depindex serve`)
 * write the same, from here (below both, so neither imports the other).
 */
function hitJson(h) {
    return {
        project: h.project,
        ref: h.ref,
        file: h.file,
        purl: h.purl,
        type: h.type,
        name: h.name,
        version: h.version,
        licenses: h.licenses,
        development: h.development,
        introduced: h.introduced,
        createdAt: h.createdAt,
        firstCommitSha: h.firstCommitSha,
    };
}


/***/ })

};
