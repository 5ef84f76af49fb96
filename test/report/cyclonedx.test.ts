import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../src/model/dependency.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { buildBom } from '../../src/report/cyclonedx/build.js';
import { serializeBom } from '../../src/report/cyclonedx/serialize.js';

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
const sbom = (sets: DependencySet[]) => serializeBom(buildBom(sets, { name: 'group/app', version: 'main' }, { name: 'depindex', version: '0.0.0' }, stamp));

describe('CycloneDX SBOM', () => {
  it('validates against the CycloneDX 1.6 JSON schema', async () => {
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
    expect(babel).toMatchObject({ name: 'core', group: '@babel', scope: 'optional' });
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

  it('writes the dependency graph, with the project depending on introduced dependencies', () => {
    const edges = bom.dependencies.flatMap((d) => (d.dependsOn ?? []).map((to) => `${d.ref} -> ${to}`));
    expect(edges.sort()).toEqual([
      'depindex:project -> pkg:npm/%40babel/core@7.0.0',
      'depindex:project -> pkg:npm/left-pad@1.0.0',
      'pkg:npm/%40babel/core@7.0.0 -> pkg:npm/lodash@4.17.21#package-lock.json',
    ]);
  });
});
