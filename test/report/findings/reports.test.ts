import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/run.js';
import { cvssScore } from '../../../src/metadata/match/cvss.js';
import type { Finding } from '../../../src/model/finding.js';
import { gitlabReport, uuidOf } from '../../../src/report/findings/gitlab.js';
import { findingsJson } from '../../../src/report/findings/json.js';
import { sarifReport } from '../../../src/report/findings/sarif.js';
import { configOf, external, scanOf } from '../../checks/support.js';

const schemas = new URL('../../../../shared/fixtures/schemas/', import.meta.url);
const readJson = (url: URL): object => JSON.parse(readFileSync(url, 'utf8')) as object;

/** Findings of every kind the input and policies give: a real GitLab DS report plus a real lock file. */
let findings: Finding[];
beforeAll(async () => {
  const scan = await scanOf(external, 'defectdojo-django-DefectDojo/gitlab_dep_scan/gl-dependency-scanning-report-many-vuln_v15.json', 'create-react-app/package-lock.json');
  const config = configOf(`licenses:
  allow: [MIT]
dependencies:
  deny:
    - purl: pkg:npm/react-dom
      reason: "<script>alert(1)</script> | pipe"
exceptions:
  - purl: pkg:npm/scheduler
    reason: accepted
registries:
  private-packages: ["pkg:npm/scheduler"]
`);
  findings = runChecks({ sets: scan.sets, config, reported: scan.vulnerabilities, previous: null, now: new Date() }, null);
});

