import { describe, expect, it } from 'vitest';
import { buildSet } from '../../src/graph/build.js';
import type { ParsedDependency } from '../../src/ingest/parser.js';

function dep(ref: string, purl: string, extra: Partial<ParsedDependency> = {}): ParsedDependency {
  return { ref, purl, direct: null, development: null, licenses: null, checksums: null, source: null, ...extra };
}

const edgeStrings = (edges: ReadonlyMap<string, readonly string[]>) => [...edges].flatMap(([from, tos]) => tos.map((to) => `${from} -> ${to}`));

describe('buildSet', () => {
  it('merges entries of the same purl: direct if any is, runtime if any is', () => {
    const { set } = buildSet(
      {
        file: 'package-lock.json',
        packageManager: 'npm',
        dependencies: [
          dep('node_modules/a', 'pkg:npm/a@1.0.0', { direct: false, development: true, licenses: ['MIT'] }),
          dep('node_modules/b/node_modules/a', 'pkg:npm/a@1.0.0', { direct: true, development: false, licenses: ['ISC'] }),
          dep('node_modules/b', 'pkg:npm/%40scope/b@2.0.0', { direct: true, development: true, checksums: { sha1: 'ab' } }),
        ],
        edges: [],
      },
      'npm-lock',
    );
    expect(set.dependencies.map((d) => [d.purl, d.name, d.introduced, d.development, d.licenses])).toEqual([
      ['pkg:npm/%40scope/b@2.0.0', '@scope/b', true, true, null],
      ['pkg:npm/a@1.0.0', 'a', true, false, ['ISC', 'MIT']],
    ]);
  });

  it('keeps development unknown when one entry does not say and none is runtime', () => {
    const { set } = buildSet(
      { file: 'f', packageManager: null, dependencies: [dep('1', 'pkg:npm/a@1', { development: true }), dep('2', 'pkg:npm/a@1')], edges: [] },
      'x',
    );
    expect(set.dependencies[0]?.development).toBeNull();
  });

  it('maps edges from refs to purls, sorted, without self-loops or dangling refs', () => {
    const { set } = buildSet(
      {
        file: 'f',
        packageManager: null,
        dependencies: [dep('r', 'pkg:npm/root@1'), dep('x1', 'pkg:npm/x@1'), dep('x2', 'pkg:npm/x@1'), dep('y', 'pkg:npm/y@1')],
        edges: [
          ['r', 'y'],
          ['r', 'x1'],
          ['r', 'x2'],
          ['x1', 'x2'],
          ['y', 'missing'],
        ],
      },
      'x',
    );
    expect(edgeStrings(set.graph.edges)).toEqual(['pkg:npm/root@1 -> pkg:npm/x@1', 'pkg:npm/root@1 -> pkg:npm/y@1']);
  });

  it('reports a purl that does not parse and keeps the rest', () => {
    const { set, problems } = buildSet(
      { file: 'f', packageManager: null, dependencies: [dep('bad', 'not-a-purl'), dep('ok', 'pkg:pypi/requests@2.0.0')], edges: [] },
      'x',
    );
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:pypi/requests@2.0.0']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('"not-a-purl" does not parse');
  });

  it('reports a purl that does not parse once, at its first entry, however often it repeats', () => {
    const { problems } = buildSet(
      { file: 'f', packageManager: null, dependencies: [dep('first', 'bad'), dep('ok', 'pkg:npm/a@1'), dep('second', 'bad')], edges: [] },
      'x',
    );
    expect(problems.map((p) => p.place)).toEqual(['dependency first']);
  });

  it('merges entries of one purl in input order, even when the input is not in purl order', () => {
    const { set } = buildSet(
      {
        file: 'f',
        packageManager: null,
        dependencies: [
          dep('z', 'pkg:npm/z@1'),
          dep('a1', 'pkg:npm/a@1', { source: 'https://first.example/a.tgz', checksums: { sha1: 'aa' } }),
          dep('m', 'pkg:npm/m@1'),
          dep('a2', 'pkg:npm/a@1', { source: 'https://second.example/a.tgz', checksums: { sha1: 'bb', md5: 'cc' } }),
          dep('a3', 'pkg:npm/a@1', { checksums: { md5: 'ee', sha256: 'ff' } }),
        ],
        edges: [
          ['z', 'a2'],
          ['m', 'a1'],
        ],
      },
      'x',
    );
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/a@1', 'pkg:npm/m@1', 'pkg:npm/z@1']);
    // Earlier entries lead; a later one only adds what they lack.
    expect(set.dependencies[0]?.source).toBe('https://first.example/a.tgz');
    expect(set.dependencies[0]?.checksums).toEqual({ sha1: 'aa', md5: 'cc', sha256: 'ff' });
    expect(edgeStrings(set.graph.edges)).toEqual(['pkg:npm/m@1 -> pkg:npm/a@1', 'pkg:npm/z@1 -> pkg:npm/a@1']);
  });

  it('points a repeated ref at its last entry', () => {
    const { set } = buildSet(
      { file: 'f', packageManager: null, dependencies: [dep('r', 'pkg:npm/root@1'), dep('t', 'pkg:npm/old@1'), dep('t', 'pkg:npm/new@1')], edges: [['r', 't']] },
      'x',
    );
    expect(edgeStrings(set.graph.edges)).toEqual(['pkg:npm/root@1 -> pkg:npm/new@1']);
  });

  it('uses the purl parts a parser hands over instead of parsing the purl again', () => {
    const parts = { type: 'npm', namespace: '@scope', name: 'given', version: '9.9.9', qualifiers: null, subpath: null };
    const { set } = buildSet({ file: 'f', packageManager: null, dependencies: [dep('1', 'pkg:npm/%40scope/given@9.9.9', { parts })], edges: [] }, 'x');
    expect(set.dependencies.map((d) => [d.type, d.namespace, d.name, d.version])).toEqual([['npm', '@scope', '@scope/given', '9.9.9']]);
  });

  it.each([3, 16, 17, 200])('sorts and de-duplicates a row of %i targets', (width) => {
    // Targets listed in reverse and twice: short rows and long rows are sorted by different code.
    const targets = Array.from({ length: width }, (_, i) => `t${String(i).padStart(3, '0')}`);
    const { set } = buildSet(
      {
        file: 'f',
        packageManager: null,
        dependencies: [dep('r', 'pkg:npm/root@1'), ...targets.map((t) => dep(t, `pkg:npm/${t}@1`))],
        edges: new Map([['r', [...targets].reverse().concat(targets)]]),
      },
      'x',
    );
    expect(set.graph.edges.get('pkg:npm/root@1')).toEqual(targets.map((t) => `pkg:npm/${t}@1`));
  });

  it('leaves flags null where the format cannot know them (its declared capabilities), whatever an entry holds', () => {
    const parsed = { file: 'f', packageManager: null, dependencies: [dep('1', 'pkg:npm/a@1', { direct: true, development: false })], edges: [] };
    const flags = (capabilities: { direct: boolean; development: boolean }) => {
      const d = buildSet(parsed, 'x', capabilities).set.dependencies[0];
      return [d?.introduced, d?.development];
    };
    expect(flags({ direct: true, development: true })).toEqual([true, false]);
    expect(flags({ direct: false, development: true })).toEqual([null, false]);
    expect(flags({ direct: true, development: false })).toEqual([true, null]);
    // By default the capabilities are those of the parser named by the format: go.sum lists no direct dependencies.
    expect(buildSet(parsed, 'go-sum').set.dependencies[0]?.introduced).toBeNull();
  });
});
