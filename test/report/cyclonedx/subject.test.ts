import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_MANIFESTS, projectIdentity } from '../../../src/ingest/manifests/project-identity.js';
import { sbomSubject, type SubjectFacts } from '../../../src/report/cyclonedx/subject.js';

const external = fileURLToPath(new URL('../../../../shared/fixtures/external/', import.meta.url));
const read = (path: string) => readFileSync(external + path, 'utf8');

describe('the project a manifest names (real manifests)', () => {
  it.each([
    ['metahkg-rlp-proxy-rewrite/package.json', 'package.json', { type: 'npm', name: '@metahkg/rlp-proxy-rewrite', version: '1.0.0' }],
    ['inesctec-tsg-client/pyproject.toml', 'pyproject.toml', { type: 'pypi', name: 'tsg-client', version: '0.1.0' }],
    ['symfony-demo/composer.json', 'composer.json', { type: 'composer', name: 'symfony/symfony-demo', version: null }],
    ['cli-cli/go.mod', 'go.mod', { type: 'golang', name: 'github.com/cli/cli/v2', version: null }],
  ] as const)('%s', (path, name, expected) => {
    expect(projectIdentity(name, read(path))).toEqual(expected);
  });

  it('gives nothing for a manifest without a name, or one that does not parse', () => {
    expect(projectIdentity('package.json', '{"private": true, "dependencies": {}}')).toBeNull();
    expect(projectIdentity('package.json', '{not json')).toBeNull();
    expect(projectIdentity('Cargo.toml', '[package\nname=')).toBeNull();
    expect(projectIdentity('Cargo.toml', '[package]\nname = "ripgrep"\nversion = "14.1.0"\n')).toEqual({ type: 'cargo', name: 'ripgrep', version: '14.1.0' });
    expect(PROJECT_MANIFESTS[0]).toBe('package.json');
  });
});

describe('the SBOM subject', () => {
  const none: SubjectFacts = { project: null, folder: 'app', manifest: null, ref: null, commit: null, name: null, version: null };

  it('prefers the user, then the CI project, then the manifest, then the folder, and always has a version when one is known', () => {
    expect(sbomSubject(none)).toEqual({ name: 'app', version: null, purl: null });
    expect(sbomSubject({ ...none, ref: 'main' })).toEqual({ name: 'app', version: 'main', purl: null });
    expect(sbomSubject({ ...none, project: 'acme/web', ref: 'main', commit: 'abc123' })).toEqual({ name: 'acme/web', version: 'abc123', purl: null });
    expect(sbomSubject({ ...none, name: 'Web shop', version: '2.0', project: 'acme/web' })).toMatchObject({ name: 'Web shop', version: '2.0' });
  });

  it('is a package with a purl when the manifest names one', () => {
    const manifest = projectIdentity('package.json', read('metahkg-rlp-proxy-rewrite/package.json'));
    expect(sbomSubject({ ...none, manifest, commit: 'abc' })).toEqual({ name: '@metahkg/rlp-proxy-rewrite', version: '1.0.0', purl: 'pkg:npm/%40metahkg/rlp-proxy-rewrite@1.0.0' });
    const go = projectIdentity('go.mod', read('cli-cli/go.mod'));
    expect(sbomSubject({ ...none, manifest: go, commit: 'abc' }).purl).toBe('pkg:golang/github.com/cli/cli/v2');
  });
});
