import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/gemfile-lock/parse.js';
import { byRef, difference, edgeStrings, external, fixture, nameAtVersion, run, sbomNames } from '../helpers.js';

/** Spec lines counted the simple way: exactly four spaces of indentation. */
const specLines = (text: string) => text.split('\n').filter((l) => /^ {4}\S/.test(l)).length;

describe('gemfile-lock on real files', () => {
  it.each([
    ['gitlab-com-runbooks/Gemfile.lock', 'gitlab-com-runbooks/gl-sbom-gem-bundler.cdx.json', 115],
    ['gitlab-com-runbooks/scripts/disaster-recovery/Gemfile.lock', 'gitlab-com-runbooks/scripts/disaster-recovery/gl-sbom-gem-bundler.cdx.json', 82],
  ])('%s matches what GitLab Gemnasium listed for the same commit', (lockPath, sbomPath, gems) => {
    const text = external(lockPath);
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    expect(set.packageManager).toBe('bundler');
    expect(specLines(text)).toBe(gems); // PROVENANCE.md
    expect(set.dependencies.length).toBe(gems);
    // Gemnasium lists one component per name@version; platform variants (grpc 1.63.2-x86_64-linux ...)
    // are separate purls here (each has its own checksum) but the same name@version.
    const ours = new Set(set.dependencies.map(nameAtVersion));
    const gemnasium = sbomNames(external(sbomPath));
    expect(difference(ours, gemnasium)).toEqual([]);
    expect(difference(gemnasium, ours)).toEqual([]);
    expect(set.dependencies.every((d) => d.development === null)).toBe(true);
  });

  it('runbooks: DEPENDENCIES are direct, nested spec lines are edges', () => {
    const text = external('gitlab-com-runbooks/Gemfile.lock');
    const { set } = run(parser, text);
    const declared = text.slice(text.indexOf('\nDEPENDENCIES\n') + 14, text.indexOf('\n\nBUNDLED WITH')).split('\n').map((l) => l.trim().split(' ')[0]);
    expect(new Set(set.dependencies.filter((d) => d.direct).map((d) => nameAtVersion(d).replace(/@.*$/, '')))).toEqual(new Set(declared));
    const activesupport = byRef(set, 'activesupport@7.2.2');
    expect([activesupport.purl, activesupport.source, activesupport.direct]).toEqual(['pkg:gem/activesupport@7.2.2', 'https://rubygems.org/', false]);
    expect(edgeStrings(set)).toContain('activesupport@7.2.2 -> tzinfo@2.0.6');
  });

  it('rubygems.org: two GEM sources, platform gems, CHECKSUMS', () => {
    const text = external('rubygems.org/Gemfile.lock');
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(specLines(text));
    expect(set.dependencies.length).toBe(341); // PROVENANCE.md
    const avo = byRef(set, 'avo-advanced@3.32.4');
    expect([avo.source, avo.direct]).toEqual(['https://packager.dev/avo-hq/', true]);
    const ffi = byRef(set, 'ffi@1.17.4-x86_64-linux-gnu');
    expect(ffi.purl).toBe('pkg:gem/ffi@1.17.4?platform=x86_64-linux-gnu');
    const line = text.split('\n').find((l) => l.startsWith('  ffi (1.17.4-x86_64-linux-gnu) sha256='));
    expect(ffi.checksums).toEqual({ sha256: line?.split('sha256=')[1] });
    expect(byRef(set, 'actioncable@8.1.3.1').checksums).toEqual({ sha256: 'e318528295c878a3efdfe25f0f2267c80cb7a76eba41bb5f64d44aa380a3d91b' });
    expect(set.dependencies.filter((d) => d.checksums).length).toBe(text.split('\n').filter((l) => / sha256=[0-9a-f]{64}$/.test(l)).length);
  });
});

describe('gemfile-lock on small cases', () => {
  it('GIT and PATH sections, platform variants, bad lines as problems', () => {
    const { set, problems } = run(parser, fixture('gemfile-lock/git-path-and-platforms.lock'));
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.source, d.checksums?.sha256 ?? null]]));
    expect(summary).toEqual({
      'forked_gem@2.0.0': ['pkg:gem/forked_gem@2.0.0', true, 'https://github.com/acme/forked_gem.git', null],
      'mini_portile2@2.8.5': ['pkg:gem/mini_portile2@2.8.5', false, 'https://rubygems.org/', null],
      'nokogiri@1.15.0': ['pkg:gem/nokogiri@1.15.0', true, 'https://rubygems.org/', '8a0e3bc62e0c1e6e2bd2d7e1fa1e2c9d22d4a3b2c1d0e9f8a7b6c5d4e3f2a1b0'],
      'nokogiri@1.15.0-x86_64-linux': ['pkg:gem/nokogiri@1.15.0?platform=x86_64-linux', true, 'https://rubygems.org/', '1'.repeat(64)],
      'racc@1.7.3': ['pkg:gem/racc@1.7.3', false, 'https://rubygems.org/', null],
      'rack@3.0.8': ['pkg:gem/rack@3.0.8', true, 'https://rubygems.org/', 'aaaa' + '0'.repeat(60)],
    });
    expect(edgeStrings(set)).toEqual([
      'forked_gem@2.0.0 -> rack@3.0.8',
      'nokogiri@1.15.0 -> mini_portile2@2.8.5',
      'nokogiri@1.15.0 -> racc@1.7.3',
      'nokogiri@1.15.0-x86_64-linux -> racc@1.7.3',
    ]);
    expect(problems).toEqual([
      { place: 'line 26', message: expect.stringMatching(/cannot read "broken line \("/) },
      { place: 'line 27', message: 'no_version has no version' },
    ]);
  });

  it.each([
    ['a go.mod', 'module example.com/x\n\ngo 1.22\n'],
    ['a yarn lock', '# yarn lockfile v1\n\nGEM@^1:\n  version "1"\n'],
    ['GEM without remote', 'GEM\n  specs:\n    rack (3.0.8)\n'],
    ['GEM with a remote but no specs', 'GEM\n  remote: https://rubygems.org/\n\nPLATFORMS\n  ruby\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });

  it('a lock cut before DEPENDENCIES keeps its gems, with direct unknown and a note', () => {
    const text = external('gitlab-com-runbooks/Gemfile.lock');
    const cut = text.slice(0, text.lastIndexOf('\n', text.length / 2) + 1);
    expect(cut).not.toContain('DEPENDENCIES');
    const { set, notes } = run(parser, cut);
    expect(set.dependencies.length).toBe(specLines(cut));
    expect(set.dependencies.every((d) => d.direct === null)).toBe(true);
    expect(byRef(set, 'activesupport@7.2.2').purl).toBe('pkg:gem/activesupport@7.2.2');
    expect(notes?.join(' ')).toMatch(/no DEPENDENCIES section.*truncated/);
  });

  it('a GIT section with revision and branch before specs is claimed', () => {
    const text = 'GIT\n  remote: https://github.com/acme/x.git\n  revision: 0123abc\n  branch: main\n  specs:\n    x (1.0.0)\n';
    expect(run(parser, text).set.dependencies.map((d) => d.purl)).toEqual(['pkg:gem/x@1.0.0']);
  });

  it('a CRLF lock reads like its LF original', () => {
    const text = external('rubygems.org/Gemfile.lock');
    const lf = run(parser, text).set;
    const crlf = run(parser, text.replace(/\n/g, '\r\n')).set;
    expect(crlf.dependencies).toEqual(lf.dependencies);
    expect(crlf.edges).toEqual(lf.edges);
  });
});
