import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import { dependencyKeyText, sourcePackage } from './package-key.js';

/** How many dependencies are probed before deciding that cutting is worth it. */
const SAMPLE = 1_000;

/**
 * The sets cut to the dependencies matching can find something for: those whose key, or whose source package's key
 * (an OS package built from another, package-key.ts), `keep` lets through (a store's candidate filter, which never
 * rules out a name with rows). Matching the cut sets gives the findings matching the whole sets gives. Each
 * finding's `introducedBy` walks the graph, kept whole, up to the introduced dependencies, and asks whether the
 * input tells those apart at all (introduced-by.ts): so the introduced ones are kept, and the first that says either
 * way. Order is kept. When more than half of the first SAMPLE dependencies pass, the sets are handed back whole:
 * cutting would save the thread little and cost this thread a key and a probe per dependency. Pure.
 *
 * Why: a large scan hands its sets to the matching thread, and in a large lock file most packages never had an
 * advisory. The thread's copying and reading all 50,000 of the bench's dependencies slowed the scan's write beside
 * it; ruling four in five out here costs this thread about what that saves on a 2-core machine (run/enrich.ts
 * forThread), and leaves the thread a fifth of the work.
 */
export function candidateSets(sets: readonly DependencySet[], keep: (type: string, key: string) => boolean): readonly DependencySet[] {
  let probed = 0;
  let passed = 0;
  const cut: DependencySet[] = [];
  for (const set of sets) {
    const told = set.dependencies.find((d) => d.introduced !== null);
    const kept: Dependency[] = [];
    for (const dependency of set.dependencies) {
      if (dependency.introduced === true || dependency === told) {
        kept.push(dependency);
        continue;
      }
      if (isCandidate(dependency, keep)) {
        kept.push(dependency);
        passed++;
      }
      if (++probed === SAMPLE && passed * 2 > SAMPLE) return sets;
    }
    cut.push(kept.length === set.dependencies.length ? set : { ...set, dependencies: kept });
  }
  return cut;
}

function isCandidate(dependency: Dependency, keep: (type: string, key: string) => boolean): boolean {
  const key = dependencyKeyText(dependency);
  if (keep(dependency.type, key)) return true;
  const source = sourcePackage(dependency, key);
  return source !== null && keep(dependency.type, source.name);
}
