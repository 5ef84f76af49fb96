import { ecosystemFor } from '../ecosystems/registry.js';
import { compareStrings } from '../graph/build.js';
import { pathFinder } from '../graph/paths.js';
import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { DependencyDiff, DiffDependency, Direction, FileDiff, VersionChange } from './diff-model.js';

/** The target side: sets as stored or read from base reports; a graph is not needed there. */
export interface BaseSet {
  readonly file: string;
  readonly dependencies: readonly Dependency[];
}

/**
 * What a change does to the dependencies, per dependency file (issue "merge request dependency diff").
 * Packages are matched by the ecosystem's canonical name within a file; when one package has several versions
 * on a side (npm installs can), the versions both sides share are unchanged and the rest pair up highest with
 * highest, so 1.x+2.x -> 1.x+3.x reads as one upgrade 2.x -> 3.x. Pure.
 */
export function diffSets(target: string, base: readonly BaseSet[] | null, head: readonly DependencySet[]): DependencyDiff {
  if (base === null) {
    return { target, targetKnown: false, summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0 }, files: [] };
  }
  const baseByFile = pairFiles(base, head);
  const headByFile = new Map(head.map((s) => [s.file, s]));
  const files: FileDiff[] = [];
  for (const file of [...new Set([...baseByFile.keys(), ...headByFile.keys()])].sort(compareStrings)) {
    const fileDiff = diffFile(file, baseByFile.get(file)?.dependencies ?? [], headByFile.get(file));
    if (fileDiff.added.length || fileDiff.removed.length || fileDiff.changed.length) files.push(fileDiff);
  }
  const summary = { added: 0, removed: 0, upgraded: 0, downgraded: 0 };
  for (const f of files) {
    summary.added += f.added.length;
    summary.removed += f.removed.length;
    for (const c of f.changed) {
      if (c.direction === 'downgrade') summary.downgraded++;
      else summary.upgraded++;
    }
  }
  return { target, targetKnown: true, summary, files };
}

/**
 * Base sets keyed by the head file they compare with: the same path, or else — base reports handed over with
 * --base usually sit in another folder — the one file of the same name left on both sides.
 */
function pairFiles(base: readonly BaseSet[], head: readonly DependencySet[]): Map<string, BaseSet> {
  const paired = new Map<string, BaseSet>();
  const headFiles = new Set(head.map((s) => s.file));
  const unmatchedBase = base.filter((s) => {
    if (!headFiles.has(s.file)) return true;
    paired.set(s.file, s);
    return false;
  });
  const unmatchedHead = head.filter((s) => !paired.has(s.file));
  const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);
  for (const b of unmatchedBase) {
    const sameName = (s: { file: string }) => baseName(s.file) === baseName(b.file);
    const heads = unmatchedHead.filter(sameName);
    const head = heads[0];
    if (head && heads.length === 1 && unmatchedBase.filter(sameName).length === 1) paired.set(head.file, b);
    else paired.set(b.file, b);
  }
  return paired;
}

function diffFile(file: string, before: readonly Dependency[], headSet: DependencySet | undefined): FileDiff {
  const after = headSet?.dependencies ?? [];
  const withVia = headSet ? viaFor(headSet) : (d: Dependency): DiffDependency => ({ ...d, via: null });
  const groupsBefore = groupByPackage(before);
  const groupsAfter = groupByPackage(after);
  const added: DiffDependency[] = [];
  const removed: DiffDependency[] = [];
  const changed: VersionChange[] = [];

  for (const [key, now] of groupsAfter) {
    const was = groupsBefore.get(key) ?? [];
    // Most packages are unchanged and have one version: skip the general pairing for them.
    if (was.length === 1 && now.length === 1 && was[0]?.version === now[0]?.version) continue;
    const kept = new Set(was.map((d) => d.version).filter((v) => now.some((d) => d.version === v)));
    const gone = sortByVersion(was.filter((d) => !kept.has(d.version)));
    const fresh = sortByVersion(now.filter((d) => !kept.has(d.version)));
    while (gone.length > 0 && fresh.length > 0) {
      const from = gone.pop() as Dependency;
      const to = fresh.pop() as Dependency;
      changed.push({ name: to.name, type: to.type, from: from.version, to: to.version, direction: direction(to.type, from.version, to.version), dependency: withVia(to) });
    }
    for (const d of gone) removed.push({ ...d, via: null });
    for (const d of fresh) added.push(withVia(d));
  }
  for (const [key, was] of groupsBefore) {
    if (!groupsAfter.has(key)) for (const d of was) removed.push({ ...d, via: null });
  }
  const byNameThenVersion = (a: { name: string; purl: string }, b: { name: string; purl: string }) => compareStrings(a.name, b.name) || compareStrings(a.purl, b.purl);
  added.sort(byNameThenVersion);
  removed.sort(byNameThenVersion);
  changed.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
  return { file, added, removed, changed };
}

/** type + canonical name: `Django` and `django` are one package on PyPI, two on npm. */
function packageKeys(): (d: Dependency) => string {
  let lastType = '';
  let ecosystem = ecosystemFor('');
  return (d) => {
    if (d.type !== lastType) {
      lastType = d.type;
      ecosystem = ecosystemFor(d.type);
    }
    const bare = d.namespace ? d.name.slice(d.namespace.length + 1) : d.name;
    return `${d.type}:${ecosystem ? ecosystem.canonicalName(d.namespace, bare) : d.name.toLowerCase()}`;
  };
}

function groupByPackage(dependencies: readonly Dependency[]): Map<string, Dependency[]> {
  const groups = new Map<string, Dependency[]>();
  const keyOf = packageKeys();
  for (const d of dependencies) {
    const key = keyOf(d);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

/** Ascending in the ecosystem's order where it has one, so pop() takes the highest. */
function sortByVersion(dependencies: Dependency[]): Dependency[] {
  return dependencies.sort((a, b) => {
    const order = compareVersions(a.type, a.version, b.version);
    return order ?? compareStrings(a.version, b.version);
  });
}

function compareVersions(type: string, a: string, b: string): number | null {
  const versioning = ecosystemFor(type)?.versioning;
  if (!versioning) return null;
  const left = versioning.parse(a);
  const right = versioning.parse(b);
  return left.ok && right.ok ? versioning.compare(left.value, right.value) : null;
}

function direction(type: string, from: string, to: string): Direction {
  const order = compareVersions(type, from, to);
  return order === null ? 'changed' : order > 0 ? 'downgrade' : 'upgrade';
}

/** For a transient dependency new in the head, the shortest path from an introduced dependency. */
function viaFor(set: DependencySet): (d: Dependency) => DiffDependency {
  const byPurl = new Map(set.dependencies.map((d) => [d.purl, d]));
  let find: ReturnType<typeof pathFinder> | null = null;
  return (d) => {
    if (d.introduced !== false || set.graph.edges.size === 0) return { ...d, via: null };
    find ??= pathFinder(set);
    const [shortest] = find(d.purl, { maxPaths: 1, maxExpansions: 20_000 }).paths;
    if (!shortest || shortest.length < 2) return { ...d, via: null };
    return { ...d, via: shortest.slice(0, -1).map((p) => byPurl.get(p)?.name ?? p) };
  };
}
