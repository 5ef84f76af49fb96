/**
 * SPDX 2.3 JSON at scale, parse plus the graph stage's development walk: `npx tsx bench/spdx.ts`. The document of
 * test/ingest/spdx/parse.scale.test.ts (50,000 packages, 150,000 relationships, every tenth a development edge),
 * through JSON text as real input arrives. CPU time, best of five after a warm-up run; the parse and the walk
 * also apart. Issue 12: the walk's move to graph/ cost 37% (339 -> 463 ms on a loaded 2-core machine); handing
 * it the numbered graph (NumberedWalkEdges) brought it to 363 ms.
 */
import type { ParsedSet } from '../src/ingest/parser.js';
import { applyWalk } from '../src/graph/walk.js';
import { parser } from '../src/ingest/spdx/parse.js';

const N = 50_000;

function document(): unknown {
  const packages = Array.from({ length: N }, (_, i) => ({
    SPDXID: `SPDXRef-p${i}`,
    name: `p${i}`,
    downloadLocation: 'NOASSERTION',
    licenseConcluded: 'MIT',
    checksums: [{ algorithm: 'SHA256', checksumValue: 'cd'.repeat(32) }],
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/%40s${i % 97}/p${i}@1.0.0` }],
  }));
  const relationships = Array.from({ length: 3 * N }, (_, j) => ({
    spdxElementId: `SPDXRef-p${j % N}`,
    relationshipType: j % 10 === 0 ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON',
    relatedSpdxElement: `SPDXRef-p${(j % N) + 1 + Math.floor(j / N) * 7 < N ? (j % N) + 1 + Math.floor(j / N) * 7 : 0}`,
  }));
  return JSON.parse(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages, relationships }));
}

function time(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const json = document();
const parse = (): ParsedSet => {
  const outcome = parser.parse({ text: '', json, path: 'sbom.spdx.json', companions: new Map() });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value.sets[0] as ParsedSet;
};
const parsed = parse();
console.log('| SPDX 2.3, 50,000 packages, 150,000 relationships | CPU, best of 5 |');
console.log('|---|---|');
console.log(`| parse | ${time(parse).toFixed(1)} ms |`);
console.log(`| development walk (graph/walk.ts) | ${time(() => applyWalk(parsed, parser.capabilities)).toFixed(1)} ms |`);
console.log(`| parse + walk | ${time(() => applyWalk(parse(), parser.capabilities)).toFixed(1)} ms |`);
