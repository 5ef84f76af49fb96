import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/maven-tree-text/parse.js';
import { byRef, edgeStrings, fixture, run } from '../lockfiles/helpers.js';
import { timeBudget } from '../../time-budget.js';

describe('cdxgen mvn-dep-tree-simple.txt (real dependency:tree -DoutputFile, PROVENANCE.md)', () => {
  const text = fixture('maven-tree-text/cdxgen-mvn-dep-tree-simple.txt');
  const { set, problems } = run(parser, text);
  const lines = text.trim().split('\n').slice(1);

  it('one dependency per branch line', () => {
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(37);
    expect(set.dependencies).toHaveLength(37);
  });

  it('direct = first-level branches; development = test scope', () => {
    const firstLevel = lines.filter((l) => /^[+\\]- /.test(l));
    expect(set.dependencies.filter((d) => d.direct)).toHaveLength(firstLevel.length);
    const tests = lines.filter((l) => l.endsWith(':test'));
    expect(set.dependencies.filter((d) => d.development)).toHaveLength(tests.length);
    expect(byRef(set, 'pkg:maven/com.github.jnr/jffi@1.3.11?classifier=native')).toMatchObject({ direct: true, development: false });
    expect(byRef(set, 'pkg:maven/org.javassist/javassist@3.21.0-GA')).toMatchObject({ direct: false, development: true });
  });

  it('indentation -> edges', () => {
    const edges = edgeStrings(set);
    expect(edges).toHaveLength(lines.length - lines.filter((l) => /^[+\\]- /.test(l)).length);
    expect(edges).toContain('pkg:maven/org.powermock/powermock-core@1.7.3 -> pkg:maven/org.javassist/javassist@3.21.0-GA');
    expect(edges).toContain('pkg:maven/org.apache.geode/geode-core@1.1.1 -> pkg:maven/org.apache.shiro/shiro-core@1.3.1');
    expect(edges).toContain('pkg:maven/org.apache.shiro/shiro-core@1.3.1 -> pkg:maven/commons-beanutils/commons-beanutils@1.8.3');
  });

  it('a module with one dependency (streamflyer, real)', () => {
    const { set } = run(parser, fixture('maven-tree-text/streamflyer-runtime-deps-tree.txt'));
    expect(set.dependencies).toEqual([
      { ref: 'pkg:maven/commons-io/commons-io@2.4', purl: 'pkg:maven/commons-io/commons-io@2.4', direct: true, development: false, licenses: null, checksums: null, source: null },
    ]);
  });
});

describe('a captured multi-module log', () => {
  const { set, problems } = run(parser, fixture('maven-tree-text/multi-module-log-with-bad-line.txt'));

  it('a bad line is a problem at its line; its children are still read, without a parent', () => {
    expect(problems).toEqual([{ place: 'line 12', message: '"[INFO] +- this line is broken" is not "groupId:artifactId:type[:classifier]:version:scope"' }]);
    expect(byRef(set, 'pkg:maven/org.example/orphan@1.0')).toMatchObject({ direct: false, development: false });
  });

  it('both modules are read; omitted (verbose) nodes are skipped; annotations after the coordinates are ignored', () => {
    expect(set.dependencies.map((d) => d.ref).sort()).toEqual([
      'pkg:maven/com.example/core@1.0.0',
      'pkg:maven/junit/junit@4.13.2',
      'pkg:maven/org.apache.commons/commons-lang3@3.17.0',
      'pkg:maven/org.example/orphan@1.0',
      'pkg:maven/org.hamcrest/hamcrest-core@1.3',
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.12.2',
      'pkg:maven/org.slf4j/slf4j-api@2.0.17',
    ]);
    // provided: on the run-time classpath (the container provides it)
    expect(byRef(set, 'pkg:maven/org.apache.commons/commons-lang3@3.17.0').development).toBe(false);
    // runtime in one place, test in another: not development-only
    expect(byRef(set, 'pkg:maven/org.slf4j/slf4j-api@2.0.17')).toMatchObject({ direct: true, development: false });
    expect(edgeStrings(set)).toEqual([
      'pkg:maven/com.example/core@1.0.0 -> pkg:maven/org.slf4j/slf4j-api@2.0.17',
      'pkg:maven/junit/junit@4.13.2 -> pkg:maven/org.hamcrest/hamcrest-core@1.3',
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.12.2 -> pkg:maven/org.slf4j/slf4j-api@2.0.17',
    ]);
  });

  it('does not claim gradle dependencies output', () => {
    const text = fixture('gradle-dependencies/elasticsearch-server-compileClasspath.txt');
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});

describe('scale', () => {
  it('reads 50,000 branch lines well under a second', () => {
    const lines = ['com.example:app:jar:1.0'];
    for (let i = 0; i < 50_000; i++) lines.push(`${i % 2 === 0 ? '+- ' : '|  \\- '}g:a${i}:jar:1.0:compile`);
    const text = lines.join('\n');
    const started = performance.now();
    const { set } = run(parser, text);
    expect(set.dependencies).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
  });
});
