import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/gradle-dependencies/parse.js';
import { loadInput } from '../../../src/ingest/load.js';
import { byRef, edgeStrings, fixture, run } from '../lockfiles/helpers.js';
import { timeBudget } from '../../time-budget.js';

describe('Elasticsearch :server compileClasspath (real, PROVENANCE.md)', () => {
  const text = fixture('gradle-dependencies/elasticsearch-server-compileClasspath.txt');
  const { set, problems } = run(parser, text);
  const modules = [...text.matchAll(/^[|+\\ -]*--- ([^\s:]+:[^\s:]+:[^\s]+)$/gm)].map((m) => m[1] as string);

  it('every module line is a dependency; project lines are the build itself', () => {
    expect(problems).toEqual([]);
    expect(new Set(modules).size).toBe(22);
    expect(set.dependencies.map((d) => d.ref.replace('@', ':')).sort()).toEqual([...new Set(modules)].sort());
  });

  it('direct = first level, or below project nodes only', () => {
    expect(byRef(set, 'org.apache.lucene:lucene-core@9.3.0')).toMatchObject({ purl: 'pkg:maven/org.apache.lucene/lucene-core@9.3.0', direct: true, development: false, checksums: null });
    // declared by :libs:elasticsearch-lz4, a project of the same build
    expect(byRef(set, 'org.lz4:lz4-java@1.8.0').direct).toBe(true);
    expect(set.dependencies.every((d) => d.direct)).toBe(true);
    expect(edgeStrings(set)).toEqual([]);
  });
});

describe('configurations, conflict resolution, constraints, declarations (own)', () => {
  const { set, problems } = run(parser, fixture('gradle-dependencies/configurations-conflicts-constraints.txt'));

  it('the selected version is the one after "->"; substitutions change the module', () => {
    expect(byRef(set, 'org.slf4j:slf4j-api@2.0.6').purl).toBe('pkg:maven/org.slf4j/slf4j-api@2.0.6');
    expect(byRef(set, 'org.apache.avro:avro@1.11.3').direct).toBe(true);
    expect(byRef(set, 'net.minidev:json-smart@2.5.1').direct).toBe(true);
    expect(set.dependencies.some((d) => d.ref.startsWith('org.json:json'))).toBe(false);
    expect(byRef(set, 'org.apache.logging.log4j:log4j-core@2.13.0').direct).toBe(true);
    expect(byRef(set, 'com.fasterxml.jackson.core:jackson-databind@2.15.3').direct).toBe(true);
  });

  it('(c) constraints and (n) configurations are not dependencies; FAILED is a problem at its line', () => {
    expect(problems).toEqual([{ place: 'line 27', message: '"+--- org.example:missing:1.0 FAILED" could not be resolved (FAILED)' }]);
    expect(set.dependencies).toHaveLength(15);
  });

  it('development = only in test configurations', () => {
    expect(byRef(set, 'org.junit.jupiter:junit-jupiter@5.11.4')).toMatchObject({ direct: true, development: true });
    expect(byRef(set, 'org.opentest4j:opentest4j@1.3.0')).toMatchObject({ direct: false, development: true });
    expect(byRef(set, 'org.slf4j:slf4j-api@2.0.6')).toMatchObject({ direct: true, development: false });
  });

  it('indentation -> edges, (*) repeats add an edge without a subtree', () => {
    const edges = edgeStrings(set);
    expect(edges).toContain('com.google.guava:guava@32.1.3-jre -> com.google.guava:failureaccess@1.0.1');
    expect(edges).toContain('com.fasterxml.jackson.core:jackson-databind@2.15.3 -> com.fasterxml.jackson.core:jackson-core@2.15.3');
    expect(edges).toContain('org.junit.jupiter:junit-jupiter-engine@5.11.4 -> org.junit.jupiter:junit-jupiter-api@5.11.4');
    expect(edges.some((e) => e.startsWith('project'))).toBe(false);
  });

  it('checksums from gradle/verification-metadata.xml beside it', () => {
    const metadata = fixture('gradle-verification/ical-proxy-excerpt.verification-metadata.xml');
    const text = '\nruntimeClasspath\n\\--- ch.qos.logback:logback-core:1.5.37\n';
    const { set, notes } = run(parser, text, { 'gradle/verification-metadata.xml': metadata });
    expect(set.dependencies[0]?.checksums).toEqual({ sha256: 'c142955d757d923c6c626296bd97be2e0db1cfd33adeadbf2e2927403391e0a1' });
    expect(notes).toEqual(['checksums from gradle/verification-metadata.xml (9 components)']);
  });

  it('loadInput reads gradle/verification-metadata.xml below the report as its companion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-gradle-'));
    mkdirSync(join(dir, 'gradle'));
    copyFileSync(new URL('../../../fixtures/ingest/gradle-verification/ical-proxy-excerpt.verification-metadata.xml', import.meta.url), join(dir, 'gradle/verification-metadata.xml'));
    writeFileSync(join(dir, 'deps.txt'), 'runtimeClasspath - Runtime classpath.\n\\--- ch.qos.logback:logback-classic:1.6.1\n');
    const loaded = await loadInput('deps.txt', { maxInputBytes: 1 << 20, cwd: dir });
    expect(loaded.ok && loaded.parser.id).toBe('gradle-dependencies');
    expect(loaded.ok && loaded.result.sets[0]?.dependencies[0]?.checksums).toEqual({ sha256: 'be8970a67c145e610071817622212b50ee531f2ee8649d70a704e8549b958bbd' });
  });

  it('does not claim Maven tree output or a gradle.lockfile', () => {
    expect(parser.detect({ text: fixture('maven-tree-text/cdxgen-mvn-dep-tree-simple.txt'), json: undefined })).toBe(false);
    expect(parser.detect({ text: fixture('gradle-lockfile/without-header.lockfile'), json: undefined })).toBe(false);
  });
});

describe('scale', () => {
  it('reads 50,000 lines well under a second', () => {
    const lines = ['runtimeClasspath'];
    for (let i = 0; i < 50_000; i++) lines.push(i % 2 === 0 ? `+--- g:a${i}:1.0` : `|    \\--- g:a${i}:1.0 -> 1.1`);
    const started = performance.now();
    const { set } = run(parser, lines.join('\n'));
    expect(set.dependencies).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
  });
});
