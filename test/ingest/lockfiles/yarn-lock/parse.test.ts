import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/yarn-lock/parse.js';
import { byRef, difference, edgeStrings, external, fixture, nameAtVersion, run, sbomNames } from '../helpers.js';

/** Entry headers counted the simple way: unindented lines ending in ":" (v1 and berry alike). */
const headerCount = (text: string) => text.split('\n').filter((l) => /^\S.*:$/.test(l)).length;

describe('yarn-lock on real files', () => {
  it('excalidraw (v1): one dependency per entry, no direct or dev without package.json', () => {
    const text = external('excalidraw/yarn.lock');
    const { set, problems, notes } = run(parser, text);
    expect(problems).toEqual([]);
    expect(set.packageManager).toBe('yarn');
    expect(headerCount(text)).toBe(1444); // PROVENANCE.md
    expect(set.dependencies.length).toBe(1444);
    expect(set.dependencies.every((d) => d.direct === null && d.development === null)).toBe(true);
    expect(notes?.join(' ')).toMatch(/no package.json/);
    const remapping = byRef(set, '@ampproject/remapping@^2.2.0');
    expect(remapping.purl).toBe('pkg:npm/%40ampproject/remapping@2.3.0');
    expect(remapping.source).toBe('https://registry.yarnpkg.com/@ampproject/remapping/-/remapping-2.3.0.tgz');
    expect(remapping.checksums?.sha1).toBe('ed441b6fa600072520ce18b43d2c8cc8caecc7f4'); // the URL fragment
    const sri = '30iZtAPgz+LTIYoeivqYo853f02jBYSd5uGnGpkFV0M3xOt9aN73erkgYAmZU43x4VfqcnLxW9Kpg3R5LC4YYw==';
    expect(remapping.checksums?.sha512).toBe(Buffer.from(sri, 'base64').toString('hex'));
    expect(edgeStrings(set)).toContain('@ampproject/remapping@^2.2.0 -> @jridgewell/gen-mapping@^0.3.5');
  });

  it('metahkg (v1 + package.json) matches what GitLab Gemnasium listed for the same commit', () => {
    const text = external('metahkg-rlp-proxy-rewrite/yarn.lock');
    const manifest = JSON.parse(external('metahkg-rlp-proxy-rewrite/package.json')) as Record<string, Record<string, string> | undefined>;
    const { set, problems } = run(parser, text, { 'package.json': external('metahkg-rlp-proxy-rewrite/package.json') });
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(539); // PROVENANCE.md
    expect(difference(new Set(set.dependencies.map(nameAtVersion)), sbomNames(external('metahkg-rlp-proxy-rewrite/gl-sbom-npm-yarn.cdx.json')))).toEqual([]);
    expect(difference(sbomNames(external('metahkg-rlp-proxy-rewrite/gl-sbom-npm-yarn.cdx.json')), new Set(set.dependencies.map(nameAtVersion)))).toEqual([]);

    // Direct: each name package.json declares, and nothing else.
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})]);
    const directNames = new Set(set.dependencies.filter((d) => d.direct).map((d) => nameAtVersion(d).replace(/@[^@]*$/, '')));
    expect([...directNames].sort()).toEqual([...declared].sort());
    // Every direct devDependency is development unless a runtime dependency also needs it.
    for (const name of Object.keys(manifest.devDependencies ?? {})) {
      const d = set.dependencies.find((x) => x.direct && nameAtVersion(x).startsWith(name + '@'));
      expect(d, name).toBeDefined();
    }
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const d = set.dependencies.find((x) => x.direct && nameAtVersion(x).startsWith(name + '@'));
      expect([name, d?.development]).toEqual([name, false]);
    }
    expect(set.dependencies.every((d) => d.development !== null)).toBe(true);
  });

  it('prettier (berry): workspace entry is not a dependency, checksums under yarn-berry', () => {
    const text = external('prettier/yarn.lock');
    const { set, problems, notes } = run(parser, text);
    expect(problems).toEqual([]);
    // PROVENANCE.md: 1052 entries besides __metadata; one is the prettier workspace itself.
    expect(headerCount(text) - 1).toBe(1052);
    expect(set.dependencies.length).toBe(1051);
    // Berry lists the workspace's dependencies, so direct is known even without package.json.
    expect(notes).toEqual([]);
    const workspace = text.slice(text.indexOf('"prettier@workspace:."')).split('\n');
    const from = workspace.indexOf('  dependencies:') + 1;
    let declaredCount = 0;
    while (workspace[from + declaredCount]?.startsWith('    ')) declaredCount++;
    expect(declaredCount).toBeGreaterThan(100);
    expect(new Set(set.dependencies.filter((d) => d.direct).map((d) => d.ref)).size).toBe(declaredCount);
    const compiler = byRef(set, '@angular/compiler@npm:22.0.8');
    expect([compiler.purl, compiler.direct, compiler.development, compiler.source]).toEqual(['pkg:npm/%40angular/compiler@22.0.8', true, null, null]);
    expect(compiler.checksums).toEqual({ 'yarn-berry': '10/644e73c85a6b556d53e2bf318280bb757b5e399c0c8cafdf1fb2ed287009f51de1e2eadf54a05f6c5cb10bb702d5495d77a52f5eb108f8c8b45a5213db2cf148' });
    const tslib = set.dependencies.find((d) => d.ref.split(', ').includes('tslib@npm:^2.3.0'));
    expect(tslib?.purl).toMatch(/^pkg:npm\/tslib@2\./);
    expect(edgeStrings(set)).toContain(`@angular/compiler@npm:22.0.8 -> ${tslib?.ref}`);
    // fsevents is in the lock twice (plain and with yarn's built-in compat patch): both are fsevents@2.3.3.
    expect(set.dependencies.filter((d) => d.purl === 'pkg:npm/fsevents@2.3.3').length).toBe(2);
  });
});

