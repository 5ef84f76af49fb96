import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/composer-lock/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';

interface Lock {
  packages: { name: string; version: string }[];
  'packages-dev': { name: string; version: string }[];
}
interface Manifest {
  require: Record<string, string>;
  'require-dev': Record<string, string>;
}
const isPlatform = (n: string) => n === 'php' || n.startsWith('ext-');

describe.each(['composer/composer.lock', 'symfony-demo/composer.lock'])('%s', (file) => {
  const text = external(file);
  const lock = JSON.parse(text) as Lock;
  const { set, problems } = run(parser, text);

  it('packages are runtime, packages-dev development', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies.filter((d) => d.development === false)).toHaveLength(lock.packages.length);
    expect(set.dependencies.filter((d) => d.development === true)).toHaveLength(lock['packages-dev'].length);
  });
});

describe('composer/composer.lock', () => {
  const { set } = run(parser, external('composer/composer.lock'));
  it('reads 30 + 6 packages (PROVENANCE.md) with licenses, dist URLs and require edges', () => {
    expect(set.dependencies).toHaveLength(36);
    expect(byRef(set, 'composer/ca-bundle@1.5.12')).toMatchObject({
      purl: 'pkg:composer/composer/ca-bundle@1.5.12',
      licenses: ['MIT'],
      checksums: null, // dist.shasum is ""
      source: 'https://api.github.com/repos/composer/ca-bundle/zipball/00a2f4201641d5c53f7fc0195e6c8d9fcc321a78',
      direct: null,
    });
    expect(edgeStrings(set)).toContain('composer/xdebug-handler@3.0.5 -> composer/pcre@2.3.2');
  });
});

describe('symfony/demo composer.lock with composer.json', () => {
  const manifest = JSON.parse(external('symfony-demo/composer.json')) as Manifest;
  const { set } = run(parser, external('symfony-demo/composer.lock'), { 'composer.json': external('symfony-demo/composer.json') });

  it('direct = required by composer.json (platform requirements are not packages)', () => {
    const declared = [...Object.keys(manifest.require), ...Object.keys(manifest['require-dev'])].filter((n) => !isPlatform(n));
    expect(set.dependencies.filter((d) => d.direct)).toHaveLength(declared.length);
    expect(set.dependencies.find((d) => d.ref.startsWith('phpunit/phpunit@'))).toMatchObject({ direct: true, development: true });
    expect(set.dependencies.find((d) => d.ref.startsWith('doctrine/orm@'))).toMatchObject({ direct: true, development: false });
  });
});

describe('own fixture', () => {
  const { set, problems } = run(parser, fixture('composer-lock/replace-and-malformed.json'), {
    'composer.json': fixture('composer-lock/replace-and-malformed.composer.json'),
  });

  it('malformed packages are problems with JSON pointers; the rest parses', () => {
    expect(set.dependencies.map((d) => d.ref)).toEqual(['acme/app-lib@v2.1.0', 'symfony/polyfill-mbstring@v1.30.0', 'monolog/monolog@3.7.0', 'phpunit/phpunit@11.2.8']);
    expect(problems.map((p) => p.place)).toEqual(['/packages/2/dist/shasum', '/packages/3', '/packages/4']);
  });

  it('sha1 shasum, license list, source URL when dist has none, edges through provide, platform skipped', () => {
    expect(byRef(set, 'acme/app-lib@v2.1.0')).toMatchObject({
      purl: 'pkg:composer/acme/app-lib@v2.1.0',
      direct: true,
      checksums: { sha1: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3' },
      licenses: ['MIT', 'Apache-2.0'],
    });
    expect(byRef(set, 'symfony/polyfill-mbstring@v1.30.0')).toMatchObject({ direct: false, source: 'https://github.com/symfony/polyfill-mbstring.git', licenses: null });
    expect(edgeStrings(set)).toEqual([
      'acme/app-lib@v2.1.0 -> monolog/monolog@3.7.0',
      'acme/app-lib@v2.1.0 -> symfony/polyfill-mbstring@v1.30.0',
      'phpunit/phpunit@11.2.8 -> acme/app-lib@v2.1.0',
    ]);
  });
});
