import { checksumsFromIntegrity } from '../../../model/checksum.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import type { ParsedDependency } from '../../parser.js';
import { isJsonObject } from '../../json-object.js';
import { npmPurl } from '../shared/npm-purl.js';
import { PeerCheck } from './peers.js';

export interface Graph {
  readonly dependencies: ParsedDependency[];
  readonly edges: (readonly [string, string])[];
  readonly problems: Problem[];
}

const NODE_MODULES = 'node_modules/';
/** Installed packages get these edges; npm installs devDependencies only for the root and workspaces. */
const INSTALLED_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const LOCAL_KINDS = [...INSTALLED_KINDS, 'devDependencies'] as const;

type Kind = (typeof LOCAL_KINDS)[number];

/**
 * lockfileVersion 2 and 3: `packages` keyed by install path. Refs are those paths. Entries outside any
 * node_modules folder ("" and workspace folders) are the project's own code: not dependencies, but what they
 * depend on is direct. `link: true` entries point at such folders.
 */
export function readPackages(packages: Record<string, unknown>): Graph {
  const dependencies: ParsedDependency[] = [];
  const edges: (readonly [string, string])[] = [];
  const problems: Problem[] = [];
  const installed = new Set<string>();
  const locals: string[] = [];

  for (const path of Object.keys(packages)) {
    const entry = packages[path];
    const place = () => jsonPointer('packages', path);
    if (!isJsonObject(entry)) {
      problems.push({ place: place(), message: 'the entry is not an object' });
      continue;
    }
    if (entry.link === true) {
      // The folder it links to is a workspace or file: folder, listed under its own key.
      if (typeof entry.resolved !== 'string') problems.push({ place: place(), message: 'a link entry without "resolved" (the folder it links to)' });
      continue;
    }
    const pathName = installedName(path);
    if (pathName === null) {
      locals.push(path);
      continue;
    }
    const name = typeof entry.name === 'string' ? entry.name : pathName;
    if (typeof entry.version !== 'string' || entry.version.length === 0) {
      problems.push({ place: `${place()}/version`, message: `${name} has no version` });
      continue;
    }
    const purl = npmPurl(name, entry.version);
    if (!purl.ok) {
      problems.push({ place: place(), message: purl.error });
      continue;
    }
    installed.add(path);
    dependencies.push({
      ref: path,
      purl: purl.value,
      direct: false,
      // devOptional packages are installed by `npm install --omit=dev` (as optional dependencies of runtime
      // code), so they count as runtime; extraneous ones are reachable from nothing, so nobody knows.
      development: entry.extraneous === true ? null : entry.dev === true,
      // npm's own CycloneDX writes scope "optional" for exactly these (lib/utils/sbom-cyclonedx.js): only optional
      // dependencies lead to it, or (devOptional) optional ones at run time and development ones otherwise.
      optional: entry.extraneous === true ? null : entry.optional === true || entry.devOptional === true,
      licenses: typeof entry.license === 'string' ? [entry.license] : null,
      checksums: typeof entry.integrity === 'string' ? checksumsFromIntegrity(entry.integrity) : null,
      source: typeof entry.resolved === 'string' ? entry.resolved : null,
    });
  }

  // Node's lookup: <dir>/node_modules/<name>, then the same from each parent directory up to the root.
  // The folders above a package are listed once per package; each name is then one map lookup, with no
  // string built per dependency (this is what keeps a 50,000-package lock fast).
  const placed = placedByFolder(packages, installed);
  const peers = new PeerCheck();
  const follow = (from: string, kinds: readonly Kind[], onTarget: (to: string) => void) => {
    const entry = packages[from];
    if (!isJsonObject(entry)) return;
    const chain: ReadonlyMap<string, string | null>[] = [];
    for (let dir: string | null = from; dir !== null; dir = parentDir(dir)) {
      const here = placed.get(dir);
      if (here) chain.push(here);
    }
    for (const kind of kinds) {
      const declared = entry[kind];
      if (!isJsonObject(declared)) continue;
      for (const name of Object.keys(declared)) {
        let to: string | null | undefined;
        for (const here of chain) if ((to = here.get(name)) !== undefined) break;
        if (kind === 'peerDependencies') {
          if (to === undefined) peers.missing(from, entry, name, declared[name]);
          else if (to !== null) peers.installed(from, entry, name, declared[name], objectOrUndefined(packages[to]));
        }
        if (to === undefined) {
          if (kind !== 'optionalDependencies' && kind !== 'peerDependencies') {
            problems.push({ place: jsonPointer('packages', from, kind, name), message: `${name} is not in the lock file where Node would look for it` });
          }
        } else if (to !== null) {
          onTarget(to);
        }
      }
    }
  };
  const direct = new Set<string>();
  for (const local of locals) follow(local, LOCAL_KINDS, (to) => direct.add(to));
  for (const path of installed) follow(path, INSTALLED_KINDS, (to) => edges.push([path, to]));

  return {
    dependencies: dependencies.map((d) => (direct.has(d.ref) ? { ...d, direct: true } : d)),
    edges,
    problems: [...problems, ...peers.problems],
  };
}

/**
 * The package name when `path` is an install path ("a/node_modules/@s/b" -> "@s/b"), else null (a folder of
 * the project itself). The name is not validated here: a bad one is reported when its purl is built.
 */
export function installedName(path: string): string | null {
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return null;
  const name = path.slice(at + NODE_MODULES.length);
  const slash = name.indexOf('/');
  if (name.length === 0) return null;
  return slash < 0 || (name.startsWith('@') && name.indexOf('/', slash + 1) < 0) ? name : null;
}

/**
 * folder -> package name -> install path, for every entry under a node_modules folder. Links and unusable
 * entries map to null: Node would stop there, but there is no third-party package to point an edge at.
 */
function placedByFolder(packages: Record<string, unknown>, installed: ReadonlySet<string>): Map<string, Map<string, string | null>> {
  const placed = new Map<string, Map<string, string | null>>();
  for (const path of Object.keys(packages)) {
    const name = installedName(path);
    if (name === null) continue;
    const folder = path.length === NODE_MODULES.length + name.length ? '' : path.slice(0, path.length - NODE_MODULES.length - name.length - 1);
    let here = placed.get(folder);
    if (!here) placed.set(folder, (here = new Map()));
    here.set(name, installed.has(path) ? path : null);
  }
  return placed;
}

function parentDir(dir: string): string | null {
  if (dir === '') return null;
  const slash = dir.lastIndexOf('/');
  return slash < 0 ? '' : dir.slice(0, slash);
}

function objectOrUndefined(value: unknown): Record<string, unknown> | undefined {
  return isJsonObject(value) ? value : undefined;
}
