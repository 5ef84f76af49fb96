export const id = 471;
export const ids = [471];
export const modules = {

/***/ 86471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabReport: () => (/* binding */ gitlabReport)
/* harmony export */ });
/* unused harmony exports GITLAB_SCHEMA_VERSION, uuidOf, cvssVectors */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58508);

const GITLAB_SCHEMA_VERSION = '15.2.1';
const SEVERITY = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info', unknown: 'Unknown' };
const KIND_NAMES = {
    vulnerability: 'Vulnerable dependency',
    'checksum-changed': 'Dependency checksum changed',
    'source-changed': 'Dependency registry changed',
    'dependency-policy': 'Denied dependency',
    'license-policy': 'Licence policy violation',
};
/** GitLab wants a UUID per vulnerability; the finding's fingerprint (32 hex digits) written as one stays stable. */
function uuidOf(id) {
    const hex = id.padEnd(32, '0').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const httpUrl = (url) => (url && /^(https?|ftp):\/\/.+/.test(url) ? url : null);
/**
 * `--gitlab-report`: a dependency scanning security report (schema 15.2.1) so findings reach GitLab's security
 * dashboard and merge request widget. Supply-chain kinds carry an identifier of their own type
 * (`depindex-checksum-changed` ...) holding the rule. Suppressed findings are kept, flagged with the exception.
 * No `dependency_files`: 15.x reports do not carry them. CVSS vectors go in `cvss_vectors` (cvssVectors below).
 */
function gitlabReport(findings, options) {
    const time = options.now.toISOString().slice(0, 19);
    const tool = { id: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l, name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x, vendor: { name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l } };
    const report = {
        version: GITLAB_SCHEMA_VERSION,
        schema: `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/dependency-scanning-report-format.json`,
        scan: { analyzer: tool, scanner: tool, type: 'dependency_scanning', start_time: time, end_time: time, status: 'success' },
        vulnerabilities: findings.map(vulnerability),
        remediations: [],
    };
    return JSON.stringify(report, null, 2) + '\n';
}
/** The vector shapes schema 15.2.1 accepts: v2 without a prefix, and v3.0 / v3.1. It has none for v4. */
const V2 = /^AV:[LAN]\/AC:[HML]\/Au:[MSN]\//;
const V3 = /^CVSS:3\.[01]\//;
/**
 * `cvss_vectors`: the advisory's v3.x vectors first (the first is the one GitLab sorts and filters by, and v3 is
 * what its own analyzers put there), then v2; at most the 10 the schema allows. v4 vectors are left out because
 * the schema has no form for them; an advisory with only v4 then has no `cvss_vectors` and GitLab uses `severity`.
 * The vendor is the advisory's source (osv, glad, the input report), "unknown" (the schema's default) without one.
 */
function cvssVectors(cvss, source) {
    const v2 = cvss.map((c) => c.vector.trim().replace(/^\(?CVSS:2\.0\//, '').replace(/\)$/, '')).filter((v) => V2.test(v));
    const v3 = cvss.map((c) => c.vector.trim()).filter((v) => V3.test(v));
    const vendor = source && source.trim() !== '' ? source.trim() : 'unknown';
    return [...new Set([...v3, ...v2])].filter((v) => v.length <= 128).slice(0, 10).map((vector) => ({ vendor, vector }));
}
function vulnerability(f) {
    const identifiers = f.advisory && f.advisory.identifiers.length > 0
        ? f.advisory.identifiers.map((i) => ({ type: i.type || 'other', name: i.name || i.value, value: i.value, ...(httpUrl(i.url) ? { url: i.url } : {}) }))
        : [{ type: `depindex-${f.kind}`, name: `${KIND_NAMES[f.kind]} (${f.rule ?? f.kind})`, value: f.rule ?? f.kind }];
    if (f.advisory && f.advisory.identifiers.length === 0)
        identifiers.unshift({ type: 'other', name: f.advisory.id, value: f.advisory.id });
    const links = [httpUrl(f.advisory?.url)].filter((u) => u !== null).map((url) => ({ url }));
    const vectors = f.advisory ? cvssVectors(f.advisory.cvss, f.advisory.source) : [];
    return {
        id: uuidOf(f.id),
        name: (f.advisory?.title ?? KIND_NAMES[f.kind]).slice(0, 255),
        description: f.message,
        severity: SEVERITY[f.severity],
        ...(f.fixedVersions.length > 0 ? { solution: `Upgrade to ${f.fixedVersions.join(', ')}.`.slice(0, 7000) } : {}),
        identifiers,
        ...(links.length > 0 ? { links } : {}),
        ...(vectors.length > 0 ? { cvss_vectors: vectors } : {}),
        ...(f.suppressed
            ? { flags: [{ type: 'flagged-as-likely-false-positive', origin: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l, description: `suppressed by an exception: ${f.suppressedBy ?? ''}`.trim() }] }
            : {}),
        location: {
            file: f.file || 'unknown',
            dependency: {
                package: { name: f.name },
                version: f.version,
                ...(f.introducedBy.length > 0 ? { direct: f.introducedBy.includes(f.purl) } : {}),
            },
        },
    };
}


/***/ })

};
