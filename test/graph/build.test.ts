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
});
