import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSet } from '../../../src/graph/build.js';
import { detectFormat, parseDetected } from '../../../src/ingest/detect.js';
import type { Dependency } from '../../../src/model/dependency.js';
import type { DependencySet } from '../../../src/model/dependency-set.js';
import { writeBom } from '../../../src/report/cyclonedx/write.js';
import { buildBom, librarySerialize } from './library-reference.js';

function dep(purl: string, name: string, version: string, extra: Partial<Dependency> = {}): Dependency {
  const slash = name.lastIndexOf('/');
  return {
    purl,
    type: purl.slice(4, purl.indexOf('/')),
    namespace: slash > 0 ? name.slice(0, slash) : null,
    name,
    version,
    introduced: null,
    development: null,
    licenses: null,
    checksums: null,
    source: null,
    ...extra,
  };
}

const npmSet: DependencySet = {
  file: 'package-lock.json',
  packageManager: 'npm',
  format: 'npm-lock',
  dependencies: [
    dep('pkg:npm/%40babel/core@7.0.0', '@babel/core', '7.0.0', {
      introduced: true,
      development: true,
      licenses: ['MIT'],
      checksums: { sha512: 'a'.repeat(128), 'go-h1': 'not-hex' },
      source: 'https://registry.npmjs.org/@babel/core/-/core-7.0.0.tgz',
    }),
    dep('pkg:npm/lodash@4.17.21', 'lodash', '4.17.21', { introduced: false, development: false, licenses: ['MIT OR Apache-2.0'] }),
    dep('pkg:npm/left-pad@1.0.0', 'left-pad', '1.0.0', { introduced: true, development: false, licenses: ['Some <b>custom</b> license', 'ISC'] }),
  ],
  graph: { edges: new Map([['pkg:npm/%40babel/core@7.0.0', ['pkg:npm/lodash@4.17.21']]]) },
};

const pypiSet: DependencySet = {
  file: 'sub/requirements.txt',
  packageManager: 'pip',
  format: 'requirements-txt',
  dependencies: [
    dep('pkg:pypi/requests@2.31.0', 'requests', '2.31.0', { checksums: { sha256: 'b'.repeat(64) } }),
    // The same purl in two files: each file gets its own component.
    dep('pkg:npm/lodash@4.17.21', 'lodash', '4.17.21'),
  ],
  graph: { edges: new Map() },
};

