import { describe, expect, it } from 'vitest';
import { applyWalk } from '../../src/graph/walk.js';
import type { ParsedDependency, ParsedSet, ParsedWalk } from '../../src/ingest/parser.js';

const entry = (ref: string, development: boolean | null = null): ParsedDependency => ({
  ref,
  purl: `pkg:npm/${ref}@1.0.0`,
  direct: null,
  development,
  licenses: null,
  checksums: null,
  source: null,
});

function flags(dependencies: ParsedDependency[], edges: [string, string][], walk: ParsedWalk, knows = true): Record<string, boolean | null> {
  const set: ParsedSet = { file: 'f', packageManager: null, dependencies, edges, walk };
  return Object.fromEntries(applyWalk(set, { direct: true, development: knows }).dependencies.map((d) => [d.ref, d.development]));
}

describe('applyWalk', () => {
  it('runtime where a runtime root reaches, development where only a development root does, the rest unreached', () => {
    const deps = [entry('a'), entry('b'), entry('shared'), entry('lost')];
    const edges: [string, string][] = [['app', 'a'], ['a', 'shared'], ['tool', 'b'], ['b', 'shared']];
    const walk: ParsedWalk = { roots: [['app', false], ['tool', true]], unreached: null };
    expect(flags(deps, edges, walk)).toEqual({ a: false, b: true, shared: false, lost: null });
    expect(flags(deps, edges, { ...walk, unreached: true })).toEqual({ a: false, b: true, shared: false, lost: true });
  });

  it('development through a development edge, even below a runtime package; runtime if another path is runtime', () => {
    const deps = [entry('lib'), entry('test-kit'), entry('util'), entry('only-test')];
    const walk: ParsedWalk = {
      roots: [['root', false]],
      edges: [['root', 'lib', false], ['lib', 'test-kit', true], ['test-kit', 'util', false], ['lib', 'util', false], ['test-kit', 'only-test', false]],
      unreached: null,
    };
    expect(flags(deps, [], walk)).toEqual({ lib: false, 'test-kit': true, util: false, 'only-test': true });
  });

  it('keeps a flag the parser set, and fills nothing when the format cannot know', () => {
    const deps = [entry('a', true), entry('b')];
    const walk: ParsedWalk = { roots: [['a', false], ['b', false]], unreached: null };
    expect(flags(deps, [], walk)).toEqual({ a: true, b: false });
    expect(flags(deps, [], walk, false)).toEqual({ a: true, b: null });
  });

  it('leaves direct unknown for what the walk does not reach when the parser says so (yarn v1 workspaces)', () => {
    const deps = [{ ...entry('dep'), direct: true }, { ...entry('below'), direct: false }, { ...entry('other'), direct: false }];
    const set: ParsedSet = { file: 'f', packageManager: null, dependencies: deps, edges: [['dep', 'below']], walk: { roots: [['dep', false]], unreached: null, directUnreached: null } };
    const direct = (knowsDirect: boolean) => applyWalk(set, { direct: knowsDirect, development: true }).dependencies.map((d) => d.direct);
    expect(direct(true)).toEqual([true, false, null]);
    expect(direct(false)).toEqual([true, false, false]);
  });

  it('walks a 100,000-deep chain without overflowing the stack', () => {
    const deps = Array.from({ length: 100_000 }, (_, i) => entry(`p${i}`));
    const edges = deps.slice(1).map((d, i): [string, string] => [`p${i}`, d.ref]);
    const result = flags(deps, edges, { roots: [['p0', true]], unreached: null });
    expect(result['p99999']).toBe(true);
  });
});
