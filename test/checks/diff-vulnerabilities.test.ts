import { describe, expect, it } from 'vitest';
import { diffSets } from '../../src/checks/diff.js';
import { withReportedVulnerabilities } from '../../src/checks/diff-vulnerabilities.js';
import type { ReportedVulnerability } from '../../src/model/vulnerability.js';
import { dep, set } from './dependency-sets.js';

const reported = (packageName: string, version: string, cve: string): ReportedVulnerability => ({
  id: null, name: null, severity: 'High', identifiers: [{ type: 'cve', name: cve, value: cve, url: null }],
  file: 'package-lock.json', packageName, version, solution: null,
});

describe('withReportedVulnerabilities', () => {
  const base = [set('package-lock.json', [dep('npm', 'qs', '6.0.0'), dep('npm', 'old', '1.0.0')])];
  const head = [set('package-lock.json', [dep('npm', 'qs', '6.1.0'), dep('npm', 'fresh', '2.0.0')])];
  const diff = diffSets('main', base, head);
  const row = (d: typeof diff, kind: 'added' | 'removed'): unknown => d.files[0]?.[kind][0]?.vulnerabilities;

  it('with both reports: new with the upgrade, fixed by it, and fixed by a removal', () => {
    const out = withReportedVulnerabilities(diff, {
      head: [reported('qs', '6.1.0', 'CVE-NEW'), reported('fresh', '2.0.0', 'CVE-F')],
      base: [reported('qs', '6.0.0', 'CVE-OLD'), reported('old', '1.0.0', 'CVE-GONE')],
    });
    expect(out.files[0]?.changed[0]?.dependency.vulnerabilities).toEqual({
      now: [{ id: 'CVE-NEW', severity: 'High' }], new: [{ id: 'CVE-NEW', severity: 'High' }], fixed: [{ id: 'CVE-OLD', severity: 'High' }],
    });
    expect(row(out, 'added')).toEqual({ now: [{ id: 'CVE-F', severity: 'High' }], new: [{ id: 'CVE-F', severity: 'High' }], fixed: [] });
    expect(row(out, 'removed')).toEqual({ now: [], new: [], fixed: [{ id: 'CVE-GONE', severity: 'High' }] });
  });

  it('without a base report (a base from the index): what affects a changed row now, newness unclaimed', () => {
    const out = withReportedVulnerabilities(diff, { head: [reported('qs', '6.1.0', 'CVE-Q'), reported('fresh', '2.0.0', 'CVE-F')], base: null });
    expect(out.files[0]?.changed[0]?.dependency.vulnerabilities).toEqual({ now: [{ id: 'CVE-Q', severity: 'High' }], new: null, fixed: null });
    // An added dependency was not there before: what affects it is new whatever the base report.
    expect(row(out, 'added')).toEqual({ now: [{ id: 'CVE-F', severity: 'High' }], new: [{ id: 'CVE-F', severity: 'High' }], fixed: [] });
    expect(row(out, 'removed')).toBeUndefined();
  });

  it('leaves a diff without reported vulnerabilities as it is', () => {
    expect(withReportedVulnerabilities(diff, { head: [], base: null })).toBe(diff);
  });
});
