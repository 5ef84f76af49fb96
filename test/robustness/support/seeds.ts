import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Real inputs under ../shared/fixtures/external, read in place (never copied into the repo). */
export const externalRoot = fileURLToPath(new URL('../../../../shared/fixtures/external/', import.meta.url));

/**
 * One real file per registered parser, the smallest that still has many entries, so that mutating it
 * exercises the entry loop without making the suite slow. The registry test fails when a parser has no seed.
 */
export const seedFiles: Readonly<Record<string, string>> = {
  'gitlab-ds': 'defectdojo-django-DefectDojo/gitlab_dep_scan/gl-dependency-scanning-report-many-vuln_v14.json',
  cyclonedx: 'cyclonedx-node-npm/demo/bundled-dependencies/example-results/bare/bom.1.5.json',
  spdx: 'protobom/test/conformance/testdata/spdx/2.3/json/curl.spdx.json',
  'npm-lock': 'gitlab-com-runbooks/package-lock.json',
  'yarn-lock': 'metahkg-rlp-proxy-rewrite/yarn.lock',
  'pnpm-lock': 'vite/v6.0/pnpm-lock.yaml',
  'gemfile-lock': 'gitlab-com-runbooks/Gemfile.lock',
  'go-mod': 'gitlab-com-runbooks/alertmanager/templates/go.mod',
  'go-sum': 'gitlab-com-runbooks/alertmanager/templates/go.sum',
  'poetry-lock': 'inesctec-tsg-client/poetry.lock',
  'pipfile-lock': 'pipenv/Pipfile.lock',
  'cargo-lock': 'ripgrep/Cargo.lock',
  'composer-lock': 'composer/composer.lock',
  'nuget-lock': 'bicep/src/Bicep.Core/packages.lock.json',
  'gradle-lockfile': 'kotlin-bip39/gradle.lockfile',
  'conan-lock': 'nmos-sender-receiver-framework/conan.lock',
  'package-json': 'metahkg-rlp-proxy-rewrite/package.json',
  'composer-json': 'symfony-demo/composer.json',
  pyproject: 'inesctec-tsg-client/pyproject.toml',
  pipfile: 'pipenv/Pipfile',
  'requirements-txt': 'gitlab-com-runbooks/requirements.txt',
};

export function readSeed(id: string): string {
  const file = seedFiles[id];
  if (file === undefined) throw new Error(`no seed for parser ${id}`);
  return readFileSync(externalRoot + file, 'utf8');
}

/** Own hand-written fixtures for the robustness cases (fixtures/robustness/<format>/<case>). */
export function readOwnFixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/robustness/${relative}`, import.meta.url)), 'utf8');
}

/** Manifests declare ranges and yield no sets: truncating one loses no good entries, only the note. */
export const manifestIds: ReadonlySet<string> = new Set(['package-json', 'composer-json', 'pyproject', 'pipfile']);
