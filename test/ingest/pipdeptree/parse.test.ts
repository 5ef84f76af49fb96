import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/pipdeptree/parse.js';
import { byRef, edgeStrings, external, fixture } from '../lockfiles/helpers.js';
import { timeBudget } from '../../time-budget.js';

const parse = (text: string) => {
  const json: unknown = JSON.parse(text);
  expect(parser.detect({ text, json })).toBe(true);
  const outcome = parser.parse({ text, json, path: 'deps.json', companions: new Map() });
  if (!outcome.ok) throw new Error(outcome.error);
  return { ...outcome.value, set: outcome.value.sets[0] as NonNullable<(typeof outcome.value.sets)[0]> };
};

describe('--json-tree (own, PROVENANCE.md)', () => {
  const { set, problems } = parse(fixture('pipdeptree/flask-env.json-tree.json'));
  it('one dependency per installed package, however often the tree repeats it', () => {
    expect(set.dependencies.map((d) => d.ref).sort()).toEqual(['blinker@1.8.2', 'click@8.1.7', 'flask@3.0.3', 'itsdangerous@2.2.0', 'jinja2@3.1.4', 'markupsafe@2.1.5', 'pip@24.0', 'requests-oauthlib@2.0.0', 'werkzeug@3.0.3']);
    // The name as installed ("MarkupSafe") goes along for display; the purl stays canonical.
    expect(byRef(set, 'markupsafe@2.1.5')).toEqual({ ref: 'markupsafe@2.1.5', purl: 'pkg:pypi/markupsafe@2.1.5', writtenName: 'MarkupSafe', direct: null, development: null, licenses: null, checksums: null, source: null });
  });
  it('nesting -> edges', () => {
    expect(edgeStrings(set)).toContain('jinja2@3.1.4 -> markupsafe@2.1.5');
    expect(edgeStrings(set)).toContain('werkzeug@3.0.3 -> markupsafe@2.1.5');
    expect(edgeStrings(set)).toHaveLength(7);
  });
  it('a requirement that is not installed and a broken node are problems at their pointers', () => {
    expect(problems).toEqual([
      { place: '/2/dependencies/0/installed_version', message: '"oauthlib" is not installed (installed_version "?")' },
      { place: '/2/dependencies/1', message: 'not a package (package_name, installed_version)' },
    ]);
  });
});

describe('--json (own)', () => {
  it('gives the same packages and edges as the tree', () => {
    const { set, problems } = parse(fixture('pipdeptree/flask-env.json.json'));
    expect(problems).toEqual([]);
    expect(edgeStrings(set)).toEqual(['flask@3.0.3 -> jinja2@3.1.4', 'flask@3.0.3 -> werkzeug@3.0.3', 'jinja2@3.1.4 -> markupsafe@2.1.5', 'werkzeug@3.0.3 -> markupsafe@2.1.5']);
  });
  it('does not claim other JSON arrays or SBOMs', () => {
    expect(parser.detect({ text: '', json: [1, 2] })).toBe(false);
    expect(parser.detect({ text: '', json: JSON.parse(external('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json')) as unknown })).toBe(false);
  });
});

interface TreeNode { key: string; installed_version: string; dependencies: TreeNode[] }
interface FlatEntry { package: { key: string; installed_version: string }; dependencies: { key: string; installed_version: string }[] }

/** Packages and edges read from a --json-tree file by a plain recursive walk, independently of the parser. */
function treeFacts(nodes: TreeNode[], parent: string | null, refs: Set<string>, edges: Set<string>): void {
  for (const n of nodes) {
    const ref = n.installed_version === '?' ? null : `${n.key}@${n.installed_version}`;
    if (ref) refs.add(ref);
    if (ref && parent) edges.add(`${parent} -> ${ref}`);
    treeFacts(n.dependencies, ref, refs, edges);
  }
}

describe('--json-tree, pyvis (real, PROVENANCE.md)', () => {
  const text = fixture('pipdeptree/pyvis-pipdeptree.json-tree.json');
  const { set, problems } = parse(text);
  const refs = new Set<string>();
  const edges = new Set<string>();
  treeFacts(JSON.parse(text) as TreeNode[], null, refs, edges);

  it('the packages and edges a plain walk of the file finds', () => {
    expect(new Set(set.dependencies.map((d) => d.ref))).toEqual(refs);
    expect(set.dependencies).toHaveLength(refs.size);
    expect(new Set(edgeStrings(set))).toEqual(edges);
  });
  it('values read from the file: PyYAML keeps its name in the purl, pyrsistent under jsonschema', () => {
    expect(byRef(set, 'pyyaml@6.0.1').purl).toBe('pkg:pypi/pyyaml@6.0.1');
    expect(edgeStrings(set)).toContain('jsonschema@4.17.3 -> pyrsistent@0.18.0');
    expect(edgeStrings(set)).toContain('anaconda-project@0.8.2 -> anaconda-client@1.7.2');
  });
  it('its one uninstalled requirement (ruamel-yaml "?") is the only problem', () => {
    expect(problems).toEqual([{ place: '/2/dependencies/2/installed_version', message: '"ruamel-yaml" is not installed (installed_version "?")' }]);
  });
});

describe('--json, python-depviz (real, PROVENANCE.md)', () => {
  const text = fixture('pipdeptree/python-depviz-dependencies.json.json');
  const { set, problems } = parse(text);
  const entries = JSON.parse(text) as FlatEntry[];

  it('one dependency per listed package; an edge per listed requirement (required_version null in this older pipdeptree)', () => {
    expect(problems).toEqual([]);
    expect(new Set(set.dependencies.map((d) => d.ref))).toEqual(new Set(entries.map((e) => `${e.package.key}@${e.package.installed_version}`)));
    const edges = new Set(entries.flatMap((e) => e.dependencies.map((d) => `${e.package.key}@${e.package.installed_version} -> ${d.key}@${d.installed_version}`)));
    expect(new Set(edgeStrings(set))).toEqual(edges);
  });
  it('values read from the file', () => {
    expect(edgeStrings(set)).toContain('zarr@2.6.1 -> numcodecs@0.7.3');
    expect(byRef(set, 'zict@2.0.0').purl).toBe('pkg:pypi/zict@2.0.0');
  });
});

describe('scale', () => {
  it('reads a 50,000-deep chain without recursion', () => {
    let node: Record<string, unknown> = { key: 'p49999', package_name: 'p49999', installed_version: '1.0', dependencies: [] };
    for (let i = 49_998; i >= 0; i--) node = { key: `p${i}`, package_name: `p${i}`, installed_version: '1.0', required_version: '>=1', dependencies: [node] };
    const json = [node];
    const started = performance.now();
    const outcome = parser.parse({ text: '', json, path: 'x', companions: new Map() });
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3_000));
  });
});
