export const id = 334;
export const ids = [334];
export const modules = {

/***/ 85561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ renderScanOutcome)
/* harmony export */ });
/* unused harmony export renderScanSummary */
/* harmony import */ var _ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41875);

/** The short summary a CI log shows: files read, per set the package manager and counts, then what went wrong. */
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
        lines.push(`  ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(set.file, 120)} [${set.format}${set.packageManager ? `, ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(set.packageManager, 30)}` : ''}]: ` +
            `${set.dependencies.length} dependencies (${direct} direct, ${transient} transient, ${unknown} unknown; ${development} development)`);
    }
    for (const note of result.notes)
        lines.push(`note: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(note.file, 200)}: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(note.message, 500)}`);
    if (result.vulnerabilities.length)
        lines.push(`${result.vulnerabilities.length} vulnerabilities reported by the inputs (kept for the checks)`);
    const shownWarnings = result.warnings.slice(0, 20);
    for (const w of shownWarnings)
        lines.push(`warning: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(w.file, 200)}: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(w.place, 200)}: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(w.message, 500)}`);
    if (result.warnings.length > shownWarnings.length)
        lines.push(`… and ${result.warnings.length - shownWarnings.length} more warnings (all are in --json output)`);
    for (const e of result.errors)
        lines.push(`error: cannot read ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(e.file, 200)}: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(e.message, 1000)}`);
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
            ? `diff with ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(d.target, 200)}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.upgraded} upgraded, ${d.summary.downgraded} downgraded`
            : `diff: ${(0,_ingest_describe_unknown_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(d.target, 200)} has never been scanned, nothing to compare with`);
    }
    const c = outcome.comment;
    if (c)
        lines.push(c.ok ? `comment ${c.action}${c.url ? `: ${c.url}` : ''}` : `warning: the comment was not posted: ${c.error}`);
    else if (commentReason)
        lines.push(`warning: the comment was not posted: ${commentReason}`);
    for (const notice of outcome.notices)
        lines.push(`note: ${notice}`);
    return renderScanSummary(outcome.result) + lines.map((l) => l + '\n').join('');
}


/***/ }),

/***/ 7843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ diffJson)
/* harmony export */ });
/* harmony import */ var _scan_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73269);

/** `--diff-json` (README "Diff JSON"): `dep` carries the scan contract's fields, plus `via` for new transient ones. */
function diffJson(diff) {
    const dep = (d) => ({ ...(0,_scan_json_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyJson */ .MQ)(d), via: d.via });
    return (JSON.stringify({
        target: diff.target,
        targetKnown: diff.targetKnown,
        summary: diff.summary,
        files: diff.files.map((f) => ({
            file: f.file,
            added: f.added.map(dep),
            removed: f.removed.map(dep),
            changed: f.changed.map((c) => ({ name: c.name, type: c.type, from: c.from, to: c.to, direction: c.direction })),
        })),
    }, null, 2) + '\n');
}


/***/ }),

/***/ 97353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ jsonArrayPieces)
/* harmony export */ });
/**
 * Items per piece: few enough that each piece's objects die young and its text stays under V8's large-object
 * size (128 KiB; a thousand SBOM components made the SBOM a tenth slower). The writer gathers pieces into
 * large buffers, so their number does not decide the number of writes.
 */
const PER_PIECE = 200;
/**
 * The elements of a JSON array (items 0..count-1, without the brackets), as pieces of text to write as they come.
 * Each piece's objects are made, written by one JSON.stringify and dropped: a large output is never held whole,
 * the objects cost the collector next to nothing, and JSON.stringify writes flat text faster than concatenation.
 */
function* jsonArrayPieces(count, item) {
    for (let start = 0; start < count; start += PER_PIECE) {
        const end = Math.min(start + PER_PIECE, count);
        const items = new Array(end - start);
        for (let i = start; i < end; i++)
            items[i - start] = item(i);
        // "[a,b]" -> "a,b": a slice shares the text, where joining the comma to it would copy it.
        if (start > 0)
            yield ',';
        yield JSON.stringify(items).slice(1, -1);
    }
}


/***/ }),

/***/ 73269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanJsonChunks),
/* harmony export */   MQ: () => (/* binding */ dependencyJson)
/* harmony export */ });
/* unused harmony export scanJson */
/* harmony import */ var _json_pieces_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97353);

/**
 * The `--json` contract (README "JSON output"): other tools and our own checks read it, so its field names
 * and order are fixed. `warnings`, `notes` and `inputs` were added after the contract; readers may ignore them.
 * Compact: a 50,000-dependency scan is a 20 MB document that tools read; indentation would add a third.
 *
 * In pieces, written as they come (jsonArrayPieces): the same bytes as one JSON.stringify of the whole,
 * without holding the whole.
 */
function* scanJsonChunks(inputs, sets, errors, warnings, notes) {
    yield '{"sets":[';
    for (let s = 0; s < sets.length; s++) {
        const set = sets[s];
        const head = JSON.stringify({ file: set.file, packageManager: set.packageManager, format: set.format });
        yield `${s === 0 ? '' : ','}${head.slice(0, -1)},"dependencies":[`;
        const { dependencies } = set;
        yield* (0,_json_pieces_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonArrayPieces */ .p)(dependencies.length, (i) => dependencyJson(dependencies[i]));
        yield ']}';
    }
    const rest = JSON.stringify({ errors, warnings, notes, inputs: inputs.map((i) => ({ file: i.path, format: i.format, sets: i.sets })) });
    yield `],${rest.slice(1)}\n`;
}
/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
function scanJson(...args) {
    return [...scanJsonChunks(...args)].join('');
}
/** One dependency in the contract's field order (the diff JSON uses the same fields). */
function dependencyJson(d) {
    return {
        purl: d.purl,
        type: d.type,
        name: d.name,
        version: d.version,
        introduced: d.introduced,
        development: d.development,
        licenses: d.licenses,
        checksums: d.checksums,
        source: d.source,
    };
}


/***/ }),

/***/ 71326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ executeScan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/platforms/http-errors.js
function explainStatus(status, where, advice, detail) {
    const head = `${where} answered ${status}`;
    if (status === 401)
        return `${head}: ${advice[401]}`;
    if (status === 403 && !/rate limit/i.test(detail))
        return `${head}: ${advice[403]}`;
    if (status === 404)
        return `${head}: ${advice[404]}`;
    if (status === 429 || (status === 403 && /rate limit/i.test(detail)))
        return `${head}: rate limited; the comment will be updated by the next run`;
    return `${head}${detail ? `: ${detail.slice(0, 300)}` : ''}`;
}

;// CONCATENATED MODULE: ./build/platforms/github/comment.js

const ADVICE = {
    401: 'the token was refused; check the github-token input (or GITHUB_TOKEN for the CLI)',
    403: 'the token may not comment; give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token)',
    404: 'the repository or pull request was not found, or the token cannot see it',
};
/**
 * One sticky pull request comment through @actions/github: found again by its marker and updated in place.
 * The client is loaded when a comment is actually posted, so the CLI does not pay for it at start-up.
 */
