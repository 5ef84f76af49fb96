import { ecosystemFor } from '../ecosystems/registry.js';
import { purlSemantics } from '../ecosystems/shared/purl-semantics.js';
import type { Versioning } from '../ecosystems/types.js';
import { compareStrings } from '../model/compare-strings.js';
import { viaPathFinder } from '../graph/via-paths.js';
import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import { contentChanges } from './diff-content.js';
import type { ContentChangeRow, DependencyDiff, DiffDependency, Direction, FileDiff, UnreadInput, VersionChange } from './diff-model.js';

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
export function diffSets(target: string, base: readonly BaseSet[] | null, head: readonly DependencySet[], unread: readonly UnreadInput[] = []): DependencyDiff {
  if (base === null) {
    return { target, targetKnown: false, summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 }, files: [], unread };
  }
  const baseByFile = pairFiles(base, head);
  const headByFile = new Map(head.map((s) => [s.file, s]));
  // An input that could not be read may be the other side of any unpaired file: such files are not compared.
  const baseUnread = unread.some((u) => u.side === 'base');
  const headUnread = unread.some((u) => u.side === 'head');
  const comparable = (file: string) => (baseByFile.has(file) || !baseUnread) && (headByFile.has(file) || !headUnread);
  const files: FileDiff[] = [];
  for (const file of [...new Set([...baseByFile.keys(), ...headByFile.keys()])].filter(comparable).sort(compareStrings)) {
    const fileDiff = diffFile(file, baseByFile.get(file)?.dependencies ?? [], headByFile.get(file));
    if (fileDiff.added.length || fileDiff.removed.length || fileDiff.changed.length || fileDiff.modified.length) files.push(fileDiff);
  }
  const summary = { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 };
  for (const f of files) {
    summary.added += f.added.length;
    summary.removed += f.removed.length;
    summary.changed += f.modified.length;
    for (const c of f.changed) {
      if (c.direction === 'downgrade') summary.downgraded++;
      else summary.upgraded++;
    }
  }
  return { target, targetKnown: true, summary, files, unread };
}

/**
 * Base sets keyed by the head file they compare with: the same path, or else — base reports handed over with
 * --base usually sit in another folder — the one file of the same name left on both sides. One set on each
 * side pair whatever their paths (issue #15): `scan new.cdx.json --base old.cdx.json` names its SBOMs by their
 * own paths, and nothing else could be meant.
 */
function pairFiles(base: readonly BaseSet[], head: readonly DependencySet[]): Map<string, BaseSet> {
  const only = base.length === 1 && head.length === 1 ? ([base[0], head[0]] as const) : null;
  if (only?.[0] && only[1]) return new Map([[only[1].file, only[0]]]);
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
  const modified: ContentChangeRow[] = [];
  const { groupsBefore, groupsAfter } = changedPackages(before, after, (was, now) => {
    const changes = contentChanges(was, now);
    if (changes) modified.push({ name: now.name, type: now.type, version: now.version, changes, dependency: withVia(now) });
  });
  const added: DiffDependency[] = [];
  const removed: DiffDependency[] = [];
  const changed: VersionChange[] = [];

  for (const [type, nowByName] of groupsAfter) {
    const wasByName = groupsBefore.get(type);
    for (const [name, now] of nowByName) {
      const was = wasByName?.get(name) ?? [];
      const kept = new Set(was.map((d) => d.version).filter((v) => now.some((d) => d.version === v)));
      const gone = sortByVersion(was.filter((d) => !kept.has(d.version)));
      const fresh = sortByVersion(now.filter((d) => !kept.has(d.version)));
      while (gone.length > 0 && fresh.length > 0) {
        const from = gone.pop() as Dependency;
        const to = fresh.pop() as Dependency;
        changed.push({ name: to.name, type: to.type, from: from.version, to: to.version, direction: direction(from, to), dependency: withVia(to) });
      }
      for (const d of gone) removed.push({ ...d, via: null });
      for (const d of fresh) added.push(withVia(d));
    }
  }
  for (const [type, wasByName] of groupsBefore) {
    const nowByName = groupsAfter.get(type);
    for (const [name, was] of wasByName) {
      if (!nowByName?.has(name)) for (const d of was) removed.push({ ...d, via: null });
    }
  }
  const byNameThenVersion = (a: { name: string; purl: string }, b: { name: string; purl: string }) => compareStrings(a.name, b.name) || compareStrings(a.purl, b.purl);
  added.sort(byNameThenVersion);
  removed.sort(byNameThenVersion);
  changed.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
  modified.sort((a, b) => byNameThenVersion(a.dependency, b.dependency));
  return { file, added, removed, changed, modified };
}

/**
 * A file's dependencies by package: purl type, then the ecosystem's canonical name (`Django` and `django` are one
 * package on PyPI, two on npm).
 */
type PackageGroups = Map<string, Map<string, Dependency[]>>;

/**
 * The packages that changed, each with all its versions on both sides. Most of a file is unchanged, so the
 * purls both sides share are found first by walking the two sorted lists side by side, without hashing; only
 * the rest is grouped by package. A shared purl still joins its package's group when that package also
 * changed, since the pairing needs every version on each side (1.x+2.x -> 1.x+3.x).
 */
