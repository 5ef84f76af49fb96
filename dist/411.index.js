export const id = 411;
export const ids = [411];
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

/***/ 35792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rescanCommand: () => (/* binding */ rescanCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/metadata/store/open.js + 1 modules
var store_open = __webpack_require__(73588);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/metadata/sources/source.js
var source = __webpack_require__(75740);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
// EXTERNAL MODULE: ./build/metadata/match/affected.js
var match_affected = __webpack_require__(34040);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
;// CONCATENATED MODULE: ./build/metadata/match/cvss.js

const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = ae_cvss_calculator;
/** The CVSS version a vector declares; v2 vectors carry no prefix. */
function versionOf(vector) {
    const match = /^CVSS:(\d\.\d)\//.exec(vector);
    if (match)
        return match[1];
    return /^AV:[LAN]\/AC:[HML]\/Au:/.test(vector) ? '2.0' : null;
}
/**
 * A vector with its base score computed by the metaeffekt CVSS calculator (FIRST's formulas for 2.0, 3.0,
 * 3.1 and 4.0). A vector the calculator cannot read keeps a null score rather than failing the match.
 */
function cvssScore(vector) {
    const version = versionOf(vector.trim());
    return { version: version ?? 'unknown', vector, baseScore: baseScoreOf(version, vector) };
}
function baseScoreOf(version, vector) {
    try {
        const calculator = version === '2.0' ? new Cvss2(vector) : version === '3.0' ? new Cvss3P0(vector) : version === '3.1' ? new Cvss3P1(vector) : version === '4.0' ? new Cvss4P0(vector) : null;
        const base = calculator?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : null;
    }
    catch {
        return null;
    }
}
/** FIRST's qualitative ratings: v3 and v4 (None 0, Low 0.1-3.9, Medium 4-6.9, High 7-8.9, Critical 9-10); v2 has no Critical. */
function severityOfScore(score) {
    const s = score.baseScore;
    if (s === null)
        return null;
    if (score.version === '2.0')
        return s >= 7 ? 'high' : s >= 4 ? 'medium' : 'low';
    if (s >= 9)
        return 'critical';
    if (s >= 7)
        return 'high';
    if (s >= 4)
        return 'medium';
    if (s > 0)
        return 'low';
    return 'info';
}
/** The rating of the newest CVSS version that has a score (v4 over v3.x over v2). */
function severityOfScores(scores) {
    const rank = (v) => (v === '4.0' ? 4 : v.startsWith('3.') ? 3 : v === '2.0' ? 2 : 0);
    const best = [...scores].filter((s) => s.baseScore !== null).sort((a, b) => rank(b.version) - rank(a.version))[0];
    return best ? severityOfScore(best) : null;
}

// EXTERNAL MODULE: ./build/metadata/match/distro.js
var distro = __webpack_require__(14867);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/metadata/match/fingerprint.js

/**
 * The id of a vulnerability finding: kind, advisory id, dependency file and purl, hashed. Nothing else goes in
 * (no order, no time, no severity), so the pipeline and a rescan give the same id for the same finding.
 */
function vulnerabilityFingerprint(advisoryId, file, purl) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(['vulnerability', advisoryId, file, purl])).digest('hex').slice(0, 40);
}

;// CONCATENATED MODULE: ./build/metadata/match/introduced-by.js
/**
 * For each vulnerable purl, the introduced (direct) dependencies that bring it in: walking up the graph from it,
 * stopping at introduced dependencies. A set whose input says nothing about direct dependencies uses its graph's
 * roots. Each query visits every node at most once.
 */
function introducedByFinder(set) {
    let parents = null;
    let isStart = null;
    const build = () => {
        parents = new Map();
        for (const [from, tos] of set.graph.edges) {
            for (const to of tos) {
                const list = parents.get(to);
                if (list)
                    list.push(from);
                else
                    parents.set(to, [from]);
            }
        }
        const introduced = new Set(set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl));
        const known = set.dependencies.some((d) => d.introduced !== null);
        const p = parents;
        isStart = known ? (purl) => introduced.has(purl) : (purl) => !p.has(purl);
    };
    return (purl) => {
        if (!parents)
            build();
        const up = parents;
        const start = isStart;
        const found = new Set();
        const seen = new Set([purl]);
        const queue = [purl];
        for (let i = 0; i < queue.length; i++) {
            const node = queue[i];
            if (start(node)) {
                found.add(node);
                continue;
            }
            for (const parent of up.get(node) ?? []) {
                if (seen.has(parent))
                    continue;
                seen.add(parent);
                queue.push(parent);
            }
        }
        return [...found].sort();
    };
}

