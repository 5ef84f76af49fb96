import { ecosystemFor } from '../ecosystems/registry.js';
import type { SearchHit } from '../store/store.js';

export interface VersionUse {
  readonly version: string;
  /** Dependency entries (project, ref, file) at this version. */
  readonly uses: number;
  readonly projects: number;
  readonly firstSeen: string;
}

export interface ProjectUse {
  readonly project: string;
  /** Newest first, by the ecosystem's order. */
  readonly versions: readonly string[];
  readonly refs: readonly string[];
  readonly firstSeen: string;
}

export interface PackageView {
  readonly type: string;
  /** As the newest entry writes it (django and Django are one package). */
  readonly name: string;
  readonly total: number;
  /** False when more entries matched than were read; the counts then cover the ones read. */
  readonly complete: boolean;
  readonly newestVersion: string | null;
  readonly versions: readonly VersionUse[];
  readonly projects: readonly ProjectUse[];
}

/**
 * Orders versions newest first by the ecosystem's own comparison; versions it cannot parse go last, by text.
 * Types without an ecosystem module are ordered by text.
 */
export function versionOrder(type: string): (a: string, b: string) => number {
  const versioning = ecosystemFor(type)?.versioning;
  const text = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
  if (!versioning) return text;
  const parsed = new Map<string, unknown>();
  const parse = (v: string): unknown => {
    if (!parsed.has(v)) {
      const r = versioning.parse(v);
      parsed.set(v, r.ok ? r.value : null);
    }
    return parsed.get(v);
  };
  return (a, b) => {
    const pa = parse(a);
    const pb = parse(b);
    if (pa === null || pb === null) return pa === pb ? text(a, b) : pa === null ? 1 : -1;
    return versioning.compare(pb, pa) || text(a, b);
  };
}

const earlier = (a: string | undefined, b: string): string => (a === undefined || b < a ? b : a);

/** Who uses a package, at which versions, since when: folded from every search hit for it. */
export function packageView(type: string, name: string, hits: readonly SearchHit[], total: number): PackageView {
  const order = versionOrder(type);
  const versions = new Map<string, { uses: number; projects: Set<string>; firstSeen: string }>();
  const projects = new Map<string, { versions: Set<string>; refs: Set<string>; firstSeen: string }>();
  for (const h of hits) {
    const v = versions.get(h.version) ?? { uses: 0, projects: new Set<string>(), firstSeen: h.createdAt };
    v.uses++;
    v.projects.add(h.project);
    v.firstSeen = earlier(v.firstSeen, h.createdAt);
    versions.set(h.version, v);
    const p = projects.get(h.project) ?? { versions: new Set<string>(), refs: new Set<string>(), firstSeen: h.createdAt };
    p.versions.add(h.version);
    p.refs.add(h.ref);
    p.firstSeen = earlier(p.firstSeen, h.createdAt);
    projects.set(h.project, p);
  }
  const sortedVersions = [...versions.keys()].sort(order);
  const newest = sortedVersions[0] ?? null;
  return {
    type,
    name: hits.find((h) => h.version === newest)?.name ?? name,
    total,
    complete: hits.length >= total,
    newestVersion: newest,
    versions: sortedVersions.map((version) => {
      const v = versions.get(version)!;
      return { version, uses: v.uses, projects: v.projects.size, firstSeen: v.firstSeen };
    }),
    projects: [...projects.keys()].sort().map((project) => {
      const p = projects.get(project)!;
      return { project, versions: [...p.versions].sort(order), refs: [...p.refs].sort(), firstSeen: p.firstSeen };
    }),
  };
}
