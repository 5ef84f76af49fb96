// A walk whose edges come numbered (NumberedWalkEdges, as SPDX hands them over) gives the flags the same walk
// gives as [from, to, development] tuples, also for a root outside the numbered refs.
import { describe, expect, it } from 'vitest';
import { applyWalk } from '../../src/graph/walk.js';
import type { ParsedDependency, ParsedSet, ParsedWalk } from '../../src/ingest/parser.js';

const entry = (ref: string): ParsedDependency => ({ ref, purl: `pkg:npm/${ref}@1.0.0`, direct: null, development: null, licenses: null, checksums: null, source: null });
const tuples: [string, string, boolean][] = [
  ['app', 'lib', false],
  ['app', 'test-kit', true],
  ['test-kit', 'util', false],
  ['lib', 'util', false],
  ['test-kit', 'only-test', false],
  ['side', 'side-dep', true],
];

function flags(walk: ParsedWalk): Record<string, boolean | null> {
  const dependencies = ['lib', 'test-kit', 'util', 'only-test', 'side-dep', 'lost'].map(entry);
  const set: ParsedSet = { file: 'f', packageManager: null, dependencies, edges: [], walk };
  return Object.fromEntries(applyWalk(set, { direct: true, development: true }).dependencies.map((d) => [d.ref, d.development]));
}

describe('applyWalk with numbered edges', () => {
  it('agrees with the tuple form', () => {
    const refs = [...new Set(tuples.flatMap(([a, b]) => [a, b]))].filter((r) => r !== 'side');
    const indexOf = new Map(refs.map((r, i) => [r, i]));
    // "side" is not numbered: a root the parser names outside its graph is numbered by the walk.
    const all = [...refs, 'side'];
    const at = (r: string) => all.indexOf(r);
    const roots: ParsedWalk['roots'] = [['app', false], ['side', false]];
    const numbered = flags({
      roots,
      edges: { refs, indexOf, from: tuples.filter(([a]) => a !== 'side').map(([a]) => at(a)), to: tuples.filter(([a]) => a !== 'side').map(([, b]) => at(b)), development: tuples.filter(([a]) => a !== 'side').map(([, , d]) => d) },
      unreached: null,
    });
    const asTuples = flags({ roots, edges: tuples.filter(([a]) => a !== 'side'), unreached: null });
    expect(numbered).toEqual(asTuples);
    expect(numbered).toEqual({ lib: false, 'test-kit': true, util: false, 'only-test': true, 'side-dep': null, lost: null });
  });
});
