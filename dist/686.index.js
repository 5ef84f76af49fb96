export const id = 686;
export const ids = [686];
export const modules = {

/***/ 48838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R3: () => (/* binding */ dependencyDistro),
  gq: () => (/* binding */ distroApplies)
});

// UNUSED EXPORTS: normalDistro

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./build/metadata/match/distro-codenames.json
const distro_codenames_namespaceObject = /*#__PURE__*/JSON.parse('{"buzz":"debian 1.1","rex":"debian 1.2","bo":"debian 1.3","hamm":"debian 2.0","slink":"debian 2.1","potato":"debian 2.2","woody":"debian 3.0","sarge":"debian 3.1","etch":"debian 4.0","lenny":"debian 5.0","squeeze":"debian 6.0","wheezy":"debian 7","jessie":"debian 8","stretch":"debian 9","buster":"debian 10","bullseye":"debian 11","bookworm":"debian 12","trixie":"debian 13","forky":"debian 14","duke":"debian 15","warty":"ubuntu 4.10","hoary":"ubuntu 5.04","breezy":"ubuntu 5.10","dapper":"ubuntu 6.06","edgy":"ubuntu 6.10","feisty":"ubuntu 7.04","gutsy":"ubuntu 7.10","hardy":"ubuntu 8.04","intrepid":"ubuntu 8.10","jaunty":"ubuntu 9.04","karmic":"ubuntu 9.10","lucid":"ubuntu 10.04","maverick":"ubuntu 10.10","natty":"ubuntu 11.04","oneiric":"ubuntu 11.10","precise":"ubuntu 12.04","quantal":"ubuntu 12.10","raring":"ubuntu 13.04","saucy":"ubuntu 13.10","trusty":"ubuntu 14.04","utopic":"ubuntu 14.10","vivid":"ubuntu 15.04","wily":"ubuntu 15.10","xenial":"ubuntu 16.04","yakkety":"ubuntu 16.10","zesty":"ubuntu 17.04","artful":"ubuntu 17.10","bionic":"ubuntu 18.04","cosmic":"ubuntu 18.10","disco":"ubuntu 19.04","eoan":"ubuntu 19.10","focal":"ubuntu 20.04","groovy":"ubuntu 20.10","hirsute":"ubuntu 21.04","impish":"ubuntu 21.10","jammy":"ubuntu 22.04","kinetic":"ubuntu 22.10","lunar":"ubuntu 23.04","mantic":"ubuntu 23.10","noble":"ubuntu 24.04","oracular":"ubuntu 24.10","plucky":"ubuntu 25.04","questing":"ubuntu 25.10","resolute":"ubuntu 26.04"}');
;// CONCATENATED MODULE: ./build/metadata/match/distro.js


/**
 * Debian and Ubuntu release codenames to "<vendor> <version>", from distro-info-data (the table the distributions'
 * own tools read; scripts/reference/distro/generate.mjs writes it). The purl spec's own example says
 * `distro=jessie`; advisories say "debian 8" (PMDB) or "Debian:8" (OSV).
 */
const CODENAMES = distro_codenames_namespaceObject;
/**
 * "Debian 12", "debian-12", "alpine:v3.18", "bookworm", "debian-bookworm", OSV's "Ubuntu:22.04:LTS" -> "debian
 * 12", "alpine 3.18", "ubuntu 22.04": one spelling to compare.
 */
function normalDistro(text) {
    const words = text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim().replace(/ lts$/, '');
    const space = words.lastIndexOf(' ');
    const named = Object.hasOwn(CODENAMES, words.slice(space + 1)) ? CODENAMES[words.slice(space + 1)] : undefined;
    // A codename alone, or after its own vendor ("debian bookworm"); "ubuntu bookworm" is left as written.
    if (named !== undefined && (space < 0 || named.startsWith(`${words.slice(0, space)} `)))
        return named;
    return words;
}
/** The distribution of an OS package from its purl's `distro` qualifier; null when the purl does not say. */
function dependencyDistro(dependency) {
    try {
        const distro = packageurl_js.PackageURL.fromString(dependency.purl).qualifiers?.['distro'];
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

/***/ 93686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  matchVulnerabilities: () => (/* binding */ matchVulnerabilities)
});

