import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/package-resolved/parse.js';
import { byRef, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('cdxgen Package.resolved files (real, PROVENANCE.md)', () => {
  it('v1: one dependency per pin; a branch pin is at its revision', () => {
    const text = fixture('package-resolved/cdxgen-Package.v1.resolved');
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength((JSON.parse(text) as { object: { pins: unknown[] } }).object.pins.length);
    expect(byRef(set, 'pkg:swift/github.com/apple/swift-argument-parser@1.0.3')).toMatchObject({ direct: null, development: null, checksums: null, source: 'https://github.com/apple/swift-argument-parser' });
    expect(byRef(set, 'pkg:swift/github.com/apple/swift-cmark@86aeb491675de6f077a3a6df6cbcac1a25dcbee1').source).toBe('https://github.com/apple/swift-cmark.git');
  });

  it('v2: https, scp-like and ssh:// locations name their host and path', () => {
    const { set, problems } = run(parser, fixture('package-resolved/cdxgen-Package2.v2.resolved'));
    expect(problems).toEqual([]);
    expect(set.dependencies.map((d) => d.purl)).toEqual([
      'pkg:swift/github.com/apple/swift-argument-parser@1.2.2',
      'pkg:swift/github.com/apple/swift-cmark@0.29.0',
      'pkg:swift/github.com/apple/swift-docc-plugin@1.2.0',
      'pkg:swift/bitbucket.org/atlassian/swift-http-server@0.7.4',
      'pkg:swift/github.com/swift/swift-http-server@0.7.4',
      'pkg:swift/bitbucket.org/swift/swift-http-server@0.7.4',
      'pkg:swift/github.com/apple/swift-docc-symbolkit@1.0.0',
    ]);
  });
});

describe('IceCubesApp Package.resolved v3 (real, PROVENANCE.md)', () => {
  const text = fixture('package-resolved/icecubesapp-Package.v3.resolved');
  const { set, problems } = run(parser, text);
  const pins = (JSON.parse(text) as { version: number; pins: { location: string; state: { version?: string; revision: string } }[] }).pins;

  it('one swift dependency per pin, named by the location’s host and path (.git dropped)', () => {
    expect(problems).toEqual([]);
    // Expected purls derived from the file's own fields, not from the parser.
    const expected = pins.map((p) => {
      const url = new URL(p.location);
      return `pkg:swift/${url.host}${url.pathname.replace(/\.git$/, '')}@${p.state.version ?? p.state.revision}`;
    });
    expect(set.dependencies.map((d) => d.purl)).toEqual(expected);
    expect(set.dependencies).toHaveLength(20);
  });

  it('values read from the file: a version pin, a branch pin at its revision, a .git location', () => {
    expect(byRef(set, 'pkg:swift/github.com/mergesort/Bodega@2.1.3')).toMatchObject({ source: 'https://github.com/mergesort/Bodega', direct: null, checksums: null });
    expect(byRef(set, 'pkg:swift/github.com/Dimillian/EmojiText@3b11459a19c9406176a08b0f0599b98f88113296').source).toBe('https://github.com/Dimillian/EmojiText');
    expect(byRef(set, 'pkg:swift/github.com/kaishin/Gifu@4.0.1').source).toBe('https://github.com/kaishin/Gifu.git');
  });
});

describe('v3, registry pins and bad pins (own)', () => {
  const { set, problems } = run(parser, fixture('package-resolved/v3-kinds-and-bad.resolved'));
  it('reads v3; a registry pin is scope/name', () => {
    expect(set.dependencies.map((d) => d.purl)).toEqual([
      'pkg:swift/github.com/Alamofire/Alamofire@5.9.1',
      'pkg:swift/github.com/apple/swift-nio@a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      'pkg:swift/mona/linkedlist@1.2.0',
    ]);
  });
  it('bad pins are problems at their pointers', () => {
    expect(problems).toEqual([
      { place: '/pins/3', message: '"broken" has a location that is not a repository URL ("not a url")' },
      { place: '/pins/4', message: 'a pin without identity, location and state' },
    ]);
  });
});

describe('scale', () => {
  it('reads 50,000 pins well under a second', () => {
    const pins = Array.from({ length: 50_000 }, (_, i) => ({ identity: `p${i}`, kind: 'remoteSourceControl', location: `https://github.com/o/p${i}.git`, state: { revision: 'a'.repeat(40), version: '1.0.0' } }));
    const json = { pins, version: 2 };
    const started = performance.now();
    const outcome = parser.parse({ text: '', json, path: 'x', companions: new Map() });
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3_000));
  });
});