// EXTERNAL MODULE: ./build/metadata/match/package-key.js
var package_key = __webpack_require__(78448);
// EXTERNAL MODULE: ./build/model/finding.js
var finding = __webpack_require__(36939);
;// CONCATENATED MODULE: ./build/metadata/match/severity.js

const WORDS = {
    critical: 'critical', high: 'high', medium: 'medium', moderate: 'medium', low: 'low', info: 'info', informational: 'info', negligible: 'info', none: 'info',
};
/** An advisory's own severity word as depindex's; unknown words are `unknown`, never guessed. */
function severityWord(word) {
    if (!word)
        return null;
    return WORDS[word.trim().toLowerCase()] ?? null;
}
/**
 * Priority from exploitation data (cve_enrichment): a known-exploited vulnerability (CISA KEV) is raised one
 * level and to at least `high`; one whose EPSS probability reaches `epssThreshold` is raised one level.
 * The two do not add up: exploitation evidence moves a finding up once.
 */
function raiseForExploitation(severity, exploitation, epssThreshold) {
    const kev = exploitation.knownExploited === true;
    const likely = exploitation.epss !== null && exploitation.epss >= epssThreshold;
    if (!kev && !likely)
        return severity;
    const index = finding/* SEVERITIES */.o.indexOf(severity);
    if (severity === 'unknown')
        return kev ? 'high' : 'unknown';
    const raised = finding/* SEVERITIES */.o[Math.max(0, index - 1)];
    if (kev && finding/* SEVERITIES */.o.indexOf(raised) > finding/* SEVERITIES */.o.indexOf('high'))
        return 'high';
    return raised;
}

;// CONCATENATED MODULE: ./build/metadata/match/match.js









/** `overridden_advisory_fields` of a package, for the fields a finding shows. */
function overridden(advisory, pkg) {
    const o = pkg.overrides;
    if (!o)
        return advisory;
    const pick = (key, fallback) => (typeof o[key] === 'string' ? o[key] : fallback);
    return {
        ...advisory,
        title: pick('title', advisory.title),
        cvssV2: pick('cvss_v2', advisory.cvssV2),
        cvssV3: pick('cvss_v3', advisory.cvssV3),
        cvssV4: pick('cvss_v4', advisory.cvssV4),
        severity: pick('severity', advisory.severity),
    };
}
/** The advisories whose affected entries (any of them) contain this dependency's version. */
function hitsFor(dependency, candidates, ranges) {
    const byAdvisory = new Map();
    const known = (0,package_key/* isOsType */.f0)(dependency.type) ? (0,distro/* dependencyDistro */.R3)(dependency) : null;
    for (const { advisory, pkg } of candidates) {
        if (advisory.withdrawn || pkg.type !== dependency.type)
            continue;
        if ((0,package_key/* isOsType */.f0)(dependency.type) && !(0,distro/* distroApplies */.gq)(pkg.distro, dependency, known))
            continue;
        const test = ranges.test(pkg);
        if (!test.ok || !test.value(dependency.version))
            continue;
        const hit = byAdvisory.get(advisory.id);
        if (hit)
            hit.packages.push(pkg);
        else
            byAdvisory.set(advisory.id, { advisory: overridden(advisory, pkg), packages: [pkg] });
    }
    return [...byAdvisory.values()];
}
function cvssOf(advisory) {
    return [advisory.cvssV2, advisory.cvssV3, advisory.cvssV4].filter((v) => v !== null).map(cvssScore);
}
function cveIds(advisory) {
    return advisory.identifiers.filter((i) => i.type === 'cve' || /^CVE-/i.test(i.value)).map((i) => i.value.toUpperCase());
}
/**
 * Vulnerability findings of the given sets against the synced advisories: each dependency against the
 * advisories of its type and canonical name, with the ecosystem's version semantics (DESIGN.md 7, 8). The
 * metadata is asked once for all names of all sets, then once for the CVE enrichment of what matched.
 */
