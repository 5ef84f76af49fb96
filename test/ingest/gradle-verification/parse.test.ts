import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/gradle-verification/parse.js';
import { byRef, fixture, run } from '../lockfiles/helpers.js';

describe('ical-proxy gradle/verification-metadata.xml (real excerpt, PROVENANCE.md)', () => {
  const text = fixture('gradle-verification/ical-proxy-excerpt.verification-metadata.xml');
  const { set, problems } = run(parser, text);

  it('one dependency per component', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength([...text.matchAll(/<component /g)].length);
  });

  it('the main artifact’s checksum; a pom-only component keeps its pom’s', () => {
    expect(byRef(set, 'pkg:maven/ch.qos.logback/logback-classic@1.6.1')).toMatchObject({
      checksums: { sha256: 'be8970a67c145e610071817622212b50ee531f2ee8649d70a704e8549b958bbd' },
      direct: null,
      development: null,
    });
    expect(byRef(set, 'pkg:maven/com.fasterxml.jackson/jackson-bom@2.15.2').checksums).toEqual({ sha256: '1ead630255c488c51b5e0ab560c76c2371ad26ae36dadf0929c526572ea5b38b' });
  });
});

describe('bad entries (own)', () => {
  const { set, problems } = run(parser, fixture('gradle-verification/bad-entries.verification-metadata.xml'));
  it('a component without a version and a digest of the wrong length are problems at their lines', () => {
    expect(problems).toEqual([
      { place: 'line 5', message: 'a <component> without group, name and version' },
      { place: 'line 18', message: '"short-sum-2.0.jar" has a sha256 that is not a sha256 digest' },
    ]);
    expect(byRef(set, 'pkg:maven/org.example/quoted@1.0%26x').checksums).toMatchObject({ sha1: '0123456789abcdef0123456789abcdef01234567' });
    // the jar's own digest was unusable: the classifier artifact is not taken for it
    expect(byRef(set, 'pkg:maven/org.example/short-sum@2.0').checksums).toEqual({ sha256: '1111111111111111111111111111111111111111111111111111111111111111' });
  });
});
