import { checksumsFromIntegrity } from '../../../model/checksum.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import type { ParsedDependency } from '../../parser.js';
import { isJsonObject } from '../../json-object.js';
import type { DeclaredDependencies } from '../../manifests/package-json/declared.js';
import { npmPurl, splitNameAt } from '../shared/npm-purl.js';
import type { Graph } from './packages.js';

interface Scope {
  /** name -> ref of the packages placed at this level, or null for a local (file:) package. */
  readonly refs: Map<string, string | null>;
  readonly parent: Scope | null;
}

interface Pending {
  readonly ref: string;
  readonly entry: Record<string, unknown>;
  readonly scope: Scope;
  readonly pointer: readonly string[];
}

/**
 * lockfileVersion 1: nested `dependencies` mirroring node_modules, `requires` naming what each one needs.
 * A `requires` name resolves like Node does: the package's own nested dependencies, then each enclosing level.
 * Which packages are direct is only in package.json: without it, `direct` stays null.
 */
export function readLegacy(root: Record<string, unknown>, declared: DeclaredDependencies | null): Graph {
  const dependencies: ParsedDependency[] = [];
  const edges: (readonly [string, string])[] = [];
  const problems: Problem[] = [];
  const declaredNames = declared ? new Set([...declared.dependencies.keys(), ...declared.devDependencies.keys(), ...declared.optionalDependencies.keys(), ...declared.peerDependencies.keys()]) : null;

  const localRequires = new Set<string>();
  const pending: Pending[] = [];
  placeLevel(root, '', null, ['dependencies'], pending, problems);
  for (let i = 0; i < pending.length; i++) {
    const item = pending[i];
    if (!item) continue;
    const nested = isJsonObject(item.entry.dependencies) ? item.entry.dependencies : null;
    // From here on, `scope` is where this package's own lookups start: its nested level when it has one.
    const scope = nested ? placeLevel(nested, item.ref + '/', item.scope, [...item.pointer, 'dependencies'], pending, problems) : item.scope;
    pending[i] = { ...item, scope };
  }

  for (const { ref, entry, scope, pointer } of pending) {
    const place = jsonPointer(...pointer);
    const name = ref.slice(ref.lastIndexOf('node_modules/') + 13);
    const isTop = ref.indexOf('/node_modules/') < 0;
    const identity = identify(name, entry);
    if (identity === 'local') {
      // The project's own folder (file:): what it requires is declared by the project, so direct.
      if (declaredNames && isJsonObject(entry.requires)) {
        for (const required of Object.keys(entry.requires)) {
          const to = lookup(scope, required);
          if (typeof to === 'string') localRequires.add(to);
        }
      }
      continue;
    }
    if (typeof identity === 'string') {
      problems.push({ place, message: identity });
      continue;
    }
    const purl = npmPurl(identity.name, identity.version);
    if (!purl.ok) {
      problems.push({ place, message: purl.error });
      continue;
    }
    const integrity = typeof entry.integrity === 'string' ? checksumsFromIntegrity(entry.integrity) : null;
    dependencies.push({
      ref,
      purl: purl.value,
      direct: declaredNames ? isTop && declaredNames.has(name) : null,
      development: entry.dev === true,
      // lockfileVersion 1 has no devOptional; `optional: true` is npm's own mark.
      optional: entry.optional === true,
      licenses: null,
      checksums: integrity,
      source: identity.source ?? (typeof entry.resolved === 'string' ? entry.resolved : null),
    });
    if (!isJsonObject(entry.requires)) continue;
    for (const required of Object.keys(entry.requires)) {
      const to = lookup(scope, required);
      if (to === undefined) problems.push({ place: jsonPointer(...pointer, 'requires', required), message: `${required} is not in the lock file where Node would look for it` });
      else if (to !== null) edges.push([ref, to]);
    }
  }
  return { dependencies: dependencies.map((d) => (localRequires.has(d.ref) ? { ...d, direct: true } : d)), edges, problems };
}

/** Registers one level of nested dependencies and queues its entries; returns the level's scope. */
function placeLevel(level: Record<string, unknown>, prefix: string, parent: Scope | null, pointer: readonly string[], pending: Pending[], problems: Problem[]): Scope {
  const scope: Scope = { refs: new Map(), parent };
  for (const [name, entry] of Object.entries(level)) {
    if (!isJsonObject(entry)) {
      problems.push({ place: jsonPointer(...pointer, name), message: 'the entry is not an object' });
      continue;
    }
    const ref = `${prefix}node_modules/${name}`;
    scope.refs.set(name, identify(name, entry) === 'local' ? null : ref);
    pending.push({ ref, entry, scope, pointer: [...pointer, name] });
  }
  return scope;
}

/** From a package's own nested level (or, without one, the level it sits in) up to the root level. */
function lookup(scope: Scope, name: string): string | null | undefined {
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    if (s.refs.has(name)) return s.refs.get(name);
  }
  return undefined;
}

type Identity = { name: string; version: string; source?: string } | 'local' | string;

/**
 * v1 writes what was installed in `version`: a semver, "npm:<real name>@<version>" for an alias, a git URL
 * with the commit after "#", or "file:<path>" for the project's own folders (not third-party code).
 */
function identify(name: string, entry: Record<string, unknown>): Identity {
  const version = entry.version;
  if (typeof version !== 'string' || version.length === 0) return `${name} has no version`;
  if (version.startsWith('file:') || version.startsWith('link:')) return 'local';
  if (version.startsWith('npm:')) {
    const alias = splitNameAt(version.slice(4));
    return alias ? { name: alias.name, version: alias.rest } : `${name}: alias "${version}" names no version`;
  }
  const hash = version.lastIndexOf('#');
  if (hash > 0 && (version.includes('://') || /^(git|github|gitlab|bitbucket|gist):/.test(version))) {
    return { name, version: version.slice(hash + 1), source: version };
  }
  return { name, version };
}
