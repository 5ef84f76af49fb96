export const id = 397;
export const ids = [397];
export const modules = {

/***/ 19318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ npm)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _shared_purl_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40582);



// node-semver is npm's own implementation, so it is the reference itself: every answer here is its answer with
// default options (loose: false, includePrerelease: false), which is what `npm install` uses.
function parse(text) {
    const version = semver__WEBPACK_IMPORTED_MODULE_0__.parse(text, { loose: false });
    return version ? (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)(version) : (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" is not a valid npm (semver) version`);
}
function parseRange(text, syntax) {
    // DESIGN.md 8.1 advisory syntax differs from node-semver's only by allowing `&&` between constraints.
    const source = syntax === 'advisory' ? text.replaceAll('&&', ' ') : text;
    let range;
    try {
        range = new semver__WEBPACK_IMPORTED_MODULE_0__.Range(source, { loose: false });
    }
    catch (e) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" is not a valid npm range: ${e.message}`);
    }
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ text, contains: (version) => range.test(version) });
}
const versioning = {
    parse,
    compare: (a, b) => a.compare(b),
    parseRange,
};
const npm = {
    type: 'npm',
    aliases: [],
    // Scoped names stay `@scope/name` (DESIGN.md 4). npm names are case-sensitive for old packages (JSONStream and
    // jsonstream are different packages), so the case is kept; search is case-insensitive anyway.
    canonicalName: (namespace, name) => {
        if (!namespace)
            return name;
        return `${namespace.startsWith('@') ? namespace : `@${namespace}`}/${name}`;
    },
    // Only a scope ("@scope/name") is a namespace; a "/" elsewhere stays in the name.
    splitName: (fullName) => {
        const slash = fullName.indexOf('/');
        return fullName.startsWith('@') && slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning,
    // packageurl-js lower-cases npm names and writes a scope "@s" as "%40s" (the purl spec's rule for the type).
    plainPurl: { segment: _shared_purl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .LOWER_CASE_SEGMENT */ .L, namespace: 'optional', atScope: true },
};


/***/ }),

/***/ 47094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fq: () => (/* binding */ pep503Name),
/* harmony export */   go: () => (/* binding */ canonicalPypiName),
/* harmony export */   xV: () => (/* binding */ requirementName)
/* harmony export */ });
// Python package names, in one place for every stage (ingest, search keys, the ecosystem's canonical name), so
// two spellings of one package can never compare differently in two places.
/**
 * PEP 503 normalisation: lower-case, runs of `-`, `_` and `.` become one `-` ("Typing_Extensions" and
 * "typing.extensions" are the same package). One character class under `+`: linear even on long runs.
 */
function pep503Name(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Names as lock files and manifests write them (padding included), compared the PEP 503 way. */
function canonicalPypiName(name) {
    return pep503Name(name.trim());
}
/** PEP 508 names: letters and digits, with `-`, `_`, `.` inside. */
function isPypiName(name) {
    return /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}
/**
 * The name at the start of a PEP 508 requirement ("requests[socks]>=2; python_version<'3'" -> "requests"),
 * or null when the text does not start with one. Linear: one scan, no backtracking.
 */
function requirementName(requirement) {
    const text = requirement.trimStart();
    let end = 0;
    while (end < text.length) {
        const c = text.charCodeAt(end);
        const isWordChar = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;
        if (!isWordChar)
            break;
        end++;
    }
    const name = text.slice(0, end);
    return name.length > 0 && isPypiName(name) ? name : null;
}


/***/ }),

/***/ 49397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ ecosystemFor),
  u: () => (/* binding */ ecosystems)
});

// EXTERNAL MODULE: ./build/ecosystems/npm/index.js
var npm = __webpack_require__(19318);
// EXTERNAL MODULE: ./build/model/result.js
var result = __webpack_require__(46305);
// EXTERNAL MODULE: ./build/model/compare-strings.js
var compare_strings = __webpack_require__(26582);
;// CONCATENATED MODULE: ./build/ecosystems/pypi/version.js


// Python's `\s` on str (str.isspace): wider than JS's `\s` (\x1c-\x1f, \x85) and without \ufeff.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// packaging's VERSION_PATTERN verbatim (re.VERBOSE | re.IGNORECASE); a constant, never built from input.
// `u` makes case-insensitive matching fold like Python's (the Kelvin sign matches `k`).
const VERSION_RE = new RegExp(`^[${PY_SPACE}]*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)` +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
    `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?[${PY_SPACE}]*$`, 'diu');
/**
 * Python's IGNORECASE also matches `ı` (U+0131) and `İ` (U+0130) with `i`, which JS's `iu` does not: the regex
 * runs on a copy with those folded (same length, so the match positions hold) and groups come from the input.
 */