function githubCommentTarget(options) {
    const [owner = '', repo = ''] = options.repository.split('/');
    const where = `GitHub (${options.apiUrl}) for ${options.repository}#${options.pullRequest}`;
    return {
        description: `GitHub pull request #${options.pullRequest}`,
        maxLength: 65_536,
        async upsert(request) {
            try {
                const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
                const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
                const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: options.pullRequest, per_page: 100 });
                // Only a comment that starts with the marker is ours; a quote of it in someone else's comment is not.
                const existing = comments.find((c) => c.body?.startsWith(request.marker));
                if (existing) {
                    if (existing.body === request.markdown)
                        return { ok: true, action: 'unchanged', url: existing.html_url };
                    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: request.markdown });
                    return { ok: true, action: 'updated', url: updated.data.html_url };
                }
                if (!request.createIfMissing)
                    return { ok: true, action: 'skipped', url: null };
                const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: options.pullRequest, body: request.markdown });
                return { ok: true, action: 'created', url: created.data.html_url };
            }
            catch (e) {
                const status = e.status;
                if (typeof status === 'number')
                    return { ok: false, error: explainStatus(status, where, ADVICE, e.message) };
                return { ok: false, error: `cannot reach ${where}: ${e.message}` };
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platforms/gitlab/comment.js

const comment_ADVICE = {
    401: 'the token was refused; check DEPINDEX_GITLAB_TOKEN (or GITLAB_TOKEN) is set and not expired',
    403: 'the token may not comment; it needs the api scope and at least the Reporter role in the project',
    404: 'the project or merge request was not found, or the token cannot see it',
};
class HttpError extends Error {
    status;
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
}
/** One sticky merge request note through GitLab's REST API, found again by its marker and updated in place. */
function gitlabCommentTarget(options) {
    const doFetch = options.fetch ?? fetch;
    const base = `${options.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(options.projectId)}/merge_requests/${encodeURIComponent(options.mergeRequestIid)}/notes`;
    const where = `GitLab (${options.apiUrl}) for merge request !${options.mergeRequestIid}`;
    async function call(method, url, body) {
        const response = await doFetch(url, {
            method,
            headers: { 'PRIVATE-TOKEN': options.token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!response.ok)
            throw new HttpError(response.status, await response.text().catch(() => ''));
        return response;
    }
    async function findOurs(marker) {
        for (let page = '1'; page !== '';) {
            const response = await call('GET', `${base}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
            const notes = (await response.json());
            const ours = notes.find((n) => !n.system && n.body.startsWith(marker));
            if (ours)
                return ours;
            page = response.headers.get('x-next-page') ?? '';
        }
        return undefined;
    }
    return {
        description: `GitLab merge request !${options.mergeRequestIid}`,
        maxLength: 1_000_000,
        async upsert(request) {
            try {
                const existing = await findOurs(request.marker);
                if (existing) {
                    if (existing.body === request.markdown)
                        return { ok: true, action: 'unchanged', url: null };
                    await call('PUT', `${base}/${existing.id}`, { body: request.markdown });
                    return { ok: true, action: 'updated', url: null };
                }
                if (!request.createIfMissing)
                    return { ok: true, action: 'skipped', url: null };
                await call('POST', base, { body: request.markdown });
                return { ok: true, action: 'created', url: null };
            }
            catch (e) {
                if (e instanceof HttpError)
                    return { ok: false, error: explainStatus(e.status, where, comment_ADVICE, e.message) };
                return { ok: false, error: `cannot reach ${where}: ${e.message}` };
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platforms/select.js


/**
 * The merge/pull request this run belongs to, if any, and how to reach it. GitLab: CI_API_V4_URL, CI_PROJECT_ID,
 * CI_MERGE_REQUEST_IID and a token in DEPINDEX_GITLAB_TOKEN or GITLAB_TOKEN. GitHub: the pull request number from
 * the event and a token (the action's github-token input, or GITHUB_TOKEN for the CLI).
 */
function chooseCommentTarget(ci, env, pullRequestNumber, githubToken) {
    if (ci.platform === 'gitlab') {
        const iid = env.CI_MERGE_REQUEST_IID;
        if (!iid)
            return { target: null, reason: null };
        const token = env.DEPINDEX_GITLAB_TOKEN || env.GITLAB_TOKEN;
        if (!token) {
            return { target: null, reason: 'no token for the merge request note: set DEPINDEX_GITLAB_TOKEN (a project access token with the api scope) as a CI/CD variable' };
        }
        if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
            return { target: null, reason: 'CI_API_V4_URL or CI_PROJECT_ID is not set' };
        return { target: gitlabCommentTarget({ token, apiUrl: env.CI_API_V4_URL, projectId: env.CI_PROJECT_ID, mergeRequestIid: iid }), reason: null };
    }
    if (ci.platform === 'github') {
        if (pullRequestNumber === null || !env.GITHUB_REPOSITORY)
            return { target: null, reason: null };
        if (!githubToken)
            return { target: null, reason: 'no token for the pull request comment: pass github-token (the default workflow token works with permissions: pull-requests: write)' };
        return {
            target: githubCommentTarget({
                token: githubToken,
                repository: env.GITHUB_REPOSITORY,
                pullRequest: pullRequestNumber,
                apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            }),
            reason: null,
        };
    }
    return { target: null, reason: null };
}

// EXTERNAL MODULE: ./build/store/open.js + 6 modules
var store_open = __webpack_require__(47876);
;// CONCATENATED MODULE: ./build/run/ci-env.js
const nonEmpty = (v) => (v !== undefined && v !== '' ? v : null);
function ciFacts(env, githubEvent) {
    if (env.GITLAB_CI) {
        const ref = nonEmpty(env.CI_COMMIT_REF_NAME);
        return {
            platform: 'gitlab',
            project: nonEmpty(env.CI_PROJECT_PATH),
            ref,
            refType: env.CI_COMMIT_TAG ? 'tag' : 'branch',
            defaultBranch: ref !== null && env.CI_DEFAULT_BRANCH !== undefined ? ref === env.CI_DEFAULT_BRANCH : null,
            commitSha: nonEmpty(env.CI_COMMIT_SHA),
            pipelineUrl: nonEmpty(env.CI_PIPELINE_URL),
            targetRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
        };
    }
    if (env.GITHUB_ACTIONS) {
        // On a pull request GITHUB_REF_NAME is "123/merge" and GITHUB_SHA a merge commit: the head is what was pushed.
        const ref = nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME);
        const defaultBranch = githubEvent?.repository?.default_branch;
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            platform: 'github',
            project: nonEmpty(env.GITHUB_REPOSITORY),
            ref,
            refType: env.GITHUB_REF_TYPE === 'tag' ? 'tag' : 'branch',
            defaultBranch: ref !== null && defaultBranch !== undefined ? ref === defaultBranch : null,
            commitSha: nonEmpty(githubEvent?.pull_request?.head?.sha) ?? nonEmpty(env.GITHUB_SHA),
            pipelineUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
            targetRef: nonEmpty(env.GITHUB_BASE_REF),
        };
    }
    return { platform: 'local', project: null, ref: null, refType: null, defaultBranch: null, commitSha: null, pipelineUrl: null, targetRef: null };
}

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/ingest/load.js + 67 modules
var load = __webpack_require__(3334);
// EXTERNAL MODULE: ./build/run/options.js
var options = __webpack_require__(7312);
;// CONCATENATED MODULE: ./build/run/resolve-options.js



/**
 * Flags first, then what CI says, then the schema's defaults. Errors name the option and what would be valid.
 * Pure: the clock comes in as `now`.
 */
function resolveScanOptions(raw, ci, cwd, now) {
    if (raw.reports.length === 0)
        return { ok: false, error: 'name at least one input file or glob' };
    const sizeText = raw['max-input-size'] ?? String((0,options/* optionDefault */.Z)('max-input-size'));
    const maxInputBytes = (0,load/* parseByteSize */.nS)(sizeText);
    if (maxInputBytes === null || maxInputBytes <= 0)
        return { ok: false, error: `max-input-size "${sizeText}" is not a size (e.g. 256MiB, 1GiB)` };
    const refType = raw['ref-type'] ?? ci.refType ?? String((0,options/* optionDefault */.Z)('ref-type'));
    if (refType !== 'branch' && refType !== 'tag')
        return { ok: false, error: `ref-type "${refType}" must be branch or tag` };
    const commentMode = raw.comment ?? String((0,options/* optionDefault */.Z)('comment'));
    if (commentMode !== 'always' && commentMode !== 'on-change' && commentMode !== 'never') {
        return { ok: false, error: `comment "${commentMode}" must be always, on-change or never` };
    }
    const knownProject = raw.project ?? ci.project;
    const ref = raw.ref ?? ci.ref;
    const context = knownProject && ref
        ? {
            project: knownProject.replace(/^\/+|\/+$/g, ''),
            ref,
            refType,
            defaultBranch: raw['default-branch'] ?? ci.defaultBranch ?? false,
            commitSha: raw.commit ?? ci.commitSha,
            pipelineUrl: raw['pipeline-url'] ?? ci.pipelineUrl,
            scannedAt: now,
        }
        : null;
    return {
        ok: true,
        value: {
            patterns: raw.reports,
            maxInputBytes,
            sbomPath: raw.sbom ?? null,
            jsonPath: raw.json ?? null,
            diffJsonPath: raw['diff-json'] ?? null,
            commentMdPath: raw['comment-md'] ?? null,
            storeSpec: raw['no-store'] ? null : (raw.store ?? String((0,options/* optionDefault */.Z)('store'))),
            project: knownProject ?? (0,external_node_path_.basename)(cwd),
            ref,
            context,
            targetRef: raw['target-ref'] ?? ci.targetRef,
            basePatterns: raw.base && raw.base.length > 0 ? raw.base : null,
            commentMode,
        },
    };
}

// EXTERNAL MODULE: ./build/ecosystems/registry.js + 37 modules
var registry = __webpack_require__(6497);
// EXTERNAL MODULE: ./build/graph/build.js
var build = __webpack_require__(47655);
// EXTERNAL MODULE: ./build/graph/paths.js
var paths = __webpack_require__(71419);
;// CONCATENATED MODULE: ./build/checks/diff.js



/**
 * What a change does to the dependencies, per dependency file (issue "merge request dependency diff").
 * Packages are matched by the ecosystem's canonical name within a file; when one package has several versions
 * on a side (npm installs can), the versions both sides share are unchanged and the rest pair up highest with
 * highest, so 1.x+2.x -> 1.x+3.x reads as one upgrade 2.x -> 3.x. Pure.
 */
function diffSets(target, base, head) {
    if (base === null) {
        return { target, targetKnown: false, summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0 }, files: [] };
    }
    const baseByFile = pairFiles(base, head);
    const headByFile = new Map(head.map((s) => [s.file, s]));
    const files = [];
    for (const file of [...new Set([...baseByFile.keys(), ...headByFile.keys()])].sort(build/* compareStrings */.K)) {
        const fileDiff = diffFile(file, baseByFile.get(file)?.dependencies ?? [], headByFile.get(file));
        if (fileDiff.added.length || fileDiff.removed.length || fileDiff.changed.length)
            files.push(fileDiff);
    }
    const summary = { added: 0, removed: 0, upgraded: 0, downgraded: 0 };
    for (const f of files) {
        summary.added += f.added.length;
        summary.removed += f.removed.length;
        for (const c of f.changed) {
            if (c.direction === 'downgrade')
                summary.downgraded++;
            else
                summary.upgraded++;
        }
    }
    return { target, targetKnown: true, summary, files };
}
/**
 * Base sets keyed by the head file they compare with: the same path, or else — base reports handed over with
 * --base usually sit in another folder — the one file of the same name left on both sides.
 */
function pairFiles(base, head) {
    const paired = new Map();
    const headFiles = new Set(head.map((s) => s.file));
    const unmatchedBase = base.filter((s) => {
        if (!headFiles.has(s.file))
            return true;
        paired.set(s.file, s);
        return false;
    });
    const unmatchedHead = head.filter((s) => !paired.has(s.file));
    const baseName = (file) => file.slice(file.lastIndexOf('/') + 1);
    for (const b of unmatchedBase) {
        const sameName = (s) => baseName(s.file) === baseName(b.file);
        const heads = unmatchedHead.filter(sameName);
        const head = heads[0];
        if (head && heads.length === 1 && unmatchedBase.filter(sameName).length === 1)
            paired.set(head.file, b);
        else
            paired.set(b.file, b);
    }
    return paired;
}
function diffFile(file, before, headSet) {
    const after = headSet?.dependencies ?? [];
    const withVia = headSet ? viaFor(headSet) : (d) => ({ ...d, via: null });
    const { groupsBefore, groupsAfter } = changedPackages(before, after);
    const added = [];
    const removed = [];
    const changed = [];
    for (const [type, nowByName] of groupsAfter) {
        const wasByName = groupsBefore.get(type);
        for (const [name, now] of nowByName) {
            const was = wasByName?.get(name) ?? [];
            const kept = new Set(was.map((d) => d.version).filter((v) => now.some((d) => d.version === v)));
            const gone = sortByVersion(was.filter((d) => !kept.has(d.version)));
            const fresh = sortByVersion(now.filter((d) => !kept.has(d.version)));
            while (gone.length > 0 && fresh.length > 0) {
                const from = gone.pop();
                const to = fresh.pop();
                changed.push({ name: to.name, type: to.type, from: from.version, to: to.version, direction: direction(to.type, from.version, to.version), dependency: withVia(to) });
            }
            for (const d of gone)
                removed.push({ ...d, via: null });
            for (const d of fresh)
                added.push(withVia(d));
        }
    }
    for (const [type, wasByName] of groupsBefore) {
        const nowByName = groupsAfter.get(type);
        for (const [name, was] of wasByName) {
            if (!nowByName?.has(name))
                for (const d of was)
                    removed.push({ ...d, via: null });
        }
    }
    const byNameThenVersion = (a, b) => (0,build/* compareStrings */.K)(a.name, b.name) || (0,build/* compareStrings */.K)(a.purl, b.purl);
    added.sort(byNameThenVersion);
    removed.sort(byNameThenVersion);
    changed.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
    return { file, added, removed, changed };
}
/**
 * The packages that changed, each with all its versions on both sides. Most of a file is unchanged, so the
 * purls both sides share are found first by walking the two sorted lists side by side, without hashing; only
 * the rest is grouped by package. A shared purl still joins its package's group when that package also
 * changed, since the pairing needs every version on each side (1.x+2.x -> 1.x+3.x).
 */
function changedPackages(before, after) {
    const was = sortedByPurl(before);
    const now = sortedByPurl(after);
    const onlyBefore = [];
    const onlyAfter = [];
    const shared = [];
    let i = 0;
    let j = 0;
    while (i < was.length && j < now.length) {
        const left = was[i];
        const right = now[j];
        if (left.purl === right.purl) {
            shared.push(right);
            i++;
            j++;
        }
        else if (left.purl < right.purl) {
            onlyBefore.push(left);
            i++;
        }
        else {
            onlyAfter.push(right);
            j++;
        }
    }
    for (; i < was.length; i++)
        onlyBefore.push(was[i]);
    for (; j < now.length; j++)
        onlyAfter.push(now[j]);
    const groupsBefore = groupByPackage(onlyBefore);
    const groupsAfter = groupByPackage(onlyAfter);
    if (shared.length > 0 && (onlyBefore.length > 0 || onlyAfter.length > 0)) {
        forEachPackage(shared, (d, type, name) => {
            if (!groupsBefore.get(type)?.has(name) && !groupsAfter.get(type)?.has(name))
                return;
            addTo(groupsBefore, type, name, d);
            addTo(groupsAfter, type, name, d);
        });
    }
    return { groupsBefore, groupsAfter };
}
/** Sets come sorted by purl; only speed depends on it (unmatched purls are grouped anyway), so others are sorted. */
function sortedByPurl(dependencies) {
    for (let k = 1; k < dependencies.length; k++) {
        if (dependencies[k - 1].purl > dependencies[k].purl) {
            return [...dependencies].sort((a, b) => (0,build/* compareStrings */.K)(a.purl, b.purl));
        }
    }
    return dependencies;
}
function groupByPackage(dependencies) {
    const groups = new Map();
    forEachPackage(dependencies, (d, type, name) => addTo(groups, type, name, d));
    return groups;
}
function addTo(groups, type, name, d) {
    let ofType = groups.get(type);
    if (!ofType)
        groups.set(type, (ofType = new Map()));
    const group = ofType.get(name);
    if (group)
        group.push(d);
    else
        ofType.set(name, [d]);
}
/** Each dependency with its type and canonical name; the ecosystem is looked up once per run of one type. */
function forEachPackage(dependencies, visit) {
    let lastType = null;
    let nameOf = canonicalNameFor('');
    for (const d of dependencies) {
        if (d.type !== lastType) {
            lastType = d.type;
            nameOf = canonicalNameFor(d.type);
        }
        visit(d, d.type, nameOf(d));
    }
}
function canonicalNameFor(type) {
    const ecosystem = (0,registry/* ecosystemFor */.m)(type);
    if (!ecosystem)
        return (d) => d.name.toLowerCase();
    return (d) => ecosystem.canonicalName(d.namespace, d.namespace ? d.name.slice(d.namespace.length + 1) : d.name);
}
/** Ascending in the ecosystem's order where it has one, so pop() takes the highest. */
function sortByVersion(dependencies) {
    return dependencies.sort((a, b) => {
        const order = compareVersions(a.type, a.version, b.version);
        return order ?? (0,build/* compareStrings */.K)(a.version, b.version);
    });
}
function compareVersions(type, a, b) {
    const versioning = (0,registry/* ecosystemFor */.m)(type)?.versioning;
    if (!versioning)
        return null;
    const left = versioning.parse(a);
    const right = versioning.parse(b);
    return left.ok && right.ok ? versioning.compare(left.value, right.value) : null;
}
function direction(type, from, to) {
    const order = compareVersions(type, from, to);
    return order === null ? 'changed' : order > 0 ? 'downgrade' : 'upgrade';
}
/** For a transient dependency new in the head, the shortest path from an introduced dependency. */
function viaFor(set) {
    let byPurl = null;
    let find = null;
    return (d) => {
        if (d.introduced !== false || set.graph.edges.size === 0)
            return { ...d, via: null };
        find ??= (0,paths/* shortestPathFinder */.uw)(set);
        const shortest = find(d.purl);
        if (!shortest || shortest.length < 2)
            return { ...d, via: null };
        const names = (byPurl ??= new Map(set.dependencies.map((e) => [e.purl, e])));
        return { ...d, via: shortest.slice(0, -1).map((p) => names.get(p)?.name ?? p) };
    };
}

;// CONCATENATED MODULE: ./build/checks/diff-model.js
function isEmptyDiff(diff) {
    return diff.files.every((f) => f.added.length === 0 && f.removed.length === 0 && f.changed.length === 0);
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
;// CONCATENATED MODULE: ./build/report/cyclonedx/hashes.js

const ALGORITHMS = {
    md5: enums.HashAlgorithm.MD5,
    sha1: enums.HashAlgorithm['SHA-1'],
    sha256: enums.HashAlgorithm['SHA-256'],
    sha384: enums.HashAlgorithm['SHA-384'],
    sha512: enums.HashAlgorithm['SHA-512'],
    'sha3-256': enums.HashAlgorithm['SHA3-256'],
    'sha3-384': enums.HashAlgorithm['SHA3-384'],
    'sha3-512': enums.HashAlgorithm['SHA3-512'],
    'blake2b-256': enums.HashAlgorithm['BLAKE2b-256'],
    'blake2b-384': enums.HashAlgorithm['BLAKE2b-384'],
    'blake2b-512': enums.HashAlgorithm['BLAKE2b-512'],
    blake3: enums.HashAlgorithm.BLAKE3,
};
/**
 * Digests CycloneDX can carry, sorted by algorithm; ecosystem-specific ones (Go's h1 dirhash) have no CycloneDX
 * algorithm and are left out. The digests were checked when read (Checksums), so they are not checked again.
 */
function toHashes(checksums) {
    const out = [];
    for (const id in checksums) {
        const algorithm = ALGORITHMS[id];
        const hex = checksums[id];
        if (algorithm !== undefined)
            out.push({ alg: algorithm, content: hex });
    }
    return out.length > 1 ? out.sort((a, b) => (a.alg < b.alg ? -1 : a.alg > b.alg ? 1 : 0)) : out;
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(61290);
;// CONCATENATED MODULE: ./build/report/cyclonedx/licenses.js

const EXPRESSION = /\s(AND|OR|WITH)\s|[()]/;
/** The library's SPDX id lookup, once per distinct license text: a 50,000-component SBOM has a few dozen. */
const spdxIds = new Map();
function spdxId(text) {
    let id = spdxIds.get(text);
    if (id === undefined) {
        id = spdx/* fixupSpdxId */.Xg(text) ?? null;
        spdxIds.set(text, id);
    }
    return id;
}
/**
 * CycloneDX allows either one expression or a list of single licenses. A lone expression stays an expression;
 * in a list, SPDX ids (as @cyclonedx/cyclonedx-library recognises them) become `license.id`, anything else
 * `license.name`, as written.
 */
function toLicenses(licenses) {
    if (licenses.length === 1 && EXPRESSION.test(licenses[0]))
        return [{ expression: licenses[0] }];
    return licenses.map((text) => {
        const id = spdxId(text);
        return id !== null ? { license: { id } } : { license: { name: text } };
    });
}

// EXTERNAL MODULE: ./build/report/json-pieces.js
var json_pieces = __webpack_require__(97353);
;// CONCATENATED MODULE: ./build/report/cyclonedx/properties.js
/**
 * GitLab's CycloneDX property taxonomy (docs: development/sec/cyclonedx_property_taxonomy). Set on each
 * component, because one depindex SBOM merges several dependency files and a component-level value takes
 * precedence over metadata. This is what lets GitLab ingest the SBOM as a `cyclonedx` report.
 */
const GITLAB_SCHEMA_VERSION = 'gitlab:meta:schema_version';
const GITLAB_INPUT_FILE = 'gitlab:dependency_scanning:input_file:path';
const GITLAB_PACKAGE_MANAGER = 'gitlab:dependency_scanning:package_manager:name';
const GITLAB_CATEGORY = 'gitlab:dependency_scanning:category';

;// CONCATENATED MODULE: ./build/report/cyclonedx/write.js





const ROOT_REF = 'depindex:project';
const SCHEMA_VERSION = { name: GITLAB_SCHEMA_VERSION, value: '1' };
const SCHEMA = 'http://cyclonedx.org/schema/bom-1.6.schema.json';
/**
 * The CycloneDX 1.6 JSON document of the project: one component per (dependency file, purl),
 * the dependency graph, and the project as metadata component depending on every introduced dependency.
 *
 * Why not the models and serializer of @cyclonedx/cyclonedx-library: on a 50,000-component project they take
 * about 1.7 s (class instances, comparator sorts, per-hash regex checks), six times the budget of the whole scan.
 * This writes the same document (test/report/cyclonedx checks it against the library's serialization and the
 * official 1.6 schema) in a single pass, compact (SBOMs are read by tools; indentation adds half again); the
 * library still supplies the SPDX id list and hash algorithm names.
 *
 * The text comes in pieces of a few hundred components, which the caller writes as they come: the whole
 * document of a large project is tens of megabytes that would otherwise be held, copied and collected.
 * Pure: serial number and timestamp come in, so the same sets give the same bytes apart from those two.
 */
function* bomChunks(sets, subject, tool, stamp) {
    // One dependency file: its properties apply to every component, so they are said once, in the metadata, as
    // GitLab's own analyzers write them. With several, each component names its own (GitLab's taxonomy: a
    // component-level value overrides the metadata's).
    const fileInMetadata = sets.length === 1;
    const components = (fileInMetadata ? oneSetComponents(sets[0]) : null) ?? mergedComponents(sets, fileInMetadata);
    const metadata = {
        timestamp: stamp.timestamp.toISOString(),
        tools: { components: [{ type: enums.ComponentType.Application, name: tool.name, version: tool.version }] },
        component: {
            type: enums.ComponentType.Application,
            name: subject.name,
            ...(subject.version ? { version: subject.version } : {}),
            'bom-ref': ROOT_REF,
        },
        properties: fileInMetadata ? [...fileProperties(sets[0]), SCHEMA_VERSION] : [SCHEMA_VERSION],
    };
    yield `{"$schema":${q(SCHEMA)},"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":${q(stamp.serialNumber)},"metadata":${JSON.stringify(metadata)},"components":[`;
    yield* (0,json_pieces/* jsonArrayPieces */.p)(components.length, (i) => componentObject(components.dependencyAt(i), components.refAt(i), components.propertiesAt(i)));
    // Sorted by ref like the components, with the project's own entry in its place among them.
    const introduced = [];
    let rootAt = -1;
    for (let i = 0; i < components.length; i++) {
        const ref = components.refAt(i);
        if (components.dependencyAt(i).introduced === true)
            introduced.push(ref);
        if (rootAt === -1 && ref > ROOT_REF)
            rootAt = i;
    }
    if (rootAt === -1)
        rootAt = components.length;
    const rootEntry = dependencyEntry(ROOT_REF, introduced);
    yield '],"dependencies":[';
    yield* (0,json_pieces/* jsonArrayPieces */.p)(components.length + 1, (i) => {
        if (i === rootAt)
            return rootEntry;
        const at = i < rootAt ? i : i - 1;
        return dependencyEntry(components.refAt(at), components.targetsAt(at));
    });
    yield ']}\n';
}
/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
function writeBom(sets, subject, tool, stamp) {
    return [...bomChunks(sets, subject, tool, stamp)].join('');
}
const q = JSON.stringify;
const NONE = [];
/**
 * One set is its own list: the graph stage hands its dependencies over in purl order, which is bom-ref order
 * (no purl repeats), so nothing is copied. Null when the set is not in that order (sets made by hand).
 */
function oneSetComponents(set) {
    const { dependencies, graph } = set;
    for (let i = 1; i < dependencies.length; i++)
        if (dependencies[i - 1].purl >= dependencies[i].purl)
            return null;
    const properties = setProperties([]);
    return {
        length: dependencies.length,
        dependencyAt: (i) => dependencies[i],
        refAt: (i) => dependencies[i].purl,
        propertiesAt: () => properties,
        targetsAt: (i) => {
            const targets = graph.edges.get(dependencies[i].purl);
            if (targets === undefined)
                return NONE;
            return isSorted(targets) ? targets : [...targets].sort(compare);
        },
    };
}
/**
 * Several sets (or one not in purl order), merged and sorted: a purl is the natural bom-ref; when one purl
 * appears in several dependency files, the file tells them apart.
 */
function mergedComponents(sets, fileInMetadata) {
    const count = new Map();
    for (const set of sets)
        for (const d of set.dependencies)
            count.set(d.purl, (count.get(d.purl) ?? 0) + 1);
    const refOf = (file, purl) => ((count.get(purl) ?? 0) > 1 ? `${purl}#${file}` : purl);
    const components = [];
    for (const set of sets) {
        const properties = setProperties(fileInMetadata ? [] : fileProperties(set));
        for (const dependency of set.dependencies)
            components.push({ set, dependency, ref: refOf(set.file, dependency.purl), properties });
    }
    components.sort((a, b) => compare(a.ref, b.ref));
    const at = (i) => components[i];
    return {
        length: components.length,
        dependencyAt: (i) => at(i).dependency,
        refAt: (i) => at(i).ref,
        propertiesAt: (i) => at(i).properties,
        targetsAt: (i) => {
            const { set, dependency } = at(i);
            const targets = set.graph.edges.get(dependency.purl);
            if (targets === undefined || targets.length === 0)
                return NONE;
            const refs = targets.map((to) => refOf(set.file, to));
            return isSorted(refs) ? refs : refs.sort(compare);
        },
    };
}
function dependencyEntry(ref, targets) {
    return targets.length > 0 ? { ref, dependsOn: targets } : { ref };
}
/** The dependency file and its package manager, sorted by name as the library sorts properties. */
function fileProperties(set) {
    const properties = [{ name: GITLAB_INPUT_FILE, value: set.file }];
    if (set.packageManager)
        properties.push({ name: GITLAB_PACKAGE_MANAGER, value: set.packageManager });
    return properties;
}
function setProperties(shared) {
    return {
        unknown: shared,
        development: [{ name: GITLAB_CATEGORY, value: 'development' }, ...shared],
        production: [{ name: GITLAB_CATEGORY, value: 'production' }, ...shared],
    };
}
/** One component, its keys in the order the library writes them. */
function componentObject(dependency, ref, properties) {
    const hashes = dependency.checksums ? toHashes(dependency.checksums) : null;
    const source = dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source) ? escapeIri(dependency.source) : null;
    return {
        type: 'library',
        name: lastSegment(dependency),
        group: dependency.namespace || undefined,
        version: dependency.version || undefined,
        'bom-ref': ref,
        // CycloneDX's own way to say "not needed at runtime"; GitLab's category property says the same for GitLab.
        scope: dependency.development === null ? undefined : dependency.development ? 'optional' : 'required',
        hashes: hashes !== null && hashes.length > 0 ? hashes : undefined,
        licenses: dependency.licenses && dependency.licenses.length > 0 ? licenseChoices(dependency.licenses) : undefined,
        purl: dependency.purl,
        externalReferences: source === null ? undefined : [{ url: source, type: 'distribution' }],
        properties: write_nonEmpty(dependency.development === null ? properties.unknown : dependency.development ? properties.development : properties.production),
    };
}
/**
 * Most components carry one license, and a project has a few dozen distinct ones: their objects are made once.
 * Bounded, so endless distinct names in hostile input cannot grow it without end.
 */
const singleLicense = new Map();
function licenseChoices(licenses) {
    if (licenses.length !== 1)
        return toLicenses(licenses);
    const text = licenses[0];
    let choices = singleLicense.get(text);
    if (choices === undefined) {
        choices = toLicenses(licenses);
        if (singleLicense.size < 1024)
            singleLicense.set(text, choices);
    }
    return choices;
}
/** The schema wants an iri-reference: spaces and the like are percent-encoded, as the library does. */
function escapeIri(url) {
    return url.replace(/[ "<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}
function lastSegment(dependency) {
    return dependency.namespace ? dependency.name.slice(dependency.namespace.length + 1) : dependency.name;
}
const write_nonEmpty = (list) => (list.length > 0 ? list : undefined);
function isSorted(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i - 1] > values[i])
            return false;
    return true;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./build/report/diff-json.js
var diff_json = __webpack_require__(7843);
;// CONCATENATED MODULE: ./build/report/markdown/escape.js
/**
 * Package names, versions and paths come from untrusted reports. Rendered in a comment they must stay text:
 * no link, image, HTML, mention or table break. Markdown punctuation is backslash-escaped, HTML-significant
 * characters become entities, and the sequences platforms turn into links or notifications after rendering
 * (`@user`, `#123`, GitLab's `!1` `~label` `%milestone` `$snippet`, `https://`, `www.`) are broken with an
 * invisible word joiner, because those are matched on the rendered text, where no backslash escape survives.
 */
const WORD_JOINER = '\u2060';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~>]/g;
function escapeCell(value, maxLength = 200) {
    // eslint-disable-next-line no-control-regex
    let text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ');
    if (text.length > maxLength)
        text = text.slice(0, maxLength - 1) + '…';
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c)
        .replace(/[@#!~%$]/g, (c) => c + WORD_JOINER)
        .replace(/:\/\//g, ':' + WORD_JOINER + '//')
        .replace(/\bwww\\\./gi, (m) => m.slice(0, 3) + WORD_JOINER + m.slice(3));
}

;// CONCATENATED MODULE: ./build/report/markdown/diff-comment.js

/** Finds our comment again among a pull request's comments, so it is updated in place rather than repeated. */
const COMMENT_MARKER = '<!-- depindex:dependency-diff -->';
/**
 * The sticky comment: a one-line summary, then a table per file. When the diff is larger than the platform
 * allows, the most important rows come first (direct before transient, runtime before development) and the
 * comment says how many were left out and where the full diff is. Never fails on size.
 */
function renderDiffComment(diff, options) {
    const head = `${COMMENT_MARKER}\n### Dependency changes\n\n`;
    if (!diff.targetKnown) {
        return `${head}${escapeCell(diff.target)} has not been scanned by depindex yet, so there is nothing to compare with. The diff will show here once a pipeline on ${escapeCell(diff.target)} has run.\n`;
    }
    const { added, removed, upgraded, downgraded } = diff.summary;
    if (added + removed + upgraded + downgraded === 0) {
        return `${head}No dependency changes compared with ${escapeCell(diff.target)}.\n`;
    }
    const summary = `**${added} added, ${removed} removed, ${upgraded} upgraded, ${downgraded} downgraded** ` +
        `in ${diff.files.length} dependency file${diff.files.length === 1 ? '' : 's'}, compared with ${escapeCell(diff.target)}.\n\n`;
    const tables = diff.files.map((f) => ({ file: f, rows: rowsOf(f) }));
    const total = tables.reduce((n, t) => n + t.rows.length, 0);
    const reserve = 400; // room for the "left out" line
    let budget = options.maxLength - head.length - summary.length - reserve;
    // Rows by priority over all files; a file's header costs its length once.
    const chosen = new Map();
    const order = tables.flatMap((t) => t.rows.map((r) => ({ file: t.file, row: r }))).sort((a, b) => a.row.priority - b.row.priority);
    const texts = new Map();
    let shown = 0;
    for (const { file, row } of order) {
        const text = row.render();
        const header = chosen.has(file) ? 0 : tableHeader(file).length;
        const cost = header + text.length;
        if (cost > budget)
            break;
        budget -= cost;
        texts.set(row, text);
        const rows = chosen.get(file);
        if (rows)
            rows.push(row);
        else
            chosen.set(file, [row]);
        shown++;
    }
    let body = '';
    for (const { file, rows } of tables) {
        if (!chosen.has(file))
            continue;
        body += tableHeader(file) + rows.map((r) => texts.get(r) ?? '').join('') + '\n';
    }
    if (shown < total) {
        body += `_${total - shown} of ${total} changes are not shown here to stay within the comment size limit; the full diff is in ${escapeCell(options.fullDiffLocation)}._\n`;
    }
    return head + summary + body;
}
function tableHeader(file) {
    return `#### ${escapeCell(file.file, 300)}\n\n| change | package | version | direct | scope | licenses | via |\n|---|---|---|---|---|---|---|\n`;
}
/** Lower numbers first: direct before transient, runtime before development, then the kind of change. */
function priority(d, kind) {
    const direct = d.introduced === true ? 0 : d.introduced === null ? 1 : 2;
    const scope = d.development === true ? 1 : 0;
    return direct * 100 + scope * 10 + kind;
}
function rowsOf(file) {
    const rows = [
        ...file.changed.map((c) => ({ priority: priority(c.dependency, c.direction === 'downgrade' ? 0 : 1), render: () => changeRow(c) })),
        ...file.added.map((d) => ({ priority: priority(d, 2), render: () => row('added', d, escapeCell(d.version)) })),
        ...file.removed.map((d) => ({ priority: priority(d, 3), render: () => row('removed', d, escapeCell(d.version)) })),
    ];
    // Stable: within one priority the file order (changed, added, removed by name) stays.
    return rows.sort((a, b) => a.priority - b.priority);
}
function changeRow(c) {
    const label = c.direction === 'downgrade' ? '**downgraded**' : c.direction === 'upgrade' ? 'upgraded' : 'changed';
    return row(label, c.dependency, `${escapeCell(c.from)} → ${escapeCell(c.to)}`);
}
function row(change, d, version) {
    const direct = d.introduced === true ? 'direct' : d.introduced === false ? 'transient' : '?';
    const scope = d.development === true ? 'development' : d.development === false ? 'runtime' : '?';
    const licenses = d.licenses === null ? '?' : d.licenses.length === 0 ? '–' : d.licenses.map((l) => escapeCell(l, 80)).join(', ');
    const via = d.via ? d.via.map((n) => escapeCell(n, 80)).join(' › ') : '';
    return `| ${change} | ${escapeCell(d.name)} | ${version} | ${direct} | ${scope} | ${licenses} | ${via} |\n`;
}

// EXTERNAL MODULE: ./build/report/scan-json.js
var scan_json = __webpack_require__(73269);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
;// CONCATENATED MODULE: ./build/run/output-file.js


/**
 * Bytes gathered before each write. Writers hand over small pieces (report/json-pieces.ts says why); copying
 * them into a buffer costs less than a write, and its string-to-bytes conversion, per piece.
 */
const BUFFER_BYTES = 4 * 1024 * 1024;
/** UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair: four bytes for two units). */
const MAX_BYTES_PER_UNIT = 3;
/**
 * Writes an output file, creating its folder; the error names the file as the user gave it, and the cause.
 * Content given in pieces is written as it comes, so the whole output is never held at once: two buffers take
 * turns, one being written by the thread pool while the next pieces are made and copied into the other.
 * Writing on this thread instead made the scan wait for the disk, which on CI runners' virtual disks is
 * sometimes ten times slower than on a laptop.
 */
async function writeOutput(path, location, content) {
    let file;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(location), { recursive: true });
        const handle = await (0,promises_.open)(location, 'w');
        file = handle;
        const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)];
        let current = 0;
        let used = 0;
        let pending = Promise.resolve();
        const flush = async () => {
            // The other buffer is free again only when its write is done.
            await pending;
            pending = writeAll(handle, buffers[current], used);
            current ^= 1;
            used = 0;
        };
        for (const piece of typeof content === 'string' ? [content] : content) {
            if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES - used) {
                await flush();
                if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
                    await pending;
                    const bytes = Buffer.from(piece, 'utf8');
                    pending = writeAll(handle, bytes, bytes.length);
                    continue;
                }
            }
            used += buffers[current].write(piece, used, 'utf8');
        }
        await flush();
        await pending;
        return { ok: true };
    }
    catch (e) {
        return { ok: false, message: `cannot write ${path}: ${describeWriteError(e)}` };
    }
    finally {
        await file?.close().catch(() => undefined);
    }
}
/** A write may take fewer bytes than given (signals, some file systems); the rest follows. */
async function writeAll(file, buffer, length) {
    let offset = 0;
    while (offset < length)
        offset += (await file.write(buffer, offset, length - offset)).bytesWritten;
}
function describeWriteError(e) {
    const code = e.code;
    if (code === 'ENOTDIR' || code === 'EEXIST')
        return 'a part of the path is a file, not a folder';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return 'permission denied';
    if (code === 'ENOSPC')
        return 'no space left on the device';
    return e.message;
}

// EXTERNAL MODULE: ./build/run/scan.js + 1 modules
var scan = __webpack_require__(64089);
;// CONCATENATED MODULE: ./build/run/scan-job.js











/**
 * The scan flow of DESIGN.md 2: read, compare with the target, write the store, emit. The exit code is decided
 * here, once. The target is loaded before this scan is written, so a scan of the target ref itself still
 * compares with what was there before.
 */
async function runScanJob(options) {
    const result = await (0,scan/* readInputs */.K)({ patterns: options.patterns, cwd: options.cwd, maxInputBytes: options.maxInputBytes });
    const outputErrors = [];
    const notices = [];
    const errors = [...result.errors];
    // undefined: nothing to compare with; null: a target ref that was never scanned.
    let base = undefined;
    const fromBaseReports = options.basePatterns !== null && options.basePatterns.length > 0;
    const target = fromBaseReports ? 'the base reports' : (options.targetRef ?? '');
    if (fromBaseReports) {
        const baseResult = await (0,scan/* readInputs */.K)({ patterns: options.basePatterns ?? [], cwd: options.cwd, maxInputBytes: options.maxInputBytes });
        errors.push(...baseResult.errors.map((e) => ({ file: e.file, message: `(base) ${e.message}` })));
        base = baseResult.sets;
    }
    else if (options.targetRef && options.store && options.context) {
        const loaded = await options.store.loadSets(options.context.project, options.targetRef);
        if (loaded.ok)
            base = loaded.value.length > 0 ? loaded.value : null;
        else
            outputErrors.push(`cannot read the target ref ${options.targetRef} from ${options.store.location}: ${loaded.error}`);
    }
    // A file whose input could not be read this time is not compared: it would show as wholly removed.
    const unread = new Set(result.errors.map((e) => e.file));
    const diff = base === undefined ? null : diffSets(target, base === null ? null : base.filter((s) => !unread.has(s.file)), result.sets);
    let stored = null;
    if (options.store && options.context) {
        const written = await options.store.writeScan(options.context, result.sets);
        if (written.ok)
            stored = written.value;
        else
            outputErrors.push(`cannot write to the store ${options.store.location}: ${written.error}`);
    }
    const write = async (path, content) => {
        if (!path)
            return;
        const written = await writeOutput(path, (0,external_node_path_.resolve)(options.cwd, path), content());
        if (!written.ok)
            outputErrors.push(written.message);
    };
    await write(options.sbomPath, () => bomChunks(result.sets, { name: options.project, version: options.ref }, { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, (0,scan/* newSbomStamp */.h)()));
    await write(options.jsonPath, () => (0,scan_json/* scanJsonChunks */.C4)(result.inputs, result.sets, errors, result.warnings, result.notes));
    if (diff)
        await write(options.diffJsonPath, () => (0,diff_json/* diffJson */.g)(diff));
    let commentMarkdown = null;
    let comment = null;
    if (diff) {
        const maxLength = options.commentTarget?.maxLength ?? 65_536;
        commentMarkdown = renderDiffComment(diff, { maxLength, fullDiffLocation: options.fullDiffLocation });
        await write(options.commentMdPath, () => commentMarkdown);
        if (options.commentTarget && options.commentMode !== 'never') {
            comment = await options.commentTarget.upsert({
                markdown: commentMarkdown,
                marker: COMMENT_MARKER,
                createIfMissing: options.commentMode === 'always' || (!isEmptyDiff(diff) && diff.targetKnown),
            });
        }
    }
    else if (options.diffJsonPath || options.commentMdPath) {
        notices.push('no diff: give --target-ref (defaults from CI on merge requests) or --base');
    }
    // A comment that cannot be posted is reported with what to fix, but does not fail the job: forks and
    // read-only tokens are common, and the diff is in the job's other outputs.
    const exitCode = outputErrors.length > 0 ? exit_codes/* EXIT */.d.output : errors.length > 0 ? exit_codes/* EXIT */.d.input : exit_codes/* EXIT */.d.ok;
    return { result: { ...result, errors }, diff, stored, comment, commentMarkdown, exitCode, outputErrors, notices };
}

;// CONCATENATED MODULE: ./build/run/execute.js







/**
 * The edge where a scan meets the world: reads CI facts, opens the store and the comment target, runs the job,
 * closes the store. A store that cannot be opened is reported and the scan's files are still written.
 */
async function executeScan(raw, environment) {
    const event = await readGithubEvent(environment.env.GITHUB_EVENT_PATH);
    const ci = ciFacts(environment.env, event);
    const resolved = resolveScanOptions(raw, ci, environment.cwd, environment.now);
    if (!resolved.ok)
        return { ok: false, exitCode: exit_codes/* EXIT */.d.usage, error: resolved.error };
    const options = resolved.value;
    let store = null;
    let storeError = null;
    // Without a project and ref there is nothing to key sets by, so the store is not even opened.
    if (options.storeSpec && options.context) {
        const opened = await (0,store_open/* openStore */.C)(options.storeSpec, { cwd: environment.cwd, env: environment.env });
        if (opened.ok)
            store = opened.value;
        else
            storeError = opened.error;
    }
    const pullRequest = typeof event?.pull_request === 'object' ? (event.pull_request.number ?? null) : null;
    const choice = chooseCommentTarget(ci, environment.env, typeof pullRequest === 'number' ? pullRequest : null, environment.githubToken ?? environment.env.GITHUB_TOKEN ?? null);
    try {
        const outcome = await runScanJob({
            ...options,
            cwd: environment.cwd,
            store,
            commentTarget: choice.target,
            fullDiffLocation: options.diffJsonPath ? `the diff JSON (${options.diffJsonPath})` : 'the job log (pass --diff-json to keep it as an artifact)',
        });
        if (options.storeSpec && !options.context) {
            outcome.notices.push('not written to the index: give --project and --ref (in CI they default from the environment), or --no-store');
        }
        if (storeError === null)
            return { ok: true, outcome, commentReason: choice.reason };
        return {
            ok: true,
            outcome: { ...outcome, exitCode: exit_codes/* EXIT */.d.output, outputErrors: [storeError, ...outcome.outputErrors] },
            commentReason: choice.reason,
        };
    }
    finally {
        await store?.close();
    }
}
async function readGithubEvent(path) {
    if (!path)
        return null;
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ scanOptionSpecs),
/* harmony export */   Z: () => (/* binding */ optionDefault)
/* harmony export */ });
const scanOptionSpecs = [
    {
        name: 'reports',
        kind: 'list',
        default: null,
        description: 'Files or globs of scanner outputs to read: GitLab dependency scanning reports, CycloneDX or SPDX SBOMs, lock files. One per line or comma-separated in the action; positional arguments on the CLI.',
    },
    { name: 'sbom', kind: 'string', default: null, description: 'Write a CycloneDX 1.6 JSON SBOM of the project to this file.' },
    { name: 'json', kind: 'string', default: null, description: 'Write the dependency sets as JSON (README "JSON output") to this file.' },
    {
        name: 'store',
        kind: 'string',
        default: 'sqlite:.depindex/index.db',
        description: 'Where the index is: sqlite:PATH (embedded, no server), an http(s):// Elasticsearch URL, or an Elastic Cloud id.',
    },
    { name: 'no-store', kind: 'boolean', default: false, description: 'Do not read or write the index (scan, SBOM and diff against --base only).' },
    {
        name: 'project',
        kind: 'string',
        default: null,
        description: 'The project\'s full path ("group/sub/app", "owner/repo"). Defaults from CI (CI_PROJECT_PATH, GITHUB_REPOSITORY).',
    },
    {
        name: 'ref',
        kind: 'string',
        default: null,
        description: 'The branch or tag scanned. Defaults from CI (CI_COMMIT_REF_NAME; GITHUB_HEAD_REF or GITHUB_REF_NAME).',
    },
    { name: 'ref-type', kind: 'string', default: 'branch', description: 'branch or tag. Defaults from CI (CI_COMMIT_TAG, GITHUB_REF_TYPE).' },
    {
        name: 'default-branch',
        kind: 'boolean',
        default: false,
        description: 'The ref is the project\'s default branch. Defaults from CI (CI_DEFAULT_BRANCH; the event\'s repository.default_branch).',
    },
    { name: 'commit', kind: 'string', default: null, description: 'The commit SHA scanned. Defaults from CI (CI_COMMIT_SHA, the pull request head SHA or GITHUB_SHA).' },
    { name: 'pipeline-url', kind: 'string', default: null, description: 'The pipeline or workflow run URL. Defaults from CI.' },
    {
        name: 'target-ref',
        kind: 'string',
        default: null,
        description: 'Compare with this ref\'s sets in the store. Defaults from CI (CI_MERGE_REQUEST_TARGET_BRANCH_NAME, GITHUB_BASE_REF).',
    },
    { name: 'base', kind: 'list', default: null, description: 'Compare with these base reports or SBOMs (files or globs) instead of the store.' },
    { name: 'diff-json', kind: 'string', default: null, description: 'Write the dependency diff as JSON (README "Diff JSON") to this file.' },
    { name: 'comment-md', kind: 'string', default: null, description: 'Write the merge request comment\'s markdown to this file.' },
    {
        name: 'comment',
        kind: 'string',
        default: 'on-change',
        description: 'Post the diff on the merge/pull request: always, on-change (only when something changed, or to update an earlier comment), or never.',
    },
    {
        name: 'github-token',
        kind: 'string',
        default: null,
        actionOnly: true,
        description: 'Token for the pull request comment; needs pull-requests: write. action.yml defaults it to the workflow token.',
    },
    {
        name: 'max-input-size',
        kind: 'string',
        default: '256MiB',
        description: 'Inputs larger than this are refused with a message instead of being read (e.g. 512MiB, 1GiB).',
    },
];
function optionDefault(name) {
    return scanOptionSpecs.find((o) => o.name === name).default;
}


/***/ })

};
