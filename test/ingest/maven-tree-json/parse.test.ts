import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/maven-tree-json/parse.js';
import { byRef, edgeStrings, fixture, run } from '../lockfiles/helpers.js';
import { timeBudget } from '../../time-budget.js';

const coordinates = (text: string, indent: string): string[] =>
  [...text.matchAll(new RegExp(`^${indent}"groupId": "([^"]+)",\\n${indent}"artifactId": "([^"]+)",\\n${indent}"version": "([^"]+)"`, 'gm'))].map(
    (m) => `pkg:maven/${m[1]}/${m[2]}@${m[3]}`,
  );

describe('dwp ms-fitnote-pdf-generator maven.graph.json (real, PROVENANCE.md)', () => {
  const text = fixture('maven-tree-json/ms-fitnote-pdf-generator.maven.graph.json');
  const { set, problems } = run(parser, text);

  it('every node below the module is a dependency, once', () => {
    expect(problems).toEqual([]);
    const all = coordinates(text, ' +').slice(1); // the first is the module itself
    expect(all).toHaveLength(153);
    expect(set.dependencies.map((d) => d.ref).sort()).toEqual([...new Set(all)].sort());
  });

  it('direct = the module children (the nodes at the first indentation)', () => {
    const direct = coordinates(text, ' {6}');
    expect(direct).toHaveLength(21);
    expect(set.dependencies.filter((d) => d.direct).map((d) => d.ref).sort()).toEqual(direct.sort());
  });

  it('development = test scope or below a test-scoped node (the plugin prints declared scopes below it)', () => {
    expect(byRef(set, 'pkg:maven/junit/junit@4.13.2')).toMatchObject({ direct: true, development: true });
    expect(byRef(set, 'pkg:maven/org.hamcrest/hamcrest-core@1.3').development).toBe(true);
    // "compile" in the file, but only reachable through io.dropwizard:dropwizard-testing (test)
    expect(byRef(set, 'pkg:maven/com.fasterxml.jackson.jakarta.rs/jackson-jakarta-rs-json-provider@2.19.2')).toMatchObject({ direct: false, development: true });
    expect(byRef(set, 'pkg:maven/org.slf4j/log4j-over-slf4j@2.0.17').development).toBe(false); // runtime
    expect(byRef(set, 'pkg:maven/com.google.guava/guava@33.5.0-jre')).toMatchObject({ direct: true, development: false, checksums: null, source: null });
  });

  it('children -> edges', () => {
    const edges = edgeStrings(set);
    expect(edges).toContain('pkg:maven/com.google.guava/guava@33.5.0-jre -> pkg:maven/com.google.guava/failureaccess@1.0.3');
    expect(edges).toContain('pkg:maven/org.junit.jupiter/junit-jupiter-api@5.12.2 -> pkg:maven/org.opentest4j/opentest4j@1.3.0');
    // one edge per node below the first level
    expect(edges).toHaveLength(153 - 21);
  });
});

describe('own fixtures', () => {
  it('a module without dependencies (oxo2, real) is an empty set', () => {
    const { set, problems } = run(parser, fixture('maven-tree-json/oxo2-root-only.maven.graph.json'));
    expect(set.dependencies).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('bad nodes are problems at their pointer; classifier and type become qualifiers; provided is runtime', () => {
    const { set, problems } = run(parser, fixture('maven-tree-json/bad-nodes.maven.graph.json'));
    expect(problems).toEqual([
      { place: '/children/1', message: 'not a dependency node (groupId, artifactId, version, scope)' },
      { place: '/children/2/children', message: '"children" is not a list' },
    ]);
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['pkg:maven/org.slf4j/slf4j-api@2.0.17', true, false],
      ['pkg:maven/org.lwjgl/lwjgl@3.3.4?classifier=natives-linux', true, false],
      ['pkg:maven/com.example/bom@1.0.0?type=pom', true, false],
    ]);
    expect(edgeStrings(set)).toEqual(['pkg:maven/com.example/bom@1.0.0?type=pom -> pkg:maven/org.slf4j/slf4j-api@2.0.17']);
  });

  it('does not claim a CycloneDX SBOM or an npm lock', () => {
    expect(parser.detect({ text: '', json: { bomFormat: 'CycloneDX', components: [] } })).toBe(false);
    expect(parser.detect({ text: '', json: { lockfileVersion: 3, packages: {} } })).toBe(false);
  });
});

describe('scale', () => {
  it('reads a 50,000-node chain without recursion, well under a second', () => {
    let node: Record<string, unknown> = { groupId: 'g', artifactId: 'a49999', version: '1', type: 'jar', scope: 'compile', classifier: '', optional: 'false' };
    for (let i = 49_998; i >= 0; i--) node = { groupId: 'g', artifactId: `a${i}`, version: '1', type: 'jar', scope: 'compile', classifier: '', optional: 'false', children: [node] };
    const json = { groupId: 'g', artifactId: 'root', version: '1', type: 'jar', scope: '', classifier: '', optional: 'false', children: [node] };
    const started = performance.now();
    const outcome = parser.parse({ text: '', json, path: 'x', companions: new Map() });
    const elapsed = performance.now() - started;
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.length).toBe(50_000);
    expect(elapsed).toBeLessThan(timeBudget(2000));
  });
});
