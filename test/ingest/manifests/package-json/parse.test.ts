import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredDependencies, parser } from '../../../../src/ingest/manifests/package-json/parse.js';

const external = (p: string) => readFileSync(new URL(`../../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');

describe('package-json', () => {
  it.each(['create-react-app/package.json', 'gitlab-com-runbooks/package.json', 'metahkg-rlp-proxy-rewrite/package.json'])('%s alone gives no set, and says to scan the lock file', (path) => {
    const text = external(path);
    const json: unknown = JSON.parse(text);
    expect(parser.detect({ text, json })).toBe(true);
    const outcome = parser.parse({ text, json, path, companions: new Map() });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.sets).toEqual([]);
    expect(outcome.value.notes?.[0]).toMatch(/package.json is a manifest: it declares version ranges, not installed versions; scan the lock file beside it/);
  });

  it('declaredDependencies reads every kind and the workspaces', () => {
    const declared = declaredDependencies(external('create-react-app/package.json'));
    expect(declared.ok).toBe(true);
    if (!declared.ok) return;
    expect(declared.value.devDependencies.get('lerna')).toBe('^4.0.0');
    expect(declared.value.devDependencies.size).toBe(23);
    expect(declared.value.dependencies.size).toBe(0);
    expect(declared.value.workspaces).toEqual(['packages/*', 'docusaurus/website']);
    const yarnStyle = declaredDependencies('{"workspaces": {"packages": ["a/*"]}, "dependencies": {"x": "^1", "bad": 5}}');
    expect(yarnStyle.ok && [yarnStyle.value.workspaces, [...yarnStyle.value.dependencies]]).toEqual([['a/*'], [['x', '^1']]]);
  });

  it.each([
    ['not JSON', '{"name":', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
  ])('declaredDependencies refuses %s', (_name, text, message) => {
    const declared = declaredDependencies(text);
    expect(declared.ok).toBe(false);
    if (!declared.ok) expect(declared.error).toMatch(message);
  });

  it.each([
    ['composer.json', { name: 'acme/app', require: { php: '>=8.1' } }],
    ['NuGet packages.lock.json', { version: 1, dependencies: { 'net8.0': { Foo: { type: 'Direct' } } } }],
    ['a package-lock.json', { name: 'x', lockfileVersion: 3, packages: {} }],
    ['a CycloneDX SBOM', { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 }],
    ['conan.lock 0.5', { version: '0.5', requires: ['zlib/1.3'] }],
    ['an unrelated object', { hello: 'world' }],
  ])('does not claim %s', (_name, json) => {
    expect(parser.detect({ text: JSON.stringify(json), json })).toBe(false);
  });

  it('a range that is not a string is a problem at its JSON pointer, and the file is still a package.json', () => {
    const json = { name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0', '@scope/b': null }, devDependencies: { c: 5 } };
    const text = JSON.stringify(json);
    expect(parser.detect({ text, json })).toBe(true);
    const outcome = parser.parse({ text, json, path: 'package.json', companions: new Map() });
    expect(outcome.ok && outcome.value.problems.map((p) => p.place)).toEqual(['/dependencies/@scope~1b', '/devDependencies/c']);
  });

  it.each([
    ['a library manifest', { name: 'x', version: '1.0.0' }],
    ['a private app with scripts only', { private: true, scripts: { build: 'tsc' } }],
  ])('claims %s', (_name, json) => {
    expect(parser.detect({ text: JSON.stringify(json), json })).toBe(true);
  });
});
