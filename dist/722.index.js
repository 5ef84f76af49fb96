export const id = 722;
export const ids = [722];
export const modules = {

/***/ 9076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * The stable id of a finding: a hash of what makes it the same finding (kind, dependency file, purl with
 * version, and the rule or advisory behind it), never of run-specific things (time, order, message wording),
 * so the same finding has the same id across runs, machines, input order, and between a pipeline and a rescan.
 * `key` is the rule's own identity ("deny:pkg:npm/left-pad"), the advisory id, or the changed value.
 */
function fingerprint(kind, file, purl, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify([kind, file, purl, key])).digest('hex').slice(0, 32);
}


/***/ }),

/***/ 34040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ AffectedRanges)
/* harmony export */ });
/* harmony import */ var _store_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5791);
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
        const result = this.testText(pkg.type, (0,_store_types_js__WEBPACK_IMPORTED_MODULE_1__/* .versionsText */ .p)(pkg));
        this.tests.set(pkg, result);
        return result;
    }
    /** The test of versions in their stored text form; one per distinct (type, text). */
    testText(type, versions) {
        let byType = this.byText.get(type);
        if (!byType)
            this.byText.set(type, (byType = new Map()));
        let result = byType.get(versions.text);
        if (!result) {
            result = this.build(type, versions);
            if (byType.size > 100_000)
                byType.clear();
            byType.set(versions.text, result);
        }
        return result;
    }
    build(type, versions) {
        const tool = this.tool(type);
        if (!tool)
            return { ok: false, error: `package type "${type}" has no version semantics in depindex` };
        if (versions.kind === 'osv') {
            let affected;
            try {
                affected = JSON.parse(versions.text);
            }
            catch {
                return { ok: false, error: 'stored OSV ranges are not JSON' };
            }
            const range = (0,_versions_api_js__WEBPACK_IMPORTED_MODULE_0__/* .osvRange */ .uo)(tool.ecosystem, affected);
            return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
        }
        const range = tool.range(versions.text, 'advisory');
        if (!range.ok)
            return range;
        const contains = range.value.contains.bind(range.value);
        const parse = this.parser(type, tool);
        return {
            ok: true,
            value: (v) => {
                const parsed = parse(v);
                return parsed !== undefined && contains(parsed);
            },
        };
    }
    parsers = new Map();
    /** Each version text parsed once per type (undefined: it does not parse). */
    parser(type, tool) {
        let parse = this.parsers.get(type);
        if (!parse) {
            const cache = new Map();
            parse = (text) => {
                if (cache.has(text))
                    return cache.get(text);
                const r = tool.ecosystem.versioning.parse(text);
                if (cache.size > 200_000)
                    cache.clear();
                cache.set(text, r.ok ? r.value : undefined);
                return r.ok ? r.value : undefined;
            };
            this.parsers.set(type, parse);
        }
        return parse;
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

/***/ 72722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ matchVulnerabilities)
});

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
    let score = scores.get(vector);
    if (!score) {
        const version = versionOf(vector.trim());
        score = { version: version ?? 'unknown', vector, baseScore: baseScoreOf(version, vector) };
        // Advisories share few distinct vectors; the calculator costs far more than the lookup.
        if (scores.size > 10_000)
            scores.clear();
        scores.set(vector, score);
    }
    return score;
}
const scores = new Map();
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
// EXTERNAL MODULE: ./build/checks/fingerprint.js
var fingerprint = __webpack_require__(9076);
;// CONCATENATED MODULE: ./build/metadata/match/fingerprint.js

/**
 * The id of a vulnerability finding from synced advisories: the one fingerprint of every finding
 * (checks/fingerprint.ts) with the advisory id as its key, so an advisory reported by the input and the same
 * advisory matched from the metadata, in a pipeline or a rescan, give the same id.
 */
function vulnerabilityFingerprint(advisoryId, file, purl) {
    return (0,fingerprint/* fingerprint */.R)('vulnerability', file, purl, advisoryId);
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
/** The candidate rows whose versions contain this dependency's version (OS packages: of its distribution). */
function matchingRows(dependency, candidates, ranges) {
    const os = (0,package_key/* isOsType */.f0)(dependency.type);
    const known = os ? (0,distro/* dependencyDistro */.R3)(dependency) : null;
    return candidates.filter((candidate) => {
        if (candidate.type !== dependency.type)
            return false;
        if (os && !(0,distro/* distroApplies */.gq)(candidate.distro, dependency, known))
            return false;
        const test = ranges.testText(candidate.type, candidate.versions);
        return test.ok && test.value(dependency.version);
    });
}
/** Matched rows grouped by advisory: one finding per (advisory, dependency), its packages' fixed versions merged. */
function hitsOf(rows, details) {
    const byAdvisory = new Map();
    for (const row of rows) {
        const found = details.get(row.ref);
        if (!found || found.advisory.withdrawn)
            continue;
        const hit = byAdvisory.get(row.advisoryId);
        if (hit)
            hit.packages.push(found.pkg);
        else
            byAdvisory.set(row.advisoryId, { advisory: overridden(found.advisory, found.pkg), packages: [found.pkg] });
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
    // Each dependency's key text, computed once: the lookup and the matching both need it.
    const keyOf = new Map();
    for (const set of sets) {
        for (const d of set.dependencies) {
            if (!wanted(d))
                continue;
            const k = (0,package_key/* dependencyKey */.jy)(d);
            const text = (0,types/* packageKeyText */.N)(k);
            keyOf.set(d, text);
            keys.set(text, k);
        }
    }
    if (keys.size === 0)
        return [];
    const affected = await lookup.affectedFor([...keys.values()]);
    if (affected.size === 0)
        return [];
    const ranges = new match_affected/* AffectedRanges */.d();
    const matched = [];
    for (const set of sets) {
        for (const dependency of set.dependencies) {
            if (!wanted(dependency))
                continue;
            const candidates = affected.get(keyOf.get(dependency));
            if (!candidates)
                continue;
            const rows = matchingRows(dependency, candidates, ranges);
            if (rows.length > 0)
                matched.push({ set, dependency, rows });
        }
    }
    if (matched.length === 0)
        return [];
    const details = await lookup.details([...new Set(matched.flatMap((m) => m.rows.map((r) => r.ref)))]);
    const pending = [];
    const finders = new Map();
    for (const { set, dependency, rows } of matched) {
        let introducedBy = finders.get(set);
        if (!introducedBy)
            finders.set(set, (introducedBy = introducedByFinder(set)));
        for (const hit of hitsOf(rows, details))
            pending.push({ set, dependency, hit, introducedBy: introducedBy(dependency.purl) });
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
    const isControl = (code) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    let first = -1;
    for (let i = 0; i < text.length && first < 0; i++)
        if (isControl(text.charCodeAt(i)))
            first = i;
    // Most text has none: returned as it is, without copying.
    let cleaned = text;
    if (first >= 0) {
        cleaned = text.slice(0, first);
        for (let i = first; i < text.length; i++) {
            const code = text.charCodeAt(i);
            cleaned += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
        }
    }
    return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}


/***/ })

};