describe('findings reports', () => {
  it('has findings of several kinds to report', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['vulnerability', 'dependency-policy', 'source-changed', 'license-policy']));
    expect(findings.some((f) => f.suppressed)).toBe(true);
  });

  it('the GitLab report validates against the dependency scanning schema 15.2.1', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(readJson(new URL('gitlab/15.2.1/dependency-scanning-report-format.json', schemas)));
    const report = JSON.parse(gitlabReport(findings, { now: new Date('2026-01-02T03:04:05.678Z') })) as { vulnerabilities: { id: string; identifiers: { type: string }[]; flags?: unknown[] }[]; scan: { start_time: string } };
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.scan.start_time).toBe('2026-01-02T03:04:05');
    expect(report.vulnerabilities.map((v) => v.id)).toEqual(findings.map((f) => uuidOf(f.id)));
    // Supply-chain kinds carry identifiers of their own type; advisories keep theirs.
    const types = new Set(report.vulnerabilities.flatMap((v) => v.identifiers.map((i) => i.type)));
    expect(types).toContain('depindex-dependency-policy');
    expect(types).toContain('cve');
    expect(report.vulnerabilities.filter((v) => v.flags).length).toBe(findings.filter((f) => f.suppressed).length);
  });

  it('the GitLab report carries the advisories\' CVSS v2 and v3 vectors as cvss_vectors, v3 first, and leaves v4 out', () => {
    // Real vectors: every CVSS severity of the OSV npm and Maven records in ../shared/fixtures/advisories.
    const dir = new URL('../../../../shared/fixtures/advisories/osv/', import.meta.url);
    const records = ['npm', 'Maven'].flatMap((eco) =>
      readdirSync(new URL(`${eco}/`, dir)).map((name) => readJson(new URL(`${eco}/${name}`, dir)) as { id: string; severity?: { type: string; score: string }[] }),
    );
    const rated = records.filter((r) => (r.severity ?? []).some((s) => s.type.startsWith('CVSS_')));
    expect(rated.length).toBeGreaterThan(10);
    expect(rated.some((r) => r.severity?.some((s) => s.type === 'CVSS_V4'))).toBe(true);
    // A v2 vector as NVD writes them (FIRST's CVSS v2 guide, CVE-2002-0392), which OSV records do not carry.
    const v2 = 'AV:N/AC:L/Au:N/C:N/I:N/A:C';
    const base = findings.find((f) => f.kind === 'vulnerability') as Finding;
    const rows = rated.map((r, i): Finding => ({
      ...base,
      id: `${i}`.padStart(32, 'a'),
      advisory: { id: r.id, identifiers: [], title: null, cvss: [...(i === 0 ? [cvssScore(v2)] : []), ...(r.severity ?? []).map((s) => cvssScore(s.score))], source: 'osv', epss: null, knownExploited: null, url: null },
    }));
    const ajv = new Ajv({ strict: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(readJson(new URL('gitlab/15.2.1/dependency-scanning-report-format.json', schemas)));
    const report = JSON.parse(gitlabReport(rows, { now: new Date() })) as { vulnerabilities: { cvss_vectors?: { vendor: string; vector: string }[] }[] };
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    rated.forEach((r, i) => {
      const got = (report.vulnerabilities[i]?.cvss_vectors ?? []).map((c) => c.vector);
      const v3 = (r.severity ?? []).filter((s) => s.type === 'CVSS_V3').map((s) => s.score);
      expect(got, r.id).toEqual([...new Set([...v3, ...(i === 0 ? [v2] : [])])]);
      expect(got.some((v) => v.startsWith('CVSS:4')), r.id).toBe(false);
      if (got.length > 0) expect(report.vulnerabilities[i]?.cvss_vectors?.[0]?.vendor).toBe('osv');
    });
  });

  it('the SARIF log validates against SARIF 2.1.0, one rule per check, rule or advisory', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(readJson(new URL('sarif/sarif-sdk-sarif-2.1.0.json', schemas)));
    const log = JSON.parse(sarifReport(findings)) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; suppressions?: unknown[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run] = log.runs;
    const ruleIds = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(new Set(ruleIds)).toEqual(new Set(findings.map((f) => f.advisory?.id ?? f.rule)));
    for (const r of run?.results ?? []) expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
    expect(run?.results.filter((r) => r.suppressions).length).toBe(findings.filter((f) => f.suppressed).length);
  });

  it('a SARIF rule ranks by its most severe finding; each result carries its own security-severity', () => {
    const policy = findings.find((f) => f.kind === 'dependency-policy');
    if (!policy) throw new Error('no dependency-policy finding');
    const mixed: Finding[] = [
      { ...policy, id: 'a', severity: 'low' },
      { ...policy, id: 'b', severity: 'critical' },
      { ...policy, id: 'c', severity: 'medium' },
    ];
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(readJson(new URL('sarif/sarif-sdk-sarif-2.1.0.json', schemas)));
    type Log = { runs: { tool: { driver: { rules: { properties: Record<string, string> }[] } }; results: { properties: Record<string, string> }[] }[] };
    const log = JSON.parse(sarifReport(mixed)) as Log;
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run] = log.runs;
    expect(run?.tool.driver.rules).toHaveLength(1);
    // GitHub's documented bands: critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9.
    expect(Number(run?.tool.driver.rules[0]?.properties['security-severity'])).toBeGreaterThan(9);
    const perResult = run?.results.map((r) => Number(r.properties['security-severity'])) ?? [];
    expect(perResult[0]).toBeLessThan(4);
    expect(perResult[1]).toBeGreaterThan(9);
    expect(perResult[2]).toBeGreaterThanOrEqual(4);
    expect(perResult[2]).toBeLessThan(7);
  });

  it('the findings JSON has the documented contract', () => {
    const json = JSON.parse(findingsJson('fail', findings)) as { verdict: string; findings: Record<string, unknown>[] };
    expect(json.verdict).toBe('fail');
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'kind', 'severity', 'new', 'suppressed', 'file', 'purl', 'name', 'version', 'message', 'rule', 'advisory', 'fixedVersions', 'introducedBy']));
      expect(['critical', 'high', 'medium', 'low', 'info', 'unknown']).toContain(f.severity);
    }
  });
});