async function matchVulnerabilities(sets, lookup, options = {}) {
    const includeDevelopment = options.includeDevelopment ?? true;
    const wanted = (d) => includeDevelopment || d.development !== true;
    const keys = new Map();
    for (const set of sets) {
        for (const d of set.dependencies) {
            if (!wanted(d))
                continue;
            const k = (0,package_key/* dependencyKey */.jy)(d);
            keys.set((0,types/* packageKeyText */.N)(k), k);
        }
    }
    if (keys.size === 0)
        return [];
    const affected = await lookup.affectedFor([...keys.values()]);
    if (affected.size === 0)
        return [];
    const ranges = new match_affected/* AffectedRanges */.d();
    const pending = [];
    for (const set of sets) {
        const introducedBy = introducedByFinder(set);
        for (const dependency of set.dependencies) {
            if (!wanted(dependency))
                continue;
            const candidates = affected.get((0,types/* packageKeyText */.N)((0,package_key/* dependencyKey */.jy)(dependency)));
            if (!candidates)
                continue;
            for (const hit of hitsFor(dependency, candidates, ranges))
                pending.push({ set, dependency, hit, introducedBy: introducedBy(dependency.purl) });
        }
    }
    const enrichment = await lookup.enrichmentFor([...new Set(pending.flatMap((p) => cveIds(p.hit.advisory)))]);
    const epssThreshold = options.epssThreshold ?? 0.1;
    const findings = pending.map(({ set, dependency, hit, introducedBy }) => {
        const { advisory } = hit;
        const cvss = cvssOf(advisory);
        const exploitation = cveIds(advisory).map((id) => enrichment.get(id)).filter((e) => e !== undefined);
        const epss = exploitation.reduce((max, e) => (e.epss === null ? max : Math.max(max ?? 0, e.epss)), null);
        const knownExploited = exploitation.length === 0 ? null : exploitation.some((e) => e.knownExploited === true);
        const stated = severityWord(hit.packages.find((p) => p.severity)?.severity) ?? severityOfScores(cvss) ?? severityWord(advisory.severity) ?? 'unknown';
        const severity = raiseForExploitation(stated, { epss, knownExploited }, epssThreshold);
        const { sorted, next } = ranges.remediation(dependency.type, hit.packages.flatMap((p) => p.fixedVersions), dependency.version);
        const findingAdvisory = {
            id: advisory.id,
            identifiers: advisory.identifiers,
            title: advisory.title,
            cvss,
            source: advisory.source,
            epss,
            knownExploited,
            url: advisory.urls[0] ?? advisory.identifiers.find((i) => i.url)?.url ?? null,
        };
        const title = advisory.title ? ` (${(0,source/* printable */.g)(advisory.title, 160)})` : '';
        const remedy = next ? `Upgrade to ${(0,source/* printable */.g)(next, 80)} or later.` : sorted.length > 0 ? 'No fixed version above this one is known.' : 'No fixed version is known.';
        return {
            id: vulnerabilityFingerprint(advisory.id, set.file, dependency.purl),
            kind: 'vulnerability',
            severity,
            new: true,
            suppressed: false,
            suppressedBy: null,
            file: set.file,
            purl: dependency.purl,
            name: dependency.name,
            version: dependency.version,
            message: `${dependency.name} ${dependency.version} is affected by ${(0,source/* printable */.g)(advisory.id, 80)}${title}. ${remedy}`,
            rule: null,
            advisory: findingAdvisory,
            fixedVersions: sorted,
            introducedBy,
        };
    });
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

;// CONCATENATED MODULE: ./build/metadata/rescan/notifications.js
/**
 * What changed between a set's previous vulnerability findings and the new ones, by fingerprint: a finding not
 * there before is `new`; one whose first fixed version appeared is `fixed-available`; one whose severity or
 * advisory details changed is `updated`. Findings that went away say nothing (the advisory was withdrawn or
 * changed): the findings storage marks them no longer detected.
 */
function notificationsFor(set, previous, current) {
    const before = new Map(previous.map((f) => [f.id, f]));
    const out = [];
    for (const f of current) {
        const old = before.get(f.id);
        let kind = null;
        if (!old)
            kind = 'new';
        else if (old.fixedVersions.length === 0 && f.fixedVersions.length > 0)
            kind = 'fixed-available';
        else if (old.severity !== f.severity || JSON.stringify(old.advisory) !== JSON.stringify(f.advisory) || JSON.stringify(old.fixedVersions) !== JSON.stringify(f.fixedVersions))
            kind = 'updated';
        if (kind)
            out.push({ kind, project: set.project, ref: set.ref, file: set.file, purl: f.purl, advisory: f.advisory?.id ?? '', severity: f.severity });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/metadata/rescan/rescan.js





/**
 * Evaluates stored sets against the advisories written since each set was last evaluated, with no pipeline:
 * a set none of whose packages has a changed advisory is skipped; the others are matched whole (so their
 * findings and fingerprints equal the pipeline's), recorded, and compared with what they gave before.
 */
async function rescan(index, metadata, refs, sink, options) {
    const revision = await metadata.revision();
    if (!revision.ok)
        return revision;
    const listed = await refs.list(options.scope);
    if (!listed.ok)
        return listed;
    const changedCache = new Map();
    const changedSince = async (since) => {
        const hit = changedCache.get(since);
        if (hit)
            return (0,result.ok)(hit);
        const keys = await metadata.changedSince(since);
        if (!keys.ok)
            return keys;
        const set = new Set(keys.value.map(types/* packageKeyText */.N));
        changedCache.set(since, set);
        return (0,result.ok)(set);
    };
    let sets = 0;
    let evaluated = 0;
    let findings = 0;
    const notifications = [];
    for (const { project, ref } of listed.value) {
        const stored = await index.loadSets(project, ref);
        if (!stored.ok)
            return stored;
        for (const s of stored.value) {
            sets++;
            const key = { project, ref, file: s.file };
            const previous = await sink.previous(key);
            if (!previous.ok)
                return previous;
            // A set scanned again since its last evaluation is evaluated whole: its dependencies changed.
            const sameScan = previous.value.scannedAt === s.scannedAt;
            if (sameScan && previous.value.revision >= revision.value)
                continue;
            const changed = await changedSince(previous.value.revision);
            if (!changed.ok)
                return changed;
            if (sameScan && !s.dependencies.some((d) => changed.value.has((0,types/* packageKeyText */.N)((0,package_key/* dependencyKey */.jy)(d))))) {
                const kept = await sink.record(key, revision.value, s.scannedAt, previous.value.findings);
                if (!kept.ok)
                    return kept;
                continue;
            }
            evaluated++;
            // Stored sets keep no edges here: introduced dependencies stand for themselves, others are left empty.
            const set = { file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies, graph: { edges: new Map() } };
            const current = await matchVulnerabilities([set], metadata, { includeDevelopment: options.includeDevelopment });
            findings += current.length;
            notifications.push(...notificationsFor(key, previous.value.findings, current));
            const recorded = await sink.record(key, revision.value, s.scannedAt, current);
            if (!recorded.ok)
                return recorded;
        }
    }
    return (0,result.ok)({ sets, evaluated, findings, notifications });
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: ./build/metadata/store/sqlite-schema.js
var sqlite_schema = __webpack_require__(53018);
;// CONCATENATED MODULE: ./build/metadata/rescan/sqlite-state.js



const message = (e) => (e instanceof Error ? e.message : String(e));
/**
 * The rescan's SQLite side, in the index file: findings per set in md_rescan_sets, and the (project, ref)
 * pairs read from the index's own `sets` and `project_namespaces` tables (read only).
 */
function openSqliteRescanState(path) {
    let db;
    try {
        db = new external_node_sqlite_.DatabaseSync(path, { timeout: 15_000 });
        (0,sqlite_schema/* prepareMetadataSchema */.W)(db, `sqlite:${path}`);
    }
    catch (e) {
        return (0,result/* err */._)(`cannot open sqlite:${path} for rescan: ${message(e)}`);
    }
    return (0,result.ok)({
        async previous(set) {
            try {
                const row = db.prepare('SELECT revision, scanned_at, findings FROM md_rescan_sets WHERE project = ? AND ref = ? AND file = ?').get(set.project, set.ref, set.file);
                return (0,result.ok)(row ? { revision: Number(row.revision), scannedAt: row.scanned_at, findings: JSON.parse(row.findings) } : { revision: 0, scannedAt: null, findings: [] });
            }
            catch (e) {
                return (0,result/* err */._)(`reading rescan state of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
            }
        },
        async record(set, revision, scannedAt, findings) {
            try {
                db.prepare('INSERT OR REPLACE INTO md_rescan_sets (project, ref, file, revision, scanned_at, findings) VALUES (?, ?, ?, ?, ?, ?)').run(set.project, set.ref, set.file, revision, scannedAt, JSON.stringify(findings));
                return (0,result.ok)(undefined);
            }
            catch (e) {
                return (0,result/* err */._)(`writing rescan findings of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
            }
        },
        async list(scope) {
            const where = [];
            const params = [];
            if (scope.project !== undefined) {
                where.push('project = ?');
                params.push(scope.project);
            }
            if (scope.group !== undefined) {
                where.push('project IN (SELECT project FROM project_namespaces WHERE namespace = ?)');
                params.push(scope.group);
            }
            if (scope.ref !== undefined) {
                where.push('ref = ?');
                params.push(scope.ref);
            }
            if (scope.defaultBranchOnly)
                where.push('default_branch = 1');
            try {
                const rows = db.prepare(`SELECT DISTINCT project, ref FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY project, ref`).all(...params);
                return (0,result.ok)(rows.map((r) => ({ project: String(r.project), ref: String(r.ref) })));
            }
            catch (e) {
                return (0,result/* err */._)(`listing stored sets in sqlite:${path}: ${message(e)}`);
            }
        },
        close() {
            if (db.isOpen)
                db.close();
        },
    });
}

;// CONCATENATED MODULE: ./build/metadata/rescan/webhook.js

const DEFAULT_POLICY = { attempts: 5, baseDelayMs: 500, timeoutMs: 30_000 };
/** The URL as messages show it: scheme, host and path; credentials and the query (where tokens live) are left out. */
function redactedUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
    }
    catch {
        return '(an invalid URL)';
    }
}
/**
 * POSTs the notifications as `{"notifications": [...]}`; retried with exponential backoff on 429, 5xx, network
 * errors and timeouts. `token` (DEPINDEX_WEBHOOK_TOKEN) goes in an Authorization header and never into a message.
 */
async function postNotifications(url, notifications, token, policy = {}) {
    const settings = { ...DEFAULT_POLICY, ...policy };
    const shown = redactedUrl(url);
    let last = '';
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
                body: JSON.stringify({ notifications }),
                signal: AbortSignal.timeout(settings.timeoutMs),
                redirect: 'error',
            });
            await response.body?.cancel();
            if (response.ok)
                return (0,result.ok)(undefined);
            last = `HTTP ${response.status}`;
            if (response.status !== 429 && response.status < 500)
                break;
        }
        catch (e) {
            last = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : 'the connection failed';
        }
        if (attempt < settings.attempts)
            await new Promise((resolve) => setTimeout(resolve, settings.baseDelayMs * 2 ** (attempt - 1)));
    }
    return (0,result/* err */._)(`the webhook ${shown} did not take the notifications: ${last}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/metadata/rescan/write-atomic.js



/** Replaces a file whole: written beside it under a temporary name, synced, then renamed over it. */
async function writeFileAtomic(path, text) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const handle = await (0,promises_.open)(temp, 'w');
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
        return (0,result.ok)(undefined);
    }
    catch (e) {
        await (0,promises_.rm)(temp, { force: true });
        return (0,result/* err */._)(`cannot write ${path}: ${e.code ?? e.message}`);
    }
}

// EXTERNAL MODULE: ./build/run/exit-codes.js
var exit_codes = __webpack_require__(49103);
// EXTERNAL MODULE: ./build/store/open.js + 1 modules
var build_store_open = __webpack_require__(41721);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(99376);
;// CONCATENATED MODULE: ./build/cli/rescan.js









const help = `Usage: depindex rescan [--project PATH] [--group NAMESPACE] [--ref REF] [--default-branch]
                       [--exclude-development] [--notify-jsonl FILE] [--webhook URL] [--store STORE]

Evaluates the stored dependency sets against the advisories synced since each set was last evaluated, with no
pipeline: writes their vulnerability findings to the store and tells what is new, as JSON lines
{"kind": "new"|"updated"|"fixed-available", "project", "ref", "file", "purl", "advisory", "severity"}.

Options:
  --project, --group, --ref, --default-branch   which sets, as for search
  --exclude-development   leave development dependencies out
  --notify-jsonl FILE     write the notifications there (replaced whole) instead of stdout
  --webhook URL           also POST them as {"notifications": [...]}; a bearer token is read from
                          DEPINDEX_WEBHOOK_TOKEN, never from the command line
  --store STORE           sqlite:PATH (default $DEPINDEX_STORE, else ${build_store_open/* DEFAULT_STORE */.O})

Exit codes: 0 done; 3 the store could not be read or written, or the webhook refused; 64 the command line was wrong.`;
const rescanCommand = {
    name: 'rescan',
    summary: 'Evaluate stored sets against newly synced advisories, without a pipeline; notify',
    help,
    async run(args, io) {
        const name = 'depindex rescan';
        const parsed = (0,cli_args/* parseCommandArgs */.Q)(args, {
            project: { type: 'string' },
            group: { type: 'string' },
            ref: { type: 'string' },
            'default-branch': { type: 'boolean' },
            'exclude-development': { type: 'boolean' },
            'notify-jsonl': { type: 'string' },
            webhook: { type: 'string' },
            store: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        const usage = (message) => {
            io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
            return exit_codes/* EXIT */.d.usage;
        };
        if (!parsed.ok)
            return usage(parsed.error);
        const { values, positionals } = parsed.value;
        if (values.help) {
            io.stdout.write(help + '\n');
            return exit_codes/* EXIT */.d.ok;
        }
        if (positionals.length > 0)
            return usage(`unexpected argument "${positionals[0]}"`);
        const webhook = values.webhook;
        if (webhook !== undefined && !/^https?:\/\//i.test(webhook))
            return usage(`--webhook ${redactedUrl(webhook)} is not an http(s) URL`);
        const spec = values.store ?? (io.env.DEPINDEX_STORE || build_store_open/* DEFAULT_STORE */.O);
        const path = (0,store_open/* sqlitePathOf */.Z)(spec, io.cwd);
        if (path === null || path === ':memory:')
            return usage('rescan reads a SQLite store (sqlite:PATH) so far');
        const index = await (0,build_store_open/* openStore */.C)(spec, { cwd: io.cwd, env: io.env, create: false });
        if (!index.ok) {
            io.stderr.write(`${name}: ${index.error}\n`);
            return exit_codes/* EXIT */.d.output;
        }
        const metadata = await (0,store_open/* openMetadataStore */.j)(spec, { cwd: io.cwd, env: io.env, create: false });
        const state = openSqliteRescanState(path);
        try {
            if (!metadata.ok || !state.ok) {
                io.stderr.write(`${name}: ${!metadata.ok ? metadata.error : !state.ok ? state.error : ''}\n`);
                return exit_codes/* EXIT */.d.output;
            }
            const scope = {
                ...(values.project !== undefined && { project: values.project }),
                ...(values.group !== undefined && { group: values.group }),
                ...(values.ref !== undefined && { ref: values.ref }),
                ...(values['default-branch'] === true && { defaultBranchOnly: true }),
            };
            const outcome = await rescan(index.value, metadata.value, state.value, state.value, { scope, includeDevelopment: values['exclude-development'] !== true });
            if (!outcome.ok) {
                io.stderr.write(`${name}: ${outcome.error}\n`);
                return exit_codes/* EXIT */.d.output;
            }
            const { notifications, sets, evaluated, findings } = outcome.value;
            const lines = notifications.map((n) => JSON.stringify(n) + '\n').join('');
            const target = values['notify-jsonl'];
            if (target === undefined)
                io.stdout.write(lines);
            else {
                const written = await writeFileAtomic((0,external_node_path_.resolve)(io.cwd, target), lines);
                if (!written.ok) {
                    io.stderr.write(`${name}: ${written.error}\n`);
                    return exit_codes/* EXIT */.d.output;
                }
            }
            if (webhook !== undefined && notifications.length > 0) {
                const posted = await postNotifications(webhook, notifications, io.env.DEPINDEX_WEBHOOK_TOKEN || undefined);
                if (!posted.ok) {
                    io.stderr.write(`${name}: ${posted.error}\n`);
                    return exit_codes/* EXIT */.d.output;
                }
            }
            io.stderr.write(`${name}: ${sets} sets, ${evaluated} evaluated, ${findings} vulnerability findings, ${notifications.length} notifications.\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        finally {
            if (metadata.ok)
                await metadata.value.close();
            if (state.ok)
                state.value.close();
            await index.value.close();
        }
    },
};


