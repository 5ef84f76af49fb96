export const id = 642;
export const ids = [642];
export const modules = {

/***/ 52021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qH: () => (/* binding */ commentWarning),
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
        let transitive = 0;
        let unknown = 0;
        let development = 0;
        for (const d of set.dependencies) {
            if (d.introduced === true)
                direct++;
            else if (d.introduced === false)
                transitive++;
            else
                unknown++;
            if (d.development === true)
                development++;
        }
        lines.push(`  set ${(0,describe_unknown/* printable */.g)(set.file, 120)} [${set.format}${set.packageManager ? `, ${(0,describe_unknown/* printable */.g)(set.packageManager, 30)}` : ''}]: ` +
            `${set.dependencies.length} dependencies (${direct} direct, ${transitive} transitive, ${unknown} unknown; ${development} development)`);
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
/** Why the comment was not posted, when it was asked for and could not be; null otherwise. */
function commentWarning(outcome, commentReason) {
    const c = outcome.comment;
    if (c && !c.ok)
        return `the comment was not posted: ${c.error}`;
    return !c && commentReason ? `the comment was not posted: ${commentReason}` : null;
}
/**
 * The summary plus what happened to the store, the diff and the comment. `warningsApart`: the comment's warning
 * is left out, for the action, which makes it an annotation instead (main.ts).
 */
function renderScanOutcome(outcome, commentReason, options = {}) {
    const lines = [];
    if (outcome.stored) {
        const s = outcome.stored;
        lines.push(`stored ${s.sets} set(s): ${s.added} new, ${s.kept} kept, ${s.removed} removed`);
        // File names come from the index (an earlier checkout): printable, and never at the start of a line.
        if (s.retired) {
            const shown = s.retired.slice(0, 20).map((f) => (0,describe_unknown/* printable */.g)(f, 200)).join(', ');
            const more = s.retired.length > 20 ? `, and ${s.retired.length - 20} more` : '';
            lines.push(s.retired.length ? `complete scan: retired ${s.retired.length} set(s) of files no longer scanned: ${shown}${more}` : 'complete scan: no set retired');
        }
        else {
            lines.push('the sets of files not read in this scan were left as they are');
        }
    }
    if (outcome.diff) {
        const d = outcome.diff;
        lines.push(d.targetKnown
            ? `diff with ${(0,describe_unknown/* printable */.g)(d.target, 200)}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.upgraded} upgraded, ${d.summary.downgraded} downgraded${d.summary.changed > 0 ? `, ${d.summary.changed} changed in place` : ''}`
            : `diff: ${(0,describe_unknown/* printable */.g)(d.target, 200)} has never been scanned, nothing to compare with`);
    }
    const c = outcome.comment;
    if (c?.ok)
        lines.push(`comment ${c.action}${c.url ? `: ${(0,describe_unknown/* printable */.g)(c.url, 300)}` : ''}`);
    const warning = commentWarning(outcome, commentReason);
    if (warning && !options.warningsApart)
        lines.push(`warning: ${(0,describe_unknown/* printable */.g)(warning, 1000)}`);
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

/***/ 13748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ plainPurlOf),
/* harmony export */   k: () => (/* binding */ plainPurl)
/* harmony export */ });
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49397);

/** Unreserved characters and "+", which packageurl-js leaves as they are in a version. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._~+-]*$/;
/**
 * The rules by purl type, from the ecosystem modules that declare one: the types depindex meets most, whose rules
 * in packageurl-js 2.0 are only lower-casing, pypi's "_", and Maven's required namespace. Types without one (golang:
 * packageurl-js checks "v" versions as semver; pub turns "-" into "_"; conan: qualifier rules; deb/rpm/apk: their
 * purls carry qualifiers anyway) always go to packageurl-js.
 */
const RULES = new Map(_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .u.flatMap((e) => (e.plainPurl ? [[e.type, e.plainPurl]] : [])));
/** The parts of a purl string that packageurl-js would write back unchanged; null when that is not certain. */
function plainPurl(text) {
    if (!text.startsWith('pkg:'))
        return null;
    const slash = text.indexOf('/', 4);
    if (slash === -1)
        return null;
    const type = text.slice(4, slash);
    const rule = RULES.get(type);
    if (rule === undefined)
        return null;
    const at = text.lastIndexOf('@');
    if (at <= slash)
        return null;
    const version = text.slice(at + 1);
    if (!VERSION.test(version))
        return null;
    const path = text.slice(slash + 1, at);
    const nameStart = path.lastIndexOf('/') + 1;
    const name = path.slice(nameStart);
    if (!rule.segment.test(name))
        return null;
    if (nameStart === 0)
        return rule.namespace === 'required' ? null : { type, namespace: null, name, version, qualifiers: null, subpath: null };
    if (rule.namespace === 'none')
        return null;
    const namespace = namespaceOf(path.slice(0, nameStart - 1), rule);
    return namespace === null ? null : { type, namespace, name, version, qualifiers: null, subpath: null };
}
/** The written namespace, decoded; one segment only (a second "/" is rare enough to leave to packageurl-js). */
function namespaceOf(written, rule) {
    // npm scopes are written "%40scope" and read as "@scope".
    if (rule.atScope === true && written.startsWith('%40'))
        return rule.segment.test(written.slice(3)) ? `@${written.slice(3)}` : null;
    return rule.segment.test(written) ? written : null;
}
/**
 * The purl packageurl-js would build from these parts, when it is certain without it; null otherwise.
 * Lock-file readers build one purl per package, so this is their hot path too.
 */
function plainPurlOf(type, namespace, name, version) {
    const rule = RULES.get(type);
    if (rule === undefined || !rule.segment.test(name) || !VERSION.test(version))
        return null;
    if (namespace === null)
        return rule.namespace === 'required' ? null : `pkg:${type}/${name}@${version}`;
    if (rule.namespace === 'none')
        return null;
    if (rule.atScope === true && namespace.startsWith('@')) {
        return rule.segment.test(namespace.slice(1)) ? `pkg:npm/%40${namespace.slice(1)}/${name}@${version}` : null;
    }
    return rule.segment.test(namespace) ? `pkg:${type}/${namespace}/${name}@${version}` : null;
}


/***/ }),

/***/ 54371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   qe: () => (/* binding */ canonicalPurl)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _plain_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13748);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46305);



/**
 * Parts of the purls built here with packageurl-js, by purl string. Every parser builds its purls with buildPurl and
 * the graph stage parses each of them again; remembering the parts halves the packageurl-js work for purls that
 * are not plain (plain-purl.ts answers for those without packageurl-js).
 * Bounded, and transparent: a purl's parts do not depend on who asks.
 */
const builtParts = new Map();
const MAX_REMEMBERED = 250_000;
function partsOf(p) {
    return {
        type: p.type,
        namespace: p.namespace ?? null,
        name: p.name,
        version: p.version ?? null,
        qualifiers: p.qualifiers ? { ...p.qualifiers } : null,
        subpath: p.subpath ?? null,
    };
}
/** Builds a purl string with packageurl-js (which applies the per-type normalisation of the purl spec). */
function buildPurl(type, namespace, name, version, qualifiers) {
    const plain = qualifiers ? null : (0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurlOf */ .V)(type, namespace || null, name, version || '');
    if (plain !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(plain);
    try {
        const built = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, qualifiers ?? undefined, undefined);
        const text = built.toString();
        if (builtParts.size >= MAX_REMEMBERED)
            builtParts.clear();
        builtParts.set(text, partsOf(built));
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(text);
    }
    catch (e) {
        // packageurl-js 2.0.1 fails with a ReferenceError instead of its own message on some invalid Go versions
        // (package-url/packageurl-js#85); say what is wrong rather than echo the library's bug.
        const reason = e instanceof ReferenceError ? `"${version ?? ''}" is not a valid ${type} version` : e.message;
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`cannot build a purl for ${type} "${namespace ? namespace + '/' : ''}${name}@${version ?? ''}": ${reason}`);
    }
}
/**
 * A purl read from an input, written back as packageurl-js writes it, with a version supplied where the purl has
 * none and without its subpath (a path inside the package, not part of its identity). One parse and one write:
 * on a 50,000-component SBOM this is most of the parser's time.
 */
function canonicalPurl(text, fallbackVersion) {
    if ((0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurl */ .k)(text) !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(text);
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text);
    }
    catch (e) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${e.message}`);
    }
    if (!parsed.version || parsed.subpath) {
        const version = parsed.version || fallbackVersion;
        if (!version)
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" has no version`);
        return buildPurl(parsed.type, parsed.namespace, parsed.name, version, parsed.qualifiers);
    }
    const written = parsed.toString();
    if (builtParts.size >= MAX_REMEMBERED)
        builtParts.clear();
    builtParts.set(written, partsOf(parsed));
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(written);
}
function parsePurl(text) {
    const plain = (0,_plain_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPurl */ .k)(text);
    if (plain !== null)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(plain);
    const remembered = builtParts.get(text);
    if (remembered)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(remembered);
    try {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(partsOf(packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text)));
    }
    catch (e) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${e.message}`);
    }
}
/** Full package name as the ecosystem writes it: namespace and name joined by "/". */
function fullName(parts) {
    return parts.namespace ? `${parts.namespace}/${parts.name}` : parts.name;
}


/***/ }),

/***/ 42097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ capabilitiesOf)
/* harmony export */ });
/* harmony import */ var _ingest_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62527);

const byFormat = new Map(_ingest_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .parsers */ .T.map((p) => [p.id, p.capabilities]));
/** What the format of a set can tell, by its parser's id (the set's `format`); null for a format no parser reads. */
function capabilitiesOf(format) {
    return byFormat.get(format) ?? null;
}


/***/ }),

/***/ 26823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ normalizeLineEndings),
/* harmony export */   N: () => (/* binding */ decodeInput)
/* harmony export */ });
const SNIFF = 8192;
/** UTF-16 without a byte order mark: ASCII text in it has a NUL in every other byte. */
function looksUtf16(bytes) {
    const n = Math.min(bytes.length, SNIFF) & ~1;
    if (n < 4)
        return null;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0)
            evenNul++;
        if (bytes[i + 1] === 0)
            oddNul++;
    }
    const pairs = n / 2;
    if (oddNul > pairs * 0.7 && evenNul < pairs * 0.1)
        return 'le';
    if (evenNul > pairs * 0.7 && oddNul < pairs * 0.1)
        return 'be';
    return null;
}
function decodeInput(bytes) {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : looksUtf16(bytes);
    if (utf16) {
        return {
            ok: false,
            message: `the file is UTF-16 text (${utf16 === 'le' ? 'little' : 'big'}-endian); depindex reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8`,
        };
    }
    const head = bytes.subarray(0, SNIFF);
    let nuls = 0;
    for (let at = head.indexOf(0); at >= 0; at = head.indexOf(0, at + 1))
        nuls++;
    // A stray NUL in a text format is one bad entry (entry-checks.ts refuses it); many are binary data.
    if (nuls > Math.max(1, head.length / 200))
        return { ok: false, message: 'the file is binary data (it holds NUL bytes), not a text or JSON format depindex reads' };
    const text = bytes.toString('utf8');
    return { ok: true, text };
}
/** "\r\n" and a lone "\r" become "\n". JSON needs none of it (a raw CR can only be whitespace there). */
function normalizeLineEndings(text) {
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
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

/***/ 82776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hI: () => (/* binding */ jsonStart),
  qF: () => (/* binding */ parseJson)
});

// UNUSED EXPORTS: lineAndColumn, looksLikeJson

;// CONCATENATED MODULE: ./build/ingest/json-locate.js
/**
 * Where JSON stops being JSON, for the errors V8 reports without a position ("Unexpected token 'x', ... is not
 * valid JSON"). A validating scan without building values: linear, iterative (no recursion, so 10,000 levels of
 * nesting cannot overflow the stack), and only run after JSON.parse has already failed.
 * Returns the offset of the first character that cannot continue a valid document.
 *
 * Why not a library (issue 12 asked): jsonc-parser 3.3 (`visit`, comments and trailing commas refused) finds the
 * same offsets, but recurses per nesting level and overflows the stack at 10,000 levels, and took 80.7 ms of CPU
 * on a 9 MB text against 30.3 ms here (2026-12-03); parse-json only reformats the position V8 gives, and the
 * messages this runs for carry none.
 */
function locateJsonError(text) {
    const stack = []; // 0x7b for objects, 0x5b for arrays
    let i = 0;
    const ws = () => {
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
    };
    /** Scans one string starting at its quote; returns false at a bad character. */
    const string = () => {
        i++;
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        i += 1;
                        return false;
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    i += 1;
                    return false;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return false;
    };
    const scalar = () => {
        const rest = text.slice(i, i + 5);
        for (const literal of ['true', 'false', 'null']) {
            if (rest.startsWith(literal)) {
                i += literal.length;
                return true;
            }
        }
        const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!number || number[0] === '' || number[0] === '-')
            return false;
        i += number[0].length;
        return true;
    };
    // expect: 'value' | 'key' | 'afterValue'
    let expect = 'value';
    for (;;) {
        ws();
        if (i >= text.length)
            return text.length;
        const c = text.charCodeAt(i);
        if (expect === 'value' || expect === 'firstValue') {
            if (expect === 'firstValue' && c === 0x5d) {
                stack.pop();
                i++;
                expect = 'afterValue';
            }
            else if (c === 0x7b) {
                stack.push(0x7b);
                i++;
                expect = 'firstKey';
            }
            else if (c === 0x5b) {
                stack.push(0x5b);
                i++;
                expect = 'firstValue';
            }
            else if (c === 0x22) {
                if (!string())
                    return i;
                expect = 'afterValue';
            }
            else if (scalar()) {
                expect = 'afterValue';
            }
            else
                return i;
        }
        else if (expect === 'key' || expect === 'firstKey') {
            if (expect === 'firstKey' && c === 0x7d) {
                stack.pop();
                i++;
                expect = 'afterValue';
                continue;
            }
            if (c !== 0x22 || !string())
                return i;
            ws();
            if (text.charCodeAt(i) !== 0x3a)
                return i;
            i++;
            expect = 'value';
        }
        else {
            const top = stack[stack.length - 1];
            if (top === undefined)
                return i; // content after the document
            if (c === 0x2c) {
                i++;
                expect = top === 0x7b ? 'key' : 'value';
            }
            else if ((c === 0x7d && top === 0x7b) || (c === 0x5d && top === 0x5b)) {
                stack.pop();
                i++;
            }
            else
                return i;
        }
    }
}

;// CONCATENATED MODULE: ./build/ingest/json-text.js

/**
 * "{" starts JSON (no text format we read does); "[" may also start TOML (`[[package]]`, `[project]`), so a
 * "[" text is JSON only when it parses as JSON. */
function jsonStart(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        return c === 0x7b ? '{' : c === 0x5b ? '[' : null;
    }
    return null;
}
function looksLikeJson(text) {
    return jsonStart(text) !== null;
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (e) {
        const raw = e.message;
        const position = /at position (\d+)/.exec(raw);
        const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
        const cleaned = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
        if (lineColumn)
            return { ok: false, place: `line ${lineColumn[1]}, column ${lineColumn[2]}`, message: `invalid JSON: ${cleaned}` };
        if (position) {
            const { line, column } = lineAndColumn(text, Number(position[1]));
            return { ok: false, place: `line ${line}, column ${column}`, message: `invalid JSON: ${cleaned}` };
        }
        // Some V8 messages carry no position ("Unexpected token 'x', ... is not valid JSON"): find it ourselves,
        // and drop the message's echo of the text, which can be megabytes long.
        const at = lineAndColumn(text, locateJsonError(text));
        const reason = cleaned.replace(/, ".*" is not valid JSON$/s, '');
        return { ok: false, place: `line ${at.line}, column ${at.column}`, message: `invalid JSON: ${reason}` };
    }
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}


/***/ }),

/***/ 10356:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony exports describeFsError, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



const FIRST_CHUNK = 64 * 1024;
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
/**
 * Where `location` really is, when reading it is allowed: inside the repository after following links, or a path
 * outside the repository that the command line named itself (its last part not a link: the caller's own choice
 * of file is trusted, a link planted in the checkout is not).
 */
async function allowedLocation(location, root) {
    let real;
    let realRoot;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(location);
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
    }
    catch (e) {
        return { ok: false, message: describeFsError(e) };
    }
    if (within(realRoot, real))
        return { ok: true, real };
    if (!within((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), location)) {
        const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(location)).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(location));
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(location)) === real)
            return { ok: true, real };
    }
    return { ok: false, message: 'is a symbolic link that leads out of the repository; not followed (inputs are read only inside the checkout)' };
}
/** Reads a regular file through one handle, at most `maxBytes + 1` bytes; never follows a link out of `root`. */
async function readBounded(location, limits) {
    const allowed = await allowedLocation(location, limits.root);
    if (!allowed.ok)
        return allowed;
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the resolved path is read, not a link
        // swapped in since.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(allowed.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        return { ok: false, message: describeFsError(e) };
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            return { ok: false, message: 'not a file' };
        if (!info.isFile())
            return { ok: false, message: 'not a regular file (a device, FIFO or socket); refused' };
        if (info.size > limits.maxBytes)
            return { ok: false, message: overLimit(info.size, limits.maxBytes) };
        // The size is a hint only (/proc files say 0): the read itself is what is bounded.
        // Reads ask for multiples of 8 bytes: some kernel files (/proc/self/pagemap) refuse any other length.
        const cap = roundUp8(limits.maxBytes + 1);
        let buffer = Buffer.allocUnsafe(Math.min(cap, roundUp8(Math.max(info.size + 1, FIRST_CHUNK))));
        let used = 0;
        for (;;) {
            if (used === buffer.length) {
                if (used > limits.maxBytes)
                    return { ok: false, message: overLimit(null, limits.maxBytes) };
                const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
                buffer.copy(grown, 0, 0, used);
                buffer = grown;
            }
            const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
            if (bytesRead === 0)
                break;
            used += bytesRead;
        }
        if (used > limits.maxBytes)
            return { ok: false, message: overLimit(null, limits.maxBytes) };
        return { ok: true, bytes: buffer.subarray(0, used) };
    }
    catch (e) {
        return { ok: false, message: describeFsError(e) };
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}
const roundUp8 = (n) => Math.ceil(n / 8) * 8;
function overLimit(size, limit) {
    const what = size === null ? `the file holds more than ${formatBytes(limit)}` : `the file is ${formatBytes(size)}`;
    return `${what}, over the input size limit of ${formatBytes(limit)} (raise it with --max-input-size)`;
}
function describeFsError(e) {
    const code = e.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'not a file';
        case 'ELOOP':
            return 'is a symbolic link that loops or was swapped while reading; not followed';
        case 'ENXIO':
            return 'not a regular file (a device, FIFO or socket); refused';
        default:
            // The code, not the message: a message may carry a path the checkout chose.
            return `cannot be read (${code ?? 'unknown error'})`;
    }
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 * 1024)
        return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} B`;
}


/***/ }),

/***/ 62527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ parsers)
});

// EXTERNAL MODULE: ./build/ecosystems/registry.js + 48 modules
var registry = __webpack_require__(49397);
// EXTERNAL MODULE: ./build/ecosystems/shared/purl.js
var shared_purl = __webpack_require__(54371);
;// CONCATENATED MODULE: ./build/ingest/gitlab-ds/package-purl.js


/**
 * GitLab's `package_manager` values and the purl type of what they install. The report schema leaves the
 * field a free string; these are the managers Gemnasium reports (GitLab "supported languages and package
 * managers"). An unknown manager is reported, never guessed.
 */
const PURL_TYPE = {
    npm: 'npm',
    yarn: 'npm',
    pnpm: 'npm',
    bundler: 'gem',
    pip: 'pypi',
    pipenv: 'pypi',
    poetry: 'pypi',
    setuptools: 'pypi',
    uv: 'pypi',
    maven: 'maven',
    gradle: 'maven',
    sbt: 'maven',
    go: 'golang',
    nuget: 'nuget',
    composer: 'composer',
    conan: 'conan',
};
function purlTypeOf(packageManager) {
    return Object.hasOwn(PURL_TYPE, packageManager) ? (PURL_TYPE[packageManager] ?? null) : null;
}
/**
 * Builds the purl of a dependency from the name as GitLab writes it; how a name splits into namespace and name
 * ("@scope/name", "group/artifact", a Go module path) is each ecosystem module's knowledge.
 */
function purlFromName(type, name, version) {
    const [namespace, local] = (0,registry/* ecosystemFor */.m)(type)?.splitName?.(name) ?? [null, name];
    return (0,shared_purl/* buildPurl */.Eq)(type, namespace, local, version);
}

;// CONCATENATED MODULE: ./build/ingest/json-object.js
/** A JSON object (not null, not an array): the one check every JSON reader makes before indexing a value. */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/ingest/gitlab-ds/dependency-files.js


/** Names, versions and paths longer than this are not real; refusing them keeps the work per entry bounded. */
const MAX_FIELD = 4096;
const clip = (s) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
/** `dependency_files[]` of a 14.x / 15.0.x report: one set per file. */
function readDependencyFiles(value, problems) {
    if (!Array.isArray(value)) {
        problems.push({ place: '/dependency_files', message: 'dependency_files is not an array; no dependencies were read' });
        return [];
    }
    const sets = [];
    value.forEach((file, i) => {
        const set = readFile(file, `/dependency_files/${i}`, problems);
        if (set)
            sets.push(set);
    });
    return sets;
}
function readFile(file, place, problems) {
    if (!isJsonObject(file)) {
        problems.push({ place, message: 'dependency file is not an object' });
        return null;
    }
    const path = typeof file.path === 'string' && file.path.length > 0 && file.path.length <= MAX_FIELD ? file.path : null;
    if (path === null) {
        problems.push({ place: `${place}/path`, message: 'dependency file has no usable path; its dependencies were skipped' });
        return null;
    }
    const packageManager = typeof file.package_manager === 'string' ? file.package_manager : null;
    const type = packageManager === null ? null : purlTypeOf(packageManager);
    if (packageManager === null || type === null) {
        const what = packageManager === null ? 'no package_manager' : `unknown package_manager "${clip(packageManager)}"`;
        problems.push({ place: `${place}/package_manager`, message: `${what}: the dependencies of ${clip(path)} were skipped` });
        return { file: path, packageManager: packageManager === null ? null : clip(packageManager), dependencies: [], edges: [] };
    }
    if (!Array.isArray(file.dependencies)) {
        problems.push({ place: `${place}/dependencies`, message: 'dependencies is not an array' });
        return { file: path, packageManager, dependencies: [], edges: [] };
    }
    const byPurl = new Map();
    const refOfIid = new Map();
    const paths = [];
    file.dependencies.forEach((dep, j) => {
        const depPlace = `${place}/dependencies/${j}`;
        const read = readDependency(dep, type, depPlace, problems);
        if (read === null)
            return;
        const existing = byPurl.get(read.purl);
        // The same version listed twice: one entry, direct when either says so.
        if (existing)
            existing.direct = existing.direct === true || read.direct === true ? true : (existing.direct ?? read.direct);
        else
            byPurl.set(read.purl, { ref: read.purl, purl: read.purl, writtenName: read.name, direct: read.direct, development: null, licenses: null, checksums: null, source: null });
        if (read.iid !== null)
            refOfIid.set(read.iid, read.purl);
        if (read.path !== undefined)
            paths.push({ ref: read.purl, path: read.path, place: `${depPlace}/dependency_path` });
    });
    return { file: path, packageManager, dependencies: [...byPurl.values()], edges: pathEdges(paths, refOfIid, problems) };
}
function readDependency(dep, type, place, problems) {
    if (!isJsonObject(dep)) {
        problems.push({ place, message: 'dependency is not an object' });
        return null;
    }
    const name = isJsonObject(dep.package) && typeof dep.package.name === 'string' ? dep.package.name : '';
    const version = typeof dep.version === 'string' ? dep.version : '';
    if (name === '' || version === '' || name.length > MAX_FIELD || version.length > MAX_FIELD) {
        problems.push({ place, message: 'dependency needs package.name and version (each under 4096 characters); skipped' });
        return null;
    }
    const purl = purlFromName(type, name, version);
    if (!purl.ok) {
        problems.push({ place: `${place}/package/name`, message: purl.error });
        return null;
    }
    return {
        purl: purl.value,
        name,
        direct: typeof dep.direct === 'boolean' ? dep.direct : null,
        iid: typeof dep.iid === 'number' ? dep.iid : null,
        path: dep.dependency_path,
    };
}
/**
 * `dependency_path` is ONE path from a direct dependency down to the parent (schema: "Ancestors of the
 * dependency, starting from a direct project dependency, and ending with an immediate parent"), so each
 * consecutive pair is an edge and the last ancestor depends on the dependency itself. Other paths to the same
 * dependency are not in the report, hence capabilities.edges = 'partial'.
 */
function pathEdges(paths, refOfIid, problems) {
    const seen = new Set();
    const edges = [];
    const add = (from, to) => {
        const key = `${from}\n${to}`;
        if (from === to || seen.has(key))
            return;
        seen.add(key);
        edges.push([from, to]);
    };
    for (const { ref, path, place } of paths) {
        if (!Array.isArray(path)) {
            problems.push({ place, message: 'dependency_path is not an array' });
            continue;
        }
        let previous = null;
        for (let k = 0; k < path.length; k++) {
            const step = path[k];
            const iid = isJsonObject(step) && typeof step.iid === 'number' ? step.iid : null;
            const stepRef = iid === null ? undefined : refOfIid.get(iid);
            if (stepRef === undefined) {
                const what = iid === null ? 'step has no numeric iid' : `iid ${iid} is not a dependency of this file`;
                problems.push({ place: `${place}/${k}`, message: `${what}; no edge through this step` });
                previous = null;
                continue;
            }
            if (previous !== null)
                add(previous, stepRef);
            previous = stepRef;
        }
        if (previous !== null)
            add(previous, ref);
    }
    return edges;
}

;// CONCATENATED MODULE: ./build/ingest/remediation/fixed-versions.js
/**
 * Fixed versions as inputs state them, for `fixedVersions` of the vulnerabilities they report. Pure.
 *
 * GitLab's Gemnasium analyzer writes a DS report's `solution` from the advisory's fixed versions as
 * "Upgrade to version X or above." / "Upgrade to versions X, Y or above." (and other text when none is known:
 * "Unfortunately, there is no solution available yet."); CycloneDX tools write `recommendation` the same way.
 * Only that phrase is read: free text that does not follow it names no version we can trust.
 */
const UPGRADE = /^\s*upgrade(?:\s+\S+)?\s+to\s+(?:the\s+)?versions?\s+(.+?)\s+or\s+(?:above|later|greater|newer|higher)\s*\.?\s*$/i;
/** A version as the phrase holds it: no spaces, not a word like "latest". */
const VERSION = /^v?\d[^\s,;]*$/;
function fixedVersionsFromText(text) {
    if (!text || text.length > 2_000)
        return [];
    const match = UPGRADE.exec(text);
    if (!match?.[1])
        return [];
    const parts = match[1].split(/\s*,\s*|\s+and\s+|\s+or\s+/).map((p) => p.trim()).filter((p) => p !== '');
    return parts.length > 0 && parts.every((p) => VERSION.test(p)) ? [...new Set(parts)] : [];
}
/**
 * CycloneDX 1.4+ `affects[].versions[]` entries with `status: "unaffected"`: an explicit `version`, or the lower
 * bound of a `vers:` range that starts there (`vers:npm/>=2.4.1`, `vers:maven/>=2.17.1|<3`). An unaffected
 * range with no lower bound ("<1.0": the versions before the bug) names no fix, so it gives none.
 */
function fixedVersionsFromAffects(versions) {
    const out = [];
    for (const v of versions) {
        if (v.status !== 'unaffected')
            continue;
        if (typeof v.version === 'string' && v.version.trim() !== '')
            out.push(v.version.trim());
        else if (typeof v.range === 'string') {
            // vers spec (package-url/purl-spec VERSION-RANGE-SPEC): "vers:<scheme>/<constraint>|<constraint>..."
            const constraints = /^vers:[^/]+\/(.+)$/.exec(v.range.trim())?.[1]?.split('|') ?? [];
            const lower = constraints.map((c) => /^>=\s*(\S+)$/.exec(c.trim())?.[1]).find((x) => x !== undefined);
            if (lower)
                out.push(decodeURIComponent(lower));
        }
    }
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./build/ingest/gitlab-ds/vulnerabilities.js


const str = (v) => (typeof v === 'string' && v.length > 0 ? v : null);
/**
 * Reads `vulnerabilities[]` of a DS report (any schema version). Fields a report leaves out stay null:
 * DefectDojo's fixtures show `location.dependency.package` as `{}`, and 14.x reports may carry `message`
 * without `name`.
 */
function readVulnerabilities(value, problems) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        problems.push({ place: '/vulnerabilities', message: 'vulnerabilities is not an array; none were read' });
        return [];
    }
    const out = [];
    value.forEach((v, i) => {
        const place = `/vulnerabilities/${i}`;
        if (!isJsonObject(v)) {
            problems.push({ place, message: 'vulnerability is not an object' });
            return;
        }
        const location = isJsonObject(v.location) ? v.location : {};
        const dependency = isJsonObject(location.dependency) ? location.dependency : {};
        const pkg = isJsonObject(dependency.package) ? dependency.package : {};
        out.push({
            id: str(v.id),
            name: str(v.name) ?? str(v.message),
            severity: str(v.severity),
            identifiers: readIdentifiers(v.identifiers, place, problems),
            file: str(location.file),
            packageName: str(pkg.name),
            version: str(dependency.version),
            solution: str(v.solution),
            fixedVersions: fixedVersionsFromText(str(v.solution)),
        });
    });
    return out;
}
function readIdentifiers(value, place, problems) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    value.forEach((id, j) => {
        const type = isJsonObject(id) ? str(id.type) : null;
        const value = isJsonObject(id) ? str(id.value) : null;
        if (!isJsonObject(id) || type === null || value === null) {
            problems.push({ place: `${place}/identifiers/${j}`, message: 'identifier needs a type and a value; skipped' });
            return;
        }
        out.push({ type, name: str(id.name) ?? value, value, url: str(id.url) });
    });
    return out;
}

;// CONCATENATED MODULE: ./build/ingest/gitlab-ds/parse.js



/** Schema versions whose dependency list this parser reads; 15.1 removed `dependency_files`. */
const NEWEST_MAJOR = 15;
const SUPPORTED = 'schema 14.x and 15.x (the dependency list exists up to 15.0.x)';
/**
 * A DS report: a `version` string and either `scan.type` "dependency_scanning" or a `dependency_files` list
 * (Gemnasium 2.x reports carry both; DefectDojo's trimmed copies sometimes only the second).
 */
function detect({ json }) {
    if (!isJsonObject(json) || typeof json.version !== 'string' || 'bomFormat' in json)
        return false;
    const scanType = isJsonObject(json.scan) ? json.scan.type : undefined;
    return scanType === 'dependency_scanning' || (Array.isArray(json.dependency_files) && Array.isArray(json.vulnerabilities));
}
function parse({ json }) {
    if (!isJsonObject(json))
        return { ok: false, error: 'not a GitLab dependency scanning report: the top level is not an object' };
    // Anchored with bounded counts: constant work whatever the string holds.
    const match = typeof json.version === 'string' ? /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})/.exec(json.version) : null;
    if (match === null) {
        return { ok: false, error: `cannot tell the report schema version: "version" must look like 15.0.7; supported: ${SUPPORTED}`, place: '/version' };
    }
    const [major, minor] = [Number(match[1]), Number(match[2])];
    const version = match[0];
    if (major > NEWEST_MAJOR) {
        return { ok: false, error: `GitLab dependency scanning report schema ${version} is newer than this reader knows; supported: ${SUPPORTED}`, place: '/version' };
    }
    const problems = [];
    const notes = [];
    const vulnerabilities = readVulnerabilities(json.vulnerabilities, problems);
    let sets = [];
    if (json.dependency_files !== undefined) {
        sets = readDependencyFiles(json.dependency_files, problems);
    }
    else {
        const why = major === NEWEST_MAJOR && minor >= 1 ? `schema ${version} has no dependency list (GitLab removed dependency_files in 15.1)` : `the report (schema ${version}) has no dependency_files`;
        notes.push(`${why}; the ${vulnerabilities.length} vulnerabilities it reports were kept`);
    }
    return { ok: true, value: { sets, problems, vulnerabilities, notes } };
}
const parser = {
    id: 'gitlab-ds',
    description: 'GitLab Dependency Scanning report (schema 14.x, 15.x)',
    capabilities: { edges: 'partial', direct: true, development: false, checksums: false, sources: false, licenses: false },
    detect,
    parse,
};

// EXTERNAL MODULE: ./build/ecosystems/shared/plain-purl.js
var plain_purl = __webpack_require__(13748);
;// CONCATENATED MODULE: ./build/ingest/generic-purl.js

/**
 * SBOM components without a purl that are still packages (issue #15): CycloneDX types library, framework and
 * application; SPDX primaryPackagePurpose LIBRARY, FRAMEWORK, APPLICATION (or none, as in SPDX 2.2, where every
 * package is a package and files are listed apart). Files, operating systems, devices, firmware, containers and
 * crypto assets stay out, as before.
 */
const PACKAGE_KINDS = new Set(['library', 'framework', 'application']);
/** Longer values are not real names or versions; refusing them bounds the work per entry. */
const MAX_TEXT = 1024;
const generic_purl_text = (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT ? v.trim() : null);
function isPackageKind(kind) {
    return typeof kind === 'string' && PACKAGE_KINDS.has(kind.toLowerCase());
}
/**
 * `pkg:generic/<group>/<name>@<version>` (purl spec: "generic" is for packages of no known type), built with
 * packageurl-js so a search by name finds the component; null without a name or a version, which a dependency
 * needs to mean anything.
 */
function genericPurl(group, name, version) {
    const n = generic_purl_text(name);
    const v = generic_purl_text(version);
    if (n === null || v === null)
        return null;
    const built = (0,shared_purl/* buildPurl */.Eq)('generic', generic_purl_text(group), n, v);
    return built.ok ? built.value : null;
}

;// CONCATENATED MODULE: ./build/model/checksum.js
const ALGORITHM_IDS = {
    md5: 'md5',
    sha1: 'sha1',
    sha224: 'sha224',
    sha256: 'sha256',
    sha384: 'sha384',
    sha512: 'sha512',
    'sha3-256': 'sha3-256',
    'sha3-384': 'sha3-384',
    'sha3-512': 'sha3-512',
    'blake2b-256': 'blake2b-256',
    'blake2b-384': 'blake2b-384',
    'blake2b-512': 'blake2b-512',
    blake3: 'blake3',
};
/** Spellings without separators -> id, built once: this runs for every checksum of every lock file. */
const BY_COMPACT_NAME = new Map(Object.keys(ALGORITHM_IDS).map((id) => [id.replace(/-/g, ''), id]));
/** "SHA-256", "sha_256", "SHA256" -> "sha256"; unknown names are returned lower-cased. */
function normaliseAlgorithm(name) {
    const lower = name.trim().toLowerCase();
    return BY_COMPACT_NAME.get(lower.replace(/[-_ ]/g, '')) ?? lower;
}
/** Expected hex length per algorithm, to refuse digests that cannot be right. */
const HEX_LENGTH = {
    md5: 32,
    sha1: 40,
    sha224: 56,
    sha256: 64,
    sha384: 96,
    sha512: 128,
    'sha3-256': 64,
    'sha3-384': 96,
    'sha3-512': 128,
    'blake2b-256': 64,
    'blake2b-384': 96,
    'blake2b-512': 128,
};
/** Readers keep a digest only when this holds, so what is in a Checksums needs no second look downstream. */
function isPlausibleDigest(algorithm, hex) {
    const expected = HEX_LENGTH[algorithm];
    return (expected === undefined || hex.length === expected) && /^[0-9a-f]+$/.test(hex);
}
/**
 * Subresource-integrity strings (npm, yarn berry, pnpm): "sha512-<base64> sha1-<base64>".
 * Returns null when nothing in it is a recognisable digest.
 */
function checksumsFromIntegrity(integrity) {
    const out = {};
    for (const part of integrity.trim().split(/\s+/)) {
        const dash = part.indexOf('-');
        if (dash <= 0)
            continue;
        const algorithm = normaliseAlgorithm(part.slice(0, dash));
        const hex = Buffer.from(part.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
        if (isPlausibleDigest(algorithm, hex))
            out[algorithm] = hex;
    }
    return Object.keys(out).length > 0 ? out : null;
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/component-fields.js


/** License ids, expressions and URLs longer than this are not real; skipping them bounds the work per entry. */
const component_fields_MAX_TEXT = 4096;
const usable = (v) => typeof v === 'string' && v.length > 0 && v.length <= component_fields_MAX_TEXT;
/** `licenses[]`: `license.id`, else `license.name`, or an `expression`, each kept as written. */
function readLicenses(value) {
    if (!Array.isArray(value))
        return null;
    let out = null;
    for (const entry of value) {
        const text = licenseText(entry);
        // Most components have one license: a one-element array, not one grown for more.
        if (text === null)
            continue;
        if (out === null)
            out = [text];
        else
            out.push(text);
    }
    return out;
}
function licenseText(entry) {
    if (!isJsonObject(entry))
        return null;
    if (usable(entry.expression))
        return entry.expression;
    if (!isJsonObject(entry.license))
        return null;
    const { id, name } = entry.license;
    return usable(id) ? id : usable(name) ? name : null;
}
/**
 * Digests from `hashes[]` and from the distribution reference's own `hashes` (cyclonedx-npm 1.5+ puts the
 * tarball's digest there, not on the component). Lower-case hex; a digest of the wrong length or alphabet is
 * a problem, the others are kept.
 */
function readChecksums(component, place, problems) {
    // Created on the first digest: most components of most BOMs have none, and this runs for every one.
    let out = null;
    out = addHashes(component.hashes, place, '/hashes', out, problems);
    const references = component.externalReferences;
    if (Array.isArray(references)) {
        for (let k = 0; k < references.length; k++) {
            const ref = references[k];
            if (isJsonObject(ref) && isDistribution(ref.type))
                out = addHashes(ref.hashes, place, `/externalReferences/${k}/hashes`, out, problems);
        }
    }
    return out;
}
function addHashes(value, place, within, into, problems) {
    if (!Array.isArray(value))
        return into;
    for (let k = 0; k < value.length; k++) {
        const hash = value[k];
        if (!isJsonObject(hash) || typeof hash.alg !== 'string' || typeof hash.content !== 'string') {
            problems.push({ place: `${place()}${within}/${k}`, message: 'hash needs "alg" and "content"; skipped' });
            continue;
        }
        const algorithm = algorithmId(hash.alg);
        const hex = hash.content.length <= 1024 ? hash.content.trim().toLowerCase() : '';
        if (!isPlausibleDigest(algorithm, hex)) {
            problems.push({ place: `${place()}${within}/${k}/content`, message: `not a ${algorithm} digest in hex; skipped` });
            continue;
        }
        into ??= {};
        into[algorithm] ??= hex;
    }
    return into;
}
/** CycloneDX's few algorithm names, normalised once each instead of once per hash. */
const component_fields_ALGORITHM_IDS = new Map();
function algorithmId(alg) {
    let id = component_fields_ALGORITHM_IDS.get(alg);
    if (id === undefined) {
        id = normaliseAlgorithm(alg.slice(0, 64));
        // Bounded: hostile input with endless distinct names must not grow the cache without end.
        if (component_fields_ALGORITHM_IDS.size < 64)
            component_fields_ALGORITHM_IDS.set(alg, id);
    }
    return id;
}
const isDistribution = (type) => type === 'distribution' || type === 'distribution-intake';
/** The URL the package was fetched from: a "distribution" reference, else a "distribution-intake" one. */
function readSource(value) {
    if (!Array.isArray(value))
        return null;
    let intake = null;
    for (const ref of value) {
        if (!isJsonObject(ref) || !usable(ref.url))
            continue;
        if (ref.type === 'distribution')
            return ref.url;
        if (ref.type === 'distribution-intake')
            intake ??= ref.url;
    }
    return intake;
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/gitlab-properties.js
/**
 * GitLab's CycloneDX property taxonomy (docs.gitlab.com/development/sec/cyclonedx_property_taxonomy).
 * Each field lists its names newest first: the current names (GitLab 15.11+), the deprecated names Gemnasium
 * wrote from 15.7 until their removal in 17.0 (gitlab-org/gitlab#438779), and the "gitlab:" names of
 * Gemnasium 3.x (gitlab-org/gitlab#378026, seen in real gl-sbom files).
 */
const NAMES = {
    inputFile: ['gitlab:dependency_scanning:input_file:path', 'gitlab:dependency_scanning:input_file', 'gitlab:input_file'],
    sourceFile: ['gitlab:dependency_scanning:source_file:path'],
    packageManager: ['gitlab:dependency_scanning:package_manager:name', 'gitlab:dependency_scanning:package_manager', 'gitlab:package_manager'],
    language: ['gitlab:dependency_scanning:language:name'],
    category: ['gitlab:dependency_scanning:category'],
};
const FIELD_AND_RANK = new Map();
for (const [field, names] of Object.entries(NAMES)) {
    names.forEach((name, rank) => FIELD_AND_RANK.set(name, [field, rank]));
}
/** Longer values are not file paths or names; ignoring them keeps hostile input cheap. */
const MAX_VALUE = 4096;
/**
 * Reads the gitlab properties of one `properties` array; a newer name wins over an older one for the same
 * field. Returns null when the array has none (most components), so callers can skip merging.
 */
function readGitLabProperties(properties) {
    if (!Array.isArray(properties))
        return null;
    let out = null;
    const ranks = {};
    for (const p of properties) {
        if (typeof p !== 'object' || p === null)
            continue;
        const { name, value } = p;
        if (typeof name !== 'string' || typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE)
            continue;
        const hit = FIELD_AND_RANK.get(name);
        if (hit === undefined)
            continue;
        const [field, rank] = hit;
        if ((ranks[field] ?? Infinity) <= rank)
            continue;
        ranks[field] = rank;
        out ??= {};
        out[field] = value;
    }
    return out;
}
/** Component-level values override inherited (metadata or parent component) ones, field by field. */
function overlay(base, own) {
    return own === null ? base : { ...base, ...own };
}
/** production → false; development and test → true; anything else is not known to us → null. */
function developmentFromCategory(category) {
    if (category === undefined)
        return null;
    const c = category.toLowerCase();
    if (c === 'production')
        return false;
    if (c === 'development' || c === 'test')
        return true;
    return null;
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/scope.js

/** The CycloneDX npm taxonomy (cyclonedx-property-taxonomy cdx/npm.md), written by npm, cyclonedx-npm and cdxgen. */
const NPM_DEVELOPMENT = 'cdx:npm:package:development';
/** Not in the taxonomy; cdxgen's own name for npm's `optional` flag. */
const NPM_OPTIONAL = 'cdx:npm:package:optional';
/**
 * development and optional of one component (docs/development-and-optional.md). The CycloneDX spec: `required`
 * is needed at run time, `optional` is optional at run time (still run time: not development), `excluded` is not
 * needed at run time (tests, tooling), and a missing scope means `required`. Generators' own marks come first:
 * - `cdx:npm:package:development=true` (npm, cyclonedx-npm, cdxgen) is development. npm's `npm sbom` writes
 *   scope "optional" for every package arborist marks devOptional, which on a lock file is every development
 *   package, and cdxgen writes "optional" for every development package: on such a component the scope says
 *   nothing about optional; cdxgen's `cdx:npm:package:optional` does, npm's SBOM leaves it unknown.
 * - GitLab's `gitlab:dependency_scanning:category` (development, test, production) where the scope is silent.
 * syft writes neither scope nor a development mark (syft 1.2.0, only syft:* properties): the spec's default, required, stands.
 */
function readScopeFlags(component, category, rules) {
    const scope = component.scope;
    const marks = npmMarks(component.properties);
    if (scope !== undefined && scope !== 'required' && scope !== 'optional' && scope !== 'excluded') {
        // Not a CycloneDX scope: only the generator's own marks can say anything.
        return { development: marks.development ? true : developmentFromCategory(category), optional: marks.optional ? true : null };
    }
    if (marks.development) {
        const scopeSaysNothing = scope === 'optional' || scope === 'excluded';
        const optional = marks.optional ? true : rules.npmOptionalProperty ? false : scopeSaysNothing ? null : false;
        return { development: true, optional };
    }
    // Not at run time; whether it is also optional, one scope value cannot say.
    if (scope === 'excluded')
        return { development: true, optional: marks.optional ? true : null };
    const byCategory = developmentFromCategory(category);
    if (scope === undefined && rules.missingScopeIsUnknown && !marks.optional)
        return { development: byCategory, optional: null };
    return { development: byCategory ?? false, optional: marks.optional || scope === 'optional' };
}
function npmMarks(properties) {
    const marks = { development: false, optional: false };
    if (!Array.isArray(properties))
        return marks;
    for (const p of properties) {
        if (typeof p !== 'object' || p === null)
            continue;
        const { name, value } = p;
        if (value !== 'true')
            continue;
        if (name === NPM_DEVELOPMENT)
            marks.development = true;
        else if (name === NPM_OPTIONAL)
            marks.optional = true;
    }
    return marks;
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/components.js







/** Real purls are short; refusing longer ones keeps parsing of hostile input bounded. */
const MAX_PURL = 4096;
/** The JSON pointer of a queued component ('' for the top level, whose components have no parent). */
function pointerOf(item) {
    let place = '';
    for (let p = item; p !== null; p = p.parent)
        place = `/components/${p.index}${place}`;
    return place;
}
/**
 * Every component, nested ones included (a component's `components` are parts of it, e.g. npm bundled
 * dependencies), breadth first with an explicit queue so deep nesting cannot overflow the stack.
 * Components without a purl are indexed under a generic purl when they are packages (library, framework,
 * application); the rest (files, operating systems, crypto assets) are only counted.
 */
function walkComponents(value, context, problems) {
    const buckets = [];
    const bucketOfRef = new Map();
    let last = null;
    let withoutPurl = 0;
    let generic = 0;
    let repeated = 0;
    let subjectListed = false;
    // Top-level components are read where they stand; only nested ones go through the queue.
    const queue = [];
    // Where the component being visited is: read only when there is a problem to report, so one closure serves
    // every component instead of one made per component.
    let parentOfCurrent = null;
    let indexOfCurrent = 0;
    const place = () => `${pointerOf(parentOfCurrent)}/components/${indexOfCurrent}`;
    const visit = (component, parent, index, inherited) => {
        parentOfCurrent = parent;
        indexOfCurrent = index;
        if (!isJsonObject(component)) {
            problems.push({ place: place(), message: 'component is not an object; skipped' });
            return;
        }
        const properties = overlay(inherited, readGitLabProperties(component.properties));
        if (component.components !== undefined)
            enqueue(queue, component.components, { value: component, parent, index, inherited }, properties, problems);
        let purl;
        let plain = null;
        if (component.purl === undefined || component.purl === null || component.purl === '') {
            // A library, framework or application without a purl is indexed under a generic one (generic-purl.ts).
            purl = isPackageKind(component.type) ? genericPurl(component.group, component.name, component.version) : null;
            if (purl === null) {
                withoutPurl++;
                return;
            }
            generic++;
        }
        else {
            // Most purls are already written as packageurl-js writes them; their parts go on to the graph stage.
            plain = typeof component.purl === 'string' && component.purl.length <= MAX_PURL ? (0,plain_purl/* plainPurl */.k)(component.purl) : null;
            purl = plain !== null ? component.purl : purlOf(component, place, problems);
            if (purl === null)
                return;
        }
        const bomRef = typeof component['bom-ref'] === 'string' && component['bom-ref'] !== '' ? component['bom-ref'] : null;
        const ref = bomRef ?? (typeof component.purl === 'string' && component.purl !== '' ? component.purl : purl);
        if (ref === context.subjectRef) {
            subjectListed = true;
            return;
        }
        if (bucketOfRef.has(ref)) {
            if (bomRef === null)
                repeated++;
            else
                problems.push({ place: `${place()}/bom-ref`, message: 'bom-ref is already used by an earlier component; skipped' });
            return;
        }
        const file = properties.inputFile ?? properties.sourceFile ?? context.defaultFile;
        // Components of one file come together: the last bucket is nearly always the one.
        let bucket = last !== null && last.file === file ? last : buckets.find((b) => b.file === file);
        if (bucket === undefined) {
            bucket = { file, packageManager: properties.packageManager ?? context.defaultPackageManager, dependencies: [] };
            buckets.push(bucket);
        }
        last = bucket;
        bucketOfRef.set(ref, bucket);
        const flags = readScopeFlags(component, properties.category, context.scopeRules);
        const parts = plain ?? undefined;
        const direct = context.directRefs === null ? null : context.directRefs.has(ref);
        const { development, optional } = flags;
        const licenses = readLicenses(component.licenses);
        const checksums = readChecksums(component, place, problems);
        const source = readSource(component.externalReferences);
        const name = component.name;
        // Two literals in one key order, rather than spreading a conditional object for the name: once per component.
        bucket.dependencies.push(typeof name === 'string' && name !== '' && name.length <= MAX_PURL
            ? { ref, purl, writtenName: name, parts, direct, development, optional, licenses, checksums, source }
            : { ref, purl, parts, direct, development, optional, licenses, checksums, source });
    };
    if (value !== undefined && !Array.isArray(value))
        problems.push({ place: '/components', message: 'components is not an array; skipped' });
    else if (value !== undefined)
        for (let i = 0; i < value.length; i++)
            visit(value[i], null, i, context.metadataProperties);
    for (let head = 0; head < queue.length; head++) {
        const item = queue[head];
        visit(item.value, item.parent, item.index, item.inherited);
    }
    return { buckets, bucketOfRef, withoutPurl, generic, repeated, subjectListed };
}
function enqueue(queue, children, parent, inherited, problems) {
    if (!Array.isArray(children)) {
        problems.push({ place: `${pointerOf(parent)}/components`, message: 'components is not an array; skipped' });
        return;
    }
    for (let i = 0; i < children.length; i++)
        queue.push({ value: children[i], parent, index: i, inherited });
}
/**
 * The purl as packageurl-js writes it, with the component's `version` when the purl has none. The subpath
 * is dropped: cyclonedx-npm puts the package's folder in its repository there, which is not part of the
 * package's identity.
 */
function purlOf(component, place, problems) {
    const text = component.purl;
    if (typeof text !== 'string' || text.length > MAX_PURL) {
        problems.push({ place: `${place()}/purl`, message: typeof text === 'string' ? 'purl is longer than 4096 characters; skipped' : 'purl is not a string; skipped' });
        return null;
    }
    const fallback = typeof component.version === 'string' && component.version.length <= MAX_PURL && component.version !== '' ? component.version : null;
    const built = (0,shared_purl/* canonicalPurl */.qe)(text, fallback);
    if (!built.ok) {
        const message = built.error.endsWith('has no version') ? 'component has no version, neither in its purl nor in "version"' : built.error.slice(0, 300);
        problems.push({ place: built.error.endsWith('has no version') ? place() : `${place()}/purl`, message: `${message}; skipped` });
        return null;
    }
    return built.value;
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/dependency-graph.js
/**
 * Reads the `dependencies` section. An entry without a usable `ref` (the spec's own negative test vector
 * invalid-dependency-1.6.json has one missing and one empty) is a problem; the other entries still count.
 */
function readDependsOn(value, problems) {
    const out = new Map();
    if (value === undefined)
        return out;
    if (!Array.isArray(value)) {
        problems.push({ place: '/dependencies', message: 'dependencies is not an array; the BOM is read without edges' });
        return out;
    }
    // Plain loops, and places built only for problems: this runs once per entry of a 50,000-entry section.
    for (let i = 0; i < value.length; i++) {
        const entry = value[i];
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            problems.push({ place: `/dependencies/${i}`, message: 'dependency entry is not an object; skipped' });
            continue;
        }
        const { ref, dependsOn } = entry;
        if (typeof ref !== 'string' || ref === '') {
            const what = ref === undefined ? 'has no "ref"' : ref === '' ? 'has an empty "ref"' : 'has a "ref" that is not a string';
            problems.push({ place: `/dependencies/${i}/ref`, message: `dependency entry ${what}; skipped` });
            continue;
        }
        if (dependsOn !== undefined && !Array.isArray(dependsOn)) {
            problems.push({ place: `/dependencies/${i}/dependsOn`, message: 'dependsOn is not an array; skipped' });
        }
        const targets = Array.isArray(dependsOn) ? dependsOn : [];
        const earlier = out.get(ref);
        // The usual entry lists only refs, and its array is kept as it is rather than copied.
        if (earlier === undefined && targets.every(isRef)) {
            out.set(ref, targets);
            continue;
        }
        const joined = earlier === undefined ? [] : [...earlier];
        for (let k = 0; k < targets.length; k++) {
            const to = targets[k];
            if (isRef(to))
                joined.push(to);
            else
                problems.push({ place: `/dependencies/${i}/dependsOn/${k}`, message: 'dependsOn entry is not a ref; skipped' });
        }
        out.set(ref, joined);
    }
    return out;
}
const isRef = (value) => typeof value === 'string' && value !== '';
/**
 * Direct dependencies are what the BOM's subject (metadata.component) depends on. When the subject is not
 * in the graph the BOM does not say, and every `direct` stays null.
 */
function directRefsOf(rootRef, graph) {
    const targets = rootRef === null ? undefined : graph.get(rootRef);
    return targets === undefined ? null : new Set(targets);
}

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/tools.js
/**
 * Package managers implied by the generating tool, for BOMs without GitLab properties. Only generators that
 * read exactly one ecosystem are listed; anything else (syft, trivy, cdxgen) leaves the package manager null.
 */
const PACKAGE_MANAGER_OF_TOOL = {
    'cyclonedx-npm': 'npm',
    'cyclonedx-node-npm': 'npm',
    'cyclonedx-php-composer': 'composer',
    'cyclonedx maven plugin': 'maven',
    'cyclonedx-maven-plugin': 'maven',
    'cyclonedx-gradle-plugin': 'gradle',
    'cyclonedx-gomod': 'go',
    'cyclonedx-dotnet': 'nuget',
};
function packageManagerFromTools(tools) {
    const found = new Set();
    for (const key of toolNames(tools))
        if (Object.hasOwn(PACKAGE_MANAGER_OF_TOOL, key))
            found.add(PACKAGE_MANAGER_OF_TOOL[key]);
    return found.size === 1 ? [...found][0] : null;
}
/** Lower-case names of the generating tools. `metadata.tools` is an array up to 1.4 and `{components, services}` from 1.5. */
function toolNames(tools) {
    const list = Array.isArray(tools)
        ? tools
        : typeof tools === 'object' && tools !== null
            ? [...asArray(tools.components), ...asArray(tools.services)]
            : [];
    const names = new Set();
    for (const tool of list) {
        const name = typeof tool === 'object' && tool !== null ? tool.name : undefined;
        if (typeof name === 'string' && name.length <= 100)
            names.add(name.toLowerCase());
    }
    return names;
}
const asArray = (v) => (Array.isArray(v) ? v : []);

;// CONCATENATED MODULE: ./build/ingest/cyclonedx/vulnerabilities.js


const vulnerabilities_str = (v) => (typeof v === 'string' && v.length > 0 ? v : null);
const MAX_AFFECTS = 10_000;
/**
 * CycloneDX 1.4-1.7 `vulnerabilities[]`: one reported vulnerability per affected component (`affects[].ref`
 * is a bom-ref, resolved to the component's purl here). Severity is the first rating's; CVSS ratings keep their
 * vector and score.
 */
function readCycloneDxVulnerabilities(value, components, file, problems) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        problems.push({ place: '/vulnerabilities', message: 'vulnerabilities is not an array; none were read' });
        return [];
    }
    const purlOf = purlsByRef(components);
    const out = [];
    value.forEach((v, i) => {
        const place = `/vulnerabilities/${i}`;
        if (!isJsonObject(v) || vulnerabilities_str(v.id) === null) {
            problems.push({ place, message: 'vulnerability needs an id; skipped' });
            return;
        }
        const id = vulnerabilities_str(v.id);
        const source = isJsonObject(v.source) ? v.source : {};
        const ratings = Array.isArray(v.ratings) ? v.ratings.filter(isJsonObject) : [];
        const severity = ratings.map((r) => vulnerabilities_str(r.severity)).find((s) => s !== null) ?? null;
        const cvss = ratings.flatMap((r) => {
            const method = vulnerabilities_str(r.method);
            const vector = vulnerabilities_str(r.vector);
            const m = method ? /^CVSSv(\d)(\d)?$/.exec(method) : null;
            if (!m || !vector)
                return [];
            return [{ version: `${m[1]}.${m[2] ?? '0'}`, vector, baseScore: typeof r.score === 'number' ? r.score : null }];
        });
        const identifiers = [{ type: identifierType(id), name: id, value: id, url: vulnerabilities_str(source.url) }];
        for (const ref of Array.isArray(v.references) ? v.references.filter(isJsonObject) : []) {
            const refId = vulnerabilities_str(ref.id);
            if (refId && refId !== id)
                identifiers.push({ type: identifierType(refId), name: refId, value: refId, url: isJsonObject(ref.source) ? vulnerabilities_str(ref.source.url) : null });
        }
        const affects = Array.isArray(v.affects) ? v.affects.slice(0, MAX_AFFECTS) : [];
        affects.forEach((a, j) => {
            const ref = isJsonObject(a) ? vulnerabilities_str(a.ref) : null;
            const purl = ref === null ? null : (purlOf.get(ref) ?? (ref.startsWith('pkg:') ? ref : null));
            if (purl === null) {
                problems.push({ place: `${place}/affects/${j}`, message: 'affects a ref that is no component with a purl; skipped' });
                return;
            }
            out.push({
                id,
                name: vulnerabilities_str(v.description)?.slice(0, 200) ?? id,
                severity,
                identifiers,
                file,
                packageName: null,
                version: null,
                solution: vulnerabilities_str(v.recommendation),
                // Per affected component: its own unaffected versions, else what the recommendation says.
                fixedVersions: ((fixed) => (fixed.length > 0 ? fixed : fixedVersionsFromText(vulnerabilities_str(v.recommendation))))(fixedVersionsFromAffects(isJsonObject(a) && Array.isArray(a.versions) ? a.versions.filter(isJsonObject).slice(0, MAX_AFFECTS) : [])),
                purl,
                cvss,
                url: vulnerabilities_str(source.url),
            });
        });
    });
    return out;
}
function identifierType(id) {
    if (/^CVE-/i.test(id))
        return 'cve';
    if (/^GHSA-/i.test(id))
        return 'ghsa';
    if (/^CWE-/i.test(id))
        return 'cwe';
    return 'other';
}
function purlsByRef(components) {
    const out = new Map();
    const stack = Array.isArray(components) ? [...components] : [];
    while (stack.length > 0 && out.size < 1_000_000) {
        const c = stack.pop();
        if (!isJsonObject(c))
            continue;
        const ref = vulnerabilities_str(c['bom-ref']);
        const purl = vulnerabilities_str(c.purl);
        if (ref && purl)
            out.set(ref, purl);
        if (Array.isArray(c.components))
            stack.push(...c.components);
    }
    return out;
}

// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
;// CONCATENATED MODULE: ./build/ingest/cyclonedx/parse.js







/**
 * `bomFormat: "CycloneDX"`; also documents that point at a CycloneDX schema or carry a `specVersion` with
 * components but lost their `bomFormat`, so that they get a clear error instead of "unknown format".
 */
function parse_detect({ json }) {
    if (!isJsonObject(json))
        return false;
    if (json.bomFormat === 'CycloneDX')
        return true;
    if (json.bomFormat !== undefined || 'spdxVersion' in json)
        return false;
    const schema = json.$schema;
    if (typeof schema === 'string' && schema.length < 1000 && schema.includes('cyclonedx.org/schema'))
        return true;
    return typeof json.specVersion === 'string' && (Array.isArray(json.components) || isJsonObject(json.metadata));
}
function parse_parse({ json, path }) {
    if (!isJsonObject(json))
        return { ok: false, error: 'not a CycloneDX BOM: the top level is not an object' };
    if (json.bomFormat !== 'CycloneDX') {
        const what = json.bomFormat === undefined ? 'has no "bomFormat"' : '"bomFormat" is not "CycloneDX"';
        return { ok: false, error: `not a CycloneDX BOM: the document ${what}`, place: '/bomFormat' };
    }
    const notes = [];
    const spec = typeof json.specVersion === 'string' ? /^(\d{1,3})\.(\d{1,3})$/.exec(json.specVersion) : null;
    if (spec === null) {
        const what = json.specVersion === undefined ? 'has no "specVersion"' : '"specVersion" is not like "1.6"';
        return { ok: false, error: `cannot read this CycloneDX BOM: it ${what}; supported: 1.2 to 1.7`, place: '/specVersion' };
    }
    const [major, minor] = [Number(spec[1]), Number(spec[2])];
    if (major !== 1)
        return { ok: false, error: `CycloneDX ${spec[0]} is not supported; supported: 1.2 to 1.7`, place: '/specVersion' };
    if (minor < 2 || minor > 7)
        notes.push(`CycloneDX ${spec[0]} is outside 1.2-1.7; read as the nearest supported version`);
    const problems = [];
    const metadata = isJsonObject(json.metadata) ? json.metadata : {};
    const metadataProperties = readGitLabProperties(metadata.properties) ?? {};
    const graph = readDependsOn(json.dependencies, problems);
    const root = isJsonObject(metadata.component) && typeof metadata.component['bom-ref'] === 'string' ? metadata.component['bom-ref'] : null;
    const defaultFile = metadataProperties.inputFile ?? metadataProperties.sourceFile ?? path;
    const defaultPackageManager = metadataProperties.packageManager ?? packageManagerFromTools(metadata.tools);
    const tools = toolNames(metadata.tools);
    const scopeRules = { npmOptionalProperty: tools.has('cdxgen'), missingScopeIsUnknown: tools.has(version/* TOOL_NAME */.l) };
    const walked = walkComponents(json.components, { metadataProperties, defaultFile, defaultPackageManager, directRefs: directRefsOf(root, graph), subjectRef: root, scopeRules }, problems);
    const { sets, crossing } = withEdges(walked.buckets, walked.bucketOfRef, graph, defaultFile, defaultPackageManager);
    if (walked.generic > 0)
        notes.push(`${walked.generic} components without a purl (libraries, frameworks, applications) are kept as pkg:generic`);
    if (walked.withoutPurl > 0)
        notes.push(`skipped ${walked.withoutPurl} components without a purl (files, operating systems, crypto assets and the like)`);
    if (walked.repeated > 0)
        notes.push(`${walked.repeated} components without a bom-ref repeat the purl of an earlier one; each purl was kept once`);
    if (walked.subjectListed)
        notes.push('the BOM\'s subject (metadata.component) is also listed among the components; it is not a dependency of itself');
    if (crossing > 0)
        notes.push(`${crossing} dependency edges join components of different input files; they were left out`);
    const vulnerabilities = readCycloneDxVulnerabilities(json.vulnerabilities, json.components, defaultFile, problems);
    return { ok: true, value: { sets, problems, notes, vulnerabilities } };
}
/**
 * One set per input file (GitLab's properties can put components of one SBOM in several). With one file the
 * graph is handed on as it is: the graph stage ignores refs that are not kept components (the root, a component
 * without purl), repeats and self-edges. With several, each set gets the edges between its own components, and
 * edges that join two files are counted.
 */
function withEdges(buckets, bucketOfRef, graph, defaultFile, defaultPackageManager) {
    if (buckets.length === 0)
        return { sets: [{ file: defaultFile, packageManager: defaultPackageManager, dependencies: [], edges: [] }], crossing: 0 };
    if (buckets.length === 1)
        return { sets: [{ ...buckets[0], edges: graph }], crossing: 0 };
    const edges = new Map(buckets.map((b) => [b, new Map()]));
    let crossing = 0;
    for (const [from, targets] of graph) {
        const bucket = bucketOfRef.get(from);
        if (bucket === undefined)
            continue;
        const own = [];
        const distinct = new Set();
        for (const to of targets) {
            const toBucket = bucketOfRef.get(to);
            if (to === from || toBucket === undefined || distinct.has(to))
                continue;
            distinct.add(to);
            if (toBucket === bucket)
                own.push(to);
            else
                crossing++;
        }
        if (own.length > 0)
            edges.get(bucket)?.set(from, own);
    }
    const sets = buckets.map((b) => ({ ...b, edges: edges.get(b) }));
    return { sets, crossing };
}
const parse_parser = {
    id: 'cyclonedx',
    description: 'CycloneDX JSON 1.2-1.7, GitLab gl-sbom flavour included',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
    detect: parse_detect,
    parse: parse_parse,
};

;// CONCATENATED MODULE: ./build/ingest/spdx/adjacency.js
function compress(graph) {
    const offsets = new Int32Array(graph.ids.length + 1);
    for (const f of graph.from)
        offsets[f + 1] += 1;
    for (let i = 0; i < graph.ids.length; i++)
        offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, graph.ids.length);
    const order = new Int32Array(graph.from.length);
    graph.from.forEach((f, k) => (order[fill[f]++] = k));
    return { offsets, order };
}
function forEachEdge(adjacency, node, visit) {
    for (let j = adjacency.offsets[node]; j < adjacency.offsets[node + 1]; j++)
        visit(adjacency.order[j]);
}

;// CONCATENATED MODULE: ./build/ingest/spdx/optional.js

/**
 * Optional, from the kinds of the edges on the paths from the starting points, the way npm's arborist sets its
 * flags (calc-dep-flags.js) and npm's CycloneDX turns them into scope "optional" (`optional || devOptional`):
 * - reached without any development edge (used at run time): optional when every such path has an
 *   OPTIONAL_DEPENDENCY_OF edge (npm `optional`, or `devOptional`: optional at run time, needed for development);
 * - reached only through development edges: optional when every path has an optional edge (npm dev + optional).
 * Three linear walks over edge subsets; iterative, so a deep graph cannot overflow the stack.
 */
function optionalFlags(graph, adjacency, starts) {
    const n = graph.ids.length;
    const reach = (skip) => {
        const seen = new Uint8Array(n);
        const stack = [...starts];
        for (const s of starts)
            seen[s] = 1;
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
            forEachEdge(adjacency, node, (k) => {
                const target = graph.to[k];
                if (seen[target] || skip(k))
                    return;
                seen[target] = 1;
                stack.push(target);
            });
        }
        return seen;
    };
    const all = reach(() => false);
    const withoutDevelopment = reach((k) => graph.development[k] === true);
    const withoutOptional = reach((k) => graph.optional[k] === true);
    const plain = reach((k) => graph.development[k] === true || graph.optional[k] === true);
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        if (!all[i])
            continue;
        const optional = withoutDevelopment[i] ? !plain[i] : !withoutOptional[i];
        flags[i] = optional ? 2 : 1;
    }
    return flags;
}

;// CONCATENATED MODULE: ./build/ingest/spdx/flags.js


/**
 * Direct: what the described package(s) depend on. Development, worked out by the graph stage from the walk:
 * reachable from the starting points only through at least one development edge (DEV/TEST/BUILD_DEPENDENCY_OF);
 * reachable through run-time edges alone is production; not reached, unknown. The starting points are the
 * described packages, or, when none has edges, every node that nothing depends on. Linear in the number of edges.
 */
function computeFlags(relationships) {
    const graph = relationships.graph;
    const n = graph.ids.length;
    const adjacency = compress(graph);
    const hasOut = (i) => adjacency.offsets[i + 1] > adjacency.offsets[i];
    const roots = [];
    for (const id of relationships.described) {
        const i = graph.indexOf.get(id);
        if (i !== undefined && hasOut(i))
            roots.push(i);
    }
    let direct = null;
    if (roots.length > 0) {
        direct = new Uint8Array(n);
        for (const r of roots)
            forEachEdge(adjacency, r, (k) => (direct[graph.to[k]] = 1));
    }
    if (!graph.development.includes(true) && !graph.optional.includes(true))
        return { direct, walk: null, optional: null, adjacency };
    let starts = roots;
    if (starts.length === 0) {
        const hasIncoming = new Uint8Array(n);
        for (const t of graph.to)
            hasIncoming[t] = 1;
        starts = [];
        for (let i = 0; i < n; i++)
            if (!hasIncoming[i] && hasOut(i))
                starts.push(i);
    }
    // The graph is numbered already: handed over as it is, not as 10^5 [from, to, development] tuples of strings.
    const walk = {
        roots: starts.map((i) => [graph.ids[i], false]),
        edges: { refs: graph.ids, indexOf: graph.indexOf, from: graph.from, to: graph.to, development: graph.development },
        unreached: null,
    };
    return { direct, walk, optional: optionalFlags(graph, adjacency, starts), adjacency };
}

;// CONCATENATED MODULE: ./build/ingest/spdx/packages.js


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Longer values are not real ids, purls, URLs or expressions; refusing them bounds the work per entry. */
const packages_MAX_TEXT = 4096;
const packages_text = (v) => (typeof v === 'string' && v.length > 0 && v.length <= packages_MAX_TEXT ? v : null);
/** SPDX's "no value" words: NOASSERTION (nobody looked) and NONE (there is none). */
const assertive = (v) => {
    const t = packages_text(v)?.trim();
    return t === undefined || t === '' || t.toUpperCase() === 'NOASSERTION' || t.toUpperCase() === 'NONE' ? null : t;
};
/** The package's first purl reference as written, or null when it has none. */
function purlReference(pkg) {
    if (!Array.isArray(pkg.externalRefs))
        return null;
    for (const ref of pkg.externalRefs) {
        // The category is PACKAGE-MANAGER in the 2.3 schema and PACKAGE_MANAGER in 2.2 and many tools' output;
        // the type alone says it is a purl, so the category is not checked.
        if (isObject(ref) && typeof ref.referenceType === 'string' && ref.referenceType.toLowerCase() === 'purl')
            return ref.referenceLocator;
    }
    return null;
}
/** Fields of one package that has a purl reference; null (with a problem) when the purl cannot be used. */
function readPackage(pkg, locator, place, problems) {
    const written = packages_text(locator);
    if (written === null) {
        problems.push({ place: `${place}/externalRefs`, message: 'purl reference is empty, not a string, or longer than 4096 characters; skipped' });
        return null;
    }
    const parts = (0,shared_purl/* parsePurl */.$l)(written);
    if (!parts.ok) {
        problems.push({ place: `${place}/externalRefs`, message: `${parts.error}; skipped` });
        return null;
    }
    const version = parts.value.version ?? assertive(pkg.versionInfo);
    if (version === null) {
        problems.push({ place, message: 'package has no version, neither in its purl nor in versionInfo; skipped' });
        return null;
    }
    const { type, namespace, name, qualifiers } = parts.value;
    const purl = (0,shared_purl/* buildPurl */.Eq)(type, namespace, name, version, qualifiers);
    if (!purl.ok) {
        problems.push({ place: `${place}/externalRefs`, message: `${purl.error.slice(0, 300)}; skipped` });
        return null;
    }
    const license = assertive(pkg.licenseConcluded) ?? assertive(pkg.licenseDeclared);
    const writtenName = packages_text(pkg.name);
    return {
        purl: purl.value,
        ...(writtenName !== null && { writtenName }),
        licenses: license === null ? null : [license],
        checksums: packages_readChecksums(pkg.checksums, `${place}/checksums`, problems),
        source: assertive(pkg.downloadLocation),
    };
}
function packages_readChecksums(value, place, problems) {
    if (!Array.isArray(value))
        return null;
    const out = {};
    value.forEach((c, k) => {
        const algorithm = isObject(c) ? packages_text(c.algorithm) : null;
        const digest = isObject(c) && typeof c.checksumValue === 'string' ? c.checksumValue : null;
        if (algorithm === null || digest === null) {
            problems.push({ place: `${place}/${k}`, message: 'checksum needs algorithm and checksumValue; skipped' });
            return;
        }
        const id = normaliseAlgorithm(algorithm.slice(0, 64));
        const hex = digest.length <= 1024 ? digest.trim().toLowerCase() : '';
        if (!isPlausibleDigest(id, hex)) {
            problems.push({ place: `${place}/${k}/checksumValue`, message: `not a ${id} digest in hex; skipped` });
            return;
        }
        out[id] ??= hex;
    });
    return Object.keys(out).length > 0 ? out : null;
}

;// CONCATENATED MODULE: ./build/ingest/spdx/relationships.js
/**
 * "A X_DEPENDENCY_OF B" means A is a dependency of B (SPDX 2.3 clause 11.1). SPDX 2.3 types, plus DEV_DEPENDENCY,
 * which is not an SPDX type but is named in issues about real files; read like DEV_DEPENDENCY_OF. BUILD and TEST
 * dependencies and the DEV/BUILD/TEST_TOOL_OF tools count as development (not needed to run the thing).
 * OPTIONAL_DEPENDENCY_OF is its own kind: a run-time edge that makes what is only reached through such edges
 * optional (flags.ts). PROVIDED is run time. "A PREREQUISITE_FOR B" is how npm writes a peer dependency of B
 * (lib/utils/sbom-spdx.js); arborist follows peer edges like any other, so it is a run-time edge here.
 */
const DEPENDENCY_OF = {
    DEPENDENCY_OF: 'runtime',
    RUNTIME_DEPENDENCY_OF: 'runtime',
    PROVIDED_DEPENDENCY_OF: 'runtime',
    PREREQUISITE_FOR: 'runtime',
    OPTIONAL_DEPENDENCY_OF: 'optional',
    DEV_DEPENDENCY_OF: 'development',
    DEV_DEPENDENCY: 'development',
    TEST_DEPENDENCY_OF: 'development',
    BUILD_DEPENDENCY_OF: 'development',
    DEV_TOOL_OF: 'development',
    BUILD_TOOL_OF: 'development',
    TEST_TOOL_OF: 'development',
};
const relationships_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const id = (v) => (typeof v === 'string' && v.length > 0 && v.length <= 4096 ? v : null);
function readRelationships(document, documentId, problems) {
    const list = Array.isArray(document.relationships) ? document.relationships : [];
    if (document.relationships !== undefined && !Array.isArray(document.relationships)) {
        problems.push({ place: '/relationships', message: 'relationships is not an array; the document is read without edges' });
    }
    const described = new Set();
    if (Array.isArray(document.documentDescribes))
        for (const d of document.documentDescribes)
            if (id(d))
                described.add(d);
    // Two passes: whether an *_OF relationship is written backwards depends on knowing the described packages.
    const read = [];
    list.forEach((r, i) => {
        const element = relationships_isObject(r) ? id(r.spdxElementId) : null;
        const related = relationships_isObject(r) ? id(r.relatedSpdxElement) : null;
        const rawType = relationships_isObject(r) && typeof r.relationshipType === 'string' && r.relationshipType.length <= 64 ? r.relationshipType : null;
        if (element === null || related === null || rawType === null) {
            problems.push({ place: `/relationships/${i}`, message: 'relationship needs spdxElementId, relationshipType and relatedSpdxElement; skipped' });
            return;
        }
        // SPDX 2.2 files and some tools write "DEPENDS-ON"; the meaning is the same.
        const type = rawType.toUpperCase().replaceAll('-', '_');
        if (type === 'DESCRIBES' && element === documentId)
            described.add(related);
        else if (type === 'DESCRIBED_BY' && related === documentId)
            described.add(element);
        else
            read.push([element, type, related]);
    });
    const ids = [];
    const indexOf = new Map();
    const number = (spdxId) => {
        let i = indexOf.get(spdxId);
        if (i === undefined) {
            i = ids.length;
            ids.push(spdxId);
            indexOf.set(spdxId, i);
        }
        return i;
    };
    const from = [];
    const to = [];
    const development = [];
    const optional = [];
    const add = (a, b, kind) => {
        from.push(number(a));
        to.push(number(b));
        development.push(kind === 'development');
        optional.push(kind === 'optional');
    };
    let contains = 0;
    let reversed = 0;
    for (const [element, type, related] of read) {
        if (type === 'DEPENDS_ON' || type === 'HAS_PREREQUISITE')
            add(element, related, 'runtime');
        else if (type === 'CONTAINS' || type === 'CONTAINED_BY')
            contains++;
        else if (Object.hasOwn(DEPENDENCY_OF, type)) {
            const kind = DEPENDENCY_OF[type];
            // The described package is what the document is about; it cannot be a dependency of its own
            // dependency, so "ROOT DEV_DEPENDENCY_OF x" (seen in generated files) means x is a dev dependency of ROOT.
            if (described.has(element) && !described.has(related)) {
                add(element, related, kind);
                reversed++;
            }
            else
                add(related, element, kind);
        }
    }
    return { described, graph: { ids, indexOf, from, to, development, optional }, contains, reversed };
}

;// CONCATENATED MODULE: ./build/ingest/spdx/parse.js





const parse_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * SPDX 2.x JSON: `spdxVersion: "SPDX-2.x"`; also an `SPDXID` with `packages`, so a lost version gets a clear error.
 * SPDX 3.0 JSON-LD is claimed too, only to refuse it by name: otherwise it would be "not a format depindex reads".
 */
function spdx_parse_detect({ json }) {
    if (!parse_isObject(json) || 'bomFormat' in json)
        return false;
    if (isSpdx3Context(json['@context']))
        return true;
    if (typeof json.spdxVersion === 'string')
        return json.spdxVersion.startsWith('SPDX-');
    return typeof json.SPDXID === 'string' && Array.isArray(json.packages);
}
/**
 * SPDX 3 serialises as JSON-LD whose @context is spdx.org's ("https://spdx.org/rdf/3.0.1/spdx-context.jsonld"),
 * alone or in a list. Its elements live in a flat @graph, a different model from 2.x's packages and relationships.
 */
function isSpdx3Context(context) {
    const names = Array.isArray(context) ? context : [context];
    return names.some((c) => typeof c === 'string' && c.includes('spdx.org/rdf/3'));
}
function spdx_parse_parse({ json, path }) {
    if (!parse_isObject(json))
        return { ok: false, error: 'not an SPDX document: the top level is not an object' };
    if (isSpdx3Context(json['@context']))
        return { ok: false, error: 'SPDX 3.0 (JSON-LD) is not supported yet; export SPDX 2.3 JSON', place: '/@context' };
    const version = typeof json.spdxVersion === 'string' ? /^SPDX-(\d{1,3})\.(\d{1,3})$/.exec(json.spdxVersion) : null;
    if (version === null) {
        const what = json.spdxVersion === undefined ? 'has no "spdxVersion"' : '"spdxVersion" is not like "SPDX-2.3"';
        return { ok: false, error: `cannot read this SPDX document: it ${what}; supported: SPDX-2.2 and SPDX-2.3 JSON`, place: '/spdxVersion' };
    }
    if (version[1] !== '2')
        return { ok: false, error: `${version[0]} is not supported; supported: SPDX-2.2 and SPDX-2.3 JSON`, place: '/spdxVersion' };
    const notes = [];
    if (version[2] !== '2' && version[2] !== '3')
        notes.push(`${version[0]} read as SPDX-2.3`);
    const problems = [];
    const documentId = typeof json.SPDXID === 'string' ? json.SPDXID : 'SPDXRef-DOCUMENT';
    const relationships = readRelationships(json, documentId, problems);
    const flags = computeFlags(relationships);
    const packages = Array.isArray(json.packages) ? json.packages : [];
    if (json.packages !== undefined && !Array.isArray(json.packages))
        problems.push({ place: '/packages', message: 'packages is not an array; none were read' });
    const kept = new Map();
    const ids = new Set();
    let withoutPurl = 0;
    let generic = 0;
    let subjects = 0;
    packages.forEach((pkg, i) => {
        const place = `/packages/${i}`;
        const spdxId = parse_isObject(pkg) && typeof pkg.SPDXID === 'string' && pkg.SPDXID.length > 0 && pkg.SPDXID.length <= 4096 ? pkg.SPDXID : null;
        if (!parse_isObject(pkg) || spdxId === null) {
            problems.push({ place, message: parse_isObject(pkg) ? 'package has no usable SPDXID; skipped' : 'package is not an object; skipped' });
            return;
        }
        if (ids.has(spdxId)) {
            problems.push({ place: `${place}/SPDXID`, message: 'SPDXID is already used by an earlier package; skipped' });
            return;
        }
        ids.add(spdxId);
        // The described package is the project or image itself, whatever its purl: not one of its dependencies.
        if (relationships.described.has(spdxId)) {
            subjects++;
            return;
        }
        const locator = purlReference(pkg);
        if (locator === null) {
            // A library, framework or application without a purl is indexed under a generic one (generic-purl.ts).
            const purpose = pkg.primaryPackagePurpose;
            const purl = purpose === undefined || isPackageKind(purpose) ? genericPurl(null, pkg.name, pkg.versionInfo) : null;
            if (purl === null)
                withoutPurl++;
            else {
                generic++;
                const fields = readPackage(pkg, purl, place, problems);
                if (fields !== null)
                    kept.set(spdxId, fields);
            }
            return;
        }
        const fields = readPackage(pkg, locator, place, problems);
        if (fields !== null)
            kept.set(spdxId, fields);
    });
    const { graph } = relationships;
    const dependencies = [];
    for (const [ref, fields] of kept) {
        const node = graph.indexOf.get(ref);
        dependencies.push({
            ref,
            ...fields,
            direct: flags.direct === null ? null : node !== undefined && flags.direct[node] === 1,
            development: null,
            ...(flags.optional !== null && { optional: node === undefined || flags.optional[node] === 0 ? null : flags.optional[node] === 2 }),
        });
    }
    // Edges between kept packages, each once: per source node, a target seen in this round is skipped.
    const edges = [];
    const lastSource = new Int32Array(graph.ids.length).fill(-1);
    graph.ids.forEach((from, node) => {
        if (!kept.has(from))
            return;
        forEachEdge(flags.adjacency, node, (k) => {
            const target = graph.to[k];
            const to = graph.ids[target];
            if (target === node || lastSource[target] === node || !kept.has(to))
                return;
            lastSource[target] = node;
            edges.push([from, to]);
        });
    });
    if (generic > 0)
        notes.push(`${generic} packages without a purl (libraries, frameworks, applications) are kept as pkg:generic`);
    if (withoutPurl > 0)
        notes.push(`skipped ${withoutPurl} packages without a purl`);
    if (subjects > 0)
        notes.push(`${subjects === 1 ? 'the described package is' : `the ${subjects} described packages are`} the subject of the document, not a dependency`);
    if (relationships.contains > 0)
        notes.push(`${relationships.contains} CONTAINS/CONTAINED_BY relationships say what is inside what, not what depends on what; not read as edges`);
    if (relationships.reversed > 0)
        notes.push(`${relationships.reversed} *_DEPENDENCY_OF relationships name the described package as the dependency; read the other way round`);
    return { ok: true, value: { sets: [{ file: path, packageManager: null, dependencies, edges, ...(flags.walk && { walk: flags.walk }) }], problems, notes } };
}
const spdx_parse_parser = {
    id: 'spdx',
    description: 'SPDX 2.2/2.3 JSON',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
    detect: spdx_parse_detect,
    parse: spdx_parse_parse,
};

// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
;// CONCATENATED MODULE: ./build/ingest/manifests/package-json/declared.js


const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** Pure; accepts the text of a package.json or its parsed value. Entries whose range is not a string are skipped. */
function declaredDependencies(input) {
    let value = input;
    if (typeof input === 'string') {
        try {
            value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
        }
        catch (e) {
            return (0,result/* err */._)(`package.json is not valid JSON: ${e.message}`);
        }
    }
    if (!isJsonObject(value))
        return (0,result/* err */._)('package.json is not a JSON object');
    const maps = Object.fromEntries(KINDS.map((kind) => [kind, stringMap(value[kind])]));
    return (0,result.ok)({ ...maps, workspaces: workspaceGlobs(value.workspaces) });
}
function stringMap(value) {
    const out = new Map();
    if (!isJsonObject(value))
        return out;
    for (const [name, range] of Object.entries(value))
        if (typeof range === 'string')
            out.set(name, range);
    return out;
}
function workspaceGlobs(value) {
    const list = isJsonObject(value) ? value.packages : value;
    if (!Array.isArray(list))
        return null;
    const globs = list.filter((g) => typeof g === 'string');
    return globs.length > 0 ? globs : null;
}

;// CONCATENATED MODULE: ./build/model/problem.js
function jsonPointer(...segments) {
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

// EXTERNAL MODULE: ./build/ecosystems/npm/index.js
var npm = __webpack_require__(19318);
;// CONCATENATED MODULE: ./build/ingest/lockfiles/shared/npm-purl.js


/**
 * pkg:npm purl from an npm package name as lock files write it ("@scope/name" or "name"). Stricter than the
 * ecosystem's split: a lock file naming a bare or empty scope is damaged, so it is reported, not guessed at.
 */
function npmPurl(name, version) {
    if (name.startsWith('@')) {
        const slash = name.indexOf('/');
        if (slash <= 1 || slash === name.length - 1)
            return { ok: false, error: `"${name}" is not an npm package name (a scope needs "@scope/name")` };
    }
    if (name.length === 0)
        return { ok: false, error: 'the package name is empty' };
    const [namespace, local] = npm/* npm */.w.splitName(name);
    return (0,shared_purl/* buildPurl */.Eq)('npm', namespace, local, version);
}
/** "name@range" keys (yarn, pnpm): the "@" that separates is the first one after position 0. */
function splitNameAt(key) {
    const at = key.indexOf('@', 1);
    if (at <= 0)
        return null;
    return { name: key.slice(0, at), rest: key.slice(at + 1) };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./build/ingest/lockfiles/npm-lock/peers.js


/**
 * Peer dependencies a lock leaves unmet, as npm itself judges them: `npm sbom` refuses such a lock with
 * ESBOMPROBLEMS ("missing: typescript@>= 2.7, required by tsutils@3.21.0", "invalid: ajv@6.12.6, >=8 required
 * by ..."; npm lib/commands/sbom.js detectErrors over arborist's edge.missing / edge.invalid). depindex reads the
 * lock anyway, and says which packages npm would complain about, so the refusal elsewhere is not a surprise.
 * A peer marked optional in `peerDependenciesMeta` may be missing (arborist: an optional edge is never missing).
 */
class PeerCheck {
    problems = [];
    /** npm reports each problem once however many install paths repeat it; so does this. */
    seen = new Set();
    /** `from` is the install path of the package declaring the peer; `entry` its lock entry. */
    missing(from, entry, name, range) {
        if (isOptionalPeer(entry, name))
            return;
        const wanted = `${name}@${typeof range === 'string' ? range : '*'}`;
        this.add(from, name, `${wanted}|${idOf(from, entry)}`, `peer dependency ${wanted} of ${idOf(from, entry)} is not in the lock file (npm sbom refuses this lock: "missing")`);
    }
    /**
     * The installed version must satisfy the declared range, the way arborist's depValid compares (loose semver).
     * Ranges that are no semver range (tags, URLs, "npm:" aliases, "workspace:") are not judged here.
     */
    installed(from, entry, name, range, target) {
        if (typeof range !== 'string' || range === '*' || range === '' || semver.validRange(range, { loose: true }) === null)
            return;
        const version = target?.version;
        if (typeof version !== 'string' || semver.valid(version, { loose: true }) === null)
            return;
        if (semver.satisfies(version, range, { loose: true }))
            return;
        const found = `${name}@${version}`;
        this.add(from, name, `${found}|${range}|${idOf(from, entry)}`, `peer dependency ${name}@${range} of ${idOf(from, entry)} is not met: the lock has ${found} (npm sbom refuses this lock: "invalid")`);
    }
    add(from, name, key, message) {
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.problems.push({ place: jsonPointer('packages', from, 'peerDependencies', name), message });
    }
}
function isOptionalPeer(entry, name) {
    const meta = entry.peerDependenciesMeta;
    if (typeof meta !== 'object' || meta === null)
        return false;
    const one = meta[name];
    return typeof one === 'object' && one !== null && one.optional === true;
}
/** name@version as npm's messages write it (arborist's pkgid); the name from the path when the entry has none. */
function idOf(path, entry) {
    const at = path.lastIndexOf('node_modules/');
    const name = typeof entry.name === 'string' ? entry.name : at >= 0 ? path.slice(at + 'node_modules/'.length) : path || 'the project';
    return typeof entry.version === 'string' ? `${name}@${entry.version}` : name;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/npm-lock/packages.js





const NODE_MODULES = 'node_modules/';
/** Installed packages get these edges; npm installs devDependencies only for the root and workspaces. */
const INSTALLED_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const LOCAL_KINDS = [...INSTALLED_KINDS, 'devDependencies'];
/**
 * lockfileVersion 2 and 3: `packages` keyed by install path. Refs are those paths. Entries outside any
 * node_modules folder ("" and workspace folders) are the project's own code: not dependencies, but what they
 * depend on is direct. `link: true` entries point at such folders.
 */
function readPackages(packages) {
    const dependencies = [];
    const edges = [];
    const problems = [];
    const installed = new Set();
    const locals = [];
    for (const path of Object.keys(packages)) {
        const entry = packages[path];
        const place = () => jsonPointer('packages', path);
        if (!isJsonObject(entry)) {
            problems.push({ place: place(), message: 'the entry is not an object' });
            continue;
        }
        if (entry.link === true) {
            // The folder it links to is a workspace or file: folder, listed under its own key.
            if (typeof entry.resolved !== 'string')
                problems.push({ place: place(), message: 'a link entry without "resolved" (the folder it links to)' });
            continue;
        }
        const pathName = installedName(path);
        if (pathName === null) {
            locals.push(path);
            continue;
        }
        const name = typeof entry.name === 'string' ? entry.name : pathName;
        if (typeof entry.version !== 'string' || entry.version.length === 0) {
            problems.push({ place: `${place()}/version`, message: `${name} has no version` });
            continue;
        }
        const purl = npmPurl(name, entry.version);
        if (!purl.ok) {
            problems.push({ place: place(), message: purl.error });
            continue;
        }
        installed.add(path);
        dependencies.push({
            ref: path,
            purl: purl.value,
            direct: false,
            // devOptional packages are installed by `npm install --omit=dev` (as optional dependencies of runtime
            // code), so they count as runtime; extraneous ones are reachable from nothing, so nobody knows.
            development: entry.extraneous === true ? null : entry.dev === true,
            // npm's own CycloneDX writes scope "optional" for exactly these (lib/utils/sbom-cyclonedx.js): only optional
            // dependencies lead to it, or (devOptional) optional ones at run time and development ones otherwise.
            optional: entry.extraneous === true ? null : entry.optional === true || entry.devOptional === true,
            licenses: typeof entry.license === 'string' ? [entry.license] : null,
            checksums: typeof entry.integrity === 'string' ? checksumsFromIntegrity(entry.integrity) : null,
            source: typeof entry.resolved === 'string' ? entry.resolved : null,
        });
    }
    // Node's lookup: <dir>/node_modules/<name>, then the same from each parent directory up to the root.
    // The folders above a package are listed once per package; each name is then one map lookup, with no
    // string built per dependency (this is what keeps a 50,000-package lock fast).
    const placed = placedByFolder(packages, installed);
    const peers = new PeerCheck();
    const follow = (from, kinds, onTarget) => {
        const entry = packages[from];
        if (!isJsonObject(entry))
            return;
        const chain = [];
        for (let dir = from; dir !== null; dir = parentDir(dir)) {
            const here = placed.get(dir);
            if (here)
                chain.push(here);
        }
        for (const kind of kinds) {
            const declared = entry[kind];
            if (!isJsonObject(declared))
                continue;
            for (const name of Object.keys(declared)) {
                let to;
                for (const here of chain)
                    if ((to = here.get(name)) !== undefined)
                        break;
                if (kind === 'peerDependencies') {
                    if (to === undefined)
                        peers.missing(from, entry, name, declared[name]);
                    else if (to !== null)
                        peers.installed(from, entry, name, declared[name], objectOrUndefined(packages[to]));
                }
                if (to === undefined) {
                    if (kind !== 'optionalDependencies' && kind !== 'peerDependencies') {
                        problems.push({ place: jsonPointer('packages', from, kind, name), message: `${name} is not in the lock file where Node would look for it` });
                    }
                }
                else if (to !== null) {
                    onTarget(to);
                }
            }
        }
    };
    const direct = new Set();
    for (const local of locals)
        follow(local, LOCAL_KINDS, (to) => direct.add(to));
    for (const path of installed)
        follow(path, INSTALLED_KINDS, (to) => edges.push([path, to]));
    return {
        dependencies: dependencies.map((d) => (direct.has(d.ref) ? { ...d, direct: true } : d)),
        edges,
        problems: [...problems, ...peers.problems],
    };
}
/**
 * The package name when `path` is an install path ("a/node_modules/@s/b" -> "@s/b"), else null (a folder of
 * the project itself). The name is not validated here: a bad one is reported when its purl is built.
 */
function installedName(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    if (at < 0 || (at > 0 && path[at - 1] !== '/'))
        return null;
    const name = path.slice(at + NODE_MODULES.length);
    const slash = name.indexOf('/');
    if (name.length === 0)
        return null;
    return slash < 0 || (name.startsWith('@') && name.indexOf('/', slash + 1) < 0) ? name : null;
}
/**
 * folder -> package name -> install path, for every entry under a node_modules folder. Links and unusable
 * entries map to null: Node would stop there, but there is no third-party package to point an edge at.
 */
function placedByFolder(packages, installed) {
    const placed = new Map();
    for (const path of Object.keys(packages)) {
        const name = installedName(path);
        if (name === null)
            continue;
        const folder = path.length === NODE_MODULES.length + name.length ? '' : path.slice(0, path.length - NODE_MODULES.length - name.length - 1);
        let here = placed.get(folder);
        if (!here)
            placed.set(folder, (here = new Map()));
        here.set(name, installed.has(path) ? path : null);
    }
    return placed;
}
function parentDir(dir) {
    if (dir === '')
        return null;
    const slash = dir.lastIndexOf('/');
    return slash < 0 ? '' : dir.slice(0, slash);
}
function objectOrUndefined(value) {
    return isJsonObject(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/npm-lock/legacy.js




/**
 * lockfileVersion 1: nested `dependencies` mirroring node_modules, `requires` naming what each one needs.
 * A `requires` name resolves like Node does: the package's own nested dependencies, then each enclosing level.
 * Which packages are direct is only in package.json: without it, `direct` stays null.
 */
function readLegacy(root, declared) {
    const dependencies = [];
    const edges = [];
    const problems = [];
    const declaredNames = declared ? new Set([...declared.dependencies.keys(), ...declared.devDependencies.keys(), ...declared.optionalDependencies.keys(), ...declared.peerDependencies.keys()]) : null;
    const localRequires = new Set();
    const pending = [];
    placeLevel(root, '', null, ['dependencies'], pending, problems);
    for (let i = 0; i < pending.length; i++) {
        const item = pending[i];
        if (!item)
            continue;
        const nested = isJsonObject(item.entry.dependencies) ? item.entry.dependencies : null;
        // From here on, `scope` is where this package's own lookups start: its nested level when it has one.
        const scope = nested ? placeLevel(nested, item.ref + '/', item.scope, [...item.pointer, 'dependencies'], pending, problems) : item.scope;
        pending[i] = { ...item, scope };
    }
    for (const { ref, entry, scope, pointer } of pending) {
        const place = jsonPointer(...pointer);
        const name = ref.slice(ref.lastIndexOf('node_modules/') + 13);
        const isTop = ref.indexOf('/node_modules/') < 0;
        const identity = identify(name, entry);
        if (identity === 'local') {
            // The project's own folder (file:): what it requires is declared by the project, so direct.
            if (declaredNames && isJsonObject(entry.requires)) {
                for (const required of Object.keys(entry.requires)) {
                    const to = lookup(scope, required);
                    if (typeof to === 'string')
                        localRequires.add(to);
                }
            }
            continue;
        }
        if (typeof identity === 'string') {
            problems.push({ place, message: identity });
            continue;
        }
        const purl = npmPurl(identity.name, identity.version);
        if (!purl.ok) {
            problems.push({ place, message: purl.error });
            continue;
        }
        const integrity = typeof entry.integrity === 'string' ? checksumsFromIntegrity(entry.integrity) : null;
        dependencies.push({
            ref,
            purl: purl.value,
            direct: declaredNames ? isTop && declaredNames.has(name) : null,
            development: entry.dev === true,
            // lockfileVersion 1 has no devOptional; `optional: true` is npm's own mark.
            optional: entry.optional === true,
            licenses: null,
            checksums: integrity,
            source: identity.source ?? (typeof entry.resolved === 'string' ? entry.resolved : null),
        });
        if (!isJsonObject(entry.requires))
            continue;
        for (const required of Object.keys(entry.requires)) {
            const to = lookup(scope, required);
            if (to === undefined)
                problems.push({ place: jsonPointer(...pointer, 'requires', required), message: `${required} is not in the lock file where Node would look for it` });
            else if (to !== null)
                edges.push([ref, to]);
        }
    }
    return { dependencies: dependencies.map((d) => (localRequires.has(d.ref) ? { ...d, direct: true } : d)), edges, problems };
}
/** Registers one level of nested dependencies and queues its entries; returns the level's scope. */
function placeLevel(level, prefix, parent, pointer, pending, problems) {
    const scope = { refs: new Map(), parent };
    for (const [name, entry] of Object.entries(level)) {
        if (!isJsonObject(entry)) {
            problems.push({ place: jsonPointer(...pointer, name), message: 'the entry is not an object' });
            continue;
        }
        const ref = `${prefix}node_modules/${name}`;
        scope.refs.set(name, identify(name, entry) === 'local' ? null : ref);
        pending.push({ ref, entry, scope, pointer: [...pointer, name] });
    }
    return scope;
}
/** From a package's own nested level (or, without one, the level it sits in) up to the root level. */
function lookup(scope, name) {
    for (let s = scope; s !== null; s = s.parent) {
        if (s.refs.has(name))
            return s.refs.get(name);
    }
    return undefined;
}
/**
 * v1 writes what was installed in `version`: a semver, "npm:<real name>@<version>" for an alias, a git URL
 * with the commit after "#", or "file:<path>" for the project's own folders (not third-party code).
 */
function identify(name, entry) {
    const version = entry.version;
    if (typeof version !== 'string' || version.length === 0)
        return `${name} has no version`;
    if (version.startsWith('file:') || version.startsWith('link:'))
        return 'local';
    if (version.startsWith('npm:')) {
        const alias = splitNameAt(version.slice(4));
        return alias ? { name: alias.name, version: alias.rest } : `${name}: alias "${version}" names no version`;
    }
    const hash = version.lastIndexOf('#');
    if (hash > 0 && (version.includes('://') || /^(git|github|gitlab|bitbucket|gist):/.test(version))) {
        return { name, version: version.slice(hash + 1), source: version };
    }
    return { name, version };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/npm-lock/parse.js




const npm_lock_parse_parser = {
    id: 'npm-lock',
    description: 'npm package-lock.json / npm-shrinkwrap.json (lockfileVersion 1-3)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
    // lockfileVersion 1 does not say which dependencies are direct; package.json beside it does.
    companions: ['package.json'],
    detect: ({ json }) => isJsonObject(json) && typeof json.lockfileVersion === 'number',
    parse: npm_lock_parse_parse,
};
function npm_lock_parse_parse({ json, path, companions }) {
    if (!isJsonObject(json))
        return { ok: false, error: 'not a JSON object' };
    const version = json.lockfileVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 3) {
        return { ok: false, error: `lockfileVersion ${String(version)} is not one depindex knows (1, 2 or 3)`, place: '/lockfileVersion' };
    }
    const notes = [];
    let graph;
    // Version 2 writes both sections; "packages" is the complete one (workspaces, aliases by real name).
    if (version >= 2 && isJsonObject(json.packages)) {
        graph = readPackages(json.packages);
    }
    else if (version >= 2 && 'packages' in json) {
        return { ok: false, error: '"packages" is not an object', place: '/packages' };
    }
    else {
        if ('dependencies' in json && !isJsonObject(json.dependencies))
            return { ok: false, error: '"dependencies" is not an object', place: '/dependencies' };
        const manifest = companions.get('package.json');
        const declared = manifest === undefined ? null : declaredDependencies(manifest);
        if (declared === null)
            notes.push('lockfileVersion 1 does not say which dependencies are direct and no package.json was found beside it: direct is unknown');
        else if (!declared.ok)
            notes.push(`${declared.error}: which dependencies are direct is unknown`);
        graph = readLegacy(isJsonObject(json.dependencies) ? json.dependencies : {}, declared?.ok ? declared.value : null);
    }
    return {
        ok: true,
        value: {
            sets: [{ file: path, packageManager: 'npm', dependencies: graph.dependencies, edges: graph.edges }],
            problems: graph.problems,
            notes,
        },
    };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/yarn-lock/v1.js


/**
 * yarn.lock v1 is yarn's own line format, not YAML: a header of comma-separated descriptors ending in ":",
 * then "  key value" fields and "  dependencies:" blocks of "    name range" lines.
 */
function readV1(text) {
    const problems = [];
    const raw = [];
    let current = null;
    let block = null;
    let lineNo = 0;
    for (const rawLine of text.split('\n')) {
        lineNo++;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        const trimmed = line.trim();
        if (trimmed.length === 0 || trimmed.startsWith('#'))
            continue;
        const indent = line.length - line.trimStart().length;
        if (indent === 0) {
            block = null;
            if (!trimmed.endsWith(':')) {
                current = null;
                problems.push({ place: `line ${lineNo}`, message: 'expected an entry header ending in ":"' });
                continue;
            }
            current = { line: lineNo, descriptors: splitDescriptors(trimmed.slice(0, -1)), fields: new Map(), maps: new Map() };
            raw.push(current);
            continue;
        }
        if (!current)
            continue; // inside an entry whose header was already reported
        const pair = keyAndValue(trimmed);
        if (!pair) {
            problems.push({ place: `line ${lineNo}`, message: 'cannot read this line (an unclosed quote?)' });
            continue;
        }
        if (indent <= 2) {
            block = null;
            if (pair.value === null)
                current.maps.set(pair.key, (block = new Map()));
            else
                current.fields.set(pair.key, pair.value);
        }
        else if (block && pair.value !== null) {
            block.set(pair.key, pair.value);
        }
    }
    const entries = [];
    for (const r of raw) {
        const entry = toEntry(r);
        if (typeof entry === 'string')
            problems.push({ place: `line ${r.line}`, message: entry });
        else
            entries.push(entry);
    }
    return { entries, problems };
}
function toEntry(r) {
    const first = r.descriptors[0];
    const split = first === undefined ? null : splitNameAt(first);
    if (!split)
        return `"${first ?? ''}" is not a package descriptor (name@range)`;
    const version = r.fields.get('version');
    if (!version)
        return `${split.name} has no version`;
    // An alias descriptor ("string-width-cjs@npm:string-width@^4") installs the package named after "npm:".
    const alias = split.rest.startsWith('npm:') ? splitNameAt(split.rest.slice(4)) : null;
    const resolved = r.fields.get('resolved') ?? null;
    const hash = resolved?.lastIndexOf('#') ?? -1;
    const checksums = {};
    const integrity = r.fields.get('integrity');
    const fromIntegrity = integrity ? checksumsFromIntegrity(integrity) : null;
    if (fromIntegrity)
        Object.assign(checksums, fromIntegrity);
    // The fragment of a registry URL is the tarball's sha1 (yarn v1 wrote it before "integrity" existed).
    const fragment = resolved && hash > 0 ? resolved.slice(hash + 1) : '';
    if (/^[0-9a-f]{40}$/.test(fragment) && !resolved?.startsWith('git'))
        checksums.sha1 ??= fragment;
    const optional = r.maps.get('optionalDependencies') ?? new Map();
    return {
        descriptors: r.descriptors,
        place: `line ${r.line}`,
        name: alias ? alias.name : split.name,
        version,
        local: null,
        checksums: Object.keys(checksums).length > 0 ? checksums : null,
        source: resolved && hash > 0 && fragment.length === 40 ? resolved.slice(0, hash) : resolved,
        dependencies: [...(r.maps.get('dependencies') ?? new Map()), ...optional],
        optional: new Set(optional.keys()),
    };
}
/** `"a@^1", a@^2` -> ["a@^1", "a@^2"]. */
function splitDescriptors(header) {
    const out = [];
    let pos = 0;
    while (pos < header.length) {
        while (header[pos] === ' ' || header[pos] === ',')
            pos++;
        if (pos >= header.length)
            break;
        if (header[pos] === '"') {
            const close = closingQuote(header, pos);
            const token = close < 0 ? header.slice(pos + 1) : unquote(header.slice(pos, close + 1));
            out.push(token);
            pos = close < 0 ? header.length : close + 1;
        }
        else {
            const comma = header.indexOf(',', pos);
            const end = comma < 0 ? header.length : comma;
            out.push(header.slice(pos, end).trim());
            pos = end;
        }
    }
    return out;
}
/** `key value`, `"key" "value"`, `key:` (a block follows: value null). */
function keyAndValue(content) {
    let key;
    let rest;
    if (content.startsWith('"')) {
        const close = closingQuote(content, 0);
        if (close < 0)
            return null;
        key = unquote(content.slice(0, close + 1));
        rest = content.slice(close + 1);
    }
    else {
        const space = content.indexOf(' ');
        key = space < 0 ? content : content.slice(0, space);
        rest = space < 0 ? '' : content.slice(space);
    }
    if (key.endsWith(':') && !content.startsWith('"'))
        key = key.slice(0, -1);
    rest = rest.trim();
    if (rest.startsWith(':'))
        rest = rest.slice(1).trim();
    if (rest.length === 0)
        return { key, value: null };
    if (rest.startsWith('"')) {
        const close = closingQuote(rest, 0);
        if (close < 0)
            return null;
        return { key, value: unquote(rest.slice(0, close + 1)) };
    }
    return { key, value: rest };
}
function closingQuote(s, open) {
    for (let i = open + 1; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '"')
            return i;
    }
    return -1;
}
function unquote(quoted) {
    try {
        const value = JSON.parse(quoted);
        return typeof value === 'string' ? value : quoted.slice(1, -1);
    }
    catch {
        return quoted.slice(1, -1);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/ingest/text/yaml-scalars.js
class Unsupported extends Error {
}
function readValue(text, schema) {
    const first = text[0];
    if (first === '"' || first === "'") {
        const close = yaml_scalars_closingQuote(text, 0);
        if (close < 0 || !isBlankOrComment(text.slice(close + 1)))
            throw new Unsupported();
        return yaml_scalars_unquote(text.slice(0, close + 1));
    }
    if (first === '{' || first === '[') {
        const flow = new FlowReader(text, schema);
        const value = flow.value(0);
        if (!isBlankOrComment(text.slice(flow.pos)))
            throw new Unsupported();
        return value;
    }
    if (first === undefined || '&*!|>%@`'.includes(first))
        throw new Unsupported();
    // "- x", "? x", ": x" start a block sequence, explicit key or value, never a plain scalar ("- - x" is [[x]]).
    if ((first === '-' || first === '?' || first === ':') && (text.length === 1 || text[1] === ' '))
        throw new Unsupported();
    return plain(text, schema);
}
function isBlankOrComment(s) {
    const t = s.trim();
    return t.length === 0 || (t.startsWith('#') && /^\s/.test(s));
}
/** Index of the quote closing the one at `open`, or -1. */
function yaml_scalars_closingQuote(s, open) {
    const q = s[open];
    for (let i = open + 1; i < s.length; i++) {
        const c = s[i];
        if (q === '"' && c === '\\')
            i++;
        else if (c === q) {
            if (q === "'" && s[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
function yaml_scalars_unquote(quoted) {
    if (quoted.startsWith("'"))
        return quoted.slice(1, -1).replace(/''/g, "'");
    try {
        const value = JSON.parse(quoted);
        if (typeof value === 'string')
            return value;
    }
    catch {
        // YAML-only escapes (\x41, \e ...): let the real parser read the file.
    }
    throw new Unsupported();
}
const CORE_NULL = new Set(['~', 'null', 'Null', 'NULL']);
const CORE_TRUE = new Set(['true', 'True', 'TRUE']);
const CORE_FALSE = new Set(['false', 'False', 'FALSE']);
/** First characters a non-string core-schema scalar can start with: digits + - . ~ n N t T f F. */
const CORE_STARTS = new Set('0123456789+-.~nNtTfF');
function plain(text, schema) {
    if (schema === 'failsafe' || !CORE_STARTS.has(text[0] ?? ''))
        return text;
    if (CORE_NULL.has(text))
        return null;
    if (CORE_TRUE.has(text))
        return true;
    if (CORE_FALSE.has(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number(text);
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text))
        return NaN;
    return text;
}
/** One-line flow collections: `{integrity: sha512-..., tarball: https://...}`, `[x64, arm64]`. */
class FlowReader {
    s;
    schema;
    pos = 0;
    constructor(s, schema) {
        this.s = s;
        this.schema = schema;
    }
    value(depth) {
        if (depth > 20)
            throw new Unsupported();
        this.skipSpaces();
        const c = this.s[this.pos];
        if (c === '{')
            return this.collection('}', depth);
        if (c === '[')
            return this.collection(']', depth);
        if (c === '"' || c === "'")
            return this.quoted();
        return this.plainScalar(false);
    }
    collection(close, depth) {
        this.pos++;
        const map = {};
        const list = [];
        for (;;) {
            this.skipSpaces();
            if (this.s[this.pos] === close) {
                this.pos++;
                return close === '}' ? map : list;
            }
            if (close === '}') {
                const c = this.s[this.pos];
                const key = c === '"' || c === "'" ? this.quoted() : this.plainScalar(true);
                this.skipSpaces();
                if (this.s[this.pos] === ':') {
                    this.pos++;
                    map[String(key)] = this.value(depth + 1);
                }
                else {
                    map[String(key)] = null;
                }
            }
            else {
                list.push(this.value(depth + 1));
            }
            this.skipSpaces();
            const sep = this.s[this.pos];
            if (sep === ',')
                this.pos++;
            else if (sep !== close)
                throw new Unsupported();
        }
    }
    quoted() {
        const close = yaml_scalars_closingQuote(this.s, this.pos);
        if (close < 0)
            throw new Unsupported();
        const value = yaml_scalars_unquote(this.s.slice(this.pos, close + 1));
        this.pos = close + 1;
        return value;
    }
    plainScalar(isKey) {
        const begin = this.pos;
        while (this.pos < this.s.length) {
            const c = this.s[this.pos];
            if (c === ',' || c === '}' || c === ']' || c === '[' || c === '{')
                break;
            if (isKey && c === ':' && /[\s,}\]]/.test(this.s[this.pos + 1] ?? ' '))
                break;
            if (c === '#' && this.s[this.pos - 1] === ' ')
                throw new Unsupported();
            this.pos++;
        }
        const text = this.s.slice(begin, this.pos).trim();
        if (text.length === 0 || '&*!|>%@`'.includes(text[0] ?? ''))
            throw new Unsupported();
        return plain(text, this.schema);
    }
    skipSpaces() {
        while (this.s[this.pos] === ' ')
            this.pos++;
    }
}

;// CONCATENATED MODULE: ./build/ingest/text/block-yaml.js


/**
 * `schema`: "failsafe" keeps every plain scalar a string (as yarn berry reads its lock); "core" is YAML 1.2.
 * `lineLevels`: how many levels of collections from the top remember the lines of their keys or items (1: top-level
 * keys only; a sequence item that is a mapping is a level of its own).
 */
function readBlockYaml(text, schema, lineLevels = 1) {
    try {
        return { ok: true, value: fastRead(text, schema, lineLevels) };
    }
    catch (e) {
        if (!(e instanceof Unsupported))
            throw e;
        return slowRead(text, schema);
    }
}
function fastRead(text, schema, lineLevels) {
    const lines = new Map();
    const itemLines = new Map();
    const root = {};
    const stack = [{ indent: 0, container: root }];
    let pending = null;
    let start = 0;
    let lineNo = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        let indent = 0;
        while (text.charCodeAt(start + indent) === 32 && start + indent < lineEnd)
            indent++;
        const content = text.slice(start + indent, lineEnd);
        start = end + 1;
        lineNo++;
        if (content.length === 0 || content.startsWith('#'))
            continue;
        if (content.startsWith('\t'))
            throw new Unsupported();
        if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%')))
            throw new Unsupported();
        const isItem = content === '-' || content.startsWith('- ');
        if (pending) {
            if (indent > pending.indent || (indent === pending.indent && isItem)) {
                const container = isItem ? [] : {};
                pending.parent[pending.key] = container;
                while ((stack.at(-1)?.indent ?? 0) > pending.indent)
                    stack.pop();
                stack.push({ indent, container });
            }
            else {
                pending.parent[pending.key] = null;
            }
            pending = null;
        }
        while (stack.length > 1 && indent < (stack.at(-1)?.indent ?? 0))
            stack.pop();
        // A sequence may sit at its key's own indentation ("key:\n- a"): a key line there ends it.
        if (!isItem && stack.length > 1 && Array.isArray(stack.at(-1)?.container) && stack.at(-1)?.indent === indent)
            stack.pop();
        let frame = stack.at(-1);
        if (!frame || frame.indent !== indent)
            throw new Unsupported();
        let keyText = content;
        if (Array.isArray(frame.container)) {
            if (!isItem)
                throw new Unsupported();
            const list = frame.container;
            if (stack.length <= lineLevels) {
                let listLines = itemLines.get(list);
                if (!listLines)
                    itemLines.set(list, (listLines = []));
                listLines[list.length] = lineNo;
            }
            const item = content.slice(1).trim();
            if (item.length === 0)
                throw new Unsupported();
            if (!looksLikeMapEntry(item)) {
                list.push(readValue(item, schema));
                continue;
            }
            // "- key: value" or "- key:": a mapping whose keys sit at the column of this first one.
            const gap = content.length - 1 - content.slice(1).trimStart().length;
            if (content.slice(1, 1 + gap).includes('\t'))
                throw new Unsupported();
            const map = {};
            list.push(map);
            frame = { indent: indent + 1 + gap, container: map };
            stack.push(frame);
            keyText = item;
        }
        else if (isItem) {
            throw new Unsupported();
        }
        const { key, rest } = readKey(keyText);
        const map = frame.container;
        // Lines are what problem places need (yarn entries, pnpm packages); a Map per nested mapping would cost
        // more than the rest of the read.
        if (stack.length <= lineLevels) {
            let keyLines = lines.get(map);
            if (!keyLines)
                lines.set(map, (keyLines = new Map()));
            keyLines.set(key, lineNo);
        }
        const valueText = stripComment(rest).trim();
        if (valueText.length === 0) {
            map[key] = null;
            pending = { indent: frame.indent, parent: map, key };
        }
        else {
            map[key] = readValue(valueText, schema);
        }
    }
    return { value: root, lineOf: (container, key) => (Array.isArray(container) ? itemLines.get(container)?.[Number(key)] : lines.get(container)?.get(String(key))) };
}
/** The line of the first alias (`*name`), where an alias expansion that is too large starts. */
function firstAliasLine(text) {
    const match = /(?:^|[\s[,:-])\*[^\s,\]]/m.exec(text);
    return match ? text.slice(0, match.index + 1).split('\n').length : 1;
}
function slowRead(text, schema) {
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { schema: schema === 'failsafe' ? 'failsafe' : 'core', uniqueKeys: false, prettyErrors: true });
    const list = Array.isArray(documents) ? documents : [documents];
    // pnpm 10 writes an "env" document before the lock itself: the last document is the lock.
    const doc = list.at(-1);
    if (!doc)
        return { ok: true, value: { value: null, lineOf: () => undefined } };
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0]?.line;
        // prettyErrors already ends the message with "at line L, column C"; the place says the line once.
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return { ok: false, error: `not valid YAML: ${message}`, ...(line ? { place: `line ${line}, column ${error.linePos?.[0]?.col ?? 1}` } : {}) };
    }
    try {
        return { ok: true, value: { value: doc.toJS({ maxAliasCount: 1000 }), lineOf: () => undefined } };
    }
    catch (e) {
        // yaml refuses documents whose aliases would expand too far (a "billion laughs" file): an input error.
        return { ok: false, place: `line ${firstAliasLine(text)}`, error: `not valid YAML: ${e.message.split('\n')[0] ?? ''}` };
    }
}
/** A mapping key at the start of `content`, and what follows its ":". */
function readKey(content) {
    const first = content[0];
    if (first === '"' || first === "'") {
        const close = yaml_scalars_closingQuote(content, 0);
        if (close < 0 || content[close + 1] !== ':')
            throw new Unsupported();
        return { key: yaml_scalars_unquote(content.slice(0, close + 1)), rest: content.slice(close + 2) };
    }
    if (first === undefined || ',[]{}#&*!|>%@`'.includes(first))
        throw new Unsupported();
    // "?", ":" and "-" start a plain key only before a non-space (":path:" in Podfile.lock, CocoaPods' options).
    if ('?:-'.includes(first) && (content.length === 1 || content[1] === ' ' || content[1] === '\t'))
        throw new Unsupported();
    let colon = content.indexOf(': ');
    if (colon < 0) {
        if (!content.endsWith(':'))
            throw new Unsupported();
        colon = content.length - 1;
    }
    const hash = content.indexOf(' #');
    if (hash >= 0 && hash < colon)
        throw new Unsupported();
    return { key: content.slice(0, colon).trimEnd(), rest: content.slice(colon + 1) };
}
function looksLikeMapEntry(item) {
    if (item.startsWith('"') || item.startsWith("'")) {
        // '- "!ProtoCompiler (3.21.5)":' (CocoaPods quotes keys that start with an indicator)
        const close = yaml_scalars_closingQuote(item, 0);
        return close > 0 && item[close + 1] === ':' && (close + 2 === item.length || item[close + 2] === ' ');
    }
    if (item.startsWith('[') || item.startsWith('{'))
        return false;
    return item.includes(': ') || item.endsWith(':');
}
function stripComment(rest) {
    const t = rest.trimStart();
    if (t.startsWith('#'))
        return '';
    if (t.startsWith('"') || t.startsWith("'") || t.startsWith('{') || t.startsWith('['))
        return rest;
    const hash = rest.indexOf(' #');
    return hash >= 0 ? rest.slice(0, hash) : rest;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/yarn-lock/berry.js




/**
 * yarn berry (2+) writes YAML: `__metadata` then one mapping per resolution, keyed by its comma-joined
 * descriptors. Yarn reads it with the failsafe schema (every scalar a string), and so do we.
 */
function readBerry(text) {
    const doc = readBlockYaml(text, 'failsafe');
    if (!doc.ok)
        return doc;
    const root = doc.value.value;
    if (!isJsonObject(root))
        return { ok: false, error: 'not a YAML mapping' };
    const cacheKey = isJsonObject(root.__metadata) && typeof root.__metadata.cacheKey === 'string' ? root.__metadata.cacheKey : null;
    const entries = [];
    const problems = [];
    for (const [key, value] of Object.entries(root)) {
        if (key === '__metadata')
            continue;
        const line = doc.value.lineOf(root, key);
        const place = line === undefined ? jsonPointer(key) : `line ${line}`;
        const entry = isJsonObject(value) ? berry_toEntry(key, value, place, cacheKey) : 'the entry is not a mapping';
        if (typeof entry === 'string')
            problems.push({ place, message: entry });
        else
            entries.push(entry);
    }
    return { ok: true, entries, problems };
}
const LOCAL_PROTOCOLS = { 'workspace:': 'workspace', 'link:': 'link', 'portal:': 'link' };
function berry_toEntry(key, value, place, cacheKey) {
    const resolution = typeof value.resolution === 'string' ? splitNameAt(value.resolution) : null;
    if (!resolution)
        return `"${key}" has no resolution (name@reference)`;
    const protocolEnd = resolution.rest.indexOf(':');
    const protocol = protocolEnd > 0 ? resolution.rest.slice(0, protocolEnd + 1) : '';
    const local = LOCAL_PROTOCOLS[protocol] ?? null;
    const version = typeof value.version === 'string' ? value.version : null;
    if (!version)
        return `${resolution.name} has no version`;
    const dependencies = stringPairs(value.dependencies);
    const optional = new Set();
    if (isJsonObject(value.dependenciesMeta)) {
        for (const [name, meta] of Object.entries(value.dependenciesMeta))
            if (isJsonObject(meta) && meta.optional === 'true')
                optional.add(name);
    }
    return {
        descriptors: key.split(',').map((d) => d.trim()),
        place,
        name: resolution.name,
        version,
        local,
        checksums: typeof value.checksum === 'string' ? berryChecksum(value.checksum, cacheKey) : null,
        // "npm:1.2.3" says "the configured registry", which the lock does not name; URLs and git remotes are sources.
        source: protocol === 'npm:' || protocol === 'patch:' || local ? null : resolution.rest,
        dependencies,
        optional,
    };
}
/**
 * Berry's checksum is the sha512 of the zip archive yarn stores in its cache, not of the npm tarball, so it is
 * kept under its own id. The "10/" prefix is the cache key (the zip layout generation): the same package
 * gives the same digest only under the same cache key, so the key stays part of the value; old locks wrote
 * it only in __metadata.
 */
function berryChecksum(checksum, cacheKey) {
    const slash = checksum.indexOf('/');
    const hex = (slash >= 0 ? checksum.slice(slash + 1) : checksum).toLowerCase();
    if (!/^[0-9a-f]{128}$/.test(hex))
        return null;
    const key = slash >= 0 ? checksum.slice(0, slash) : cacheKey;
    return { 'yarn-berry': key ? `${key}/${hex}` : hex };
}
function stringPairs(value) {
    if (!isJsonObject(value))
        return [];
    return Object.entries(value).filter((pair) => typeof pair[1] === 'string');
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/yarn-lock/parse.js




const V1_MARKER = '# yarn lockfile v1';
const yarn_lock_parse_parser = {
    id: 'yarn-lock',
    description: 'yarn.lock (v1 and berry)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
    // yarn.lock does not say which dependencies are direct or for development; package.json does.
    companions: ['package.json'],
    detect: ({ text, json }) => json === undefined && (isV1(text) || isBerry(text)),
    parse: yarn_lock_parse_parse,
};
function isV1(text) {
    const head = text.slice(0, 500);
    return head.includes(V1_MARKER) && head.includes('# THIS IS AN AUTOGENERATED FILE');
}
/** Berry starts with comments, then `__metadata:` with a `version:` and usually a `cacheKey:`. */
function isBerry(text) {
    const head = text.slice(0, 1000);
    const at = head.search(/^__metadata:\r?$/m);
    return at >= 0 && /^ {2}version: ?["']?\d/m.test(head.slice(at));
}
function yarn_lock_parse_parse({ text, path, companions }) {
    let entries;
    let problems;
    if (isV1(text)) {
        ({ entries, problems } = readV1(text));
    }
    else {
        const berry = readBerry(text);
        if (!berry.ok)
            return berry;
        ({ entries, problems } = berry);
    }
    const notes = [];
    const manifestText = companions.get('package.json');
    const manifest = manifestText === undefined ? null : declaredDependencies(manifestText);
    if (manifest && !manifest.ok)
        notes.push(`${manifest.error}: development dependencies are unknown`);
    const graph = buildGraph(entries, manifest?.ok ? manifest.value : null, problems);
    if (!graph.directKnown)
        notes.push('yarn.lock does not say which dependencies are direct or for development and no package.json was found beside it: both are unknown');
    return {
        ok: true,
        value: { sets: [{ file: path, packageManager: 'yarn', dependencies: graph.dependencies, edges: graph.edges, ...(graph.walk && { walk: graph.walk }) }], problems, notes },
    };
}
function buildGraph(entries, manifest, problems) {
    const byDescriptor = new Map();
    const byName = new Map();
    for (const entry of entries) {
        for (const d of entry.descriptors)
            byDescriptor.set(d, entry);
        const name = entry.descriptors[0]?.slice(0, entry.descriptors[0].indexOf('@', 1));
        if (name)
            byName.set(name, byName.has(name) && byName.get(name) !== entry ? null : entry);
    }
    // Berry writes ranges with their protocol ("npm:^1.0.0"); package.json and v1 locks often leave it out.
    // package.json `resolutions` rewrite a descriptor without the lock saying so (prettier pins trim@0.0.1 to
    // 1.0.1): when the descriptor is missing and the lock has one version of that name, that is the one.
    const find = (name, range) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`) ?? byName.get(name) ?? undefined;
    const refOf = (entry) => entry.descriptors[0] ?? entry.place;
    const successors = new Map();
    for (const entry of entries) {
        const targets = [];
        for (const [name, range] of entry.dependencies) {
            const target = find(name, range);
            if (target)
                targets.push(target);
            else if (!entry.optional.has(name))
                problems.push({ place: entry.place, message: `${name}@${range}, a dependency of ${refOf(entry)}, has no entry in the lock file` });
        }
        successors.set(entry, targets);
    }
    // Berry lists the workspaces and what they depend on (runtime and development mixed); v1 does not.
    const workspaces = entries.filter((e) => e.local !== null);
    const fromWorkspaces = workspaces.flatMap((w) => successors.get(w) ?? []);
    const declared = (kinds) => manifest ? kinds.flatMap((k) => [...manifest[k]].map(([n, r]) => find(n, r))).filter((e) => e !== undefined) : [];
    const rootWorkspace = workspaces.find((w) => w.descriptors.some((d) => d.endsWith('@workspace:.')));
    const developmentRoots = declared(['devDependencies']);
    const runtimeRoots = [
        ...declared(['dependencies', 'optionalDependencies']),
        ...workspaces.filter((w) => w !== rootWorkspace || manifest === null).flatMap((w) => successors.get(w) ?? []),
    ];
    const direct = new Set([...fromWorkspaces, ...developmentRoots, ...runtimeRoots]);
    const directKnown = manifest !== null || workspaces.length > 0;
    // Development follows package.json through the lock's graph, workspaces included (graph/walk.ts). A v1 lock
    // of a workspaces project also holds what the workspaces need; their package.json files are not read, so an
    // entry the root manifest does not reach may well be some workspace's direct dependency.
    const unreachedUnknown = manifest?.workspaces != null && workspaces.length === 0;
    const walk = manifest
        ? {
            roots: [...runtimeRoots.map((e) => [refOf(e), false]), ...developmentRoots.map((e) => [refOf(e), true])],
            edges: entries.flatMap((e) => (successors.get(e) ?? []).map((t) => [refOf(e), refOf(t), false])),
            unreached: null,
            ...(unreachedUnknown && { directUnreached: null }),
        }
        : null;
    const dependencies = [];
    const edges = [];
    for (const entry of entries) {
        if (entry.local)
            continue;
        const purl = npmPurl(entry.name, entry.version);
        if (!purl.ok) {
            problems.push({ place: entry.place, message: purl.error });
            continue;
        }
        dependencies.push({
            ref: refOf(entry),
            purl: purl.value,
            direct: directKnown ? direct.has(entry) : null,
            development: null,
            licenses: null,
            checksums: entry.checksums,
            source: entry.source,
        });
        for (const target of successors.get(entry) ?? [])
            if (!target.local)
                edges.push([refOf(entry), refOf(target)]);
    }
    return { dependencies, edges, walk, directKnown };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/pnpm-lock/keys.js

/**
 * Package keys across lockfile versions:
 *   5.x  "/name/1.0.0", "/@scope/name/1.0.0_peer@2.0.0"
 *   6.0  "/name@1.0.0", "/@scope/name@1.0.0(peer@2.0.0)"
 *   9.0  "name@1.0.0",  "@scope/name@1.0.0(peer@2.0.0)"
 * The peer suffix says which peers this copy was linked with; the installed version is without it.
 */
function keyIdentity(key) {
    const paren = key.indexOf('(');
    const bare = paren > 0 ? key.slice(0, paren) : key;
    if (bare.startsWith('/')) {
        const path = bare.slice(1);
        const at = splitNameAt(path);
        // 6.0 uses "@" before the version; in 5.x the name is followed by "/" (a scope has one more "/").
        if (at && !at.name.includes('/', at.name.startsWith('@') ? at.name.indexOf('/') + 1 : 0))
            return { name: at.name, version: at.rest };
        // Names may hold "_" ("@types/babel__core"), versions may not: cut the peer suffix after the name.
        const firstSlash = path.indexOf('/');
        const nameEnd = path.startsWith('@') ? path.indexOf('/', firstSlash + 1) : firstSlash;
        if (nameEnd <= 0)
            return null;
        const rest = path.slice(nameEnd + 1);
        const underscore = rest.indexOf('_');
        const version = underscore > 0 ? rest.slice(0, underscore) : rest;
        return version.length > 0 ? { name: path.slice(0, nameEnd), version } : null;
    }
    const at = splitNameAt(bare);
    return at ? { name: at.name, version: at.rest } : null;
}
/** The key without its peer suffix: where 9.0 keeps the package's metadata (`packages`) for a `snapshots` key. */
function withoutPeers(key) {
    const paren = key.indexOf('(');
    return paren > 0 ? key.slice(0, paren) : key;
}
/**
 * The key a dependency reference stands for: "1.0.0(peer@1)" (9.0 "name@ref", 6.0 "/name@ref", 5.x
 * "/name/ref"), or an alias or tarball written as a whole key ("real@1.0.0", "/real@1.0.0", "file:...").
 */
function findKey(nodes, name, reference, major) {
    const own = major >= 9 ? `${name}@${reference}` : major >= 6 ? `/${name}@${reference}` : `/${name}/${reference}`;
    return nodes.get(own) ?? nodes.get(reference);
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/pnpm-lock/graph.js





const RUNTIME_KINDS = ['dependencies', 'optionalDependencies'];
function graph_buildGraph(root, major, lineOf) {
    const problems = [];
    const packages = isJsonObject(root.packages) ? root.packages : {};
    // 9.0 splits metadata (`packages`, keyed without peers) from the graph (`snapshots`, keyed with them).
    const graphSection = major >= 9 && isJsonObject(root.snapshots) ? root.snapshots : packages;
    const sectionName = graphSection === packages ? 'packages' : 'snapshots';
    const placeOf = (key) => {
        const line = lineOf(graphSection, key);
        return line === undefined ? jsonPointer(sectionName, key) : `line ${line}`;
    };
    const nodes = new Map();
    for (const [key, value] of Object.entries(graphSection)) {
        const links = isJsonObject(value) ? value : {};
        const metaValue = major >= 9 ? packages[withoutPeers(key)] : value;
        const meta = isJsonObject(metaValue) ? metaValue : {};
        const resolution = isJsonObject(meta.resolution) ? meta.resolution : {};
        nodes.set(key, { key, place: placeOf(key), meta, links, local: resolution.type === 'directory' });
    }
    const resolve = (name, reference) => {
        if (typeof reference !== 'string')
            return undefined;
        if (reference.startsWith('link:'))
            return null; // a workspace package: the project's own code
        return findKey(nodes, name, reference, major);
    };
    const successors = new Map();
    for (const node of nodes.values()) {
        const targets = [];
        for (const kind of RUNTIME_KINDS) {
            const declared = node.links[kind];
            if (!isJsonObject(declared))
                continue;
            for (const [name, reference] of Object.entries(declared)) {
                const target = resolve(name, reference);
                if (target)
                    targets.push(target);
                else if (target === undefined && kind === 'dependencies') {
                    problems.push({ place: node.place, message: `${name}@${String(reference)}, a dependency of ${node.key}, has no entry in the lock file` });
                }
            }
        }
        successors.set(node, targets);
    }
    // Importers: each workspace project (or, in single-project 5.x/6.0 locks, the top level itself).
    const importers = isJsonObject(root.importers) ? Object.entries(root.importers).filter((e) => isJsonObject(e[1])) : [['.', root]];
    const runtimeRoots = [];
    const developmentRoots = [];
    for (const [path, importer] of importers) {
        for (const kind of ['dependencies', 'optionalDependencies', 'devDependencies']) {
            const declared = importer[kind];
            if (!isJsonObject(declared))
                continue;
            for (const [name, spec] of Object.entries(declared)) {
                // 6.0 and 9.0 write {specifier, version}; 5.x writes the version alone.
                const reference = isJsonObject(spec) ? spec.version : spec;
                const target = resolve(name, reference);
                if (target)
                    (kind === 'devDependencies' ? developmentRoots : runtimeRoots).push(target);
                else if (target === undefined)
                    problems.push({ place: jsonPointer('importers', path, kind, name), message: `${name}@${String(reference)} has no entry in the lock file` });
            }
        }
    }
    const direct = new Set([...runtimeRoots, ...developmentRoots]);
    for (const node of nodes.values())
        if (node.local)
            for (const target of successors.get(node) ?? [])
                direct.add(target);
    // 5.x and 6.0 write `dev` per package (absent: needed by both); 9.0 dropped it, so it comes from the graph,
    // walked through the local folders too (they are the project's code, not dependencies).
    const walk = major >= 9
        ? {
            roots: [...runtimeRoots.map((n) => [n.key, false]), ...developmentRoots.map((n) => [n.key, true])],
            edges: [...successors].flatMap(([node, targets]) => targets.map((t) => [node.key, t.key, false])),
            unreached: null,
        }
        : null;
    const dependencies = [];
    const edges = [];
    for (const node of nodes.values()) {
        if (node.local)
            continue;
        const identity = graph_identify(node);
        if (typeof identity === 'string') {
            problems.push({ place: node.place, message: identity });
            continue;
        }
        const purl = npmPurl(identity.name, identity.version);
        if (!purl.ok) {
            problems.push({ place: node.place, message: purl.error });
            continue;
        }
        const resolution = isJsonObject(node.meta.resolution) ? node.meta.resolution : {};
        dependencies.push({
            ref: node.key,
            purl: purl.value,
            direct: direct.has(node),
            development: walk ? null : node.meta.dev === true,
            // pnpm writes `optional: true` on a package only optional dependencies lead to (9.0: on the snapshot).
            optional: node.links.optional === true || node.meta.optional === true,
            licenses: null,
            checksums: typeof resolution.integrity === 'string' ? checksumsFromIntegrity(resolution.integrity) : null,
            source: typeof resolution.tarball === 'string' ? resolution.tarball : typeof resolution.repo === 'string' ? resolution.repo : null,
        });
        for (const target of successors.get(node) ?? [])
            if (!target.local)
                edges.push([node.key, target.key]);
    }
    return { dependencies, edges, walk, problems };
}
/** Name and version: from the key for registry packages; tarball and git packages also write them as fields. */
function graph_identify(node) {
    const fromKey = keyIdentity(node.key);
    const name = typeof node.meta.name === 'string' ? node.meta.name : fromKey?.name;
    const keyVersion = fromKey && /^\d/.test(fromKey.version) ? fromKey.version : undefined;
    const version = typeof node.meta.version === 'string' ? node.meta.version : keyVersion ?? fromKey?.version;
    if (!name || !version)
        return `cannot tell the package name and version of "${node.key}"`;
    return { name, version };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/pnpm-lock/parse.js



const pnpm_lock_parse_parser = {
    id: 'pnpm-lock',
    description: 'pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 9.x)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => json === undefined && /^lockfileVersion: ?['"]?\d/m.test(text.slice(0, 2000)),
    parse: pnpm_lock_parse_parse,
};
function pnpm_lock_parse_parse({ text, path }) {
    const doc = readBlockYaml(text, 'core', 2); // lines of the keys under packages/snapshots
    if (!doc.ok)
        return doc;
    const root = doc.value.value;
    if (!isJsonObject(root))
        return { ok: false, error: 'not a YAML mapping' };
    const version = String(root.lockfileVersion ?? '');
    const major = Number.parseInt(version, 10);
    if (![5, 6, 9].includes(major))
        return { ok: false, error: `lockfileVersion ${version} is not one depindex knows (5.x, 6.x, 9.x)`, place: 'line 1' };
    const graph = graph_buildGraph(root, major, (container, key) => doc.value.lineOf(container, key));
    return {
        ok: true,
        value: { sets: [{ file: path, packageManager: 'pnpm', dependencies: graph.dependencies, edges: graph.edges, ...(graph.walk && { walk: graph.walk }) }], problems: graph.problems },
    };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/gemfile-lock/sections.js
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/** Bundler's lock is indentation-based: sections at column 0, "  key: value", "    spec (v)", "      dep (req)". */
function readLockfile(text) {
    const specs = [];
    const direct = [];
    let sawDependencies = false;
    const checksums = new Map();
    const problems = [];
    let section = '';
    let remote = null;
    let current = null;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim().length === 0)
            continue;
        const indent = line.length - line.trimStart().length;
        const content = line.slice(indent);
        if (indent === 0) {
            section = content;
            if (section === 'DEPENDENCIES')
                sawDependencies = true;
            remote = null;
            current = null;
            continue;
        }
        if (SOURCE_SECTIONS.has(section)) {
            if (indent === 2) {
                if (content.startsWith('remote: '))
                    remote = content.slice(8).trim();
                continue;
            }
            const parsed = nameAndParens(content);
            if (!parsed) {
                problems.push({ place: `line ${lineNo}`, message: `cannot read "${sections_clip(content)}" as "name (version)"` });
                continue;
            }
            if (indent === 4) {
                if (parsed.inside === null) {
                    problems.push({ place: `line ${lineNo}`, message: `${parsed.name} has no version` });
                    current = null;
                    continue;
                }
                // Bundler's own rule: the version ends at the first "-"; what follows is the platform.
                const dash = parsed.inside.indexOf('-');
                current = {
                    kind: section,
                    name: parsed.name,
                    version: dash < 0 ? parsed.inside : parsed.inside.slice(0, dash),
                    platform: dash < 0 ? null : parsed.inside.slice(dash + 1),
                    remote,
                    line: lineNo,
                    needs: [],
                };
                specs.push(current);
            }
            else if (indent === 6 && current) {
                current.needs.push(parsed.name);
            }
        }
        else if (section === 'DEPENDENCIES' && indent === 2) {
            const parsed = nameAndParens(content.endsWith('!') ? content.slice(0, -1) : content);
            if (parsed)
                direct.push(parsed.name);
            else
                problems.push({ place: `line ${lineNo}`, message: `cannot read "${sections_clip(content)}" as a dependency` });
        }
        else if (section === 'CHECKSUMS' && indent === 2) {
            const close = content.indexOf(') ');
            const parsed = close > 0 ? nameAndParens(content.slice(0, close + 1)) : null;
            if (!parsed?.inside)
                continue; // path and git gems are listed without a checksum
            const sums = {};
            for (const pair of content.slice(close + 2).split(',')) {
                const eq = pair.indexOf('=');
                if (eq > 0)
                    sums[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim().toLowerCase();
            }
            if (Object.keys(sums).length > 0)
                checksums.set(`${parsed.name} ${parsed.inside}`, sums);
        }
    }
    return { specs, direct: sawDependencies ? direct : null, checksums, problems };
}
/** "name (inside)" or "name"; null when the line is neither. Linear: no regex over the line. */
function nameAndParens(content) {
    const open = content.indexOf(' (');
    if (open < 0)
        return /\s/.test(content) || content.length === 0 ? null : { name: content, inside: null };
    if (!content.endsWith(')'))
        return null;
    const name = content.slice(0, open);
    if (name.length === 0 || /\s/.test(name))
        return null;
    return { name, inside: content.slice(open + 2, -1).trim() };
}
function sections_clip(text) {
    return text.length > 80 ? text.slice(0, 80) + '…' : text;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/gemfile-lock/parse.js


const gemfile_lock_parse_parser = {
    id: 'gemfile-lock',
    description: 'Bundler Gemfile.lock',
    capabilities: { edges: 'complete', direct: true, development: false, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => json === undefined && SOURCE_SECTION_START.test(text.trimStart()),
    parse: gemfile_lock_parse_parse,
};
/**
 * The first source section's shape: header, "  remote: ...", other "  key: value" lines (a GIT section's
 * revision, branch...), then "  specs:". DEPENDENCIES is not required: it comes after every source section, so
 * a lock cut short loses it first, and its specs are still worth reading. Each line of the repeated group is
 * matched one way only ([^\r\n]*), so a failed match cannot backtrack exponentially.
 */
const SOURCE_SECTION_START = /^(?:GEM|GIT|PATH|PLUGIN SOURCE)\r?\n {2}remote: [^\r\n]*\r?\n(?: {2}[a-z_]+:[^\r\n]*\r?\n)*? {2}specs:\r?\n/;
function gemfile_lock_parse_parse({ text, path }) {
    const lock = readLockfile(text);
    const problems = [...lock.problems];
    const byName = new Map();
    for (const spec of lock.specs) {
        const list = byName.get(spec.name);
        if (list)
            list.push(spec);
        else
            byName.set(spec.name, [spec]);
    }
    // A PATH gem is the project's own code (usually its gemspec): not a dependency, but what it needs is direct.
    const directNames = new Set(lock.direct ?? []);
    for (const spec of lock.specs)
        if (spec.kind === 'PATH')
            for (const name of spec.needs)
                directNames.add(name);
    // Without DEPENDENCIES, "not listed" says nothing: the list was cut off, not empty.
    const directKnown = lock.direct !== null;
    const refs = new Map();
    const taken = new Set();
    const dependencies = [];
    for (const spec of lock.specs) {
        if (spec.kind === 'PATH')
            continue;
        const purl = (0,shared_purl/* buildPurl */.Eq)('gem', null, spec.name, spec.version, spec.platform ? { platform: spec.platform } : null);
        if (!purl.ok) {
            problems.push({ place: `line ${spec.line}`, message: purl.error });
            continue;
        }
        const full = spec.platform ? `${spec.version}-${spec.platform}` : spec.version;
        let ref = `${spec.name}@${full}`;
        if (taken.has(ref))
            ref += ` (line ${spec.line})`; // the same gem from two sources
        taken.add(ref);
        refs.set(spec, ref);
        dependencies.push({
            ref,
            purl: purl.value,
            direct: directKnown ? directNames.has(spec.name) : null,
            // Gemfile groups (development, test) are not written to the lock.
            development: null,
            licenses: null,
            checksums: lock.checksums.get(`${spec.name} ${full}`) ?? null,
            source: spec.remote,
        });
    }
    // Bundler picks one platform variant at install time; the lock lists them all, so each is a possible target.
    const edges = [];
    for (const [spec, from] of refs) {
        for (const name of spec.needs) {
            const targets = byName.get(name);
            if (!targets) {
                // Bundler itself runs the install and is never listed as a spec (rails depends on it).
                if (name === 'bundler')
                    continue;
                problems.push({ place: `line ${spec.line}`, message: `${name}, a dependency of ${spec.name}, is not in the lock file` });
                continue;
            }
            for (const target of targets) {
                const to = refs.get(target);
                if (to !== undefined)
                    edges.push([from, to]);
            }
        }
    }
    const notes = directKnown ? [] : ['the file has no DEPENDENCIES section, so it looks truncated: which gems are direct is unknown, and gems after the cut are missing'];
    return { ok: true, value: { sets: [{ file: path, packageManager: 'bundler', dependencies, edges }], problems, ...(notes.length > 0 ? { notes } : {}) } };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/shared/golang-purl.js

/** pkg:golang/github.com/foo/bar@v1.2.3: the module path up to its last "/" is the namespace, the rest the name. */
function golangPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    return slash < 0 ? (0,shared_purl/* buildPurl */.Eq)('golang', null, modulePath, version) : (0,shared_purl/* buildPurl */.Eq)('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version);
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/go-sum/lines.js
/** Real go.sum lines are well under 300 characters. */
const MAX_LINE = 1000;
/**
 * go.sum: "<module> <version>[/go.mod] h1:<base64>" per line. Entries are keyed "module version", in the
 * order they first appear.
 */
function readGoSum(text) {
    const entries = new Map();
    const problems = [];
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const line = raw.trim();
        if (line.length === 0)
            continue;
        // Real go.sum lines are well under 300 characters; a longer one is damage or an attack, and keeping it
        // would carry a megabyte name into every report. Skipped like any other malformed line.
        if (line.length > MAX_LINE) {
            problems.push({ place: `line ${lineNo}`, message: `longer than ${MAX_LINE.toLocaleString('en')} characters, not a go.sum line` });
            continue;
        }
        const fields = line.split(/\s+/);
        const [module, versionField, hash] = fields;
        if (fields.length !== 3 || !module || !versionField || !hash?.startsWith('h1:')) {
            problems.push({ place: `line ${lineNo}`, message: 'expected "<module> <version> h1:<hash>"' });
            continue;
        }
        const goMod = versionField.endsWith('/go.mod');
        const version = goMod ? versionField.slice(0, -7) : versionField;
        const key = `${module} ${version}`;
        const previous = entries.get(key);
        const value = hash.slice(3);
        entries.set(key, {
            module,
            version,
            line: previous?.line ?? lineNo,
            zip: goMod ? (previous?.zip ?? null) : value,
            goMod: goMod ? value : (previous?.goMod ?? null),
        });
    }
    return { entries, problems };
}
/** Enough lines to outvote one or two damaged ones without reading far into a file that is something else. */
const DETECT_LINES = 10;
const WELL_FORMED = /^[^\s]+ v[^\s]+ h1:[A-Za-z0-9+/]+=*$/;
/**
 * Most of the first few non-empty lines look like go.sum lines. A majority rather than "all" so that one
 * too-long or damaged line near the top is reported by parse (as a problem on its line) instead of making
 * the whole file unrecognised; one good line beside as many others is still not enough to claim a file.
 */
function looksLikeGoSum(text) {
    let good = 0;
    let bad = 0;
    let start = 0;
    // Walks lines with indexOf so that a megabyte line is measured, not split or matched.
    while (start < text.length && good + bad < DETECT_LINES) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        const tooLong = stop - start > MAX_LINE;
        const line = tooLong ? 'x' : text.slice(start, stop).trim();
        start = stop + 1;
        if (line.length === 0)
            continue;
        if (tooLong || !WELL_FORMED.test(line))
            bad++;
        else
            good++;
    }
    return good > bad;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/go-mod/directives.js
/** The go.mod grammar: a verb and its arguments, or "verb (" ... ")" blocks of argument lines; "//" comments. */
function readGoMod(text) {
    const result = { module: null, requires: [], replaces: [], excludes: new Set(), problems: [] };
    let block = null;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo++;
        const { code, comment } = splitComment(raw);
        if (code.length === 0)
            continue;
        if (block !== null) {
            if (code === ')')
                block = null;
            else
                directive(block, code, comment, lineNo, result);
            continue;
        }
        const space = code.search(/\s/);
        const verb = space < 0 ? code : code.slice(0, space);
        const rest = space < 0 ? '' : code.slice(space).trim();
        if (rest === '(')
            block = verb;
        else
            directive(verb, rest, comment, lineNo, result);
    }
    return result;
}
function directive(verb, args, comment, line, into) {
    const tokens = args.split(/\s+/).filter((t) => t.length > 0).map(directives_unquote);
    const bad = (what) => into.problems.push({ place: `line ${line}`, message: `cannot read this ${verb} line: ${what}` });
    switch (verb) {
        case 'module':
            into.module = tokens[0] ?? null;
            return;
        case 'require': {
            const [path, version] = tokens;
            if (tokens.length !== 2 || !path || !version)
                return void bad('expected "<module> <version>"');
            // "// indirect" marks a module no package of this module imports; "indirect; other text" counts too.
            into.requires.push({ path, version, indirect: /^indirect(?:;|$)/.test(comment), line });
            return;
        }
        case 'exclude': {
            const [path, version] = tokens;
            if (tokens.length !== 2 || !path || !version)
                return void bad('expected "<module> <version>"');
            into.excludes.add(`${path} ${version}`);
            return;
        }
        case 'replace': {
            const arrow = tokens.indexOf('=>');
            const left = tokens.slice(0, arrow);
            const right = tokens.slice(arrow + 1);
            const [oldPath, oldVersion] = left;
            const [newPath, newVersion] = right;
            if (arrow < 0 || !oldPath || left.length > 2 || !newPath || right.length > 2)
                return void bad('expected "<module> [version] => <module> <version>" or "=> <directory>"');
            into.replaces.push({ oldPath, oldVersion: oldVersion ?? null, newPath, newVersion: newVersion ?? null });
            return;
        }
        default:
            // go, toolchain, retract, godebug, tool, ignore: nothing to do with which modules are built.
            return;
    }
}
function splitComment(raw) {
    const at = raw.indexOf('//');
    if (at < 0)
        return { code: raw.trim(), comment: '' };
    return { code: raw.slice(0, at).trim(), comment: raw.slice(at + 2).trim() };
}
function directives_unquote(token) {
    if (token.length >= 2 && ((token.startsWith('"') && token.endsWith('"')) || (token.startsWith('`') && token.endsWith('`'))))
        return token.slice(1, -1);
    return token;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/go-mod/parse.js



const go_mod_parse_parser = {
    id: 'go-mod',
    description: 'Go go.mod (with go.sum beside it for checksums)',
    capabilities: { edges: 'none', direct: true, development: false, checksums: true, sources: false, licenses: false },
    companions: ['go.sum'],
    detect: ({ text, json }) => json === undefined && firstDirective(text) === 'module',
    parse: go_mod_parse_parse,
};
/** go.mod starts with its module directive (comments and blank lines aside). */
function firstDirective(text) {
    for (const raw of text.slice(0, 4000).split('\n')) {
        const line = raw.trim();
        if (line.length === 0 || line.startsWith('//'))
            continue;
        return /^module[\s"]/.test(line) ? 'module' : null;
    }
    return null;
}
function go_mod_parse_parse({ text, path, companions }) {
    const mod = readGoMod(text);
    if (mod.module === null)
        return { ok: false, error: 'no module directive: not a go.mod' };
    const problems = [...mod.problems];
    const notes = [];
    const sumText = companions.get('go.sum');
    const sums = sumText === undefined ? null : readGoSum(sumText).entries;
    if (sums === null)
        notes.push('no go.sum beside go.mod: checksums are unknown');
    // "path version" for a replace of one version, "path" for one of every version.
    const replaces = new Map();
    for (const r of mod.replaces)
        replaces.set(r.oldVersion === null ? r.oldPath : `${r.oldPath} ${r.oldVersion}`, r);
    const dependencies = [];
    for (const req of mod.requires) {
        if (mod.excludes.has(`${req.path} ${req.version}`)) {
            problems.push({ place: `line ${req.line}`, message: `${req.path} ${req.version} is also excluded: Go builds a later version it picks itself, which go.mod does not name` });
            continue;
        }
        const built = applyReplace(req, replaces);
        if (built.version === null) {
            notes.push(`${req.path} is replaced by the directory ${built.path}: the project's own code, not listed`);
            continue;
        }
        const purl = golangPurl(built.path, built.version);
        if (!purl.ok) {
            problems.push({ place: `line ${req.line}`, message: purl.error });
            continue;
        }
        // go.sum's h1 hash, kept as written (base64 of Go's dirhash): see the go-sum README.
        const zip = sums?.get(`${built.path} ${built.version}`)?.zip ?? null;
        dependencies.push({
            ref: `${req.path}@${req.version}`,
            purl: purl.value,
            direct: !req.indirect,
            development: null,
            licenses: null,
            checksums: zip ? { 'go-h1': zip } : null,
            source: null,
        });
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'go', dependencies, edges: [] }], problems, notes } };
}
/** A replace of this exact version wins over one for every version (the go command's rule). */
function applyReplace(req, replaces) {
    const r = replaces.get(`${req.path} ${req.version}`) ?? replaces.get(req.path);
    return r ? { path: r.newPath, version: r.newVersion } : { path: req.path, version: req.version };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/go-sum/parse.js


const go_sum_parse_parser = {
    id: 'go-sum',
    description: 'Go go.sum (read alone; beside go.mod it only adds checksums)',
    capabilities: { edges: 'none', direct: false, development: false, checksums: true, sources: false, licenses: false },
    detect: ({ text, json }) => json === undefined && looksLikeGoSum(text),
    parse: go_sum_parse_parse,
};
/**
 * A module listed only with a "/go.mod" hash had its go.mod read during version selection but its code
 * never downloaded: it is not part of the build, so it is not a dependency here (a note counts them).
 * The "h1:" hash is Go's dirhash (SHA-256 over the sorted file hashes of the module zip), not a digest of
 * one artifact, so it keeps its own id, "go-h1", in base64 as go.sum and sum.golang.org write it.
 */
function go_sum_parse_parse({ text, path }) {
    const { entries, problems } = readGoSum(text);
    const dependencies = [];
    let goModOnly = 0;
    for (const entry of entries.values()) {
        if (entry.zip === null) {
            goModOnly++;
            continue;
        }
        const purl = golangPurl(entry.module, entry.version);
        if (!purl.ok) {
            problems.push({ place: `line ${entry.line}`, message: purl.error });
            continue;
        }
        dependencies.push({
            ref: `${entry.module}@${entry.version}`,
            purl: purl.value,
            direct: null,
            development: null,
            licenses: null,
            checksums: { 'go-h1': entry.zip },
            source: null,
        });
    }
    const notes = [
        'go.sum has no graph and does not say which modules are direct; scan go.mod (it reads go.sum beside it for checksums) to know that',
        ...(goModOnly > 0 ? [`${goModOnly} module versions have only a go.mod hash: Go read their go.mod to choose versions but did not build their code, so they are not listed`] : []),
    ];
    return { ok: true, value: { sets: [{ file: path, packageManager: 'go', dependencies, edges: [] }], problems, notes } };
}

// EXTERNAL MODULE: ./build/ecosystems/pypi/name.js
var pypi_name = __webpack_require__(47094);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./build/ingest/manifests/pyproject/declared.js


const isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function readTomlDocument(text, file) {
    try {
        return { ok: true, value: (0,smol_toml_dist/* parse */.qg)(text) };
    }
    catch (e) {
        const error = e;
        const message = (error.message.split('\n', 1)[0] ?? '').replace(/^Invalid TOML document: /, '');
        const place = typeof error.line === 'number' ? `line ${error.line}${typeof error.column === 'number' ? `, column ${error.column}` : ''}` : 'line 1';
        return { ok: false, error: `${file} is not valid TOML: ${message}`, place };
    }
}
/**
 * The dependencies pyproject.toml declares, from every place Poetry and PEP 621/735 put them:
 * runtime: [tool.poetry.dependencies], [project.dependencies], [project.optional-dependencies] (extras ship
 * with the package); development: [tool.poetry.dev-dependencies], [tool.poetry.group.<g>.dependencies] for
 * any group but "main", [dependency-groups]. A name in both kinds is listed twice. "python" is not a package.
 */
function declaredPyprojectDependencies(text) {
    const read = readTomlDocument(text, 'pyproject.toml');
    if (!read.ok)
        return read;
    const doc = read.value;
    const out = [];
    const add = (name, development) => {
        if (name === null)
            return;
        const canonical = (0,pypi_name/* canonicalPypiName */.go)(name);
        if (canonical !== 'python')
            out.push({ name: canonical, development });
    };
    const addKeys = (table, development) => {
        if (isTable(table))
            for (const name of Object.keys(table))
                add(name, development);
    };
    const addRequirements = (list, development) => {
        if (Array.isArray(list))
            for (const item of list)
                if (typeof item === 'string')
                    add((0,pypi_name/* requirementName */.xV)(item), development);
    };
    const project = doc['project'];
    if (isTable(project)) {
        addRequirements(project['dependencies'], false);
        const extras = project['optional-dependencies'];
        if (isTable(extras))
            for (const list of Object.values(extras))
                addRequirements(list, false);
    }
    const tool = doc['tool'];
    const poetry = isTable(tool) ? tool['poetry'] : undefined;
    if (isTable(poetry)) {
        addKeys(poetry['dependencies'], false);
        addKeys(poetry['dev-dependencies'], true);
        const groups = poetry['group'];
        if (isTable(groups)) {
            for (const [group, body] of Object.entries(groups)) {
                if (isTable(body))
                    addKeys(body['dependencies'], group !== 'main');
            }
        }
    }
    const dependencyGroups = doc['dependency-groups'];
    // Entries that are tables ({include-group = "x"}) name other groups, which are listed themselves.
    if (isTable(dependencyGroups))
        for (const list of Object.values(dependencyGroups))
            addRequirements(list, true);
    return { ok: true, value: out };
}

;// CONCATENATED MODULE: ./build/ingest/text/toml-values.js
class toml_values_Unsupported extends Error {
}
// One shared instance: a stack trace per failed value would cost more than reading the value.
const UNSUPPORTED = new toml_values_Unsupported('outside the generated-TOML subset');
const SIMPLE_ESCAPES = { 0x22: '"', 0x5c: '\\', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x65: '\u001b' };
const NUMBER = /^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$/;
function fail() {
    throw UNSUPPORTED;
}
function isBareKeyChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}
class TomlCursor {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    skipSpaces() {
        let c = this.text.charCodeAt(this.pos);
        while (c === 0x20 || c === 0x09)
            c = this.text.charCodeAt(++this.pos);
    }
    /** Spaces, newlines and comments. */
    skipBlank() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                this.pos++;
            else if (c === 0x23) {
                const nl = text.indexOf('\n', this.pos);
                this.pos = nl === -1 ? text.length : nl + 1;
            }
            else
                return;
        }
    }
    /** After a key/value or header: spaces, an optional comment, then the end of the line. */
    endLine() {
        this.skipSpaces();
        const c = this.text.charCodeAt(this.pos);
        if (Number.isNaN(c))
            return;
        if (c === 0x0a)
            this.pos++;
        else if (c === 0x0d && this.text.charCodeAt(this.pos + 1) === 0x0a)
            this.pos += 2;
        else if (c === 0x23) {
            const nl = this.text.indexOf('\n', this.pos);
            this.pos = nl === -1 ? this.text.length : nl + 1;
        }
        else
            fail();
    }
    /** One key part: bare or quoted. */
    keyPart() {
        const c = this.text.charCodeAt(this.pos);
        if (c === 0x22)
            return this.basicString();
        if (c === 0x27)
            return this.literalString();
        const start = this.pos;
        while (isBareKeyChar(this.text.charCodeAt(this.pos)))
            this.pos++;
        if (this.pos === start)
            fail();
        return this.text.slice(start, this.pos);
    }
    /** A dotted key; most keys have one part, so the array is only made for dotted ones. */
    key() {
        const first = this.keyPart();
        const save = this.pos;
        this.skipSpaces();
        if (this.text.charCodeAt(this.pos) !== 0x2e) {
            this.pos = save;
            return first;
        }
        const path = [first];
        while (this.text.charCodeAt(this.pos) === 0x2e) {
            this.pos++;
            this.skipSpaces();
            path.push(this.keyPart());
            const after = this.pos;
            this.skipSpaces();
            if (this.text.charCodeAt(this.pos) !== 0x2e)
                this.pos = after;
        }
        return path;
    }
    value() {
        const c = this.text.charCodeAt(this.pos);
        if (c === 0x22)
            return this.basicString();
        if (c === 0x27)
            return this.literalString();
        if (c === 0x5b)
            return this.array();
        if (c === 0x7b)
            return this.inlineTable();
        if (this.text.startsWith('true', this.pos)) {
            this.pos += 4;
            return true;
        }
        if (this.text.startsWith('false', this.pos)) {
            this.pos += 5;
            return false;
        }
        return this.number();
    }
    basicString() {
        const text = this.text;
        if (text.startsWith('"""', this.pos))
            fail();
        let j = this.pos + 1;
        // Fast path: no escape before the closing quote. A bounded scan, never a search to the end of the text.
        for (let k = j;; k++) {
            const ch = text.charCodeAt(k);
            if (ch === 0x22) {
                this.pos = k + 1;
                return text.slice(j, k);
            }
            if (ch === 0x5c || ch === 0x0a || Number.isNaN(ch))
                break;
        }
        let out = '';
        let chunk = j;
        for (;;) {
            const ch = text.charCodeAt(j);
            if (Number.isNaN(ch) || ch === 0x0a)
                fail();
            if (ch === 0x22) {
                this.pos = j + 1;
                return out + text.slice(chunk, j);
            }
            if (ch !== 0x5c) {
                j++;
                continue;
            }
            out += text.slice(chunk, j);
            const e = text.charCodeAt(j + 1);
            const mapped = SIMPLE_ESCAPES[e];
            if (mapped !== undefined) {
                out += mapped;
                j += 2;
            }
            else if (e === 0x75 || e === 0x55) {
                const len = e === 0x75 ? 4 : 8;
                const hex = text.slice(j + 2, j + 2 + len);
                if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex))
                    fail();
                const code = parseInt(hex, 16);
                if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                    fail();
                out += String.fromCodePoint(code);
                j += 2 + len;
            }
            else
                fail();
            chunk = j;
        }
    }
    literalString() {
        const text = this.text;
        if (text.startsWith("'''", this.pos))
            fail();
        for (let k = this.pos + 1;; k++) {
            const ch = text.charCodeAt(k);
            if (ch === 0x27) {
                const value = text.slice(this.pos + 1, k);
                this.pos = k + 1;
                return value;
            }
            if (ch === 0x0a || Number.isNaN(ch))
                fail();
        }
    }
    array() {
        const out = [];
        this.pos++;
        this.skipBlank();
        for (;;) {
            if (this.text.charCodeAt(this.pos) === 0x5d) {
                this.pos++;
                return out;
            }
            out.push(this.value());
            this.skipBlank();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                this.pos++;
                this.skipBlank();
            }
            else if (c !== 0x5d)
                fail();
        }
    }
    inlineTable() {
        const out = {};
        this.pos++;
        this.skipBlank();
        for (;;) {
            if (this.text.charCodeAt(this.pos) === 0x7d) {
                this.pos++;
                return out;
            }
            const key = this.key();
            this.skipSpaces();
            if (this.text.charCodeAt(this.pos) !== 0x3d)
                fail();
            this.pos++;
            this.skipSpaces();
            toml_values_assign(out, key, this.value());
            this.skipBlank();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                this.pos++;
                this.skipBlank();
            }
            else if (c !== 0x7d)
                fail();
        }
    }
    /** Decimal integers and floats only. */
    number() {
        const text = this.text;
        const start = this.pos;
        let j = start;
        if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d)
            j++;
        for (;;) {
            const c = text.charCodeAt(j);
            if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x65 || c === 0x45)
                j++;
            else if ((c === 0x2b || c === 0x2d) && (text.charCodeAt(j - 1) === 0x65 || text.charCodeAt(j - 1) === 0x45))
                j++;
            else
                break;
        }
        const raw = text.slice(start, j);
        if (!NUMBER.test(raw))
            fail();
        this.pos = j;
        return Number(raw.replace(/_/g, ''));
    }
}
/** Sets a (dotted) key, refusing redefinition as TOML does. */
function toml_values_assign(table, key, value) {
    if (typeof key === 'string') {
        if (Object.hasOwn(table, key))
            fail();
        table[key] = value;
        return;
    }
    let target = table;
    for (let k = 0; k < key.length - 1; k++) {
        const part = key[k];
        const existing = Object.hasOwn(target, part) ? target[part] : undefined;
        if (existing === undefined)
            target = target[part] = {};
        else if (typeof existing === 'object' && !Array.isArray(existing))
            target = existing;
        else
            fail();
    }
    const last = key[key.length - 1];
    if (Object.hasOwn(target, last))
        fail();
    target[last] = value;
}
function failUnsupported() {
    return fail();
}

;// CONCATENATED MODULE: ./build/ingest/text/toml-lock.js


function readTomlLock(text) {
    const root = {};
    const problems = [];
    const headerOffset = new Map();
    const broken = new Set();
    let newlines = null;
    const lineAt = (offset) => {
        if (!newlines) {
            newlines = [];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                newlines.push(i);
        }
        let lo = 0;
        let hi = newlines.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((newlines[mid] ?? 0) < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo + 1;
    };
    const cursor = new TomlCursor(text);
    let current = root;
    let sectionStart = 0;
    let sectionHeader = null;
    let inHeader = false;
    headerOffset.set(root, 0);
    while (cursor.pos < text.length) {
        try {
            cursor.skipBlank();
            if (cursor.pos >= text.length)
                break;
            if (text.charCodeAt(cursor.pos) === 0x5b /* [ */) {
                sectionStart = cursor.pos;
                sectionHeader = null;
                inHeader = true;
                sectionHeader = readHeader(cursor);
                current = openTable(root, sectionHeader.path, sectionHeader.array);
                headerOffset.set(current, sectionStart);
                inHeader = false;
                cursor.endLine();
            }
            else {
                const key = cursor.key();
                cursor.skipSpaces();
                if (text.charCodeAt(cursor.pos) !== 0x3d /* = */)
                    failUnsupported();
                cursor.pos++;
                cursor.skipSpaces();
                toml_values_assign(current, key, cursor.value());
                cursor.endLine();
            }
        }
        catch (e) {
            if (!(e instanceof toml_values_Unsupported))
                throw e;
            const end = nextHeaderLine(text, cursor.pos);
            if (inHeader) {
                // The section's own header is unreadable: nothing of it can be placed, so its lines are skipped.
                problems.push({ place: `line ${lineAt(sectionStart)}`, message: 'cannot read this table header; the lines up to the next header are skipped' });
                current = {};
                broken.add(current);
                inHeader = false;
                cursor.pos = end;
                continue;
            }
            const fallback = readSectionWithSmolToml(text, sectionStart, end, sectionHeader);
            for (const key of Object.keys(current))
                delete current[key];
            if (fallback.ok)
                Object.assign(current, fallback.table);
            else {
                broken.add(current);
                problems.push({ place: `line ${lineAt(sectionStart) + fallback.lineOffset}`, message: `cannot read this part of the file: ${fallback.message}` });
            }
            cursor.pos = end;
        }
    }
    return {
        root,
        problems,
        broken,
        placeOf: (table) => `line ${lineAt(headerOffset.get(table) ?? 0)}`,
    };
}
function readSectionWithSmolToml(text, start, end, header) {
    try {
        let value = (0,smol_toml_dist/* parse */.qg)(text.slice(start, end));
        for (const key of header?.path ?? [])
            value = value[key];
        if (header?.array && Array.isArray(value))
            value = value[0];
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return { ok: false, message: 'unexpected structure', lineOffset: 0 };
        return { ok: true, table: value };
    }
    catch (e) {
        const error = e;
        const firstLine = error.message.split('\n', 1)[0] ?? 'invalid TOML';
        return { ok: false, message: firstLine.replace(/^Invalid TOML document: /, 'invalid TOML: '), lineOffset: typeof error.line === 'number' ? error.line - 1 : 0 };
    }
}
/** Start of the next line that begins with `[` (a header in generated files), or the end of the text. */
function nextHeaderLine(text, from) {
    let i = text.indexOf('\n', from);
    while (i !== -1) {
        if (text.charCodeAt(i + 1) === 0x5b)
            return i + 1;
        i = text.indexOf('\n', i + 1);
    }
    return text.length;
}
function readHeader(cursor) {
    const text = cursor.text;
    const array = text.charCodeAt(cursor.pos + 1) === 0x5b;
    cursor.pos += array ? 2 : 1;
    cursor.skipSpaces();
    const key = cursor.key();
    cursor.skipSpaces();
    if (text.charCodeAt(cursor.pos) !== 0x5d)
        failUnsupported();
    cursor.pos++;
    if (array) {
        if (text.charCodeAt(cursor.pos) !== 0x5d)
            failUnsupported();
        cursor.pos++;
    }
    return { path: typeof key === 'string' ? [key] : key, array };
}
function openTable(root, path, array) {
    let table = root;
    for (let k = 0; k < path.length; k++) {
        const key = path[k];
        const last = k === path.length - 1;
        const existing = Object.hasOwn(table, key) ? table[key] : undefined;
        if (last && array) {
            const list = existing === undefined ? (table[key] = []) : existing;
            if (!Array.isArray(list))
                failUnsupported();
            const fresh = {};
            list.push(fresh);
            return fresh;
        }
        if (existing === undefined) {
            const fresh = {};
            table[key] = fresh;
            table = fresh;
        }
        else if (Array.isArray(existing)) {
            // [a.b] after [[a]] names a table inside the last element of a.
            const lastItem = existing[existing.length - 1];
            if (lastItem === undefined || typeof lastItem !== 'object' || Array.isArray(lastItem))
                failUnsupported();
            table = lastItem;
        }
        else if (typeof existing === 'object') {
            table = existing;
        }
        else {
            failUnsupported();
        }
    }
    return table;
}
/**
 * The table headers of a TOML text ("[[package]]", "[metadata]", "[tool.poetry]"), read from lines that start
 * with `[`: cheap enough for `detect` on large files, and all a detector needs.
 */
function tomlHeaders(text) {
    const headers = new Set();
    let start = 0;
    while (start < text.length) {
        let i = start;
        while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)
            i++;
        let nl = text.indexOf('\n', i);
        if (nl === -1)
            nl = text.length;
        if (text.charCodeAt(i) === 0x5b) {
            let close = i + 1;
            while (close < nl && text.charCodeAt(close) !== 0x5d)
                close++;
            if (close < nl) {
                const end = text.charCodeAt(close + 1) === 0x5d ? close + 2 : close + 1;
                if (end - i <= 200)
                    headers.add(text.slice(i, end).replace(/[ \t]/g, ''));
            }
        }
        start = nl + 1;
    }
    return headers;
}
/** Whether some line starts with `key =` (for detection, without parsing the document). */
function hasTopLevelKey(text, key) {
    return text.startsWith(key + ' =', 0) || text.includes('\n' + key + ' =');
}

;// CONCATENATED MODULE: ./build/ingest/manifests/pyproject/artifact-digests.js

/**
 * Python lock files list one digest per artifact of a release (the sdist and every wheel), while a dependency
 * carries one digest per algorithm. We keep, per algorithm, the lowest digest in sort order:
 * - it is a real artifact's digest, so "does it match one the registry knows" works unchanged;
 * - it stays the same while the release's files stay the same, whichever tool or order listed them
 *   (poetry.lock, Pipfile.lock and requirements.txt --hash give the same value for the same file set);
 * - it changes when an artifact's content changes or the file set does (a wheel added to the release later
 *   can change it too: that is the cost of one value per algorithm).
 * Entries are "alg:hex" (poetry, Pipfile.lock, pip --hash). Unusable entries are returned for problems.
 */
function artifactChecksums(entries) {
    const lowest = {};
    const invalid = [];
    for (const entry of entries) {
        const colon = entry.indexOf(':');
        const algorithm = colon > 0 ? artifact_digests_algorithmId(entry.slice(0, colon)) : '';
        let hex = entry.slice(colon + 1);
        // Locks write lower-case hex; only other spellings pay for the copy.
        if (!isPlausibleDigest(algorithm, hex))
            hex = hex.trim().toLowerCase();
        if (colon <= 0 || !isPlausibleDigest(algorithm, hex)) {
            invalid.push(entry.length > 100 ? entry.slice(0, 100) + '…' : entry);
            continue;
        }
        const known = lowest[algorithm];
        if (known === undefined || hex < known)
            lowest[algorithm] = hex;
    }
    return { checksums: Object.keys(lowest).length > 0 ? lowest : null, invalid };
}
// Nearly every entry is "sha256": skip the general lookup for it.
const artifact_digests_algorithmId = (name) => (name === 'sha256' ? name : normaliseAlgorithm(name));
/** Where pip, Poetry and Pipenv fetch from when the file names no other index. */
const PYPI_SIMPLE = 'https://pypi.org/simple';

;// CONCATENATED MODULE: ./build/ingest/lockfiles/poetry-lock/package-entry.js

const package_entry_isTable = (v) => v !== undefined && typeof v === 'object' && !Array.isArray(v);
/**
 * `files` hashes come from the package itself (lock 2.x, also as [[package.files]]) or, in lock 1.x, from
 * [metadata.files] keyed by the package name.
 */
function readPoetryPackage(entry, metadataFiles) {
    const name = entry['name'];
    const version = entry['version'];
    if (typeof name !== 'string' || name.length === 0)
        return { ok: false, message: 'package has no name' };
    if (typeof version !== 'string' || version.length === 0)
        return { ok: false, message: `package "${name}" has no version` };
    const files = Array.isArray(entry['files']) ? entry['files'] : metadataFiles && Array.isArray(metadataFiles[name]) ? metadataFiles[name] : [];
    const hashes = [];
    for (const file of files)
        if (package_entry_isTable(file) && typeof file['hash'] === 'string')
            hashes.push(file['hash']);
    const { checksums, invalid } = artifactChecksums(hashes);
    const groups = entry['groups'];
    const category = entry['category'];
    const development = Array.isArray(groups) ? !groups.includes('main') : typeof category === 'string' ? category === 'dev' : null;
    const dependencies = entry['dependencies'];
    const dependsOn = package_entry_isTable(dependencies) ? Object.keys(dependencies) : [];
    return { ok: true, value: { name, version, source: sourceOf(entry['source']), checksums, development, dependsOn, invalidHashes: invalid } };
}
/**
 * [package.source]: absent means the default index (PyPI). git sources are written pip-style
 * (git+URL@commit); legacy (an extra index) and url sources by their URL; file and directory by their path.
 */
function sourceOf(source) {
    if (!package_entry_isTable(source))
        return PYPI_SIMPLE;
    const url = typeof source['url'] === 'string' ? source['url'] : null;
    if (url === null)
        return PYPI_SIMPLE;
    if (source['type'] === 'git') {
        const commit = source['resolved_reference'] ?? source['reference'];
        const prefixed = url.startsWith('git+') ? url : `git+${url}`;
        return typeof commit === 'string' && commit.length > 0 ? `${prefixed}@${commit}` : prefixed;
    }
    return url;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/poetry-lock/parse.js





const GENERATED = '# This file is automatically @generated by Poetry';
const parse_isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const poetry_lock_parse_parser = {
    id: 'poetry-lock',
    description: 'Poetry poetry.lock (lock 1.x, 2.0, 2.1)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
    companions: ['pyproject.toml'],
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        if (text.startsWith(GENERATED))
            return true;
        const headers = tomlHeaders(text);
        return headers.has('[[package]]') && headers.has('[metadata]') && (hasTopLevelKey(text, 'content-hash') || hasTopLevelKey(text, 'lock-version'));
    },
    parse: ({ text, path, companions }) => {
        const lock = readTomlLock(text);
        const problems = [...lock.problems];
        const notes = [];
        const entries = lock.root['package'];
        if (entries !== undefined && !Array.isArray(entries))
            return { ok: false, error: 'poetry.lock has no [[package]] list' };
        const metadata = parse_isTable(lock.root['metadata']) ? lock.root['metadata'] : null;
        const metadataFiles = metadata && parse_isTable(metadata['files']) ? metadata['files'] : null;
        const lockVersion = metadata?.['lock-version'];
        if (typeof lockVersion === 'string' && Number.parseInt(lockVersion, 10) > 2) {
            notes.push(`poetry.lock lock-version ${lockVersion} is newer than depindex knows (1.x, 2.x); read as 2.1`);
        }
        const nodes = [];
        const refsByName = new Map();
        const seenRefs = new Set();
        for (const entry of entries ?? []) {
            if (!parse_isTable(entry) || lock.broken.has(entry))
                continue;
            const place = () => lock.placeOf(entry);
            const read = readPoetryPackage(entry, metadataFiles);
            if (!read.ok) {
                problems.push({ place: place(), message: read.message });
                continue;
            }
            const pkg = read.value;
            for (const bad of pkg.invalidHashes)
                problems.push({ place: place(), message: `"${pkg.name}": "${bad}" is not a usable file hash; the others are kept` });
            const purl = (0,shared_purl/* buildPurl */.Eq)('pypi', null, pkg.name, pkg.version);
            if (!purl.ok) {
                problems.push({ place: place(), message: purl.error });
                continue;
            }
            const key = (0,pypi_name/* canonicalPypiName */.go)(pkg.name);
            let ref = `${key}@${pkg.version}`;
            // The same name and version from two sources (PyPI and a git checkout) are two packages.
            for (let n = 2; seenRefs.has(ref); n++)
                ref = `${key}@${pkg.version}#${n}`;
            seenRefs.add(ref);
            nodes.push({ ref, key, pkg, purl: purl.value });
            const list = refsByName.get(key);
            if (list)
                list.push(ref);
            else
                refsByName.set(key, [ref]);
        }
        // A name can be locked at several versions (one per environment marker): an edge goes to each.
        const edges = [];
        for (const node of nodes) {
            for (const name of node.pkg.dependsOn) {
                for (const to of refsByName.get((0,pypi_name/* canonicalPypiName */.go)(name)) ?? [])
                    if (to !== node.ref)
                        edges.push([node.ref, to]);
            }
        }
        const declared = readDeclared(companions.get('pyproject.toml'), notes);
        const declaredNames = declared ? new Set(declared.map((d) => d.name)) : null;
        const dependencies = nodes.map((node) => ({
            ref: node.ref,
            purl: node.purl,
            writtenName: node.pkg.name,
            direct: declaredNames ? declaredNames.has(node.key) : null,
            development: node.pkg.development ?? null,
            licenses: null,
            checksums: node.pkg.checksums,
            source: node.pkg.source,
        }));
        const walk = declared ? walkOf(declared, refsByName) : undefined;
        return { ok: true, value: { sets: [{ file: path, packageManager: 'poetry', dependencies, edges, ...(walk && { walk }) }], problems, notes } };
    },
};
function readDeclared(pyproject, notes) {
    if (pyproject === undefined) {
        notes.push('no pyproject.toml beside poetry.lock: which dependencies are direct is unknown');
        return null;
    }
    const declared = declaredPyprojectDependencies(pyproject);
    if (!declared.ok) {
        notes.push(`${declared.error} (${declared.place}); which dependencies are direct is unknown`);
        return null;
    }
    return declared.value;
}
/**
 * Lock 2.0 says nothing of groups: a package is for development when only development groups reach it through
 * the lock's graph, runtime when a runtime dependency does, unknown when neither does (graph/walk.ts).
 */
function walkOf(declared, refsByName) {
    const roots = declared.flatMap((d) => (refsByName.get(d.name) ?? []).map((ref) => [ref, d.development]));
    return { roots, unreached: null };
}

;// CONCATENATED MODULE: ./build/ingest/manifests/pipfile/declared.js


const declared_isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The dependencies a Pipfile declares: [packages] for runtime, [dev-packages] for development (PEP 503 names). */
function declaredPipfileDependencies(text) {
    const read = readTomlDocument(text, 'Pipfile');
    if (!read.ok)
        return read;
    const doc = read.value;
    const out = [];
    for (const [table, development] of [['packages', false], ['dev-packages', true]]) {
        const entries = doc[table];
        if (declared_isTable(entries))
            for (const name of Object.keys(entries))
                out.push({ name: (0,pypi_name/* canonicalPypiName */.go)(name), development });
    }
    return { ok: true, value: out };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/pipfile-lock/parse.js






/** "==1.2.3" (or "===1.2.3") -> "1.2.3"; anything else is not a locked version. */
function pinnedVersion(spec) {
    if (typeof spec !== 'string')
        return null;
    const version = spec.startsWith('===') ? spec.slice(3) : spec.startsWith('==') ? spec.slice(2) : null;
    return version && version.length > 0 && !/[\s*,;]/.test(version) ? version : null;
}
/** index name -> URL from _meta.sources; the first source is where Pipenv looks when an entry names none. */
function readSources(meta) {
    const byName = new Map();
    let fallback = null;
    const sources = isJsonObject(meta) && Array.isArray(meta['sources']) ? meta['sources'] : [];
    for (const source of sources) {
        if (!isJsonObject(source) || typeof source['url'] !== 'string')
            continue;
        fallback ??= source['url'];
        if (typeof source['name'] === 'string')
            byName.set(source['name'], source['url']);
    }
    return { byName, fallback: fallback ?? PYPI_SIMPLE };
}
const pipfile_lock_parse_parser = {
    id: 'pipfile-lock',
    description: 'Pipenv Pipfile.lock (pipfile-spec 6)',
    capabilities: { edges: 'none', direct: true, development: true, checksums: true, sources: true, licenses: false },
    companions: ['Pipfile'],
    detect: ({ json }) => {
        if (!isJsonObject(json) || !isJsonObject(json['_meta']))
            return false;
        const meta = json['_meta'];
        return 'pipfile-spec' in meta || ((isJsonObject(json['default']) || isJsonObject(json['develop'])) && ('sources' in meta || 'hash' in meta));
    },
    parse: ({ json, path, companions }) => {
        if (!isJsonObject(json))
            return { ok: false, error: 'Pipfile.lock is not a JSON object' };
        const problems = [];
        const notes = [];
        const sources = readSources(json['_meta']);
        const spec = isJsonObject(json['_meta']) ? json['_meta']['pipfile-spec'] : undefined;
        if (typeof spec === 'number' && spec > 6)
            notes.push(`Pipfile.lock pipfile-spec ${spec} is newer than depindex knows (6); read as 6`);
        const declared = parse_readDeclared(companions.get('Pipfile'), notes);
        const dependencies = [];
        const indexOf = new Map();
        // A default entry is direct when [packages] declares it; a develop entry when either table does.
        const isDirect = (name, section) => {
            if (!declared)
                return null;
            const runtime = declared.get((0,pypi_name/* canonicalPypiName */.go)(name));
            return runtime === undefined ? false : section === 'develop' || runtime;
        };
        for (const section of ['default', 'develop']) {
            const entries = json[section];
            if (entries === undefined)
                continue;
            if (!isJsonObject(entries)) {
                problems.push({ place: jsonPointer(section), message: `"${section}" is not an object of packages` });
                continue;
            }
            for (const [name, entry] of Object.entries(entries)) {
                const place = jsonPointer(section, name);
                if (!isJsonObject(entry)) {
                    problems.push({ place, message: `"${name}" is not an object` });
                    continue;
                }
                const version = pinnedVersion(entry['version']);
                if (version === null) {
                    const kind = ['git', 'path', 'file', 'editable'].find((k) => k in entry);
                    problems.push({ place, message: kind ? `"${name}" is a ${kind} requirement without a locked version` : `"${name}" has no "==" locked version` });
                    continue;
                }
                const ref = `${(0,pypi_name/* canonicalPypiName */.go)(name)}@${version}`;
                const known = indexOf.get(ref);
                if (known !== undefined) {
                    // In default and develop at the same version: one runtime dependency (default came first).
                    const existing = dependencies[known];
                    if (existing.direct === false && isDirect(name, section))
                        dependencies[known] = { ...existing, direct: true };
                    continue;
                }
                const purl = (0,shared_purl/* buildPurl */.Eq)('pypi', null, name, version);
                if (!purl.ok) {
                    problems.push({ place, message: purl.error });
                    continue;
                }
                const hashes = Array.isArray(entry['hashes']) ? entry['hashes'].filter((h) => typeof h === 'string') : [];
                const { checksums, invalid } = artifactChecksums(hashes);
                for (const bad of invalid)
                    problems.push({ place: jsonPointer(section, name, 'hashes'), message: `"${bad}" is not a usable hash; the others are kept` });
                const index = entry['index'];
                const source = typeof index === 'string' ? (sources.byName.get(index) ?? null) : sources.fallback;
                if (typeof index === 'string' && source === null)
                    problems.push({ place: jsonPointer(section, name, 'index'), message: `index "${index}" is not in _meta.sources` });
                indexOf.set(ref, dependencies.length);
                dependencies.push({
                    ref,
                    purl: purl.value,
                    writtenName: name,
                    direct: isDirect(name, section),
                    development: section === 'develop',
                    licenses: null,
                    checksums,
                    source,
                });
            }
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'pipenv', dependencies, edges: [] }], problems, notes } };
    },
};
/** PEP 503 name -> true when [packages] declares it, false when only [dev-packages] does. */
function parse_readDeclared(pipfile, notes) {
    if (pipfile === undefined) {
        notes.push('no Pipfile beside Pipfile.lock: which dependencies are direct is unknown');
        return null;
    }
    const declared = declaredPipfileDependencies(pipfile);
    if (!declared.ok) {
        notes.push(`${declared.error} (${declared.place}); which dependencies are direct is unknown`);
        return null;
    }
    const out = new Map();
    for (const d of declared.value)
        out.set(d.name, (out.get(d.name) ?? false) || !d.development);
    return out;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/cargo-lock/package-id.js
function readPackageId(text) {
    const trimmed = text.trim();
    const space = trimmed.indexOf(' ');
    if (space === -1)
        return trimmed.length > 0 ? { name: trimmed, version: null, source: null } : null;
    const name = trimmed.slice(0, space);
    const rest = trimmed.slice(space + 1).trim();
    const space2 = rest.indexOf(' ');
    if (space2 === -1)
        return { name, version: rest, source: null };
    const tail = rest.slice(space2 + 1).trim();
    if (!tail.startsWith('(') || !tail.endsWith(')'))
        return null;
    return { name, version: rest.slice(0, space2), source: tail.slice(1, -1) };
}
/** The registry a source string names: "registry+URL" / "sparse+URL" give the index URL; git and others stay as written. */
function sourceUrl(source) {
    if (source.startsWith('registry+'))
        return source.slice('registry+'.length);
    return source;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/cargo-lock/parse.js




const parse_GENERATED = '# This file is automatically @generated by Cargo.';
const cargo_lock_parse_isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const parse_idOf = (p) => p.source ? `${p.name} ${p.version} (${p.source})` : `${p.name} ${p.version}`;
const cargo_lock_parse_parser = {
    id: 'cargo-lock',
    description: 'Cargo.lock (v1-v4)',
    capabilities: { edges: 'complete', direct: true, development: false, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        if (text.startsWith(parse_GENERATED))
            return true;
        const headers = tomlHeaders(text);
        if (!headers.has('[[package]]') || hasTopLevelKey(text, 'python-versions') || hasTopLevelKey(text, 'content-hash'))
            return false;
        // Cargo's own keys: quoted source kinds, checksum lines, v1's [metadata] "checksum ..." keys or [root].
        return /\nsource = "(registry|sparse|git)\+/.test(text) || hasTopLevelKey(text, 'checksum') || text.includes('\n"checksum ') || headers.has('[root]');
    },
    parse: ({ text, path }) => {
        const lock = readTomlLock(text);
        const problems = [...lock.problems];
        const entries = lock.root['package'];
        if (entries !== undefined && !Array.isArray(entries))
            return { ok: false, error: 'Cargo.lock has no [[package]] list' };
        const metadata = cargo_lock_parse_isTable(lock.root['metadata']) ? lock.root['metadata'] : {};
        const notes = [];
        const version = lock.root['version'];
        if (typeof version === 'number' && version > 4)
            notes.push(`Cargo.lock version ${version} is newer than depindex knows (1-4); read as version 4`);
        const locked = [];
        // v1 lists the root crate in [root], with the same fields as a package.
        const all = cargo_lock_parse_isTable(lock.root['root']) ? [lock.root['root'], ...(entries ?? [])] : (entries ?? []);
        for (const entry of all) {
            if (!cargo_lock_parse_isTable(entry) || lock.broken.has(entry))
                continue;
            const { name, version, source, checksum, dependencies } = entry;
            if (typeof name !== 'string' || typeof version !== 'string' || name.length === 0 || version.length === 0) {
                problems.push({ place: lock.placeOf(entry), message: 'package without a name and version' });
                continue;
            }
            const src = typeof source === 'string' ? source : null;
            const deps = Array.isArray(dependencies) ? dependencies.filter((d) => typeof d === 'string') : [];
            const v1Checksum = metadata[`checksum ${parse_idOf({ name, version, source: src })}`];
            const sum = typeof checksum === 'string' ? checksum : typeof v1Checksum === 'string' ? v1Checksum : null;
            locked.push({ name, version, source: src, checksum: sum, dependencies: deps, table: entry });
        }
        const resolve = resolver(locked);
        // Refs read "name@version", with Cargo's full id only where two sources lock the same name and version.
        const sameVersion = new Map();
        for (const p of locked)
            sameVersion.set(`${p.name}@${p.version}`, (sameVersion.get(`${p.name}@${p.version}`) ?? 0) + 1);
        const refOf = (p) => ((sameVersion.get(`${p.name}@${p.version}`) ?? 0) > 1 ? parse_idOf(p) : `${p.name}@${p.version}`);
        // Packages without a source are the workspace's own crates: not dependencies; what they depend on is direct.
        const dependencies = [];
        const direct = new Set();
        for (const pkg of locked) {
            if (pkg.source !== null)
                continue;
            for (const dep of pkg.dependencies) {
                const target = resolve(dep);
                if (target && target.source !== null)
                    direct.add(refOf(target));
            }
        }
        const edges = [];
        for (const pkg of locked) {
            if (pkg.source === null)
                continue;
            const ref = refOf(pkg);
            const purl = (0,shared_purl/* buildPurl */.Eq)('cargo', null, pkg.name, pkg.version);
            if (!purl.ok) {
                problems.push({ place: lock.placeOf(pkg.table), message: purl.error });
                continue;
            }
            let checksums = null;
            if (pkg.checksum !== null) {
                const hex = pkg.checksum.toLowerCase();
                if (isPlausibleDigest('sha256', hex))
                    checksums = { sha256: hex };
                else if (hex !== '<none>')
                    problems.push({ place: lock.placeOf(pkg.table), message: `"${pkg.name}" has a checksum that is not a SHA-256 digest` });
            }
            dependencies.push({ ref, purl: purl.value, direct: direct.has(ref), development: null, licenses: null, checksums, source: sourceUrl(pkg.source) });
            for (const dep of pkg.dependencies) {
                const target = resolve(dep);
                if (!target)
                    problems.push({ place: lock.placeOf(pkg.table), message: `"${pkg.name}" depends on "${dep}", which is not in the lock file` });
                else if (target.source !== null)
                    edges.push([ref, refOf(target)]);
            }
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'cargo', dependencies, edges }], problems, notes } };
    },
};
/** Finds the package a `dependencies` entry names, whether it gives the name, name + version, or all three. */
function resolver(locked) {
    const byName = new Map();
    for (const pkg of locked) {
        const list = byName.get(pkg.name);
        if (list)
            list.push(pkg);
        else
            byName.set(pkg.name, [pkg]);
    }
    return (text) => {
        const id = readPackageId(text);
        if (!id)
            return null;
        const candidates = (byName.get(id.name) ?? []).filter((p) => (id.version === null || p.version === id.version) && (id.source === null || p.source === id.source));
        return candidates.length === 1 ? candidates[0] : null;
    };
}

// EXTERNAL MODULE: ./build/ingest/json-text.js + 1 modules
var json_text = __webpack_require__(82776);
;// CONCATENATED MODULE: ./build/ingest/manifests/composer-json/declared.js

/**
 * Platform requirements name the PHP runtime and its extensions, not packages Composer installs:
 * php, php-64bit, php-ipv6, php-zts, php-debug, hhvm, ext-*, lib-*, composer, composer-plugin-api, composer-runtime-api.
 */
function isPlatformPackage(name) {
    const n = name.toLowerCase();
    return (n === 'php' ||
        n.startsWith('php-') ||
        n === 'hhvm' ||
        n.startsWith('ext-') ||
        n.startsWith('lib-') ||
        n === 'composer' ||
        n === 'composer-plugin-api' ||
        n === 'composer-runtime-api');
}
/** From composer.json's parsed JSON: require (runtime) and require-dev (development), platform entries left out. */
function declaredComposerDependencies(json) {
    if (!isJsonObject(json))
        return [];
    const out = [];
    for (const [key, development] of [['require', false], ['require-dev', true]]) {
        const table = json[key];
        if (!isJsonObject(table))
            continue;
        for (const name of Object.keys(table))
            if (!isPlatformPackage(name))
                out.push({ name: name.toLowerCase(), development });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/composer-lock/parse.js






const parse_str = (v) => (typeof v === 'string' && v.length > 0 ? v : null);
const composer_lock_parse_parser = {
    id: 'composer-lock',
    description: 'Composer composer.lock',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
    companions: ['composer.json'],
    detect: ({ json }) => isJsonObject(json) && Array.isArray(json['packages']) && ('content-hash' in json || '_readme' in json || 'packages-dev' in json || 'plugin-api-version' in json),
    parse: ({ json, path, companions }) => {
        if (!isJsonObject(json))
            return { ok: false, error: 'composer.lock is not a JSON object' };
        const problems = [];
        const notes = [];
        const declared = composer_lock_parse_readDeclared(companions.get('composer.json'), notes);
        const dependencies = [];
        const entries = [];
        // Lower-case name -> ref, including names a package replaces or provides (symfony/polyfill-* and the like).
        const byName = new Map();
        const provided = new Map();
        for (const [section, development] of [['packages', false], ['packages-dev', true]]) {
            const list = json[section];
            if (list === undefined)
                continue;
            if (!Array.isArray(list)) {
                problems.push({ place: jsonPointer(section), message: `"${section}" is not a list` });
                continue;
            }
            list.forEach((pkg, index) => {
                const place = jsonPointer(section, index);
                const name = isJsonObject(pkg) ? parse_str(pkg['name']) : null;
                const version = isJsonObject(pkg) ? parse_str(pkg['version']) : null;
                if (!isJsonObject(pkg) || !name || !version) {
                    problems.push({ place, message: 'package without a name and version' });
                    return;
                }
                const slash = name.indexOf('/');
                const purl = (0,shared_purl/* buildPurl */.Eq)('composer', slash > 0 ? name.slice(0, slash) : null, slash > 0 ? name.slice(slash + 1) : name, version);
                if (!purl.ok) {
                    problems.push({ place, message: purl.error });
                    return;
                }
                const key = name.toLowerCase();
                const ref = `${key}@${version}`;
                if (byName.has(key)) {
                    problems.push({ place, message: `"${name}" is locked twice; the first entry is kept` });
                    return;
                }
                byName.set(key, ref);
                for (const field of ['replace', 'provide']) {
                    const table = pkg[field];
                    if (isJsonObject(table))
                        for (const other of Object.keys(table))
                            if (!provided.has(other.toLowerCase()))
                                provided.set(other.toLowerCase(), ref);
                }
                const dist = isJsonObject(pkg['dist']) ? pkg['dist'] : {};
                const source = isJsonObject(pkg['source']) ? pkg['source'] : {};
                const shasum = parse_str(dist['shasum'])?.toLowerCase() ?? null;
                if (shasum && !isPlausibleDigest('sha1', shasum))
                    problems.push({ place: jsonPointer(section, index, 'dist', 'shasum'), message: `"${name}" has a shasum that is not a SHA-1 digest` });
                const license = pkg['license'];
                const licenses = Array.isArray(license) ? license.filter((l) => typeof l === 'string') : typeof license === 'string' ? [license] : [];
                const require = isJsonObject(pkg['require']) ? Object.keys(pkg['require']).filter((r) => !isPlatformPackage(r)) : [];
                entries.push({ name: key, ref, requires: require, place });
                dependencies.push({
                    ref,
                    purl: purl.value,
                    direct: declared ? declared.has(key) : null,
                    development,
                    licenses: licenses.length > 0 ? licenses : null,
                    checksums: shasum && isPlausibleDigest('sha1', shasum) ? { sha1: shasum } : null,
                    source: parse_str(dist['url']) ?? parse_str(source['url']),
                });
            });
        }
        const edges = [];
        for (const entry of entries) {
            for (const required of entry.requires) {
                const to = byName.get(required.toLowerCase()) ?? provided.get(required.toLowerCase());
                // A requirement no package satisfies was replaced by the root project (composer.json "replace").
                if (to && to !== entry.ref)
                    edges.push([entry.ref, to]);
            }
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'composer', dependencies, edges }], problems, notes } };
    },
};
function composer_lock_parse_readDeclared(text, notes) {
    if (text === undefined) {
        notes.push('no composer.json beside composer.lock: which dependencies are direct is unknown');
        return null;
    }
    const parsed = (0,json_text/* parseJson */.qF)(text);
    if (!parsed.ok) {
        notes.push(`composer.json beside composer.lock is not valid JSON (${parsed.place}: ${parsed.message}); which dependencies are direct is unknown`);
        return null;
    }
    return new Set(declaredComposerDependencies(parsed.value).map((d) => d.name));
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/nuget-lock/parse.js




const PACKAGE_TYPES = new Set(['Direct', 'Transitive', 'CentralTransitive']);
const ALL_TYPES = new Set([...PACKAGE_TYPES, 'Project']);
const nuget_lock_parse_parser = {
    id: 'nuget-lock',
    description: 'NuGet packages.lock.json (v1, v2)',
    capabilities: { edges: 'complete', direct: true, development: false, checksums: true, sources: false, licenses: false },
    detect: ({ json }) => {
        if (!isJsonObject(json) || typeof json['version'] !== 'number' || json['version'] < 1 || !isJsonObject(json['dependencies']))
            return false;
        const frameworks = Object.values(json['dependencies']).filter(isJsonObject);
        // Typed NuGet entries (a broken entry or target among them is the parser's problem, not another format);
        // an all-empty lock is recognised by its framework names.
        const entries = frameworks.flatMap((f) => Object.values(f));
        if (entries.length === 0)
            return Object.keys(json['dependencies']).every((k) => /^(net|\.net|uap|monoandroid|xamarin|portable|tizen)/i.test(k));
        return entries.some((e) => isJsonObject(e) && typeof e['type'] === 'string' && ALL_TYPES.has(e['type']));
    },
    parse: ({ json, path }) => {
        if (!isJsonObject(json) || !isJsonObject(json['dependencies']))
            return { ok: false, error: 'packages.lock.json has no "dependencies" object' };
        const frameworks = json['dependencies'];
        const problems = [];
        const notes = [];
        const version = json['version'];
        if (typeof version === 'number' && version > 2)
            notes.push(`packages.lock.json version ${version} is newer than depindex knows (1, 2); read as version 2`);
        // One dependency per package id (case-insensitive) and resolved version, whatever frameworks and RIDs list it:
        // direct when any of them says Direct.
        const merged = new Map();
        const resolvedIn = new Map();
        for (const [framework, entries] of Object.entries(frameworks)) {
            if (!isJsonObject(entries)) {
                problems.push({ place: jsonPointer('dependencies', framework), message: `target "${framework}" is not an object` });
                continue;
            }
            const versions = new Map();
            resolvedIn.set(framework, versions);
            for (const [name, entry] of Object.entries(entries)) {
                const place = jsonPointer('dependencies', framework, name);
                if (!isJsonObject(entry) || typeof entry['type'] !== 'string') {
                    problems.push({ place, message: `"${name}" has no type` });
                    continue;
                }
                if (entry['type'] === 'Project')
                    continue; // a project of the same solution, not a package
                if (!PACKAGE_TYPES.has(entry['type']))
                    problems.push({ place: jsonPointer('dependencies', framework, name, 'type'), message: `unknown type "${entry['type']}"; read as a package` });
                const version = typeof entry['resolved'] === 'string' && entry['resolved'].length > 0 ? entry['resolved'] : null;
                if (version === null) {
                    problems.push({ place, message: `"${name}" has no resolved version` });
                    continue;
                }
                versions.set(name.toLowerCase(), version);
                const ref = `${name.toLowerCase()}@${version}`;
                const direct = entry['type'] === 'Direct';
                const known = merged.get(ref);
                if (known) {
                    if (direct && !known.dependency.direct)
                        known.dependency = { ...known.dependency, direct: true };
                    continue;
                }
                const purl = (0,shared_purl/* buildPurl */.Eq)('nuget', null, name, version);
                if (!purl.ok) {
                    problems.push({ place, message: purl.error });
                    continue;
                }
                let checksums = null;
                if (typeof entry['contentHash'] === 'string') {
                    const hex = Buffer.from(entry['contentHash'], 'base64').toString('hex');
                    if (isPlausibleDigest('sha512', hex))
                        checksums = { sha512: hex };
                    else
                        problems.push({ place: jsonPointer('dependencies', framework, name, 'contentHash'), message: `"${name}" has a contentHash that is not a base64 SHA-512 digest` });
                }
                merged.set(ref, { dependency: { ref, purl: purl.value, direct, development: null, licenses: null, checksums, source: null } });
            }
        }
        // Edges name a dependency by id and range; the target is the version resolved in the same target (an RID
        // section, "net8.0/linux-x64", leans on its framework's section for what it does not list itself).
        const edges = new Set();
        const out = [];
        for (const [framework, entries] of Object.entries(frameworks)) {
            if (!isJsonObject(entries))
                continue;
            const own = resolvedIn.get(framework);
            const base = resolvedIn.get(framework.split('/')[0] ?? framework);
            for (const [name, entry] of Object.entries(entries)) {
                if (!isJsonObject(entry) || entry['type'] === 'Project' || typeof entry['resolved'] !== 'string' || !isJsonObject(entry['dependencies']))
                    continue;
                const from = `${name.toLowerCase()}@${entry['resolved']}`;
                if (!merged.has(from))
                    continue;
                for (const child of Object.keys(entry['dependencies'])) {
                    const key = child.toLowerCase();
                    const version = own?.get(key) ?? base?.get(key);
                    const to = version ? `${key}@${version}` : null;
                    if (to && merged.has(to) && !edges.has(`${from}\n${to}`)) {
                        edges.add(`${from}\n${to}`);
                        out.push([from, to]);
                    }
                }
            }
        }
        const dependencies = [...merged.values()].map((m) => m.dependency);
        return { ok: true, value: { sets: [{ file: path, packageManager: 'nuget', dependencies, edges: out }], problems, notes } };
    },
};

// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/ingest/lockfiles/gradle-lockfile/configurations.js
/**
 * Whether a Gradle configuration only serves development: tests, annotation processing, or a build tool's own
 * classpath (linters, doc generators, coverage agents, the Kotlin compiler). Such dependencies are not shipped.
 *
 * - a camelCase word "test" or "tests" anywhere: test, testRuntimeClasspath, jvmTestCompileClasspath,
 *   androidTestImplementation, debugUnitTestRuntimeClasspath, testFixturesApi, allTestSourceSetsCompile...
 * - annotation processors: annotationProcessor, kapt*, ksp*
 * - build tools, by prefix: detekt, ktlint, dokka, kover, jacoco, checkstyle, pmd, spotbugs, errorprone, lint,
 *   jmh, signatures (animal-sniffer), kotlinCompiler*, kotlinNativeCompilerPluginClasspath,
 *   kotlinKlibCommonizerClasspath, kotlinBuildToolsApiClasspath, kotlinScriptDef*, kotlinNativeBundleConfiguration
 */
const TOOL_PREFIXES = [
    'detekt', 'ktlint', 'dokka', 'kover', 'jacoco', 'checkstyle', 'pmd', 'spotbugs', 'errorprone', 'lint', 'jmh', 'signatures',
    'kotlinCompiler', 'kotlinNativeCompilerPluginClasspath', 'kotlinKlibCommonizerClasspath', 'kotlinBuildToolsApiClasspath',
    'kotlinScriptDef', 'kotlinNativeBundleConfiguration',
];
const PROCESSOR_PREFIXES = ['annotationProcessor', 'kapt', 'ksp'];
function isDevelopmentConfiguration(name) {
    if (TOOL_PREFIXES.some((p) => name.startsWith(p)) || PROCESSOR_PREFIXES.some((p) => name.startsWith(p)))
        return true;
    // Words of a camelCase name: "jvmTestRuntimeClasspath" -> jvm, test, runtime, classpath.
    const words = name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
    return words.some((w) => w === 'test' || w === 'tests') || words.includes('annotationprocessor');
}

;// CONCATENATED MODULE: ./build/ingest/gradle-verification/components.js

/**
 * Reads the <component> elements of gradle/verification-metadata.xml.
 *
 * A tag scanner rather than an XML library: the file is written by Gradle to one schema
 * (https://docs.gradle.org/current/userguide/dependency_verification.html), and all it carries for us is in the
 * attributes of four elements (component, artifact, md5/sha1/sha256/sha512), so a scan over the tags is exact
 * for it, linear, keeps line numbers for problems, and adds no dependency. Comments and CDATA are skipped;
 * anything else (configuration, trusted keys, also-trust, pgp) is ignored.
 */
function readVerificationMetadata(text) {
    const components = [];
    const problems = [];
    let lineStart = 0;
    let line = 1;
    const lineAt = (offset) => {
        // Offsets only grow during the scan: count newlines from where the last count stopped.
        for (let i = lineStart; i < offset; i++)
            if (text.charCodeAt(i) === 0x0a)
                line++;
        lineStart = Math.max(lineStart, offset);
        return line;
    };
    let current = null;
    let artifact = null;
    const finish = () => {
        if (!current)
            return;
        components.push({ group: current.group, name: current.name, version: current.version, checksums: mainChecksums(current), line: current.line });
        current = null;
    };
    const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
    for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
        const element = m[2];
        if (element === undefined)
            continue;
        const closing = m[1] === '/';
        const selfClosing = (m[3] ?? '').endsWith('/');
        if (element === 'component') {
            if (closing) {
                finish();
                continue;
            }
            finish();
            const attrs = attributes(m[3] ?? '');
            const at = lineAt(m.index);
            const { group, name, version } = attrs;
            if (!group || !name || !version) {
                problems.push({ place: `line ${at}`, message: 'a <component> without group, name and version' });
                continue;
            }
            current = { group, name, version, line: at, artifacts: [] };
            if (selfClosing)
                finish();
        }
        else if (element === 'artifact' && current) {
            if (closing) {
                artifact = null;
                continue;
            }
            artifact = { name: attributes(m[3] ?? '')['name'] ?? '', checksums: {} };
            current.artifacts.push(artifact);
            if (selfClosing)
                artifact = null;
        }
        else if (!closing && artifact && /^(md5|sha1|sha256|sha512)$/.test(element)) {
            const value = (attributes(m[3] ?? '')['value'] ?? '').toLowerCase();
            const algorithm = normaliseAlgorithm(element);
            if (isPlausibleDigest(algorithm, value))
                artifact.checksums[algorithm] = value;
            else
                problems.push({ place: `line ${lineAt(m.index)}`, message: `"${artifact.name}" has a ${element} that is not a ${element} digest` });
        }
    }
    finish();
    return { components, problems };
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function attributes(text) {
    const out = {};
    for (const m of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        out[m[1]] = (m[2] ?? m[3] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e] ?? '');
    }
    return out;
}
/**
 * The artifact that is the component itself: name-version.ext (not a pom, module or classifier file); else a
 * differently named binary that is no sources/javadoc jar (Kotlin multiplatform modules publish `clikt-jvm.jar`
 * for clikt-core-jvm 5.1.0: the .module names the file, and Gradle records that name); else the pom; else the first.
 */
function mainChecksums(c) {
    const base = `${c.name}-${c.version}.`;
    const withSums = c.artifacts.filter((a) => Object.keys(a.checksums).length > 0);
    const main = withSums.find((a) => a.name.startsWith(base) && !/\.(pom|module)$/.test(a.name) && !a.name.slice(base.length).includes('-'));
    // A file named after the component with a classifier (name-version-natives.jar) is another artifact, not this one.
    const renamed = withSums.find((a) => !a.name.startsWith(`${c.name}-${c.version}`) && /\.(jar|aar|klib)$/.test(a.name) && !/-(sources|javadoc)\.jar$/.test(a.name));
    const chosen = main ?? renamed ?? withSums.find((a) => a.name === `${base}pom`) ?? withSums[0];
    return chosen ? chosen.checksums : null;
}

;// CONCATENATED MODULE: ./build/ingest/gradle-verification/by-coordinate.js

/**
 * Where Gradle keeps verification metadata, as companion names relative to a Gradle output or lock file, nearest
 * first: at the build's root (gradle/ is Gradle's own place; a bare file beside it is what people attach to a CI
 * artifact), then the root build's gradle/ seen from a subproject one or two levels down (`app/gradle.lockfile`):
 * one file verifies the whole build. Names that climb out of the repository are not looked for (ingest/load.ts).
 */
const VERIFICATION_COMPANIONS = [
    'gradle/verification-metadata.xml',
    'verification-metadata.xml',
    '../gradle/verification-metadata.xml',
    '../../gradle/verification-metadata.xml',
];
/**
 * Checksums by "group:name:version" from the first verification metadata companion that was found, with notes
 * saying which file gave them and how many entries could not be read (their dependencies then have none).
 */
function verifiedChecksums(companions) {
    const sums = new Map();
    for (const name of VERIFICATION_COMPANIONS) {
        const text = companions.get(name);
        if (text === undefined)
            continue;
        const read = readVerificationMetadata(text);
        for (const c of read.components)
            if (c.checksums)
                sums.set(`${c.group}:${c.name}:${c.version}`, c.checksums);
        const notes = [`checksums from ${name} (${read.components.length} components)`];
        if (read.problems.length > 0)
            notes.push(`${name}: ${read.problems.length} entries could not be read; their dependencies have no checksums`);
        return { sums, notes };
    }
    return { sums, notes: [] };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/gradle-lockfile/parse.js




const gradle_lockfile_parse_GENERATED = '# This is a Gradle generated file for dependency locking.';
/** "group:artifact:version=conf1,conf2" -> parts, or null. Plain splits, no regex over the whole line. */
function readLine(line) {
    const eq = line.indexOf('=');
    if (eq === -1)
        return null;
    const coordinates = line.slice(0, eq).split(':');
    if (coordinates.length !== 3 || coordinates.some((c) => c.length === 0 || /\s/.test(c)))
        return null;
    const [group, artifact, version] = coordinates;
    const configurations = line.slice(eq + 1).split(',').map((c) => c.trim()).filter((c) => c.length > 0);
    return { group, artifact, version, configurations };
}
const gradle_lockfile_parse_parser = {
    id: 'gradle-lockfile',
    description: 'Gradle gradle.lockfile (dependency locking)',
    capabilities: { edges: 'none', direct: false, development: true, checksums: true, sources: false, licenses: false },
    // Gradle keeps the checksums of what it resolved in its dependency verification file, not in the lock file.
    companions: VERIFICATION_COMPANIONS,
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        if (text.startsWith(gradle_lockfile_parse_GENERATED))
            return true;
        // Without the header: every content line is a locked coordinate or the "empty=" line.
        let coordinates = 0;
        for (const raw of text.slice(0, 100_000).split('\n')) {
            const line = raw.trim();
            if (line.length === 0 || line.startsWith('#'))
                continue;
            if (line.startsWith('empty='))
                continue;
            if (!readLine(line))
                return false;
            coordinates++;
        }
        return coordinates > 0;
    },
    parse: ({ text, path, companions }) => {
        const problems = [];
        const { sums, notes } = verifiedChecksums(companions);
        const dependencies = [];
        const seen = new Set();
        text.split('\n').forEach((raw, index) => {
            const line = raw.trim();
            if (line.length === 0 || line.startsWith('#') || line.startsWith('empty='))
                return;
            const place = `line ${index + 1}`;
            const read = readLine(line);
            if (!read) {
                problems.push({ place, message: `"${(0,describe_unknown/* printable */.g)(line, 120)}" is not "group:artifact:version=configurations"` });
                return;
            }
            const purl = (0,shared_purl/* buildPurl */.Eq)('maven', read.group, read.artifact, read.version);
            if (!purl.ok) {
                problems.push({ place, message: purl.error });
                return;
            }
            const ref = `${read.group}:${read.artifact}@${read.version}`;
            if (seen.has(ref)) {
                problems.push({ place, message: `${read.group}:${read.artifact}:${read.version} is listed twice; the first line is kept` });
                return;
            }
            seen.add(ref);
            dependencies.push({
                ref,
                purl: purl.value,
                direct: null,
                // Dev only when every configuration that resolves it is a test, annotation-processing or build-tool one.
                development: read.configurations.length > 0 && read.configurations.every(isDevelopmentConfiguration),
                licenses: null,
                checksums: sums.get(`${read.group}:${read.artifact}:${read.version}`) ?? null,
                source: null,
            });
        });
        return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges: [] }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/conan-lock/reference.js

function readReference(text) {
    let rest = text.trim();
    const percent = rest.indexOf('%');
    if (percent !== -1)
        rest = rest.slice(0, percent);
    // Conan 1 locks can append ":package_id#prev" for a binary; the recipe reference is before it.
    const colon = rest.indexOf(':');
    if (colon !== -1)
        rest = rest.slice(0, colon);
    let rrev = null;
    const hash = rest.indexOf('#');
    if (hash !== -1) {
        rrev = rest.slice(hash + 1) || null;
        rest = rest.slice(0, hash);
    }
    let user = null;
    let channel = null;
    const at = rest.indexOf('@');
    if (at !== -1) {
        const [u, c] = rest.slice(at + 1).split('/');
        // "_" stands for "no user" / "no channel".
        user = u && u !== '_' ? u : null;
        channel = c && c !== '_' ? c : null;
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0 || slash === rest.length - 1 || rest.indexOf('/', slash + 1) !== -1)
        return null;
    return { name: rest.slice(0, slash), version: rest.slice(slash + 1), user, channel, rrev };
}
/**
 * pkg:conan per the purl spec: user and the recipe revision as qualifiers. The channel cannot be written: the
 * spec's test suite (and packageurl-js) refuse a channel without a namespace, which is the package's vendor, and
 * a lock file does not name one.
 */
function conanPurl(ref) {
    const qualifiers = {};
    if (ref.user)
        qualifiers['user'] = ref.user;
    if (ref.rrev)
        qualifiers['rrev'] = ref.rrev;
    return (0,shared_purl/* buildPurl */.Eq)('conan', null, ref.name, ref.version, Object.keys(qualifiers).length > 0 ? qualifiers : null);
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/conan-lock/parse.js



const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);
const conan_lock_parse_parser = {
    id: 'conan-lock',
    description: 'Conan conan.lock (0.4 graph lock of Conan 1, 0.5 of Conan 2)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
    detect: ({ json }) => {
        if (!isJsonObject(json))
            return false;
        if (isJsonObject(json['graph_lock']) && isJsonObject(json['graph_lock']['nodes']))
            return true;
        return typeof json['version'] === 'string' && json['version'].startsWith('0.') && Array.isArray(json['requires']) && (Array.isArray(json['build_requires']) || Array.isArray(json['python_requires']));
    },
    parse: ({ json, path }) => {
        if (!isJsonObject(json))
            return { ok: false, error: 'conan.lock is not a JSON object' };
        if (isJsonObject(json['graph_lock']))
            return { ok: true, value: parseGraphLock(json['graph_lock'], path) };
        return { ok: true, value: parseFlatLock(json, path) };
    },
};
/**
 * Conan 2 (0.5): flat lists, no graph and no root. build_requires and python_requires are tools and recipe code
 * used while building (cmake, meson, pkgconf), not linked into the product: development unless `requires` also
 * lists the same reference.
 */
function parseFlatLock(json, path) {
    const problems = [];
    const byRef = new Map();
    for (const list of ['requires', 'build_requires', 'python_requires']) {
        const entries = json[list];
        if (entries !== undefined && !Array.isArray(entries))
            problems.push({ place: jsonPointer(list), message: `"${list}" is not a list` });
        (Array.isArray(entries) ? entries : []).forEach((text, index) => {
            const place = jsonPointer(list, index);
            if (typeof text !== 'string')
                return problems.push({ place, message: 'not a reference string' });
            const ref = readReference(text);
            if (!ref)
                return problems.push({ place, message: `"${text.slice(0, 120)}" is not a Conan reference (name/version)` });
            const purl = conanPurl(ref);
            if (!purl.ok)
                return problems.push({ place, message: purl.error });
            if (byRef.has(purl.value))
                return;
            byRef.set(purl.value, { ref: purl.value, purl: purl.value, direct: null, development: list !== 'requires', licenses: null, checksums: null, source: null });
        });
    }
    return { sets: [{ file: path, packageManager: 'conan', dependencies: [...byRef.values()], edges: [] }], problems };
}
/**
 * Conan 1 (0.4): graph_lock.nodes keyed by id, node "0" the consumer (conanfile); its requires and
 * build_requires are direct. A node only reachable through some build_requires edge is development (the walk
 * the graph stage takes).
 */
function parseGraphLock(graph, path) {
    const problems = [];
    const nodes = isJsonObject(graph['nodes']) ? graph['nodes'] : {};
    const refOfNode = new Map();
    const dependencies = new Map();
    for (const [id, node] of Object.entries(nodes)) {
        const place = jsonPointer('graph_lock', 'nodes', id);
        if (!isJsonObject(node)) {
            problems.push({ place, message: 'node is not an object' });
            continue;
        }
        if (id === '0' || typeof node['ref'] !== 'string')
            continue; // the consumer, or a local conanfile
        const ref = readReference(node['ref']);
        if (!ref) {
            problems.push({ place: jsonPointer('graph_lock', 'nodes', id, 'ref'), message: `"${node['ref'].slice(0, 120)}" is not a Conan reference (name/version)` });
            continue;
        }
        const purl = conanPurl(ref);
        if (!purl.ok) {
            problems.push({ place, message: purl.error });
            continue;
        }
        refOfNode.set(id, purl.value);
        if (!dependencies.has(purl.value))
            dependencies.set(purl.value, { ref: purl.value, purl: purl.value, direct: false, development: null, licenses: null, checksums: null, source: null });
    }
    // Build requirements are tools (cmake, meson): what only they bring is development, and so is what the
    // consumer's host graph does not reach at all (graph/walk.ts).
    const walkEdges = [];
    const allEdges = [];
    const seen = new Set();
    const root = isJsonObject(nodes['0']) ? nodes['0'] : {};
    for (const [id, node] of Object.entries(nodes)) {
        if (!isJsonObject(node))
            continue;
        for (const kind of ['requires', 'build_requires']) {
            const children = node[kind];
            if (Array.isArray(children) && children.length !== strings(children).length) {
                problems.push({ place: jsonPointer('graph_lock', 'nodes', id, kind), message: 'holds entries that are not node ids' });
            }
            for (const child of strings(children)) {
                const to = refOfNode.get(child);
                if (!to) {
                    if (!(child in nodes))
                        problems.push({ place: jsonPointer('graph_lock', 'nodes', id, kind), message: `node "${child}" is not in the lock` });
                    continue;
                }
                const from = id === '0' ? '0' : refOfNode.get(id);
                if (!from)
                    continue;
                walkEdges.push([from, to, kind === 'build_requires']);
                if (from !== '0' && from !== to && !seen.has(`${from}\n${to}`)) {
                    seen.add(`${from}\n${to}`);
                    allEdges.push([from, to]);
                }
            }
        }
    }
    const directIds = [...strings(root['requires']), ...strings(root['build_requires'])];
    for (const id of directIds) {
        const ref = refOfNode.get(id);
        const dep = ref ? dependencies.get(ref) : undefined;
        if (ref && dep)
            dependencies.set(ref, { ...dep, direct: true });
    }
    const walk = { roots: [['0', false]], edges: walkEdges, unreached: true };
    return { sets: [{ file: path, packageManager: 'conan', dependencies: [...dependencies.values()], edges: allEdges, walk }], problems };
}

;// CONCATENATED MODULE: ./build/ingest/manifests/manifest-only.js
/**
 * What parsing a manifest alone yields. A manifest declares constraints, not installed versions, so it gives no
 * dependency sets; the note tells the reader which lock file to scan instead (that parser reads the manifest as
 * its companion). Problems are bad declarations, reported so a broken manifest is not silently ignored.
 */
function manifestOnly(note, problems = []) {
    return { ok: true, value: { sets: [], problems, notes: [note] } };
}

;// CONCATENATED MODULE: ./build/ingest/manifests/package-json/parse.js




/** Keys that only other JSON formats have: a package.json never carries them. */
const FOREIGN_KEYS = [
    'lockfileVersion', // package-lock.json
    'require', // composer.json
    'require-dev',
    'content-hash', // composer.lock
    'bomFormat', // CycloneDX
    'spdxVersion', // SPDX
    '_meta', // Pipfile.lock
    'graph_lock', // conan.lock
    'dependency_files', // GitLab DS report
    'vulnerabilities',
    'pins', // Package.resolved
];
const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const PACKAGE_KEYS = ['scripts', 'workspaces', 'main', 'module', 'exports', 'bin', 'packageManager', 'private', 'engines', 'browserslist'];
const NOTE = 'package.json is a manifest: it declares version ranges, not installed versions; scan the lock file beside it ' +
    '(package-lock.json, yarn.lock or pnpm-lock.yaml), which reads package.json to tell direct and development dependencies';
const package_json_parse_parser = {
    id: 'package-json',
    description: 'npm package.json manifest (read beside a lock file; alone it lists no installed versions)',
    capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
    detect: ({ json }) => looksLikePackageJson(json),
    parse: ({ json }) => manifestOnly(NOTE, badRanges(json)),
};
function looksLikePackageJson(json) {
    if (!isJsonObject(json))
        return false;
    if (FOREIGN_KEYS.some((k) => k in json))
        return false;
    // NuGet's packages.lock.json and Package.resolved have a numeric "version"; npm's is a string.
    if ('version' in json && typeof json.version !== 'string')
        return false;
    if ('name' in json && typeof json.name !== 'string')
        return false;
    let evidence = typeof json.name === 'string' && typeof json.version === 'string';
    for (const key of DEPENDENCY_KEYS) {
        if (!(key in json))
            continue;
        const map = json[key];
        if (!isJsonObject(map) || nestsObjects(map))
            return false;
        evidence = true;
    }
    return evidence || PACKAGE_KEYS.some((k) => k in json);
}
/**
 * Ranges are strings; NuGet's packages.lock.json nests objects per target framework under "dependencies".
 * Judged on the map as a whole, not on every value: one null or damaged range in a real package.json is a
 * problem for parse to report, not a reason to stop recognising the file.
 */
function nestsObjects(map) {
    const values = Object.values(map);
    return !values.some((range) => typeof range === 'string') && values.some((range) => typeof range === 'object' && range !== null);
}
/** One problem per range that is not a string, placed by its JSON pointer; the lock-file readers skip those too. */
function badRanges(json) {
    if (!isJsonObject(json))
        return [];
    const problems = [];
    for (const key of DEPENDENCY_KEYS) {
        const map = json[key];
        if (!isJsonObject(map))
            continue;
        for (const [name, range] of Object.entries(map)) {
            if (typeof range !== 'string')
                problems.push({ place: jsonPointer(key, name), message: `the version range is ${kindOf(range)}, not a string; this entry is skipped` });
        }
    }
    return problems;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./build/ingest/manifests/composer-json/parse.js




const composer_json_parse_parser = {
    id: 'composer-json',
    description: 'Composer composer.json manifest',
    capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
    detect: ({ json }) => {
        if (!isJsonObject(json))
            return false;
        // composer.lock carries "packages"; package.json has no "require" tables.
        if ('packages' in json || 'content-hash' in json || 'lockfileVersion' in json || 'bomFormat' in json)
            return false;
        return isJsonObject(json['require']) || isJsonObject(json['require-dev']);
    },
    parse: ({ json }) => {
        const declared = declaredComposerDependencies(json);
        return manifestOnly(`composer.json is a manifest: it declares ${declared.length} dependencies with version constraints, not installed versions; ` +
            'scan composer.lock beside it, which reads composer.json to tell direct dependencies');
    },
};

;// CONCATENATED MODULE: ./build/ingest/manifests/pyproject/parse.js




const PYPROJECT_TABLES = ['[project]', '[build-system]', '[tool.poetry]', '[tool.poetry.dependencies]', '[dependency-groups]'];
// Tables of the formats that share TOML with pyproject.toml; their presence means it is not one.
const OTHER_FORMAT_TABLES = ['[[package]]', '[metadata]', '[[source]]', '[packages]', '[dev-packages]', '[package]'];
const pyproject_parse_parser = {
    id: 'pyproject',
    description: 'Python pyproject.toml manifest',
    capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        const headers = tomlHeaders(text);
        return PYPROJECT_TABLES.some((h) => headers.has(h)) && !OTHER_FORMAT_TABLES.some((h) => headers.has(h));
    },
    parse: ({ text }) => {
        const declared = declaredPyprojectDependencies(text);
        if (!declared.ok)
            return { ok: false, error: declared.error, place: declared.place };
        const names = new Set(declared.value.map((d) => d.name));
        return manifestOnly(`pyproject.toml is a manifest: it declares ${names.size} dependencies with version constraints, not installed versions; ` +
            'scan the lock file beside it (poetry.lock), which reads pyproject.toml to tell direct and development dependencies');
    },
};

;// CONCATENATED MODULE: ./build/ingest/manifests/pipfile/parse.js




const pipfile_parse_parser = {
    id: 'pipfile',
    description: 'Pipenv Pipfile manifest',
    capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        const headers = tomlHeaders(text);
        const hasPackages = headers.has('[packages]') || headers.has('[dev-packages]');
        // [[source]] (or [requires]) with a packages table is Pipenv's shape; pyproject.toml has neither.
        return hasPackages && (headers.has('[[source]]') || headers.has('[requires]')) && !headers.has('[project]') && !headers.has('[[package]]');
    },
    parse: ({ text }) => {
        const declared = declaredPipfileDependencies(text);
        if (!declared.ok)
            return { ok: false, error: declared.error, place: declared.place };
        return manifestOnly(`Pipfile is a manifest: it declares ${declared.value.length} dependencies with version constraints, not installed versions; ` +
            'scan Pipfile.lock beside it, which reads Pipfile to tell direct dependencies');
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/requirements-txt/logical-lines.js
/**
 * Splits the way pip does: a line ending in "\" continues on the next; "#" at the start or after whitespace
 * starts a comment. Plain string scans, so a hostile line costs time linear in its length.
 */
function logicalLines(text) {
    const out = [];
    const physical = text.split('\n');
    let pending = '';
    let pendingLine = 0;
    for (let i = 0; i < physical.length; i++) {
        let raw = physical[i];
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        const trimmedStart = raw.trimStart();
        if (pending.length === 0 && trimmedStart.startsWith('#')) {
            out.push({ line: i + 1, text: '', comment: trimmedStart.slice(1) });
            continue;
        }
        if (pending.length === 0)
            pendingLine = i + 1;
        if (raw.endsWith('\\') && i < physical.length - 1) {
            pending += raw.slice(0, -1) + ' ';
            continue;
        }
        const joined = pending + raw;
        pending = '';
        out.push({ line: pendingLine, text: logical_lines_stripComment(joined).trim(), comment: null });
    }
    return out;
}
function logical_lines_stripComment(line) {
    let at = line.indexOf('#');
    while (at !== -1) {
        const before = line.charCodeAt(at - 1);
        if (at === 0 || before === 0x20 || before === 0x09)
            return line.slice(0, at);
        at = line.indexOf('#', at + 1);
    }
    return line;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/requirements-txt/requirement-line.js

const OPERATORS = ['===', '==', '~=', '!=', '<=', '>=', '<', '>'];
const KNOWN_OPTIONS = new Set([
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '--no-index',
    '-f', '--find-links', '--trusted-host', '--pre', '--prefer-binary', '--require-hashes', '--only-binary', '--no-binary',
    '--use-feature', '--hash', '--global-option', '--config-settings', '-Z', '--always-unzip',
]);
/** Reads one logical line of a requirements file (comment already removed). */
function readRequirementLine(text) {
    if (text.startsWith('-')) {
        const split = text.search(/[\s=]/);
        const option = split === -1 ? text : text.slice(0, split);
        if (!KNOWN_OPTIONS.has(option))
            return { kind: 'invalid' };
        const value = split === -1 ? null : text.slice(split + 1).trim() || null;
        return { kind: 'option', option, value };
    }
    if (text.startsWith('.') || text.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text.slice(0, 40)))
        return { kind: 'reference', what: 'a URL or path' };
    const name = (0,pypi_name/* requirementName */.xV)(text);
    if (name === null)
        return { kind: 'invalid' };
    let rest = text.slice(text.indexOf(name) + name.length);
    let detailed = false;
    // Per-requirement options (--hash ...) follow the first " -".
    const hashes = [];
    const optionsAt = rest.indexOf(' -');
    if (optionsAt !== -1) {
        const options = rest.slice(optionsAt).trim().split(/\s+/);
        rest = rest.slice(0, optionsAt);
        for (let i = 0; i < options.length; i++) {
            const token = options[i];
            if (token.startsWith('--hash='))
                hashes.push(token.slice(7));
            else if (token === '--hash' && i + 1 < options.length)
                hashes.push(options[++i]);
            else if (!token.startsWith('-') && !options[i - 1]?.startsWith('-'))
                return { kind: 'invalid' };
        }
        detailed ||= hashes.length > 0;
    }
    const marker = rest.indexOf(';');
    if (marker !== -1) {
        detailed = true;
        rest = rest.slice(0, marker);
    }
    rest = rest.trim();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close === -1)
            return { kind: 'invalid' };
        detailed = true;
        rest = rest.slice(close + 1).trim();
    }
    if (rest.startsWith('@'))
        return { kind: 'reference', what: 'a URL reference' };
    if (rest.startsWith('(') && rest.endsWith(')'))
        rest = rest.slice(1, -1).trim();
    if (rest.length === 0)
        return { kind: 'requirement', name, pinned: null, specifier: '', hashes, detailed };
    let pinned = null;
    for (const clause of rest.split(',')) {
        const spec = clause.trim();
        const operator = OPERATORS.find((op) => spec.startsWith(op));
        if (!operator)
            return { kind: 'invalid' };
        const version = spec.slice(operator.length).trim();
        if (version.length === 0 || /\s/.test(version) || (operator !== '===' && !/^[A-Za-z0-9._+!*-]+$/.test(version)))
            return { kind: 'invalid' };
        if ((operator === '==' && !version.includes('*')) || operator === '===')
            pinned = version;
    }
    return { kind: 'requirement', name, pinned, specifier: rest, hashes, detailed: true };
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/requirements-txt/detect.js


/** Lines looked at: enough to judge, bounded so detection of a huge non-requirements text stays cheap. */
const SAMPLE = 500;
/**
 * requirements.txt is free text and sits last in detection order, so it claims only text whose lines
 * (comments and blank lines aside) are mostly (80%) requirement specifiers or pip options, with at least one that is
 * more than a bare word or a URL (a version, extras, a marker, a hash or a pip option). JSON, TOML tables and YAML keys fail that.
 */
function looksLikeRequirements(text) {
    const first = text.trimStart().charCodeAt(0);
    if (first === 0x7b /* { */ || first === 0x5b /* [ */)
        return false;
    let good = 0;
    let bad = 0;
    let evidence = false;
    let seen = 0;
    for (const logical of logicalLines(text.length > 200_000 ? text.slice(0, 200_000) : text)) {
        if (logical.comment !== null || logical.text.length === 0)
            continue;
        if (++seen > SAMPLE)
            break;
        const read = readRequirementLine(logical.text);
        if (read.kind === 'invalid')
            bad++;
        else {
            good++;
            if (read.kind === 'option' || (read.kind === 'requirement' && read.detailed))
                evidence = true;
        }
    }
    return good > 0 && evidence && bad * 5 <= good + bad;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/requirements-txt/parse.js







const requirements_txt_parse_parser = {
    id: 'requirements-txt',
    description: 'pip requirements.txt (pinned; pip-compile "# via" annotations)',
    capabilities: { edges: 'partial', direct: true, development: false, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => json === undefined && looksLikeRequirements(text),
    parse: ({ text, path }) => {
        const problems = [];
        const notes = [];
        const pinned = [];
        let indexUrl = null;
        const extraIndexes = [];
        let noIndex = false;
        let viaTarget = null;
        let collectingVia = false;
        for (const logical of logicalLines(text)) {
            if (logical.comment !== null) {
                collectingVia = readVia(logical, viaTarget, collectingVia);
                continue;
            }
            collectingVia = false;
            viaTarget = null;
            if (logical.text.length === 0)
                continue;
            const place = `line ${logical.line}`;
            const shown = (0,describe_unknown/* printable */.g)(logical.text, 120);
            const read = readRequirementLine(logical.text);
            switch (read.kind) {
                case 'invalid':
                    problems.push({ place, message: `"${shown}" is not a requirement pip understands` });
                    break;
                case 'reference':
                    problems.push({ place, message: `"${shown}" is ${read.what}, not a pinned version; it is left out` });
                    break;
                case 'option':
                    if (read.option === '-i' || read.option === '--index-url')
                        indexUrl = read.value;
                    else if (read.option === '--extra-index-url' && read.value)
                        extraIndexes.push(read.value);
                    else if (read.option === '--no-index')
                        noIndex = true;
                    else if (read.option === '-r' || read.option === '--requirement' || read.option === '-c' || read.option === '--constraint') {
                        notes.push(`${place}: "${shown}" names another file, which is not read from here; scan it as an input of its own`);
                    }
                    else if (read.option === '-e' || read.option === '--editable') {
                        problems.push({ place, message: `"${shown}" is an editable install, not a pinned version; it is left out` });
                    }
                    break;
                case 'requirement':
                    if (read.pinned === null) {
                        const how = read.specifier.length > 0 ? `"${(0,describe_unknown/* printable */.g)(read.specifier, 60)}"` : 'no version';
                        problems.push({ place, message: `"${read.name}" has ${how}, not one pinned version (==): no resolved version to record; it is left out` });
                    }
                    else {
                        viaTarget = { line: logical.line, name: read.name, version: read.pinned, hashes: read.hashes, via: [] };
                        pinned.push(viaTarget);
                    }
                    break;
            }
        }
        const source = noIndex ? null : extraIndexes.length > 0 ? null : (indexUrl ?? PYPI_SIMPLE);
        if (extraIndexes.length > 0 && !noIndex)
            notes.push('the file adds --extra-index-url: pip may take any package from any of the indexes, so sources are unknown');
        return { ok: true, value: { sets: [toSet(path, pinned, source, problems)], problems, notes } };
    },
};
/** pip-compile writes "# via a, b" (older) or "# via" followed by "#   a" lines under each requirement. */
function readVia(logical, target, collecting) {
    const comment = logical.comment ?? '';
    const trimmed = comment.trim();
    if (target === null)
        return false;
    if (trimmed === 'via')
        return true;
    if (trimmed.startsWith('via ')) {
        for (const parent of trimmed.slice(4).split(','))
            if (parent.trim())
                target.via.push(parent.trim());
        return false;
    }
    if (collecting && comment.startsWith('  ') && trimmed.length > 0) {
        target.via.push(trimmed);
        return true;
    }
    return false;
}
function toSet(path, pinned, source, problems) {
    const dependencies = [];
    const refByName = new Map();
    const kept = [];
    for (const entry of pinned) {
        const place = `line ${entry.line}`;
        const key = (0,pypi_name/* canonicalPypiName */.go)(entry.name);
        const ref = `${key}@${entry.version}`;
        if (refByName.has(key)) {
            problems.push({ place, message: `"${entry.name}" is pinned again; the first pin is kept` });
            continue;
        }
        const purl = (0,shared_purl/* buildPurl */.Eq)('pypi', null, entry.name, entry.version);
        if (!purl.ok) {
            problems.push({ place, message: purl.error });
            continue;
        }
        const { checksums, invalid } = artifactChecksums(entry.hashes);
        for (const bad of invalid)
            problems.push({ place, message: `"${(0,describe_unknown/* printable */.g)(bad, 80)}" is not a usable --hash; the others are kept` });
        refByName.set(key, ref);
        kept.push(entry);
        // Without annotations every line is a requirement someone wrote, so direct; pip-compile says which are.
        const direct = entry.via.length === 0 || entry.via.some((v) => v.startsWith('-r ') || v.startsWith('--requirement'));
        dependencies.push({ ref, purl: purl.value, writtenName: entry.name, direct, development: null, licenses: null, checksums, source });
    }
    const edges = [];
    for (const entry of kept) {
        const to = refByName.get((0,pypi_name/* canonicalPypiName */.go)(entry.name));
        for (const parent of entry.via) {
            const parentName = parent.startsWith('-') ? null : (0,pypi_name/* requirementName */.xV)(parent);
            const from = parentName ? refByName.get((0,pypi_name/* canonicalPypiName */.go)(parentName)) : undefined;
            if (from && from !== to)
                edges.push([from, to]);
        }
    }
    return { file: path, packageManager: 'pip', dependencies, edges };
}

;// CONCATENATED MODULE: ./build/ingest/maven-coordinates/maven-purl.js

/**
 * pkg:maven purl with the purl spec's `classifier` and `type` qualifiers (a `natives` jar or a `pom` is a
 * different file from the plain jar, and advisories can name either).
 */
function mavenPurl(a) {
    const qualifiers = {};
    if (a.classifier)
        qualifiers['classifier'] = a.classifier;
    if (a.type && a.type !== 'jar')
        qualifiers['type'] = a.type;
    return (0,shared_purl/* buildPurl */.Eq)('maven', a.groupId, a.artifactId, a.version, Object.keys(qualifiers).length > 0 ? qualifiers : null);
}
/**
 * Maven scopes that mean "not shipped, only for building and testing". Only `test` is: `provided` and `system`
 * artifacts are not packaged but are on the classpath at run time (the container or the JDK provides them, and a
 * vulnerability in them runs in production), `compile`, `runtime` and `import` are runtime.
 */
const isDevelopmentScope = (scope) => scope === 'test';

;// CONCATENATED MODULE: ./build/ingest/maven-tree-json/parse.js



/** The fields every node of `mvn dependency:tree -DoutputType=json` carries (maven-dependency-plugin 3.7+). */
const isTreeNode = (v) => isJsonObject(v) && typeof v['groupId'] === 'string' && typeof v['artifactId'] === 'string' && typeof v['version'] === 'string' && 'scope' in v;
/** The JSON pointer of a node: the root's (empty, or its index in a list of modules), then /children/i per level. */
function placeOf(item) {
    const segments = [];
    for (let p = item; p !== null; p = p.at) {
        if (p.at !== null)
            segments.push(p.index, 'children');
        else if (p.index >= 0)
            segments.push(p.index);
    }
    return jsonPointer(...segments.reverse());
}
const maven_tree_json_parse_parser = {
    id: 'maven-tree-json',
    description: 'Maven dependency:tree -DoutputType=json (maven.graph.json)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
    detect: ({ json }) => (isTreeNode(json) && (json['children'] === undefined || Array.isArray(json['children']))) || (Array.isArray(json) && json.length > 0 && json.every(isTreeNode)),
    parse: ({ json, path }) => {
        const roots = Array.isArray(json) ? json : [json];
        const problems = [];
        const byRef = new Map();
        const edges = [];
        // Iterative walk: a deep tree cannot overflow the stack. Roots are the modules themselves, not dependencies.
        const stack = [];
        for (let i = roots.length - 1; i >= 0; i--)
            stack.push({ node: roots[i], at: null, index: Array.isArray(json) ? i : -1, parent: null, underTest: false, depth: 0 });
        for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
            const { node, depth } = item;
            if (!isTreeNode(node)) {
                problems.push({ place: placeOf(item) || '/', message: 'not a dependency node (groupId, artifactId, version, scope)' });
                continue;
            }
            let ref = null;
            const scope = typeof node['scope'] === 'string' ? node['scope'] : '';
            const underTest = item.underTest || isDevelopmentScope(scope);
            if (depth > 0) {
                const purl = mavenPurl({
                    groupId: node['groupId'],
                    artifactId: node['artifactId'],
                    version: node['version'],
                    type: typeof node['type'] === 'string' ? node['type'] : 'jar',
                    classifier: typeof node['classifier'] === 'string' ? node['classifier'] : '',
                });
                if (!purl.ok) {
                    problems.push({ place: placeOf(item), message: purl.error });
                }
                else {
                    ref = purl.value;
                    const known = byRef.get(ref);
                    if (known) {
                        // Development only when every occurrence is under test scope; direct when any is.
                        known.development &&= underTest;
                        known.direct ||= depth === 1;
                    }
                    else {
                        byRef.set(ref, {
                            dependency: { ref, purl: purl.value, direct: depth === 1, development: underTest, licenses: null, checksums: null, source: null },
                            development: underTest,
                            direct: depth === 1,
                        });
                    }
                    if (item.parent !== null)
                        edges.push([item.parent, ref]);
                }
            }
            const children = node['children'];
            if (children === undefined)
                continue;
            if (!Array.isArray(children)) {
                problems.push({ place: `${placeOf(item)}/children`, message: '"children" is not a list' });
                continue;
            }
            // A node that could not be read keeps its children, without the edge to it.
            const parent = depth === 0 ? null : ref;
            for (let c = children.length - 1; c >= 0; c--)
                stack.push({ node: children[c], at: item, index: c, parent, underTest, depth: depth + 1 });
        }
        const dependencies = [...byRef.values()].map((e) => ({ ...e.dependency, development: e.development, direct: e.direct }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'maven', dependencies, edges }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/maven-tree-text/tree-line.js
/** "[INFO] " (console capture) and Windows line ends are not part of the tree. */
function stripLogPrefix(raw) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return line.startsWith('[INFO] ') ? line.slice(7) : line === '[INFO]' ? '' : line;
}
/** Four to six colon-separated parts, then the end or a space; one regular expression pass, no backtracking across parts. */
const COORDINATES = /^([^\s:()]+):([^\s:()]+):([^\s:()]+):([^\s:()]+)(?::([^\s:()]+))?(?::([^\s:()]+))?(?: |$)/;
/**
 * Coordinates as the plugin prints them: groupId:artifactId:type[:classifier]:version:scope for a dependency,
 * groupId:artifactId:type[:classifier]:version for the module itself. Anything after the first space is an
 * annotation ("(optional)", "(version managed from 1.0)") and is dropped.
 */
function readCoordinates(text, withScope) {
    const m = COORDINATES.exec(text);
    if (!m)
        return null;
    const parts = m.slice(1).filter((p) => p !== undefined);
    if (withScope ? parts.length < 5 : parts.length > 5)
        return null;
    const scope = withScope ? parts.pop() : '';
    const [groupId, artifactId, type] = parts;
    const version = parts[parts.length - 1];
    const classifier = parts.length === 5 ? parts[3] : '';
    return { artifact: { groupId, artifactId, type, classifier, version }, scope };
}
/** Reads one line; `depth` counts from 1 for the module's own dependencies. Linear in the line's length. */
function readTreeLine(line) {
    // The branch is preceded by 3-character columns, "|  " or "   ".
    let i = 0;
    while (line.startsWith('|  ', i) || line.startsWith('   ', i))
        i += 3;
    if (line.startsWith('+- ', i) || line.startsWith('\\- ', i)) {
        const depth = i / 3 + 1;
        const rest = line.slice(i + 3);
        if (rest.startsWith('('))
            return { kind: 'omitted', depth };
        const read = readCoordinates(rest, true);
        return read ? { kind: 'node', depth, ...read } : { kind: 'bad', depth, reason: 'is not "groupId:artifactId:type[:classifier]:version:scope"' };
    }
    if (i === 0 && readCoordinates(line, false) !== null)
        return { kind: 'root' };
    return { kind: 'other' };
}

;// CONCATENATED MODULE: ./build/ingest/maven-tree-text/parse.js



const parse_DETECT_LINES = 5000;
const maven_tree_text_parse_parser = {
    id: 'maven-tree-text',
    description: 'Maven dependency:tree text output (plain or a captured [INFO] log)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        // A module line directly followed by a first-level branch whose coordinates read.
        let previousWasRoot = false;
        let start = 0;
        for (let n = 0; n < parse_DETECT_LINES && start < text.length; n++) {
            const end = text.indexOf('\n', start);
            const line = stripLogPrefix(text.slice(start, end === -1 ? text.length : end));
            start = end === -1 ? text.length : end + 1;
            const read = readTreeLine(line);
            if (previousWasRoot && read.kind === 'node' && read.depth === 1)
                return true;
            previousWasRoot = read.kind === 'root';
        }
        return false;
    },
    parse: ({ text, path }) => {
        const problems = [];
        const byRef = new Map();
        const edges = [];
        // parents[d] is the ref at depth d on the current branch (null when that line was unusable); parents[0] is
        // the module. Each tree in a multi-module log starts again at its module line.
        let parents = [];
        let tested = [];
        let inTree = false;
        text.split('\n').forEach((raw, index) => {
            const line = stripLogPrefix(raw);
            const read = readTreeLine(line);
            const place = `line ${index + 1}`;
            if (read.kind === 'root') {
                parents = [null];
                tested = [false];
                inTree = true;
                return;
            }
            if (read.kind === 'other') {
                // Inside a tree, a line drawn like a branch ("|", "+", "\\", indentation) that does not read is damage;
                // anything else (a log line, a blank) ends the tree.
                if (inTree && /^[|+\\ ]/.test(line) && line.trim().length > 0)
                    problems.push({ place, message: `"${(0,describe_unknown/* printable */.g)(raw.trim(), 120)}" is not a dependency:tree line` });
                else
                    inTree = false;
                return;
            }
            if (!inTree)
                return;
            if (read.depth > parents.length) {
                problems.push({ place, message: 'the line is indented deeper than the line before allows; its branch is read without a parent' });
            }
            parents.length = read.depth;
            tested.length = read.depth;
            if (read.kind === 'omitted') {
                parents[read.depth] = null;
                tested[read.depth] = true;
                return;
            }
            if (read.kind === 'bad') {
                problems.push({ place, message: `"${(0,describe_unknown/* printable */.g)(raw.trim(), 120)}" ${read.reason}` });
                parents[read.depth] = null;
                tested[read.depth] = tested[read.depth - 1] ?? false;
                return;
            }
            const purl = mavenPurl(read.artifact);
            const underTest = (tested[read.depth - 1] ?? false) || isDevelopmentScope(read.scope);
            tested[read.depth] = underTest;
            if (!purl.ok) {
                problems.push({ place, message: purl.error });
                parents[read.depth] = null;
                return;
            }
            const ref = purl.value;
            parents[read.depth] = ref;
            const known = byRef.get(ref);
            if (known) {
                known.direct ||= read.depth === 1;
                known.development &&= underTest;
            }
            else {
                byRef.set(ref, { ref, purl: ref, direct: read.depth === 1, development: underTest, licenses: null, checksums: null, source: null });
            }
            const parent = parents[read.depth - 1];
            if (read.depth > 1 && parent)
                edges.push([parent, ref]);
        });
        return { ok: true, value: { sets: [{ file: path, packageManager: 'maven', dependencies: [...byRef.values()], edges }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/gradle-dependencies/tree-line.js
const MODULE = /^([^\s:]+):([^\s:]+)(?::([^\s]+))?$/;
/**
 * The text after the branch: `group:name:version`, `group:name:requested -> selected`, `group:name -> selected`,
 * `group:name:version -> other.group:other-name:version` (substitution), `{strictly 1.0}` requests, then markers
 * `(*)`, `(c)`, `(n)`, ` FAILED`.
 */
function readNode(text) {
    let body = text.trimEnd();
    let repeated = false;
    for (;;) {
        if (body.endsWith(' (*)')) {
            repeated = true;
            body = body.slice(0, -4);
        }
        else if (body.endsWith(' (c)') || body.endsWith(' (n)')) {
            return 'skip';
        }
        else if (body.endsWith(' FAILED')) {
            return 'could not be resolved (FAILED)';
        }
        else if (/ \([a-z ]+\)$/.test(body)) {
            body = body.slice(0, body.lastIndexOf(' ('));
        }
        else
            break;
    }
    const arrow = body.indexOf(' -> ');
    const requested = arrow === -1 ? body : body.slice(0, arrow);
    const selected = arrow === -1 ? null : body.slice(arrow + 4).trim();
    const first = /^([^\s:]+):([^\s:]+)(?::(.+))?$/.exec(requested);
    if (!first)
        return 'is not "group:name:version"';
    let [group, name, version] = [first[1], first[2], first[3] ?? ''];
    if (selected !== null) {
        const substituted = MODULE.exec(selected);
        if (selected.includes(':') && substituted) {
            [group, name, version] = [substituted[1], substituted[2], substituted[3] ?? ''];
        }
        else
            version = selected;
    }
    if (version.length === 0 || /[\s{}[\]()]/.test(version) || version.includes('+'))
        return 'has no resolved version';
    return { group, name, version, repeated };
}
/** Reads one line; `depth` counts from 1 for a configuration's own dependencies. */
function readGradleLine(raw) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // The branch is preceded by 5-character columns, "|    " or "     ".
    let i = 0;
    while (line.startsWith('|    ', i) || line.startsWith('     ', i))
        i += 5;
    if (line.startsWith('+--- ', i) || line.startsWith('\\--- ', i)) {
        const depth = i / 5 + 1;
        const rest = line.slice(i + 5);
        if (rest.startsWith('project '))
            return { kind: 'project', depth };
        const node = readNode(rest);
        if (node === 'skip')
            return { kind: 'skip', depth };
        return typeof node === 'string' ? { kind: 'bad', depth, reason: node } : { kind: 'node', depth, node };
    }
    // "runtimeClasspath - Runtime classpath of source set 'main'." or a bare name ("interlokRuntime").
    const header = /^([A-Za-z_][\w-]*)(?: - .*)?$/.exec(line);
    if (header)
        return { kind: 'configuration', name: header[1], unresolvable: line.endsWith(' (n)') };
    return { kind: 'other' };
}

;// CONCATENATED MODULE: ./build/ingest/gradle-dependencies/parse.js





const gradle_dependencies_parse_DETECT_LINES = 5000;
const gradle_dependencies_parse_parser = {
    id: 'gradle-dependencies',
    description: 'Gradle `dependencies` task console output (per configuration)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: false, licenses: false },
    companions: VERIFICATION_COMPANIONS,
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        // The report's project header: a 60-dash rule, then "Root project 'x'" or "Project ':x'".
        if (/^-{60}\r?\n(Root project|Project) ['(:]/m.test(text.slice(0, 100_000)))
            return true;
        // A configuration header directly followed by a first-level branch or "No dependencies".
        let previous = null;
        let start = 0;
        for (let n = 0; n < gradle_dependencies_parse_DETECT_LINES && start < text.length; n++) {
            const end = text.indexOf('\n', start);
            const raw = text.slice(start, end === -1 ? text.length : end);
            start = end === -1 ? text.length : end + 1;
            const read = readGradleLine(raw);
            if (previous?.kind === 'configuration' && read.kind !== 'configuration' && read.kind !== 'other' && read.depth === 1)
                return true;
            previous = read;
        }
        return false;
    },
    parse: ({ text, path, companions }) => {
        const problems = [];
        const { sums, notes } = verifiedChecksums(companions);
        const entries = new Map();
        const edges = [];
        let development = false;
        let inTree = false;
        // Per depth on the current branch: the ref there (null for a project or an unusable line) and whether
        // only project nodes lie above it (then it is declared by this build: direct).
        let parents = [null];
        let projectsOnly = [true];
        text.split('\n').forEach((raw, index) => {
            const read = readGradleLine(raw);
            if (read.kind === 'configuration') {
                // "(n)": a declaration bucket (implementation, api …) that Gradle does not resolve; its resolved
                // counterparts (compileClasspath, runtimeClasspath) say which versions are used.
                inTree = !read.unresolvable;
                development = isDevelopmentConfiguration(read.name);
                parents = [null];
                projectsOnly = [true];
                return;
            }
            if (read.kind === 'other')
                return;
            if (!inTree)
                return;
            const { depth } = read;
            parents.length = depth;
            projectsOnly.length = depth;
            const above = projectsOnly[depth - 1] ?? false;
            if (read.kind === 'project') {
                parents[depth] = null;
                projectsOnly[depth] = above;
                return;
            }
            projectsOnly[depth] = false;
            parents[depth] = null;
            if (read.kind === 'skip')
                return;
            if (read.kind === 'bad') {
                problems.push({ place: `line ${index + 1}`, message: `"${(0,describe_unknown/* printable */.g)(raw.trim(), 120)}" ${read.reason}` });
                return;
            }
            const { group, name, version } = read.node;
            const ref = `${group}:${name}@${version}`;
            let entry = entries.get(ref);
            if (!entry) {
                const purl = (0,shared_purl/* buildPurl */.Eq)('maven', group, name, version);
                if (!purl.ok) {
                    problems.push({ place: `line ${index + 1}`, message: purl.error });
                    return;
                }
                const checksums = sums.get(`${group}:${name}:${version}`) ?? null;
                entry = { dependency: { ref, purl: purl.value, direct: false, development: false, licenses: null, checksums, source: null }, direct: above, development };
                entries.set(ref, entry);
            }
            else {
                entry.direct ||= above;
                entry.development &&= development;
            }
            parents[depth] = ref;
            const parent = parents[depth - 1];
            if (parent)
                edges.push([parent, ref]);
        });
        const dependencies = [...entries.values()].map((e) => ({ ...e.dependency, direct: e.direct, development: e.development }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/gradle-verification/parse.js


const gradle_verification_parse_parser = {
    id: 'gradle-verification',
    description: 'Gradle gradle/verification-metadata.xml (dependency verification checksums)',
    capabilities: { edges: 'none', direct: false, development: false, checksums: true, sources: false, licenses: false },
    detect: ({ text, json }) => json === undefined && /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<verification-metadata[\s>]/.test(text.slice(0, 4096)),
    parse: ({ text, path }) => {
        const { components, problems } = readVerificationMetadata(text);
        const dependencies = [];
        const seen = new Set();
        for (const c of components) {
            const purl = (0,shared_purl/* buildPurl */.Eq)('maven', c.group, c.name, c.version);
            if (!purl.ok) {
                problems.push({ place: `line ${c.line}`, message: purl.error });
                continue;
            }
            if (seen.has(purl.value))
                continue;
            seen.add(purl.value);
            dependencies.push({ ref: purl.value, purl: purl.value, direct: null, development: null, licenses: null, checksums: c.checksums, source: null });
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges: [] }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/uv-lock/parse.js





/** Sources that are the project itself or its workspace members, not dependencies. */
const OWN_SOURCES = ['virtual', 'editable'];
/** `{ name = "x", version = "1", source = … }` entries: a name, and the version/source when the name is ambiguous. */
function dependencyNames(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isJsonObject).flatMap((d) => (typeof d['name'] === 'string' ? [{ name: d['name'], version: typeof d['version'] === 'string' ? d['version'] : null }] : []));
}
/** The sdist's digest, else the only wheel's: the file a resolver would fetch when there is a choice of one. */
function checksumsOf(table) {
    const sdist = isJsonObject(table['sdist']) ? table['sdist'] : null;
    const wheels = Array.isArray(table['wheels']) ? table['wheels'].filter(isJsonObject) : [];
    const hash = typeof sdist?.['hash'] === 'string' ? sdist['hash'] : wheels.length === 1 && typeof wheels[0]?.['hash'] === 'string' ? wheels[0]['hash'] : null;
    if (hash === null)
        return null;
    const colon = hash.indexOf(':');
    const algorithm = normaliseAlgorithm(hash.slice(0, colon));
    const hex = hash.slice(colon + 1).toLowerCase();
    return colon > 0 && isPlausibleDigest(algorithm, hex) ? { [algorithm]: hex } : null;
}
function parse_sourceOf(locked) {
    const sdist = isJsonObject(locked.table['sdist']) ? locked.table['sdist'] : null;
    if (typeof sdist?.['url'] === 'string')
        return sdist['url'];
    for (const key of ['registry', 'git', 'url', 'path', 'directory'])
        if (typeof locked.source[key] === 'string')
            return locked.source[key];
    return null;
}
/**
 * The document's values. The lock-file reader (text/toml-lock.ts) reads what uv writes about 4x faster than
 * smol-toml (issue 17: uv-lock was 2.46x the npm-lock parser per entry, budget 2x). Any section it cannot read,
 * even one smol-toml reads alone, sends the whole text to smol-toml: a uv.lock that is not valid TOML is refused
 * whole with smol-toml's place, as before, never read in part.
 */
function readUvToml(text) {
    const lock = readTomlLock(text);
    if (lock.problems.length === 0)
        return { ok: true, root: lock.root, placeOf: (entry) => (isJsonObject(entry) ? lock.placeOf(entry) : 'line 0') };
    let root;
    try {
        root = (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (e) {
        // smol-toml stops at the first syntax error; TOML has no way to resync, so the file as a whole is refused.
        if (e instanceof smol_toml_dist/* TomlError */.zx)
            return { ok: false, error: `uv.lock is not valid TOML: ${e.message.split('\n')[0] ?? ''}`, place: `line ${e.line}, column ${e.column}` };
        throw e;
    }
    // Line of each [[package]] header, in order, for problem places (smol-toml gives values, not positions).
    const headerLines = [];
    text.split('\n').forEach((l, i) => {
        if (l.trimEnd() === '[[package]]')
            headerLines.push(i + 1);
    });
    return { ok: true, root, placeOf: (_entry, i) => `line ${headerLines[i] ?? 0}` };
}
const uv_lock_parse_parser = {
    id: 'uv-lock',
    description: 'uv uv.lock (version 1)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        const head = text.slice(0, 4096);
        // uv writes `version = 1` and `requires-python` first, then [[package]] tables whose source is an inline table.
        return /^version = \d+\s*$/m.test(head) && /^requires-python = "/m.test(head) && /^source = \{ (registry|virtual|editable|git|url|path|directory) = /m.test(text.slice(0, 200_000));
    },
    parse: ({ text, path }) => {
        const read = readUvToml(text);
        if (!read.ok)
            return read;
        const { root, placeOf } = read;
        const entries = root['package'];
        if (entries !== undefined && !Array.isArray(entries))
            return { ok: false, error: 'uv.lock has no [[package]] list' };
        const problems = [];
        const notes = [];
        if (typeof root['version'] === 'number' && root['version'] > 1)
            notes.push(`uv.lock version ${root['version']} is newer than depindex knows (1); read as version 1`);
        const locked = [];
        (entries ?? []).forEach((entry, i) => {
            const line = placeOf(entry, i);
            if (!isJsonObject(entry) || typeof entry['name'] !== 'string' || entry['name'].length === 0) {
                problems.push({ place: line, message: 'package without a name' });
                return;
            }
            const source = isJsonObject(entry['source']) ? entry['source'] : {};
            const own = OWN_SOURCES.some((k) => k in source);
            // Workspace members and the project itself may have no version (dynamic); dependencies must.
            const version = typeof entry['version'] === 'string' ? entry['version'] : own ? '' : null;
            if (version === null) {
                problems.push({ place: line, message: `"${entry['name']}" has no version` });
                return;
            }
            locked.push({ name: entry['name'], version, source, table: entry, line });
        });
        const byName = new Map();
        for (const p of locked) {
            const list = byName.get(p.name);
            if (list)
                list.push(p);
            else
                byName.set(p.name, [p]);
        }
        const refOf = (p) => `${p.name}@${p.version}`;
        const resolve = (d) => {
            const candidates = (byName.get(d.name) ?? []).filter((p) => d.version === null || p.version === d.version);
            return candidates.length === 1 ? candidates[0] : null;
        };
        const isOwn = (p) => OWN_SOURCES.some((k) => k in p.source);
        const edges = [];
        const runtimeRoots = new Set();
        const developmentRoots = new Set();
        const dependencies = [];
        for (const p of locked) {
            const own = isOwn(p);
            const ref = refOf(p);
            if (!own) {
                const purl = (0,shared_purl/* buildPurl */.Eq)('pypi', null, p.name, p.version);
                if (!purl.ok) {
                    problems.push({ place: p.line, message: purl.error });
                    continue;
                }
                dependencies.push({ ref, purl: purl.value, writtenName: p.name, direct: false, development: null, licenses: null, checksums: checksumsOf(p.table), source: parse_sourceOf(p) });
            }
            const optional = isJsonObject(p.table['optional-dependencies']) ? Object.values(p.table['optional-dependencies']).flatMap(dependencyNames) : [];
            const dev = isJsonObject(p.table['dev-dependencies']) ? Object.values(p.table['dev-dependencies']).flatMap(dependencyNames) : [];
            for (const [list, development] of [[[...dependencyNames(p.table['dependencies']), ...optional], false], [dev, true]]) {
                for (const d of list) {
                    const target = resolve(d);
                    if (!target) {
                        problems.push({ place: p.line, message: `"${p.name}" depends on "${d.name}${d.version ? ' ' + d.version : ''}", which is not in the lock file (or is there more than once)` });
                        continue;
                    }
                    if (isOwn(target))
                        continue;
                    if (own)
                        (development ? developmentRoots : runtimeRoots).add(refOf(target));
                    else
                        edges.push([ref, refOf(target)]);
                }
            }
        }
        // Development follows from the graph: the graph stage walks it from these roots (graph/walk.ts).
        const walk = { roots: [...[...runtimeRoots].map((r) => [r, false]), ...[...developmentRoots].map((r) => [r, true])], unreached: null };
        const out = dependencies.map((d) => ({ ...d, direct: runtimeRoots.has(d.ref) || developmentRoots.has(d.ref) }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'uv', dependencies: out, edges, walk }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/bun-lock/jsonc.js

/**
 * Parses bun.lock's JSONC (JSON with trailing commas; comments are allowed too). Trailing commas and comments
 * are overwritten with spaces, not removed, so JSON.parse's error positions still point into the original text.
 * One pass, string-aware: a "," or "//" inside a string is left alone.
 */
function parseJsonc(text) {
    // [start, end) ranges to blank, in order.
    const blanks = [];
    let lastComma = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // a string: skip to its closing quote, honouring escapes
            for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c)
                    i++;
            lastComma = -1;
        }
        else if (c === 0x2f && (text.charCodeAt(i + 1) === 0x2f || text.charCodeAt(i + 1) === 0x2a)) {
            const line = text.charCodeAt(i + 1) === 0x2f;
            const close = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
            const end = close === -1 ? text.length : line ? close : close + 2;
            blanks.push(i, end);
            i = end - 1;
        }
        else if (c === 0x2c) {
            lastComma = i;
        }
        else if (c === 0x7d || c === 0x5d) {
            if (lastComma !== -1)
                blanks.push(lastComma, lastComma + 1);
            lastComma = -1;
        }
        else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
            lastComma = -1;
        }
    }
    if (blanks.length === 0)
        return (0,json_text/* parseJson */.qF)(text);
    // Blanked ranges come in text order, except that a trailing comma is found after the comments that follow it.
    const ranges = [];
    for (let k = 0; k < blanks.length; k += 2)
        ranges.push([blanks[k], blanks[k + 1]]);
    ranges.sort((a, b) => a[0] - b[0]);
    const pieces = [];
    let at = 0;
    for (const [start, end] of ranges) {
        pieces.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
        at = end;
    }
    pieces.push(text.slice(at));
    return (0,json_text/* parseJson */.qF)(pieces.join(''));
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/bun-lock/packages.js


const DEPENDENCY_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
function packages_readPackage(key, value) {
    if (!Array.isArray(value) || typeof value[0] !== 'string')
        return 'is not ["name@version", …]';
    const split = splitNameAt(value[0]);
    if (!split || split.rest.length === 0)
        return `"${value[0]}" is not "name@version"`;
    const npm = typeof value[1] === 'string';
    const info = value.find(isJsonObject) ?? {};
    const dependencies = DEPENDENCY_KINDS.flatMap((k) => (isJsonObject(info[k]) ? Object.keys(info[k]) : []));
    return {
        key,
        name: split.name,
        resolution: split.rest,
        registry: npm && value[1] !== '' ? value[1] : null,
        integrity: npm && typeof value[3] === 'string' ? value[3] : null,
        dependencies,
    };
}
/** "@a/b/c/@d/e" -> ["@a/b", "c", "@d/e"]: a key is the path of package names through nested node_modules. */
function keyNames(key) {
    const segments = key.split('/');
    const names = [];
    for (let i = 0; i < segments.length; i++) {
        const s = segments[i];
        if (s.startsWith('@') && i + 1 < segments.length)
            names.push(`${s}/${segments[++i]}`);
        else
            names.push(s);
    }
    return names;
}
/** Node's lookup: the dependency nested under the package, then under each ancestor, then hoisted. */
function resolveFrom(packages, fromKey, name) {
    const names = fromKey === '' ? [] : keyNames(fromKey);
    for (let n = names.length; n >= 0; n--) {
        const prefix = names.slice(0, n).join('/');
        const found = packages.get(prefix ? `${prefix}/${name}` : name);
        if (found)
            return found;
    }
    return null;
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/bun-lock/parse.js







/** bun writes "lockfileVersion" first and "workspaces" soon after (npm's package-lock.json starts with "name"). */
const HEADER = /^\s*\{\s*"lockfileVersion"\s*:\s*\d+\s*,/;
const WORKSPACES = /\n\s*"workspaces"\s*:\s*\{/;
const parse_RUNTIME_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** github:owner/repo#commit and git+https://github.com/owner/repo#commit -> pkg:github; other non-npm sources give no version. */
function parse_purlOf(p) {
    const github = /^(?:github:|git\+https:\/\/github\.com\/|git\+ssh:\/\/git@github\.com\/)([^/#]+)\/([^/#]+?)(?:\.git)?#([0-9a-f]{7,40})$/.exec(p.resolution);
    if (github)
        return (0,shared_purl/* buildPurl */.Eq)('github', github[1], github[2], github[3]);
    if (/^(workspace|github|git\+|git:|https?:|file:|link:|root:)/.test(p.resolution))
        return null;
    return npmPurl(p.name, p.resolution);
}
const bun_lock_parse_parser = {
    id: 'bun-lock',
    description: 'Bun bun.lock (text lockfile, JSONC)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
    jsonLike: true,
    detect: ({ text, json }) => {
        if (json !== undefined)
            return isJsonObject(json) && typeof json['lockfileVersion'] === 'number' && isJsonObject(json['workspaces']) && isJsonObject(json['packages']);
        const head = text.slice(0, 1024);
        return HEADER.test(head) && WORKSPACES.test(head);
    },
    parse: ({ text, json: given, path }) => {
        let json = given;
        if (json === undefined) {
            const parsed = parseJsonc(text);
            if (!parsed.ok)
                return { ok: false, error: parsed.message, place: parsed.place };
            json = parsed.value;
        }
        if (!isJsonObject(json) || !isJsonObject(json['workspaces']))
            return { ok: false, error: 'bun.lock has no "workspaces" object' };
        const problems = [];
        const notes = [];
        const entries = isJsonObject(json['packages']) ? json['packages'] : {};
        const packages = new Map();
        for (const [key, value] of Object.entries(entries)) {
            const read = packages_readPackage(key, value);
            if (typeof read === 'string')
                problems.push({ place: jsonPointer('packages', key), message: `"${key}" ${read}` });
            else
                packages.set(key, read);
        }
        // One dependency per name@version, whichever nested paths hold it.
        const refOfKey = new Map();
        const byRef = new Map();
        let unversioned = 0;
        for (const p of packages.values()) {
            const purl = parse_purlOf(p);
            if (purl === null) {
                if (!p.resolution.startsWith('workspace:'))
                    unversioned++;
                continue;
            }
            if (!purl.ok) {
                problems.push({ place: jsonPointer('packages', p.key), message: purl.error });
                continue;
            }
            const ref = `${p.name}@${p.resolution}`;
            refOfKey.set(p.key, ref);
            if (!byRef.has(ref)) {
                byRef.set(ref, { ref, purl: purl.value, direct: false, development: null, licenses: null, checksums: p.integrity ? checksumsFromIntegrity(p.integrity) : null, source: p.registry });
            }
        }
        if (unversioned > 0)
            notes.push(`${unversioned} package(s) from git, tarball or folder sources are not listed: bun.lock gives no version for them`);
        const edges = [];
        const seen = new Set();
        for (const p of packages.values()) {
            const from = refOfKey.get(p.key);
            if (from === undefined)
                continue;
            for (const name of p.dependencies) {
                const to = resolveFrom(packages, p.key, name);
                const toRef = to ? refOfKey.get(to.key) : undefined;
                if (toRef === undefined || seen.has(`${from}\n${toRef}`))
                    continue;
                seen.add(`${from}\n${toRef}`);
                edges.push([from, toRef]);
            }
        }
        // Workspaces: "" is the root package; the others are found in `packages` under their own name.
        const runtimeRoots = new Set();
        const developmentRoots = new Set();
        for (const [path, workspace] of Object.entries(json['workspaces'])) {
            if (!isJsonObject(workspace)) {
                problems.push({ place: jsonPointer('workspaces', path), message: `workspace "${path}" is not an object` });
                continue;
            }
            const fromKey = path === '' ? '' : typeof workspace['name'] === 'string' ? workspace['name'] : path;
            for (const kind of [...parse_RUNTIME_KINDS, 'devDependencies']) {
                const declared = workspace[kind];
                if (!isJsonObject(declared))
                    continue;
                for (const name of Object.keys(declared)) {
                    const target = resolveFrom(packages, fromKey, name);
                    const ref = target ? refOfKey.get(target.key) : undefined;
                    if (ref === undefined) {
                        if (!target)
                            problems.push({ place: jsonPointer('workspaces', path, kind, name), message: `"${name}" is not in "packages"` });
                        continue;
                    }
                    (kind === 'devDependencies' ? developmentRoots : runtimeRoots).add(ref);
                }
            }
        }
        // Development follows from the graph: the graph stage walks it from these roots (graph/walk.ts).
        const walk = { roots: [...[...runtimeRoots].map((r) => [r, false]), ...[...developmentRoots].map((r) => [r, true])], unreached: null };
        const dependencies = [...byRef.values()].map((d) => ({ ...d, direct: runtimeRoots.has(d.ref) || developmentRoots.has(d.ref) }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'bun', dependencies, edges, walk }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/pubspec-lock/parse.js





const pubspec_lock_parse_GENERATED = '# Generated by pub';
/** `dependency:` values pub writes: "direct main", "direct dev", "direct overridden", "transitive". */
function flags(dependency) {
    switch (dependency) {
        case 'direct main':
            return { direct: true, development: false };
        case 'direct dev':
            return { direct: true, development: true };
        case 'direct overridden':
            return { direct: true, development: null };
        case 'transitive':
            return { direct: false, development: null };
        default:
            return { direct: null, development: null };
    }
}
const pubspec_lock_parse_parser = {
    id: 'pubspec-lock',
    description: 'Dart/Flutter pubspec.lock',
    capabilities: { edges: 'none', direct: true, development: true, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => {
        if (json !== undefined)
            return false;
        if (text.startsWith(pubspec_lock_parse_GENERATED))
            return true;
        return /^packages:\s*$/m.test(text.slice(0, 4096)) && /^ {4}source: (hosted|git|path|sdk)\s*$/m.test(text.slice(0, 20_000)) && /^sdks:\s*$/m.test(text);
    },
    parse: ({ text, path }) => {
        const doc = readBlockYaml(text, 'core', 2); // lines of the keys under packages
        if (!doc.ok)
            return { ok: false, error: `pubspec.lock is ${doc.error}`, ...(doc.place ? { place: doc.place } : {}) };
        const root = doc.value.value;
        const packages = isJsonObject(root) ? root['packages'] : undefined;
        if (!isJsonObject(packages))
            return { ok: false, error: 'pubspec.lock has no "packages" map' };
        const problems = [];
        const dependencies = [];
        let sdkPackages = 0;
        for (const [name, entry] of Object.entries(packages)) {
            const line = doc.value.lineOf(packages, name);
            const place = line === undefined ? jsonPointer('packages', name) : `line ${line}`;
            if (!isJsonObject(entry) || typeof entry['version'] !== 'string' || name.length === 0) {
                problems.push({ place, message: `"${name}" has no version` });
                continue;
            }
            // The Dart and Flutter SDKs' own packages (flutter, flutter_test, sky_engine) come with the SDK, at 0.0.0.
            if (entry['source'] === 'sdk') {
                sdkPackages++;
                continue;
            }
            const purl = (0,shared_purl/* buildPurl */.Eq)('pub', null, name, entry['version']);
            if (!purl.ok) {
                problems.push({ place, message: purl.error });
                continue;
            }
            const description = isJsonObject(entry['description']) ? entry['description'] : {};
            const sha256 = typeof description['sha256'] === 'string' ? description['sha256'].toLowerCase() : null;
            let checksums = null;
            if (sha256 !== null) {
                if (isPlausibleDigest('sha256', sha256))
                    checksums = { sha256 };
                else
                    problems.push({ place, message: `"${name}" has a sha256 that is not a SHA-256 digest` });
            }
            const url = typeof description['url'] === 'string' ? description['url'] : null;
            const gitRef = typeof description['resolved-ref'] === 'string' ? description['resolved-ref'] : null;
            const source = entry['source'] === 'git' && url ? `git+${url}${gitRef ? '#' + gitRef : ''}` : entry['source'] === 'path' && typeof description['path'] === 'string' ? description['path'] : url;
            dependencies.push({ ref: `${name}@${entry['version']}`, purl: purl.value, ...flags(entry['dependency']), licenses: null, checksums, source });
        }
        const notes = sdkPackages > 0 ? [`${sdkPackages} package(s) of the Dart/Flutter SDK (source: sdk) are part of the SDK, not dependencies; left out`] : [];
        return { ok: true, value: { sets: [{ file: path, packageManager: 'pub', dependencies, edges: [] }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/podfile-lock/parse.js




const TRUNK = 'https://cdn.cocoapods.org/';
/** "Firebase/Core (6.0.0)" or "Result (~> 0.6)" -> the pod ("Firebase": a subspec is part of its pod) and what is in brackets. */
function readSpec(text) {
    const m = /^([^\s(/]+)(?:\/[^\s(]+)?(?: \((.*)\))?$/.exec(text.trim());
    return m ? { pod: m[1], inBrackets: m[2] ?? null } : null;
}
const podfile_lock_parse_parser = {
    id: 'podfile-lock',
    description: 'CocoaPods Podfile.lock',
    capabilities: { edges: 'complete', direct: true, development: false, checksums: false, sources: true, licenses: false },
    detect: ({ text, json }) => json === undefined && text.startsWith('PODS:\n') && /^COCOAPODS: \S+/m.test(text),
    parse: ({ text, path }) => {
        // Lines down to level 4: PODS (1), its entries (2), an entry's key (3), the pods it needs (4).
        const doc = readBlockYaml(text, 'core', 4);
        if (!doc.ok)
            return { ok: false, error: `Podfile.lock is ${doc.error}`, ...(doc.place ? { place: doc.place } : {}) };
        const root = doc.value.value;
        if (!isJsonObject(root))
            return { ok: false, error: 'Podfile.lock is not a YAML mapping' };
        const placeOf = (container, key, ...pointer) => {
            const line = doc.value.lineOf(container, key);
            return line === undefined ? jsonPointer(...pointer, key) : `line ${line}`;
        };
        const problems = [];
        const external = isJsonObject(root['EXTERNAL SOURCES']) ? root['EXTERNAL SOURCES'] : {};
        const checkout = isJsonObject(root['CHECKOUT OPTIONS']) ? root['CHECKOUT OPTIONS'] : {};
        const specRepos = isJsonObject(root['SPEC REPOS']) ? root['SPEC REPOS'] : {};
        // Where each pod comes from: a spec repo (trunk is the CDN), a git checkout, a podspec URL; :path pods are this project's own.
        const sourceOf = new Map();
        for (const [repo, pods] of Object.entries(specRepos)) {
            if (Array.isArray(pods))
                for (const pod of pods)
                    if (typeof pod === 'string')
                        sourceOf.set(pod, repo === 'trunk' ? TRUNK : repo);
        }
        const own = new Set();
        for (const [pod, options] of Object.entries(external)) {
            if (!isJsonObject(options))
                continue;
            const pinned = isJsonObject(checkout[pod]) ? checkout[pod] : options;
            if (typeof options[':path'] === 'string')
                own.add(pod);
            else if (typeof pinned[':git'] === 'string')
                sourceOf.set(pod, `git+${pinned[':git']}${typeof pinned[':commit'] === 'string' ? '#' + pinned[':commit'] : typeof pinned[':tag'] === 'string' ? '#' + pinned[':tag'] : ''}`);
            else if (typeof options[':podspec'] === 'string')
                sourceOf.set(pod, options[':podspec']);
        }
        const pods = root['PODS'];
        if (!Array.isArray(pods))
            return { ok: false, error: 'Podfile.lock has no PODS list' };
        const versionOf = new Map();
        const dependencies = new Map();
        const needs = [];
        for (const [index, item] of pods.entries()) {
            // "Pod (1.0)" or { "Pod (1.0)": ["Dep (~> 2)", …] }
            const entry = isJsonObject(item) ? Object.entries(item)[0] : undefined;
            const key = entry ? entry[0] : item;
            const spec = typeof key === 'string' ? readSpec(key) : null;
            if (!spec || !spec.inBrackets) {
                problems.push({ place: placeOf(pods, index, 'PODS'), message: 'a PODS entry that is not "Name (version)"' });
                continue;
            }
            versionOf.set(spec.pod, spec.inBrackets);
            const list = entry?.[1];
            if (Array.isArray(list))
                for (const [i, d] of list.entries())
                    if (typeof d === 'string')
                        needs.push([spec.pod, d, placeOf(list, i, 'PODS', index, key)]);
            if (own.has(spec.pod) || dependencies.has(spec.pod))
                continue;
            const purl = (0,shared_purl/* buildPurl */.Eq)('cocoapods', null, spec.pod, spec.inBrackets);
            if (!purl.ok) {
                problems.push({ place: placeOf(pods, index, 'PODS'), message: purl.error });
                continue;
            }
            dependencies.set(spec.pod, { ref: spec.pod, purl: purl.value, direct: false, development: null, licenses: null, checksums: null, source: sourceOf.get(spec.pod) ?? null });
        }
        const edges = [];
        const direct = new Set();
        for (const [from, text, place] of needs) {
            const to = readSpec(text)?.pod;
            if (to === undefined || !versionOf.has(to)) {
                problems.push({ place, message: `"${from}" depends on "${text}", which is not in PODS` });
                continue;
            }
            if (own.has(from))
                direct.add(to);
            else if (to !== from)
                edges.push([from, to]);
        }
        const declared = root['DEPENDENCIES'];
        if (Array.isArray(declared)) {
            for (const d of declared) {
                const pod = typeof d === 'string' ? readSpec(d)?.pod : undefined;
                if (pod !== undefined)
                    direct.add(pod);
            }
        }
        const out = [...dependencies.values()].map((d) => ({ ...d, direct: direct.has(d.ref) }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'cocoapods', dependencies: out, edges }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/package-resolved/parse.js



/**
 * pkg:swift namespace and name from a pin's location, as the purl spec writes Swift packages: the host and path of
 * the repository ("github.com/apple", "swift-argument-parser"). scp-like "git@host:owner/repo.git" and
 * ssh://user@host:port/… URLs name the same host; the port is not part of the package's identity.
 */
function swiftCoordinates(location) {
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(location);
    let host;
    let path;
    if (scp) {
        host = scp[1];
        path = scp[2];
    }
    else {
        let url;
        try {
            url = new URL(location);
        }
        catch {
            return null;
        }
        host = url.hostname;
        path = url.pathname;
    }
    const segments = path.replace(/\.git\/?$/, '').split('/').filter((s) => s.length > 0);
    const name = segments.pop();
    if (!host || name === undefined || segments.length === 0)
        return null;
    return { namespace: [host, ...segments].join('/'), name };
}
function readPin(value, version) {
    if (!isJsonObject(value) || !isJsonObject(value['state']))
        return null;
    // v1: package / repositoryURL; v2, v3: identity / location / kind
    const location = version === 1 ? value['repositoryURL'] : value['location'];
    const identity = version === 1 ? value['package'] : value['identity'];
    if (typeof location !== 'string' || typeof identity !== 'string')
        return null;
    return { location, identity, kind: typeof value['kind'] === 'string' ? value['kind'] : null, state: value['state'] };
}
const package_resolved_parse_parser = {
    id: 'package-resolved',
    description: 'SwiftPM Package.resolved (v1-v3)',
    capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: true, licenses: false },
    detect: ({ json }) => {
        if (!isJsonObject(json) || typeof json['version'] !== 'number')
            return false;
        if (json['version'] === 1)
            return isJsonObject(json['object']) && Array.isArray(json['object']['pins']);
        return Array.isArray(json['pins']);
    },
    parse: ({ json, path }) => {
        if (!isJsonObject(json) || typeof json['version'] !== 'number')
            return { ok: false, error: 'Package.resolved has no "version"' };
        const version = json['version'];
        const notes = version > 3 ? [`Package.resolved version ${version} is newer than depindex knows (1-3); read as version 3`] : [];
        const pins = version === 1 ? (isJsonObject(json['object']) ? json['object']['pins'] : undefined) : json['pins'];
        if (!Array.isArray(pins))
            return { ok: false, error: 'Package.resolved has no "pins" list' };
        const pointer = (i) => (version === 1 ? jsonPointer('object', 'pins', i) : jsonPointer('pins', i));
        const problems = [];
        const dependencies = [];
        const seen = new Set();
        pins.forEach((value, i) => {
            const pin = readPin(value, version);
            if (!pin) {
                problems.push({ place: pointer(i), message: 'a pin without identity, location and state' });
                return;
            }
            // A branch or revision pin has no version: the commit it resolved to is the version.
            const pinned = typeof pin.state['version'] === 'string' ? pin.state['version'] : typeof pin.state['revision'] === 'string' ? pin.state['revision'] : null;
            // Registry pins are "scope.name" identities with no repository.
            const registry = pin.kind === 'registry' ? /^([^.]+)\.(.+)$/.exec(pin.identity) : null;
            const coordinates = registry ? { namespace: registry[1], name: registry[2] } : swiftCoordinates(pin.location);
            if (pinned === null || coordinates === null) {
                problems.push({ place: pointer(i), message: `"${pin.identity}" has ${pinned === null ? 'neither a version nor a revision' : `a location that is not a repository URL ("${pin.location}")`}` });
                return;
            }
            const purl = (0,shared_purl/* buildPurl */.Eq)('swift', coordinates.namespace, coordinates.name, pinned);
            if (!purl.ok) {
                problems.push({ place: pointer(i), message: purl.error });
                return;
            }
            if (seen.has(purl.value))
                return;
            seen.add(purl.value);
            dependencies.push({ ref: purl.value, purl: purl.value, direct: null, development: null, licenses: null, checksums: null, source: pin.location || null });
        });
        return { ok: true, value: { sets: [{ file: path, packageManager: 'swiftpm', dependencies, edges: [] }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/renv-lock/parse.js



/** R itself and the packages that ship with every R installation: requirements on them are not dependencies. */
const BASE = new Set(['R', 'base', 'compiler', 'datasets', 'graphics', 'grDevices', 'grid', 'methods', 'parallel', 'splines', 'stats', 'stats4', 'tcltk', 'tools', 'utils']);
/** Names a record requires: renv 1.0's `Requirements`, or the DESCRIPTION fields renv 1.1 copies ("pkg (>= 1.0)"). */
function requirements(record) {
    const names = [];
    for (const field of ['Requirements', 'Depends', 'Imports', 'LinkingTo']) {
        const value = record[field];
        if (Array.isArray(value))
            for (const v of value)
                if (typeof v === 'string')
                    names.push(v.trim().split(/[\s(]/)[0] ?? '');
    }
    return names.filter((n) => n.length > 0);
}
/** Sources renv writes for packages with no registry identity (a local build, a URL, a git host other than GitHub). */
const UNREGISTERED = new Set(['Local', 'URL', 'git', 'GitLab', 'Bitbucket', 'svn', 'unknown', 'Cellar']);
/** CRAN-like repositories -> pkg:cran; Bioconductor -> pkg:bioconductor; GitHub remotes -> pkg:github at their commit. */
function renv_lock_parse_purlOf(name, version, record) {
    const source = typeof record['Source'] === 'string' ? record['Source'] : 'Repository';
    if (source === 'Repository')
        return (0,shared_purl/* buildPurl */.Eq)('cran', null, name, version);
    if (source === 'Bioconductor')
        return (0,shared_purl/* buildPurl */.Eq)('bioconductor', null, name, version);
    if (source === 'GitHub' && typeof record['RemoteUsername'] === 'string' && typeof record['RemoteRepo'] === 'string' && typeof record['RemoteSha'] === 'string') {
        return (0,shared_purl/* buildPurl */.Eq)('github', record['RemoteUsername'], record['RemoteRepo'], record['RemoteSha']);
    }
    return null;
}
const renv_lock_parse_parser = {
    id: 'renv-lock',
    description: 'R renv.lock',
    capabilities: { edges: 'complete', direct: false, development: false, checksums: false, sources: true, licenses: false },
    detect: ({ json }) => isJsonObject(json) && isJsonObject(json['R']) && typeof json['R']['Version'] === 'string' && isJsonObject(json['Packages']),
    parse: ({ json, path }) => {
        if (!isJsonObject(json) || !isJsonObject(json['Packages']))
            return { ok: false, error: 'renv.lock has no "Packages" object' };
        const r = isJsonObject(json['R']) ? json['R'] : {};
        const repositories = new Map();
        if (Array.isArray(r['Repositories']))
            for (const repo of r['Repositories'])
                if (isJsonObject(repo) && typeof repo['Name'] === 'string' && typeof repo['URL'] === 'string')
                    repositories.set(repo['Name'], repo['URL']);
        const problems = [];
        const dependencies = [];
        const requires = new Map();
        let other = 0;
        for (const [key, record] of Object.entries(json['Packages'])) {
            const place = jsonPointer('Packages', key);
            if (!isJsonObject(record) || typeof record['Version'] !== 'string' || record['Version'].length === 0) {
                problems.push({ place, message: `"${key}" has no Version` });
                continue;
            }
            const name = typeof record['Package'] === 'string' ? record['Package'] : key;
            const purl = renv_lock_parse_purlOf(name, record['Version'], record);
            if (purl === null) {
                if (typeof record['Source'] === 'string' && UNREGISTERED.has(record['Source']))
                    other++;
                else
                    problems.push({ place: jsonPointer('Packages', key, 'Source'), message: `"${key}" has an unknown Source; not read` });
                continue;
            }
            if (!purl.ok) {
                problems.push({ place, message: purl.error });
                continue;
            }
            const repository = typeof record['Repository'] === 'string' ? record['Repository'] : null;
            const source = record['Source'] === 'GitHub' ? `https://github.com/${String(record['RemoteUsername'])}/${String(record['RemoteRepo'])}` : repository !== null ? (repositories.get(repository) ?? repository) : null;
            dependencies.push({ ref: name, purl: purl.value, direct: null, development: null, licenses: null, checksums: null, source });
            requires.set(name, requirements(record));
        }
        const edges = [];
        for (const [from, names] of requires) {
            for (const to of names) {
                if (BASE.has(to))
                    continue;
                if (requires.has(to))
                    edges.push([from, to]);
                else
                    problems.push({ place: jsonPointer('Packages', from), message: `"${from}" requires "${to}", which is not in the lock file` });
            }
        }
        const notes = other > 0 ? [`${other} package(s) from local, URL or other git sources are not listed: they have no registry identity`] : [];
        return { ok: true, value: { sets: [{ file: path, packageManager: 'renv', dependencies, edges }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/dotnet-deps/parse.js




/** Library types that are NuGet packages: `package`, and the runtime packs a self-contained app carries. */
const parse_PACKAGE_TYPES = new Set(['package', 'runtimepack']);
/** Types that are not packages: the app and its solution's projects, and framework reference assemblies. */
const OTHER_TYPES = new Set(['project', 'reference', 'referenceassembly', 'msbuildproject']);
const dotnet_deps_parse_parser = {
    id: 'dotnet-deps',
    description: '.NET *.deps.json (dependency manifest of a built app)',
    capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: false, licenses: false },
    detect: ({ json }) => isJsonObject(json) && isJsonObject(json['runtimeTarget']) && isJsonObject(json['targets']) && isJsonObject(json['libraries']),
    parse: ({ json, path }) => {
        if (!isJsonObject(json) || !isJsonObject(json['targets']) || !isJsonObject(json['libraries']))
            return { ok: false, error: 'deps.json has no "targets" and "libraries"' };
        const targets = json['targets'];
        const runtimeTarget = isJsonObject(json['runtimeTarget']) && typeof json['runtimeTarget']['name'] === 'string' ? json['runtimeTarget']['name'] : null;
        const targetName = runtimeTarget !== null && isJsonObject(targets[runtimeTarget]) ? runtimeTarget : Object.keys(targets).find((k) => isJsonObject(targets[k]));
        const target = targetName !== undefined && isJsonObject(targets[targetName]) ? targets[targetName] : {};
        const problems = [];
        const notes = targetName !== undefined && targetName !== runtimeTarget ? [`runtimeTarget "${runtimeTarget ?? ''}" has no target; read "${targetName}"`] : [];
        // Library keys are "Name/Version"; dependency lists say { Name: Version }. NuGet ids are case-insensitive.
        const keyOf = (name, version) => `${name}/${version}`.toLowerCase();
        const dependencies = new Map();
        const projects = [];
        for (const [key, library] of Object.entries(json['libraries'])) {
            const place = () => jsonPointer('libraries', key);
            const slash = key.lastIndexOf('/');
            if (!isJsonObject(library) || slash <= 0 || slash === key.length - 1) {
                problems.push({ place: place(), message: `"${key}" is not a "Name/Version" library` });
                continue;
            }
            const type = library['type'];
            if (type === 'project')
                projects.push(key);
            if (typeof type === 'string' && OTHER_TYPES.has(type))
                continue;
            if (typeof type !== 'string' || !parse_PACKAGE_TYPES.has(type)) {
                problems.push({ place: jsonPointer('libraries', key, 'type'), message: `"${key}" has ${typeof type === 'string' ? 'an unknown type' : 'no type'}; read as a package` });
            }
            const purl = (0,shared_purl/* buildPurl */.Eq)('nuget', null, key.slice(0, slash), key.slice(slash + 1));
            if (!purl.ok) {
                problems.push({ place: place(), message: purl.error });
                continue;
            }
            const sha512 = typeof library['sha512'] === 'string' && library['sha512'].length > 0 ? library['sha512'] : null;
            const digest = sha512 ? checksumsFromIntegrity(sha512)?.['sha512'] : undefined;
            const checksums = digest ? { sha512: digest } : null;
            if (sha512 && !digest)
                problems.push({ place: jsonPointer('libraries', key, 'sha512'), message: `"${key}" has a sha512 that is not "sha512-<base64>"` });
            const entry = isJsonObject(target[key]) ? target[key] : null;
            // compileOnly: referenced to build (analyzers, reference assemblies), not deployed with the app.
            const development = entry === null ? null : entry['compileOnly'] === true;
            dependencies.set(key.toLowerCase(), { ref: key, purl: purl.value, direct: false, development, licenses: null, checksums, source: null });
        }
        const edges = [];
        const direct = new Set();
        const projectKeys = new Set(projects.map((p) => p.toLowerCase()));
        for (const [key, entry] of Object.entries(target)) {
            if (!isJsonObject(entry) || !isJsonObject(entry['dependencies']))
                continue;
            const lower = key.toLowerCase();
            const from = dependencies.get(lower);
            const fromProject = projectKeys.has(lower);
            if (!from && !fromProject)
                continue;
            for (const [name, version] of Object.entries(entry['dependencies'])) {
                if (typeof version !== 'string')
                    continue;
                const to = dependencies.get(keyOf(name, version));
                if (!to)
                    continue; // a project of the same solution, or a reference assembly
                if (fromProject)
                    direct.add(to.ref);
                else if (from)
                    edges.push([from.ref, to.ref]);
            }
        }
        const out = [...dependencies.values()].map((d) => ({ ...d, direct: direct.has(d.ref) }));
        return { ok: true, value: { sets: [{ file: path, packageManager: 'nuget', dependencies: out, edges }], problems, notes } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/pipdeptree/parse.js



/** A package as pipdeptree writes it: `key` (normalised name), `package_name`, `installed_version`. */
const isPackage = (v) => isJsonObject(v) && typeof v['package_name'] === 'string' && 'installed_version' in v;
/** `--json-tree` nests packages; `--json` lists `{ package, dependencies }` pairs. */
function shape(json) {
    if (!Array.isArray(json))
        return null;
    // The first of the first few items that reads decides: one damaged item must not change what the file is.
    for (const item of json.slice(0, 20)) {
        if (isPackage(item) && Array.isArray(item['dependencies']))
            return 'tree';
        if (isJsonObject(item) && isPackage(item['package']) && Array.isArray(item['dependencies']))
            return 'flat';
    }
    return null;
}
/** JSON pointer of a node, built only for a problem. */
function parse_placeOf(item) {
    const segments = [];
    for (let p = item; p !== null; p = p.at)
        segments.push(p.index, ...(p.at ? ['dependencies'] : []));
    return jsonPointer(...segments.reverse());
}
const pipdeptree_parse_parser = {
    id: 'pipdeptree',
    description: 'pipdeptree --json-tree / --json output (an installed Python environment)',
    capabilities: { edges: 'complete', direct: false, development: false, checksums: false, sources: false, licenses: false },
    detect: ({ json }) => shape(json) !== null,
    parse: ({ json, path }) => {
        const kind = shape(json);
        if (kind === null || !Array.isArray(json))
            return { ok: false, error: 'not pipdeptree JSON output' };
        const problems = [];
        const dependencies = new Map();
        const edges = [];
        const seenEdges = new Set();
        const refOf = (node, place) => {
            if (!isJsonObject(node) || typeof node['package_name'] !== 'string') {
                problems.push({ place: isJsonObject(node) ? `${place()}/package_name` : place(), message: 'not a package (package_name, installed_version)' });
                return null;
            }
            const name = typeof node['key'] === 'string' ? node['key'] : node['package_name'];
            const version = node['installed_version'];
            // pipdeptree writes "?" when a requirement is not installed.
            if (typeof version !== 'string' || version.length === 0 || version === '?') {
                problems.push({ place: `${place()}/installed_version`, message: `"${node['package_name']}" is not installed (installed_version ${JSON.stringify(version) ?? 'missing'})` });
                return null;
            }
            const ref = `${name}@${version}`;
            if (!dependencies.has(ref)) {
                const purl = (0,shared_purl/* buildPurl */.Eq)('pypi', null, node['package_name'], version);
                if (!purl.ok) {
                    problems.push({ place: place(), message: purl.error });
                    return null;
                }
                dependencies.set(ref, { ref, purl: purl.value, writtenName: String(node['package_name']), direct: null, development: null, licenses: null, checksums: null, source: null });
            }
            return ref;
        };
        const edge = (from, to) => {
            const key = `${from}\n${to}`;
            if (seenEdges.has(key))
                return;
            seenEdges.add(key);
            edges.push([from, to]);
        };
        if (kind === 'flat') {
            json.forEach((entry, i) => {
                const from = isJsonObject(entry) ? refOf(entry['package'], () => jsonPointer(i, 'package')) : refOf(entry, () => jsonPointer(i));
                const children = isJsonObject(entry) && Array.isArray(entry['dependencies']) ? entry['dependencies'] : [];
                children.forEach((child, c) => {
                    const to = refOf(child, () => jsonPointer(i, 'dependencies', c));
                    if (from && to)
                        edge(from, to);
                });
            });
        }
        else {
            // Iterative: the tree repeats shared subtrees and can be deep.
            const stack = [];
            for (let i = json.length - 1; i >= 0; i--)
                stack.push({ node: json[i], at: null, index: i, parent: null });
            for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
                const current = item;
                const ref = refOf(current.node, () => parse_placeOf(current));
                if (ref && current.parent)
                    edge(current.parent, ref);
                const children = isJsonObject(current.node) && Array.isArray(current.node['dependencies']) ? current.node['dependencies'] : [];
                for (let c = children.length - 1; c >= 0; c--)
                    stack.push({ node: children[c], at: current, index: c, parent: ref });
            }
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'pip', dependencies: [...dependencies.values()], edges }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/lockfiles/mix-lock/terms.js
class TermError extends Error {
}
const MAX_DEPTH = 64;
const WORD = /[-\w.?!@+]+/y;
class TermReader {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    get position() {
        return this.at;
    }
    skip() {
        for (let c = this.text.charCodeAt(this.at); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = this.text.charCodeAt(++this.at))
            ;
    }
    peek() {
        this.skip();
        return this.text[this.at] ?? '';
    }
    expect(token) {
        this.skip();
        if (!this.text.startsWith(token, this.at))
            throw new TermError(`expected "${token}" at column ${this.at + 1}`);
        this.at += token.length;
    }
    /** `"key": value` or `"key" => value`, the two ways Elixir writes a map entry with a string key. */
    mapEntry(depth = 0) {
        const key = this.string();
        this.skip();
        if (this.text[this.at] === ':')
            this.at++;
        else
            this.expect('=>');
        return [key, this.term(depth + 1)];
    }
    term(depth = 0) {
        if (depth > MAX_DEPTH)
            throw new TermError('nested too deeply');
        const c = this.peek();
        if (c === '"')
            return this.string();
        if (c === ':') {
            this.at++;
            return this.text[this.at] === '"' ? { t: 'atom', v: this.string().v } : { t: 'atom', v: this.word() };
        }
        if (c === '{')
            return { t: 'tuple', items: this.sequence('{', '}', depth) };
        if (c === '[')
            return { t: 'list', items: this.sequence('[', ']', depth) };
        if (c === '%') {
            this.expect('%{');
            const entries = [];
            while (this.peek() !== '}') {
                entries.push(this.mapEntry(depth));
                if (this.peek() === ',')
                    this.at++;
                else
                    break;
            }
            this.expect('}');
            return { t: 'map', entries };
        }
        if (/[-0-9]/.test(c))
            return { t: 'number', v: this.word() };
        if (/[A-Za-z_]/.test(c)) {
            // a keyword entry `name: value` (inside lists) or a bare atom (true, false, nil)
            const word = this.word();
            if (this.text[this.at] === ':' && this.text[this.at + 1] !== ':') {
                this.at++;
                return { t: 'tuple', items: [{ t: 'atom', v: word }, this.term(depth + 1)] };
            }
            return { t: 'atom', v: word };
        }
        throw new TermError(c === '' ? 'the entry ends too early' : `unexpected "${c}" at column ${this.at + 1}`);
    }
    sequence(open, close, depth) {
        this.expect(open);
        const items = [];
        while (this.peek() !== close) {
            items.push(this.term(depth + 1));
            if (this.peek() === ',')
                this.at++;
            else
                break;
        }
        this.expect(close);
        return items;
    }
    word() {
        WORD.lastIndex = this.at;
        const m = WORD.exec(this.text);
        if (!m)
            throw new TermError(`unexpected "${this.text[this.at] ?? ''}" at column ${this.at + 1}`);
        this.at += m[0].length;
        return m[0];
    }
    string() {
        this.expect('"');
        // Fast path: no escape before the closing quote.
        const close = this.text.indexOf('"', this.at);
        const escape = this.text.indexOf('\\', this.at);
        if (close !== -1 && (escape === -1 || escape > close)) {
            const v = this.text.slice(this.at, close);
            this.at = close + 1;
            return { t: 'string', v };
        }
        let out = '';
        for (;;) {
            const c = this.text[this.at++];
            if (c === undefined)
                throw new TermError('a string is not closed');
            if (c === '"')
                return { t: 'string', v: out };
            if (c === '\\') {
                const e = this.text[this.at++] ?? '';
                out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
            }
            else
                out += c;
        }
    }
}

;// CONCATENATED MODULE: ./build/ingest/lockfiles/mix-lock/parse.js




const mix_lock_parse_str = (t) => (t?.t === 'string' ? t.v : null);
const atom = (t) => (t?.t === 'atom' ? t.v : null);
/** `optional: true` in a dependency's options: mix does not lock it unless something else needs it. */
function isOptional(options) {
    if (options?.t !== 'list')
        return false;
    return options.items.some((i) => i.t === 'tuple' && i.items.length === 2 && atom(i.items[0]) === 'optional' && atom(i.items[1]) === 'true');
}
/** {:hex, :pkg, "1.0.0", inner, managers, deps, "hexpm", outer} or {:git, "url", "sha", opts}. */
function readEntry(app, value, line) {
    if (value.t !== 'tuple')
        return 'is not a tuple';
    const [kind, ...rest] = value.items;
    if (atom(kind) === 'hex') {
        const [pkg, version, , , deps, repo, outer] = rest;
        const name = atom(pkg);
        const v = mix_lock_parse_str(version);
        if (name === null || v === null)
            return 'is not {:hex, :name, "version", …}';
        const repository = mix_lock_parse_str(repo) ?? 'hexpm';
        // A private organisation's packages are in "hexpm:org": the purl spec puts the organisation in the namespace.
        const org = /^hexpm:(.+)$/.exec(repository)?.[1] ?? null;
        const needs = deps?.t === 'list' ? deps.items.flatMap((d) => (d.t === 'tuple' && atom(d.items[0]) !== null ? [{ app: atom(d.items[0]), optional: isOptional(d.items[2]) }] : [])) : [];
        const checksum = mix_lock_parse_str(outer)?.toLowerCase() ?? null;
        return { app, line, purl: (0,shared_purl/* buildPurl */.Eq)('hex', org, name, v), checksum, source: repository === 'hexpm' ? 'https://repo.hex.pm' : repository, needs };
    }
    if (atom(kind) === 'git') {
        const [url, sha] = rest;
        const u = mix_lock_parse_str(url);
        const commit = mix_lock_parse_str(sha);
        if (u === null || commit === null)
            return 'is not {:git, "url", "commit", …}';
        const github = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?$/.exec(u);
        const purl = github ? (0,shared_purl/* buildPurl */.Eq)('github', github[1], github[2], commit) : (0,shared_purl/* buildPurl */.Eq)('generic', null, app, commit, { vcs_url: `git+${u}@${commit}` });
        return { app, line, purl, checksum: null, source: `git+${u}#${commit}`, needs: [] };
    }
    return `has an unknown source ${kind?.t === 'atom' ? ':' + kind.v : ''}`;
}
const mix_lock_parse_parser = {
    id: 'mix-lock',
    description: 'Elixir mix.lock',
    capabilities: { edges: 'complete', direct: false, development: false, checksums: true, sources: true, licenses: false },
    detect: ({ text, json }) => json === undefined && /^%\{\s*"[\w.-]+"\s*(:|=>)\s*\{:(hex|git|path),/.test(text.slice(0, 1024)),
    parse: ({ text, path }) => {
        const problems = [];
        const locked = new Map();
        text.split('\n').forEach((raw, index) => {
            // mix writes one entry per line: `%{"a": {…},`, `  "b": {…},`, …, `  "z": {…}}`
            let line = raw.trim();
            if (index === 0 && line.startsWith('%{'))
                line = line.slice(2).trim();
            if (line.length === 0 || line === '}')
                return;
            const place = `line ${index + 1}`;
            try {
                const reader = new TermReader(line);
                const [key, value] = reader.mapEntry();
                const rest = line.slice(reader.position).trim();
                if (rest !== '' && rest !== ',' && rest !== '}' && rest !== ',}')
                    throw new TermError(`unexpected "${(0,describe_unknown/* printable */.g)(rest, 20)}" after the entry`);
                const app = mix_lock_parse_str(key) ?? '';
                const entry = readEntry(app, value, index + 1);
                if (typeof entry === 'string')
                    problems.push({ place, message: `"${(0,describe_unknown/* printable */.g)(app, 60)}" ${entry}` });
                else
                    locked.set(app, entry);
            }
            catch (e) {
                if (!(e instanceof TermError))
                    throw e;
                problems.push({ place, message: `not a mix.lock entry: ${e.message}` });
            }
        });
        const dependencies = [];
        const edges = [];
        for (const entry of locked.values()) {
            if (!entry.purl.ok) {
                problems.push({ place: `line ${entry.line}`, message: entry.purl.error });
                continue;
            }
            let checksums = null;
            if (entry.checksum !== null) {
                if (isPlausibleDigest('sha256', entry.checksum))
                    checksums = { sha256: entry.checksum };
                else
                    problems.push({ place: `line ${entry.line}`, message: `"${entry.app}" has an outer checksum that is not a SHA-256 digest` });
            }
            dependencies.push({ ref: entry.app, purl: entry.purl.value, direct: null, development: null, licenses: null, checksums, source: entry.source });
            for (const need of entry.needs) {
                if (locked.has(need.app))
                    edges.push([entry.app, need.app]);
                else if (!need.optional)
                    problems.push({ place: `line ${entry.line}`, message: `"${entry.app}" depends on "${need.app}", which is not in the lock file` });
            }
        }
        return { ok: true, value: { sets: [{ file: path, packageManager: 'mix', dependencies, edges }], problems } };
    },
};

;// CONCATENATED MODULE: ./build/ingest/registry.js


































/**
 * The one list of input formats, in detection order: the first parser whose `detect` accepts the content wins.
 * A conformance test checks that each fixture is claimed by exactly one parser, so the order only matters
 * for free-text formats (requirements.txt is last because almost anything could be one).
 */
const parsers = [
    parser, parse_parser, spdx_parse_parser,
    npm_lock_parse_parser, yarn_lock_parse_parser, pnpm_lock_parse_parser, gemfile_lock_parse_parser, go_mod_parse_parser, go_sum_parse_parser,
    poetry_lock_parse_parser, pipfile_lock_parse_parser, cargo_lock_parse_parser, composer_lock_parse_parser, nuget_lock_parse_parser, gradle_lockfile_parse_parser, conan_lock_parse_parser,
    package_json_parse_parser, composer_json_parse_parser, pyproject_parse_parser, pipfile_parse_parser,
    maven_tree_json_parse_parser, maven_tree_text_parse_parser, gradle_dependencies_parse_parser, gradle_verification_parse_parser,
    uv_lock_parse_parser, bun_lock_parse_parser, pubspec_lock_parse_parser, podfile_lock_parse_parser, package_resolved_parse_parser, renv_lock_parse_parser, dotnet_deps_parse_parser, pipdeptree_parse_parser, mix_lock_parse_parser,
    requirements_txt_parse_parser,
];


/***/ }),

/***/ 42322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseByteSize)
/* harmony export */ });
/** "512M", "1G", "2048" (bytes) -> bytes; null when it does not parse. Read from options such as --max-input-size. */
function parseByteSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(text);
    if (!m)
        return null;
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    return Math.floor(Number(m[1]) * factor);
}


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ scanOptionSpecs),
/* harmony export */   Z: () => (/* binding */ optionDefault)
/* harmony export */ });
/* harmony import */ var _store_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57268);

const scanOptionSpecs = [
    {
        name: 'reports',
        kind: 'list',
        default: null,
        description: 'Files or globs of scanner outputs to read: GitLab dependency scanning reports, CycloneDX or SPDX SBOMs, lock files. One per line or comma-separated in the action; positional arguments on the CLI.',
    },
    { name: 'sbom', kind: 'string', default: null, description: 'Write a CycloneDX 1.6 JSON SBOM of the project to this file.' },
    { name: 'json', kind: 'string', default: null, description: 'Write the dependency sets as JSON (README "JSON output") to this file.' },
    { name: 'csv', kind: 'string', default: null, description: 'Write the dependency list as CSV (one row per dependency and file, for spreadsheets) to this file.' },
    {
        name: 'sbom-name',
        kind: 'string',
        default: null,
        description: 'Name of the SBOM\'s subject (metadata.component). Default: the project path, else the root manifest\'s package name, else the folder.',
    },
    {
        name: 'sbom-version',
        kind: 'string',
        default: null,
        description: 'Version of the SBOM\'s subject. Default: the root manifest\'s version, else the commit, else the ref.',
    },
    {
        name: 'store',
        kind: 'string',
        default: _store_open_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_STORE */ .Oc,
        description: 'Where the index is: sqlite:PATH (embedded, no server), an http(s):// Elasticsearch URL, or an Elastic Cloud id. Defaults from DEPINDEX_STORE when set.',
    },
    { name: 'no-store', kind: 'boolean', default: false, description: 'Do not read or write the index (scan, SBOM and diff against --base only).' },
    {
        name: 'partial',
        kind: 'boolean',
        default: false,
        description: 'The inputs are only some of the ref\'s dependency files: other files\' sets stay in the index, and the diff compares only the files read. Without it a scan is the ref\'s complete picture and sets of files it no longer has are retired.',
    },
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
    {
        name: 'config',
        kind: 'string',
        default: null,
        description: 'The checks\' configuration (README "Configuration"). Default: .depindex.yml at the repository root, when present.',
    },
    { name: 'findings', kind: 'string', default: null, description: 'Write the verdict and the findings as JSON (README "Checks and findings", Outputs) to this file.' },
    {
        name: 'gitlab-report',
        kind: 'string',
        default: null,
        description: 'Write the findings as a GitLab dependency scanning security report (schema 15.2.1) to this file.',
    },
    { name: 'sarif', kind: 'string', default: null, description: 'Write the findings as SARIF 2.1.0 (GitHub code scanning) to this file.' },
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
        name: 'mode',
        kind: 'string',
        default: 'scan',
        actionOnly: true,
        description: 'scan (the default), or prune-deleted-ref: run on GitHub\'s delete event (on: delete) to remove the deleted branch or tag, named by the event payload, from the index given by store; reports is then not read.',
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


/***/ }),

/***/ 265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repositoryRoot),
/* harmony export */   l: () => (/* binding */ fileIdentity)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** Folders walked up looking for .git; a checkout deeper than this is not a real one. */
const MAX_DEPTH = 64;
/**
 * The repository root dependency files are named from (issue #15), so the same file has the same identity on
 * every runner and machine: GitLab's CI_PROJECT_DIR, GitHub's GITHUB_WORKSPACE, the git top level (the nearest
 * folder above `cwd` holding .git, found without running git: the checkout is untrusted and its git config could
 * run commands), else `cwd`. A CI folder that does not hold `cwd` is passed over (a job that cd'ed elsewhere).
 */
function repositoryRoot(env, cwd, exists = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync) {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (const name of ['CI_PROJECT_DIR', 'GITHUB_WORKSPACE']) {
        const value = env[name];
        if (value && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) && inside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value), here))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value);
    }
    let folder = here;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        if (exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, '.git')))
            return folder;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder);
        if (up === folder)
            break;
        folder = up;
    }
    return here;
}
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * A dependency file's identity: its path from the repository root, with "/" separators. A file outside the root
 * keeps the path it was given (there is no stable name for it).
 */
function fileIdentity(path, cwd, root) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!inside(root, full))
        return path;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 40194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ newSbomStamp),
  K: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/ecosystems/registry.js + 48 modules
var registry = __webpack_require__(49397);
// EXTERNAL MODULE: ./build/ecosystems/shared/purl.js
var purl = __webpack_require__(54371);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
// EXTERNAL MODULE: ./build/graph/capabilities.js
var graph_capabilities = __webpack_require__(42097);
;// CONCATENATED MODULE: ./build/graph/walk.js
/**
 * The development flags a parser leaves null, from the walk it hands over (ParsedWalk): filled only when the
 * format's capabilities say it knows them, so a format that cannot know keeps null. Entries whose flag the
 * parser set (poetry.lock 1.x `category`) keep it. Pure; the set is returned as it is when there is no walk.
 */
function applyWalk(parsed, knows) {
    const walk = parsed.walk;
    if (!walk || !knows.development)
        return parsed;
    const flags = developmentFlags(walk, parsed.edges);
    const directUnreached = knows.direct ? walk.directUnreached : undefined;
    const dependencies = parsed.dependencies.map((d) => {
        const reached = flags(d.ref);
        const development = d.development ?? reached ?? walk.unreached;
        const direct = directUnreached !== undefined && reached === undefined && d.direct !== true ? directUnreached : d.direct;
        return development === d.development && direct === d.direct ? d : { ...d, development, direct };
    });
    return { ...parsed, dependencies };
}
/**
 * ref -> development, for every ref the walk reaches (undefined for the others): false when a runtime root reaches
 * it through runtime edges only, true otherwise. Refs are numbered once and the edges kept as compressed rows, so the two walks (the
 * runtime one first) are array indexing: linear in refs and edges, and iterative, so a deep graph cannot
 * overflow the stack.
 */
function developmentFlags(walk, setEdges) {
    const numbered = walk.edges !== undefined && !Array.isArray(walk.edges) ? walk.edges : null;
    // Refs the parser numbered keep their numbers; any other ref (a root outside its graph) is numbered after them.
    const index = new Map();
    const refs = numbered ? [...numbered.refs] : [];
    const find = (ref) => numbered?.indexOf.get(ref) ?? index.get(ref);
    const number = (ref) => {
        let i = find(ref);
        if (i === undefined) {
            i = refs.length;
            index.set(ref, i);
            refs.push(ref);
        }
        return i;
    };
    const from = [];
    const to = [];
    const development = [];
    const add = (a, b, isDevelopment) => {
        from.push(number(a));
        to.push(number(b));
        development.push(isDevelopment);
    };
    if (numbered)
        return walkRows(walk, refs, numbered, number, find);
    if (walk.edges)
        for (const [a, b, isDevelopment] of walk.edges)
            add(a, b, isDevelopment);
    else if (setEdges instanceof Map)
        for (const [a, targets] of setEdges)
            for (const b of targets)
                add(a, b, false);
    else
        for (const [a, b] of setEdges)
            add(a, b, false);
    return walkRows(walk, refs, { from, to, development }, number, find);
}
/**
 * The two walks over compressed rows of numbered edges; `number` gives a root's node, `find` a ref's. The answer
 * is looked up by ref through the same numbering, rather than copied into a map of every ref.
 */
function walkRows(walk, refs, edges, number, find) {
    const { from, to, development } = edges;
    const roots = walk.roots.map(([ref, isDevelopment]) => [number(ref), isDevelopment]);
    const n = refs.length;
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k < from.length; k++)
        offsets[from[k] + 1]++;
    for (let i = 0; i < n; i++)
        offsets[i + 1] = offsets[i + 1] + offsets[i];
    const fill = offsets.slice(0, n);
    const order = new Int32Array(from.length);
    for (let k = 0; k < from.length; k++)
        order[fill[from[k]]++] = k;
    // 0: not reached; 1: runtime; 2: development.
    const flag = new Uint8Array(n);
    const visit = (starts, throughDevelopment, value) => {
        const seen = new Uint8Array(n);
        const stack = [];
        const enter = (i) => {
            if (seen[i])
                return;
            seen[i] = 1;
            if (!flag[i])
                flag[i] = value;
            stack.push(i);
        };
        for (const s of starts)
            enter(s);
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
            for (let j = offsets[node]; j < offsets[node + 1]; j++) {
                const k = order[j];
                if (throughDevelopment || !development[k])
                    enter(to[k]);
            }
        }
    };
    visit(roots.filter(([, isDevelopment]) => !isDevelopment).map(([i]) => i), false, 1);
    // What else is reached is development: through a development edge (then from every root), or from a
    // development root only (without development edges, what a runtime root reaches is runtime already).
    visit(roots.filter(([, isDevelopment]) => walk.edges !== undefined || isDevelopment).map(([i]) => i), true, 2);
    return (ref) => {
        const i = find(ref);
        return i === undefined || !flag[i] ? undefined : flag[i] === 2;
    };
}

;// CONCATENATED MODULE: ./build/graph/build.js





/**
 * The one resolver every format shares (STYLE.md): parsers emit entries keyed by their own refs; here they
 * become one node per purl. A lock file lists the same version at several install paths, so entries with the
 * same purl merge (see Merged). The format's declared capabilities (its parser's, by default) decide which
 * flags can be known: where the format cannot say whether a dependency is direct or for development, the flag
 * is null whatever an entry holds; where it can and the parser handed over a walk, the walk fills them in.
 */
function buildSet(parsed, format, capabilities = (0,graph_capabilities/* capabilitiesOf */.S)(format)) {
    const knows = { direct: capabilities?.direct ?? true, development: capabilities?.development ?? true };
    const problems = [];
    const entries = applyWalk(parsed, knows).dependencies;
    const parts = purlParts(entries, problems);
    // Entries in purl order, found by sorting rather than by a purl -> entry map: the sort is needed anyway, and
    // it is stable, so the entries of one purl stay in input order and merge in it.
    const order = [];
    for (let i = 0; i < entries.length; i++)
        if (parts[i] !== null)
            order.push(i);
    const purlOf = (i) => entries[i].purl;
    if (!isSortedBy(order, purlOf))
        order.sort((a, b) => (0,compare_strings/* compareStrings */.K)(purlOf(a), purlOf(b)));
    // rankOfEntry[i]: the place of entry i's dependency in purl order (-1: left out), so that edges can be
    // sorted and de-duplicated as numbers rather than by comparing purls.
    const rankOfEntry = new Int32Array(entries.length).fill(-1);
    const dependencies = [];
    for (let k = 0; k < order.length;) {
        const first = order[k];
        let end = k + 1;
        while (end < order.length && purlOf(order[end]) === purlOf(first))
            end++;
        // The first entry of a purl is kept as it is; only a second one pays for a merged copy.
        let entry = entries[first];
        if (end - k > 1) {
            const merged = new Merged(entry);
            for (let m = k + 1; m < end; m++)
                merged.add(entries[order[m]]);
            entry = merged;
        }
        for (let m = k; m < end; m++)
            rankOfEntry[order[m]] = dependencies.length;
        dependencies.push(dependencyOf(entry, parts[first], knows));
        k = end;
    }
    // A ref names one entry; when a parser repeats a ref, its last entry is the one edges point at.
    const rankOfRef = new Map();
    for (let i = 0; i < entries.length; i++)
        rankOfRef.set(entries[i].ref, rankOfEntry[i]);
    return {
        set: { file: parsed.file, packageManager: parsed.packageManager, format, dependencies, graph: edgesOf(parsed.edges, rankOfRef, dependencies) },
        problems,
    };
}
/**
 * Each entry's purl parts, as the parser handed them over or parsed here; null for a purl that does not parse,
 * which is reported once, at its first entry.
 */
function purlParts(entries, problems) {
    const parts = new Array(entries.length);
    let failed = null;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.parts !== undefined) {
            parts[i] = entry.parts;
            continue;
        }
        const parsedPurl = (0,purl/* parsePurl */.$l)(entry.purl);
        if (parsedPurl.ok) {
            parts[i] = parsedPurl.value;
            continue;
        }
        parts[i] = null;
        failed ??= new Set();
        if (failed.has(entry.purl))
            continue;
        failed.add(entry.purl);
        problems.push({ place: `dependency ${entry.ref}`, message: parsedPurl.error });
    }
    return parts;
}
function dependencyOf(entry, parts, knows) {
    const { purl, optional, checksums, source } = entry;
    const { type, namespace } = parts;
    const name = displayName(entry.writtenName, parts);
    const version = parts.version ?? '';
    const introduced = knows.direct ? entry.direct : null;
    const development = knows.development ? entry.development : null;
    const licenses = sortedLicenses(entry.licenses);
    // `optional` is left out when the input does not say, as most formats do not (model/dependency.ts). Two
    // literals in one key order, rather than spreading a conditional object: this runs once per dependency.
    return optional === undefined || optional === null
        ? { purl, type, namespace, name, version, introduced, development, licenses, checksums, source }
        : { purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source };
}
/**
 * purl -> sorted, distinct purls it depends on, keys in purl order. Edges whose ends are not kept dependencies
 * (refs the parser did not list, purls that did not parse) and self-edges are left out, so every edge joins two
 * of the set's dependencies. Built as compressed rows of positions: 150,000 edges are sorted as numbers.
 */
function edgesOf(parsedEdges, rankOfRef, dependencies) {
    let count = 0;
    if (parsedEdges instanceof Map)
        for (const targets of parsedEdges.values())
            count += targets.length;
    else
        count = parsedEdges.length;
    const from = new Int32Array(count);
    const to = new Int32Array(count);
    const degree = new Int32Array(dependencies.length + 1);
    let kept = 0;
    const add = (ra, rb) => {
        if (ra === undefined || rb === undefined || ra < 0 || rb < 0 || ra === rb)
            return;
        from[kept] = ra;
        to[kept] = rb;
        degree[ra + 1]++;
        kept++;
    };
    if (parsedEdges instanceof Map) {
        for (const [fromRef, toRefs] of parsedEdges) {
            const a = rankOfRef.get(fromRef);
            if (a !== undefined && a >= 0)
                for (const toRef of toRefs)
                    add(a, rankOfRef.get(toRef));
        }
    }
    else {
        for (const [fromRef, toRef] of parsedEdges)
            add(rankOfRef.get(fromRef), rankOfRef.get(toRef));
    }
    for (let i = 1; i < degree.length; i++)
        degree[i] = degree[i] + degree[i - 1];
    const targets = new Int32Array(kept);
    const fill = degree.slice(0, dependencies.length);
    for (let e = 0; e < kept; e++)
        targets[fill[from[e]]++] = to[e];
    // The rows as positions, distinct (GraphPositions): what the index stores and whole-graph work reads.
    const offsets = new Int32Array(dependencies.length + 1);
    let distinct = 0;
    for (let node = 0; node < dependencies.length; node++) {
        const start = degree[node];
        const end = degree[node + 1];
        offsets[node] = distinct;
        if (start === end)
            continue;
        if (end - start > SHORT_ROW)
            targets.subarray(start, end).sort();
        else
            sortShortRow(targets, start, end);
        for (let i = start; i < end; i++) {
            if (i !== start && targets[i] === targets[i - 1])
                continue;
            targets[distinct++] = targets[i];
        }
    }
    offsets[dependencies.length] = distinct;
    const positions = { purls: dependencies.map((d) => d.purl), offsets, targets: targets.subarray(0, distinct) };
    return lazyGraph(positions);
}
/**
 * A graph whose purl map is made from its positions when first read. A scan that only writes its outputs and
 * the index reads the positions (the SBOM's dependencies, the stored edges, introducedBy), so the map of 50,000
 * purls to 150,000 targets, a sixth of building a large set, is made only where something asks for it (a
 * diff's via paths, why). `positions` is not enumerable: a derived view, kept out of equality checks, spreads
 * and serialised output; `edges` is, and reads like the plain property it stands for.
 */
function lazyGraph(positions) {
    let edges = null;
    const graph = {};
    Object.defineProperty(graph, 'edges', { enumerable: true, get: () => (edges ??= edgesAt(positions)) });
    Object.defineProperty(graph, 'positions', { value: positions });
    return graph;
}
/** purl -> its targets' purls, keys in position order, rows as the positions hold them (sorted, distinct). */
function edgesAt({ purls, offsets, targets }) {
    const edges = new Map();
    for (let node = 0; node < purls.length; node++) {
        const start = offsets[node];
        const end = offsets[node + 1];
        if (start === end)
            continue;
        const row = new Array(end - start);
        for (let k = start; k < end; k++)
            row[k - start] = purls[targets[k]];
        edges.set(purls[node], row);
    }
    return edges;
}
/** Rows up to this long are sorted in place: most packages have a handful of dependencies, and a view and a sort call per row cost more than the sort. */
const SHORT_ROW = 16;
function sortShortRow(values, start, end) {
    for (let i = start + 1; i < end; i++) {
        const value = values[i];
        let j = i - 1;
        for (; j >= start && values[j] > value; j--)
            values[j + 1] = values[j];
        values[j + 1] = value;
    }
}
/** Sorted, and shared rather than copied when there is one: most packages have a single license. */
function sortedLicenses(licenses) {
    if (licenses === null)
        return null;
    if (Array.isArray(licenses) && licenses.length <= 1)
        return licenses;
    return [...licenses].sort();
}
function isSortedBy(slots, key) {
    for (let i = 1; i < slots.length; i++)
        if (key(slots[i - 1]) > key(slots[i]))
            return false;
    return true;
}
/**
 * Entries of one purl: direct if any entry is direct; needed at runtime anywhere means a runtime dependency,
 * development (and optional) only when every entry says so; licenses and checksums from all of them.
 */
/**
 * The name as written when the input gave one that is the same package (same canonical name, no namespace to
 * disagree with), else the purl's: a written name can change what people read, never which package it is.
 */
function displayName(written, parts) {
    const purlName = (0,purl/* fullName */.fq)(parts);
    if (written === undefined || written === purlName || parts.namespace)
        return purlName;
    const ecosystem = (0,registry/* ecosystemFor */.m)(parts.type);
    if (!ecosystem)
        return purlName;
    try {
        return ecosystem.canonicalName(null, written) === ecosystem.canonicalName(null, parts.name) ? written : purlName;
    }
    catch {
        return purlName;
    }
}
class Merged {
    ref;
    purl;
    writtenName;
    direct;
    development;
    optional;
    licenses;
    checksums;
    source;
    constructor(first) {
        this.ref = first.ref;
        this.purl = first.purl;
        this.writtenName = first.writtenName;
        this.direct = first.direct;
        this.development = first.development;
        this.optional = first.optional ?? null;
        this.licenses = first.licenses ? new Set(first.licenses) : null;
        this.checksums = first.checksums ? { ...first.checksums } : null;
        this.source = first.source;
    }
    add(entry) {
        this.direct = this.direct === true || entry.direct === true ? true : this.direct === null || entry.direct === null ? null : false;
        this.development =
            this.development === false || entry.development === false ? false : this.development === null || entry.development === null ? null : true;
        // Optional like development: one install path that needs it makes it needed.
        const optional = entry.optional ?? null;
        this.optional = this.optional === false || optional === false ? false : this.optional === null || optional === null ? null : true;
        if (entry.licenses) {
            this.licenses ??= new Set();
            for (const l of entry.licenses)
                this.licenses.add(l);
        }
        if (entry.checksums)
            this.checksums = { ...entry.checksums, ...(this.checksums ?? {}) };
        this.source ??= entry.source;
        return this;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/ingest/decode.js
var decode = __webpack_require__(26823);
// EXTERNAL MODULE: ./build/ingest/registry.js + 91 modules
var ingest_registry = __webpack_require__(62527);
// EXTERNAL MODULE: ./build/ingest/describe-unknown.js
var describe_unknown = __webpack_require__(41875);
;// CONCATENATED MODULE: ./build/ingest/entry-checks.js

/**
 * Checks every format gets after parsing, kept here so that no parser has to repeat them. Pure.
 *
 * Control characters (NUL, ESC, C1) in a name or version of a text format come only from a damaged or hostile
 * file (a text format has no way to escape them); kept, they
 * would reach the index, the SBOM and the terminal. A purl percent-encodes them, so the purl shows them cheaply.
 */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function refuseControlCharacters(result, text) {
    let problems = null;
    const sets = result.sets.map((set) => {
        if (!set.dependencies.some((d) => ENCODED_CONTROL.test(d.purl)))
            return set;
        const kept = set.dependencies.filter((d) => {
            if (!ENCODED_CONTROL.test(d.purl))
                return true;
            const parsed = d.parts ? null : (0,purl/* parsePurl */.$l)(d.purl);
            const parts = d.parts ?? (parsed?.ok ? parsed.value : undefined);
            const bad = parts ? [parts.namespace, parts.name, parts.version].find((v) => v != null && CONTROL.test(v)) : undefined;
            if (bad == null)
                return true;
            (problems ??= [...result.problems]).push({
                place: placeOf(text, bad),
                message: 'a name or version holds a control character (such as NUL or ESC); this entry is left out',
            });
            return false;
        });
        return { ...set, dependencies: kept };
    });
    return problems === null ? result : { ...result, sets, problems };
}
/** The line where a value occurs in the text, or the first line holding a control character. */
function placeOf(text, value) {
    let at = text.indexOf(value);
    if (at < 0) {
        const m = CONTROL.exec(text.replace(/[\n\t]/g, ' '));
        at = m ? m.index : 0;
    }
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return `line ${line}`;
}
/**
 * A lock file that is not empty but yields no dependency at all is more often misread than empty (old Mac line
 * endings did this to five formats); stored, its empty set would delete the file's dependencies in the index.
 */
function warnWhenNothingFound(result) {
    if (result.sets.length === 0 || result.sets.some((s) => s.dependencies.length > 0))
        return result;
    return {
        ...result,
        problems: [
            ...result.problems,
            {
                place: 'line 1',
                message: 'the file is not empty but no dependency was read from it; if the project has dependencies, the file is damaged or in a form depindex misreads. Stored, this empty set replaces what the index held for the file',
            },
        ],
    };
}

// EXTERNAL MODULE: ./build/ingest/json-text.js + 1 modules
var json_text = __webpack_require__(82776);
;// CONCATENATED MODULE: ./build/ingest/detect.js





/** Pure: decodes JSON once (shared by every parser's detect and parse) and picks the parser by content. */
function detectFormat(rawText, parsers = ingest_registry/* parsers */.T) {
    const unmarked = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    if (unmarked.length === 0)
        return { ok: false, message: 'the file is empty' };
    const start = (0,json_text/* jsonStart */.hI)(unmarked);
    if (start === null && unmarked.trim().length === 0) {
        return { ok: false, message: `the file holds only whitespace (${unmarked.length} characters), no data` };
    }
    // Line endings are made one kind for the text formats here, once; a JSON object needs none of it.
    const text = start === '{' ? unmarked : (0,decode/* normalizeLineEndings */.E)(unmarked);
    let json = undefined;
    let jsonError = null;
    if (start !== null) {
        const parsed = (0,json_text/* parseJson */.qF)(text);
        if (parsed.ok)
            json = parsed.value;
        else if (start === '{') {
            // JSON-like formats that are not JSON (bun.lock) are the only other thing a "{" text can be.
            const jsonLike = parsers.find((p) => p.jsonLike === true && p.detect({ text, json: undefined }));
            if (jsonLike)
                return { ok: true, parser: jsonLike, input: { text, json: undefined } };
            return { ok: false, message: `${parsed.place}: ${parsed.message}` };
        }
        else
            jsonError = `${parsed.place}: ${parsed.message}`;
    }
    const input = { text, json };
    const parser = parsers.find((p) => p.detect(input));
    if (!parser && jsonError !== null)
        return { ok: false, message: jsonError };
    if (!parser) {
        return {
            ok: false,
            message: `not a format depindex reads: it looks like ${(0,describe_unknown/* describeUnknown */.E)(text, json)}. Supported: ${parsers.map((p) => p.id).join(', ')}`,
        };
    }
    return { ok: true, parser, input };
}
/**
 * Pure: runs the detected parser, then the checks every format gets (entry-checks.ts). A parser that throws is a
 * depindex bug, reported without a stack trace; running out of stack on nesting is the input's doing.
 */
function parseDetected(detection, path, companions) {
    const { parser, input } = detection;
    try {
        const outcome = parser.parse({ ...input, path, companions });
        if (!outcome.ok)
            return { ok: false, message: `${outcome.place ? outcome.place + ': ' : ''}${outcome.error}` };
        // Text formats have no escapes for control characters, so one there is damage; JSON spells them as escapes
        // on purpose (SBOM tools pass names on as they found them), and the writers escape them again.
        const checked = input.json === undefined ? refuseControlCharacters(outcome.value, input.text) : outcome.value;
        return { ok: true, parser, result: warnWhenNothingFound(checked) };
    }
    catch (e) {
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
            return { ok: false, message: `the input is nested too deeply for the ${parser.id} reader (tables or values inside each other past its depth limit); not read` };
        }
        return { ok: false, message: `the ${parser.id} reader failed on this input (a depindex bug, please report it): ${e.message}` };
    }
}

// EXTERNAL MODULE: ./build/ingest/read-file.js
var read_file = __webpack_require__(10356);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(58508);
;// CONCATENATED MODULE: ./build/ingest/load.js






const DEFAULT_MAX_INPUT_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** The I/O edge of ingest: reads one input (and its companions), then hands text to the pure parsers. */
async function loadInput(path, options) {
    const failed = (message) => ({ ok: false, path, message });
    const root = (0,external_node_path_.resolve)(options.cwd ?? '.');
    const location = (0,external_node_path_.resolve)(root, path);
    const read = await (0,read_file/* readBounded */.CB)(location, { root, maxBytes: options.maxInputBytes });
    if (!read.ok)
        return failed(read.message);
    const decoded = (0,decode/* decodeInput */.N)(read.bytes);
    if (!decoded.ok)
        return failed(decoded.message);
    const detection = detectFormat(decoded.text);
    if (!detection.ok)
        return failed(detection.message);
    const companions = await readCompanions(location, detection.parser.companions ?? [], root, options.maxInputBytes);
    const parsed = parseDetected(detection, path, companions.found);
    if (!parsed.ok)
        return failed(parsed.message);
    const result = companions.notes.length ? { ...parsed.result, notes: [...(parsed.result.notes ?? []), ...companions.notes] } : parsed.result;
    return { ok: true, path, parser: parsed.parser, result, writtenByDepindex: writtenByDepindex(detection.input.json) };
}
/** A CycloneDX SBOM whose metadata names depindex as its tool: one of depindex's own outputs. */
function writtenByDepindex(json) {
    const tools = json?.metadata?.tools;
    // CycloneDX 1.5+: {components: [...], services: [...]}; before: an array of {vendor, name, version}.
    const listed = Array.isArray(tools) ? tools : Array.isArray(tools?.components) ? tools.components : [];
    return listed.some((t) => t?.name === version/* TOOL_NAME */.l);
}
async function readCompanions(path, names, root, maxBytes) {
    const found = new Map();
    const notes = [];
    for (const name of names) {
        if (name === (0,external_node_path_.basename)(path))
            continue;
        const location = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), name);
        // A name that climbs (`../gradle/…`, for a subproject's lock file) is not looked for above the repository: there
        // it is no companion of this checkout, and a note for it on every root-level input would only be noise.
        // Names that do not climb are read as before, also beside an input the command line named outside the repository.
        if (name.startsWith('../')) {
            const rel = (0,external_node_path_.relative)(root, location);
            if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
                continue;
        }
        const read = await (0,read_file/* readBounded */.CB)(location, { root, maxBytes });
        if (read.ok) {
            const decoded = (0,decode/* decodeInput */.N)(read.bytes);
            if (decoded.ok)
                found.set(name, decoded.text);
            else
                notes.push(`${name} beside it was not used: ${decoded.message}`);
        }
        else if (read.message !== 'no such file') {
            // A missing companion only means less is known (direct/dev stay null); one that is there but refused is said.
            notes.push(`${name} beside it was not used: ${read.message}`);
        }
    }
    return { found, notes };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/run/inputs.js



const GLOB_CHARS = /[*?[\]{}]/;
/**
 * Patterns to input paths, relative to `cwd` where they lie inside it (so set names read "package-lock.json",
 * not a runner's absolute checkout path). Globs skip node_modules and .git: a lock file in there belongs to a
 * dependency, not the project. A pattern that matches nothing is an error, because a typo in CI config
 * should not look like a project without dependencies; so is a folder the glob cannot read, which it would
 * otherwise pass over in silence.
 */
async function expandInputs(patterns, cwd) {
    const files = new Set();
    // Paths given as they are, not found by a glob: the user asked for exactly these.
    const named = new Set();
    const errors = [];
    const unreadable = new Set();
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern)) {
            files.add(display(pattern, cwd));
            named.add(display(pattern, cwd));
            continue;
        }
        const matched = [];
        const skip = (entry) => {
            if (entry.name === 'node_modules' || entry.name === '.git')
                return true;
            if (entry.isDirectory()) {
                const folder = (0,external_node_path_.join)(entry.parentPath, entry.name);
                try {
                    (0,external_node_fs_.accessSync)(folder, external_node_fs_.constants.R_OK | external_node_fs_.constants.X_OK);
                }
                catch {
                    const shown = display(folder, cwd);
                    if (!unreadable.has(shown)) {
                        unreadable.add(shown);
                        errors.push({ file: shown, message: `this folder cannot be read (permission denied); files in it that the pattern ${pattern} would match are not read` });
                    }
                    return true;
                }
            }
            return false;
        };
        for await (const entry of (0,promises_.glob)(pattern, { cwd, withFileTypes: true, exclude: skip })) {
            matched.push(display((0,external_node_path_.join)(entry.parentPath, entry.name), cwd));
        }
        if (matched.length === 0)
            errors.push({ file: pattern, message: 'no file matches this pattern' });
        for (const file of matched.sort())
            files.add(file);
    }
    return { files: [...files], errors, named };
}
function display(path, cwd) {
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(cwd, path) : path;
    const shown = rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) || rel === '' ? path : rel;
    return shown.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
}

// EXTERNAL MODULE: ./build/run/repository-root.js
var repository_root = __webpack_require__(265);
;// CONCATENATED MODULE: ./build/run/scan.js





/** Formats that describe what scanners saw, not what a package manager resolved. */
const REPORT_FORMATS = new Set(['cyclonedx', 'spdx', 'gitlab-ds']);
/**
 * Reads every input; one that fails is recorded and the others go on (DESIGN.md 5). Inputs are read one at a
 * time so that no more than one input's text is held at once (DESIGN.md 10).
 *
 * The store keys sets by dependency file, so one file gets one set. When a lock file and a report (an SBOM, a
 * GitLab report) both describe it, the lock file is used: it is the package manager's own record, while a
 * report may be stale — depindex's own SBOM from an earlier run in the same workspace matched the README's
 * GitLab glob and hid a version bump. Otherwise the first input (in pattern order) is used. Either way the log
 * says which was used. An SBOM depindex wrote itself is never read when a glob found it (name it to read it).
 */
async function readInputs(request) {
    const { files, errors, named } = await expandInputs(request.patterns, request.cwd);
    const warnings = [];
    const notes = [];
    const vulnerabilities = [];
    const read = [];
    const claims = new Map();
    for (const file of files) {
        const loaded = await loadInput(file, { maxInputBytes: request.maxInputBytes, cwd: request.cwd });
        if (!loaded.ok) {
            errors.push({ file, message: loaded.message });
            continue;
        }
        const { parser, result } = loaded;
        if (loaded.writtenByDepindex && !named.has(file)) {
            notes.push({ file, message: 'an SBOM depindex wrote itself (its tool metadata says so); not read as an input (name it without a glob to read it)' });
            continue;
        }
        for (const problem of result.problems)
            warnings.push({ file, place: problem.place, message: problem.message });
        for (const message of result.notes ?? [])
            notes.push({ file, message });
        vulnerabilities.push(...(result.vulnerabilities ?? []));
        read.push({ path: file, format: parser.id });
        for (const parsed of result.sets) {
            // A set named by the input's own path (a lock file, an SBOM without dependency-file information) is named
            // from the repository root; a file a report names is already written from the project's root.
            const setFile = parsed.file === file ? (0,repository_root/* fileIdentity */.l)(file, request.cwd, request.root ?? request.cwd) : parsed.file;
            const claim = { input: file, parser, parsed: setFile === parsed.file ? parsed : { ...parsed, file: setFile } };
            const list = claims.get(setFile);
            if (list)
                list.push(claim);
            else
                claims.set(setFile, [claim]);
        }
    }
    const kept = new Map();
    const sets = [];
    for (const [setFile, list] of claims) {
        const chosen = list.find((c) => !REPORT_FORMATS.has(c.parser.id)) ?? list[0];
        for (const other of list) {
            if (other === chosen)
                continue;
            const why = REPORT_FORMATS.has(chosen.parser.id) || REPORT_FORMATS.has(other.parser.id) === false ? 'read first' : 'the lock file is preferred over a report';
            warnings.push({ file: other.input, place: setFile, message: `${setFile} is taken from ${chosen.input} (${why}); this input's set for it is left out` });
        }
        const { set, problems } = buildSet({ ...chosen.parsed, file: setFile }, chosen.parser.id);
        for (const problem of problems)
            warnings.push({ file: chosen.input, place: problem.place, message: problem.message });
        sets.push(set);
        kept.set(chosen.input, (kept.get(chosen.input) ?? 0) + 1);
    }
    const inputs = read.map(({ path, format }) => ({ path, format, sets: kept.get(path) ?? 0 }));
    return { inputs, sets, errors, warnings, notes, vulnerabilities };
}
function newSbomStamp() {
    return { serialNumber: `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`, timestamp: new Date() };
}


/***/ })

};
