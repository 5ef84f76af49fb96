import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import { parser } from '../../../src/ingest/spdx/parse.js';
import type { ParsedDependency, ParseResult, ParsedSet } from '../../../src/ingest/parser.js';
import { pairsOf } from '../edges.js';
import { applyWalk } from '../../../src/graph/walk.js';

const repo = new URL('../../../', import.meta.url);
const external = new URL('../shared/fixtures/external/protobom/test/conformance/testdata/spdx/2.3/json/', repo);
const own = new URL('fixtures/ingest/spdx/', repo);
const schemas = new URL('../shared/fixtures/schemas/spdx/', repo);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function run(json: unknown, path = 'sbom.spdx.json'): ParseResult {
  const outcome = parser.parse({ text: '', json, path, companions: new Map() });
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.error}`);
  // The graph stage's walk (graph/walk.ts) sets the development flags, as a scan does.
  return { ...outcome.value, sets: outcome.value.sets.map((s) => applyWalk(s, parser.capabilities)) };
}
const only = (result: ParseResult): ParsedSet => {
  expect(result.sets).toHaveLength(1);
  return result.sets[0] as ParsedSet;
};
const find = (set: ParsedSet, purl: string): ParsedDependency => {
  const found = set.dependencies.find((d) => d.purl === purl);
  if (!found) throw new Error(`no ${purl}`);
  return found;
};

/** Counted from the raw JSON without the parser: packages with a purl reference that are not described. */
interface RawDoc {
  documentDescribes?: string[];
  packages: { SPDXID: string; externalRefs?: { referenceType: string }[] }[];
  relationships?: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
}
function rawCounts(json: unknown) {
  const doc = json as RawDoc;
  const described = new Set(doc.documentDescribes ?? []);
  for (const r of doc.relationships ?? []) if (r.relationshipType === 'DESCRIBES') described.add(r.relatedSpdxElement);
  const withPurl = doc.packages.filter((p) => (p.externalRefs ?? []).some((r) => r.referenceType === 'purl'));
  const deps = new Set(withPurl.map((p) => p.SPDXID).filter((id) => !described.has(id)));
  const dependsOn = (doc.relationships ?? []).filter((r) => r.relationshipType === 'DEPENDS_ON');
  return {
    dependencies: deps.size,
    withoutPurl: doc.packages.length - withPurl.length,
    edges: dependsOn.filter((r) => deps.has(r.spdxElementId) && deps.has(r.relatedSpdxElement)).length,
    direct: new Set(dependsOn.filter((r) => described.has(r.spdxElementId) && deps.has(r.relatedSpdxElement)).map((r) => r.relatedSpdxElement)).size,
  };
}

describe('spdx: real files (protobom conformance data)', () => {
  it.each([
    // [file, packages per PROVENANCE.md, CONTAINS relationships]
    ['kubernetes_kubernetes_d61cbac69aae97db1839bd2e0e86d68f26b353a7.json', 425, 0],
    ['trivy-0.42.1_mageia-5.1.spdx.json', 183, 182],
    ['curl.spdx.json', 14, 68],
  ])('%s: dependencies, edges and direct as counted from the raw JSON', (file, packages, contains) => {
    const json = readJson(new URL(file, external));
    expect(parser.detect({ text: '', json })).toBe(true);
    expect((json as RawDoc).packages).toHaveLength(packages);
    const raw = rawCounts(json);
    const result = run(json, file);
    const set = only(result);
    expect(result.problems).toEqual([]);
    expect(set).toMatchObject({ file, packageManager: null });
    expect(set.dependencies).toHaveLength(raw.dependencies);
    expect(set.edges).toHaveLength(raw.edges);
    expect(set.dependencies.filter((d) => d.direct === true)).toHaveLength(raw.direct);
    if (raw.withoutPurl > 0) expect(result.notes).toContain(`skipped ${raw.withoutPurl} packages without a purl`);
    if (contains > 0) expect(result.notes?.some((n) => n.startsWith(`${contains} CONTAINS`))).toBe(true);
  });

  it('GitHub dependency-graph export (kubernetes): the described repository is not a dependency; what it depends on is direct', () => {
    const set = only(run(readJson(new URL('kubernetes_kubernetes_d61cbac69aae97db1839bd2e0e86d68f26b353a7.json', external))));
    expect(set.dependencies).toHaveLength(424);
    expect(set.dependencies.some((d) => d.purl.startsWith('pkg:github/'))).toBe(false);
    expect(find(set, 'pkg:golang/bitbucket.org/bertimus9/systemstat@0.5.0')).toMatchObject({
      ref: 'SPDXRef-go-bitbucket.org-bertimus9-systemstat-0.5.0',
      direct: true,
      development: null,
      licenses: null,
      checksums: null,
      source: null,
    });
    expect(set.dependencies.every((d) => d.direct === true)).toBe(true);
  });

  it('Trivy (mageia image): licenses, MD5 checksums, NONE download location, no graph so direct is null', () => {
    const result = run(readJson(new URL('trivy-0.42.1_mageia-5.1.spdx.json', external)));
    const set = only(result);
    expect(find(set, 'pkg:none/bash@4.3-48.2.1.mga5?arch=x86_64')).toMatchObject({
      licenses: ['GPL-2.0-or-later'],
      checksums: { md5: 'cc6115a93bb47bdc67f3392c7ef57684' },
      source: null,
      direct: null,
      development: null,
    });
    expect(result.notes).toContain('skipped 1 packages without a purl');
  });

  it('apko (curl image): PACKAGE_MANAGER category read, declared license when concluded is NOASSERTION, CONTAINS not an edge', () => {
    const set = only(run(readJson(new URL('curl.spdx.json', external))));
    expect(find(set, 'pkg:apk/wolfi/curl@8.1.2-r0?arch=x86_64')).toMatchObject({ licenses: ['MIT'], direct: null, source: null });
    expect(set.dependencies.some((d) => d.purl.startsWith('pkg:oci/curl@sha256%3A47fed886') || d.ref.includes('47fed886'))).toBe(false);
    expect(set.edges).toEqual([]);
  });
});

describe('spdx: own fixtures', () => {
  it.each([
    ['npm-dev-and-transient.spdx-2.3.json', true],
    ['underscore-category-reversed-dev.spdx-2.3.json', false],
  ])('%s: valid against the SPDX 2.3 schemas (v2.3 tag: %s; 2.3.1 branch: always)', (file, validAgainstTag) => {
    const doc = readJson(new URL(file, own));
    // v2.3 is draft-07 (default Ajv class); the 2.3.1 branch is 2019-09. Same $id, so one instance each.
    const tag = new Ajv({ allErrors: true }).compile(readJson(new URL('spdx-schema-2.3.json', schemas)) as object);
    const branch = new Ajv2019.default({ allErrors: true }).compile(readJson(new URL('spdx-schema-2.3.1-branch.json', schemas)) as object);
    expect(tag(doc)).toBe(validAgainstTag);
    expect(branch(doc)).toBe(true);
  });

  it('npm: direct from the described package, dev and build edges make development, shared packages stay production', () => {
    const result = run(readJson(new URL('npm-dev-and-transient.spdx-2.3.json', own)));
    const set = only(result);
    expect(set.dependencies.map((d) => d.purl).sort()).toEqual([
      'pkg:npm/accepts@1.3.8',
      'pkg:npm/chalk@4.1.2',
      'pkg:npm/debug@2.6.9',
      'pkg:npm/express@4.19.2',
      'pkg:npm/jest@29.7.0',
      'pkg:npm/typescript@5.4.5',
    ]);
    const flags = Object.fromEntries(set.dependencies.map((d) => [d.purl, [d.direct, d.development]]));
    expect(flags).toEqual({
      'pkg:npm/express@4.19.2': [true, false],
      'pkg:npm/accepts@1.3.8': [false, false],
      'pkg:npm/debug@2.6.9': [false, false],
      'pkg:npm/jest@29.7.0': [true, true],
      'pkg:npm/chalk@4.1.2': [false, true],
      'pkg:npm/typescript@5.4.5': [true, true],
    });
    expect(pairsOf(set.edges).map(([a, b]) => `${a} -> ${b}`).sort()).toEqual([
      'SPDXRef-npm-express-4.19.2 -> SPDXRef-npm-accepts-1.3.8',
      'SPDXRef-npm-express-4.19.2 -> SPDXRef-npm-debug-2.6.9',
      'SPDXRef-npm-jest-29.7.0 -> SPDXRef-npm-chalk-4.1.2',
      'SPDXRef-npm-jest-29.7.0 -> SPDXRef-npm-debug-2.6.9',
    ]);
    expect(find(set, 'pkg:npm/express@4.19.2')).toMatchObject({
      licenses: ['MIT'],
      checksums: { sha1: '3c7b7e4e8c39e48d6a0c2d5e0e6a4d0e9f8b7a61' },
      source: 'https://registry.npmjs.org/express/-/express-4.19.2.tgz',
    });
    expect(find(set, 'pkg:npm/accepts@1.3.8')).toMatchObject({ licenses: ['MIT'], source: null });
    expect(find(set, 'pkg:npm/debug@2.6.9')).toMatchObject({ licenses: null, source: null });
    expect(result.problems).toEqual([]);
  });

  it('underscore category, version from versionInfo, *_DEPENDENCY_OF written from the described package read backwards', () => {
    const result = run(readJson(new URL('underscore-category-reversed-dev.spdx-2.3.json', own)));
    const set = only(result);
    expect(set.dependencies.map((d) => [d.purl, d.direct, d.development])).toEqual([
      ['pkg:pypi/numpy@1.26.4', true, false],
      ['pkg:pypi/pytest@8.1.1', true, true],
      // No purl, no primaryPackagePurpose: a package all the same, kept under a generic purl (issue #15).
      ['pkg:generic/cmake@3.29.0', true, true],
    ]);
    expect(find(set, 'pkg:pypi/numpy@1.26.4')).toMatchObject({
      licenses: ['BSD-3-Clause'],
      checksums: { sha256: '2a02aff9e0e4a0c4a1b7d33b8c1f1f5c4c9a7e6b5d4c3b2a1908f7e6d5c4b3a2' },
      source: 'https://files.pythonhosted.org/packages/numpy-1.26.4.tar.gz',
    });
    expect(set.edges).toEqual([['SPDXRef-Package-pytest', 'SPDXRef-Package-numpy']]);
    expect(result.notes).toEqual([
      '1 packages without a purl (libraries, frameworks, applications) are kept as pkg:generic',
      'the described package is the subject of the document, not a dependency',
      '2 *_DEPENDENCY_OF relationships name the described package as the dependency; read the other way round',
    ]);
  });
});

describe('spdx: the document as a whole', () => {
  it.each([
    ['no spdxVersion', { SPDXID: 'SPDXRef-DOCUMENT', packages: [] }, '/spdxVersion'],
    ['SPDX-3.0', { spdxVersion: 'SPDX-3.0', SPDXID: 'SPDXRef-DOCUMENT', packages: [] }, '/spdxVersion'],
    ['a 1 MB version', { spdxVersion: `SPDX-${'2'.repeat(1_000_000)}`, packages: [] }, '/spdxVersion'],
  ])('%s: refused with the pointer', (_name, json, place) => {
    expect(parser.detect({ text: '', json })).toBe(true);
    const outcome = parser.parse({ text: '', json, path: 'x.spdx.json', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.place).toBe(place);
      expect(outcome.error.length).toBeLessThan(200);
    }
  });

  it.each([
    ['the hand-written 3.0.1 document', readJson(new URL('fixtures/robustness/spdx/jsonld.spdx-3.0.json', repo))],
    ['an @context list', { '@context': ['https://www.w3.org/ns/odrl.jsonld', 'https://spdx.org/rdf/3.0.0/spdx-context.jsonld'], '@graph': [] }],
  ])('SPDX 3 JSON-LD (%s) is claimed and refused by name, at /@context', (_name, json) => {
    expect(parser.detect({ text: '', json })).toBe(true);
    const outcome = parser.parse({ text: '', json, path: 'x.spdx.json', companions: new Map() });
    expect(outcome.ok ? null : [outcome.place, outcome.error]).toEqual(['/@context', 'SPDX 3.0 (JSON-LD) is not supported yet; export SPDX 2.3 JSON']);
  });

  it.each([
    ['JSON-LD of another vocabulary', { '@context': 'https://schema.org/', '@graph': [] }],
    ['a CycloneDX BOM', { bomFormat: 'CycloneDX', specVersion: '1.6' }],
    ['a GitLab DS report', { version: '15.0.7', scan: { type: 'dependency_scanning' }, vulnerabilities: [] }],
    ['a string', 'SPDX-2.3'],
  ])('does not claim %s', (_name, json) => {
    expect(parser.detect({ text: '', json })).toBe(false);
  });
});

describe('spdx: bad shapes become problems, never exceptions', () => {
  const doc = (rest: object) => ({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', ...rest });
  const pkg = (id: string, purl: unknown, extra: object = {}) => ({
    SPDXID: id,
    name: id,
    downloadLocation: 'NOASSERTION',
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }],
    ...extra,
  });
  const good = pkg('SPDXRef-a', 'pkg:npm/a@1.0.0');
  const huge = 'z'.repeat(1_000_000);

  it.each([
    ['packages is an object', doc({ packages: { a: good } }), ['/packages'], 0],
    ['a package is a string', doc({ packages: ['pkg:npm/a@1.0.0', good] }), ['/packages/0'], 1],
    ['a package without SPDXID', doc({ packages: [{ name: 'x' }, good] }), ['/packages/0'], 1],
    ['a repeated SPDXID', doc({ packages: [good, pkg('SPDXRef-a', 'pkg:npm/b@1.0.0')] }), ['/packages/1/SPDXID'], 1],
    ['a purl that does not parse', doc({ packages: [pkg('SPDXRef-x', 'npm/x@1'), good] }), ['/packages/0/externalRefs'], 1],
    ['a 1 MB purl', doc({ packages: [pkg('SPDXRef-x', `pkg:npm/${huge}@1`), good] }), ['/packages/0/externalRefs'], 1],
    ['a purl that is a number', doc({ packages: [pkg('SPDXRef-x', 42), good] }), ['/packages/0/externalRefs'], 1],
    ['no version anywhere', doc({ packages: [pkg('SPDXRef-x', 'pkg:npm/x'), good] }), ['/packages/0'], 1],
    ['a checksum that is not hex', doc({ packages: [pkg('SPDXRef-x', 'pkg:npm/x@1', { checksums: [{ algorithm: 'SHA1', checksumValue: huge }] })] }), ['/packages/0/checksums/0/checksumValue'], 1],
    ['relationships is a string', doc({ packages: [good], relationships: 'DEPENDS_ON' }), ['/relationships'], 1],
    ['a relationship without its ends', doc({ packages: [good], relationships: [{ relationshipType: 'DEPENDS_ON' }] }), ['/relationships/0'], 1],
    ['a 1 MB relationship type', doc({ packages: [good], relationships: [{ spdxElementId: 'a', relatedSpdxElement: 'b', relationshipType: huge }] }), ['/relationships/0'], 1],
  ])('%s', (_name, json, places, kept) => {
    const result = run(json);
    expect(result.problems.map((p) => p.place)).toEqual(places);
    expect(only(result).dependencies).toHaveLength(kept);
    for (const p of result.problems) expect(p.message.length).toBeLessThan(400);
  });

  it.each([
    // [type, written as (element, related), development of the dependency]
    ['DEPENDS_ON', ['SPDXRef-root', 'SPDXRef-a'], false],
    ['DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], false],
    ['RUNTIME_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], false],
    ['OPTIONAL_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], false],
    ['PROVIDED_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], false],
    ['DEV_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], true],
    ['DEV_DEPENDENCY', ['SPDXRef-a', 'SPDXRef-root'], true],
    ['TEST_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], true],
    ['BUILD_DEPENDENCY_OF', ['SPDXRef-a', 'SPDXRef-root'], true],
  ])('%s: the root depends on a; development %s', (type, [element, related], development) => {
    const json = doc({
      documentDescribes: ['SPDXRef-root'],
      packages: [pkg('SPDXRef-root', 'pkg:npm/root@1.0.0'), good, pkg('SPDXRef-b', 'pkg:npm/b@1.0.0')],
      relationships: [
        { spdxElementId: element, relationshipType: type, relatedSpdxElement: related },
        // b is reached through a run-time edge only, so there is always one production package to compare with.
        { spdxElementId: 'SPDXRef-root', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-b' },
        { spdxElementId: 'SPDXRef-c', relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-b' },
      ],
    });
    const set = only(run(json));
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['SPDXRef-a', true, development],
      ['SPDXRef-b', true, false],
    ]);
    expect(set.edges).toEqual([]);
  });

  it('CONTAINS gives no edges and no direct flag', () => {
    const set = only(
      run(
        doc({
          documentDescribes: ['SPDXRef-root'],
          packages: [pkg('SPDXRef-root', 'pkg:oci/img@sha256%3Aabc'), good, pkg('SPDXRef-b', 'pkg:npm/b@1.0.0')],
          relationships: [
            { spdxElementId: 'SPDXRef-root', relationshipType: 'CONTAINS', relatedSpdxElement: 'SPDXRef-a' },
            { spdxElementId: 'SPDXRef-a', relationshipType: 'CONTAINS', relatedSpdxElement: 'SPDXRef-b' },
          ],
        }),
      ),
    );
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['SPDXRef-a', null, null],
      ['SPDXRef-b', null, null],
    ]);
    expect(set.edges).toEqual([]);
  });

  it('without any described package, development follows the edges from packages nothing depends on; direct stays null', () => {
    const set = only(
      run(
        doc({
          packages: [good, pkg('SPDXRef-b', 'pkg:npm/b@1.0.0'), pkg('SPDXRef-c', 'pkg:npm/c@1.0.0')],
          relationships: [
            { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS-ON', relatedSpdxElement: 'SPDXRef-b' },
            { spdxElementId: 'SPDXRef-c', relationshipType: 'TEST_DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-a' },
          ],
        }),
      ),
    );
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['SPDXRef-a', null, false],
      ['SPDXRef-b', null, false],
      ['SPDXRef-c', null, true],
    ]);
    expect(set.edges).toEqual([
      ['SPDXRef-a', 'SPDXRef-b'],
      ['SPDXRef-a', 'SPDXRef-c'],
    ]);
  });
});
