import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { parser } from '../../../src/ingest/cyclonedx/parse.js';
import type { ParsedDependency, ParseResult, ParsedSet } from '../../../src/ingest/parser.js';
import { keptPairs } from '../edges.js';

const repo = new URL('../../../', import.meta.url);
const external = new URL('../shared/fixtures/external/', repo);
const own = new URL('fixtures/ingest/cyclonedx/', repo);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function run(json: unknown, path = 'bom.json'): ParseResult {
  const outcome = parser.parse({ text: '', json, path, companions: new Map() });
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.error}`);
  return outcome.value;
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

/** The raw JSON counted a different way: a recursive walk, no purl parsing. */
interface RawComponent { purl?: unknown; 'bom-ref'?: unknown; type?: unknown; name?: unknown; version?: unknown; components?: RawComponent[] }
/** CycloneDX 1.6 component types that are packages (issue #15): kept without a purl when named and versioned. */
const PACKAGE_TYPES = ['library', 'framework', 'application'];
function rawCounts(json: unknown): { withPurl: number; generic: number; withoutPurl: number; edges: number } {
  const bom = json as { components?: RawComponent[]; dependencies?: { ref: string; dependsOn?: string[] }[] };
  const refs = new Set<string>();
  let withPurl = 0;
  let generic = 0;
  let withoutPurl = 0;
  const named = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
  const visit = (list: RawComponent[] | undefined): void => {
    for (const c of list ?? []) {
      if (typeof c.purl === 'string' && c.purl !== '') {
        withPurl++;
        refs.add(typeof c['bom-ref'] === 'string' ? c['bom-ref'] : c.purl);
      } else if (PACKAGE_TYPES.includes(String(c.type)) && named(c.name) && named(c.version)) {
        generic++;
        if (typeof c['bom-ref'] === 'string') refs.add(c['bom-ref']);
      } else withoutPurl++;
      visit(c.components);
    }
  };
  visit(bom.components);
  const pairs = new Set<string>();
  for (const d of bom.dependencies ?? []) {
    for (const to of d.dependsOn ?? []) if (refs.has(d.ref) && refs.has(to) && d.ref !== to) pairs.add(`${d.ref} ${to}`);
  }
  return { withPurl, generic, withoutPurl, edges: pairs.size };
}

// Component counts as recorded in PROVENANCE.md, checked against the walk too.
const realFiles: [string, number][] = [
  ['cyclonedx-bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.json', 1115],
  ['cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json', 62],
  ['cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json', 167],
  ['cyclonedx-bom-examples/SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json', 201],
  ['cyclonedx-bom-examples/CBOM/Example-With-Dependencies/bom.json', 3],
  ['cyclonedx-bom-examples/SaaSBOM/apigateway-microservices-datastores/bom.json', 0],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-bom-1.6.json', 3],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-dependency-1.6.json', 3],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-component-hashes-1.6.json', 1],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-license-expression-1.6.json', 1],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-license-id-1.6.json', 1],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-metadata-tool-1.6.json', 0],
  ['cyclonedx-specification/tools/src/test/resources/1.6/valid-metadata-tool-deprecated-1.6.json', 0],
  ['cyclonedx-specification/tools/src/test/resources/1.5/valid-bom-1.5.json', 2],
  ['cyclonedx-specification/tools/src/test/resources/1.5/valid-compositions-1.5.json', 3],
  ['cyclonedx-node-npm/demo/juice-shop/example-results/flat/bom.1.6.json', 1101],
  ['cyclonedx-node-npm/demo/bundled-dependencies/example-results/bare/bom.1.5.json', 52],
  ['cyclonedx-node-npm/demo/local-workspaces/example-results/flat/bom.1.6.json', 4],
  ['protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json', 445],
  ['gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json', 82],
  ['gitlab-com-runbooks/gl-sbom-gem-bundler.cdx.json', 115],
  ['gitlab-com-runbooks/gl-sbom-pypi-pip.cdx.json', 20],
  ['gitlab-com-runbooks/alertmanager/templates/gl-sbom-go-go.cdx.json', 18],
  ['gitlab-com-runbooks/scripts/disaster-recovery/gl-sbom-gem-bundler.cdx.json', 72],
  ['inesctec-tsg-client/gl-sbom-pypi-poetry.cdx.json', 41],
  ['metahkg-rlp-proxy-rewrite/gl-sbom-npm-yarn.cdx.json', 539],
  ['numspot-packer-plugin-numspot/gl-sbom-go-go.cdx.json', 129],
];

describe('cyclonedx: every real CycloneDX file under shared/fixtures/external', () => {
  it.each(realFiles)('%s: detected, dependencies and edges as counted from the raw JSON', (file, components) => {
    const json = readJson(new URL(file, external));
    expect(parser.detect({ text: '', json })).toBe(true);
    const raw = rawCounts(json);
    expect(raw.withPurl + raw.generic + raw.withoutPurl).toBe(components);
    const result = run(json, file.split('/').pop());
    expect(result.problems).toEqual([]);
    expect(result.sets.reduce((n, s) => n + s.dependencies.length, 0)).toBe(raw.withPurl + raw.generic);
    expect(result.sets.flatMap((s) => s.dependencies).filter((d) => d.purl.startsWith('pkg:generic/')).length).toBeGreaterThanOrEqual(raw.generic);
    expect(result.sets.reduce((n, s) => n + keptPairs(s).length, 0)).toBe(raw.edges);
    if (raw.generic > 0) expect(result.notes).toContain(`${raw.generic} components without a purl (libraries, frameworks, applications) are kept as pkg:generic`);
    if (raw.withoutPurl > 0) expect(result.notes).toContain(`skipped ${raw.withoutPurl} components without a purl (files, operating systems, crypto assets and the like)`);
    if (raw.generic + raw.withoutPurl === 0) expect(result.notes?.some((n) => n.includes('without a purl'))).toBe(false);
  });
});

describe('cyclonedx: entries of real files', () => {
  it('dropwizard (Maven plugin, 1.2): hashes, licenses id and name, distribution source; root not in the graph so direct is null', () => {
    const set = only(run(readJson(new URL('cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json', external))));
    expect(set.packageManager).toBe('maven');
    const databind = find(set, 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar');
    // No scope: the CycloneDX spec's default, required, so a runtime dependency that is not optional.
    expect(databind).toMatchObject({ direct: null, development: false, optional: false, licenses: ['Apache-2.0'], source: 'https://oss.sonatype.org/service/local/staging/deploy/maven2/' });
    expect(databind.checksums?.sha1).toBe('e201bb70b7469ba18dd58ed8268aa44e702fa2f0');
    expect(databind.checksums?.sha256).toBe('49bb71a73fcdcdf59c40a1a01d7245f41d3a8ba96ea6182b720f0c6167241757');
    expect(Object.keys(databind.checksums ?? {}).sort()).toEqual(['md5', 'sha1', 'sha256', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha512']);
    expect(find(set, 'pkg:maven/ch.qos.logback/logback-classic@1.2.3?type=jar').licenses).toEqual(['EPL-1.0', 'GNU Lesser General Public License']);
  });

  it('juice-shop flat (cyclonedx-npm, 1.6): digest from the distribution reference, direct from the root, scope optional is optional, excluded is development', () => {
    const set = only(run(readJson(new URL('cyclonedx-node-npm/demo/juice-shop/example-results/flat/bom.1.6.json', external))));
    expect(set.packageManager).toBe('npm');
    const parser_ = find(set, 'pkg:npm/%40babel/helper-string-parser@7.24.7');
    expect(parser_.ref).toBe('juice-shop@14.1.1|@babel/helper-string-parser@7.24.7');
    expect(parser_.checksums?.sha512).toMatch(/^ecc6d5b7ac6bc0541bba71f60cd42c00fe6c4c6c5fa90b44aef048bc8322e844/);
    expect(parser_.source).toBe('https://registry.npmjs.org/@babel/helper-string-parser/-/helper-string-parser-7.24.7.tgz');
    expect(parser_).toMatchObject({ direct: false, development: false, optional: false, licenses: ['MIT'] });
    expect(find(set, 'pkg:npm/body-parser@1.20.2')).toMatchObject({ direct: true, development: false, optional: false });
    // scope excluded: not at run time (fsevents, which was not installed on Linux).
    expect(find(set, 'pkg:npm/fsevents@2.3.3')).toMatchObject({ development: true, optional: null });
    // scope optional without a development mark: optional at run time, not development.
    expect(find(set, 'pkg:npm/%40gar/promisify@1.1.3')).toMatchObject({ development: false, optional: true });
    const raw = readJson(new URL('cyclonedx-node-npm/demo/juice-shop/example-results/flat/bom.1.6.json', external)) as {
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    const rootTargets = raw.dependencies.find((d) => d.ref === 'juice-shop@14.1.1')?.dependsOn ?? [];
    expect(set.dependencies.filter((d) => d.direct === true)).toHaveLength(new Set(rootTargets).size);
  });

  it('juice-shop bare (1.4): nested components are read, with their own refs', () => {
    const set = only(run(readJson(new URL('cyclonedx-bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.json', external))));
    const nested = set.dependencies.find((d) => d.ref === '@mapbox/node-pre-gyp@1.0.10|ansi-regex@5.0.1');
    expect(nested?.purl).toBe('pkg:npm/ansi-regex@5.0.1');
    expect(nested?.checksums?.sha512).toMatch(/^aae2505e54d25062f62c/);
  });

  it('laravel (cyclonedx-php-composer): composer purls, the one direct dependency of the root', () => {
    const set = only(run(readJson(new URL('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json', external))));
    expect(set.packageManager).toBe('composer');
    expect(find(set, 'pkg:composer/asm89/stack-cors@1.3.0')).toMatchObject({
      licenses: ['MIT'],
      direct: false,
      source: 'https://api.github.com/repos/asm89/stack-cors/zipball/b9c31def6a83f84b4d4a40d35996d375755f0e08',
    });
    expect(set.dependencies.filter((d) => d.direct).map((d) => d.ref)).toEqual(['laravel/laravel-7.12.0.0']);
  });

  it('proton-bridge (cyclonedx-gomod): scope required is runtime, two licenses', () => {
    const set = only(run(readJson(new URL('cyclonedx-bom-examples/SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json', external))));
    expect(set.packageManager).toBe('go');
    expect(find(set, 'pkg:golang/github.com/AndreasBriese/bbloom@v0.0.0-20190306092124-e2d15f34fcf9')).toMatchObject({
      development: false,
      licenses: ['CC0-1.0', 'MIT'],
      checksums: { sha256: '1c3f20036b6407284c03061a1405fdc3697bbf1bc143934ca310eb921aa1b67e' },
    });
  });

  it('syft rails: qualifiers kept, the operating system skipped, no root in the graph so direct is null', () => {
    const set = only(run(readJson(new URL('protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json', external))));
    expect(set.packageManager).toBeNull();
    // packageurl-js writes "+" in a version unencoded.
    const openssl = find(set, 'pkg:deb/debian/openssl@1.0.1t-1+deb8u5?arch=amd64&distro=debian-8');
    expect(openssl.ref).toBe('pkg:deb/debian/openssl@1.0.1t-1%2Bdeb8u5?arch=amd64&distro=debian-8&package-id=d859161b0918a6f7');
    expect(openssl.direct).toBeNull();
    expect(find(set, 'pkg:gem/nokogiri@1.6.8.1').licenses).toEqual(['MIT']);
  });

  it.each([
    ['cyclonedx-specification/tools/src/test/resources/1.5/valid-bom-1.5.json', 'pkg:npm/acme/component@1.0.0', { licenses: ['Apache-2.0'], direct: null }],
    ['cyclonedx-specification/tools/src/test/resources/1.5/valid-compositions-1.5.json', 'pkg:maven/partner/shaded-library@1.0', { direct: true, licenses: null }],
    ['cyclonedx-specification/tools/src/test/resources/1.5/valid-compositions-1.5.json', 'pkg:maven/ossproject/library@2.0', { direct: false }],
    ['cyclonedx-specification/tools/src/test/resources/1.6/valid-license-id-1.6.json', 'pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar', { licenses: ['Apache-2.0'], development: false }],
    ['cyclonedx-specification/tools/src/test/resources/1.6/valid-bom-1.6.json', 'pkg:maven/com.example/myapplication@1.0.0?packaging=war', { licenses: ['EPL-2.0 OR GPL-2.0-with-classpath-exception'] }],
    ['cyclonedx-node-npm/demo/local-workspaces/example-results/flat/bom.1.6.json', 'pkg:npm/my-local-b-off@0.0.0?vcs_url=https%3A%2F%2Fgitlab.example.com%2Fmy-packages%2Fdemo-workspaces.git', { direct: true, licenses: ['Apache-2.0'] }],
    ['cyclonedx-node-npm/demo/bundled-dependencies/example-results/bare/bom.1.5.json', 'pkg:npm/ansi-regex@2.0.0', { direct: false, source: 'http://registry.npmjs.org/ansi-regex/-/ansi-regex-2.0.0.tgz' }],
    ['cyclonedx-node-npm/demo/bundled-dependencies/example-results/bare/bom.1.5.json', 'pkg:npm/bundle-dependencies@1.0.2', { direct: true, licenses: ['BSD-3-Clause'] }],
    ['gitlab-com-runbooks/gl-sbom-gem-bundler.cdx.json', 'pkg:gem/activesupport@7.2.2', { direct: null, licenses: null, checksums: null }],
  ])('%s has %s', (file, purl, fields) => {
    const set = only(run(readJson(new URL(file, external))));
    expect(find(set, purl)).toMatchObject(fields);
  });

  it('spec vector valid-license-expression: the expression is kept as one string', () => {
    const set = only(run(readJson(new URL('cyclonedx-specification/tools/src/test/resources/1.6/valid-license-expression-1.6.json', external))));
    expect(find(set, 'pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar')).toMatchObject({
      licenses: ['EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0'],
      development: false,
      checksums: expect.objectContaining({ md5: '3942447fac867ae5cdb3229b658f4d48' }),
    });
  });

  it('spec vector invalid-dependency-1.6: parsed; the entries without a ref are problems with their pointers', () => {
    const result = run(readJson(new URL('cyclonedx-specification/tools/src/test/resources/1.6/invalid-dependency-1.6.json', external)));
    expect(result.problems.map((p) => p.place)).toEqual(['/dependencies/0/ref', '/dependencies/1/ref']);
    expect(result.problems[1]?.message).toContain('empty');
  });

  it.each([
    ['gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json', 'package-lock.json', 'npm', 'pkg:npm/%40isaacs/cliui@8.0.2'],
    ['gitlab-com-runbooks/gl-sbom-pypi-pip.cdx.json', 'requirements.txt', 'pip', 'pkg:pypi/markupsafe@2.1.5'],
    ['gitlab-com-runbooks/alertmanager/templates/gl-sbom-go-go.cdx.json', 'alertmanager/templates/go.mod', 'go', null],
    ['gitlab-com-runbooks/scripts/disaster-recovery/gl-sbom-gem-bundler.cdx.json', 'scripts/disaster-recovery/Gemfile.lock', 'bundler', null],
    ['inesctec-tsg-client/gl-sbom-pypi-poetry.cdx.json', 'poetry.lock', 'poetry', 'pkg:pypi/zipp@3.18.1'],
    ['numspot-packer-plugin-numspot/gl-sbom-go-go.cdx.json', 'go.mod', 'go', 'pkg:golang/gopkg.in/yaml.v2@v2.4.0'],
    // Gemnasium 3.x wrote the legacy names gitlab:input_file / gitlab:package_manager.
    ['metahkg-rlp-proxy-rewrite/gl-sbom-npm-yarn.cdx.json', 'yarn.lock', 'yarn', 'pkg:npm/yn@3.1.1'],
  ])('GitLab %s: file %s, package manager %s', (file, inputFile, packageManager, purl) => {
    const set = only(run(readJson(new URL(file, external)), 'gl-sbom.cdx.json'));
    expect(set.file).toBe(inputFile);
    expect(set.packageManager).toBe(packageManager);
    // Gemnasium writes no scope and no category here: the spec's default, required.
    if (purl) expect(find(set, purl)).toMatchObject({ direct: null, development: false, optional: false, licenses: null, checksums: null, source: null });
  });
});

describe('cyclonedx: own fixtures', () => {
  // The official schemas as shipped by @cyclonedx/cyclonedx-library (draft-07); their $refs name the
  // SNAPSHOT files relative to http://cyclonedx.org/schema/.
  const schemaDir = new URL('node_modules/@cyclonedx/cyclonedx-library/res/schema/', repo);
  it.each([
    ['gitlab-two-input-files.v1.6.json', '1.6'],
    ['gitlab-deprecated-properties.v1.4.json', '1.4'],
    ['scopes-hashes-nested.v1.7.json', '1.7'],
  ])('%s validates against CycloneDX %s', (file, version) => {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    formats.default(ajv);
    for (const part of ['spdx', 'jsf-0.82', 'cryptography-defs']) {
      const schema = readJson(new URL(`${part}.SNAPSHOT.schema.json`, schemaDir)) as Record<string, unknown>;
      ajv.addSchema({ ...schema, $id: `http://cyclonedx.org/schema/${part}.SNAPSHOT.schema.json` });
    }
    const validate = ajv.compile(readJson(new URL(`bom-${version}.SNAPSHOT.schema.json`, schemaDir)) as object);
    const valid = validate(readJson(new URL(file, own)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('GitLab SBOM naming two input files: two sets, categories, component properties override metadata', () => {
    const result = run(readJson(new URL('gitlab-two-input-files.v1.6.json', own)), 'gl-sbom-npm-npm.cdx.json');
    expect(result.sets.map((s) => [s.file, s.packageManager, s.dependencies.map((d) => d.purl)])).toEqual([
      ['package-lock.json', 'npm', ['pkg:npm/express@4.19.2', 'pkg:npm/accepts@1.3.8', 'pkg:npm/jest@29.7.0']],
      ['frontend/yarn.lock', 'yarn', ['pkg:npm/%40testing-library/react@14.2.1', 'pkg:npm/react@18.2.0']],
    ]);
    const [npm, yarn] = result.sets as [ParsedSet, ParsedSet];
    expect(find(npm, 'pkg:npm/express@4.19.2').development).toBe(false);
    expect(find(npm, 'pkg:npm/jest@29.7.0').development).toBe(true);
    expect(find(yarn, 'pkg:npm/%40testing-library/react@14.2.1').development).toBe(true);
    // No category on the component: the metadata's "production" applies.
    expect(find(yarn, 'pkg:npm/react@18.2.0').development).toBe(false);
    expect(keptPairs(npm)).toEqual([['pkg:npm/express@4.19.2', 'pkg:npm/accepts@1.3.8']]);
    expect(keptPairs(yarn)).toEqual([['pkg:npm/%40testing-library/react@14.2.1', 'pkg:npm/react@18.2.0']]);
    expect(result.notes).toEqual([
      'skipped 1 components without a purl (files, operating systems, crypto assets and the like)',
      '1 dependency edges join components of different input files; they were left out',
    ]);
  });

  it('deprecated pre-17.0 property names are read', () => {
    const set = only(run(readJson(new URL('gitlab-deprecated-properties.v1.4.json', own))));
    expect(set).toMatchObject({ file: 'api/Gemfile.lock', packageManager: 'bundler' });
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:gem/rack@2.2.8', 'pkg:gem/nokogiri@1.15.5']);
  });

  it('without input_file, the source_file path names the set; a newer name wins over a deprecated one', () => {
    const set = only(
      run({
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        metadata: {
          properties: [
            { name: 'gitlab:dependency_scanning:source_file:path', value: 'Pipfile' },
            { name: 'gitlab:dependency_scanning:package_manager', value: 'old-name' },
            { name: 'gitlab:dependency_scanning:package_manager:name', value: 'pipenv' },
          ],
        },
        components: [{ type: 'library', name: 'requests', version: '2.31.0', purl: 'pkg:pypi/requests@2.31.0' }],
      }),
    );
    expect(set).toMatchObject({ file: 'Pipfile', packageManager: 'pipenv' });
    expect(set.dependencies[0]?.ref).toBe('pkg:pypi/requests@2.31.0');
  });

  it('1.7 BOM: scopes, upper-case digests, distribution-intake, nested, version from the component, bad purl', () => {
    const result = run(readJson(new URL('scopes-hashes-nested.v1.7.json', own)), 'bom.json');
    const set = only(result);
    expect(set).toMatchObject({ file: 'bom.json', packageManager: 'npm' });
    const leftPad = find(set, 'pkg:npm/left-pad@1.3.0');
    expect(leftPad).toMatchObject({ direct: true, development: false, optional: false, licenses: ['WTFPL'], source: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' });
    expect(leftPad.checksums?.sha512).toMatch(/^09813a7230c60ea6206ce369/);
    // npm's own SBOM marks development with a property and writes scope optional for it: optional unknown.
    expect(find(set, 'pkg:npm/mocha@10.2.0')).toMatchObject({
      direct: true,
      development: true,
      optional: null,
      licenses: ['MIT OR Apache-2.0'],
      source: 'https://npm.example.com/mocha/-/mocha-10.2.0.tgz',
      checksums: { sha1: '1b8ebdc6f1cf1bb8cba10a5b1b3a3e8d0f0c1a2b' },
    });
    expect(find(set, 'pkg:npm/ms@2.1.3')).toMatchObject({ direct: false, development: true, optional: null, licenses: ['Custom: see LICENSE'] });
    // No scope: required (CycloneDX spec), so runtime and not optional.
    expect(find(set, 'pkg:npm/chalk@5.3.0')).toMatchObject({ direct: false, development: false, optional: false });
    expect(keptPairs(set).map(([a, b]) => `${a} -> ${b}`).sort()).toEqual([
      'demo-app@1.0.0|mocha@10.2.0 -> demo-app@1.0.0|chalk@5.3.0',
      'demo-app@1.0.0|mocha@10.2.0 -> demo-app@1.0.0|mocha@10.2.0|ms@2.1.3',
    ]);
    expect(result.problems).toEqual([{ place: '/components/3/purl', message: expect.stringContaining('does not parse') }]);
    expect(result.notes).toContain('skipped 1 components without a purl (files, operating systems, crypto assets and the like)');
  });
});

describe('cyclonedx: the document as a whole', () => {
  it.each([
    ['no bomFormat', { $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json', specVersion: '1.6', components: [] }, '/bomFormat'],
    ['no specVersion', { bomFormat: 'CycloneDX', components: [] }, '/specVersion'],
    ['specVersion not a version', { bomFormat: 'CycloneDX', specVersion: 'x'.repeat(1_000_000) }, '/specVersion'],
    ['CycloneDX 2.0', { bomFormat: 'CycloneDX', specVersion: '2.0' }, '/specVersion'],
  ])('%s: refused with the pointer', (_name, json, place) => {
    expect(parser.detect({ text: '', json })).toBe(true);
    const outcome = parser.parse({ text: '', json, path: 'bom.json', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.place).toBe(place);
    expect(outcome.error.length).toBeLessThan(200);
  });

  it.each([
    ['an SPDX document', { spdxVersion: 'SPDX-2.3', packages: [] }],
    ['a GitLab DS report', { version: '15.0.7', scan: { type: 'dependency_scanning' }, vulnerabilities: [], dependency_files: [] }],
    ['a package-lock', { name: 'x', lockfileVersion: 3, packages: {} }],
    ['null', null],
  ])('does not claim %s', (_name, json) => {
    expect(parser.detect({ text: '', json })).toBe(false);
  });
});

describe('cyclonedx: bad shapes become problems, never exceptions', () => {
  const bom = (rest: object) => ({ bomFormat: 'CycloneDX', specVersion: '1.6', ...rest });
  const ok = { type: 'library', name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0' };
  const huge = 'a'.repeat(1_000_000);

  it.each([
    ['components is an object', bom({ components: { a: ok } }), ['/components'], 0],
    ['a component is a string', bom({ components: ['pkg:npm/a@1.0.0', ok] }), ['/components/0'], 1],
    ['nested components is a number', bom({ components: [{ ...ok, components: 3 }] }), ['/components/0/components'], 1],
    ['purl is a number', bom({ components: [{ ...ok, purl: 7 }, ok] }), ['/components/0/purl'], 1],
    ['a 1 MB purl', bom({ components: [{ ...ok, purl: `pkg:npm/${huge}@1` }, ok] }), ['/components/0/purl'], 1],
    ['a 1 MB name in a purl under the limit', bom({ components: [{ ...ok, purl: 'pkg:npm/%ZZ@1' }, ok] }), ['/components/0/purl'], 1],
    ['no version anywhere', bom({ components: [{ type: 'library', name: 'a', purl: 'pkg:npm/a' }] }), ['/components/0'], 0],
    ['a duplicate bom-ref', bom({ components: [{ ...ok, 'bom-ref': 'x' }, { ...ok, purl: 'pkg:npm/b@1.0.0', 'bom-ref': 'x' }] }), ['/components/1/bom-ref'], 1],
    ['a 1 MB hash', bom({ components: [{ ...ok, hashes: [{ alg: 'SHA-256', content: huge }] }] }), ['/components/0/hashes/0/content'], 1],
    ['a hash of the wrong length', bom({ components: [{ ...ok, hashes: [{ alg: 'SHA-1', content: 'abc' }] }] }), ['/components/0/hashes/0/content'], 1],
    ['a hash that is a string', bom({ components: [{ ...ok, hashes: ['sha1:abc'] }] }), ['/components/0/hashes/0'], 1],
    ['dependencies is an object', bom({ components: [ok], dependencies: {} }), ['/dependencies'], 1],
    ['dependsOn is a string', bom({ components: [ok], dependencies: [{ ref: 'pkg:npm/a@1.0.0', dependsOn: 'b' }] }), ['/dependencies/0/dependsOn'], 1],
    ['a dependsOn entry is a number', bom({ components: [ok], dependencies: [{ ref: 'pkg:npm/a@1.0.0', dependsOn: [1] }] }), ['/dependencies/0/dependsOn/0'], 1],
  ])('%s', (_name, json, places, kept) => {
    const result = run(json);
    expect(result.problems.map((p) => p.place)).toEqual(places);
    expect(result.sets.reduce((n, s) => n + s.dependencies.length, 0)).toBe(kept);
    for (const p of result.problems) expect(p.message.length).toBeLessThan(400);
  });

  it('repeated dependsOn entries and entries for the same ref give each edge once', () => {
    const set = only(
      run(
        bom({
          components: [ok, { ...ok, name: 'b', purl: 'pkg:npm/b@1.0.0' }],
          dependencies: [
            { ref: 'pkg:npm/a@1.0.0', dependsOn: ['pkg:npm/b@1.0.0', 'pkg:npm/b@1.0.0'] },
            { ref: 'pkg:npm/a@1.0.0', dependsOn: ['pkg:npm/b@1.0.0', 'pkg:npm/a@1.0.0'] },
          ],
        }),
      ),
    );
    expect(keptPairs(set)).toEqual([['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0']]);
  });

  it('the subject listed among the components too is not a dependency; what it depends on is direct', () => {
    const result = run(
      bom({
        metadata: { component: { 'bom-ref': 'app', type: 'application', name: 'app', version: '1', purl: 'pkg:npm/app@1' } },
        components: [{ 'bom-ref': 'app', type: 'application', name: 'app', version: '1', purl: 'pkg:npm/app@1' }, { ...ok, 'bom-ref': 'a' }],
        dependencies: [{ ref: 'app', dependsOn: ['a'] }],
      }),
    );
    expect(only(result).dependencies.map((d) => [d.purl, d.direct])).toEqual([['pkg:npm/a@1.0.0', true]]);
    expect(result.notes?.some((n) => n.includes('metadata.component'))).toBe(true);
  });

  it('a repeated purl without bom-ref is kept once and counted in a note', () => {
    const result = run(bom({ components: [ok, ok] }));
    expect(only(result).dependencies).toHaveLength(1);
    expect(result.notes).toContain('1 components without a bom-ref repeat the purl of an earlier one; each purl was kept once');
  });
});
