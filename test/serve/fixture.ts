import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Finding } from '../../src/model/finding.js';
import type { ScanContext, Store } from '../../src/store/store.js';
import { dep, scan, set } from '../store/behaviour.js';

export const T1 = '2026-11-01T08:00:00.000Z';
export const T2 = '2026-11-10T08:00:00.000Z';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * The index the serve tests read: two projects of one group and one outside it, a feature branch, a tag, and
 * text a page must escape. Expected answers in the tests are written by hand from these scans.
 */
export async function writeFixture(store: Store): Promise<void> {
  await must(store.writeScan(scan('acme/web/shop', 'main', T1, 'aaaa111'), [
    {
      ...set('package-lock.json', [
        dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] }),
        dep({ type: 'npm', name: 'jest', version: '29.7.0', development: true, introduced: true, licenses: ['MIT'] }),
        dep({ type: 'npm', name: 'left-pad', version: '1.3.0', introduced: false, licenses: ['WTFPL'], checksums: { 'SHA-512': 'ab'.repeat(64) } }),
      ]),
      // Both introduced packages bring left-pad in (the why endpoint's paths).
      graph: { edges: new Map([['pkg:npm/jest@29.7.0', ['pkg:npm/left-pad@1.3.0']], ['pkg:npm/lodash@4.17.21', ['pkg:npm/left-pad@1.3.0']]]) },
    },
    set('requirements.txt', [dep({ type: 'pypi', name: 'Django', version: '4.2.0', licenses: ['BSD-3-Clause'] })], 'pip'),
  ]));
  await must(store.writeScan(scan('acme/web/shop', 'feature/x', T2, 'bbbb222', false), [
    set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '4.17.20', licenses: ['MIT'] })]),
  ]));
  await must(store.writeScan(scan('acme/api', 'main', T1, 'cccc333'), [
    set('pom.xml', [
      dep({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.14.1', licenses: ['Apache-2.0'] }),
      dep({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.9.0', licenses: ['Apache-2.0'] }),
    ], 'maven'),
    set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '3.10.1', licenses: ['MIT OR Apache-2.0'] })]),
  ]));
  const hostile: ScanContext = { ...scan('evil/<img src=x onerror=alert(1)>', 'main', T2, 'dddd444'), pipelineUrl: 'javascript:alert(1)' };
  await must(store.writeScan(hostile, [
    set('<script>alert(1)</script>.json', [dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['<b>MIT</b>'] })]),
  ]));
}

/** A finding as a check writes it; the fields a test does not name are those of a plain policy finding. */
export function finding(spec: Partial<Finding> & Pick<Finding, 'id' | 'kind' | 'severity' | 'file' | 'purl' | 'name' | 'version'>): Finding {
  return { new: true, suppressed: false, suppressedBy: null, message: 'a test finding', rule: null, advisory: null, fixedVersions: [], introducedBy: [], ...spec };
}

const LOG4SHELL = {
  id: 'GHSA-jfh8-c2jp-5v3q',
  identifiers: [{ type: 'cve', name: 'CVE-2021-44228', value: 'CVE-2021-44228', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-44228' }],
  title: 'Remote code injection in Log4j',
  cvss: [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', baseScore: 10 }],
  source: 'osv',
  epss: 0.944,
  knownExploited: true,
  url: 'https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q',
};

/**
 * Findings of the fixture's scans: acme/api@main has a critical vulnerability and a low licence finding,
 * acme/web/shop@main a high policy finding and a suppressed one, its feature branch one medium.
 */
export async function writeFixtureFindings(store: Store): Promise<void> {
  await must(store.writeFindings(scan('acme/api', 'main', T1, 'cccc333'), [
    finding({ id: 'f-log4shell', kind: 'vulnerability', severity: 'critical', file: 'pom.xml', purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      name: 'log4j-core', version: '2.14.1', advisory: LOG4SHELL, fixedVersions: ['2.15.0'], introducedBy: ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'] }),
    finding({ id: 'f-lodash-licence', kind: 'license-policy', severity: 'low', file: 'package-lock.json', purl: 'pkg:npm/lodash@3.10.1', name: 'lodash', version: '3.10.1', rule: 'licenses.deny[0]' }),
  ]));
  await must(store.writeFindings(scan('acme/web/shop', 'main', T1, 'aaaa111'), [
    finding({ id: 'f-left-pad', kind: 'dependency-policy', severity: 'high', file: 'package-lock.json', purl: 'pkg:npm/left-pad@1.3.0', name: 'left-pad', version: '1.3.0', rule: 'dependencies.deny[0]' }),
    finding({ id: 'f-jest', kind: 'dependency-policy', severity: 'medium', file: 'package-lock.json', purl: 'pkg:npm/jest@29.7.0', name: 'jest', version: '29.7.0', suppressed: true, suppressedBy: 'test tool' }),
  ]));
  await must(store.writeFindings(scan('acme/web/shop', 'feature/x', T2, 'bbbb222', false), [
    finding({ id: 'f-old-lodash', kind: 'checksum-changed', severity: 'medium', file: 'package-lock.json', purl: 'pkg:npm/lodash@4.17.20', name: 'lodash', version: '4.17.20' }),
  ]));
}

/** A fresh SQLite index file with the fixture, closed again: the server opens it read-only, as `serve` does. */
export async function fixtureIndex(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'depindex-serve-test-')), 'index.db');
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  await writeFixture(opened.value);
  await writeFixtureFindings(opened.value);
  await opened.value.close();
  return path;
}
