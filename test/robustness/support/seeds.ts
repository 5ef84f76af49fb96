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
  // Formats with no file in ../shared: real files kept in this repo's fixtures (their PROVENANCE.md says where from).
  'maven-tree-json': 'repo:maven-tree-json/ms-fitnote-pdf-generator.maven.graph.json',
  'maven-tree-text': 'repo:maven-tree-text/cdxgen-mvn-dep-tree-simple.txt',
  'gradle-dependencies': 'repo:gradle-dependencies/elasticsearch-server-compileClasspath.txt',
  'gradle-verification': 'repo:gradle-verification/ical-proxy-excerpt.verification-metadata.xml',
  'uv-lock': 'repo:uv-lock/test-pkg.uv.lock',
  'bun-lock': 'repo:bun-lock/prettier-config.bun.lock',
  'pubspec-lock': 'repo:pubspec-lock/ping-coming-soon-page.pubspec.lock',
  'podfile-lock': 'repo:podfile-lock/trivy-happy.Podfile.lock',
  'package-resolved': 'repo:package-resolved/cdxgen-Package2.v2.resolved',
  'renv-lock': 'repo:renv-lock/rstudio-renv.renv.lock',
  'dotnet-deps': 'repo:dotnet-deps/trivy-ExampleApp1.deps.json',
  pipdeptree: 'repo:pipdeptree/flask-env.json.json',
  'mix-lock': 'repo:mix-lock/rbtree.mix.lock',
};

/** "repo:<path>" seeds are under this repo's fixtures/ingest. */
const repoFixtures = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));

export function readSeed(id: string): string {
  const file = seedFiles[id];
  if (file === undefined) throw new Error(`no seed for parser ${id}`);
  return readFileSync(file.startsWith('repo:') ? repoFixtures + file.slice(5) : externalRoot + file, 'utf8');
}

/** Own hand-written fixtures for the robustness cases (fixtures/robustness/<format>/<case>). */
export function readOwnFixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/robustness/${relative}`, import.meta.url)), 'utf8');
}

/** Manifests declare ranges and yield no sets: truncating one loses no good entries, only the note. */
export const manifestIds: ReadonlySet<string> = new Set(['package-json', 'composer-json', 'pyproject', 'pipfile']);

/**
 * Tree formats: a node holds its dependencies' nodes (maven-tree-json's `children`), so nulling one node also
 * removes its subtree from the file; what may be lost is that node and the nodes nested in it, no more.
 */
export const treeIds: ReadonlySet<string> = new Set(['maven-tree-json']);

/** Objects nested in arrays under a value: the tree nodes a null in its place takes with it. */
export function nestedNodes(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (Array.isArray(v)) {
      for (const item of v) {
        if (typeof item === 'object' && item !== null && !Array.isArray(item)) count++;
        stack.push(item);
      }
    } else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
  return count;
}
