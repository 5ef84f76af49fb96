// Scale test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/cyclonedx/parse.js';
import type { ParsedSet } from '../../../src/ingest/parser.js';
import { keptPairs } from '../edges.js';
import { fastestCpuRun, timeBudget } from '../../time-budget.js';

/** The one set of a parse that must succeed. */
function only(json: unknown): ParsedSet {
  const outcome = parser.parse({ text: '', json, path: 'bom.json', companions: new Map() });
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.error}`);
  expect(outcome.value.sets).toHaveLength(1);
  return outcome.value.sets[0] as ParsedSet;
}

describe('cyclonedx: scale', () => {
  it('50,000 components and 150,000 edges parse in well under a second', () => {
    const n = 50_000;
    const components = Array.from({ length: n }, (_, i) => ({
      'bom-ref': `r${i}`,
      type: 'library',
      name: `p${i}`,
      version: '1.0.0',
      purl: `pkg:npm/%40s${i % 97}/p${i}@1.0.0`,
      hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
      licenses: [{ license: { id: 'MIT' } }],
    }));
    const dependencies = Array.from({ length: n }, (_, i) => ({ ref: `r${i}`, dependsOn: [1, 2, 3].map((k) => `r${(i + k * 7919) % n}`) }));
    // Through JSON text, as real input arrives (flat strings, as JSON.parse makes them).
    const json: unknown = JSON.parse(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components, dependencies }));
    // CPU time of the fastest of three runs after a warm-up.
    const { result: set, ms: elapsed } = fastestCpuRun(() => only(json));
    expect(set.dependencies).toHaveLength(n);
    expect(keptPairs(set)).toHaveLength(3 * n);
    expect(elapsed).toBeLessThan(timeBudget(1000));
  });
});