/***/ }),

/***/ 34040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ AffectedRanges)
/* harmony export */ });
/* harmony import */ var _versions_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35335);

/**
 * Builds the test of one affected package with its ecosystem's semantics: the PMDB `affected_range` in the
 * type's advisory syntax (DESIGN.md 8.1), or OSV events and explicit lists. Tools and ranges are cached per
 * type and range text, so 500,000 stored rows cost one parse per distinct range.
 */
class AffectedRanges {
    tools = new Map();
    tests = new WeakMap();
    byText = new Map();
    tool(type) {
        let tool = this.tools.get(type);
        if (tool === undefined) {
            const ecosystem = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemFor */ .mL)(type);
            tool = ecosystem ? (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .versionTool */ .$1)(ecosystem, 50_000) : null;
            this.tools.set(type, tool);
        }
        return tool;
    }
    test(pkg) {
        const cached = this.tests.get(pkg);
        if (cached)
            return cached;
        const key = `${pkg.type}\u0000${pkg.versions.kind === 'pmdb' ? pkg.versions.range : JSON.stringify(pkg.versions.affected)}`;
        let result = this.byText.get(key);
        if (!result) {
            result = this.build(pkg);
            if (this.byText.size > 100_000)
                this.byText.clear();
            this.byText.set(key, result);
        }
        this.tests.set(pkg, result);
        return result;
    }
    build(pkg) {
        const tool = this.tool(pkg.type);
        if (!tool)
            return { ok: false, error: `package type "${pkg.type}" has no version semantics in depindex` };
        if (pkg.versions.kind === 'osv') {
            const range = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .osvRange */ .uo)(tool.ecosystem, pkg.versions.affected);
            return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
        }
        const text = pkg.versions.range;
        const range = tool.range(text, 'advisory');
        if (!range.ok)
            return range;
        // satisfies() parses each version text once per tool and reuses the parsed range.
        return {
            ok: true,
            value: (v) => {
                const answer = tool.satisfies(v, text, 'advisory');
                return answer.ok && answer.value;
            },
        };
    }
    /** Fixed versions sorted in the ecosystem's order (unparsable ones last, as written), and the smallest above `current`. */
    remediation(type, fixed, current) {
        const tool = this.tool(type);
        const unique = [...new Set(fixed)];
        if (!tool)
            return { sorted: unique, next: null };
        const parsable = unique.filter((f) => tool.compare(f, f).ok);
        const rest = unique.filter((f) => !parsable.includes(f));
        parsable.sort((a, b) => tool.compare(a, b).value);
        const next = parsable.find((f) => {
            const c = tool.compare(f, current);
            return c.ok && c.value > 0;
        });
        return { sorted: [...parsable, ...rest], next: next ?? null };
    }
}


