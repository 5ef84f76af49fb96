import type { DependencySet } from '../../model/dependency-set.js';
import { dependencyKey, sourcePackage } from './package-key.js';

/**
 * The sets cut to the dependencies matching can find something for: those whose key, or whose source package's key
 * (an OS package built from another, package-key.ts), `keep` lets through (a store's candidate filter, which never
 * rules out a name with rows). Matching the cut sets gives the findings matching the whole sets gives. Each
 * finding's `introducedBy` walks the graph, kept whole, up to the introduced dependencies, and asks whether the
 * input tells those apart at all (introduced-by.ts): so the introduced ones are kept, and the first that says either
 * way. Order is kept. Pure.
 *
 * Why: a large scan hands its sets to the matching thread, and in a large lock file most packages never had an
 * advisory. Copying 50,000 dependencies to the thread and reading them there cost more than ruling four in five out
 * here (bench/metadata.ts).
 */
export function candidateSets(sets: readonly DependencySet[], keep: (type: string, key: string) => boolean): DependencySet[] {
  return sets.map((set) => {
    const told = set.dependencies.find((d) => d.introduced !== null);
    const kept = set.dependencies.filter((dependency) => {
      if (dependency.introduced === true || dependency === told) return true;
      const key = dependencyKey(dependency);
      if (keep(key.type, key.key)) return true;
      const source = sourcePackage(dependency, key);
      return source !== null && keep(key.type, source.name);
    });
    return kept.length === set.dependencies.length ? set : { ...set, dependencies: kept };
  });
}
