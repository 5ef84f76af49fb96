import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/podfile-lock/parse.js';
import { byRef, edgeStrings, fixture, run } from '../helpers.js';

describe('real Podfile.locks (PROVENANCE.md)', () => {
  it('Alamofire-Result: the :path pod is the project itself; what it and DEPENDENCIES name is direct', () => {
    const { set, problems } = run(parser, fixture('podfile-lock/alamofire-result.Podfile.lock'));
    expect(problems).toEqual([]);
    expect(set.dependencies).toEqual([{ ref: 'Result', purl: 'pkg:cocoapods/Result@0.6.0-beta.4', direct: true, development: null, licenses: null, checksums: null, source: null }]);
    expect(edgeStrings(set)).toEqual([]);
  });

  it('AppCenter (trivy testdata): subspecs are their pod; edges between pods only', () => {
    const text = fixture('podfile-lock/trivy-happy.Podfile.lock');
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    const pods = new Set([...text.matchAll(/^ {2}- ([^\s/(]+)/gm)].map((m) => m[1]));
    expect(set.dependencies.map((d) => d.ref).sort()).toEqual([...pods].sort());
    expect(byRef(set, 'AppCenter').purl).toBe('pkg:cocoapods/AppCenter@4.2.0');
    expect(edgeStrings(set)).toEqual([]);
    expect(set.dependencies.every((d) => !d.direct)).toBe(true);
  });
});

describe('sources and bad entries (own)', () => {
  const { set, problems } = run(parser, fixture('podfile-lock/sources-and-bad.Podfile.lock'));
  it('sources: trunk -> the CDN, git -> URL at the tag; :path pods are not dependencies', () => {
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.source])).toEqual([
      ['Firebase', true, 'https://cdn.cocoapods.org/'],
      ['FirebaseAnalytics', false, 'https://cdn.cocoapods.org/'],
      ['SwiftyJSON', true, 'git+https://github.com/SwiftyJSON/SwiftyJSON.git#5.0.2'],
    ]);
    expect(edgeStrings(set)).toEqual(['Firebase -> FirebaseAnalytics']);
  });
  it('an entry without a version and a dependency that is not locked are problems at their lines', () => {
    expect(problems).toEqual([
      { place: 'line 7', message: 'a PODS entry that is not "Name (version)"' },
      { place: 'line 9', message: '"SwiftyJSON" depends on "NotLocked (~> 1.0)", which is not in PODS' },
    ]);
  });
});
