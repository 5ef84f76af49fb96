import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/pubspec-lock/parse.js';
import { byRef, external, fixture, run } from '../helpers.js';

describe('ping-coming-soon-page pubspec.lock (real, PROVENANCE.md)', () => {
  const text = fixture('pubspec-lock/ping-coming-soon-page.pubspec.lock');
  const { set, problems, notes } = run(parser, text);

  it('every package but the SDK’s own is a dependency', () => {
    expect(problems).toEqual([]);
    const all = [...text.matchAll(/^ {4}source: (\w+)$/gm)].map((m) => m[1]);
    expect(set.dependencies).toHaveLength(all.filter((s) => s !== 'sdk').length);
    expect(notes).toEqual(['3 package(s) of the Dart/Flutter SDK (source: sdk) are part of the SDK, not dependencies; left out']);
  });

  it('"direct main" / "direct dev" / transitive -> direct and development', () => {
    expect(byRef(set, 'provider@6.0.3')).toMatchObject({ purl: 'pkg:pub/provider@6.0.3', direct: true, development: false, source: 'https://pub.dartlang.org', checksums: null });
    expect(byRef(set, 'flutter_lints@2.0.1')).toMatchObject({ direct: true, development: true });
    expect(byRef(set, 'lints@2.0.0')).toMatchObject({ direct: false, development: null });
    expect(byRef(set, 'flutter_svg@1.1.1+1').purl).toBe('pkg:pub/flutter_svg@1.1.1+1');
    expect(set.dependencies.filter((d) => d.direct)).toHaveLength([...text.matchAll(/dependency: "direct (main|dev)"\n {4}description:\n {6}name/g)].length);
  });
});

describe('sha256, git, path and bad entries (own)', () => {
  const { set, problems } = run(parser, fixture('pubspec-lock/sha256-git-path-and-bad.pubspec.lock'));
  it('sha256 -> checksum; git -> URL at the resolved commit; path -> the path', () => {
    expect(byRef(set, 'async@2.13.0')).toMatchObject({ checksums: { sha256: '758e6d74e971c3e5aceb4110bfd6698efc7f501675bcfe0c775459a8140750eb' }, source: 'https://pub.dev' });
    expect(byRef(set, 'http@1.2.2').source).toBe('git+https://github.com/dart-lang/http.git#2b2b0c4f1a1d0b9e6d1c8f1e5a4b3c2d1e0f9a8b');
    expect(byRef(set, 'local_utils@0.1.0').source).toBe('../local_utils');
  });
  it('a package without a version and a bad sha256 are problems at their lines', () => {
    expect(problems).toEqual([
      { place: 'line 28', message: '"no_version" has no version' },
      { place: 'line 34', message: '"bad_hash" has a sha256 that is not a SHA-256 digest' },
    ]);
    expect(byRef(set, 'bad_hash@1.0.0')).toMatchObject({ direct: true, development: null, checksums: null });
  });
  it('does not claim a pnpm lock or a Gemfile.lock', () => {
    expect(parser.detect({ text: external('gitlab-com-runbooks/Gemfile.lock'), json: undefined })).toBe(false);
  });
});
