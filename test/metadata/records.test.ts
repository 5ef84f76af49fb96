import { describe, expect, it } from 'vitest';
import { planFiles } from '../../src/metadata/checkpoints/plan.js';
import { parseObjectName, type DataFile } from '../../src/metadata/layouts/object-name.js';
import { cvssScore, severityOfScore } from '../../src/metadata/match/cvss.js';
import { raiseForExploitation } from '../../src/metadata/match/severity.js';
import { parsePmdbAdvisory } from '../../src/metadata/records/pmdb-advisory.js';
import { purlTypeOf, registryIdOf } from '../../src/metadata/records/registry-ids.js';
import { printable } from '../../src/metadata/sources/source.js';
import { parseDataFile } from '../../src/metadata/records/data-file.js';

describe('object names of both layouts', () => {
  it.each([
    ['v2/npm/1673033866/00000001.ndjson', 'advisories', 'advisories npm v2 1673033866 1'],
    ['v2/packagist/1673033866/00000002.ndjson', 'advisories', 'advisories composer v2 1673033866 2'],
    ['v2/rubygem/1/00000001.ndjson', 'licenses', 'licenses gem v2 1 1'],
    ['v2/go/1/00000001.ndjson', 'advisories', 'advisories golang v2 1 1'],
    ['v2/golang/licenses/7/00000003.ndjson', 'advisories', 'licenses golang v2 7 3'],
    ['v2/cve_enrichment/5/00000001.ndjson', 'cve_enrichment', 'cve_enrichment cve_enrichment v2 5 1'],
    ['v1/pypi/1600000000/00000001.csv', 'licenses', 'licenses pypi v1 1600000000 1'],
    ['v1/pypi/1600000000/00000001.csv', 'advisories', null],
    ['README.md', 'advisories', null],
    ['v2/cobol/1/00000001.ndjson', 'advisories', null],
    ['v2/npm/x/00000001.ndjson', 'advisories', null],
  ])('%s in a %s bucket', (name, dataType, expected) => {
    const file = parseObjectName(name, dataType as DataFile['dataType']);
    expect(file && `${file.dataType} ${file.registry} ${file.versionFormat} ${file.sequence} ${file.chunk}`).toBe(expected);
  });

  it('registry ids and purl types map both ways', () => {
    expect(['packagist', 'rubygem', 'go', 'npm'].map(purlTypeOf)).toEqual(['composer', 'gem', 'golang', 'npm']);
    expect(['composer', 'gem', 'golang', 'npm'].map(registryIdOf)).toEqual(['packagist', 'rubygem', 'go', 'npm']);
  });
});

describe('checkpoints', () => {
  const files = ['v2/npm/10/00000001.ndjson', 'v2/npm/10/00000002.ndjson', 'v2/npm/20/00000001.ndjson', 'v2/pypi/10/00000001.ndjson'].map((n) => parseObjectName(n, 'advisories')!);
  const names = (plan: DataFile[]) => plan.map((f) => f.name);
  it('reads only what comes after the checkpoint, in (sequence, chunk) order', () => {
    expect(names(planFiles([...files].reverse(), [{ dataType: 'advisories', registry: 'npm', versionFormat: 'v2', sequence: 10, chunk: 1 }], null))).toEqual([
      'v2/pypi/10/00000001.ndjson', 'v2/npm/10/00000002.ndjson', 'v2/npm/20/00000001.ndjson',
    ]);
  });
  it("reads everything again when the checkpoint's file is no longer listed", () => {
    expect(names(planFiles(files, [{ dataType: 'advisories', registry: 'npm', versionFormat: 'v2', sequence: 15, chunk: 1 }], new Set(['npm'])))).toEqual([
      'v2/npm/10/00000001.ndjson', 'v2/npm/10/00000002.ndjson', 'v2/npm/20/00000001.ndjson',
    ]);
  });
});

describe('PMDB advisory lines', () => {
  it('reads the protocol variants: database, dist_version, per-package severity', () => {
    const line = { advisory: { id: 'A-1', database: 'trivy-db', identifiers: [] }, packages: [{ name: 'openssl', affected_range: '<3.0.8-1', dist_version: 'debian 12', severity: 'HIGH' }] };
    const r = parsePmdbAdvisory(line, 'deb');
    expect(r.ok && [r.value.advisory.source, r.value.packages[0]?.type, r.value.packages[0]?.distro, r.value.packages[0]?.severity]).toEqual(['trivy-db', 'deb', 'debian 12', 'high']);
  });
  it.each([
    [{}, 'no "advisory" object'],
    [{ advisory: { id: 'x' } }, 'no "packages" list'],
    [{ advisory: { id: 'x' }, packages: [{ name: 'a', purl_type: 'npm' }] }, 'has no "affected_range"'],
  ])('refuses %j', (line, message) => {
    const r = parsePmdbAdvisory(line, 'npm');
    expect(!r.ok && r.error).toContain(message);
  });
});

describe('CVSS base scores (FIRST reference values) and ratings', () => {
  it.each([
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', '2.0', 7.5, 'high'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', '3.0', 7.5, 'high'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', '3.1', 9.8, 'critical'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N', '3.1', 4.3, 'medium'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '4.0', 9.3, 'critical'],
    ['CVSS:3.1/garbage', '3.1', null, null],
  ])('%s', (vector, version, score, severity) => {
    const s = cvssScore(vector);
    expect([s.version, s.baseScore, severityOfScore(s)]).toEqual([version, score, severity]);
  });

  it.each([
    ['medium', { epss: null, knownExploited: true }, 'high'],
    ['low', { epss: null, knownExploited: true }, 'high'],
    ['high', { epss: null, knownExploited: true }, 'critical'],
    ['medium', { epss: 0.5, knownExploited: false }, 'high'],
    ['medium', { epss: 0.01, knownExploited: false }, 'medium'],
    ['unknown', { epss: 0.9, knownExploited: null }, 'unknown'],
  ] as const)('%s raised by %j is %s', (severity, exploitation, expected) => expect(raiseForExploitation(severity, exploitation, 0.1)).toBe(expected));
});

describe('printable', () => {
  it.each([
    ['plain text', 'plain text'],
    ['bell\u0007 and\nnewline', 'bell\\u0007 and\\u000anewline'],
    ['\u001b[31mred', '\\u001b[31mred'],
    ['line\u2028separator', 'line\\u2028separator'],
  ])('%j', (text, expected) => expect(printable(text)).toBe(expected));
  it('cuts long text', () => expect(printable('x'.repeat(400), 10)).toBe(`${'x'.repeat(10)}…`));
});

describe('a line that is not JSON', () => {
  it('is reported by column, never quoting the line (file content stays out of logs)', () => {
    const file = parseObjectName('v2/npm/1/00000001.ndjson', 'licenses')!;
    const parsed = parseDataFile(file, '{"name": "a", "default_licenses": ["MIT"]}\nsecret-token-123 here\n{"name": \n{"secret" 1}\n', 'f.ndjson');
    expect(parsed.licenses.map((l) => l.name)).toEqual(['a']);
    expect(parsed.problems).toEqual([
      { file: 'f.ndjson', line: 2, message: 'not JSON' },
      { file: 'f.ndjson', line: 3, message: 'not JSON' },
      { file: 'f.ndjson', line: 4, message: 'not JSON (column 11)' },
    ]);
  });
});
