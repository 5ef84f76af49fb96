import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { parser } from '../../../src/ingest/gitlab-ds/parse.js';
import type { ParseResult, ParsedSet } from '../../../src/ingest/parser.js';
import { pairsOf } from '../edges.js';

const repo = new URL('../../../', import.meta.url);
const external = new URL('../shared/fixtures/external/defectdojo-django-DefectDojo/gitlab_dep_scan/', repo);
const own = new URL('fixtures/ingest/gitlab-ds/', repo);
const schemas = new URL('../shared/fixtures/schemas/gitlab/', repo);

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function run(json: unknown, path = 'gl-dependency-scanning-report.json'): ParseResult {
  const outcome = parser.parse({ text: '', json, path, companions: new Map() });
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.error}`);
  return outcome.value;
}

const edgeStrings = (set: ParsedSet): string[] => pairsOf(set.edges).map(([a, b]) => `${a} -> ${b}`).sort();
const byPurl = (set: ParsedSet, purl: string) => set.dependencies.find((d) => d.purl === purl);

/** Counted from the raw JSON: distinct name@version per dependency file. */
function rawDependencyCounts(json: unknown): number[] {
  const files = (json as { dependency_files: { dependencies: { package: { name: string }; version: string }[] }[] }).dependency_files;
  return files.map((f) => new Set(f.dependencies.map((d) => `${d.package.name}@${d.version}`)).size);
}

describe('gitlab-ds: own fixtures are valid against the official schemas', () => {
  it.each([
    ['npm-direct-and-transient.v15.0.7.json', '15.0.7'],
    ['two-dependency-files.v14.1.2.json', '14.1.2'],
    ['no-dependency-files.v15.2.1.json', '15.2.1'],
  ])('%s validates against schema %s', (file, version) => {
    // Draft-07 schemas, so the default Ajv class; 14.1.2 uses "\:" in patterns, invalid under the u flag.
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(readJson(new URL(`${version}/dependency-scanning-report-format.json`, schemas)) as object);
    const valid = validate(readJson(new URL(file, own)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('gitlab-ds: detection', () => {
  it.each([
    ['gl-dependency-scanning-report-many-vuln_v14.json', true],
    ['gl-dependency-scanning-report-0-vuln.json', true],
    ['gl-dependency-scanning-report-2-vuln-missing-component_v15.json', true],
  ])('detects DefectDojo %s', (file, expected) => {
    expect(parser.detect({ text: '', json: readJson(new URL(file, external)) })).toBe(expected);
  });

  it.each([
    ['a CycloneDX BOM', { bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, vulnerabilities: [] }],
    ['an SPDX document', { spdxVersion: 'SPDX-2.3', packages: [] }],
    ['a SAST report', { version: '15.0.7', scan: { type: 'sast' }, vulnerabilities: [] }],
    ['a package.json', { name: 'x', version: '1.0.0', dependencies: {} }],
    ['an array', []],
  ])('does not claim %s', (_name, json) => {
    expect(parser.detect({ text: '', json })).toBe(false);
  });
});

describe('gitlab-ds: real DefectDojo reports (Gemnasium 2.24.1, version 3.0.0)', () => {
  it.each([
    ['gl-dependency-scanning-report-many-vuln_v14.json', 6],
    ['gl-dependency-scanning-report-many-vuln_v15.json', 6],
    ['gl-dependency-scanning-report-1-vuln_v15.json', 1],
    ['gl-dependency-scanning-report-2-vuln-missing-component_v15.json', 2],
    ['gl-dependency-scanning-report-0-vuln.json', 0],
  ])('%s: one set per dependency file, counts as in the file, %i vulnerabilities', (file, vulns) => {
    const json = readJson(new URL(file, external));
    const result = run(json);
    expect(result.sets.map((s) => s.dependencies.length)).toEqual(rawDependencyCounts(json));
    expect(result.sets.map((s) => s.file)).toEqual(['service/go.sum']);
    expect(result.sets[0]?.packageManager).toBe('go');
    expect(result.sets[0]?.edges).toEqual([]);
    expect(result.vulnerabilities).toHaveLength(vulns);
    expect(result.problems).toEqual([]);
  });

  it('many-vuln: 61 Go modules (PROVENANCE.md), purls with the module path split, direct unknown', () => {
    const set = run(readJson(new URL('gl-dependency-scanning-report-many-vuln_v14.json', external))).sets[0] as ParsedSet;
    expect(set.dependencies).toHaveLength(61);
    const spew = byPurl(set, 'pkg:golang/github.com/davecgh/go-spew@v1.1.1');
    expect(spew).toMatchObject({ direct: null, development: null, licenses: null, checksums: null, source: null });
    expect(byPurl(set, 'pkg:golang/github.com/davecgh/go-spew@v1.1.0')).toBeDefined();
  });

  it('many-vuln: vulnerabilities keep file, package, version and identifiers', () => {
    const result = run(readJson(new URL('gl-dependency-scanning-report-many-vuln_v14.json', external)));
    const text = result.vulnerabilities?.find((v) => v.packageName === 'golang.org/x/text');
    expect(text).toMatchObject({ file: 'service/go.sum', severity: expect.any(String) });
    expect(text?.identifiers.map((i) => i.value)).toContain('CVE-2020-14040');
  });

  it('missing-component: a vulnerability whose location.dependency.package is {} is kept with nulls', () => {
    const result = run(readJson(new URL('gl-dependency-scanning-report-2-vuln-missing-component_v15.json', external)));
    const [empty, crypto] = result.vulnerabilities ?? [];
    expect(empty).toMatchObject({ name: 'XML Entity Expansion', packageName: null, version: null, file: 'service/go.sum' });
    expect(crypto).toMatchObject({ packageName: 'golang.org/x/crypto', version: 'v0.0.0-20190308221718-c2843e01d9a2' });
    expect(crypto?.identifiers.map((i) => i.type)).toEqual(['gemnasium', 'cve']);
    // Two versions of the same module are two dependencies.
    expect(result.sets[0]?.dependencies.map((d) => d.purl).sort()).toEqual([
      'pkg:golang/gopkg.in/yaml.v2@v2.2.2',
      'pkg:golang/gopkg.in/yaml.v2@v2.2.4',
    ]);
  });
});

describe('gitlab-ds: own fixtures', () => {
  it('npm report: direct flags, scoped names, edges along each dependency_path', () => {
    const result = run(readJson(new URL('npm-direct-and-transient.v15.0.7.json', own)));
    expect(result.sets).toHaveLength(1);
    const set = result.sets[0] as ParsedSet;
    expect(set).toMatchObject({ file: 'package-lock.json', packageManager: 'npm' });
    expect(set.dependencies).toHaveLength(7);
    expect(byPurl(set, 'pkg:npm/express@4.18.2')?.direct).toBe(true);
    expect(byPurl(set, 'pkg:npm/%40types/node@20.11.5')?.direct).toBe(true);
    expect(byPurl(set, 'pkg:npm/ms@2.0.0')?.direct).toBe(false);
    expect(edgeStrings(set)).toEqual([
      'pkg:npm/%40types/node@20.11.5 -> pkg:npm/undici-types@5.26.5',
      'pkg:npm/body-parser@1.20.1 -> pkg:npm/bytes@3.1.2',
      'pkg:npm/debug@2.6.8 -> pkg:npm/ms@2.0.0',
      'pkg:npm/express@4.18.2 -> pkg:npm/body-parser@1.20.1',
      'pkg:npm/express@4.18.2 -> pkg:npm/debug@2.6.8',
    ]);
    expect(result.vulnerabilities?.[0]).toMatchObject({ packageName: 'debug', version: '2.6.8', file: 'package-lock.json', severity: 'Low' });
    expect(result.problems).toEqual([]);
  });

  it('two dependency files: two sets, Maven group/artifact names, PyPI names normalised, direct null', () => {
    const result = run(readJson(new URL('two-dependency-files.v14.1.2.json', own)));
    expect(result.sets.map((s) => [s.file, s.packageManager, s.dependencies.length])).toEqual([
      ['build.gradle', 'gradle', 2],
      ['scripts/requirements.txt', 'pip', 3],
    ]);
    const [gradle, pip] = result.sets as [ParsedSet, ParsedSet];
    expect(byPurl(gradle, 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1')?.direct).toBeNull();
    expect(byPurl(pip, 'pkg:pypi/django@3.2.12')).toBeDefined();
    expect(result.vulnerabilities?.[0]?.name).toBe('Improper Input Validation');
  });

  it('schema 15.2.1: no sets, a note that says the list is absent and that the vulnerabilities were kept', () => {
    const result = run(readJson(new URL('no-dependency-files.v15.2.1.json', own)));
    expect(result.sets).toEqual([]);
    expect(result.vulnerabilities).toHaveLength(2);
    expect(result.notes).toHaveLength(1);
    expect(result.notes?.[0]).toMatch(/15\.2\.1.*no dependency list.*2 vulnerabilities.*kept/);
  });

  it('schema 16: refused, naming the version found and the versions supported', () => {
    const outcome = parser.parse({ text: '', json: readJson(new URL('newer-schema.v16.0.0.json', own)), path: 'r.json', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toContain('16.0.0');
    expect(outcome.error).toMatch(/14\.x and 15\.x/);
    expect(outcome.place).toBe('/version');
  });
});

describe('gitlab-ds: package managers', () => {
  const report = (packageManager: string, name: string, version: string) => ({
    version: '15.0.7',
    scan: { type: 'dependency_scanning' },
    vulnerabilities: [],
    dependency_files: [{ path: 'lock', package_manager: packageManager, dependencies: [{ package: { name }, version }] }],
  });

  it.each([
    ['npm', '@babel/core', '7.24.0', 'pkg:npm/%40babel/core@7.24.0'],
    ['yarn', 'lodash', '4.17.21', 'pkg:npm/lodash@4.17.21'],
    ['pnpm', 'vite', '5.0.0', 'pkg:npm/vite@5.0.0'],
    ['bundler', 'rails', '7.1.3', 'pkg:gem/rails@7.1.3'],
    ['pip', 'Requests', '2.31.0', 'pkg:pypi/requests@2.31.0'],
    ['pipenv', 'zope.interface', '6.1', 'pkg:pypi/zope.interface@6.1'],
    ['poetry', 'typing_extensions', '4.9.0', 'pkg:pypi/typing-extensions@4.9.0'],
    ['setuptools', 'six', '1.16.0', 'pkg:pypi/six@1.16.0'],
    ['uv', 'httpx', '0.27.0', 'pkg:pypi/httpx@0.27.0'],
    ['maven', 'org.slf4j/slf4j-api', '2.0.9', 'pkg:maven/org.slf4j/slf4j-api@2.0.9'],
    ['gradle', 'com.google.guava/guava', '33.0.0-jre', 'pkg:maven/com.google.guava/guava@33.0.0-jre'],
    ['sbt', 'org.scala-lang/scala-library', '2.13.12', 'pkg:maven/org.scala-lang/scala-library@2.13.12'],
    ['go', 'golang.org/x/net', 'v0.20.0', 'pkg:golang/golang.org/x/net@v0.20.0'],
    ['nuget', 'Newtonsoft.Json', '13.0.3', 'pkg:nuget/Newtonsoft.Json@13.0.3'],
    ['composer', 'symfony/console', 'v6.4.1', 'pkg:composer/symfony/console@v6.4.1'],
    ['conan', 'zlib', '1.3', 'pkg:conan/zlib@1.3'],
  ])('%s %s@%s -> %s', (pm, name, version, purl) => {
    const set = run(report(pm, name, version)).sets[0];
    expect(set?.dependencies.map((d) => d.purl)).toEqual([purl]);
  });

  it('an unknown package manager is a problem naming it; the set is kept empty', () => {
    const result = run(report('cocoapods', 'Alamofire', '5.8.1'));
    expect(result.sets[0]?.dependencies).toEqual([]);
    expect(result.problems).toEqual([{ place: '/dependency_files/0/package_manager', message: expect.stringContaining('"cocoapods"') }]);
  });
});

describe('gitlab-ds: bad shapes become problems, never exceptions', () => {
  const base = { version: '15.0.7', scan: { type: 'dependency_scanning' }, vulnerabilities: [] };
  const huge = 'x'.repeat(1_000_000);

  it.each([
    ['dependency_files is a string', { ...base, dependency_files: 'nope' }, '/dependency_files'],
    ['a dependency file is a number', { ...base, dependency_files: [7] }, '/dependency_files/0'],
    ['dependencies is an object', { ...base, dependency_files: [{ path: 'a', package_manager: 'npm', dependencies: {} }] }, '/dependency_files/0/dependencies'],
    ['a dependency is a string', { ...base, dependency_files: [{ path: 'a', package_manager: 'npm', dependencies: ['x'] }] }, '/dependency_files/0/dependencies/0'],
    ['a 1 MB name', { ...base, dependency_files: [{ path: 'a', package_manager: 'npm', dependencies: [{ package: { name: huge }, version: '1' }] }] }, '/dependency_files/0/dependencies/0'],
    ['vulnerabilities is an object', { ...base, vulnerabilities: {}, dependency_files: [] }, '/vulnerabilities'],
    ['a vulnerability is null', { ...base, vulnerabilities: [null], dependency_files: [] }, '/vulnerabilities/0'],
  ])('%s', (_name, json, place) => {
    const result = run(json);
    expect(result.problems.map((p) => p.place)).toEqual([place]);
    for (const p of result.problems) expect(p.message.length).toBeLessThan(400);
  });

  it('an unknown iid in a dependency_path cuts the path there and keeps the rest', () => {
    const result = run({
      ...base,
      dependency_files: [
        {
          path: 'package-lock.json',
          package_manager: 'npm',
          dependencies: [
            { package: { name: 'a' }, version: '1.0.0', iid: 1, direct: true },
            { package: { name: 'b' }, version: '1.0.0', iid: 2, direct: false, dependency_path: [{ iid: 1 }] },
            { package: { name: 'c' }, version: '1.0.0', iid: 3, direct: false, dependency_path: [{ iid: 1 }, { iid: 99 }, { iid: 2 }] },
          ],
        },
      ],
    });
    expect(edgeStrings(result.sets[0] as ParsedSet)).toEqual(['pkg:npm/a@1.0.0 -> pkg:npm/b@1.0.0', 'pkg:npm/b@1.0.0 -> pkg:npm/c@1.0.0']);
    expect(result.problems).toEqual([{ place: '/dependency_files/0/dependencies/2/dependency_path/1', message: expect.stringContaining('iid 99') }]);
  });

  it.each([
    ['no version', { scan: { type: 'dependency_scanning' }, dependency_files: [], vulnerabilities: [] }],
    ['a version that is not x.y.z', { version: huge, scan: { type: 'dependency_scanning' }, vulnerabilities: [] }],
    ['not an object', 'report'],
  ])('%s: refused with a message', (_name, json) => {
    const outcome = parser.parse({ text: '', json, path: 'r.json', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.length).toBeLessThan(400);
  });
});