/***/ }),

/***/ 14867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ dependencyDistro),
/* harmony export */   gq: () => (/* binding */ distroApplies)
/* harmony export */ });
/* unused harmony export normalDistro */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);

/** "Debian 12", "debian-12", "alpine:v3.18" -> "debian 12", "alpine 3.18": one spelling to compare. */
function normalDistro(text) {
    return text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim();
}
/** The distribution of an OS package from its purl's `distro` qualifier; null when the purl does not say. */
function dependencyDistro(dependency) {
    try {
        const distro = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(dependency.purl).qualifiers?.['distro'];
        return distro ? normalDistro(distro) : null;
    }
    catch {
        return null;
    }
}
/**
 * Whether an advisory entry for `advisoryDistro` applies to an OS package: the same distribution and release
 * ("alpine 3.18" covers "alpine 3.18.4"). When the purl names no release, the vendor in its namespace decides
 * (pkg:deb/debian/... is some Debian), so the package is not silently left out.
 */
function distroApplies(advisoryDistro, dependency, known) {
    if (advisoryDistro === null)
        return true;
    const wanted = normalDistro(advisoryDistro);
    if (known !== null)
        return known === wanted || known.startsWith(`${wanted}.`);
    const vendor = dependency.namespace?.toLowerCase();
    return vendor !== undefined && wanted.split(' ')[0] === vendor;
}


/***/ }),

/***/ 75740:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   l: () => (/* binding */ MAX_OBJECT_BYTES)
/* harmony export */ });
/** Largest data file read whole; PMDB chunks are a few MB. Bounds memory on a hostile source. */
const MAX_OBJECT_BYTES = 512 * 1024 * 1024;
/** Control characters of untrusted text (names from a listing, ids from a file) made visible, never executed by a terminal. */
function printable(text, max = 300) {
    let cleaned = '';
    for (const c of text) {
        const code = c.charCodeAt(0);
        const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
        cleaned += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    }
    return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}


/***/ })

};
