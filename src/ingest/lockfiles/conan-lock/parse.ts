import type { ParsedDependency, ParsedWalk, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { conanPurl, readReference } from './reference.js';
import { isJsonObject } from '../../json-object.js';

type Obj = Record<string, unknown>;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export const parser = {
  id: 'conan-lock',
  description: 'Conan conan.lock (0.4 graph lock of Conan 1, 0.5 of Conan 2)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => {
    if (!isJsonObject(json)) return false;
    if (isJsonObject(json['graph_lock']) && isJsonObject(json['graph_lock']['nodes'])) return true;
    return typeof json['version'] === 'string' && json['version'].startsWith('0.') && Array.isArray(json['requires']) && (Array.isArray(json['build_requires']) || Array.isArray(json['python_requires']));
  },
  parse: ({ json, path }) => {
    if (!isJsonObject(json)) return { ok: false, error: 'conan.lock is not a JSON object' };
    if (isJsonObject(json['graph_lock'])) return { ok: true, value: parseGraphLock(json['graph_lock'], path) };
    return { ok: true, value: parseFlatLock(json, path) };
  },
} satisfies Parser;

/**
 * Conan 2 (0.5): flat lists, no graph and no root. build_requires and python_requires are tools and recipe code
 * used while building (cmake, meson, pkgconf), not linked into the product: development unless `requires` also
 * lists the same reference.
 */
function parseFlatLock(json: Obj, path: string) {
  const problems: Problem[] = [];
  const byRef = new Map<string, ParsedDependency>();
  for (const list of ['requires', 'build_requires', 'python_requires'] as const) {
    const entries = json[list];
    if (entries !== undefined && !Array.isArray(entries)) problems.push({ place: jsonPointer(list), message: `"${list}" is not a list` });
    (Array.isArray(entries) ? entries : []).forEach((text: unknown, index) => {
      const place = jsonPointer(list, index);
      if (typeof text !== 'string') return problems.push({ place, message: 'not a reference string' });
      const ref = readReference(text);
      if (!ref) return problems.push({ place, message: `"${text.slice(0, 120)}" is not a Conan reference (name/version)` });
      const purl = conanPurl(ref);
      if (!purl.ok) return problems.push({ place, message: purl.error });
      if (byRef.has(purl.value)) return;
      byRef.set(purl.value, { ref: purl.value, purl: purl.value, direct: null, development: list !== 'requires', licenses: null, checksums: null, source: null });
    });
  }
  return { sets: [{ file: path, packageManager: 'conan', dependencies: [...byRef.values()], edges: [] }], problems };
}

/**
 * Conan 1 (0.4): graph_lock.nodes keyed by id, node "0" the consumer (conanfile); its requires and
 * build_requires are direct. A node only reachable through some build_requires edge is development (the walk
 * the graph stage takes).
 */
function parseGraphLock(graph: Obj, path: string) {
  const problems: Problem[] = [];
  const nodes = isJsonObject(graph['nodes']) ? graph['nodes'] : {};
  const refOfNode = new Map<string, string>();
  const dependencies = new Map<string, ParsedDependency>();
  for (const [id, node] of Object.entries(nodes)) {
    const place = jsonPointer('graph_lock', 'nodes', id);
    if (!isJsonObject(node)) {
      problems.push({ place, message: 'node is not an object' });
      continue;
    }
    if (id === '0' || typeof node['ref'] !== 'string') continue; // the consumer, or a local conanfile
    const ref = readReference(node['ref']);
    if (!ref) {
      problems.push({ place: jsonPointer('graph_lock', 'nodes', id, 'ref'), message: `"${node['ref'].slice(0, 120)}" is not a Conan reference (name/version)` });
      continue;
    }
    const purl = conanPurl(ref);
    if (!purl.ok) {
      problems.push({ place, message: purl.error });
      continue;
    }
    refOfNode.set(id, purl.value);
    if (!dependencies.has(purl.value)) dependencies.set(purl.value, { ref: purl.value, purl: purl.value, direct: false, development: null, licenses: null, checksums: null, source: null });
  }

  // Build requirements are tools (cmake, meson): what only they bring is development, and so is what the
  // consumer's host graph does not reach at all (graph/walk.ts).
  const walkEdges: [string, string, boolean][] = [];
  const allEdges: [string, string][] = [];
  const seen = new Set<string>();
  const root = isJsonObject(nodes['0']) ? nodes['0'] : {};
  for (const [id, node] of Object.entries(nodes)) {
    if (!isJsonObject(node)) continue;
    for (const kind of ['requires', 'build_requires'] as const) {
      const children = node[kind];
      if (Array.isArray(children) && children.length !== strings(children).length) {
        problems.push({ place: jsonPointer('graph_lock', 'nodes', id, kind), message: 'holds entries that are not node ids' });
      }
      for (const child of strings(children)) {
        const to = refOfNode.get(child);
        if (!to) {
          if (!(child in nodes)) problems.push({ place: jsonPointer('graph_lock', 'nodes', id, kind), message: `node "${child}" is not in the lock` });
          continue;
        }
        const from = id === '0' ? '0' : refOfNode.get(id);
        if (!from) continue;
        walkEdges.push([from, to, kind === 'build_requires']);
        if (from !== '0' && from !== to && !seen.has(`${from}\n${to}`)) {
          seen.add(`${from}\n${to}`);
          allEdges.push([from, to]);
        }
      }
    }
  }
  const directIds = [...strings(root['requires']), ...strings(root['build_requires'])];
  for (const id of directIds) {
    const ref = refOfNode.get(id);
    const dep = ref ? dependencies.get(ref) : undefined;
    if (ref && dep) dependencies.set(ref, { ...dep, direct: true });
  }
  const walk: ParsedWalk = { roots: [['0', false]], edges: walkEdges, unreached: true };
  return { sets: [{ file: path, packageManager: 'conan', dependencies: [...dependencies.values()], edges: allEdges, walk }], problems };
}
