// Scale test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/spdx/parse.js';
import type { ParsedSet } from '../../../src/ingest/parser.js';
import { pairsOf } from '../edges.js';
import { applyWalk } from '../../../src/graph/walk.js';
import { fastestCpuRun, timeBudget } from '../../time-budget.js';

/** The one set of a parse that must succeed. */
function only(json: unknown): ParsedSet {
  const outcome = parser.parse({ text: '', json, path: 'sbom.spdx.json', companions: new Map() });
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.error}`);
  expect(outcome.value.sets).toHaveLength(1);
  // With the graph stage's development walk, which the parser did itself before (graph/walk.ts).
  return applyWalk(outcome.value.sets[0] as ParsedSet, parser.capabilities);
}

describe('spdx: scale', () => {
  it('50,000 packages and 150,000 relationships parse in well under a second', () => {
    const n = 50_000;
    const packages = Array.from({ length: n }, (_, i) => ({
      SPDXID: `SPDXRef-p${i}`,
      name: `p${i}`,
      downloadLocation: 'NOASSERTION',
      licenseConcluded: 'MIT',
      checksums: [{ algorithm: 'SHA256', checksumValue: 'cd'.repeat(32) }],
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/%40s${i % 97}/p${i}@1.0.0` }],
    }));
    const relationships = Array.from({ length: 3 * n }, (_, j) => ({
      spdxElementId: `SPDXRef-p${j % n}`,
      relationshipType: j % 10 === 0 ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON',
      relatedSpdxElement: `SPDXRef-p${(j % n) + 1 + Math.floor(j / n) * 7 < n ? (j % n) + 1 + Math.floor(j / n) * 7 : 0}`,
    }));
    // Through JSON text, as real input arrives (flat strings, as JSON.parse makes them).
    const json: unknown = JSON.parse(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages, relationships }));
    // CPU time of the fastest of three runs after a warm-up.
    const { result: set, ms: elapsed } = fastestCpuRun(() => only(json));
    expect(set.dependencies).toHaveLength(n);
    expect(pairsOf(set.edges).length).toBeGreaterThan(2 * n);
    expect(elapsed).toBeLessThan(timeBudget(1000));
  });
});