function changedPackages(
  before: readonly Dependency[],
  after: readonly Dependency[],
  sameVersion: (was: Dependency, now: Dependency) => void,
): { groupsBefore: PackageGroups; groupsAfter: PackageGroups } {
  const was = sortedByPurl(before);
  const now = sortedByPurl(after);
  const onlyBefore: Dependency[] = [];
  const onlyAfter: Dependency[] = [];
  const shared: Dependency[] = [];
  let i = 0;
  let j = 0;
  while (i < was.length && j < now.length) {
    const left = was[i] as Dependency;
    const right = now[j] as Dependency;
    if (left.purl === right.purl) {
      shared.push(right);
      // The same version, whose content may still have changed (diff-content.ts).
      if (left !== right) sameVersion(left, right);
      i++;
      j++;
    } else if (left.purl < right.purl) {
      onlyBefore.push(left);
      i++;
    } else {
      onlyAfter.push(right);
      j++;
    }
  }
  for (; i < was.length; i++) onlyBefore.push(was[i] as Dependency);
  for (; j < now.length; j++) onlyAfter.push(now[j] as Dependency);

  const groupsBefore = groupByPackage(onlyBefore);
  const groupsAfter = groupByPackage(onlyAfter);
  if (shared.length > 0 && (onlyBefore.length > 0 || onlyAfter.length > 0)) {
    forEachPackage(shared, (d, type, name) => {
      if (!groupsBefore.get(type)?.has(name) && !groupsAfter.get(type)?.has(name)) return;
      addTo(groupsBefore, type, name, d);
      addTo(groupsAfter, type, name, d);
    });
  }
  return { groupsBefore, groupsAfter };
}

/** Sets come sorted by purl; only speed depends on it (unmatched purls are grouped anyway), so others are sorted. */
function sortedByPurl(dependencies: readonly Dependency[]): readonly Dependency[] {
  for (let k = 1; k < dependencies.length; k++) {
    if ((dependencies[k - 1] as Dependency).purl > (dependencies[k] as Dependency).purl) {
      return [...dependencies].sort((a, b) => compareStrings(a.purl, b.purl));
    }
  }
  return dependencies;
}

function groupByPackage(dependencies: readonly Dependency[]): PackageGroups {
  const groups: PackageGroups = new Map();
  forEachPackage(dependencies, (d, type, name) => addTo(groups, type, name, d));
  return groups;
}

function addTo(groups: PackageGroups, type: string, name: string, d: Dependency): void {
  let ofType = groups.get(type);
  if (!ofType) groups.set(type, (ofType = new Map()));
  const group = ofType.get(name);
  if (group) group.push(d);
  else ofType.set(name, [d]);
}

/** Each dependency with its type and canonical name; the ecosystem is looked up once per run of one type. */
function forEachPackage(dependencies: readonly Dependency[], visit: (d: Dependency, type: string, name: string) => void): void {
  let lastType: string | null = null;
  let nameOf = canonicalNameFor('');
  for (const d of dependencies) {
    if (d.type !== lastType) {
      lastType = d.type;
      nameOf = canonicalNameFor(d.type);
    }
    visit(d, d.type, nameOf(d));
  }
}

function canonicalNameFor(type: string): (d: Dependency) => string {
  const ecosystem = ecosystemFor(type);
  if (!ecosystem) return (d) => d.name.toLowerCase();
  return (d) => ecosystem.canonicalName(d.namespace, d.namespace ? d.name.slice(d.namespace.length + 1) : d.name);
}

/**
 * Ascending in the ecosystem's order where it has one, so pop() takes the highest. The versions of one name in
 * one file share a distribution, so the first purl chooses the semantics for all (apk-tools 3 for Alpine 3.23+).
 */
function sortByVersion(dependencies: Dependency[]): Dependency[] {
  const first = dependencies[0];
  if (!first) return dependencies;
  const versioning = purlSemantics(first.type, first.purl)?.ecosystem.versioning;
  return dependencies.sort((a, b) => compareWith(versioning, a.version, b.version) ?? compareStrings(a.version, b.version));
}

function compareWith(versioning: Versioning<unknown> | undefined, a: string, b: string): number | null {
  if (!versioning) return null;
  const left = versioning.parse(a);
  const right = versioning.parse(b);
  return left.ok && right.ok ? versioning.compare(left.value, right.value) : null;
}

/** Up or down as the head's package manager sees it: an image moved to Alpine 3.23 compares with apk-tools 3. */
function direction(from: Dependency, to: Dependency): Direction {
  const order = compareWith(purlSemantics(to.type, to.purl)?.ecosystem.versioning, from.version, to.version);
  return order === null ? 'changed' : order > 0 ? 'downgrade' : 'upgrade';
}

/** Names in a via path at most: a 10,000-deep chain must not put 10,000 names in each of 10,000 rows. */
export const MAX_VIA_NAMES = 10;

/**
 * For a transient dependency new in the head, the shortest path from an introduced dependency. A path longer
 * than MAX_VIA_NAMES keeps its introduced dependency and the names nearest the package, and says in the place
 * of the rest how many were left out ("… 9,990 more").
 */
function viaFor(set: DependencySet): (d: Dependency) => DiffDependency {
  let find: ReturnType<typeof viaPathFinder> | null = null;
  return (d) => {
    if (d.introduced !== false || set.graph.edges.size === 0) return { ...d, via: null };
    find ??= viaPathFinder(set, MAX_VIA_NAMES + 1);
    const found = find(d.purl);
    if (!found || found.path.length < 2) return { ...d, via: null };
    const via = found.names.slice(0, -1);
    if (found.omitted > 0) via.splice(1, 0, `… ${found.omitted.toLocaleString('en-US')} more`);
    return { ...d, via };
  };
}
