import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/spdx/parse.js';
import { applyWalk } from '../../../src/graph/walk.js';

/** An SPDX 2.3 document: the app, packages a..e, and "A <type> B" relationships. */
function flags(relationships: readonly [string, string, string][]): Record<string, [boolean | null, boolean | null]> {
  const names = ['a', 'b', 'c', 'd', 'e'];
  const doc = {
    spdxVersion: 'SPDX-2.3',
    SPDXID: 'SPDXRef-DOCUMENT',
    documentDescribes: ['SPDXRef-app'],
    packages: [{ SPDXID: 'SPDXRef-app', name: 'app' }, ...names.map((n) => ({
      SPDXID: `SPDXRef-${n}`,
      name: n,
      versionInfo: '1.0.0',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/${n}@1.0.0` }],
    }))],
    relationships: relationships.map(([a, type, b]) => ({ spdxElementId: `SPDXRef-${a}`, relationshipType: type, relatedSpdxElement: `SPDXRef-${b}` })),
  };
  const outcome = parser.parse({ text: '', json: doc, path: 'sbom.spdx.json', companions: new Map() });
  if (!outcome.ok) throw new Error(outcome.error);
  const set = applyWalk(outcome.value.sets[0]!, parser.capabilities);
  return Object.fromEntries(set.dependencies.map((d) => [d.purl.slice(8, 9), [d.development, d.optional ?? null]]));
}

describe('SPDX development and optional edges', () => {
  it('OPTIONAL_DEPENDENCY_OF is an edge with its meaning: optional only when every run-time path has one', () => {
    expect(
      flags([
        ['a', 'DEPENDENCY_OF', 'app'],
        ['b', 'OPTIONAL_DEPENDENCY_OF', 'app'], // a platform binary
        ['c', 'DEPENDENCY_OF', 'b'], // only behind the optional one
        ['d', 'OPTIONAL_DEPENDENCY_OF', 'app'],
        ['d', 'DEPENDENCY_OF', 'a'], // also needed by a: not optional
      ]),
    ).toEqual({ a: [false, false], b: [false, true], c: [false, true], d: [false, false], e: [null, null] });
  });

  it('development edges (DEV_DEPENDENCY_OF, DEV_TOOL_OF, TEST_DEPENDENCY_OF) and npm\'s peers (PREREQUISITE_FOR)', () => {
    expect(
      flags([
        ['a', 'DEV_DEPENDENCY_OF', 'app'],
        ['b', 'OPTIONAL_DEPENDENCY_OF', 'c'], // development and optional (esbuild's platform packages under vitest)
        ['c', 'DEV_TOOL_OF', 'app'],
        ['d', 'TEST_DEPENDENCY_OF', 'app'],
        ['e', 'DEPENDENCY_OF', 'app'],
        ['a', 'PREREQUISITE_FOR', 'e'], // e's peer a: now needed at run time, not development
      ]),
    ).toEqual({ a: [false, false], b: [true, true], c: [true, false], d: [true, false], e: [false, false] });
  });

  it('plain DEPENDS_ON only: the document does not tell kinds apart, so both stay unknown', () => {
    expect(flags([['app', 'DEPENDS_ON', 'a'], ['a', 'DEPENDS_ON', 'b']])).toMatchObject({ a: [null, null], b: [null, null] });
  });
});
