export const id = 783;
export const ids = [783];
export const modules = {

/***/ 87783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarifReport: () => (/* binding */ sarifReport)
/* harmony export */ });
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36939);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58508);


const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
    unknown: 'warning',
};
/** GitHub code scanning reads `security-severity` (0-10) from a rule's properties to rank alerts. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0', unknown: '5.0' };
/** The rule a finding belongs to: its advisory for vulnerabilities, else the check or the policy rule. */
function ruleIdOf(f) {
    if (f.advisory)
        return f.advisory.id;
    return f.rule ?? f.kind;
}
/**
 * `--sarif`: SARIF 2.1.0 for GitHub code scanning: one rule per check, policy rule or advisory, one result per
 * finding located in its dependency file, `partialFingerprints` from the stable id (so alerts follow the
 * finding across runs), suppressed findings carrying a SARIF suppression with the exception's reason.
 */
function sarifReport(findings) {
    // A rule's security-severity is its most severe finding's: a policy rule with one critical finding among
    // low ones ranks as critical. Severities rank in the model's order (SEVERITIES), `unknown` last.
    const rules = new Map();
    for (const f of findings) {
        const id = ruleIdOf(f);
        const known = rules.get(id);
        if (!known)
            rules.set(id, { finding: f, index: rules.size, severity: f.severity });
        else if (rank(f.severity) < rank(known.severity))
            known.severity = f.severity;
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
                        informationUri: 'https://github.com/depindex/depindex',
                        rules: [...rules.entries()].map(([id, { finding, severity }]) => rule(id, finding, severity)),
                    },
                },
                results: findings.map((f) => result(f, rules.get(ruleIdOf(f))?.index ?? 0)),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
/** Position in SEVERITIES with `unknown` (last there) kept last: lower is more severe. */
const rank = (severity) => _model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .o.indexOf(severity);
function rule(id, f, severity) {
    const name = f.advisory ? (f.advisory.title ?? f.advisory.id) : (f.rule ?? f.kind);
    return {
        id,
        name: f.kind.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: name.slice(0, 1000) || id },
        ...(f.advisory?.url && /^https?:\/\//.test(f.advisory.url) ? { helpUri: f.advisory.url } : {}),
        properties: { tags: ['supply-chain', f.kind], 'security-severity': SECURITY_SEVERITY[severity] },
    };
}
function result(f, ruleIndex) {
    return {
        ruleId: ruleIdOf(f),
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: { artifactLocation: { uri: encodeURI(f.file || 'unknown') } },
                logicalLocations: [{ name: `${f.name}@${f.version}`, fullyQualifiedName: f.purl || f.name, kind: 'package' }],
            },
        ],
        partialFingerprints: { 'depindexFindingId/v1': f.id },
        // Per result too: the rule's value is its highest, each alert keeps its own.
        properties: { kind: f.kind, severity: f.severity, 'security-severity': SECURITY_SEVERITY[f.severity], new: f.new, purl: f.purl, introducedBy: f.introducedBy },
        ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppressedBy ?? 'exception in .depindex.yml' }] } : {}),
    };
}


/***/ })

};
