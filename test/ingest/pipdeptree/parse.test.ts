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