describe('yarn-lock on small cases', () => {
  it('v1 with package.json: aliases by real name, development from reachability, problems by line', () => {
    const { set, problems } = run(parser, fixture('yarn-lock/aliases-and-dev.v1.lock'), { 'package.json': fixture('yarn-lock/aliases-and-dev.package.json') });
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.development]]));
    expect(summary).toEqual({
      'app-lib@^1.0.0': ['pkg:npm/app-lib@1.2.0', true, false],
      'string-width-cjs@npm:string-width@^4.2.0': ['pkg:npm/string-width@4.2.3', true, false],
      'test-runner@^3.0.0': ['pkg:npm/test-runner@3.1.0', true, true],
      'shared@^2.0.0': ['pkg:npm/shared@2.1.0', false, false], // needed by app-lib and by test-runner
      'only-for-tests@1.0.0': ['pkg:npm/only-for-tests@1.0.0', false, true],
    });
    expect(edgeStrings(set)).toEqual(['app-lib@^1.0.0 -> shared@^2.0.0', 'test-runner@^3.0.0 -> only-for-tests@1.0.0', 'test-runner@^3.0.0 -> shared@^2.0.0']);
    expect(byRef(set, 'app-lib@^1.0.0').checksums).toEqual({ sha1: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3' });
    expect(problems).toEqual([
      { place: 'line 32', message: expect.stringMatching(/header/) },
      { place: 'line 35', message: 'no-version has no version' },
      { place: 'line 18', message: expect.stringMatching(/not-in-lock@\^9.0.0/) },
    ]);
  });

  it('berry workspaces: local entries skipped, their dependencies direct, git source, old checksum form', () => {
    const { set, problems } = run(parser, fixture('yarn-lock/workspaces.berry.lock'), {
      'package.json': '{"name":"app","workspaces":["packages/*"],"dependencies":{"left-pad":"^1.3.0"},"devDependencies":{"tester":"^2.0.0"}}',
    });
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.development, d.source]]));
    expect(summary).toEqual({
      'left-pad@npm:^1.3.0': ['pkg:npm/left-pad@1.3.0', true, false, null],
      'tester@npm:^2.0.0': ['pkg:npm/tester@2.0.1', true, true, null],
      'trim@npm:1.0.1': ['pkg:npm/trim@1.0.1', false, false, null], // asked for as 0.0.1, pinned by resolutions
      'from-git@https://github.com/acme/from-git.git#commit=0123456789abcdef0123456789abcdef01234567': [
        'pkg:npm/from-git@4.0.0', true, false, 'https://github.com/acme/from-git.git#commit=0123456789abcdef0123456789abcdef01234567',
      ],
    });
    expect(byRef(set, 'left-pad@npm:^1.3.0').checksums?.['yarn-berry']).toMatch(/^8\/09e1d4/);
    expect(edgeStrings(set)).toEqual(['left-pad@npm:^1.3.0 -> trim@npm:1.0.1']); // fsevents: optional, absent
    expect(problems).toEqual([{ place: 'line 65', message: expect.stringMatching(/no resolution/) }]);
  });

  it('berry YAML that does not parse is refused as a whole, with its line', () => {
    const text = '__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: [1\n';
    expect(parser.detect({ text, json: undefined })).toBe(true);
    const outcome = parser.parse({ text, json: undefined, path: 'yarn.lock', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect([outcome.error, outcome.place]).toEqual([expect.stringMatching(/not valid YAML/), expect.stringMatching(/^line \d+, column \d+$/)]);
  });

  it('a CRLF v1 lock reads like its LF original', () => {
    const text = external('metahkg-rlp-proxy-rewrite/yarn.lock');
    const lf = run(parser, text).set;
    const crlf = run(parser, text.replace(/\n/g, '\r\n')).set;
    expect(crlf.dependencies).toEqual(lf.dependencies);
    expect(crlf.edges).toEqual(lf.edges);
  });

  it.each([
    ['a package.json', '{"name":"x"}'],
    ['a pnpm lock', "lockfileVersion: '9.0'\n"],
    ['a yarn v1 marker late in the file', `${'x\n'.repeat(400)}# yarn lockfile v1\n`],
    ['YAML that merely mentions __metadata', 'other:\n  __metadata: 1\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});
