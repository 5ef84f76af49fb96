import type { ParsedDependency, Parser } from '../parser.js';
import { jsonPointer, type Problem } from '../../model/problem.js';
import { buildPurl } from '../../ecosystems/shared/purl.js';
import { isJsonObject } from '../json-object.js';

/** A package as pipdeptree writes it: `key` (normalised name), `package_name`, `installed_version`. */
const isPackage = (v: unknown): v is Record<string, unknown> => isJsonObject(v) && typeof v['package_name'] === 'string' && 'installed_version' in v;

/** `--json-tree` nests packages; `--json` lists `{ package, dependencies }` pairs. */
function shape(json: unknown): 'tree' | 'flat' | null {
  if (!Array.isArray(json)) return null;
  // The first of the first few items that reads decides: one damaged item must not change what the file is.
  for (const item of json.slice(0, 20) as unknown[]) {
    if (isPackage(item) && Array.isArray(item['dependencies'])) return 'tree';
    if (isJsonObject(item) && isPackage(item['package']) && Array.isArray(item['dependencies'])) return 'flat';
  }
  return null;
}

interface Pending {
  readonly node: unknown;
  readonly at: Pending | null;
  readonly index: number;
  readonly parent: string | null;
}

/** JSON pointer of a node, built only for a problem. */
function placeOf(item: Pending): string {
  const segments: (string | number)[] = [];
  for (let p: Pending | null = item; p !== null; p = p.at) segments.push(p.index, ...(p.at ? ['dependencies'] : []));
  return jsonPointer(...segments.reverse());
}

export const parser = {
  id: 'pipdeptree',
  description: 'pipdeptree --json-tree / --json output (an installed Python environment)',
  capabilities: { edges: 'complete', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => shape(json) !== null,
  parse: ({ json, path }) => {
    const kind = shape(json);
    if (kind === null || !Array.isArray(json)) return { ok: false, error: 'not pipdeptree JSON output' };
    const problems: Problem[] = [];
    const dependencies = new Map<string, ParsedDependency>();
    const edges: [string, string][] = [];
    const seenEdges = new Set<string>();
    const refOf = (node: unknown, place: () => string): string | null => {
      if (!isJsonObject(node) || typeof node['package_name'] !== 'string') {
        problems.push({ place: isJsonObject(node) ? `${place()}/package_name` : place(), message: 'not a package (package_name, installed_version)' });
        return null;
      }
      const name = typeof node['key'] === 'string' ? node['key'] : (node['package_name'] as string);
      const version = node['installed_version'];
      // pipdeptree writes "?" when a requirement is not installed.
      if (typeof version !== 'string' || version.length === 0 || version === '?') {
        problems.push({ place: `${place()}/installed_version`, message: `"${node['package_name']}" is not installed (installed_version ${JSON.stringify(version) ?? 'missing'})` });
        return null;
      }
      const ref = `${name}@${version}`;
      if (!dependencies.has(ref)) {
        const purl = buildPurl('pypi', null, node['package_name'], version);
        if (!purl.ok) {
          problems.push({ place: place(), message: purl.error });
          return null;
        }
        dependencies.set(ref, { ref, purl: purl.value, writtenName: String(node['package_name']), direct: null, development: null, licenses: null, checksums: null, source: null });
      }
      return ref;
    };
    const edge = (from: string, to: string): void => {
      const key = `${from}\n${to}`;
      if (seenEdges.has(key)) return;
      seenEdges.add(key);
      edges.push([from, to]);
    };

    if (kind === 'flat') {
      json.forEach((entry: unknown, i) => {
        const from = isJsonObject(entry) ? refOf(entry['package'], () => jsonPointer(i, 'package')) : refOf(entry, () => jsonPointer(i));
        const children = isJsonObject(entry) && Array.isArray(entry['dependencies']) ? entry['dependencies'] : [];
        children.forEach((child: unknown, c) => {
          const to = refOf(child, () => jsonPointer(i, 'dependencies', c));
          if (from && to) edge(from, to);
        });
      });
    } else {
      // Iterative: the tree repeats shared subtrees and can be deep.
      const stack: Pending[] = [];
      for (let i = json.length - 1; i >= 0; i--) stack.push({ node: json[i], at: null, index: i, parent: null });
      for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
        const current = item;
        const ref = refOf(current.node, () => placeOf(current));
        if (ref && current.parent) edge(current.parent, ref);
        const children = isJsonObject(current.node) && Array.isArray(current.node['dependencies']) ? current.node['dependencies'] : [];
        for (let c = children.length - 1; c >= 0; c--) stack.push({ node: children[c], at: current, index: c, parent: ref });
      }
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'pip', dependencies: [...dependencies.values()], edges }], problems } };
  },
} satisfies Parser;
