import { checksumsFromIntegrity } from '../../../model/checksum.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import type { ParsedDependency, ParsedWalk } from '../../parser.js';
import { isJsonObject } from '../../json-object.js';
import { npmPurl } from '../shared/npm-purl.js';
import { findKey, keyIdentity, withoutPeers } from './keys.js';

interface Node {
  readonly key: string;
  readonly place: string;
  /** The package's metadata: resolution, dev flag (5.x/6.0), name/version for non-registry packages. */
  readonly meta: Record<string, unknown>;
  /** The graph part: dependencies and optionalDependencies (9.0 `snapshots`; the same entry before). */
  readonly links: Record<string, unknown>;
  /** A local folder (file: directory): the project's own code, so its dependencies are direct. */
  readonly local: boolean;
}

export interface PnpmGraph {
  readonly dependencies: ParsedDependency[];
  readonly edges: [string, string][];
  /** 9.0: the walk that sets development (graph/walk.ts); null when the lock writes `dev` itself. */
  readonly walk: ParsedWalk | null;
  readonly problems: Problem[];
}

const RUNTIME_KINDS = ['dependencies', 'optionalDependencies'] as const;

export function buildGraph(root: Record<string, unknown>, major: number, lineOf: (container: object, key: string) => number | undefined): PnpmGraph {
  const problems: Problem[] = [];
  const packages = isJsonObject(root.packages) ? root.packages : {};
  // 9.0 splits metadata (`packages`, keyed without peers) from the graph (`snapshots`, keyed with them).
  const graphSection = major >= 9 && isJsonObject(root.snapshots) ? root.snapshots : packages;
  const sectionName = graphSection === packages ? 'packages' : 'snapshots';
  const placeOf = (key: string) => {
    const line = lineOf(graphSection, key);
    return line === undefined ? jsonPointer(sectionName, key) : `line ${line}`;
  };

  const nodes = new Map<string, Node>();
  for (const [key, value] of Object.entries(graphSection)) {
    const links = isJsonObject(value) ? value : {};
    const metaValue = major >= 9 ? packages[withoutPeers(key)] : value;
    const meta = isJsonObject(metaValue) ? metaValue : {};
    const resolution = isJsonObject(meta.resolution) ? meta.resolution : {};
    nodes.set(key, { key, place: placeOf(key), meta, links, local: resolution.type === 'directory' });
  }

  const resolve = (name: string, reference: unknown): Node | null | undefined => {
    if (typeof reference !== 'string') return undefined;
    if (reference.startsWith('link:')) return null; // a workspace package: the project's own code
    return findKey(nodes, name, reference, major);
  };

  const successors = new Map<Node, Node[]>();
  for (const node of nodes.values()) {
    const targets: Node[] = [];
    for (const kind of RUNTIME_KINDS) {
      const declared = node.links[kind];
      if (!isJsonObject(declared)) continue;
      for (const [name, reference] of Object.entries(declared)) {
        const target = resolve(name, reference);
        if (target) targets.push(target);
        else if (target === undefined && kind === 'dependencies') {
          problems.push({ place: node.place, message: `${name}@${String(reference)}, a dependency of ${node.key}, has no entry in the lock file` });
        }
      }
    }
    successors.set(node, targets);
  }

  // Importers: each workspace project (or, in single-project 5.x/6.0 locks, the top level itself).
  const importers = isJsonObject(root.importers) ? Object.entries(root.importers).filter((e): e is [string, Record<string, unknown>] => isJsonObject(e[1])) : [['.', root] as [string, Record<string, unknown>]];
  const runtimeRoots: Node[] = [];
  const developmentRoots: Node[] = [];
  for (const [path, importer] of importers) {
    for (const kind of ['dependencies', 'optionalDependencies', 'devDependencies'] as const) {
      const declared = importer[kind];
      if (!isJsonObject(declared)) continue;
      for (const [name, spec] of Object.entries(declared)) {
        // 6.0 and 9.0 write {specifier, version}; 5.x writes the version alone.
        const reference = isJsonObject(spec) ? spec.version : spec;
        const target = resolve(name, reference);
        if (target) (kind === 'devDependencies' ? developmentRoots : runtimeRoots).push(target);
        else if (target === undefined) problems.push({ place: jsonPointer('importers', path, kind, name), message: `${name}@${String(reference)} has no entry in the lock file` });
      }
    }
  }
  const direct = new Set<Node>([...runtimeRoots, ...developmentRoots]);
  for (const node of nodes.values()) if (node.local) for (const target of successors.get(node) ?? []) direct.add(target);
  // 5.x and 6.0 write `dev` per package (absent: needed by both); 9.0 dropped it, so it comes from the graph,
  // walked through the local folders too (they are the project's code, not dependencies).
  const walk: ParsedWalk | null =
    major >= 9
      ? {
          roots: [...runtimeRoots.map((n) => [n.key, false] as const), ...developmentRoots.map((n) => [n.key, true] as const)],
          edges: [...successors].flatMap(([node, targets]) => targets.map((t) => [node.key, t.key, false] as const)),
          unreached: null,
        }
      : null;

  const dependencies: ParsedDependency[] = [];
  const edges: [string, string][] = [];
  for (const node of nodes.values()) {
    if (node.local) continue;
    const identity = identify(node);
    if (typeof identity === 'string') {
      problems.push({ place: node.place, message: identity });
      continue;
    }
    const purl = npmPurl(identity.name, identity.version);
    if (!purl.ok) {
      problems.push({ place: node.place, message: purl.error });
      continue;
    }
    const resolution = isJsonObject(node.meta.resolution) ? node.meta.resolution : {};
    dependencies.push({
      ref: node.key,
      purl: purl.value,
      direct: direct.has(node),
      development: walk ? null : node.meta.dev === true,
      // pnpm writes `optional: true` on a package only optional dependencies lead to (9.0: on the snapshot).
      optional: node.links.optional === true || node.meta.optional === true,
      licenses: null,
      checksums: typeof resolution.integrity === 'string' ? checksumsFromIntegrity(resolution.integrity) : null,
      source: typeof resolution.tarball === 'string' ? resolution.tarball : typeof resolution.repo === 'string' ? resolution.repo : null,
    });
    for (const target of successors.get(node) ?? []) if (!target.local) edges.push([node.key, target.key]);
  }
  return { dependencies, edges, walk, problems };
}

/** Name and version: from the key for registry packages; tarball and git packages also write them as fields. */
function identify(node: Node): { name: string; version: string } | string {
  const fromKey = keyIdentity(node.key);
  const name = typeof node.meta.name === 'string' ? node.meta.name : fromKey?.name;
  const keyVersion = fromKey && /^\d/.test(fromKey.version) ? fromKey.version : undefined;
  const version = typeof node.meta.version === 'string' ? node.meta.version : keyVersion ?? fromKey?.version;
  if (!name || !version) return `cannot tell the package name and version of "${node.key}"`;
  return { name, version };
}
