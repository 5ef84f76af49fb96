export const id = 69;
export const ids = [69];
export const modules = {

/***/ 99376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);

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


/***/ }),

/***/ 1069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  searchCommand: () => (/* binding */ searchCommand)
});

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/store/open.js + 6 modules
var store_open = __webpack_require__(47876);
// EXTERNAL MODULE: ./build/store/search-query.js
var search_query = __webpack_require__(20201);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/cli/search-output.js

/** `--json`: the total and the page of hits, each with its fields in a fixed order. */
function renderSearchJson(result) {
    const hits = result.hits.map((h) => ({
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
    }));
    return JSON.stringify({ total: result.total, hits }, null, 2) + '\n';
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
        const cell = (text) => (0,describe_unknown/* printable */.g)(text, COLUMN_MAX);
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
            lines.push(`  ${String(p.count).padStart(width)}  ${(0,describe_unknown/* printable */.g)(p.project, 200)}`);
        if (projects > shown.length)
            lines.push(`  … and ${projects - shown.length} more projects`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/cli/search.js





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
  --advisory ID            not available yet: advisories are not synced into the index
  --added-since WHEN       first seen in its file since a date (2026-11-01, 2026-11-01T08:00:00Z) or
                           a duration back from now (12h, 7d, 2w)
  --exclude-development    leave out development dependencies (those of unknown scope stay)
  --project PATH           one project, by full path (group/subgroup/project)
  --group NAMESPACE        projects under a group or subgroup (acme, acme/web)
  --ref REF                one branch or tag
  --default-branch         default branches only
  --limit N                hits per page (default ${search_query/* DEFAULT_LIMIT */.eH}, at most ${search_query/* MAX_LIMIT */.tq})
  --offset N               hits to skip, for the next pages
  --json                   {"total": N, "hits": [...]} instead of the table
  --store STORE            sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                           (default $DEPINDEX_STORE, else ${store_open/* DEFAULT_STORE */.O})

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
        const usage = (message) => {
            io.stderr.write(`depindex search: ${message}\nRun "depindex search --help" for usage.\n`);
            return exit_codes/* EXIT */.d.usage;
        };
        const parsed = (0,cli_args/* parseCommandArgs */.Q)(args, OPTIONS);
        if (!parsed.ok)
            return usage(parsed.error);
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(HELP);
            return exit_codes/* EXIT */.d.ok;
        }
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
            ...(string('advisory') !== undefined && { advisory: string('advisory') }),
            ...(string('added-since') !== undefined && { addedSince: string('added-since') }),
            ...(values['exclude-development'] === true && { excludeDevelopment: true }),
            ...(string('project') !== undefined && { project: string('project') }),
            ...(string('group') !== undefined && { group: string('group') }),
            ...(string('ref') !== undefined && { ref: string('ref') }),
            ...(values['default-branch'] === true && { defaultBranch: true }),
            ...(string('limit') !== undefined && { limit: string('limit') }),
            ...(string('offset') !== undefined && { offset: string('offset') }),
        };
        const query = (0,search_query/* buildSearchQuery */.zJ)(filters, new Date());
        if (!query.ok)
            return usage(query.error);
        // An empty DEPINDEX_STORE counts as unset: CI templates often define variables empty.
        const spec = string('store') ?? (io.env.DEPINDEX_STORE || store_open/* DEFAULT_STORE */.O);
        const opened = await (0,store_open/* openStore */.C)(spec, { cwd: io.cwd, env: io.env, create: false });
        if (!opened.ok) {
            io.stderr.write(`depindex search: ${opened.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const store = opened.value;
        try {
            const result = await store.search(query.value);
            if (!result.ok) {
                io.stderr.write(`depindex search: ${result.error}\n`);
                return exit_codes/* EXIT */.d.output;
            }
            io.stdout.write(values.json ? renderSearchJson(result.value) : renderSearchTable(result.value, query.value));
            return exit_codes/* EXIT */.d.ok;
        }
        finally {
            await store.close();
        }
    },
};


/***/ }),

/***/ 41875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeUnknown),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * For an input no parser accepts, says what it looks like, so the person reading the log can tell a wrong
 * file from an unsupported format ("a JSON object with keys name, scripts" beats "unknown format").
 */
function describeUnknown(text, json) {
    if (json !== undefined) {
        if (Array.isArray(json))
            return `a JSON array of ${json.length} item(s)`;
        if (json !== null && typeof json === 'object') {
            const keys = Object.keys(json);
            const shown = keys.slice(0, 8).map((k) => printable(k, 40));
            return keys.length === 0
                ? 'an empty JSON object'
                : `a JSON object with keys ${shown.join(', ')}${keys.length > shown.length ? `, … (${keys.length} keys)` : ''}`;
        }
        return `a JSON ${json === null ? 'null' : typeof json}`;
    }
    const newline = text.indexOf('\n');
    const firstLine = text.slice(0, newline >= 0 ? Math.min(newline, 200) : 200);
    return `text starting with "${printable(firstLine, 80)}"`;
}
/** Shortens and strips control characters so hostile input cannot rewrite the terminal. */
function printable(text, max) {
    // Shorten first: the text may be a 200 MiB binary "line".
    // eslint-disable-next-line no-control-regex
    const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
    return clean.length > max ? clean.slice(0, max) + '…' : clean;
}


/***/ })

};
