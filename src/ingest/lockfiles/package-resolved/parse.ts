import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isJsonObject } from '../../json-object.js';

/**
 * pkg:swift namespace and name from a pin's location, as the purl spec writes Swift packages: the host and path of
 * the repository ("github.com/apple", "swift-argument-parser"). scp-like "git@host:owner/repo.git" and
 * ssh://user@host:port/… URLs name the same host; the port is not part of the package's identity.
 */
export function swiftCoordinates(location: string): { namespace: string; name: string } | null {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(location);
  let host: string;
  let path: string;
  if (scp) {
    host = scp[1] as string;
    path = scp[2] as string;
  } else {
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      return null;
    }
    host = url.hostname;
    path = url.pathname;
  }
  const segments = path.replace(/\.git\/?$/, '').split('/').filter((s) => s.length > 0);
  const name = segments.pop();
  if (!host || name === undefined || segments.length === 0) return null;
  return { namespace: [host, ...segments].join('/'), name };
}

interface Pin {
  readonly location: string;
  readonly identity: string;
  readonly kind: string | null;
  readonly state: Record<string, unknown>;
}

function readPin(value: unknown, version: number): Pin | null {
  if (!isJsonObject(value) || !isJsonObject(value['state'])) return null;
  // v1: package / repositoryURL; v2, v3: identity / location / kind
  const location = version === 1 ? value['repositoryURL'] : value['location'];
  const identity = version === 1 ? value['package'] : value['identity'];
  if (typeof location !== 'string' || typeof identity !== 'string') return null;
  return { location, identity, kind: typeof value['kind'] === 'string' ? value['kind'] : null, state: value['state'] };
}

export const parser = {
  id: 'package-resolved',
  description: 'SwiftPM Package.resolved (v1-v3)',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: true, licenses: false },
  detect: ({ json }) => {
    if (!isJsonObject(json) || typeof json['version'] !== 'number') return false;
    if (json['version'] === 1) return isJsonObject(json['object']) && Array.isArray(json['object']['pins']);
    return Array.isArray(json['pins']);
  },
  parse: ({ json, path }) => {
    if (!isJsonObject(json) || typeof json['version'] !== 'number') return { ok: false, error: 'Package.resolved has no "version"' };
    const version = json['version'];
    const notes = version > 3 ? [`Package.resolved version ${version} is newer than depindex knows (1-3); read as version 3`] : [];
    const pins = version === 1 ? (isJsonObject(json['object']) ? json['object']['pins'] : undefined) : json['pins'];
    if (!Array.isArray(pins)) return { ok: false, error: 'Package.resolved has no "pins" list' };
    const pointer = (i: number): string => (version === 1 ? jsonPointer('object', 'pins', i) : jsonPointer('pins', i));
    const problems: Problem[] = [];
    const dependencies: ParsedDependency[] = [];
    const seen = new Set<string>();
    pins.forEach((value, i) => {
      const pin = readPin(value, version);
      if (!pin) {
        problems.push({ place: pointer(i), message: 'a pin without identity, location and state' });
        return;
      }
      // A branch or revision pin has no version: the commit it resolved to is the version.
      const pinned = typeof pin.state['version'] === 'string' ? pin.state['version'] : typeof pin.state['revision'] === 'string' ? pin.state['revision'] : null;
      // Registry pins are "scope.name" identities with no repository.
      const registry = pin.kind === 'registry' ? /^([^.]+)\.(.+)$/.exec(pin.identity) : null;
      const coordinates = registry ? { namespace: registry[1] as string, name: registry[2] as string } : swiftCoordinates(pin.location);
      if (pinned === null || coordinates === null) {
        problems.push({ place: pointer(i), message: `"${pin.identity}" has ${pinned === null ? 'neither a version nor a revision' : `a location that is not a repository URL ("${pin.location}")`}` });
        return;
      }
      const purl = buildPurl('swift', coordinates.namespace, coordinates.name, pinned);
      if (!purl.ok) {
        problems.push({ place: pointer(i), message: purl.error });
        return;
      }
      if (seen.has(purl.value)) return;
      seen.add(purl.value);
      dependencies.push({ ref: purl.value, purl: purl.value, direct: null, development: null, licenses: null, checksums: null, source: pin.location || null });
    });
    return { ok: true, value: { sets: [{ file: path, packageManager: 'swiftpm', dependencies, edges: [] }], problems, notes } };
  },
} satisfies Parser;