// EXTERNAL MODULE: ./build/metadata/sources/source.js
var source = __webpack_require__(75740);
// EXTERNAL MODULE: ./build/metadata/store/types.js
var types = __webpack_require__(5791);
// EXTERNAL MODULE: ./build/metadata/match/affected.js
var affected = __webpack_require__(34040);
// EXTERNAL MODULE: ./build/metadata/records/identifiers.js
var identifiers = __webpack_require__(47517);
;// CONCATENATED MODULE: ./build/metadata/match/aliases.js

/** Every name an advisory answers to, upper case: its id and its identifiers (CVE, GHSA, PYSEC ...). */
function namesOf(advisory) {
    return [advisory.id, ...advisory.identifiers.map((i) => i.value)].map((n) => n.toUpperCase());
}
/**
 * The hits of one dependency that are one vulnerability under several names merged into one: a GHSA record and
 * the PMDB advisory of its CVE, PYSEC and GHSA records of one CVE (synced from several sources). osv-scanner groups
 * its results by aliases the same way; one finding per vulnerability is what a reader and a policy count. Hits
 * sharing any name are one group (transitively). The advisory with the smallest id speaks for the group (so the
 * finding's id and fingerprint stay put from run to run); it gains the others' ids and identifiers, their CVSS
 * vectors where it has none, their URLs, and their packages (so every fixed version counts for remediation). A
 * dependency with one hit, or hits without shared names, is returned as it came. Pure.
 */