const stamp = { serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000', timestamp: new Date('2026-01-02T03:04:05Z') };
const subject = { name: 'group/app', version: 'main' };
const tool = { name: 'depindex', version: '0.0.0' };
const sbom = (sets: DependencySet[]) => writeBom(sets, subject, tool, stamp);

describe('CycloneDX SBOM', () => {
  it('validates against the CycloneDX 1.6 JSON schema (the library\'s strict validator)', async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(sbom([npmSet, pypiSet]))).toBeNull();
  });

  it('is deterministic: the same sets in another order give the same bytes', () => {
    const reordered: DependencySet = { ...npmSet, dependencies: [...npmSet.dependencies].reverse() };
    expect(sbom([pypiSet, reordered])).toBe(sbom([npmSet, pypiSet]));
  });

  const bom = JSON.parse(sbom([npmSet, pypiSet])) as {
    specVersion: string;
    metadata: { component: { name: string; version: string; 'bom-ref': string }; properties: { name: string; value: string }[] };
    components: {
      'bom-ref': string;
      name: string;
      group?: string;
      purl: string;
      scope?: string;
      licenses?: unknown[];
      hashes?: { alg: string; content: string }[];
      externalReferences?: { type: string; url: string }[];
      properties: { name: string; value: string }[];
    }[];
    dependencies: { ref: string; dependsOn?: string[] }[];
  };
  const byRef = new Map(bom.components.map((c) => [c['bom-ref'], c]));
  const prop = (c: { properties: { name: string; value: string }[] } | undefined, name: string) => c?.properties.find((p) => p.name === name)?.value;

  it('describes the project with GitLab schema metadata', () => {
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component).toMatchObject({ name: 'group/app', version: 'main' });
    expect(bom.metadata.properties).toContainEqual({ name: 'gitlab:meta:schema_version', value: '1' });
  });

  it('carries purl, group, scope, licenses, hashes and distribution URL', () => {
    const babel = byRef.get('pkg:npm/%40babel/core@7.0.0');
    // A development dependency: "excluded", not needed at run time (CycloneDX spec); "optional" means optional at run time.
    expect(babel).toMatchObject({ name: 'core', group: '@babel', scope: 'excluded' });
    expect(babel?.hashes).toEqual([{ alg: 'SHA-512', content: 'a'.repeat(128) }]);
    expect(babel?.externalReferences).toEqual([{ type: 'distribution', url: 'https://registry.npmjs.org/@babel/core/-/core-7.0.0.tgz' }]);
    expect(babel?.licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(byRef.get('pkg:npm/left-pad@1.0.0')?.licenses).toEqual(
      expect.arrayContaining([{ license: { id: 'ISC' } }, { license: { name: 'Some <b>custom</b> license' } }]),
    );
    expect(byRef.get('pkg:npm/lodash@4.17.21#package-lock.json')?.licenses).toEqual([{ expression: 'MIT OR Apache-2.0' }]);
  });

  it('names the dependency file, package manager and category of each component with GitLab properties', () => {
    const lodashNpm = byRef.get('pkg:npm/lodash@4.17.21#package-lock.json');
    const lodashPip = byRef.get('pkg:npm/lodash@4.17.21#sub/requirements.txt');
    expect(prop(lodashNpm, 'gitlab:dependency_scanning:input_file:path')).toBe('package-lock.json');
    expect(prop(lodashNpm, 'gitlab:dependency_scanning:package_manager:name')).toBe('npm');
    expect(prop(lodashNpm, 'gitlab:dependency_scanning:category')).toBe('production');
    expect(prop(lodashPip, 'gitlab:dependency_scanning:input_file:path')).toBe('sub/requirements.txt');
    expect(prop(lodashPip, 'gitlab:dependency_scanning:category')).toBeUndefined();
  });

  it('names one dependency file once, in the metadata, and each component then carries only its category', () => {
    const single = JSON.parse(sbom([npmSet])) as typeof bom;
    expect(single.metadata.properties).toEqual([
      { name: 'gitlab:dependency_scanning:input_file:path', value: 'package-lock.json' },
      { name: 'gitlab:dependency_scanning:package_manager:name', value: 'npm' },
      { name: 'gitlab:meta:schema_version', value: '1' },
    ]);
    const babel = single.components.find((c) => c['bom-ref'] === 'pkg:npm/%40babel/core@7.0.0');
    expect(babel?.properties).toEqual([{ name: 'gitlab:dependency_scanning:category', value: 'development' }]);
    // Read back, every component belongs to that file.
    const detection = detectFormat(sbom([npmSet]));
    if (!detection.ok) throw new Error(detection.message);
    const parsed = parseDetected(detection, 'depindex.cdx.json', new Map());
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.result.sets.map((s) => [s.file, s.packageManager, s.dependencies.length])).toEqual([['package-lock.json', 'npm', 3]]);
  });

  it('reads back development and optional as written: excluded, optional, required', () => {
    const flags: [boolean | null, boolean | undefined][] = [[true, false], [true, true], [false, true], [false, false], [null, undefined]];
    const set: DependencySet = {
      ...npmSet,
      dependencies: flags.map(([development, optional], i) => dep(`pkg:npm/p${i}@1.0.0`, `p${i}`, '1.0.0', { development, ...(optional !== undefined && { optional }) })),
      graph: { edges: new Map() },
    };
    const written = JSON.parse(sbom([set])) as { components: { name: string; scope?: string }[] };
    expect(written.components.map((c) => [c.name, c.scope])).toEqual([['p0', 'excluded'], ['p1', 'excluded'], ['p2', 'optional'], ['p3', 'required'], ['p4', undefined]]);
    const detection = detectFormat(sbom([set]));
    if (!detection.ok) throw new Error(detection.message);
    const parsed = parseDetected(detection, 'depindex.cdx.json', new Map());
    if (!parsed.ok) throw new Error(parsed.message);
    // One scope value: a development package that is also optional comes back as development, optional unknown.
    // depindex leaves the scope out only where it does not know; reading its own SBOM, that stays unknown.
    expect(parsed.result.sets[0]?.dependencies.map((d) => [d.development, d.optional])).toEqual([[true, null], [true, null], [false, true], [false, false], [null, null]]);
  });

  it('writes the dependency graph, with the project depending on introduced dependencies', () => {
    const edges = bom.dependencies.flatMap((d) => (d.dependsOn ?? []).map((to) => `${d.ref} -> ${to}`));
    expect(edges.sort()).toEqual([
      'depindex:project -> pkg:npm/%40babel/core@7.0.0',
      'depindex:project -> pkg:npm/left-pad@1.0.0',
      'pkg:npm/%40babel/core@7.0.0 -> pkg:npm/lodash@4.17.21#package-lock.json',
    ]);
  });
});

/** Every array sorted by its items' JSON, so two documents compare by content whatever order lists are in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

function setsOf(path: string): DependencySet[] {
  const detection = detectFormat(readFileSync(new URL(`../../../../shared/fixtures/external/${path}`, import.meta.url), 'utf8'));
  if (!detection.ok) throw new Error(detection.message);
  const parsed = parseDetected(detection, path, new Map());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.result.sets.map((s) => buildSet(s, parsed.parser.id).set);
}

describe('the same document as @cyclonedx/cyclonedx-library writes', () => {
  it.each([
    'cyclonedx-node-npm/demo/juice-shop/example-results/flat/bom.1.6.json',
    'protobom/test/conformance/testdata/spdx/2.3/json/trivy-0.42.1_mageia-5.1.spdx.json',
    'gitlab-com-runbooks/Gemfile.lock',
    'pipenv/Pipfile.lock',
    'bicep/src/Bicep.Core/packages.lock.json',
  ])('for %s, alone and with other files', (path) => {
    for (const sets of [setsOf(path), [...setsOf(path), pypiSet, npmSet]]) {
      const ours = JSON.parse(sbom(sets)) as unknown;
      const library = JSON.parse(librarySerialize(buildBom(sets, subject, tool, stamp))) as unknown;
      expect(canonical(ours)).toEqual(canonical(library));
    }
  });
});