const foldForMatch = (text) => text.replace(/[\u0130\u0131]/g, 'i');
function pyGroups(re, text) {
    const indices = re.exec(foldForMatch(text))?.indices?.groups;
    if (!indices)
        return undefined;
    const out = {};
    for (const [name, span] of Object.entries(indices))
        out[name] = span ? text.slice(span[0], span[1]) : undefined;
    return out;
}
/** CPython 3.11+ refuses int() of more than 4300 digits (ValueError), so `packaging` rejects such versions. */
const PY_INT_MAX_DIGITS = 4300;
class TooLong extends Error {
}
function version_int(digits) {
    if (digits.length > PY_INT_MAX_DIGITS)
        throw new TooLong();
    let i = 0;
    while (i < digits.length - 1 && digits.charCodeAt(i) === 48)
        i++;
    return i === 0 ? digits : digits.slice(i);
}
const PRE_LABEL = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
function isDigits(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return s.length > 0;
}
function parsePypiVersion(text) {
    const g = pyGroups(VERSION_RE, text);
    if (!g || g.release === undefined)
        return (0,result/* err */._)(`invalid PEP 440 version "${text}"`);
    try {
        const epoch = g.epoch === undefined ? '0' : version_int(g.epoch);
        const release = g.release.split('.').map(version_int);
        // _parse_letter_version: lower-case, then the alternate spellings; anything else stays as it is.
        const preLabel = g.pre_l === undefined ? undefined : g.pre_l.toLowerCase();
        const pre = preLabel === undefined ? null : [PRE_LABEL[preLabel] ?? preLabel, version_int(g.pre_n ?? '0')];
        const postDigits = g.post_n1 ?? g.post_n2;
        const post = g.post === undefined ? null : version_int(postDigits ?? '0');
        const postWord = g.post_l?.toLowerCase() ?? 'post';
        const postLabel = postWord === 'rev' || postWord === 'r' ? 'post' : postWord;
        const dev = g.dev === undefined ? null : version_int(g.dev_n ?? '0');
        const local = g.local === undefined
            ? null
            : g.local.split(/[-_.]/).map((part) => (isDigits(part) ? version_int(part) : part.toLowerCase()));
        return (0,result.ok)(build(epoch, release, pre, post, dev, local, postLabel));
    }
    catch (e) {
        if (e instanceof TooLong)
            return (0,result/* err */._)(`invalid PEP 440 version "${text.slice(0, 80)}…": a number over 4300 digits`);
        throw e;
    }
}
function build(epoch, release, pre, post, dev, local, postLabel = 'post') {
    let end = release.length;
    while (end > 0 && release[end - 1] === '0')
        end--;
    const text = (epoch === '0' ? '' : `${epoch}!`) +
        release.join('.') +
        (pre ? pre[0] + pre[1] : '') +
        (post === null ? '' : `.post${post}`) +
        (dev === null ? '' : `.dev${dev}`) +
        (local ? `+${local.join('.')}` : '');
    return { epoch, release, pre, post, postLabel, dev, local, text, releaseKey: release.slice(0, end) };
}
/** `Version(v.public)`: the same version without its local label. */
function publicOf(v) {
    return v.local === null ? v : build(v.epoch, v.release, v.pre, v.post, v.dev, null, v.postLabel);
}
/** `Version(v.base_version)`: epoch and release only. */
function baseOf(v) {
    return build(v.epoch, v.release, null, null, null, null);
}
const isPrerelease = (v) => v.pre !== null || v.dev !== null;
function compareDigits(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return (0,compare_strings/* compareStrings */.K)(a, b);
}
// _cmpkey's Infinity/NegativeInfinity sentinels, as ranks around the real values.
const NEG = 0;
const VAL = 1;
const POS = 2;
function preRank(v) {
    if (v.pre === null && v.post === null && v.dev !== null)
        return NEG;
    return v.pre === null ? POS : VAL;
}
function compareRelease(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = compareDigits(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
// Local parts: a number sorts after any string (`(int, "")` against `(-inf, str)`), numbers by value.
function compareLocal(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        const xn = isDigits(x);
        const yn = isDigits(y);
        let c;
        if (xn && yn)
            c = compareDigits(x, y);
        else if (xn !== yn)
            c = xn ? 1 : -1;
        else
            c = (0,compare_strings/* compareStrings */.K)(x, y);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
function comparePypi(a, b) {
    let c = compareDigits(a.epoch, b.epoch);
    if (c === 0)
        c = compareRelease(a.releaseKey, b.releaseKey);
    if (c === 0) {
        const ra = preRank(a);
        const rb = preRank(b);
        c = ra - rb;
        if (c === 0 && ra === VAL && a.pre && b.pre) {
            c = a.pre[0] < b.pre[0] ? -1 : a.pre[0] > b.pre[0] ? 1 : compareDigits(a.pre[1], b.pre[1]);
        }
    }
    if (c === 0 && (a.post !== null || b.post !== null)) {
        if (a.post === null || b.post === null)
            c = a.post === null ? -1 : 1;
        else
            c = a.postLabel < b.postLabel ? -1 : a.postLabel > b.postLabel ? 1 : compareDigits(a.post, b.post);
    }
    if (c === 0)
        c = a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : compareDigits(a.dev, b.dev);
    if (c === 0)
        c = compareLocal(a.local, b.local);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/pypi/specifier.js


/**
 * PEP 440 specifiers exactly as `packaging.specifiers` 23.x evaluates them with `prereleases=True`: the
 * operator rules are ported line by line (`_compare_*`), including their string-level wildcard handling.
 */
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const S = `[${PY_SPACE}]*`;
// Specifier._regex verbatim; a constant, never built from input.
const SPECIFIER_RE = new RegExp(`^${S}(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>` +
    `(?:(?<====)${S}[^${PY_SPACE};)]*)` +
    `|(?:(?<===|!=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    `)${S}$`, 'diu');
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');
const pyStrip = (s) => s.replace(STRIP_RE, '');
/** One parsed specifier: a predicate over parsed versions, built once. */
function parseSpecifier(text) {
    const g = pyGroups(SPECIFIER_RE, text);
    const operator = g?.operator;
    const versionGroup = g?.version;
    if (operator === undefined || versionGroup === undefined)
        return (0,result/* err */._)(`invalid PEP 440 specifier "${text}"`);
    const spec = pyStrip(versionGroup);
    if (operator === '===') {
        const wanted = spec.toLowerCase();
        return (0,result.ok)((v) => v.text.toLowerCase() === wanted);
    }
    if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
        const prefix = prefixMatcher(spec.slice(0, -2));
        return (0,result.ok)(operator === '==' ? prefix : (v) => !prefix(v));
    }
    const parsed = parsePypiVersion(spec);
    if (!parsed.ok)
        return (0,result/* err */._)(`invalid PEP 440 specifier "${text}": ${parsed.error}`);
    const target = parsed.value;
    switch (operator) {
        case '==':
        case '!=': {
            const equal = equalTo(target);
            return (0,result.ok)(operator === '==' ? equal : (v) => !equal(v));
        }
        case '<=':
            return (0,result.ok)((v) => comparePypi(publicOf(v), target) <= 0);
        case '>=':
            return (0,result.ok)((v) => comparePypi(publicOf(v), target) >= 0);
        case '<':
            return (0,result.ok)(lessThan(target));
        case '>':
            return (0,result.ok)(greaterThan(target));
        case '~=': {
            // _compare_compatible works on the specifier's own text, not its normal form.
            const kept = versionSplit(spec).filter(takeWhile(isNotSuffix));
            const prefix = prefixMatcher(kept.slice(0, -1).join('.'));
            return (0,result.ok)((v) => comparePypi(publicOf(v), target) >= 0 && prefix(v));
        }
    }
    return (0,result/* err */._)(`invalid PEP 440 specifier "${text}"`);
}
function equalTo(target) {
    if (target.local === null)
        return (v) => comparePypi(publicOf(v), target) === 0;
    return (v) => comparePypi(v, target) === 0;
}
// `<V` never admits a pre-release of V itself unless V is one.
function lessThan(target) {
    const targetBase = baseOf(target);
    const targetPre = isPrerelease(target);
    return (v) => {
        if (comparePypi(v, target) >= 0)
            return false;
        return !(!targetPre && isPrerelease(v) && comparePypi(baseOf(v), targetBase) === 0);
    };
}
// `>V` never admits a post-release of V (unless V is one) nor V with a local label.
function greaterThan(target) {
    const targetBase = baseOf(target);
    const targetPost = target.post !== null;
    return (v) => {
        if (comparePypi(v, target) <= 0)
            return false;
        if (!targetPost && v.post !== null && comparePypi(baseOf(v), targetBase) === 0)
            return false;
        return !(v.local !== null && comparePypi(baseOf(v), targetBase) === 0);
    };
}
/** `_compare_equal` for a `.*` specifier, given the text before `.*`. */
function prefixMatcher(specText) {
    const splitSpec = versionSplit(canonicalize(specText, false));
    return (v) => {
        const padded = padLeft(prospectiveSplit(v), splitSpec);
        if (padded.length < splitSpec.length)
            return false;
        for (let i = 0; i < splitSpec.length; i++)
            if (padded[i] !== splitSpec[i])
                return false;
        return true;
    };
}
// The prospective side depends only on the version: worked out once per parsed version, not once per test.
const splitCache = new WeakMap();
function prospectiveSplit(v) {
    let split = splitCache.get(v);
    if (!split)
        splitCache.set(v, (split = versionSplit(canonicalize(publicOf(v), true))));
    return split;
}
/** packaging.utils.canonicalize_version: a string that is not a version is returned unchanged. */
function canonicalize(version, stripTrailingZero) {
    let v;
    if (typeof version === 'string') {
        const parsed = parsePypiVersion(version);
        if (!parsed.ok)
            return version;
        v = parsed.value;
    }
    else {
        v = version;
    }
    let release = v.release.join('.');
    if (stripTrailingZero) {
        // re.sub(r"(\.0)+$", "", release)
        while (release.endsWith('.0'))
            release = release.slice(0, -2);
    }
    return ((v.epoch === '0' ? '' : `${v.epoch}!`) +
        release +
        (v.pre ? v.pre[0] + v.pre[1] : '') +
        (v.post === null ? '' : `.post${v.post}`) +
        (v.dev === null ? '' : `.dev${v.dev}`) +
        (v.local ? `+${v.local.join('.')}` : ''));
}
const PREFIX_RE = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;
function versionSplit(version) {
    const result = [];
    for (const item of version.split('.')) {
        const m = PREFIX_RE.exec(item);
        if (m)
            result.push(m[1], m[2]);
        else
            result.push(item);
    }
    return result;
}
const isNotSuffix = (s) => !['dev', 'a', 'b', 'rc', 'post'].some((p) => s.startsWith(p));
function takeWhile(predicate) {
    let taking = true;
    return (x) => (taking = taking && predicate(x));
}
// str.isdigit() on these parts: every part comes from a canonical string or the specifier regex, so ASCII.
const isDigitString = (s) => /^[0-9]+$/.test(s);
/** _pad_version(left, right)[0]: left's release padded with "0" to right's release length. */
function padLeft(left, right) {
    let l = 0;
    while (l < left.length && isDigitString(left[l]))
        l++;
    let r = 0;
    while (r < right.length && isDigitString(right[r]))
        r++;
    if (r <= l)
        return left;
    return [...left.slice(0, l), ...Array(r - l).fill('0'), ...left.slice(l)];
}

// EXTERNAL MODULE: ./build/ecosystems/pypi/name.js
var pypi_name = __webpack_require__(47094);
;// CONCATENATED MODULE: ./build/ecosystems/pypi/index.js




/**
 * `SpecifierSet(text)`: comma-joined specifiers, empty items skipped (an empty set admits every version).
 * `bareIsEqual`: the advisory syntax (DESIGN.md 8.1) lets a bare version mean `==version`.
 */
function parseSpecifierSet(text, bareIsEqual) {
    const tests = [];
    for (const item of text.split(',')) {
        const stripped = pyStrip(item);
        if (stripped === '')
            continue;
        const spec = bareIsEqual && !'<>=!~'.includes(stripped.charAt(0)) ? `==${stripped}` : stripped;
        const parsed = parseSpecifier(spec);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return (0,result.ok)((v) => tests.every((t) => t(v)));
}
function parseRange(text, syntax) {
    if (syntax === 'native') {
        const set = parseSpecifierSet(text, false);
        return set.ok ? (0,result.ok)({ text, contains: set.value }) : set;
    }
    // PMDB affected_range: `||` between alternatives, each a comma-joined specifier set.
    const alternatives = [];
    for (const part of text.split('||')) {
        if (pyStrip(part) === '')
            return (0,result/* err */._)(`invalid pypi affected_range "${text}": an empty alternative`);
        const set = parseSpecifierSet(part, true);
        if (!set.ok)
            return (0,result/* err */._)(`invalid pypi affected_range "${text}": ${set.error}`);
        alternatives.push(set.value);
    }
    return (0,result.ok)({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const pypi = {
    type: 'pypi',
    aliases: [],
    // PyPI has no namespaces; one given anyway is kept, lower-cased, rather than dropped.
    canonicalName: (namespace, name) => {
        const canonical = (0,pypi_name/* pep503Name */.fq)(name);
        return namespace ? `${namespace.toLowerCase()}/${canonical}` : canonical;
    },
    versioning: { parse: parsePypiVersion, compare: comparePypi, parseRange },
    // packageurl-js lower-cases pypi names and turns "_" into "-": only such names come back unchanged (the purl spec's rule for the type).
    plainPurl: { segment: /^[a-z0-9][a-z0-9.~-]*$/, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/maven/comparable-version.js


const MAX_MAVEN_VERSION_LENGTH = 4096;
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
// StringItem.ALIASES: the release's other names are the empty qualifier itself.
const ALIASES = new Map([['ga', ''], ['final', ''], ['release', ''], ['cr', 'rc']]);
const RELEASE_KEY = String(QUALIFIERS.indexOf(''));
const ZERO = { kind: 0, size: 0, digits: '0' };
function comparableQualifier(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function stringItem(raw, followedByDigit) {
    let value = raw;
    if (followedByDigit && value.length === 1) {
        // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
        if (value === 'a')
            value = 'alpha';
        else if (value === 'b')
            value = 'beta';
        else if (value === 'm')
            value = 'milestone';
    }
    value = ALIASES.get(value) ?? value;
    return { kind: 1, value, key: comparableQualifier(value) };
}
// Java's Character.isDigit is Unicode-wide (Nd) and Integer.parseInt accepts any Nd digit; a digit's value is its
// distance from the start of its run of ten.
const UNICODE_DIGIT = /\p{Nd}/u;
function isJavaDigit(code) {
    if (code >= 48 && code <= 57)
        return true;
    if (code < 128 || (code >= 0xd800 && code <= 0xdfff))
        return false;
    return UNICODE_DIGIT.test(String.fromCharCode(code));
}
function digitValue(code) {
    if (code <= 57)
        return code - 48;
    let start = code;
    while (start > 0 && isJavaDigit(start - 1))
        start--;
    return (code - start) % 10;
}
function numberItem(buf) {
    // stripLeadingZeroes only strips ASCII '0' and keeps an all-zero string whole: its length picks Int/Long/BigInteger.
    let i = 0;
    while (i < buf.length && buf.charCodeAt(i) === 48)
        i++;
    const stripped = i === buf.length ? buf : buf.slice(i);
    const size = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
    let ascii = '';
    for (let j = 0; j < stripped.length; j++)
        ascii += String(digitValue(stripped.charCodeAt(j)));
    let k = 0;
    while (k < ascii.length - 1 && ascii.charCodeAt(k) === 48)
        k++;
    return { kind: 0, size, digits: ascii.slice(k) };
}
const parseItem = (isDigit, buf) => (isDigit ? numberItem(buf) : stringItem(buf, false));
function isNull(item) {
    if (item.kind === 0)
        return item.digits === '0';
    if (item.kind === 1)
        return item.key === RELEASE_KEY;
    return item.items.length === 0;
}
// ListItem.normalize: from the end, null items (0, "", empty list) are removed; the walk stops at the first item
// that is neither null nor a list (so 1.0-1 keeps no 0: 1-1, and 1.0.final-redhat is 1-redhat).
function normalize(list) {
    const items = list.items;
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isNull(item))
            items.splice(i, 1);
        else if (item.kind !== 2)
            break;
    }
}
function parseMavenVersion(text) {
    if (text.length > MAX_MAVEN_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_MAVEN_VERSION_LENGTH} characters`);
    const version = text.toLowerCase();
    const items = { kind: 2, items: [] };
    let list = items;
    const stack = [list];
    const sublist = () => {
        const next = { kind: 2, items: [] };
        list.items.push(next);
        list = next;
        stack.push(next);
    };
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < version.length; i++) {
        const c = version.charCodeAt(i);
        if (c === 46 /* . */ || c === 45 /* - */) {
            list.items.push(i === start ? ZERO : parseItem(isDigit, version.slice(start, i)));
            start = i + 1;
            if (c === 45)
                sublist();
        }
        else if (isJavaDigit(c)) {
            if (!isDigit && i > start) {
                // MNG-7644: 1.0.0.X1 < 1.0.0-X2, a qualifier followed by a number is treated as -X.
                if (list.items.length > 0)
                    sublist();
                list.items.push(stringItem(version.slice(start, i), true));
                start = i;
                sublist();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.items.push(parseItem(true, version.slice(start, i)));
                start = i;
                sublist();
            }
            isDigit = false;
        }
    }
    if (version.length > start) {
        if (!isDigit && list.items.length > 0)
            sublist();
        list.items.push(parseItem(isDigit, version.slice(start)));
    }
    for (let i = stack.length - 1; i >= 0; i--)
        normalize(stack[i]);
    return (0,result.ok)({ text, items });
}
const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
function compareNumbers(a, b) {
    if (a.size !== b.size)
        return a.size < b.size ? -1 : 1;
    if (a.digits.length !== b.digits.length)
        return a.digits.length < b.digits.length ? -1 : 1;
    return (0,compare_strings/* compareStrings */.K)(a.digits, b.digits);
}
/** `Item.compareTo(other)`; `undefined` is Java's null (the shorter side ran out). */
function compareItem(a, b) {
    if (a.kind === 0) {
        if (b === undefined)
            return a.digits === '0' ? 0 : 1;
        return b.kind === 0 ? compareNumbers(a, b) : 1;
    }
    if (a.kind === 1) {
        if (b === undefined)
            return (0,compare_strings/* compareStrings */.K)(a.key, RELEASE_KEY);
        return b.kind === 1 ? (0,compare_strings/* compareStrings */.K)(a.key, b.key) : -1;
    }
    if (b === undefined) {
        // MNG-6964: the whole sub-list decides against null, not only its first item.
        for (const item of a.items) {
            const r = compareItem(item, undefined);
            if (r !== 0)
                return r;
        }
        return 0;
    }
    if (b.kind === 0)
        return -1;
    if (b.kind === 1)
        return 1;
    const n = Math.max(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
        const l = a.items[i];
        const r = b.items[i];
        const result = l === undefined ? (r === undefined ? 0 : sign(-compareItem(r, undefined))) : compareItem(l, r);
        if (result !== 0)
            return result;
    }
    return 0;
}
function compareMavenVersions(a, b) {
    return compareItem(a.items, b.items);
}
/** `ComparableVersion.getCanonical()`, for messages and tests. */
function canonicalMavenVersion(v) {
    const render = (list) => list.items
        .map((item, i) => {
        const text = item.kind === 0 ? item.digits : item.kind === 1 ? item.value : render(item);
        return i === 0 ? text : (item.kind === 2 ? '-' : '.') + text;
    })
        .join('');
    return render(v.items);
}

;// CONCATENATED MODULE: ./build/ecosystems/maven/range.js


const MAX_MAVEN_RANGE_LENGTH = 4096;
const EVERYTHING = { lower: null, lowerInclusive: false, upper: null, upperInclusive: false };
function version(text) {
    const parsed = parseMavenVersion(text);
    // Only over-long text fails, and the whole range is shorter than that limit.
    if (!parsed.ok)
        throw new Error(parsed.error);
    return parsed.value;
}
function parseRestriction(spec, whole) {
    const lowerInclusive = spec.startsWith('[');
    const upperInclusive = spec.endsWith(']');
    const inner = spec.slice(1, -1).trim();
    const comma = inner.indexOf(',');
    if (comma < 0) {
        if (!lowerInclusive || !upperInclusive)
            return (0,result/* err */._)(`range "${whole}": a single version must be in [], not "${spec}"`);
        const v = version(inner);
        return (0,result.ok)({ lower: v, lowerInclusive, upper: v, upperInclusive });
    }
    const lowerText = inner.slice(0, comma).trim();
    const upperText = inner.slice(comma + 1).trim();
    // Maven 3 dropped the old "identical boundaries" check: [1,1] is [1] and (,) is everything.
    const lower = lowerText === '' ? null : version(lowerText);
    const upper = upperText === '' ? null : version(upperText);
    if (lower && upper && compareMavenVersions(upper, lower) < 0) {
        return (0,result/* err */._)(`range "${whole}": "${spec}" has its upper bound below its lower bound`);
    }
    return (0,result.ok)({ lower, lowerInclusive, upper, upperInclusive });
}
function parseSpec(spec, advisory) {
    const restrictions = [];
    let rest = spec;
    let upperBound = null;
    while (rest.startsWith('[') || rest.startsWith('(')) {
        const close = rest.indexOf(')');
        const bracket = rest.indexOf(']');
        let index = bracket;
        if ((bracket < 0 || close < bracket) && close >= 0)
            index = close;
        if (index < 0)
            return (0,result/* err */._)(`range "${spec}" is not closed`);
        const restriction = parseRestriction(rest.slice(0, index + 1), spec);
        if (!restriction.ok)
            return restriction;
        const { lower } = restriction.value;
        // Maven checks only against the previous upper bound, and not at all after an unbounded one.
        if (!advisory && upperBound !== null && (lower === null || compareMavenVersions(lower, upperBound) < 0)) {
            return (0,result/* err */._)(`range "${spec}": restrictions overlap`);
        }
        restrictions.push(restriction.value);
        upperBound = restriction.value.upper;
        rest = rest.slice(index + 1).trim();
        if (rest.startsWith(','))
            rest = rest.slice(1).trim();
    }
    if (rest.length > 0) {
        if (restrictions.length > 0)
            return (0,result/* err */._)(`range "${spec}": "${rest}" is not a bracketed set`);
        if (!advisory)
            return (0,result.ok)([EVERYTHING]);
        const exact = version(rest.trim());
        return (0,result.ok)([{ lower: exact, lowerInclusive: true, upper: exact, upperInclusive: true }]);
    }
    return (0,result.ok)(restrictions);
}
function restrictionContains(r, v) {
    if (r.lower !== null) {
        const c = compareMavenVersions(r.lower, v);
        if (c > 0 || (c === 0 && !r.lowerInclusive))
            return false;
    }
    if (r.upper !== null) {
        const c = compareMavenVersions(r.upper, v);
        if (c < 0 || (c === 0 && !r.upperInclusive))
            return false;
    }
    return true;
}
function parseMavenRange(text, syntax) {
    if (text.length > MAX_MAVEN_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_MAVEN_RANGE_LENGTH} characters`);
    const advisory = syntax === 'advisory';
    const spec = advisory ? text.trim() : text;
    if (advisory && spec === '')
        return (0,result/* err */._)('range is empty');
    const restrictions = parseSpec(spec, advisory);
    if (!restrictions.ok)
        return restrictions;
    const list = restrictions.value;
    return (0,result.ok)({ text, contains: (v) => list.some((r) => restrictionContains(r, v)) });
}

// EXTERNAL MODULE: ./build/ecosystems/shared/purl-rule.js
var purl_rule = __webpack_require__(40582);
;// CONCATENATED MODULE: ./build/ecosystems/maven/index.js



/**
 * Maven: ComparableVersion order and VersionRange syntax of maven-artifact 3.9.x (see maven/comparable-version.ts).
 * Canonical name `groupId:artifactId` (DESIGN.md 4), case kept: coordinates are case-sensitive in practice (Maven
 * Central is a case-sensitive file tree, `org.Jenkins` is not `org.jenkins`); case-insensitive search is the
 * store's job, not a reason to merge two real packages here.
 */
const maven = {
    type: 'maven',
    aliases: [],
    canonicalName: (namespace, name) => (namespace ? `${namespace}:${name}` : name),
    // Gemnasium writes "group/artifact"; "group:artifact" is Maven's own spelling, accepted too.
    splitName: (fullName) => {
        const cut = fullName.includes('/') ? fullName.indexOf('/') : fullName.indexOf(':');
        return cut > 0 ? [fullName.slice(0, cut), fullName.slice(cut + 1)] : [null, fullName];
    },
    versioning: {
        parse: parseMavenVersion,
        compare: compareMavenVersions,
        parseRange: parseMavenRange,
    },
    // packageurl-js keeps Maven's case; a group id is required (the purl spec's rule for the type).
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'required' },
};

;// CONCATENATED MODULE: ./build/ecosystems/gem/version.js

// Ruby's `\s` is ASCII only.
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c) => isDigit(c) || isAlpha(c);
const isPreChar = (c) => isAlnum(c) || c === 45;
/**
 * ANCHORED_VERSION_PATTERN without a regex, so the work stays linear:
 * `\A\s*([0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*\z`.
 */
function isGemVersionCore(s) {
    let i = 0;
    const run = (accept) => {
        const start = i;
        while (i < s.length && accept(s.charCodeAt(i)))
            i++;
        return i > start;
    };
    if (!run(isDigit))
        return false;
    while (i < s.length && s.charCodeAt(i) === 46 && i + 1 < s.length && isAlnum(s.charCodeAt(i + 1))) {
        i++;
        run(isAlnum);
    }
    if (i === s.length)
        return true;
    if (s.charCodeAt(i) !== 45)
        return false;
    i++;
    if (!run(isPreChar))
        return false;
    while (i < s.length && s.charCodeAt(i) === 46) {
        i++;
        if (!run(isPreChar))
            return false;
    }
    return i === s.length;
}
function stripRuby(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
function normalDigits(d) {
    let i = 0;
    while (i < d.length - 1 && d.charCodeAt(i) === 48)
        i++;
    return i === 0 ? d : d.slice(i);
}
/** `@version.scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function scan(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        const start = i;
        if (isDigit(c)) {
            while (i < text.length && isDigit(text.charCodeAt(i)))
                i++;
            out.push({ n: normalDigits(text.slice(start, i)) });
        }
        else if (isAlpha(c)) {
            while (i < text.length && isAlpha(text.charCodeAt(i)))
                i++;
            out.push({ s: text.slice(start, i) });
        }
        else {
            i++;
        }
    }
    return out;
}
const isZero = (s) => 'n' in s && s.n === '0';
function dropTrailingZeros(list) {
    let end = list.length;
    while (end > 0 && isZero(list[end - 1]))
        end--;
    return list.slice(0, end);
}
function fromSegments(segments) {
    return version_build(segments.map((s) => ('n' in s ? s.n : s.s)).join('.'));
}
function version_build(text) {
    const segments = scan(text);
    const firstString = segments.findIndex((s) => 's' in s);
    const split = firstString < 0 ? segments.length : firstString;
    const canonical = [...dropTrailingZeros(segments.slice(0, split)), ...dropTrailingZeros(segments.slice(split))];
    let prerelease = false;
    for (let i = 0; i < text.length && !prerelease; i++)
        prerelease = isAlpha(text.charCodeAt(i));
    return { text, canonical, segments, prerelease };
}
function parseGemVersion(input) {
    const stripped = stripRuby(input);
    // An empty (or blank) version is "0" (Gem::Version#initialize).
    if (stripped === '')
        return (0,result.ok)(version_build('0'));
    if (!isGemVersionCore(stripped))
        return (0,result/* err */._)(`invalid RubyGems version "${input}"`);
    return (0,result.ok)(version_build(stripped.replaceAll('-', '.pre.')));
}
const version_ZERO = { n: '0' };
function compareSegment(a, b) {
    if ('n' in a) {
        if (!('n' in b))
            return 1;
        if (a.n.length !== b.n.length)
            return a.n.length < b.n.length ? -1 : 1;
        return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    }
    if ('n' in b)
        return -1;
    // Ruby String#<=> compares bytes; these are ASCII letters, so code units agree.
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}
/** Gem::Version#<=>. */
function compareGem(a, b) {
    if (a.text === b.text)
        return 0;
    const x = a.canonical;
    const y = b.canonical;
    const limit = Math.max(x.length, y.length);
    for (let i = 0; i < limit; i++) {
        const c = compareSegment(x[i] ?? version_ZERO, y[i] ?? version_ZERO);
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}
// `segments.pop while segments.any? {|s| String === s }` keeps exactly the part before the first string.
function numericPrefix(segments) {
    const firstString = segments.findIndex((s) => 's' in s);
    return segments.slice(0, firstString < 0 ? segments.length : firstString);
}
/** Gem::Version#release: a pre-release without its string segments and everything after the last of them. */
function releaseOf(v) {
    if (!v.prerelease)
        return v;
    return fromSegments(numericPrefix(v.segments));
}
/** Gem::Version#bump: drop string segments and the last number, then add one to the new last number. */
function bumpOf(v) {
    const segments = numericPrefix(v.segments);
    if (segments.length > 1)
        segments.pop();
    const last = segments[segments.length - 1];
    if (last && 'n' in last)
        segments[segments.length - 1] = { n: (BigInt(last.n) + 1n).toString() };
    return fromSegments(segments);
}

;// CONCATENATED MODULE: ./build/ecosystems/gem/requirement.js


// Longest first: Gem::Requirement::PATTERN backtracks to the operator that leaves a version behind.
const OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'];
/** Gem::Requirement.parse: `\A\s*(op)?\s*(VERSION_PATTERN)\s*\z`, no operator meaning `=`. */
function parseRequirement(text) {
    const stripped = stripRuby(text);
    const operator = OPERATORS.find((op) => stripped.startsWith(op)) ?? '=';
    const rest = stripRuby(stripped.startsWith(operator) ? stripped.slice(operator.length) : stripped);
    if (!isGemVersionCore(rest))
        return (0,result/* err */._)(`invalid RubyGems requirement "${text}"`);
    const parsed = parseGemVersion(rest);
    if (!parsed.ok)
        return parsed;
    const r = parsed.value;
    switch (operator) {
        case '=':
            return (0,result.ok)((v) => compareGem(v, r) === 0);
        case '!=':
            return (0,result.ok)((v) => compareGem(v, r) !== 0);
        case '>':
            return (0,result.ok)((v) => compareGem(v, r) > 0);
        case '<':
            return (0,result.ok)((v) => compareGem(v, r) < 0);
        case '>=':
            return (0,result.ok)((v) => compareGem(v, r) >= 0);
        case '<=':
            return (0,result.ok)((v) => compareGem(v, r) <= 0);
        case '~>': {
            const bump = bumpOf(r);
            return (0,result.ok)((v) => compareGem(v, r) >= 0 && compareGem(releaseOf(v), bump) < 0);
        }
    }
}
/** Gem::Requirement.new(*list): every requirement must hold; no requirement at all means `>= 0`. */
function parseRequirementList(parts) {
    const tests = [];
    for (const part of parts) {
        const parsed = parseRequirement(part);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return (0,result.ok)((v) => tests.every((t) => t(v)));
}

;// CONCATENATED MODULE: ./build/ecosystems/gem/index.js




// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;
/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function splitConstraints(text) {
    const out = [];
    for (const piece of text.split(',')) {
        CONSTRAINT.lastIndex = 0;
        let count = 0;
        while (CONSTRAINT.lastIndex < piece.length) {
            const m = CONSTRAINT.exec(piece);
            if (!m)
                return undefined;
            out.push(`${m[1] ?? '='} ${m[2]}`);
            count++;
        }
        if (count === 0)
            return undefined;
    }
    return out;
}
function gem_parseRange(text, syntax) {
    if (syntax === 'native') {
        // `Gem::Requirement.new(*text.split(",", -1))`: a Gemfile/gemspec list of requirements.
        const parts = text === '' ? [] : text.split(',');
        const list = parseRequirementList(parts);
        return list.ok ? (0,result.ok)({ text, contains: list.value }) : list;
    }
    // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives.
    const alternatives = [];
    for (const part of text.split('||')) {
        const constraints = splitConstraints(part);
        const list = constraints ? parseRequirementList(constraints) : undefined;
        if (!list?.ok) {
            const why = list && !list.ok ? `: ${list.error}` : '';
            return (0,result/* err */._)(`invalid gem affected_range "${text}"${why || ': an empty or malformed alternative'}`);
        }
        alternatives.push(list.value);
    }
    return (0,result.ok)({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const gem = {
    type: 'gem',
    aliases: ['rubygem'],
    // As-is: gem names are case-sensitive (rubygems.org serves distinct gems whose names differ only in case, and
    // Bundler matches names byte for byte), so folding case would merge different packages.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
    versioning: { parse: parseGemVersion, compare: compareGem, parseRange: gem_parseRange },
    // packageurl-js keeps gem names as written (the purl spec's rule for the type).
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/shared/advisory-syntax.js

/** Longer range strings are refused: bounds the work per advisory line. */
const MAX_RANGE_LENGTH = 4096;
const OPS = ['<=', '>=', '<', '>', '='];
function splitOperator(token) {
    if (token.startsWith('=='))
        return { op: '=', rest: token.slice(2) };
    for (const op of OPS)
        if (token.startsWith(op))
            return { op, rest: token.slice(op.length) };
    return { op: '=', rest: token };
}
/**
 * The `affected_range` syntax of DESIGN.md 8.1 for npm, cargo, conan, go (and the other semver-like types):
 * `||` between alternatives, space or `&&` between constraints, an operator may be followed by spaces
 * (`<  2.0.5` occurs in real advisories), and a bare version means `=x`. Versions stay text: each ecosystem
 * parses them its own way.
 */
function splitAdvisoryRange(text) {
    if (text.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    const alternatives = [];
    for (const alternative of text.split('||')) {
        const tokens = alternative.replaceAll('&&', ' ').split(/\s+/).filter((t) => t.length > 0);
        const comparators = [];
        for (let i = 0; i < tokens.length; i++) {
            const { op, rest } = splitOperator(tokens[i]);
            let version = rest;
            if (version === '') {
                // "<  2.0.5": the operator stands alone and the next token is its version.
                const next = tokens[i + 1];
                if (next === undefined || splitOperator(next).rest !== next)
                    return (0,result/* err */._)(`"${text}": operator "${tokens[i]}" has no version`);
                version = next;
                i++;
            }
            comparators.push({ op, version });
        }
        if (comparators.length === 0)
            return (0,result/* err */._)(`"${text}": empty alternative (nothing between "||")`);
        alternatives.push(comparators);
    }
    return (0,result.ok)(alternatives);
}
/** Parses every version of split comparators with the ecosystem's parser; the first failure names the range. */
function parseComparators(text, alternatives, parse) {
    const parsed = [];
    for (const alternative of alternatives) {
        const row = [];
        for (const { op, version } of alternative) {
            const v = parse(version);
            if (!v.ok)
                return (0,result/* err */._)(`range "${text}": ${v.error}`);
            row.push({ op, version: v.value });
        }
        parsed.push(row);
    }
    return (0,result.ok)(parsed);
}
function comparatorHolds(c, version, compare) {
    const order = compare(version, c.version);
    switch (c.op) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '=':
            return order === 0;
    }
}
/** A union of intersections evaluated with nothing but the ecosystem's total order (Go, Swift, OS packages). */
function orderRange(text, alternatives, compare) {
    return {
        text,
        contains: (version) => alternatives.some((all) => all.every((c) => comparatorHolds(c, version, compare))),
    };
}
/** split + parse + orderRange: the whole advisory syntax for an ecosystem whose ranges are plain order. */
function parseOrderAdvisoryRange(text, parse, compare) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const parsed = parseComparators(text, split.value, parse);
    if (!parsed.ok)
        return parsed;
    return (0,result.ok)(orderRange(text, parsed.value, compare));
}

// EXTERNAL MODULE: ./build/ecosystems/shared/semver2.js
var semver2 = __webpack_require__(88074);
;// CONCATENATED MODULE: ./build/ecosystems/golang/index.js



const isIdentChar = (c) => /^[0-9A-Za-z-]$/.test(c);
const golang_isDigits = (s) => /^[0-9]+$/.test(s);
/** x/mod/semver parseInt: digits, no leading zero. Returns the digits' end index or -1. */
function intEnd(v, start) {
    let i = start;
    while (i < v.length && v[i] >= '0' && v[i] <= '9')
        i++;
    if (i === start || (v[start] === '0' && i - start > 1))
        return -1;
    return i;
}
function identifiers(text, numericLeadingZeroBad) {
    const ids = text.split('.');
    for (const id of ids) {
        if (id === '' || ![...id].every(isIdentChar))
            return null;
        if (numericLeadingZeroBad && golang_isDigits(id) && id.length > 1 && id.startsWith('0'))
            return null;
    }
    return ids;
}
/**
 * Without its leading `v` (`1.2.3`, `0.0.0-2025...-c91a1f404695`, as OSV Go records and several SBOM generators
 * write it) a version is read as the same version with one: golang.org/x/vuln adds the `v` the same way before it
 * compares OSV versions with x/mod/semver. The text itself is kept as written; only the comparison sees the `v`.
 */
function parseGoVersion(written) {
    const bad = (0,result/* err */._)(`"${written}" is not a valid Go module version (golang.org/x/mod/semver: vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]])`);
    const text = written.startsWith('v') ? written : `v${written}`;
    const majorEnd = intEnd(text, 1);
    if (majorEnd < 0)
        return bad;
    const major = text.slice(1, majorEnd);
    if (majorEnd === text.length)
        return (0,result.ok)({ major, minor: '0', patch: '0', pre: [], build: '' });
    if (text[majorEnd] !== '.')
        return bad;
    const minorEnd = intEnd(text, majorEnd + 1);
    if (minorEnd < 0)
        return bad;
    const minor = text.slice(majorEnd + 1, minorEnd);
    if (minorEnd === text.length)
        return (0,result.ok)({ major, minor, patch: '0', pre: [], build: '' });
    if (text[minorEnd] !== '.')
        return bad;
    const patchEnd = intEnd(text, minorEnd + 1);
    if (patchEnd < 0)
        return bad;
    const patch = text.slice(minorEnd + 1, patchEnd);
    let rest = text.slice(patchEnd);
    let pre = [];
    if (rest.startsWith('-')) {
        const plus = rest.indexOf('+');
        const preText = plus < 0 ? rest.slice(1) : rest.slice(1, plus);
        const ids = identifiers(preText, true);
        if (!ids)
            return bad;
        pre = ids;
        rest = plus < 0 ? '' : rest.slice(plus);
    }
    let build = '';
    if (rest.startsWith('+')) {
        if (!identifiers(rest.slice(1), false))
            return bad;
        build = rest.slice(1);
        rest = '';
    }
    if (rest !== '')
        return bad;
    return (0,result.ok)({ major, minor, patch, pre, build });
}
const versioning = {
    parse: parseGoVersion,
    compare: semver2/* compareSemVer2 */.wc,
    // Go has no range syntax of its own (go.mod names exact versions; MVS picks the maximum), so the native syntax
    // is the advisory one: `||` between alternatives, space or `&&` between constraints.
    parseRange: (text) => parseOrderAdvisoryRange(text, parseGoVersion, semver2/* compareSemVer2 */.wc),
};
const golang = {
    type: 'golang',
    aliases: ['go'],
    // Module paths are case-sensitive (github.com/Sirupsen/logrus and github.com/sirupsen/logrus are different
    // modules; the proxy escapes capitals as !s), so the path is kept exactly: namespace/name joined by `/`.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
    // A module path's last segment is the name, everything before it the namespace (the purl spec's golang rule).
    splitName: (fullName) => {
        const slash = fullName.lastIndexOf('/');
        return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/nuget/version.js

// Char.IsWhiteSpace: Unicode White_Space, without U+FEFF (which JS's trim() removes).
const isDotnetSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
function dotnetTrim(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isDotnetSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isDotnetSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
const isNullOrWhiteSpace = (s) => s === null || dotnetTrim(s) === '';
const INT32_MAX = 2147483647;
/** int.TryParse(s, NumberStyles.Integer, InvariantCulture): blanks around, an optional sign, ASCII digits. */
function parseInt32(s) {
    const m = /^[\t\n\v\f\r ]*([+-]?)([0-9]+)[\t\n\v\f\r ]*$/.exec(s);
    if (!m)
        return null;
    const digits = m[2].replace(/^0+(?=.)/, '');
    if (digits.length > 10)
        return null;
    const value = Number(digits) * (m[1] === '-' ? -1 : 1);
    return value > INT32_MAX || value < -INT32_MAX - 1 ? null : value === 0 ? 0 : value;
}
/** System.Version.TryParse: two to four dot-separated non-negative Int32 parts. */
function parseSystemVersion(s) {
    const pieces = s.split('.');
    if (pieces.length < 2 || pieces.length > 4)
        return null;
    const out = [];
    for (const piece of pieces) {
        const n = parseInt32(piece);
        if (n === null || n < 0)
            return null;
        out.push(n);
    }
    // NormalizeVersionValue: a missing build or revision is 0.
    return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0];
}
const isLetterOrDigitOrDash = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
/** SemanticVersion.IsValidPart. */
function isValidPart(s, allowLeadingZeros) {
    if (s.length === 0)
        return false;
    if (!allowLeadingZeros && s.length > 1 && s.charCodeAt(0) === 48 && /^[0-9]+$/.test(s))
        return false;
    for (let i = 0; i < s.length; i++)
        if (!isLetterOrDigitOrDash(s.charCodeAt(i)))
            return false;
    return true;
}
/** SemanticVersion.ParseSections, including its quirk that a final `-` or `+` stays in the version part. */
function parseSections(value) {
    const out = { version: null, labels: null, metadata: null };
    let dashPos = -1;
    let plusPos = -1;
    for (let i = 0; i < value.length; i++) {
        const end = i === value.length - 1;
        const c = value.charAt(i);
        if (dashPos < 0) {
            if (end || c === '-' || c === '+') {
                out.version = value.slice(0, i + (end ? 1 : 0));
                dashPos = i;
                if (c === '+')
                    plusPos = i;
            }
        }
        else if (plusPos < 0) {
            if (end || c === '+') {
                out.labels = value.slice(dashPos + 1, i + (end ? 1 : 0)).split('.');
                plusPos = i;
            }
        }
        else if (end) {
            out.metadata = value.slice(plusPos + 1, i + 1);
        }
    }
    return out;
}
function parseNuGetVersion(value) {
    const fail = (0,result/* err */._)(`invalid NuGet version "${value}"`);
    const text = dotnetTrim(value);
    const sections = parseSections(text);
    if (!sections.version)
        return fail;
    const parts = parseSystemVersion(sections.version.includes('.') ? sections.version : `${sections.version}.0`);
    if (!parts)
        return fail;
    if (sections.labels && !sections.labels.every((l) => isValidPart(l, false)))
        return fail;
    if (sections.metadata !== null && !sections.metadata.split('.').every((p) => isValidPart(p, true)))
        return fail;
    return (0,result.ok)(nuget_version_build(parts, sections.labels, sections.metadata, text));
}
function nuget_version_build(parts, labels, metadata, text) {
    // IsPrerelease: the first label is non-empty.
    const prerelease = labels !== null && labels.length > 0 && labels[0] !== '';
    return {
        parts,
        labels: prerelease ? labels.map((l) => l.toUpperCase()) : null,
        numeric: prerelease ? labels.map(parseInt32) : [],
        metadata,
        text,
    };
}
const version_isPrerelease = (v) => v.labels !== null;
/** VersionComparer.Default (equal to VersionRelease: metadata never counts). */
function compareNuGet(a, b) {
    for (let i = 0; i < 4; i++) {
        const x = a.parts[i];
        const y = b.parts[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.labels === null || b.labels === null)
        return a.labels === b.labels ? 0 : a.labels === null ? 1 : -1;
    const n = Math.max(a.labels.length, b.labels.length);
    for (let i = 0; i < n; i++) {
        if (i >= a.labels.length)
            return -1;
        if (i >= b.labels.length)
            return 1;
        const x = a.numeric[i] ?? null;
        const y = b.numeric[i] ?? null;
        let c;
        if (x !== null && y !== null)
            c = x - y;
        else if (x !== null || y !== null)
            c = x !== null ? -1 : 1; // numeric labels come before alphanumeric ones
        else {
            const s = a.labels[i];
            const t = b.labels[i];
            c = s < t ? -1 : s > t ? 1 : 0;
        }
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/nuget/range.js


const range_ZERO = nuget_version_build([0, 0, 0, 0], null, null, '0.0.0');
function tryVersion(s) {
    if (s === null)
        return null;
    const r = parseNuGetVersion(s);
    return r.ok ? r.value : null;
}
const count = (s, c) => s.split(c).length - 1;
/** FloatRange.TryParse, reduced to what a range needs: its lower bound (null when the float is invalid). */
function floatMin(s) {
    if (isNullOrWhiteSpace(s))
        return null;
    const firstStar = s.indexOf('*');
    const lastStar = s.lastIndexOf('*');
    if (s.length === 1 && firstStar === 0)
        return range_ZERO;
    if (s === '*-*')
        return tryVersion('0.0.0-0');
    if (firstStar !== lastStar && lastStar !== -1 && !s.includes('+')) {
        // Two stars only as `<stable>*-<prefix>*`.
        const dash = s.indexOf('-');
        if (dash === -1 || lastStar !== s.length - 1 || firstStar !== dash - 1)
            return null;
        const stable = `${s.slice(0, dash - 1)}0`;
        const prefix = s.slice(dash + 1, -1);
        return tryVersion(`${stable}-${prefix === '' || prefix.endsWith('.') ? `${prefix}0` : prefix}`);
    }
    if (lastStar === s.length - 1 && !s.includes('+')) {
        let actual = s.slice(0, -1);
        if (!s.includes('-')) {
            actual += '0';
        }
        else if (count(s, '-') === 1) {
            const prefix = actual.slice(s.lastIndexOf('-') + 1);
            if (prefix === '' || actual.endsWith('.'))
                actual += '0';
            else if (actual.endsWith('-'))
                actual += '-';
        }
        return tryVersion(actual);
    }
    return tryVersion(s);
}
function parseInterval(value, allowFloating) {
    const fail = (0,result/* err */._)(`invalid NuGet version range "${value}"`);
    let trimmed = dotnetTrim(value);
    if (trimmed === '')
        return fail;
    if (allowFloating && trimmed === '*')
        return (0,result.ok)({ min: range_ZERO, minInclusive: true, max: null, maxInclusive: false });
    let minString;
    let maxString = null;
    let minInclusive;
    let maxInclusive = false;
    const first = trimmed.charAt(0);
    if (first === '(' || first === '[') {
        minInclusive = first === '[';
        const last = trimmed.charAt(trimmed.length - 1);
        if (last !== ']' && last !== ')')
            return fail;
        maxInclusive = last === ']';
        trimmed = trimmed.slice(1, trimmed.length - 1);
        const parts = trimmed.split(',');
        if (parts.length > 2 || parts.every((p) => p === ''))
            return fail;
        // (1.0.0] and [1.0.0) are invalid.
        if (parts.length === 1 && !(minInclusive && maxInclusive))
            return fail;
        minString = parts[0];
        maxString = parts.length === 2 ? parts[1] : minString;
    }
    else {
        minInclusive = true;
        minString = trimmed;
    }
    let min = null;
    let max = null;
    if (!isNullOrWhiteSpace(minString)) {
        min = allowFloating && minString.includes('*') ? floatMin(minString) : tryVersion(minString);
        if (!min)
            return fail;
    }
    if (!isNullOrWhiteSpace(maxString)) {
        max = tryVersion(maxString);
        if (!max)
            return fail;
    }
    if (min && max) {
        const c = compareNuGet(min, max);
        if (c > 0 || (c === 0 && minInclusive !== maxInclusive))
            return fail;
    }
    return (0,result.ok)({ min, minInclusive: min !== null && minInclusive, max, maxInclusive: max !== null && maxInclusive });
}
/** VersionRangeBase.Satisfies with VersionComparer.VersionRelease. */
function satisfies(range, v) {
    if (range.min) {
        const c = compareNuGet(range.min, v);
        if (range.minInclusive ? c > 0 : c >= 0)
            return false;
    }
    if (range.max) {
        const c = compareNuGet(range.max, v);
        if (range.maxInclusive ? c < 0 : c <= 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./build/ecosystems/nuget/index.js




/**
 * PMDB affected_range (DESIGN.md 8.1): bracket intervals joined by commas into a union
 * (`[2.0,2.3.1],[2.4.0,2.12.2)`); a bare version means exactly that version (not NuGet's own `>=`).
 * Advisory bounds never float.
 */
function parseAdvisory(text) {
    const intervals = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && dotnetTrim(text.charAt(i)) === '')
            i++;
        const open = text.charAt(i);
        let end;
        let piece;
        if (open === '[' || open === '(') {
            const close = Math.min(...[text.indexOf(']', i), text.indexOf(')', i)].filter((x) => x >= 0));
            if (!Number.isFinite(close))
                return (0,result/* err */._)(`invalid nuget affected_range "${text}": an interval is not closed`);
            end = close + 1;
            piece = text.slice(i, end);
        }
        else {
            const comma = text.indexOf(',', i);
            end = comma < 0 ? text.length : comma;
            piece = `[${text.slice(i, end)}]`;
        }
        const interval = parseInterval(piece, false);
        if (!interval.ok)
            return (0,result/* err */._)(`invalid nuget affected_range "${text}": ${interval.error}`);
        intervals.push(interval.value);
        i = end;
        while (i < text.length && dotnetTrim(text.charAt(i)) === '')
            i++;
        if (i < text.length) {
            if (text.charAt(i) !== ',')
                return (0,result/* err */._)(`invalid nuget affected_range "${text}": expected "," at ${i + 1}`);
            i++;
            if (dotnetTrim(text.slice(i)) === '')
                return (0,result/* err */._)(`invalid nuget affected_range "${text}": ends with ","`);
        }
    }
    if (intervals.length === 0)
        return (0,result/* err */._)(`invalid nuget affected_range "${text}": empty`);
    return (0,result.ok)(intervals);
}
function nuget_parseRange(text, syntax) {
    if (syntax === 'native') {
        const interval = parseInterval(text, true);
        if (!interval.ok)
            return interval;
        const range = interval.value;
        return (0,result.ok)({ text, contains: (v) => satisfies(range, v) });
    }
    const union = parseAdvisory(text);
    if (!union.ok)
        return union;
    const intervals = union.value;
    return (0,result.ok)({ text, contains: (v) => intervals.some((r) => satisfies(r, v)) });
}
const nuget = {
    type: 'nuget',
    aliases: [],
    // Package ids are case-insensitive on nuget.org and in NuGet's own resolver.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: { parse: parseNuGetVersion, compare: compareNuGet, parseRange: nuget_parseRange },
    // packageurl-js keeps NuGet names as written (canonicalName lower-cases them for the index) (the purl spec's rule for the type).
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/composer/normalize.js

/**
 * composer/semver 3.3 VersionParser::normalize, normalizeBranch and parseStability, ported regex by regex.
 * PCRE differences are spelled out instead of left to JS defaults: `\s` is ASCII only, `.` stops only at `\n`,
 * `$` also matches before a final `\n`, and PHP's trim() strips " \t\n\r\0\x0B" (not \f). The possessive
 * quantifiers of the originals never change what matches here (what follows them cannot start with what they
 * would give back), so plain quantifiers are used.
 */
/** PCRE's `\s` without the u flag, for use inside a character class. */
const SPACE = ' \\t\\n\\x0B\\f\\r';
const normalize_S = `[${SPACE}]`;
const END = '\\n?$';
/** VersionParser::$modifierRegex: groups stability, its numbers, dev. */
const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
function phpTrim(s) {
    const strip = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
    let start = 0;
    let end = s.length;
    while (start < end && strip(s.charCodeAt(start)))
        start++;
    while (end > start && strip(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
const AS_ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const STABILITY_FLAG = new RegExp(`@(?:stable|RC|beta|alpha|dev)${END}`, 'i');
const BUILD = new RegExp(`^([^,${SPACE}+]+)\\+[^${SPACE}]+${END}`);
const CLASSIC = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}${END}`, 'i');
const DATE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3})?)${MODIFIER}${END}`, 'i');
const BRANCH = new RegExp(`^v?(\\d+)(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?${END}`, 'i');
function expandStability(stability) {
    const s = stability.toLowerCase();
    return { a: 'alpha', b: 'beta', p: 'patch', pl: 'patch', rc: 'RC' }[s] ?? s;
}
/** VersionParser::normalize; an error where it throws UnexpectedValueException. */
function normalize_normalize(input) {
    let version = phpTrim(input);
    const alias = AS_ALIAS.exec(version);
    if (alias)
        version = alias[1];
    const flag = STABILITY_FLAG.exec(version);
    if (flag)
        version = version.slice(0, version.length - flag[0].length);
    if (version === 'master' || version === 'trunk' || version === 'default')
        version = `dev-${version}`;
    if (version.slice(0, 4).toLowerCase() === 'dev-')
        return (0,result.ok)(`dev-${version.slice(4)}`);
    const build = BUILD.exec(version);
    if (build)
        version = build[1];
    let m = CLASSIC.exec(version);
    let index = 5;
    if (m) {
        version = m[1] + (m[2] || '.0') + (m[3] || '.0') + (m[4] || '.0');
    }
    else {
        m = DATE.exec(version);
        index = 2;
        if (m)
            version = m[1].replace(/\D/g, '.');
    }
    if (m) {
        const stability = m[index];
        if (stability) {
            if (stability === 'stable')
                return (0,result.ok)(version);
            const numbers = m[index + 1];
            version += `-${expandStability(stability)}${numbers ? numbers.replace(/^[.-]+/, '') : ''}`;
        }
        if (m[index + 2])
            version += '-dev';
        return (0,result.ok)(version);
    }
    const devHead = beforeDevSuffix(version);
    if (devHead !== null) {
        const branch = normalizeBranch(devHead);
        if (!branch.includes('dev-'))
            return (0,result.ok)(branch);
    }
    return (0,result/* err */._)(`invalid Composer version "${input}"`);
}
/**
 * Group 1 of `{(.*?)[.-]?dev$}i` without the regex, whose unanchored lazy search is quadratic on long input: `.`
 * cannot cross a newline, so the match starts on the last line; the lazy group leaves one `.`/`-` to `[.-]?`.
 */
function beforeDevSuffix(version) {
    const line = version.slice(version.lastIndexOf('\n') + 1);
    if (line.slice(-3).toLowerCase() !== 'dev')
        return null;
    const head = line.slice(0, -3);
    return head.endsWith('.') || head.endsWith('-') ? head.slice(0, -1) : head;
}
/** VersionParser::normalizeBranch: `1.2.x` style names become `1.2.9999999.9999999-dev`, others `dev-name`. */
function normalizeBranch(input) {
    const name = phpTrim(input);
    const m = BRANCH.exec(name);
    if (m) {
        let version = '';
        for (let i = 1; i < 5; i++)
            version += m[i] !== undefined ? m[i].replace(/[*X]/g, 'x') : '.x';
        return `${version.replaceAll('x', '9999999')}-dev`;
    }
    return `dev-${name}`;
}
/** VersionParser::normalizeDefaultBranch. */
const normalizeDefaultBranch = (name) => name === 'dev-master' || name === 'dev-default' || name === 'dev-trunk' ? '9999999-dev' : name;
const HASH_SUFFIX = new RegExp(`#[^\\n]+(?=${END})`);
const STABILITY_OF = new RegExp(`${MODIFIER}(?:\\+[^\\n]*)?${END}`, 'i');
/** VersionParser::parseStability. */
function parseStability(input) {
    const version = input.replace(HASH_SUFFIX, '');
    if (version.startsWith('dev-') || version.endsWith('-dev'))
        return 'dev';
    const m = STABILITY_OF.exec(version.toLowerCase());
    if (m?.[3])
        return 'dev';
    const stability = m?.[1];
    if (stability === 'beta' || stability === 'b')
        return 'beta';
    if (stability === 'alpha' || stability === 'a')
        return 'alpha';
    if (stability === 'rc')
        return 'RC';
    return 'stable';
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/version-compare.js

/**
 * PHP's version_compare() (ext/standard/versioning.c, PHP 8.2), which Composer's constraints call on normalised
 * versions. Ported function by function so that every quirk is kept: special forms match by prefix
 * ("dev" < "alpha"/"a" < "beta"/"b" < "RC"/"rc" < number < "pl"/"p", anything else below "dev"), and numbers
 * are read with strtol, so they saturate at 2^63-1.
 */
const version_compare_isDigit = (c) => c >= 48 && c <= 57;
const version_compare_isAlnum = (c) => version_compare_isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// -1 stands for the string's end (C's NUL): neither a digit nor a "non-digit" in these macros.
const isdig = (c) => c >= 0 && version_compare_isDigit(c) && c !== 46;
const isndig = (c) => c >= 0 && !version_compare_isDigit(c) && c !== 46;
/** php_canonicalize_version: `-_+` and other non-alphanumerics become `.`, digit/letter boundaries get one. */
function version_compare_canonicalize(version) {
    if (version === '')
        return '';
    let out = version.charAt(0);
    let lp = version.charCodeAt(0);
    for (let i = 1; i < version.length; i++) {
        const p = version.charCodeAt(i);
        const lastIsDot = out.charCodeAt(out.length - 1) === 46;
        if (p === 45 || p === 95 || p === 43) {
            if (!lastIsDot)
                out += '.';
        }
        else if ((isndig(lp) && isdig(p)) || (isdig(lp) && isndig(p))) {
            if (!lastIsDot)
                out += '.';
            out += version.charAt(i);
        }
        else if (!version_compare_isAlnum(p)) {
            if (!lastIsDot)
                out += '.';
        }
        else {
            out += version.charAt(i);
        }
        lp = p;
    }
    return out;
}
const SPECIAL_FORMS = [
    ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];
function specialOrder(form) {
    for (const [name, order] of SPECIAL_FORMS)
        if (form.startsWith(name))
            return order;
    return -1;
}
const version_compare_sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const LONG_MAX = '9223372036854775807';
/** strtol of an element: its leading digits, saturated at LONG_MAX, as a digit string without leading zeros. */
function strtol(element) {
    let end = 0;
    while (end < element.length && version_compare_isDigit(element.charCodeAt(end)))
        end++;
    let start = 0;
    while (start < end - 1 && element.charCodeAt(start) === 48)
        start++;
    const digits = element.slice(start, end);
    if (digits.length > 19 || (digits.length === 19 && digits > LONG_MAX))
        return LONG_MAX;
    return digits;
}
function version_compare_compareNumbers(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return (0,compare_strings/* compareStrings */.K)(a, b);
}
const firstIsDigit = (s, at) => at < s.length && version_compare_isDigit(s.charCodeAt(at));
/** php_version_compare on two already prepared strings (see `prepare`), with the original emptiness. */
function compareVersions(v1, v2) {
    if (v1 === '' || v2 === '')
        return v1 === v2 ? 0 : v1 !== '' ? 1 : -1;
    let p1 = 0;
    let p2 = 0;
    let n1 = 0;
    let n2 = 0;
    let compare = 0;
    while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
        const d1 = v1.indexOf('.', p1);
        const d2 = v2.indexOf('.', p2);
        n1 = d1 < 0 ? null : d1;
        n2 = d2 < 0 ? null : d2;
        const e1 = v1.slice(p1, n1 ?? v1.length);
        const e2 = v2.slice(p2, n2 ?? v2.length);
        const dig1 = firstIsDigit(e1, 0);
        const dig2 = firstIsDigit(e2, 0);
        if (dig1 && dig2)
            compare = version_compare_compareNumbers(strtol(e1), strtol(e2));
        else if (!dig1 && !dig2)
            compare = version_compare_sign(specialOrder(e1) - specialOrder(e2));
        else
            compare = dig1 ? version_compare_sign(specialOrder('#N#') - specialOrder(e2)) : version_compare_sign(specialOrder(e1) - specialOrder('#N#'));
        if (compare !== 0)
            break;
        if (n1 !== null)
            p1 = n1 + 1;
        if (n2 !== null)
            p2 = n2 + 1;
    }
    if (compare === 0) {
        if (n1 !== null)
            compare = firstIsDigit(v1, p1) ? 1 : compareVersions(prepareText(v1.slice(p1)), '#N#');
        else if (n2 !== null)
            compare = firstIsDigit(v2, p2) ? -1 : compareVersions('#N#', prepareText(v2.slice(p2)));
    }
    return compare;
}
const prepareText = (version) => (version.startsWith('#') ? version : version_compare_canonicalize(version));
function prepare(version) {
    const text = prepareText(version);
    const pieces = text.split('.');
    if (text === '' || text.startsWith('#') || pieces.some((p) => p === ''))
        return { text, elements: null };
    const elements = pieces.map((p) => {
        const digit = firstIsDigit(p, 0);
        return { digit, num: digit ? strtol(p) : '', order: digit ? 4 : specialOrder(p) };
    });
    return { text, elements };
}
/**
 * php_version_compare on prepared versions. With no empty element (every version Composer normalises), the C
 * loop reduces to: compare element by element (a number against a word counts as the special form "#"); when
 * one side has more, a number there wins, a word is compared against "#".
 */
function comparePrepared(a, b) {
    const x = a.elements;
    const y = b.elements;
    if (!x || !y)
        return compareVersions(a.text, b.text);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const e = x[i];
        const f = y[i];
        const c = e.digit && f.digit ? version_compare_compareNumbers(e.num, f.num) : version_compare_sign(e.order - f.order);
        if (c !== 0)
            return c;
    }
    if (x.length > n) {
        const e = x[n];
        return e.digit ? 1 : version_compare_sign(e.order - 4);
    }
    if (y.length > n) {
        const f = y[n];
        return f.digit ? -1 : version_compare_sign(4 - f.order);
    }
    return 0;
}
/** version_compare($a, $b, $operator) for Composer's operators. */
function versionCompareOp(a, b, operator) {
    const c = comparePrepared(a, b);
    switch (operator) {
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/constraints.js



const constraints_OPS = { '=': '==', '==': '==', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '<>': '!=', '!=': '!=' };
function atom(op, version) {
    return { kind: 'atom', op: constraints_OPS[op] ?? '==', version, prepared: prepare(version), branch: version.startsWith('dev-') };
}
const ALL = { kind: 'all' };
const VR = `v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:${MODIFIER}|\\.([xX*][.-]?dev))(?:\\+[^${SPACE}]+)?`;
const OR_SPLIT = new RegExp(`${normalize_S}*\\|\\|?${normalize_S}*`);
const AND_SPLIT = new RegExp(`(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|${END})`);
const ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const FLAG = new RegExp(`^([^,${SPACE}]*?)@(stable|RC|beta|alpha|dev)${END}`, 'i');
const HASH_REF = new RegExp(`^(dev-[^,${SPACE}@]+?|[^,${SPACE}@]+?\\.x-dev)#[^\\n]+${END}`, 'i');
const ANY = new RegExp(`^(v)?[xX*](\\.[xX*])*${END}`, 'i');
const TILDE = new RegExp(`^~>?${VR}${END}`, 'i');
const CARET = new RegExp(`^\\^${VR}${END}`, 'i');
const WILDCARD = new RegExp(`^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.[xX*])+${END}`);
const HYPHEN = new RegExp(`^(?<from>${VR}) +- +(?<to>${VR})${END}`, 'i');
const GENERAL = new RegExp(`^(<>|!=|>=?|<=?|==?)?${normalize_S}*([^\\n]*)`);
const BRANCH_LIKE = new RegExp(`^[0-9a-zA-Z-./]+${END}`);
const HAS_MODIFIER = new RegExp(`-${MODIFIER}${END}`);
/** PHP `$n + 1` on a numeric string: an int, or past PHP_INT_MAX a float printed with precision 14. */
function phpIncrement(digits) {
    const n = BigInt(digits);
    if (n < 9223372036854775807n)
        return (n + 1n).toString();
    const [mantissa = '', exponent = ''] = (Number(digits) + 1).toExponential(13).split('e');
    const trimmed = mantissa.replace(/0+$/, '').replace(/\.$/, '');
    return `${trimmed.includes('.') ? trimmed : `${trimmed}.0`}E${exponent}`;
}
/** VersionParser::manipulateVersionString (increment 0 or 1). */
function manipulate(m, position, increment = 0) {
    const parts = [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''];
    for (let i = 4; i > 0; i--) {
        if (i > position)
            parts[i - 1] = '0';
        else if (i === position && increment)
            parts[i - 1] = phpIncrement(parts[i - 1] || '0');
    }
    return parts.join('.');
}
class Invalid extends Error {
}
function mustNormalize(version) {
    const n = normalize_normalize(version);
    if (!n.ok)
        throw new Invalid(n.error);
    return n.value;
}
/** VersionParser::parseConstraint for one AND-part; throws Invalid where Composer throws. */
function parseConstraint(input) {
    let constraint = input;
    let stabilityModifier = '';
    const alias = ALIAS.exec(constraint);
    if (alias)
        constraint = alias[1];
    const flag = FLAG.exec(constraint);
    if (flag) {
        constraint = flag[1] !== '' ? flag[1] : '*';
        if (flag[2] !== 'stable')
            stabilityModifier = flag[2];
    }
    const hashRef = HASH_REF.exec(constraint);
    if (hashRef)
        constraint = hashRef[1];
    const any = ANY.exec(constraint);
    if (any)
        return any[1] || any[2] ? [atom('>=', '0.0.0.0-dev')] : [ALL];
    let m = TILDE.exec(constraint);
    if (m) {
        if (constraint.startsWith('~>'))
            throw new Invalid(`invalid operator "~>" in "${input}", Composer's is "~"`);
        let position = m[4] ? 4 : m[3] ? 3 : m[2] ? 2 : 1;
        if (m[8])
            position++;
        const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
        const low = mustNormalize((constraint + suffix).slice(1));
        return [atom('>=', low), atom('<', `${manipulate(m, Math.max(1, position - 1), 1)}-dev`)];
    }
    m = CARET.exec(constraint);
    if (m) {
        const position = m[1] !== '0' || !m[2] ? 1 : m[2] !== '0' || !m[3] ? 2 : 3;
        const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
        const low = mustNormalize((constraint + suffix).slice(1));
        return [atom('>=', low), atom('<', `${manipulate(m, position, 1)}-dev`)];
    }
    m = WILDCARD.exec(constraint);
    if (m) {
        const position = m[3] ? 3 : m[2] ? 2 : 1;
        const low = `${manipulate(m, position)}-dev`;
        const high = atom('<', `${manipulate(m, position, 1)}-dev`);
        return low === '0.0.0.0-dev' ? [high] : [atom('>=', low), high];
    }
    m = HYPHEN.exec(constraint);
    if (m) {
        const lowSuffix = !m[6] && !m[8] && !m[9] ? '-dev' : '';
        const lower = atom('>=', mustNormalize(m.groups?.from ?? '') + lowSuffix);
        // Composer's own `$empty`: "0" counts as given.
        const given = (x) => x !== undefined && x !== '';
        const to = m.groups?.to ?? '';
        if ((given(m[12]) && given(m[13])) || m[15] || m[17] || m[18])
            return [lower, atom('<=', mustNormalize(to))];
        mustNormalize(to);
        const high = manipulate(['', m[11], m[12], m[13], m[14]], given(m[12]) ? 2 : 1, 1);
        return [lower, atom('<', `${high}-dev`)];
    }
    const g = GENERAL.exec(constraint);
    const operator = g[1] ?? '';
    const text = g[2] ?? '';
    let version;
    const normalized = normalize_normalize(text);
    if (normalized.ok)
        version = normalized.value;
    else if (text.endsWith('-dev') && BRANCH_LIKE.test(text))
        version = mustNormalize(`dev-${text.slice(0, -4)}`);
    else
        throw new Invalid(`could not parse version constraint "${input}": ${normalized.error}`);
    const op = operator || '=';
    if (op !== '==' && op !== '=' && stabilityModifier && parseStability(version) === 'stable') {
        version += `-${stabilityModifier}`;
    }
    else if ((op === '<' || op === '>=') && !HAS_MODIFIER.test(text.toLowerCase()) && !text.startsWith('dev-')) {
        version += '-dev';
    }
    return [atom(op, version)];
}
const show = (c) => (c.kind === 'atom' ? `${c.op} ${c.version}` : c.kind === 'all' ? '*' : '');
/** MultiConstraint::create for the OR level, with optimizeConstraints' merge of `>=a <b || >=b <c`. */
function createOr(groups) {
    if (groups.length === 1)
        return groups[0];
    let left = groups[0];
    const merged = [];
    let optimized = false;
    for (const right of groups.slice(1)) {
        if (left.kind === 'and' && right.kind === 'and' && left.items.length === 2 && right.items.length === 2) {
            const [l0, l1] = left.items.map(show);
            const [r0, r1] = right.items.map(show);
            if (l0.startsWith('>=') && l1.startsWith('<') && r0.startsWith('>=') && r1.startsWith('<') && l1.slice(2) === r0.slice(3)) {
                optimized = true;
                left = { kind: 'and', items: [left.items[0], right.items[1]] };
                continue;
            }
        }
        merged.push(left);
        left = right;
    }
    if (!optimized)
        return { kind: 'or', items: groups };
    merged.push(left);
    return merged.length === 1 ? merged[0] : { kind: 'or', items: merged };
}
/** VersionParser::parseConstraints. */
function parseConstraints(text) {
    try {
        const groups = phpTrim(text)
            .split(OR_SPLIT)
            .map((part) => {
            const objects = part.split(AND_SPLIT).flatMap(parseConstraint);
            return objects.length === 1 ? objects[0] : { kind: 'and', items: objects };
        });
        return (0,result.ok)(createOr(groups));
    }
    catch (e) {
        if (e instanceof Invalid)
            return (0,result/* err */._)(`invalid Composer constraint "${text}": ${e.message}`);
        throw e;
    }
}
/** Constraint::versionCompare without branch comparison, as matchSpecific uses it. */
function atomMatches(c, v) {
    if (c.op === '!=' && (c.branch || v.branch))
        return c.version !== v.normalized;
    if (c.branch && v.branch)
        return c.op === '==' && c.version === v.normalized;
    if (c.branch || v.branch)
        return false;
    return versionCompareOp(v.prepared, c.prepared, c.op);
}
function matches(c, v) {
    switch (c.kind) {
        case 'atom':
            return atomMatches(c, v);
        case 'all':
            return true;
        case 'and':
            return c.items.every((item) => matches(item, v));
        case 'or':
            return c.items.some((item) => matches(item, v));
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/index.js





function parse(text) {
    const normalized = normalize_normalize(text);
    if (!normalized.ok)
        return normalized;
    const orderKey = normalizeDefaultBranch(normalized.value);
    return (0,result.ok)({
        normalized: normalized.value,
        prepared: prepare(normalized.value),
        branch: normalized.value.startsWith('dev-'),
        orderKey,
        orderPrepared: prepare(orderKey),
        orderBranch: orderKey.startsWith('dev-'),
    });
}
/**
 * Semver::sort's order: Comparator on normalised versions (branches included, so `dev-foo` sorts below
 * releases). Composer does not order two different branches; we order them by name so the order is total.
 */
function compare(a, b) {
    if (a.orderKey === b.orderKey)
        return 0;
    if (a.orderBranch && b.orderBranch)
        return a.orderKey < b.orderKey ? -1 : 1;
    return comparePrepared(a.orderPrepared, b.orderPrepared);
}
// Both syntaxes are Composer's own constraint language: PMDB's packagist ranges (`||`, commas) are written in it,
// and a bare version already means `==` there.
function composer_parseRange(text, _syntax) {
    const parsed = parseConstraints(text);
    if (!parsed.ok)
        return parsed;
    const constraint = parsed.value;
    return (0,result.ok)({ text, contains: (v) => matches(constraint, v) });
}
const composer = {
    type: 'composer',
    aliases: ['packagist'],
    // Packagist names are case-insensitive: `vendor/name` in lower case.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    // "vendor/package": the vendor is the namespace.
    splitName: (fullName) => {
        const slash = fullName.indexOf('/');
        return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning: { parse, compare, parseRange: composer_parseRange },
    // packageurl-js lower-cases composer vendor and name (the purl spec's rule for the type).
    plainPurl: { segment: purl_rule/* LOWER_CASE_SEGMENT */.L, namespace: 'optional' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cargo/semver.js



const U64_MAX = '18446744073709551615';
/** crate::parse::numeric_identifier: digits, no leading zero, fits u64. Returns [digits, rest] or an error. */
function numericIdentifier(input, pos) {
    let len = 0;
    while (len < input.length && input[len] >= '0' && input[len] <= '9') {
        if (len > 0 && input[0] === '0')
            return (0,result/* err */._)(`invalid leading zero in ${pos} version number`);
        len++;
    }
    if (len === 0) {
        return (0,result/* err */._)(input === '' ? `unexpected end of input while parsing ${pos} version number` : `unexpected character ${JSON.stringify(input[0])} while parsing ${pos} version number`);
    }
    const digits = input.slice(0, len);
    if ((0,semver2/* compareNumericText */.mU)(digits, U64_MAX) > 0)
        return (0,result/* err */._)(`value of ${pos} version number exceeds u64::MAX`);
    return (0,result.ok)([digits, input.slice(len)]);
}
/** crate::parse::identifier: dot-separated [0-9A-Za-z-]+ segments; pre-release numbers may not have leading zeros. */
function identifier(input, pos) {
    let accumulated = 0;
    let segment = 0;
    let nonDigit = false;
    for (;;) {
        const c = input[accumulated + segment];
        if (c !== undefined && /^[A-Za-z-]$/.test(c)) {
            segment++;
            nonDigit = true;
        }
        else if (c !== undefined && c >= '0' && c <= '9') {
            segment++;
        }
        else {
            if (segment === 0) {
                if (accumulated === 0 && c !== '.')
                    return (0,result.ok)(['', input]);
                return (0,result/* err */._)(`empty identifier segment in ${pos}`);
            }
            if (pos === 'pre-release' && segment > 1 && !nonDigit && input[accumulated] === '0') {
                return (0,result/* err */._)(`invalid leading zero in ${pos} identifier`);
            }
            accumulated += segment;
            if (c === '.') {
                accumulated++;
                segment = 0;
                nonDigit = false;
            }
            else {
                return (0,result.ok)([input.slice(0, accumulated), input.slice(accumulated)]);
            }
        }
    }
}
function parseCargoVersion(text) {
    const fail = (reason) => (0,result/* err */._)(`"${text}" is not a valid Cargo (semver) version: ${reason}`);
    const parts = [];
    let rest = text;
    const positions = ['major', 'minor', 'patch'];
    for (const [i, pos] of positions.entries()) {
        const n = numericIdentifier(rest, pos);
        if (!n.ok)
            return fail(n.error);
        parts.push(n.value[0]);
        rest = n.value[1];
        if (i < 2) {
            if (!rest.startsWith('.'))
                return fail(rest === '' ? `unexpected end of input after ${pos} version number` : `unexpected character ${JSON.stringify(rest[0])} after ${pos} version number`);
            rest = rest.slice(1);
        }
    }
    let pre = '';
    let build = '';
    let pos = 'patch';
    if (rest.startsWith('-')) {
        pos = 'pre-release';
        const id = identifier(rest.slice(1), pos);
        if (!id.ok)
            return fail(id.error);
        if (id.value[0] === '')
            return fail('empty identifier segment in pre-release');
        [pre, rest] = id.value;
    }
    if (rest.startsWith('+')) {
        pos = 'build metadata';
        const id = identifier(rest.slice(1), pos);
        if (!id.ok)
            return fail(id.error);
        if (id.value[0] === '')
            return fail('empty identifier segment in build metadata');
        [build, rest] = id.value;
    }
    if (rest !== '')
        return fail(`unexpected character ${JSON.stringify(rest[0])} after ${pos}`);
    const [major, minor, patch] = parts;
    return (0,result.ok)({ major, minor, patch, pre, build });
}
const allDigits = (s) => /^[0-9]*$/.test(s);
/** impl Ord for Prerelease: a release ('' here) is greater than any pre-release. */
function compareCargoPre(a, b) {
    if (a === '' || b === '')
        return a === b ? 0 : a === '' ? 1 : -1;
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < left.length; i++) {
        const x = left[i];
        const y = right[i];
        if (y === undefined)
            return 1;
        const xd = allDigits(x);
        const yd = allDigits(y);
        const order = xd && yd ? (x.length !== y.length ? (x.length < y.length ? -1 : 1) : (0,compare_strings/* compareStrings */.K)(x, y)) : xd ? -1 : yd ? 1 : (0,compare_strings/* compareStrings */.K)(x, y);
        if (order !== 0)
            return order;
    }
    return left.length === right.length ? 0 : -1;
}
/** impl Ord for BuildMetadata: numeric segments by value, then by length (0 < 00 < 1 < 01). */
function compareCargoBuild(a, b) {
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < left.length; i++) {
        const x = left[i];
        const y = right[i];
        if (y === undefined)
            return 1;
        let order;
        if (allDigits(x) && allDigits(y)) {
            const xv = x.replace(/^0+/, '');
            const yv = y.replace(/^0+/, '');
            order = (0,semver2/* compareNumericText */.mU)(xv, yv) || (x.length === y.length ? 0 : x.length < y.length ? -1 : 1);
        }
        else if (allDigits(x))
            order = -1;
        else if (allDigits(y))
            order = 1;
        else
            order = (0,compare_strings/* compareStrings */.K)(x, y);
        if (order !== 0)
            return order;
    }
    return left.length === right.length ? 0 : -1;
}
/** Derived Ord of semver::Version: major, minor, patch, pre, then build (so 1.0.0+a and 1.0.0+b differ). */
function compareCargoVersions(a, b) {
    return ((0,semver2/* compareNumericText */.mU)(a.major, b.major) ||
        (0,semver2/* compareNumericText */.mU)(a.minor, b.minor) ||
        (0,semver2/* compareNumericText */.mU)(a.patch, b.patch) ||
        compareCargoPre(a.pre, b.pre) ||
        compareCargoBuild(a.build, b.build));
}

;// CONCATENATED MODULE: ./build/ecosystems/cargo/req.js




const MAX_COMPARATORS = 32;
function wildcard(input) {
    return input.startsWith('*') || input.startsWith('x') || input.startsWith('X') ? input.slice(1) : null;
}
function splitOp(input, defaultOp) {
    if (input.startsWith('>='))
        return ['>=', input.slice(2), false];
    if (input.startsWith('<='))
        return ['<=', input.slice(2), false];
    for (const op of ['=', '>', '<', '~', '^'])
        if (input.startsWith(op))
            return [op, input.slice(1), false];
    return [defaultOp, input, true];
}
const trimSpaces = (s) => s.replace(/^ +/, '');
/** crate::parse::comparator; `defaultOp` is `^` for Cargo.toml requirements and `=` for advisory constraints. */
function comparator(input, defaultOp) {
    const [parsedOp, afterOp, isDefault] = splitOp(input, defaultOp);
    let op = parsedOp;
    let text = trimSpaces(afterOp);
    let pos = 'major';
    const major = numericIdentifier(text, pos);
    if (!major.ok)
        return major;
    text = major.value[1];
    let minor = null;
    let patch = null;
    let hasWildcard = false;
    if (text.startsWith('.')) {
        pos = 'minor';
        const rest = wildcard(text.slice(1));
        if (rest !== null) {
            hasWildcard = true;
            if (isDefault)
                op = '*';
            text = rest;
        }
        else {
            const n = numericIdentifier(text.slice(1), pos);
            if (!n.ok)
                return n;
            [minor, text] = n.value;
        }
    }
    if (text.startsWith('.')) {
        pos = 'patch';
        const rest = wildcard(text.slice(1));
        if (rest !== null) {
            if (isDefault)
                op = '*';
            text = rest;
        }
        else if (hasWildcard) {
            return (0,result/* err */._)('unexpected character after wildcard in version req');
        }
        else {
            const n = numericIdentifier(text.slice(1), pos);
            if (!n.ok)
                return n;
            [patch, text] = n.value;
        }
    }
    let pre = '';
    if (patch !== null && text.startsWith('-')) {
        const id = identifier(text.slice(1), 'pre-release');
        if (!id.ok)
            return id;
        if (id.value[0] === '')
            return (0,result/* err */._)('empty identifier segment in pre-release identifier');
        [pre, text] = id.value;
    }
    if (patch !== null && text.startsWith('+')) {
        const id = identifier(text.slice(1), 'build metadata');
        if (!id.ok)
            return id;
        if (id.value[0] === '')
            return (0,result/* err */._)('empty identifier segment in build metadata');
        text = id.value[1];
    }
    return (0,result.ok)([{ op, major: major.value[0], minor, patch, pre }, trimSpaces(text)]);
}
/** VersionReq::from_str: comma-separated comparators; a lone `*` (or x, X) is "any". */
function parseVersionReq(input, defaultOp = '^') {
    if (input.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    let text = trimSpaces(input);
    const star = wildcard(text);
    if (star !== null) {
        const rest = trimSpaces(star);
        if (rest === '')
            return (0,result.ok)([]);
        return (0,result/* err */._)(rest.startsWith(',') ? `wildcard req (${text[0]}) must be the only comparator in the version req` : 'unexpected character after wildcard in version req');
    }
    const comparators = [];
    for (;;) {
        const c = comparator(text, defaultOp);
        if (!c.ok)
            return c;
        comparators.push(c.value[0]);
        text = c.value[1];
        if (text === '')
            return (0,result.ok)(comparators);
        if (!text.startsWith(','))
            return (0,result/* err */._)(`expected comma after version number, found ${JSON.stringify(text[0])}`);
        // parse.rs version_req: the 33rd comparator is refused.
        if (comparators.length === MAX_COMPARATORS)
            return (0,result/* err */._)('excessive number of version comparators');
        text = trimSpaces(text.slice(1));
    }
}
const cmpNum = semver2/* compareNumericText */.mU;
function matchesExact(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor !== null && v.minor !== c.minor)
        return false;
    if (c.patch !== null && v.patch !== c.patch)
        return false;
    return v.pre === c.pre;
}
function matchesGreater(c, v) {
    if (v.major !== c.major)
        return cmpNum(v.major, c.major) > 0;
    if (c.minor === null)
        return false;
    if (v.minor !== c.minor)
        return cmpNum(v.minor, c.minor) > 0;
    if (c.patch === null)
        return false;
    if (v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) > 0;
    return compareCargoPre(v.pre, c.pre) > 0;
}
function matchesLess(c, v) {
    if (v.major !== c.major)
        return cmpNum(v.major, c.major) < 0;
    if (c.minor === null)
        return false;
    if (v.minor !== c.minor)
        return cmpNum(v.minor, c.minor) < 0;
    if (c.patch === null)
        return false;
    if (v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) < 0;
    return compareCargoPre(v.pre, c.pre) < 0;
}
function matchesTilde(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor !== null && v.minor !== c.minor)
        return false;
    if (c.patch !== null && v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) > 0;
    return compareCargoPre(v.pre, c.pre) >= 0;
}
function matchesCaret(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor === null)
        return true;
    const majorPositive = c.major !== '0';
    if (c.patch === null)
        return majorPositive ? cmpNum(v.minor, c.minor) >= 0 : v.minor === c.minor;
    if (majorPositive) {
        if (v.minor !== c.minor)
            return cmpNum(v.minor, c.minor) > 0;
        if (v.patch !== c.patch)
            return cmpNum(v.patch, c.patch) > 0;
    }
    else if (c.minor !== '0') {
        if (v.minor !== c.minor)
            return false;
        if (v.patch !== c.patch)
            return cmpNum(v.patch, c.patch) > 0;
    }
    else if (v.minor !== c.minor || v.patch !== c.patch) {
        return false;
    }
    return compareCargoPre(v.pre, c.pre) >= 0;
}
function matchesOne(c, v) {
    switch (c.op) {
        case '=':
        case '*':
            return matchesExact(c, v);
        case '>':
            return matchesGreater(c, v);
        case '>=':
            return matchesExact(c, v) || matchesGreater(c, v);
        case '<':
            return matchesLess(c, v);
        case '<=':
            return matchesExact(c, v) || matchesLess(c, v);
        case '~':
            return matchesTilde(c, v);
        case '^':
            return matchesCaret(c, v);
    }
}
/** eval.rs matches_req: a pre-release only matches when a comparator names the same major.minor.patch with a pre-release. */
function matchesReq(comparators, v) {
    if (!comparators.every((c) => matchesOne(c, v)))
        return false;
    if (v.pre === '')
        return true;
    return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== '');
}
function cargoNativeRange(text) {
    const req = parseVersionReq(text);
    if (!req.ok)
        return (0,result/* err */._)(`"${text}" is not a valid Cargo version requirement: ${req.error}`);
    return (0,result.ok)({ text, contains: (v) => matchesReq(req.value, v) });
}
/**
 * DESIGN.md 8.1 advisory syntax: `||` between alternatives, space or `&&` between constraints, bare version `=x`.
 * Each alternative is one VersionReq (same matching, including the pre-release rule).
 */
function cargoAdvisoryRange(text) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const alternatives = [];
    for (const alternative of split.value) {
        // `^0.21.2` and `~1.2` (RustSec writes them) keep their own operator; a bare version means `=`.
        const joined = alternative.map((c) => (c.op === '=' && /^[~^]/.test(c.version) ? c.version : `${c.op}${c.version}`));
        const req = parseVersionReq(joined.join(', '), '=');
        if (!req.ok)
            return (0,result/* err */._)(`"${text}" is not a valid Cargo advisory range: ${req.error}`);
        alternatives.push(req.value);
    }
    return (0,result.ok)({ text, contains: (v) => alternatives.some((req) => matchesReq(req, v)) });
}

;// CONCATENATED MODULE: ./build/ecosystems/cargo/index.js



// Cargo semantics are those of the Rust `semver` crate 1.0, ported in semver.ts (versions and their order)
// and req.ts (requirements: a bare "1.2.3" means "^1.2.3", comparators joined by commas).
const cargo_versioning = {
    parse: parseCargoVersion,
    compare: compareCargoVersions,
    parseRange: (text, syntax) => (syntax === 'advisory' ? cargoAdvisoryRange(text) : cargoNativeRange(text)),
};
const cargo = {
    type: 'cargo',
    aliases: ['crates.io'],
    // crates.io refuses a new crate whose name differs from an existing one only by case or by `-` versus `_`, and
    // finds either spelling; its own canon_crate_name() is lower(replace(name, '-', '_')), so that is the key here.
    canonicalName: (_namespace, name) => name.toLowerCase().replaceAll('-', '_'),
    versioning: cargo_versioning,
    // packageurl-js keeps crate names as written (the purl spec's rule for the type).
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/conan/version.js

/** Python int(str) for ASCII text: surrounding whitespace, a sign, and underscores between digits are allowed. */
function pythonInt(text) {
    const m = /^[ \t\n\r\f\v]*([+-]?)([0-9]+(?:_[0-9]+)*)[ \t\n\r\f\v]*$/.exec(text);
    if (!m)
        return null;
    const value = BigInt(m[2].replaceAll('_', ''));
    return m[1] === '-' ? -value : value;
}
function conanVersion(value, qualifier = false) {
    let rest = value;
    let build = null;
    let pre = null;
    if (!qualifier) {
        const plus = rest.lastIndexOf('+');
        if (plus >= 0) {
            build = conanVersion(rest.slice(plus + 1), true);
            rest = rest.slice(0, plus);
        }
        const dash = rest.indexOf('-');
        if (dash >= 0) {
            pre = conanVersion(rest.slice(dash + 1), true);
            rest = rest.slice(0, dash);
        }
    }
    const items = rest.split('.').map((item) => pythonInt(item) ?? item);
    const nonzero = [...items];
    while (nonzero.length > 0 && nonzero[nonzero.length - 1] === 0n)
        nonzero.pop();
    return { text: value, items, nonzero, pre, build };
}
const itemEq = (a, b) => a === b;
/** _VersionItem.__lt__: ints numerically, otherwise str() against str(). */
function itemLt(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b;
    return String(a) < String(b);
}
function itemsEq(a, b) {
    return a.length === b.length && a.every((x, i) => itemEq(x, b[i]));
}
/** Python tuple `<` over items. */
function itemsLt(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!itemEq(a[i], b[i]))
            return itemLt(a[i], b[i]);
    }
    return a.length < b.length;
}
const optEq = (a, b) => (a === null || b === null ? a === b : conanEq(a, b));
/** None < Version, as Python evaluates it through total_ordering's reflected __gt__. */
const optLt = (a, b) => (a === null ? b !== null : b === null ? false : conanLt(a, b));
function conanEq(a, b) {
    return itemsEq(a.nonzero, b.nonzero) && optEq(a.pre, b.pre) && optEq(a.build, b.build);
}
/** Python tuple `<` over (nonzero items, then the given optional Versions). */
function tupleLt(a, b, rest) {
    if (!itemsEq(a.nonzero, b.nonzero))
        return itemsLt(a.nonzero, b.nonzero);
    for (const [x, y] of rest)
        if (!optEq(x, y))
            return optLt(x, y);
    return false;
}
function conanLt(a, b) {
    if (a.pre) {
        if (b.pre)
            return tupleLt(a, b, [[a.pre, b.pre], [a.build, b.build]]);
        return itemsEq(a.nonzero, b.nonzero) ? true : itemsLt(a.nonzero, b.nonzero);
    }
    if (b.pre)
        return itemsEq(a.nonzero, b.nonzero) ? false : itemsLt(a.nonzero, b.nonzero);
    return tupleLt(a, b, [[a.build, b.build]]);
}
function compareConanVersions(a, b) {
    if (conanEq(a, b))
        return 0;
    return conanLt(a, b) ? -1 : 1;
}
/**
 * RecipeReference.validate_ref's pattern for versions (with core:allow_uppercase_pkg_names, so upper case passes),
 * except that one character is enough: validate_ref asks for two, but Version("1") is what Conan's own tests and
 * ranges (`~1`, `>1`) use, so a one-character version is read rather than refused.
 */
const VALID_VERSION = /^[a-zA-Z0-9_][a-zA-Z0-9_+.-]{0,100}$/;
function parseConanVersion(text) {
    if (!VALID_VERSION.test(text))
        return (0,result/* err */._)(`"${text}" is not a valid Conan version: Conan accepts up to 101 characters of [a-zA-Z0-9_+.-], not starting with + . or -`);
    return (0,result.ok)(conanVersion(text));
}
/** Version.upper_bound: bump item `index`, drop the rest, append "-" so the bound's pre-releases stay out. */
function upperBound(v, index) {
    const item = v.items[index];
    if (item === undefined)
        return (0,result/* err */._)(`cannot bump "${v.text}" at index ${index}`);
    if (typeof item !== 'bigint')
        return (0,result/* err */._)(`Cannot bump '${v.text} version index ${index}, not an int`);
    const text = [...v.items.slice(0, index).map(String), String(item + 1n)].join('.') + '-';
    return (0,result.ok)(conanVersion(text));
}

;// CONCATENATED MODULE: ./build/ecosystems/conan/index.js



function condition(operator, version) {
    // `>=1.0` and `<2.0` are evaluated as `>=1.0-` and `<2.0-`: the lowest pre-release, so `<2.0` keeps 2.0's
    // pre-releases out and `>=1.0` lets 1.0's in when pre-releases are enabled.
    if ((operator === '>=' || operator === '<') && !version.text.includes('-') && version.build === null) {
        return { operator, version: conanVersion(`${version.text}-`) };
    }
    return { operator, version };
}
function firstNonZero(items) {
    const i = items.findIndex((item) => item !== 0n);
    return i < 0 ? items.length : i;
}
function parseExpression(expression) {
    if (expression === '' || expression === '*')
        return (0,result.ok)([condition('>=', conanVersion('0.0.0'))]);
    if (expression.length === 1)
        return (0,result/* err */._)(`Error parsing version range "${expression}"`);
    let operator = expression[0];
    let index = 1;
    if (!['>', '<', '^', '~', '='].includes(operator)) {
        operator = '=';
        index = 0;
    }
    if (operator === '>' || operator === '<') {
        if (expression[1] === '=') {
            operator += '=';
            index = 2;
        }
    }
    else if (expression[1] === '=') {
        return (0,result/* err */._)(`Invalid version range operator '${operator}=' in ${expression}, you should probably use ${operator} instead.`);
    }
    let version = expression.slice(index);
    if (version === '')
        return (0,result/* err */._)(`Error parsing version range "${expression}"`);
    if (operator === '~') {
        if (!version.includes('-'))
            version += '-';
        const v = conanVersion(version);
        const upper = upperBound(v, v.items.length > 1 ? 1 : 0);
        if (!upper.ok)
            return upper;
        return (0,result.ok)([condition('>=', v), condition('<', upper.value)]);
    }
    if (operator === '^') {
        const v = conanVersion(version);
        const upper = upperBound(v, firstNonZero(v.items));
        if (!upper.ok)
            return upper;
        return (0,result.ok)([condition('>=', v), condition('<', upper.value)]);
    }
    return (0,result.ok)([condition(operator, conanVersion(version))]);
}
function holds(c, v) {
    switch (c.operator) {
        case '>':
            return !conanLt(v, c.version) && !conanEq(v, c.version);
        case '<':
            return conanLt(v, c.version);
        case '>=':
            return !conanLt(v, c.version);
        case '<=':
            return conanLt(v, c.version) || conanEq(v, c.version);
        case '=':
            return conanEq(v, c.version);
    }
}
/** VersionRange(expression), with or without the `[...]` that a reference puts around it (`zlib/[>=1.2 <2]`). */
function parseConanRange(text) {
    if (text.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    const trimmed = text.trim();
    const expression = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : text;
    const tokens = expression.split(',');
    let prerelease = false;
    for (const token of tokens.slice(1)) {
        if (token.includes('include_prerelease')) {
            prerelease = true;
            break;
        }
        const t = token.trim();
        // Conan warns about an unknown option starting with a letter and fails on anything else.
        if (!(t.length > 0 && /^\p{L}/u.test(t)))
            return (0,result/* err */._)(`"${t}" in version range "${expression}" is not a valid option`);
    }
    const sets = [];
    for (const alternative of tokens[0].split('||')) {
        const words = alternative.split(/\s+/).filter((w) => w !== '');
        const conditions = [];
        for (const word of words.length > 0 ? words : ['']) {
            const parsed = parseExpression(word);
            if (!parsed.ok)
                return (0,result/* err */._)(`"${text}" is not a valid Conan version range: ${parsed.error}`);
            conditions.push(...parsed.value);
        }
        sets.push(conditions);
    }
    return (0,result.ok)({
        text,
        // core.version_ranges:resolve_prereleases unset: pre-releases only where the range says include_prerelease.
        contains: (v) => (v.pre === null || prerelease) && sets.some((set) => set.every((c) => holds(c, v))),
    });
}
function conan_parseRange(text, syntax) {
    // DESIGN.md 8.1 advisory syntax is Conan's own expression syntax, plus `&&` as another way to write a space.
    if (syntax === 'advisory') {
        const range = parseConanRange(text.replaceAll('&&', ' '));
        return range.ok ? (0,result.ok)({ text, contains: range.value.contains }) : range;
    }
    return parseConanRange(text);
}
const conan_versioning = { parse: parseConanVersion, compare: compareConanVersions, parseRange: conan_parseRange };
const conan = {
    type: 'conan',
    aliases: ['conancenter'],
    // Conan 2 requires lower-case package names (validate_ref: "Conan packages names ... must be all lowercase"),
    // so lower-casing folds only hand-typed spellings. The purl namespace (user) is not part of the name.
    canonicalName: (_namespace, name) => name.toLowerCase(),
    versioning: conan_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/swift/index.js


const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;
/** Swift `Int(String)`: optional sign then decimal digits, within 64 bits; nil otherwise. */
function swiftInt(text) {
    if (!/^[+-]?[0-9]+$/.test(text))
        return null;
    const value = BigInt(text);
    return value < INT_MIN || value > INT_MAX ? null : value;
}
const identifiersOk = (ids) => ids.every((id) => /^[0-9A-Za-z-]*$/.test(id));
function parseSwiftVersion(tagOrVersion) {
    // SwiftPM reads versions from git tags and drops one leading "v" there (Version(tag:)); purls carry tags.
    const text = tagOrVersion.startsWith('v') ? tagOrVersion.slice(1) : tagOrVersion;
    const bad = (why) => (0,result/* err */._)(`"${text}" is not a valid SwiftPM version: ${why}`);
    if ([...text].some((c) => c.charCodeAt(0) > 0x7f))
        return bad('non-ASCII characters');
    const plus = text.indexOf('+');
    const beforeBuild = plus < 0 ? text : text.slice(0, plus);
    const dash = beforeBuild.indexOf('-');
    const core = (dash < 0 ? beforeBuild : beforeBuild.slice(0, dash)).split('.');
    if (core.length !== 3)
        return bad(`${core.length > 3 ? 'more than 3' : 'fewer than 3'} identifiers in version core`);
    const [major, minor, patch] = core.map(swiftInt);
    // Version.init preconditions non-negative numbers; the string initializer would trap, so refuse instead.
    if (major == null || minor == null || patch == null || major < 0n || minor < 0n || patch < 0n) {
        return bad('non-numerical or empty version core identifiers');
    }
    const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
    if (!identifiersOk(pre))
        return bad('characters other than alpha-numerics and hyphens in pre-release identifiers');
    const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
    if (!identifiersOk(build))
        return bad('characters other than alpha-numerics and hyphens in build metadata identifiers');
    return (0,result.ok)({ major, minor, patch, pre, build });
}
function swift_lessThan(a, b) {
    if (a.major !== b.major)
        return a.major < b.major;
    if (a.minor !== b.minor)
        return a.minor < b.minor;
    if (a.patch !== b.patch)
        return a.patch < b.patch;
    if (a.pre.length === 0)
        return false;
    if (b.pre.length === 0)
        return true;
    const n = Math.min(a.pre.length, b.pre.length);
    for (let i = 0; i < n; i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === y)
            continue;
        const xn = swiftInt(x);
        const yn = swiftInt(y);
        if (xn !== null && yn !== null)
            return xn < yn;
        if (xn !== null)
            return true;
        if (yn !== null)
            return false;
        return x < y;
    }
    return a.pre.length < b.pre.length;
}
function compareSwiftVersions(a, b) {
    return swift_lessThan(a, b) ? -1 : swift_lessThan(b, a) ? 1 : 0;
}
const sameCore = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
/** `extension Range where Bound == Version { func contains(version:) }` with its pre-release rules. */
function halfOpenContains(lower, upper, v) {
    if (v.pre.length > 0) {
        if (lower.pre.length === 0 && upper.pre.length === 0)
            return false;
        if (upper.pre.length === 0 && sameCore(upper, v))
            return false;
    }
    if (compareSwiftVersions(lower, v) === 0)
        return true;
    return compareSwiftVersions(v, lower) >= 0 && compareSwiftVersions(v, upper) < 0;
}
const swift_version = (major, minor, patch) => ({ major, minor, patch, pre: [], build: [] });
/**
 * Package.swift requirement forms: `from: 1.2.3` / `.upToNextMajor(from: 1.2.3)` (..<2.0.0), `.upToNextMinor(from:
 * 1.2.3)` (..<1.3.0), `exact: 1.2.3` or a bare version, `1.0.0..<2.0.0`, and `1.0.0...1.2.3`, which PackageDescription
 * turns into `1.0.0..<1.2.4`.
 */
function parseNative(text) {
    if (text.length > 512)
        return (0,result/* err */._)('range is longer than 512 characters');
    const t = text.replaceAll('"', '').trim();
    const call = /^\.?(upToNextMajor|upToNextMinor|exact)\(\s*(?:from:)?\s*([^\s()]+)\s*\)$/.exec(t);
    const label = /^(from|exact):\s*(\S+)$/.exec(t);
    const form = call ?? label;
    if (form) {
        const v = parseSwiftVersion(form[2]);
        if (!v.ok)
            return v;
        const lower = v.value;
        if (form[1] === 'exact')
            return (0,result.ok)({ text, contains: (x) => compareSwiftVersions(x, lower) === 0 });
        const upper = form[1] === 'upToNextMinor' ? swift_version(lower.major, lower.minor + 1n, 0n) : swift_version(lower.major + 1n, 0n, 0n);
        return (0,result.ok)({ text, contains: (x) => halfOpenContains(lower, upper, x) });
    }
    const halfOpen = t.indexOf('..<');
    const closed = halfOpen < 0 ? t.indexOf('...') : -1;
    const at = halfOpen >= 0 ? halfOpen : closed;
    if (at >= 0) {
        const lower = parseSwiftVersion(t.slice(0, at).trim());
        if (!lower.ok)
            return lower;
        const upperGiven = parseSwiftVersion(t.slice(at + 3).trim());
        if (!upperGiven.ok)
            return upperGiven;
        const u = upperGiven.value;
        const upper = closed >= 0 ? swift_version(u.major, u.minor, u.patch + 1n) : u;
        if (compareSwiftVersions(lower.value, upper) > 0)
            return (0,result/* err */._)(`"${text}": the lower bound is above the upper bound`);
        return (0,result.ok)({ text, contains: (x) => halfOpenContains(lower.value, upper, x) });
    }
    const exact = parseSwiftVersion(t);
    if (!exact.ok)
        return (0,result/* err */._)(`"${text}" is not a SwiftPM requirement (from: X, X..<Y, X...Y, exact: X): ${exact.error}`);
    return (0,result.ok)({ text, contains: (x) => compareSwiftVersions(x, exact.value) === 0 });
}
function swift_parseAdvisory(text) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const alternatives = [];
    for (const alternative of split.value) {
        const row = [];
        for (const c of alternative) {
            const v = parseSwiftVersion(c.version);
            if (!v.ok)
                return v;
            row.push({ op: c.op, version: v.value });
        }
        alternatives.push(row);
    }
    return (0,result.ok)({ text, contains: (v) => alternatives.some((all) => all.every((c) => comparatorHolds(c, v, compareSwiftVersions))) });
}
const swift_versioning = {
    parse: parseSwiftVersion,
    compare: compareSwiftVersions,
    parseRange: (text, syntax) => (syntax === 'advisory' ? swift_parseAdvisory(text) : parseNative(text)),
};
const swift = {
    type: 'swift',
    aliases: ['swifturl'],
    // purl: namespace is the source host and path (github.com/apple), name the repository. Git hosts treat paths
    // case-insensitively (GitHub does), and SwiftPM identifies packages by URL lower-cased, so lower-case both.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: swift_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/pub/index.js


// Same text as pub_semver's startVersion / completeVersion; input length is capped, so backtracking stays small.
const START_VERSION = /^(\d+).(\d+).(\d+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?/;
const COMPLETE_VERSION = new RegExp(`${START_VERSION.source}$`);
const INT64_MAX = 2n ** 63n - 1n;
/** The regexes above can backtrack (the dots match digits too); a length cap keeps that small. node-semver caps at 256 too. */
const MAX_VERSION_LENGTH = 256;
/** Dart `int.tryParse`: optional sign, decimal or 0x-hex (hex up to 64 bits, read as two's complement). */
function dartTryParseInt(text) {
    const m = /^([+-]?)(0[xX][0-9A-Fa-f]+|[0-9]+)$/.exec(text);
    if (!m)
        return null;
    const negative = m[1] === '-';
    let value = BigInt(m[2]);
    if (/^0[xX]/.test(m[2])) {
        if (value >= 2n ** 64n)
            return null;
        if (value > INT64_MAX)
            value -= 2n ** 64n;
    }
    else if (value > INT64_MAX + (negative ? 1n : 0n)) {
        return null;
    }
    return negative ? -value : value;
}
const splitParts = (text) => (text === undefined ? [] : text.split('.').map((p) => dartTryParseInt(p) ?? p));
function fromMatch(text, m) {
    const numbers = [m[1], m[2], m[3]].map((n) => BigInt(n));
    // Version.parse uses int.parse: a number beyond 64 bits is a FormatException.
    if (numbers.some((n) => n > INT64_MAX))
        return (0,result/* err */._)(`Could not parse "${text}".`);
    const [major, minor, patch] = numbers;
    return (0,result.ok)({ major, minor, patch, pre: splitParts(m[5]), build: splitParts(m[8]) });
}
function parsePubVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_VERSION_LENGTH} characters`);
    const m = COMPLETE_VERSION.exec(text);
    return m ? fromMatch(text, m) : (0,result/* err */._)(`Could not parse "${text}".`);
}
function compareLists(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'bigint')
            return typeof y === 'bigint' ? (x < y ? -1 : 1) : -1;
        if (typeof y === 'bigint')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function comparePubVersions(a, b) {
    if (a.major !== b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor !== b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch !== b.patch)
        return a.patch < b.patch ? -1 : 1;
    if (a.pre.length === 0 && b.pre.length > 0)
        return 1;
    if (b.pre.length === 0 && a.pre.length > 0)
        return -1;
    const pre = compareLists(a.pre, b.pre);
    if (pre !== 0)
        return pre;
    if (a.build.length === 0 && b.build.length > 0)
        return -1;
    if (b.build.length === 0 && a.build.length > 0)
        return 1;
    return compareLists(a.build, b.build);
}
const pub_sameCore = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
const firstPreRelease = (v) => ({ major: v.major, minor: v.minor, patch: v.patch, pre: [0n], build: [] });
const nextBreaking = (v) => v.major === 0n
    ? { major: 0n, minor: v.minor + 1n, patch: 0n, pre: [], build: [] }
    : { major: v.major + 1n, minor: 0n, patch: 0n, pre: [], build: [] };
/** The VersionRange factory: `<2.0.0` also excludes 2.0.0's pre-releases unless the minimum is one of them. */
function versionRange(min, includeMin, max, includeMax) {
    let upper = max;
    if (!includeMax && upper && upper.pre.length === 0 && upper.build.length === 0 && (!min || min.pre.length === 0 || !pub_sameCore(min, upper))) {
        upper = firstPreRelease(upper);
    }
    return { min, includeMin, max: upper, includeMax };
}
function allows(c, v) {
    if (!c)
        return false;
    if (c.min) {
        const order = comparePubVersions(v, c.min);
        if (order < 0 || (!c.includeMin && order === 0))
            return false;
    }
    if (c.max) {
        const order = comparePubVersions(v, c.max);
        if (order > 0 || (!c.includeMax && order === 0))
            return false;
    }
    return true;
}
/** VersionConstraint.parse. */
function parsePubConstraint(original) {
    if (original.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    let text = original.trim();
    if (text === 'any')
        return (0,result.ok)({ min: null, includeMin: false, max: null, includeMax: false });
    const matchVersion = () => {
        const m = START_VERSION.exec(text);
        if (!m)
            return null;
        text = text.slice(m[0].length);
        return fromMatch(m[0], m);
    };
    if (text.startsWith('^')) {
        text = text.slice(1).trim();
        const v = matchVersion();
        if (!v)
            return (0,result/* err */._)(`Expected version number after "^" in "${original}", got "${text}".`);
        if (!v.ok)
            return v;
        if (text !== '')
            return (0,result/* err */._)(`Cannot include other constraints with "^" constraint in "${original}".`);
        return (0,result.ok)({ min: v.value, includeMin: true, max: firstPreRelease(nextBreaking(v.value)), includeMax: false });
    }
    let min = null;
    let max = null;
    let includeMin = false;
    let includeMax = false;
    for (;;) {
        text = text.trim();
        if (text === '')
            break;
        let lower = null;
        let upper = null;
        let lowerIncluded = false;
        let upperIncluded = false;
        const bare = matchVersion();
        if (bare) {
            if (!bare.ok)
                return bare;
            [lower, upper, lowerIncluded, upperIncluded] = [bare.value, bare.value, true, true];
        }
        else {
            const op = /^[<>]=?/.exec(text)?.[0];
            if (op === undefined)
                return (0,result/* err */._)(`Could not parse version "${original}". Unknown text at "${text}".`);
            text = text.slice(op.length).trim();
            const v = matchVersion();
            if (!v)
                return (0,result/* err */._)(`Expected version number after "${op}" in "${original}", got "${text}".`);
            if (!v.ok)
                return v;
            if (op.startsWith('<'))
                [upper, upperIncluded] = [v.value, op === '<='];
            else
                [lower, lowerIncluded] = [v.value, op === '>='];
        }
        if (lower) {
            if (!min || comparePubVersions(lower, min) > 0)
                [min, includeMin] = [lower, lowerIncluded];
            else if (comparePubVersions(lower, min) === 0 && !lowerIncluded)
                includeMin = false;
        }
        if (upper) {
            if (!max || comparePubVersions(upper, max) < 0)
                [max, includeMax] = [upper, upperIncluded];
            else if (comparePubVersions(upper, max) === 0 && !upperIncluded)
                includeMax = false;
        }
    }
    if (!min && !max)
        return (0,result/* err */._)('Cannot parse an empty string.');
    if (min && max) {
        const order = comparePubVersions(min, max);
        if (order > 0)
            return (0,result.ok)(null);
        if (order === 0)
            return (0,result.ok)(includeMin && includeMax ? { min, includeMin: true, max, includeMax: true } : null);
    }
    return (0,result.ok)(versionRange(min, includeMin, max, includeMax));
}
function pub_parseRange(text, syntax) {
    // Advisory syntax: `||` between pub constraints (and `&&` read as pub's own space-joined intersection).
    const pieces = syntax === 'advisory' ? text.split('||').map((p) => p.replaceAll('&&', ' ')) : [text];
    const constraints = [];
    for (const piece of pieces) {
        const c = parsePubConstraint(piece);
        if (!c.ok)
            return (0,result/* err */._)(`"${text}" is not a valid pub version constraint: ${c.error}`);
        constraints.push(c.value);
    }
    return (0,result.ok)({ text, contains: (v) => constraints.some((c) => allows(c, v)) });
}
const pub_versioning = { parse: parsePubVersion, compare: comparePubVersions, parseRange: pub_parseRange };
const pub = {
    type: 'pub',
    aliases: [],
    // pub package names are lower-case identifiers ([a-z0-9_]); pub.dev refuses others, so lower-casing only folds
    // spellings people type by hand.
    canonicalName: (_namespace, name) => name.toLowerCase(),
    versioning: pub_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/deb/version.js

const MAX_DEB_VERSION_LENGTH = 1024;
const isBlank = (c) => c === 32 || c === 9;
const version_isDigit = (c) => c >= 48 && c <= 57;
const version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function bytes(text) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text))
        return text;
    return String.fromCharCode(...new TextEncoder().encode(text));
}
function parseDebVersion(input) {
    if (input.length > MAX_DEB_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_DEB_VERSION_LENGTH} characters`);
    let start = 0;
    while (start < input.length && isBlank(input.charCodeAt(start)))
        start++;
    if (start === input.length)
        return (0,result/* err */._)('version string is empty');
    let end = start;
    while (end < input.length && !isBlank(input.charCodeAt(end)))
        end++;
    for (let i = end; i < input.length; i++) {
        if (!isBlank(input.charCodeAt(i)))
            return (0,result/* err */._)(`"${input}": version string has embedded spaces`);
    }
    let text = input.slice(start, end);
    let epoch = 0;
    const colon = text.indexOf(':');
    if (colon >= 0) {
        // strtol: an optional sign, then digits, which must run exactly up to the first colon.
        let i = 0;
        let negative = false;
        if (text[0] === '+' || text[0] === '-') {
            negative = text[0] === '-';
            i = 1;
        }
        const digitsStart = i;
        while (i < text.length && version_isDigit(text.charCodeAt(i)))
            i++;
        if (i === digitsStart)
            return (0,result/* err */._)(`"${input}": epoch in version is empty`);
        if (i !== colon)
            return (0,result/* err */._)(`"${input}": epoch in version is not number`);
        const digits = text.slice(digitsStart, i).replace(/^0+(?=.)/, '');
        const value = digits.length > 12 ? Infinity : Number(digits);
        if (negative && value !== 0)
            return (0,result/* err */._)(`"${input}": epoch in version is negative`);
        if (value > 2147483647)
            return (0,result/* err */._)(`"${input}": epoch in version is too big`);
        if (colon === text.length - 1)
            return (0,result/* err */._)(`"${input}": nothing after colon in version number`);
        epoch = value;
        text = text.slice(colon + 1);
    }
    const hyphen = text.lastIndexOf('-');
    let upstream = text;
    let revision = '';
    if (hyphen >= 0) {
        upstream = text.slice(0, hyphen);
        revision = text.slice(hyphen + 1);
        if (revision === '')
            return (0,result/* err */._)(`"${input}": revision number is empty`);
    }
    if (upstream === '')
        return (0,result/* err */._)(`"${input}": version number is empty`);
    const upstreamBytes = bytes(upstream);
    const revisionBytes = bytes(revision);
    return (0,result.ok)({
        text: input,
        epoch,
        upstream: upstreamBytes,
        revision: revisionBytes,
        upstreamRuns: runs(upstreamBytes),
        revisionRuns: runs(revisionBytes),
    });
}
function runs(part) {
    const out = [];
    let i = 0;
    while (i < part.length) {
        const start = i;
        while (i < part.length && !version_isDigit(part.charCodeAt(i)))
            i++;
        out.push(part.slice(start, i));
        while (part.charCodeAt(i) === 48)
            i++;
        const digits = i;
        while (i < part.length && version_isDigit(part.charCodeAt(i)))
            i++;
        out.push(part.slice(digits, i));
    }
    return out;
}
// dpkg's order(): digits 0, letters their code, '~' below everything including the end, other bytes after
// letters. `char` is signed on the platforms Debian compares on, so a byte >= 0x80 lands between letters and
// ASCII punctuation.
function order(c) {
    // charCodeAt past the end is NaN: the end orders like a digit, 0.
    if (!(c > 57) && !(c < 48))
        return 0;
    if (version_isAlpha(c))
        return c;
    if (c === 126)
        return -1;
    return c >= 128 ? c : c + 256;
}
/** dpkg's verrevcmp, over the runs of the two parts. */
function compareRuns(a, b) {
    const n = Math.max(a.length, b.length);
    for (let k = 0; k < n; k++) {
        const x = a[k] ?? '';
        const y = b[k] ?? '';
        if (x === y)
            continue;
        if ((k & 1) === 1) {
            if (x.length !== y.length)
                return x.length < y.length ? -1 : 1;
            return x < y ? -1 : 1;
        }
        // A shorter non-digit run is followed by a digit or the end, both ordering as 0.
        const m = Math.max(x.length, y.length);
        for (let j = 0; j < m; j++) {
            const d = order(x.charCodeAt(j)) - order(y.charCodeAt(j));
            if (d !== 0)
                return d < 0 ? -1 : 1;
        }
    }
    return 0;
}
function compareDebVersions(a, b) {
    if (a.epoch !== b.epoch)
        return a.epoch < b.epoch ? -1 : 1;
    return compareRuns(a.upstreamRuns, b.upstreamRuns) || compareRuns(a.revisionRuns, b.revisionRuns);
}

;// CONCATENATED MODULE: ./build/ecosystems/shared/os-range.js

const MAX_OS_RANGE_LENGTH = 4096;
const OPERATOR_CHARS = '<>=~!';
const os_range_isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const ends = (c) => os_range_isSpace(c) || c === ',' || c === '|' || c === '(' || c === ')';
function parseOperatorRange(text, syntax, parse, holds) {
    if (text.length > MAX_OS_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_OS_RANGE_LENGTH} characters`);
    const alternatives = [];
    let current = [];
    let i = 0;
    const close = () => {
        if (current.length === 0)
            return (0,result/* err */._)(`range "${text}" has an empty alternative`);
        alternatives.push(current);
        current = [];
        return (0,result.ok)(true);
    };
    while (i < text.length) {
        const c = text[i];
        if (os_range_isSpace(c) || c === ',' || c === '(' || c === ')') {
            i++;
            continue;
        }
        if (c === '|') {
            i += text[i + 1] === '|' ? 2 : 1;
            const closed = close();
            if (!closed.ok)
                return closed;
            continue;
        }
        let end = i;
        while (end < text.length && OPERATOR_CHARS.includes(text[end]))
            end++;
        const opText = text.slice(i, end);
        let op = syntax.exact;
        if (opText !== '') {
            const known = syntax.operators[opText];
            if (known === undefined)
                return (0,result/* err */._)(`range "${text}": unknown operator "${opText}"`);
            op = known;
        }
        i = end;
        while (i < text.length && os_range_isSpace(text[i]))
            i++;
        let stop = i;
        while (stop < text.length && !ends(text[stop]))
            stop++;
        const versionText = text.slice(i, stop);
        if (versionText === '')
            return (0,result/* err */._)(`range "${text}": operator "${opText}" has no version`);
        const version = parse(versionText);
        if (!version.ok)
            return (0,result/* err */._)(`range "${text}": ${version.error}`);
        current.push({ op, version: version.value });
        i = stop;
    }
    const closed = close();
    if (!closed.ok)
        return closed;
    return (0,result.ok)({
        text,
        contains: (version) => alternatives.some((all) => all.every((c) => holds(c.op, version, c.version))),
    });
}
const ADVISORY_OPERATORS = {
    '<': 'lt', '<=': 'le', '=': 'eq', '==': 'eq', '>=': 'ge', '>': 'gt', '<<': 'lt', '>>': 'gt',
};
function relationHolds(relation, order) {
    switch (relation) {
        case 'lt':
            return order < 0;
        case 'le':
            return order <= 0;
        case 'eq':
            return order === 0;
        case 'ge':
            return order >= 0;
        case 'gt':
            return order > 0;
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/deb/index.js


// dpkg's relations; the obsolete `<` and `>` mean `<=` and `>=` to dpkg (deb-control(5), --compare-versions),
// while in advisories (DESIGN.md 8.1) `<x` is strictly below x.
const NATIVE = {
    operators: { '<<': 'lt', '<=': 'le', '=': 'eq', '>=': 'ge', '>>': 'gt', '<': 'le', '>': 'ge' },
    exact: 'eq',
};
const ADVISORY = { operators: ADVISORY_OPERATORS, exact: 'eq' };
/** Debian packages: dpkg's version order; names are Debian source/binary package names, lower-case by policy. */
const deb = {
    type: 'deb',
    aliases: [],
    // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: {
        parse: parseDebVersion,
        compare: compareDebVersions,
        parseRange: (text, syntax) => parseOperatorRange(text, syntax === 'native' ? NATIVE : ADVISORY, parseDebVersion, (relation, v, bound) => relationHolds(relation, compareDebVersions(v, bound))),
    },
};

;// CONCATENATED MODULE: ./build/ecosystems/rpm/version.js

const MAX_RPM_VERSION_LENGTH = 1024;
const rpm_version_isDigit = (c) => c >= 48 && c <= 57;
const rpm_version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const version_TILDE = 126;
const version_CARET = 94;
function tokens(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === version_TILDE || c === version_CARET) {
            out.push(text[i]);
            i++;
        }
        else if (rpm_version_isDigit(c)) {
            while (text.charCodeAt(i) === 48)
                i++;
            const start = i;
            while (i < text.length && rpm_version_isDigit(text.charCodeAt(i)))
                i++;
            out.push(`N${text.slice(start, i)}`);
        }
        else if (rpm_version_isAlpha(c)) {
            const start = i;
            while (i < text.length && rpm_version_isAlpha(text.charCodeAt(i)))
                i++;
            out.push(`A${text.slice(start, i)}`);
        }
        else {
            i++;
        }
    }
    return out;
}
const ZERO_EPOCH = tokens('0');
function parseRpmVersion(text) {
    if (text === '')
        return (0,result/* err */._)('version is empty');
    if (text.length > MAX_RPM_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_RPM_VERSION_LENGTH} characters`);
    let s = 0;
    while (s < text.length && rpm_version_isDigit(text.charCodeAt(s)))
        s++;
    const hyphen = text.lastIndexOf('-');
    const release = hyphen >= s ? text.slice(hyphen + 1) : null;
    const evEnd = hyphen >= s ? hyphen : text.length;
    const hasEpoch = text[s] === ':' && s < evEnd;
    const epoch = hasEpoch ? (s === 0 ? '0' : text.slice(0, s)) : null;
    const version = hasEpoch ? text.slice(s + 1, evEnd) : text.slice(0, evEnd);
    return (0,result.ok)({
        text,
        epoch,
        version,
        release,
        segments: {
            epoch: epoch === null ? ZERO_EPOCH : tokens(epoch),
            version: tokens(version),
            release: release === null ? null : tokens(release),
        },
    });
}
/** rpmvercmp over segments: `~` sorts before everything (even the end), `^` after the base version only. */
function compareSegments(a, b) {
    const n = Math.max(a.length, b.length);
    let k = 0;
    for (; k < n; k++) {
        const x = a[k];
        const y = b[k];
        if (x === '~' || y === '~') {
            if (x !== '~')
                return 1;
            if (y !== '~')
                return -1;
            continue;
        }
        if (x === '^' || y === '^') {
            if (x === undefined)
                return -1;
            if (y === undefined)
                return 1;
            if (x !== '^')
                return 1;
            if (y !== '^')
                return -1;
            continue;
        }
        if (x === undefined || y === undefined)
            break;
        const numeric = x.charCodeAt(0) === 78;
        // A numeric segment is newer than an alpha one (rpm bug 50977).
        if (numeric !== (y.charCodeAt(0) === 78))
            return numeric ? 1 : -1;
        if (numeric && x.length !== y.length)
            return x.length > y.length ? 1 : -1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (k >= a.length && k >= b.length)
        return 0;
    return k >= a.length ? -1 : 1;
}
/** rpm's rpmvercmp on two strings. */
function rpmvercmp(a, b) {
    return a === b ? 0 : compareSegments(tokens(a), tokens(b));
}
/**
 * Total order of EVRs as rpm orders rpm.ver objects (rpmverCmp): epoch (absent = 0), version, then release, an
 * absent release below any present one.
 */
function compareRpmVersions(a, b) {
    const x = a.segments;
    const y = b.segments;
    const e = compareSegments(x.epoch, y.epoch);
    if (e !== 0)
        return e;
    const v = compareSegments(x.version, y.version);
    if (v !== 0)
        return v;
    if (x.release === null || y.release === null)
        return x.release === y.release ? 0 : x.release === null ? -1 : 1;
    return compareSegments(x.release, y.release);
}
/**
 * Whether a package of this EVR satisfies `relation bound`, as rpm's dependency matching decides it (rpmverOverlap
 * with the package as an `=` provide): a release missing on either side is not compared, so `<= 1.2` holds for
 * 1.2-3 and a release-less 1.2 matches any bound on 1.2-N.
 */
function rpmRelationHolds(relation, version, bound) {
    const x = version.segments;
    const y = bound.segments;
    let sense = compareSegments(x.epoch, y.epoch);
    if (sense === 0)
        sense = compareSegments(x.version, y.version);
    if (sense === 0) {
        if (x.release !== null && y.release !== null)
            sense = compareSegments(x.release, y.release);
        else if (bound.release !== null)
            return true;
        else if (version.release !== null)
            return relation === 'le' || relation === 'eq' || relation === 'ge';
    }
    if (sense < 0)
        return relation === 'lt' || relation === 'le';
    if (sense > 0)
        return relation === 'gt' || relation === 'ge';
    return relation === 'le' || relation === 'eq' || relation === 'ge';
}

;// CONCATENATED MODULE: ./build/ecosystems/rpm/versioning.js


// rpm's own operators are the advisory ones (< <= = >= >), so both syntaxes read the same way.
const SYNTAX = { operators: ADVISORY_OPERATORS, exact: 'eq' };
/** RPM version semantics, shared by every RPM-based purl type (rpm, cbl-mariner). */
const rpmVersioning = {
    parse: parseRpmVersion,
    compare: compareRpmVersions,
    parseRange: (text, _syntax) => parseOperatorRange(text, SYNTAX, parseRpmVersion, rpmRelationHolds),
};

;// CONCATENATED MODULE: ./build/ecosystems/rpm/index.js

/** RPM packages (purl namespace = the vendor: fedora, redhat, opensuse ...), ordered as rpm 4.18 orders EVRs. */
const rpm = {
    type: 'rpm',
    aliases: [],
    // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
    canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
    versioning: rpmVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/apk/distro.js
/**
 * Which apk-tools generation an Alpine release runs, from a purl's `distro` qualifier as SBOM tools write it:
 * syft `alpine-3.23.0`, trivy `3.23.0`, also `alpine:3.23`, `alpine 3.23`, `v3.23`. Alpine 3.23 (December 2025)
 * is the first release with apk-tools 3, and edge has run it since before that release; every earlier release
 * runs 2.x. A distro naming anything but Alpine (Wolfi, postmarketOS, Chainguard) says nothing about Alpine's
 * tools: null, and so does a text that is no release.
 */
function apkToolsOfDistro(distro) {
    const text = distro.trim().toLowerCase();
    const m = /^(?:alpine(?:linux)?[\s:_/-]*)?v?(?:(edge)|(\d{1,4})\.(\d{1,4})(?:[.\s-].*)?)$/.exec(text);
    if (!m)
        return null;
    if (m[1] === 'edge')
        return 3;
    const major = Number(m[2]);
    const minor = Number(m[3]);
    return major > 3 || (major === 3 && minor >= 23) ? 3 : 2;
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/tools2.js

/**
 * apk versions as apk-tools 2.14 reads and orders them (src/version.c at tag v2.14.10: the Gentoo-style tokenizer
 * that Alpine up to 3.22 and Wolfi run). It accepts shapes apk-tools 3 refuses (`v1.2.3`, `1.2.3.r0`, `1.2.3.-r0`,
 * `1.2.3-r0-r1`), refuses `~hash` and numbers of 18 digits or more, and orders leading zeros its own way
 * (`1.00-r1` < `1.0.5-r3`, where 3.x says >). Ported from the C, token for token; version.ts is the 3.x one.
 */
// The C enum's values: the compare's "longer wins" rule compares them, so INVALID must stay below the others.
const INVALID = -1;
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const REVISION_NO = 5;
const tools2_END = 6;
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
const tools2_isDigit = (c) => c >= 48 && c <= 57;
const isLower = (c) => c >= 97 && c <= 122;
/** next_token: the type of what follows, advancing over a separator. Returns [type, new position]. */
function nextToken(text, at, type) {
    let n = INVALID;
    const c = text.charCodeAt(at);
    if (at >= text.length || c === 0)
        n = tools2_END;
    else if ((type === DIGIT || type === DIGIT_OR_ZERO) && isLower(c))
        n = LETTER;
    else if (type === LETTER && tools2_isDigit(c))
        n = DIGIT;
    else if (type === SUFFIX && tools2_isDigit(c))
        n = SUFFIX_NO;
    else {
        if (c === 46 /* . */)
            n = DIGIT_OR_ZERO;
        else if (c === 95 /* _ */)
            n = SUFFIX;
        else if (c === 45 /* - */ && text.length - at > 1 && text[at + 1] === 'r') {
            n = REVISION_NO;
            at++;
        }
        at++;
    }
    if (n < type && !((n === DIGIT_OR_ZERO && type === DIGIT) || (n === SUFFIX && type === SUFFIX_NO) || (n === DIGIT && type === LETTER))) {
        n = INVALID;
    }
    return [n, at];
}
const startsWith = (text, at, word) => text.startsWith(word, at);
/** get_token: [value, type after, new position]. */
function getToken(text, at, type) {
    if (at >= text.length)
        return [0, tools2_END, at];
    let i = 0;
    let nt = INVALID;
    let v;
    if (type === DIGIT_OR_ZERO && text[at] === '0') {
        // Leading zeros: the number of extra zeros, negated; what follows them is then read as a digit token.
        while (at + i + 1 < text.length && text[at + i + 1] === '0')
            i++;
        nt = DIGIT;
        v = -i;
    }
    else
        switch (type) {
            case DIGIT_OR_ZERO:
            case DIGIT:
            case SUFFIX_NO:
            case REVISION_NO:
                while (at + i < text.length && tools2_isDigit(text.charCodeAt(at + i)))
                    i++;
                if (i >= 18)
                    return [-1, INVALID, at];
                v = i === 0 ? 0 : i <= 15 ? Number(text.slice(at, at + i)) : BigInt(text.slice(at, at + i));
                break;
            case LETTER:
                v = text.charCodeAt(at);
                i = 1;
                break;
            case SUFFIX: {
                const pre = PRE_SUFFIXES.findIndex((s) => startsWith(text, at, s));
                if (pre >= 0) {
                    v = pre - PRE_SUFFIXES.length;
                    i = PRE_SUFFIXES[pre].length;
                    break;
                }
                const post = POST_SUFFIXES.findIndex((s) => startsWith(text, at, s));
                if (post < 0)
                    return [-1, INVALID, at];
                v = post;
                i = POST_SUFFIXES[post].length;
                break;
            }
            default:
                return [-1, INVALID, at];
        }
    at += i;
    if (at >= text.length)
        return [v, tools2_END, at];
    if (nt !== INVALID)
        return [v, nt, at];
    const [next, after] = nextToken(text, at, type);
    return [v, next, after];
}
const MAX_APK_TOOLS2_LENGTH = 1024;
/** The token stream apk-tools 2.14 reads from a version, up to END or INVALID. */
function tokenize(text) {
    const values = [];
    const types = [DIGIT];
    let type = DIGIT;
    let at = 0;
    while (type !== tools2_END && type !== INVALID) {
        const [value, next, after] = getToken(text, at, type);
        values.push(value);
        types.push(next);
        type = next;
        at = after;
    }
    return { text, values, types };
}
/** apk_version_validate of 2.14; the empty string, which it lets through, is no version here. */
function parseApkTools2Version(text) {
    if (text.length > MAX_APK_TOOLS2_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_APK_TOOLS2_LENGTH} characters`);
    const version = tokenize(text);
    if (text === '' || version.types[version.types.length - 1] !== tools2_END) {
        return (0,result/* err */._)(`"${text}" is not a valid apk version (apk-tools 2.14 apk_version_validate)`);
    }
    return (0,result.ok)(version);
}
/**
 * apk_version_compare_blob_fuzzy of 2.14, over any text (`apk version -t` orders strings it does not validate).
 * `fuzzy` (the `~` operators) makes equal every pair whose compared tokens are equal, whichever is longer.
 */
function compareApkTools2(a, b, fuzzy = false) {
    let k = 0;
    let at = DIGIT;
    let bt = DIGIT;
    let av = 0;
    let bv = 0;
    while (at === bt && at !== tools2_END && at !== INVALID && av == bv) {
        av = a.values[k];
        bv = b.values[k];
        k++;
        at = a.types[k];
        bt = b.types[k];
    }
    if (av < bv)
        return -1;
    if (av > bv)
        return 1;
    if (at === bt || fuzzy)
        return 0;
    // Equal so far: the longer one is newer unless it goes on with a pre-release suffix (a negative suffix value).
    if (at === SUFFIX && a.values[k] < 0)
        return -1;
    if (bt === SUFFIX && b.values[k] < 0)
        return 1;
    if (at > bt)
        return -1;
    if (bt > at)
        return 1;
    return 0;
}
/** Any text as 2.14's compare reads it, valid or not (for pairs no validator accepts on both sides). */
const readApkTools2 = tokenize;

;// CONCATENATED MODULE: ./build/ecosystems/apk/tools3.js


/**
 * apk versions as apk-tools 3 reads and orders them (src/version.c at tag v3.0.6, the rewrite with `~hash` tokens
 * and 64-bit numbers that Alpine 3.23+ runs): `digit{.digit}...{letter}{_suffix{digits}}...{~hash}{-r#}`. A version
 * that its apk_version_validate refuses is an error (3.x's `apk version -t` refuses it too). tools2.ts is 2.14.
 */
// A plain object rather than a const enum, so the sources also run under Node's type stripping.
const Token = {
    InitialDigit: 0,
    Digit: 1,
    Letter: 2,
    Suffix: 3,
    SuffixNo: 4,
    CommitHash: 5,
    RevisionNo: 6,
    End: 7,
    Invalid: 8,
};
// Suffix order: pre-release suffixes below NONE (the release), post-release ones above.
const SUFFIX_NONE = 5;
const SUFFIXES = {
    alpha: 1, beta: 2, pre: 3, rc: 4, cvs: 6, svn: 7, git: 8, hg: 9, p: 10,
};
const MAX_APK_TOOLS3_LENGTH = 1024;
const tools3_isDigit = (c) => c >= 48 && c <= 57;
const tools3_isLower = (c) => c >= 97 && c <= 122;
const isHex = (c) => tools3_isDigit(c) || (c >= 97 && c <= 102);
const UINT64 = 1n << 64n;
function readNumber(digits) {
    if (digits.length <= 15)
        return Number(digits);
    return BigInt(digits) % UINT64;
}
function parseApkTools3Version(text) {
    if (text.length > MAX_APK_TOOLS3_LENGTH)
        return (0,result/* err */._)(`version is longer than ${MAX_APK_TOOLS3_LENGTH} characters`);
    const tokens = [];
    const invalid = () => (0,result/* err */._)(`"${text}" is not a valid apk version (apk-tools 3 apk_version_validate)`);
    let i = 0;
    const digits = () => {
        const start = i;
        while (i < text.length && tools3_isDigit(text.charCodeAt(i)))
            i++;
        return text.slice(start, i);
    };
    let previous = Token.InitialDigit;
    const first = digits();
    if (first === '')
        return invalid();
    tokens.push({ token: Token.InitialDigit, value: first, number: readNumber(first), suffix: 0 });
    while (i < text.length) {
        const c = text.charCodeAt(i);
        let next;
        if (tools3_isLower(c)) {
            if (previous > Token.Digit)
                return invalid();
            next = { token: Token.Letter, value: text[i], number: c, suffix: 0 };
            i++;
        }
        else if (c === 46 /* . */ || tools3_isDigit(c)) {
            if (c === 46) {
                if (previous > Token.Digit)
                    return invalid();
                i++;
            }
            let token;
            if (previous === Token.InitialDigit || previous === Token.Digit)
                token = Token.Digit;
            else if (previous === Token.Suffix)
                token = Token.SuffixNo;
            else
                return invalid();
            const value = digits();
            if (value === '')
                return invalid();
            next = { token, value, number: readNumber(value), suffix: 0 };
        }
        else if (c === 95 /* _ */) {
            if (previous > Token.SuffixNo)
                return invalid();
            const start = ++i;
            while (i < text.length && tools3_isLower(text.charCodeAt(i)))
                i++;
            const value = text.slice(start, i);
            const suffix = Object.hasOwn(SUFFIXES, value) ? SUFFIXES[value] : 0;
            if (suffix === 0)
                return invalid();
            next = { token: Token.Suffix, value, number: 0, suffix };
        }
        else if (c === 126 /* ~ */) {
            if (previous >= Token.CommitHash)
                return invalid();
            const start = ++i;
            while (i < text.length && isHex(text.charCodeAt(i)))
                i++;
            if (i === start)
                return invalid();
            next = { token: Token.CommitHash, value: text.slice(start, i), number: 0, suffix: 0 };
        }
        else if (c === 45 /* - */) {
            if (previous >= Token.RevisionNo || text[i + 1] !== 'r')
                return invalid();
            i += 2;
            const value = digits();
            if (value === '')
                return invalid();
            next = { token: Token.RevisionNo, value, number: readNumber(value), suffix: 0 };
        }
        else {
            return invalid();
        }
        tokens.push(next);
        previous = next.token;
    }
    tokens.push({ token: Token.End, value: '', number: 0, suffix: 0 });
    return (0,result.ok)({ text, tokens });
}
const tools3_order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// apk_blob_sort (bytes up to the shorter length, then the shorter first) is code-unit order on these ASCII digit runs.
const blobSort = compare_strings/* compareStrings */.K;
function tokenCompare(a, b) {
    switch (a.token) {
        case Token.Digit:
            // Gentoo's rule: a component with a leading zero compares as a string (1.02 < 1.1).
            if (a.value.charCodeAt(0) === 48 || b.value.charCodeAt(0) === 48)
                return blobSort(a.value, b.value);
            return tools3_order(a.number, b.number);
        case Token.InitialDigit:
        case Token.SuffixNo:
        case Token.RevisionNo:
        case Token.Letter:
            return tools3_order(a.number, b.number);
        case Token.Suffix:
            return tools3_order(a.suffix, b.suffix);
        default:
            return blobSort(a.value, b.value);
    }
}
/** apk_version_compare_fuzzy: with `fuzzy`, a version equals any bound it extends (`~1.2` matches 1.2.3). */
function compareApkTools3(a, b, fuzzy = false) {
    let k = 0;
    let ta = a.tokens[0];
    let tb = b.tokens[0];
    while (ta.token === tb.token && ta.token < Token.End) {
        const r = tokenCompare(ta, tb);
        if (r !== 0)
            return r;
        k++;
        ta = a.tokens[k];
        tb = b.tokens[k];
    }
    if (ta.token === tb.token)
        return 0;
    if (tb.token === Token.End && fuzzy)
        return 0;
    // Equal so far: the longer one is newer unless what it goes on with is a pre-release suffix.
    if (ta.token === Token.Suffix && ta.suffix < SUFFIX_NONE)
        return -1;
    if (tb.token === Token.Suffix && tb.suffix < SUFFIX_NONE)
        return 1;
    if (ta.token > tb.token)
        return -1;
    if (tb.token > ta.token)
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/version.js



function parseApkVersion(text) {
    const v2 = parseApkTools2Version(text);
    const v3 = parseApkTools3Version(text);
    if (!v2.ok && !v3.ok)
        return (0,result/* err */._)(`"${text}" is not a valid apk version (neither apk-tools 2.14 nor 3 accepts it)`);
    return (0,result.ok)({ text, v2: v2.ok ? v2.value : null, v3: v3.ok ? v3.value : null });
}
function compareApkVersions(a, b, fuzzy = false) {
    if (a.v2 && b.v2)
        return compareApkTools2(a.v2, b.v2, fuzzy);
    if (a.v3 && b.v3)
        return compareApkTools3(a.v3, b.v3, fuzzy);
    return compareApkTools2(a.v2 ?? readApkTools2(a.text), b.v2 ?? readApkTools2(b.text), fuzzy);
}
/**
 * The same readings ordered as apk-tools 3 orders them, for packages of a distribution that runs it (Alpine 3.23+,
 * distro.ts): both readable by 3.x: 3.x (`1.0~abc` < `1.0~abc-r1`, leading zeros compared as text, 64-bit
 * numbers); else 2.14 as in compareApkVersions, so a version apk-tools 3 refuses (`1.2.3-r0-r1`) still has a
 * place instead of silently matching nothing.
 */
function compareApkVersionsTools3First(a, b, fuzzy = false) {
    if (a.v3 && b.v3)
        return compareApkTools3(a.v3, b.v3, fuzzy);
    return compareApkVersions(a, b, fuzzy);
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/versioning.js




// A dependency's operator is a mask of the answers it accepts (apk_blob_pull_dep); `~` also makes the comparison
// fuzzy (the package version may extend the bound: `~1.2` holds for 1.2.3).
const LESS = 1;
const EQUAL = 2;
const GREATER = 4;
const FUZZY = 8;
const versioning_NATIVE = {
    operators: {
        '<': LESS, '<=': LESS | EQUAL, '=<': LESS | EQUAL, '=': EQUAL, '==': EQUAL, '>=': GREATER | EQUAL,
        '=>': GREATER | EQUAL, '>': GREATER, '~': EQUAL | FUZZY, '=~': EQUAL | FUZZY, '~=': EQUAL | FUZZY,
        '<~': LESS | EQUAL | FUZZY, '>~': GREATER | EQUAL | FUZZY,
    },
    exact: EQUAL,
};
const RELATION_MASK = { lt: LESS, le: LESS | EQUAL, eq: EQUAL, ge: GREATER | EQUAL, gt: GREATER };
const versioning_ADVISORY = {
    operators: Object.fromEntries(Object.entries(ADVISORY_OPERATORS).map(([op, relation]) => [op, RELATION_MASK[relation]])),
    exact: EQUAL,
};
function versioningOf(parse, compare) {
    const holds = (mask, version, bound) => {
        const order = compare(version, bound, (mask & FUZZY) !== 0);
        return (mask & (order < 0 ? LESS : order > 0 ? GREATER : EQUAL)) !== 0;
    };
    return {
        parse,
        compare: (a, b) => compare(a, b, false),
        parseRange: (text, syntax) => parseOperatorRange(text, syntax === 'native' ? versioning_NATIVE : versioning_ADVISORY, parse, holds),
    };
}
/** apk version semantics, shared by every apk distribution (apk = Alpine, wolfi): 2.14 and 3.x (version.ts). */
const apkVersioning = versioningOf(parseApkVersion, compareApkVersions);
/** Alpine 3.23+ (apk-tools 3): 3.x where it reads both versions, else as apkVersioning (version.ts). */
const apkTools3FirstVersioning = versioningOf(parseApkVersion, compareApkVersionsTools3First);
/** apk-tools 2.14 alone (tags v2.14.x). */
const apkTools2Versioning = versioningOf(parseApkTools2Version, compareApkTools2);
/** apk-tools 3 alone (tags v3.0.x, Alpine 3.23+). */
const apkTools3Versioning = versioningOf(parseApkTools3Version, compareApkTools3);

;// CONCATENATED MODULE: ./build/ecosystems/apk/index.js


// purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
const canonicalName = (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase();
/** Packages of an Alpine release that runs apk-tools 3 (3.23+, edge): ordered as apk-tools 3 orders them. */
const alpineTools3 = {
    type: 'apk',
    aliases: [],
    canonicalName,
    versioning: apkTools3FirstVersioning,
    variant: 'apk-tools 3',
};
/** Alpine packages (purl namespace = alpine), ordered as apk-tools orders them. */
const apk = {
    type: 'apk',
    aliases: [],
    canonicalName,
    versioning: apkVersioning,
    // Only an Alpine purl: a bare `distro=3.23.0` is Alpine's numbering only under pkg:apk/alpine.
    forPurl: (namespace, qualifiers) => {
        const distro = qualifiers['distro'];
        if (namespace?.toLowerCase() !== 'alpine' || distro === undefined)
            return undefined;
        return apkToolsOfDistro(distro) === 3 ? alpineTools3 : undefined;
    },
};

;// CONCATENATED MODULE: ./build/ecosystems/wolfi/index.js

/** Wolfi packages: apk packages (`version-rEPOCH`), so apk version semantics (the same module as apk). */
const wolfi = {
    type: 'wolfi',
    aliases: [],
    // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: apkVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/cbl-mariner/index.js

/** CBL-Mariner / Azure Linux: RPM packages, so RPM version semantics (the same module as rpm). */
const cblMariner = {
    type: 'cbl-mariner',
    aliases: [],
    // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
    canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
    versioning: rpmVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/hex/version.js

/** Longer texts are refused before any work (Hex versions are short; the limit bounds hostile input). */
const version_MAX_VERSION_LENGTH = 1024;
const version_isDigits = (s) => s.length > 0 && /^[0-9]+$/.test(s);
// `leading_zero?(<<?0, _, _::binary>>)`: a "0" followed by anything.
const leadingZero = (s) => s.length > 1 && s.charCodeAt(0) === 48;
const validIdentifier = (s) => /^[0-9A-Za-z-]*$/.test(s);
function requireDigits(s) {
    if (s === undefined || leadingZero(s) || !version_isDigits(s))
        return null;
    return BigInt(s);
}
/** optional_dot_separated: every part non-empty and made of identifier characters. */
function dotSeparated(s) {
    if (s === undefined)
        return [];
    const parts = s.split('.');
    return parts.every((p) => p !== '' && validIdentifier(p)) ? parts : null;
}
/** Version.Parser.parse_version/2; `approximate` lets the patch be missing (requirements after `~>`). */
function parseHexParts(text, approximate) {
    const plus = text.indexOf('+');
    const withPre = plus < 0 ? text : text.slice(0, plus);
    const build = plus < 0 ? undefined : text.slice(plus + 1);
    const dash = withPre.indexOf('-');
    const core = dash < 0 ? withPre : withPre.slice(0, dash);
    const preText = dash < 0 ? undefined : withPre.slice(dash + 1);
    const [majorText, minorText, patchText, next] = core.split('.');
    if (next !== undefined)
        return null;
    const major = requireDigits(majorText);
    const minor = requireDigits(minorText);
    const patch = patchText === undefined && approximate ? null : requireDigits(patchText);
    if (major === null || minor === null || (patch === null && !(patchText === undefined && approximate)))
        return null;
    const preParts = dotSeparated(preText);
    if (preParts === null || dotSeparated(build) === null)
        return null;
    const pre = [];
    for (const part of preParts) {
        if (version_isDigits(part)) {
            if (leadingZero(part))
                return null;
            pre.push(BigInt(part));
        }
        else {
            pre.push(part);
        }
    }
    return { major, minor, patch, pre };
}
function parseHexVersion(text) {
    if (text.length > version_MAX_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${version_MAX_VERSION_LENGTH} characters`);
    const parsed = parseHexParts(text, false);
    return parsed ? (0,result.ok)(parsed) : (0,result/* err */._)(`invalid Hex (Elixir) version "${text}": expected MAJOR.MINOR.PATCH[-pre][+build]`);
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Erlang term order on pre-release lists: integers before binaries, element by element, a prefix first. */
function comparePre(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x !== typeof y)
            return typeof x === 'bigint' ? -1 : 1;
        const c = cmp(x, y);
        if (c !== 0)
            return c;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
/** Version.compare/2 (build metadata ignored). A missing patch (requirements only) reads as 0, as `~>` does. */
function compareHex(a, b) {
    const c = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch ?? 0n, b.patch ?? 0n);
    if (c !== 0)
        return c;
    if (a.pre.length === 0 && b.pre.length > 0)
        return 1;
    if (a.pre.length > 0 && b.pre.length === 0)
        return -1;
    return comparePre(a.pre, b.pre);
}

;// CONCATENATED MODULE: ./build/ecosystems/hex/requirement.js



// The lexer's order: longest operators first, then " or " / " and " (with their spaces), then the deprecated
// "!=" and "!" (both mean !=).
const requirement_OPERATORS = [
    ['>=', '>='], ['<=', '<='], ['~>', '~>'], ['>', '>'], ['<', '<'], ['==', '=='], [' or ', 'or'], [' and ', 'and'],
    ['!=', '!='], ['!', '!='],
];
const isWord = (t) => typeof t === 'object';
/** Version.Parser.lexer/3, tokens in source order (Elixir's accumulator holds them reversed). */
function lex(source) {
    const acc = [];
    let buffer = '';
    // maybe_prepend_buffer: a version after a comparison operator is its operand; anywhere else it gets an implicit ==.
    const flush = () => {
        if (buffer === '')
            return;
        const head = acc[acc.length - 1];
        if (head !== undefined && !isWord(head) && head !== 'and' && head !== 'or')
            acc.push({ text: buffer });
        else
            acc.push('==', { text: buffer });
        buffer = '';
    };
    let i = 0;
    outer: while (i < source.length) {
        for (const [text, token] of requirement_OPERATORS) {
            if (source.startsWith(text, i)) {
                flush();
                acc.push(token);
                i += text.length;
                continue outer;
            }
        }
        if (source[i] === ' ')
            flush();
        else
            buffer += source[i];
        i++;
    }
    flush();
    return acc;
}
/** revert_lexed/2 + validate_requirement/2: `op version (and|or op version)*`; only `~>` may omit the patch. */
function revert(tokens) {
    const clauses = [];
    const joins = [];
    // tokens are in source order here; Elixir walks its reversed accumulator from the end, which is the same check.
    let i = tokens.length;
    for (;;) {
        const version = tokens[i - 1];
        const op = tokens[i - 2];
        if (!isWord(version) || op === undefined || isWord(op) || op === 'and' || op === 'or')
            return null;
        const parsed = parseHexParts(version.text, true);
        if (!parsed || (op !== '~>' && parsed.patch === null))
            return null;
        clauses.unshift({ op, version: parsed });
        i -= 2;
        if (i === 0)
            return { clauses, joins };
        const join = tokens[i - 1];
        if (join !== 'and' && join !== 'or')
            return null;
        joins.unshift(join);
        i -= 1;
        if (i === 0)
            return null;
    }
}
const at = (major, minor) => ({ major, minor, patch: 0n, pre: [0n] });
/** Version.Requirement.match_op?/3 with allow_pre true. */
function matchOp({ op, version: req }, v) {
    const c = compareHex(v, req);
    switch (op) {
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '~>':
            // `~> 2.0` is >= 2.0.0 and < 3.0.0-0; `~> 2.0.1` is >= 2.0.1 and < 2.1.0-0.
            return c >= 0 && compareHex(v, req.patch === null ? at(req.major + 1n, 0n) : at(req.major, req.minor + 1n)) < 0;
    }
}
/** Version.parse_requirement/1 then match?/2; `and` and `or` are evaluated as match_lexed?/3 does. */
function parseHexRequirement(source) {
    if (source.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`requirement is longer than ${MAX_RANGE_LENGTH} characters`);
    const parsed = revert(lex(source));
    if (!parsed)
        return (0,result/* err */._)(`invalid Elixir version requirement "${source}"`);
    const { clauses, joins } = parsed;
    return (0,result.ok)((v) => evaluateFrom(clauses, joins, 0, v));
}
/** match_lexed?/3: `acc and next` goes on left to right; `acc or rest` evaluates the whole rest on its own. */
function evaluateFrom(clauses, joins, start, v) {
    let acc = matchOp(clauses[start], v);
    for (let i = start; i < joins.length; i++) {
        const next = matchOp(clauses[i + 1], v);
        if (joins[i] === 'and')
            acc = acc && next;
        else
            return acc || evaluateFrom(clauses, joins, i + 1, v);
    }
    return acc;
}

;// CONCATENATED MODULE: ./build/ecosystems/hex/index.js





function hex_parseRange(text, syntax) {
    // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over Elixir's order.
    if (syntax === 'advisory')
        return parseOrderAdvisoryRange(text, parseHexVersion, compareHex);
    // native: a mix.exs requirement (`~> 1.2`, `>= 1.0.0 and < 2.0.0 or == 3.0.0`), read by Elixir's own rules.
    const requirement = parseHexRequirement(text);
    return requirement.ok ? (0,result.ok)({ text, contains: requirement.value }) : requirement;
}
const hex_versioning = { parse: parseHexVersion, compare: compareHex, parseRange: hex_parseRange };
const hex = {
    type: 'hex',
    aliases: ['hexpm'],
    // hex.pm package names are lower-case ([a-z][a-z0-9_]*; it refuses others), and the purl spec says hex names and
    // the organisation namespace "must be lowercased": lower-casing folds hand-typed spellings onto the package.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: hex_versioning,
    // packageurl-js lower-cases hex namespaces and names (purl-type.js `hex`), so only lower-case segments come back.
    plainPurl: { segment: purl_rule/* LOWER_CASE_SEGMENT */.L, namespace: 'optional' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/version.js

/** Longer texts are refused before any work; the limit bounds hostile input. */
const cocoapods_version_MAX_VERSION_LENGTH = 1024;
// Ruby's `\s` is ASCII only.
const version_isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const cocoapods_version_isDigit = (c) => c >= 48 && c <= 57;
const cocoapods_version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[0-9a-zA-Z\-]`, the characters of a dot-separated segment. */
const isWordChar = (c) => cocoapods_version_isDigit(c) || cocoapods_version_isAlpha(c) || c === 45;
/** `[0-9a-zA-Z\-\.]`, METADATA_PATTERN's characters. */
const isMetaChar = (c) => isWordChar(c) || c === 46;
function version_stripRuby(s) {
    let start = 0;
    let end = s.length;
    while (start < end && version_isSpace(s.charCodeAt(start)))
        start++;
    while (end > start && version_isSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
/** `[0-9]+(\.[0-9a-zA-Z\-]+)*`: digits, then dot-separated non-empty segments. */
function isCore(s) {
    const pieces = s.split('.');
    const first = pieces[0];
    if (first === '' || ![...first].every((c) => cocoapods_version_isDigit(c.charCodeAt(0))))
        return false;
    return pieces.every((p) => p !== '' && [...p].every((c) => isWordChar(c.charCodeAt(0))));
}
/**
 * Text between two `+` of `(VERSION_PATTERN)*`: the previous unit's metadata (non-empty) followed by the next unit's
 * core, i.e. some suffix `[0-9]+(\.[0-9a-zA-Z\-]+)*` with at least one character before it.
 */
function isMetadataThenCore(s) {
    if (![...s].every((c) => isMetaChar(c.charCodeAt(0))))
        return false;
    const pieces = s.split('.');
    // Pieces after the one the core starts in must be non-empty; the core starts at a digit ending that piece at latest.
    let lastEmpty = -1;
    pieces.forEach((p, i) => {
        if (p === '')
            lastEmpty = i;
    });
    for (let k = Math.max(lastEmpty, 0); k < pieces.length; k++) {
        const piece = pieces[k];
        if (piece === '' || !cocoapods_version_isDigit(piece.charCodeAt(piece.length - 1)))
            continue;
        if (k > 0 || piece.length > 1)
            return true;
    }
    return false;
}
/**
 * Version.correct?: `\A\s*([0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?)*\s*\z`, without a regex so the work
 * stays linear. The repetition only matters after metadata: "1.0+a1+b" is "1.0+a" then "1+b".
 */
function isPodVersionText(stripped) {
    if (stripped === '')
        return true;
    const groups = stripped.split('+');
    if (!isCore(groups[0]))
        return false;
    if (groups.length === 1)
        return true;
    const last = groups[groups.length - 1];
    if (last === '' || ![...last].every((c) => isMetaChar(c.charCodeAt(0))))
        return false;
    return groups.slice(1, -1).every(isMetadataThenCore);
}
function version_normalDigits(d) {
    let i = 0;
    while (i < d.length - 1 && d.charCodeAt(i) === 48)
        i++;
    return i === 0 ? d : d.slice(i);
}
/** `scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function version_scan(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const start = i;
        if (cocoapods_version_isDigit(text.charCodeAt(i))) {
            while (i < text.length && cocoapods_version_isDigit(text.charCodeAt(i)))
                i++;
            out.push({ n: version_normalDigits(text.slice(start, i)) });
        }
        else if (cocoapods_version_isAlpha(text.charCodeAt(i))) {
            while (i < text.length && cocoapods_version_isAlpha(text.charCodeAt(i)))
                i++;
            out.push({ s: text.slice(start, i) });
        }
        else {
            i++;
        }
    }
    return out;
}
const version_isZero = (s) => 'n' in s && s.n === '0';
/** Builds the compared parts of a valid, stripped version text. */
function buildPodVersion(text) {
    // `sub(/(\+[0-9a-zA-Z\-\.]+)$/, '')`: the leftmost match reaching the end is the last `+` group.
    const plus = text.lastIndexOf('+');
    const comparable = plus < 0 ? text : text.slice(0, plus);
    const segments = version_scan(comparable);
    const firstString = segments.findIndex((s) => 's' in s);
    const split = firstString < 0 ? segments.length : firstString;
    const numeric = segments.slice(0, split);
    while (numeric.length > 0 && version_isZero(numeric[numeric.length - 1]))
        numeric.pop();
    let prerelease = false;
    for (let i = 0; i < comparable.length && !prerelease; i++) {
        const c = comparable.charCodeAt(i);
        prerelease = cocoapods_version_isAlpha(c) || c === 45;
    }
    return { text, numeric, pre: segments.slice(split), segments, prerelease };
}
function parsePodVersion(input) {
    if (input.length > cocoapods_version_MAX_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${cocoapods_version_MAX_VERSION_LENGTH} characters`);
    const stripped = version_stripRuby(input);
    if (!isPodVersionText(stripped))
        return (0,result/* err */._)(`invalid CocoaPods version "${input}"`);
    return (0,result.ok)(buildPodVersion(stripped));
}
const version_compareDigits = (a, b) => a.length !== b.length ? (a.length < b.length ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
/** Ruby `<=>` on two segments; mixed kinds give nil, which compare_segments settles with a number first. */
function version_compareSegment(a, b) {
    if ('n' in a)
        return 'n' in b ? version_compareDigits(a.n, b.n) : -1;
    if ('n' in b)
        return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}
/** compare_segments' inner proc: a missing segment is smaller, except first in the pre-release part (a release). */
function version_compareLists(x, y, prerelease) {
    const limit = Math.max(x.length, y.length);
    for (let i = 0; i < limit; i++) {
        const lhs = x[i];
        const rhs = y[i];
        if (lhs === undefined)
            return prerelease && i === 0 ? 1 : -1;
        if (rhs === undefined)
            return prerelease && i === 0 ? -1 : 1;
        const c = version_compareSegment(lhs, rhs);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Pod::Version#compare_segments: what `==`, `>=`, `<=` and `!=` use; 0 for "1.0" and "1.0.0+build". */
function comparePod(a, b) {
    if (a.text === b.text)
        return 0;
    const numeric = version_compareLists(a.numeric, b.numeric, false);
    return numeric !== 0 ? numeric : version_compareLists(a.pre, b.pre, true);
}
/** Pod::Version#<=>: compare_segments, ties broken by the text; what `<`, `>` (Comparable) and sorting use. */
function comparePodStrict(a, b) {
    const c = comparePod(a, b);
    if (c !== 0)
        return c;
    // Ruby String#<=> compares bytes; for these ASCII texts UTF-16 code units agree.
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/requirement.js


// Longest first: the PATTERN's alternation backtracks to the operator that leaves a version behind.
const cocoapods_requirement_OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'];
/** A single `[0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?` (no repetition in Requirement::PATTERN). */
function isSingleVersion(s) {
    const plus = s.indexOf('+');
    const core = plus < 0 ? s : s.slice(0, plus);
    const meta = plus < 0 ? null : s.slice(plus + 1);
    const pieces = core.split('.');
    if (!/^[0-9]+$/.test(pieces[0]))
        return false;
    if (!pieces.every((p) => /^[0-9a-zA-Z-]+$/.test(p)))
        return false;
    return meta === null || /^[0-9a-zA-Z.-]+$/.test(meta);
}
// `segments.pop while segments.any? { |s| String === s }` keeps exactly the part before the first string.
function requirement_numericPrefix(segments) {
    const out = [];
    for (const s of segments) {
        if (!('n' in s))
            break;
        out.push(s.n);
    }
    return out;
}
/** Gem::Version#release as Pod::Version inherits it (with Pod's own `prerelease?` and `segments`). */
function requirement_releaseOf(v) {
    return v.prerelease ? buildPodVersion(requirement_numericPrefix(v.segments).join('.')) : v;
}
/** Gem::Version#bump: drop strings and the last number, add one to the new last number. */
function requirement_bumpOf(v) {
    const segments = requirement_numericPrefix(v.segments);
    if (segments.length > 1)
        segments.pop();
    const last = segments[segments.length - 1];
    // Ruby raises (nil.succ) for a version without numbers; only "" is one, and no requirement can hold it.
    if (last === undefined)
        return null;
    segments[segments.length - 1] = (BigInt(last) + 1n).toString();
    return buildPodVersion(segments.join('.'));
}
function parsePodRequirement(text) {
    const stripped = version_stripRuby(text);
    const operator = cocoapods_requirement_OPERATORS.find((op) => stripped.startsWith(op) && isSingleVersion(version_stripRuby(stripped.slice(op.length))));
    const rest = operator ? version_stripRuby(stripped.slice(operator.length)) : stripped;
    if (!operator && !isSingleVersion(rest))
        return (0,result/* err */._)(`invalid CocoaPods requirement "${text}"`);
    const r = buildPodVersion(rest);
    switch (operator ?? '=') {
        case '=':
            return (0,result.ok)((v) => comparePod(v, r) === 0);
        case '!=':
            return (0,result.ok)((v) => comparePod(v, r) !== 0);
        // `>` and `<` come from Comparable, so they see <=> and its tie-break by text ("1.0.0" > "1.0").
        case '>':
            return (0,result.ok)((v) => comparePodStrict(v, r) > 0);
        case '<':
            return (0,result.ok)((v) => comparePodStrict(v, r) < 0);
        case '>=':
            return (0,result.ok)((v) => comparePod(v, r) >= 0);
        case '<=':
            return (0,result.ok)((v) => comparePod(v, r) <= 0);
        default: {
            const bump = requirement_bumpOf(r);
            return (0,result.ok)((v) => comparePod(v, r) >= 0 && bump !== null && comparePodStrict(requirement_releaseOf(v), bump) < 0);
        }
    }
}
/** Pod::Requirement.new(*list): every requirement must hold; none at all means `>= 0`. */
function parsePodRequirementList(parts) {
    const tests = [];
    for (const part of parts) {
        const parsed = parsePodRequirement(part);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return (0,result.ok)((v) => tests.every((t) => t(v)));
}

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/index.js





// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const cocoapods_CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;
/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function cocoapods_splitConstraints(text) {
    const out = [];
    for (const piece of text.split(',')) {
        cocoapods_CONSTRAINT.lastIndex = 0;
        let count = 0;
        while (cocoapods_CONSTRAINT.lastIndex < piece.length) {
            const m = cocoapods_CONSTRAINT.exec(piece);
            if (!m)
                return undefined;
            out.push(`${m[1] ?? '='} ${m[2]}`);
            count++;
        }
        if (count === 0)
            return undefined;
    }
    return out;
}
function cocoapods_parseRange(text, syntax) {
    if (text.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    if (syntax === 'native') {
        // `Pod::Requirement.new(*text.split(",", -1))`: a Podfile / Podfile.lock requirement list ("~> 1.0, < 1.5").
        const list = parsePodRequirementList(text === '' ? [] : text.split(','));
        return list.ok ? (0,result.ok)({ text, contains: list.value }) : list;
    }
    // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives, each a requirement list.
    const alternatives = [];
    for (const part of text.split('||')) {
        const constraints = cocoapods_splitConstraints(part);
        const list = constraints ? parsePodRequirementList(constraints) : undefined;
        if (!list?.ok) {
            const why = list && !list.ok ? `: ${list.error}` : ': an empty or malformed alternative';
            return (0,result/* err */._)(`invalid cocoapods affected_range "${text}"${why}`);
        }
        alternatives.push(list.value);
    }
    return (0,result.ok)({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const cocoapods_versioning = { parse: parsePodVersion, compare: comparePod, parseRange: cocoapods_parseRange };
const cocoapods = {
    type: 'cocoapods',
    aliases: [],
    // Pod names are case-sensitive (trunk and the Specs repo key pods by exact name; the purl spec says so too). A
    // subspec "Firebase/Core" is part of the pod "Firebase": CocoaPods resolves, versions and locks it as that pod
    // (Specification#root_name), and the purl writes it as the subpath of pkg:cocoapods/Firebase.
    canonicalName: (_namespace, name) => {
        const slash = name.indexOf('/');
        return slash < 0 ? name : name.slice(0, slash);
    },
    versioning: cocoapods_versioning,
    // packageurl-js keeps cocoapods names as written (no normalisation for the type); no namespace.
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cran/version.js

/** Longer texts are refused before any work; the limit bounds hostile input. */
const cran_version_MAX_VERSION_LENGTH = 1024;
const version_INT_MAX = 2147483647;
// `^([[:digit:]]+[.-]){1,}[[:digit:]]+$` (valid_package_version); linear, no backtracking.
const PACKAGE_VERSION = /^[0-9]+(?:[.-][0-9]+)+$/;
function parseCranVersion(text) {
    if (text.length > cran_version_MAX_VERSION_LENGTH)
        return (0,result/* err */._)(`version is longer than ${cran_version_MAX_VERSION_LENGTH} characters`);
    if (!PACKAGE_VERSION.test(text))
        return (0,result/* err */._)(`invalid R package version "${text}": expected numbers separated by "." or "-", at least two`);
    const components = [];
    for (const digits of text.split(/[.-]/)) {
        // as.integer(): leading zeros are fine, a value beyond 2^31-1 is NA.
        const trimmed = digits.replace(/^0+(?=.)/, '');
        if (trimmed.length > 10 || Number(trimmed) > version_INT_MAX)
            return (0,result/* err */._)(`R package version "${text}" has a number larger than R's integers`);
        components.push(Number(trimmed));
    }
    return (0,result.ok)({ text, components });
}
/** Ops.numeric_version: component by component, zeros where one version is shorter. */
function compareCran(a, b) {
    const n = Math.max(a.components.length, b.components.length);
    for (let i = 0; i < n; i++) {
        const x = a.components[i] ?? 0;
        const y = b.components[i] ?? 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/cran/index.js




const cran_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);
// tools:::.split_op_version's second pattern, `[[:space:]]*([[<>=!]+)[[:space:]]+(.*)`, where only a match at the
// start leaves a usable operator (anything before it would become part of the operator).
const CONDITION = /^[ \t\n\v\f\r]*([[<>=!]+)[ \t\n\v\f\r]+([^]*)$/;
function cran_holds(op, order) {
    switch (op) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '==':
            return order === 0;
        case '!=':
            return order !== 0;
    }
}
/**
 * One condition as a DESCRIPTION dependency writes it in parentheses (`>= 1.2-3`), read as
 * tools:::.split_op_version("pkg (<condition>)") reads it: up to the first `)`, an operator, spaces, a version.
 */
function parseCondition(part) {
    const close = part.indexOf(')');
    const inside = close < 0 ? part : part.slice(0, close);
    const m = inside === '' ? null : CONDITION.exec(inside);
    if (!m || !cran_OPS.has(m[1]))
        return (0,result/* err */._)(`"${part}" is not an R dependency condition ("op version", e.g. ">= 1.2-3")`);
    const version = parseCranVersion(m[2]);
    if (!version.ok)
        return version;
    const op = m[1];
    const target = version.value;
    return (0,result.ok)((v) => cran_holds(op, compareCran(v, target)));
}
function cran_parseRange(text, syntax) {
    // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over R's order.
    if (syntax === 'advisory')
        return parseOrderAdvisoryRange(text, parseCranVersion, compareCran);
    if (text.length > MAX_RANGE_LENGTH)
        return (0,result/* err */._)(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    // native: conditions joined by commas, each as written inside a dependency's parentheses (`>= 1.0, < 2.0`).
    const tests = [];
    for (const part of text.split(',')) {
        const condition = parseCondition(part);
        if (!condition.ok)
            return (0,result/* err */._)(`invalid R version range "${text}": ${condition.error}`);
        tests.push(condition.value);
    }
    return (0,result.ok)({ text, contains: (v) => tests.every((t) => t(v)) });
}
const cran_versioning = { parse: parseCranVersion, compare: compareCran, parseRange: cran_parseRange };
const cran = {
    type: 'cran',
    aliases: [],
    // As-is: R package names are case-sensitive (library(), install.packages() and CRAN's package index match them
    // exactly, and the purl spec keeps them so), so folding case would merge different packages.
    canonicalName: (_namespace, name) => name,
    versioning: cran_versioning,
    // packageurl-js keeps cran names as written; it requires a version, which a plain purl always has.
    plainPurl: { segment: purl_rule/* CASED_SEGMENT */.J, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/bioconductor/index.js

/**
 * Bioconductor R packages (`pkg:bioconductor/Biobase@2.64.0`, as renv.lock's `Source: Bioconductor`, OSV's
 * "Bioconductor" ecosystem and SBOM tools write them; the purl-spec type list has no definition of its own yet).
 * They are R packages installed by the same R: names as-is (case-sensitive, no namespace) and versions compared as
 * R's package_version, which is what cran's module implements, so its versioning is reused rather than copied.
 * Bioconductor's x.y.z numbering (odd y in devel) is a release convention, not a different order.
 */
const bioconductor = {
    type: 'bioconductor',
    aliases: [],
    canonicalName: cran.canonicalName,
    versioning: cran.versioning,
    plainPurl: cran.plainPurl,
};

;// CONCATENATED MODULE: ./build/ecosystems/registry.js




















/** The one list of ecosystems. A conformance test checks every module under src/ecosystems/ is here. */
const ecosystems = [
    npm/* npm */.w, pypi, maven, gem, golang, nuget, composer, cargo, conan, swift, pub, deb, rpm, apk, wolfi, cblMariner,
    hex, cocoapods, cran, bioconductor,
];
const byName = new Map();
for (const ecosystem of ecosystems) {
    for (const name of [ecosystem.type, ...ecosystem.aliases])
        byName.set(name.toLowerCase(), ecosystem);
}
/** The ecosystem for a purl type or registry alias (packagist, rubygem, go); undefined when unsupported. */
function ecosystemFor(typeOrAlias) {
    return byName.get(typeOrAlias.toLowerCase());
}


/***/ }),

/***/ 40582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CASED_SEGMENT),
/* harmony export */   L: () => (/* binding */ LOWER_CASE_SEGMENT)
/* harmony export */ });
/** Segments of types whose names packageurl-js lower-cases: only lower-case segments come back unchanged. */
const LOWER_CASE_SEGMENT = /^[a-z0-9][a-z0-9._~-]*$/;
/** Segments of types whose names keep their case. */
const CASED_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;


/***/ }),

/***/ 88074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ parseSemVer2),
/* harmony export */   mU: () => (/* binding */ compareNumericText),
/* harmony export */   wc: () => (/* binding */ compareSemVer2)
/* harmony export */ });
/* unused harmony export comparePrerelease */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46305);
/* harmony import */ var _model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26582);


const isDigits = (s) => s.length > 0 && /^[0-9]+$/.test(s);
const isIdentifier = (s) => s.length > 0 && /^[0-9A-Za-z-]+$/.test(s);
/** Numeric identifiers of any size, compared without converting (a 30-digit pre-release number is valid). */
function compareNumericText(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return (0,_model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a, b);
}
function parseSemVer2(text) {
    const plus = text.indexOf('+');
    const beforeBuild = plus < 0 ? text : text.slice(0, plus);
    const dash = beforeBuild.indexOf('-');
    const core = dash < 0 ? beforeBuild : beforeBuild.slice(0, dash);
    const parts = core.split('.');
    if (parts.length !== 3)
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}" is not MAJOR.MINOR.PATCH`);
    for (const part of parts) {
        if (!isDigits(part))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}": "${part}" is not a number`);
        if (part.length > 1 && part.startsWith('0'))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}": "${part}" has a leading zero`);
    }
    const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
    for (const id of pre) {
        if (!isIdentifier(id))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}": pre-release identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
        if (isDigits(id) && id.length > 1 && id.startsWith('0'))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}": pre-release number "${id}" has a leading zero`);
    }
    const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
    for (const id of build) {
        if (!isIdentifier(id))
            return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`"${text}": build identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
    }
    const [major, minor, patch] = parts;
    return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ major, minor, patch, pre, build });
}
/** Spec item 11: numeric identifiers numerically, numeric before alphanumeric, ASCII order, longer set wins a tie. */
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        const xn = isDigits(x);
        const yn = isDigits(y);
        if (xn && yn)
            return compareNumericText(x, y);
        if (xn !== yn)
            return xn ? -1 : 1;
        return (0,_model_compare_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(x, y);
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function compareSemVer2(a, b) {
    return (compareNumericText(a.major, b.major) ||
        compareNumericText(a.minor, b.minor) ||
        compareNumericText(a.patch, b.patch) ||
        comparePrerelease(a.pre, b.pre));
}


/***/ }),

/***/ 26582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
/** Code-unit order, so output does not depend on the machine's locale (localeCompare would). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