function mergeAliased(hits) {
    if (hits.length < 2)
        return [...hits];
    const parent = hits.map((_, i) => i);
    const root = (i) => {
        while (parent[i] !== i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    const owner = new Map();
    hits.forEach((hit, i) => {
        for (const name of namesOf(hit.advisory)) {
            const seen = owner.get(name);
            if (seen === undefined)
                owner.set(name, i);
            else
                parent[root(i)] = root(seen);
        }
    });
    const groups = new Map();
    hits.forEach((hit, i) => {
        const r = root(i);
        const group = groups.get(r);
        if (group)
            group.push(hit);
        else
            groups.set(r, [hit]);
    });
    if (groups.size === hits.length)
        return [...hits];
    return [...groups.values()].map((group) => {
        if (group.length === 1)
            return group[0];
        const [first, ...others] = [...group].sort((a, b) => (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0));
        const pick = (field) => first.advisory[field] ?? others.find((h) => h.advisory[field] !== null)?.advisory[field] ?? null;
        const advisory = {
            ...first.advisory,
            cvssV2: pick('cvssV2'),
            cvssV3: pick('cvssV3'),
            cvssV4: pick('cvssV4'),
            urls: [...new Set([...first.advisory.urls, ...others.flatMap((h) => h.advisory.urls)])],
            identifiers: (0,identifiers/* uniqueIdentifiers */.OD)([
                ...first.advisory.identifiers,
                ...others.flatMap((h) => [(0,identifiers/* identifierFor */.H9)(h.advisory.id), ...h.advisory.identifiers]),
            ]),
        };
        return { advisory, packages: [...first.packages, ...others.flatMap((h) => h.packages)] };
    });
}

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

// EXTERNAL MODULE: ./build/metadata/match/distro.js + 1 modules
var match_distro = __webpack_require__(48838);
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
function targetsOf(sets, index, includeDevelopment) {
    const { keys, at, sources } = index;
    const total = sets.reduce((n, set) => n + set.dependencies.length, 0);
    const head = new Int32Array(keys.length).fill(-1);
    const next = new Int32Array(total);
    const setOf = new Int32Array(total);
    const dependencies = [];
    const asked = new Uint8Array(keys.length);
    let viaSource = null;
    // Each dependency joins its place's chain at the tail, so a chain runs in the sets' own order.
    const tails = new Int32Array(keys.length).fill(-1);
    sets.forEach((set, s) => {
        const of = at[s];
        const fromSource = sources?.[s];
        set.dependencies.forEach((dependency, i) => {
            if (!includeDevelopment && dependency.development === true)
                return;
            const place = of[i];
            const source = fromSource?.[i];
            if (place === -1 && !source)
                return;
            const n = dependencies.push(dependency) - 1;
            setOf[n] = s;
            next[n] = -1;
            if (place !== -1) {
                asked[place] = 1;
                if (tails[place] === -1)
                    head[place] = n;
                else
                    next[tails[place]] = n;
                tails[place] = n;
            }
            if (!source)
                return;
            viaSource ??= { head: new Int32Array(keys.length).fill(-1), next: new Int32Array(total).fill(-1), version: new Map() };
            asked[source.place] = 1;
            // Order within a source's chain does not matter: each dependency's rows are kept apart.
            viaSource.next[n] = viaSource.head[source.place];
            viaSource.head[source.place] = n;
            viaSource.version.set(n, source.version);
        });
    });
    return { targets: { sets, dependencies, setOf, head, next, viaSource }, asked };
}
/**
 * Each candidate row as the store hands it over, tested at once against the dependencies of its key (OS packages:
 * of its distribution); only the rows that match are kept, by dependency.
 */
async function matchRows(lookup, keys, asked, targets, ranges) {
    const matched = new Map();
    const distros = new Map();
    const { dependencies, head, next, viaSource } = targets;
    // The row's type is its key's, which is the dependency's (package-key.ts): only the versions and distribution differ.
    const applies = (type, distro, kind, text, n, version) => {
        const dependency = dependencies[n];
        if ((0,package_key/* isOsType */.f0)(type)) {
            let known = distros.get(n);
            if (known === undefined)
                distros.set(n, (known = (0,match_distro/* dependencyDistro */.R3)(dependency)));
            if (!(0,match_distro/* distroApplies */.gq)(distro, dependency, known))
                return false;
        }
        const test = ranges.testOf(type, kind, text, dependency.purl);
        return test.ok && test.value(version);
    };
    const keep = (n) => {
        let found = matched.get(n);
        if (!found)
            matched.set(n, (found = { own: [], source: [] }));
        return found;
    };
    // A row becomes an object only when it matches.
    const visit = (place, ref, distro, kind, text) => {
        const { type } = keys[place];
        let row = null;
        const stored = () => (row ??= { ref, type, distro, versions: { kind, text } });
        for (let n = head[place]; n !== -1; n = next[n]) {
            if (applies(type, distro, kind, text, n, dependencies[n].version))
                keep(n).own.push(stored());
        }
        if (!viaSource)
            return;
        for (let n = viaSource.head[place]; n !== -1; n = viaSource.next[n]) {
            if (applies(type, distro, kind, text, n, viaSource.version.get(n)))
                keep(n).source.push(stored());
        }
    };
    const wanted = keys.filter((_, place) => asked[place] === 1);
    const placeOf = wanted.length === keys.length ? null : keys.flatMap((_, place) => (asked[place] === 1 ? [place] : []));
    const at = placeOf === null ? (place) => place : (place) => placeOf[place];
    if (lookup.affectedEach) {
        await lookup.affectedEach(wanted, (place, ref, distro, kind, text) => visit(at(place), ref, distro, kind, text));
    }
    else {
        const affected = await lookup.affectedFor(wanted);
        wanted.forEach((key, place) => {
            for (const row of affected.get((0,types/* packageKeyText */.N)(key)) ?? [])
                visit(at(place), row.ref, row.distro, row.versions.kind, row.versions.text);
        });
    }
    return matched;
}
/** Matched rows grouped by advisory: one finding per (advisory, dependency), its packages' fixed versions merged. */
function hitsOf(rows, details) {
    const byAdvisory = new Map();
    for (const row of rows) {
        const found = details.get(row.ref);
        if (!found || found.advisory.withdrawn)
            continue;
        const hit = byAdvisory.get(found.advisory.id);
        if (hit)
            hit.packages.push(found.pkg);
        else
            byAdvisory.set(found.advisory.id, { advisory: overridden(found.advisory, found.pkg), packages: [found.pkg] });
    }
    return mergeAliased([...byAdvisory.values()]);
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
    // Names the store rules out in memory are not keyed into the index nor chained: on the bench's scan of 50,000
    // names, one in five with advisories, the matching thread's time fell from 350-390 ms to 325-335 ms. Keys given
    // by the caller (licences filled) are used as they are.
    const filter = options.keys ? undefined : await lookup.candidateFilter?.();
    const index = filter ? (0,package_key/* indexKeys */.nI)(sets, filter) : (0,package_key/* keyIndexFor */.P6)(sets, options.keys);
    // Each distinct name is asked for once; only the names of dependencies that are matched at all.
    const { targets, asked } = targetsOf(sets, index, options.includeDevelopment ?? true);
    const ranges = new affected/* AffectedRanges */.d();
    const rowsOf = await matchRows(lookup, index.keys, asked, targets, ranges);
    // `version`: what remediation compares fixed versions with: the source's when rows of the source matched.
    const matched = [...rowsOf.keys()].sort((a, b) => a - b).map((n) => {
        const { own, source } = rowsOf.get(n);
        const dependency = targets.dependencies[n];
        const set = targets.sets[targets.setOf[n]];
        const version = source.length > 0 ? targets.viaSource?.version.get(n) : dependency.version;
        return { set, dependency, rows: source.length > 0 ? [...own, ...source] : own, version };
    });
    if (matched.length === 0)
        return [];
    // In the store's order: consecutive reads land on pages the previous ones brought in.
    const details = await lookup.details([...new Set(matched.flatMap((m) => m.rows.map((r) => r.ref)))].sort((a, b) => a - b));
    const pending = [];
    const finders = new Map();
    for (const { set, dependency, rows, version } of matched) {
        let introducedBy = finders.get(set);
        if (!introducedBy)
            finders.set(set, (introducedBy = introducedByFinder(set)));
        for (const hit of hitsOf(rows, details))
            pending.push({ set, dependency, version, hit, introducedBy: introducedBy(dependency.purl) });
    }
    const enrichment = await lookup.enrichmentFor([...new Set(pending.flatMap((p) => cveIds(p.hit.advisory)))]);
    const epssThreshold = options.epssThreshold ?? 0.1;
    const findings = pending.map(({ set, dependency, version, hit, introducedBy }) => {
        const { advisory } = hit;
        const cvss = cvssOf(advisory);
        const exploitation = cveIds(advisory).map((id) => enrichment.get(id)).filter((e) => e !== undefined);
        const epss = exploitation.reduce((max, e) => (e.epss === null ? max : Math.max(max ?? 0, e.epss)), null);
        const knownExploited = exploitation.length === 0 ? null : exploitation.some((e) => e.knownExploited === true);
        const stated = severityWord(hit.packages.find((p) => p.severity)?.severity) ?? severityOfScores(cvss) ?? severityWord(advisory.severity) ?? 'unknown';
        const severity = raiseForExploitation(stated, { epss, knownExploited }, epssThreshold);
        const { sorted, next } = ranges.remediation(dependency.type, hit.packages.flatMap((p) => p.fixedVersions), version, dependency.purl);
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

/***/ 47517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ identifierFor),
/* harmony export */   OD: () => (/* binding */ uniqueIdentifiers)
/* harmony export */ });
/* unused harmony export identifierType */
/** The identifier type of an id by its shape: CVE-, GHSA-, PYSEC-, GO-, RUSTSEC- ...; lower case. */
function identifierType(id) {
    const upper = id.toUpperCase();
    if (upper.startsWith('CVE-'))
        return 'cve';
    if (upper.startsWith('GHSA-'))
        return 'ghsa';
    const dash = id.indexOf('-');
    return dash > 0 ? id.slice(0, dash).toLowerCase() : 'osv';
}
function urlFor(type, id) {
    if (type === 'cve')
        return `https://nvd.nist.gov/vuln/detail/${encodeURIComponent(id)}`;
    if (type === 'ghsa')
        return `https://github.com/advisories/${encodeURIComponent(id)}`;
    return null;
}
function identifierFor(id) {
    const type = identifierType(id);
    return { type, name: id, value: id, url: urlFor(type, id) };
}
/** Identifiers deduplicated by value (case-insensitive), first spelling kept, in the order given. */
function uniqueIdentifiers(list) {
    const seen = new Set();
    return list.filter((i) => {
        const key = i.value.toUpperCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
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
