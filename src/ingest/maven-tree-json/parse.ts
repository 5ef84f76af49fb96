import type { ParsedDependency, Parser } from '../parser.js';
import { jsonPointer, type Problem } from '../../model/problem.js';
import { isJsonObject } from '../json-object.js';
import { isDevelopmentScope, mavenPurl } from '../maven-coordinates/maven-purl.js';

/** The fields every node of `mvn dependency:tree -DoutputType=json` carries (maven-dependency-plugin 3.7+). */
const isTreeNode = (v: unknown): v is Record<string, unknown> =>
  isJsonObject(v) && typeof v['groupId'] === 'string' && typeof v['artifactId'] === 'string' && typeof v['version'] === 'string' && 'scope' in v;

interface Pending {
  readonly node: unknown;
  /** Where the node sits, as the path to it: built into a JSON pointer only for a problem (a 50,000-deep chain would otherwise build 50,000 ever longer strings). */
  readonly at: Pending | null;
  readonly index: number;
  readonly parent: string | null;
  /** Below a test-scoped node: the plugin prints each node's own scope, not the one Maven mediates for it. */
  readonly underTest: boolean;
  readonly depth: number;
}

/** The JSON pointer of a node: the root's (empty, or its index in a list of modules), then /children/i per level. */
function placeOf(item: Pending): string {
  const segments: (string | number)[] = [];
  for (let p: Pending | null = item; p !== null; p = p.at) {
    if (p.at !== null) segments.push(p.index, 'children');
    else if (p.index >= 0) segments.push(p.index);
  }
  return jsonPointer(...segments.reverse());
}

export const parser = {
  id: 'maven-tree-json',
  description: 'Maven dependency:tree -DoutputType=json (maven.graph.json)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => (isTreeNode(json) && (json['children'] === undefined || Array.isArray(json['children']))) || (Array.isArray(json) && json.length > 0 && json.every(isTreeNode)),
  parse: ({ json, path }) => {
    const roots = Array.isArray(json) ? json : [json];
    const problems: Problem[] = [];
    const byRef = new Map<string, { dependency: ParsedDependency; development: boolean; direct: boolean }>();
    const edges: [string, string][] = [];
    // Iterative walk: a deep tree cannot overflow the stack. Roots are the modules themselves, not dependencies.
    const stack: Pending[] = [];
    for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i], at: null, index: Array.isArray(json) ? i : -1, parent: null, underTest: false, depth: 0 });
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const { node, depth } = item;
      if (!isTreeNode(node)) {
        problems.push({ place: placeOf(item) || '/', message: 'not a dependency node (groupId, artifactId, version, scope)' });
        continue;
      }
      let ref: string | null = null;
      const scope = typeof node['scope'] === 'string' ? node['scope'] : '';
      const underTest = item.underTest || isDevelopmentScope(scope);
      if (depth > 0) {
        const purl = mavenPurl({
          groupId: node['groupId'] as string,
          artifactId: node['artifactId'] as string,
          version: node['version'] as string,
          type: typeof node['type'] === 'string' ? node['type'] : 'jar',
          classifier: typeof node['classifier'] === 'string' ? node['classifier'] : '',
        });
        if (!purl.ok) {
          problems.push({ place: placeOf(item), message: purl.error });
        } else {
          ref = purl.value;
          const known = byRef.get(ref);
          if (known) {
            // Development only when every occurrence is under test scope; direct when any is.
            known.development &&= underTest;
            known.direct ||= depth === 1;
          } else {
            byRef.set(ref, {
              dependency: { ref, purl: purl.value, direct: depth === 1, development: underTest, licenses: null, checksums: null, source: null },
              development: underTest,
              direct: depth === 1,
            });
          }
          if (item.parent !== null) edges.push([item.parent, ref]);
        }
      }
      const children = node['children'];
      if (children === undefined) continue;
      if (!Array.isArray(children)) {
        problems.push({ place: `${placeOf(item)}/children`, message: '"children" is not a list' });
        continue;
      }
      // A node that could not be read keeps its children, without the edge to it.
      const parent = depth === 0 ? null : ref;
      for (let c = children.length - 1; c >= 0; c--) stack.push({ node: children[c], at: item, index: c, parent, underTest, depth: depth + 1 });
    }
    const dependencies = [...byRef.values()].map((e) => ({ ...e.dependency, development: e.development, direct: e.direct }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'maven', dependencies, edges }], problems } };
  },
} satisfies Parser;
