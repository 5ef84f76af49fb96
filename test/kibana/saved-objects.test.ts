import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependencyMappings, indexNames } from '../../src/store/elasticsearch/mappings.js';

interface SavedObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  references: { name: string; type: string; id: string }[];
}

const text = readFileSync(new URL('../../kibana/depindex.ndjson', import.meta.url), 'utf8');
const objects = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SavedObject);
const byType = (type: string): SavedObject[] => objects.filter((o) => o.type === type);

/** Every field path the dependencies mapping defines, sub-fields included ("package.name.lower"). */
function mappedFields(properties: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(properties).flatMap(([name, spec]) => {
    const s = spec as { properties?: Record<string, unknown>; fields?: Record<string, unknown> };
    const path = prefix + name;
    if (s.properties) return mappedFields(s.properties, path + '.');
    return [path, ...Object.keys(s.fields ?? {}).map((f) => `${path}.${f}`)];
  });
}
const fields = new Set(mappedFields(dependencyMappings.properties as Record<string, unknown>));

describe('kibana/depindex.ndjson', () => {
  it('holds one data view, three saved searches and a dashboard, with unique ids', () => {
    expect(objects.map((o) => o.type).sort()).toEqual(['dashboard', 'index-pattern', 'search', 'search', 'search']);
    expect(new Set(objects.map((o) => `${o.type}:${o.id}`)).size).toBe(objects.length);
  });

  it('points the data view at the dependencies alias the store writes', () => {
    expect(byType('index-pattern')[0]?.attributes['title']).toBe(indexNames().dependencies);
  });

  it('resolves every reference to an object in the file', () => {
    const ids = new Set(objects.map((o) => `${o.type}:${o.id}`));
    for (const o of objects) for (const r of o.references) expect(ids, `${o.id} -> ${r.type}:${r.id}`).toContain(`${r.type}:${r.id}`);
  });

  it.each(byType('search').map((s) => [s.attributes['title'] as string, s]))('%s uses only mapped fields', (_title, search) => {
    const columns = search.attributes['columns'] as string[];
    const sort = (search.attributes['sort'] as [string, string][]).map(([f]) => f);
    for (const field of [...columns, ...sort]) expect(fields, field).toContain(field);
    const source = JSON.parse((search.attributes['kibanaSavedObjectMeta'] as { searchSourceJSON: string }).searchSourceJSON) as {
      query: { query: string; language: string };
      indexRefName: string;
    };
    expect(source.query.language).toBe('kuery');
    expect(search.references.map((r) => r.name)).toContain(source.indexRefName);
    const queried = /^([\w.]+)\s*>=/.exec(source.query.query)?.[1];
    if (queried) expect(fields).toContain(queried);
  });

  it('finds the searches its titles promise', () => {
    const queries = Object.fromEntries(
      byType('search').map((s) => [s.id, JSON.parse((s.attributes['kibanaSavedObjectMeta'] as { searchSourceJSON: string }).searchSourceJSON) as { query: { query: string } }]),
    );
    expect(queries['depindex-added-last-7-days']?.query.query).toBe('created_at >= now-7d');
    // Which scan last saw a package: its commit, time and pipeline (issue #15).
    expect(byType('search').find((s) => s.id === 'depindex-by-package')?.attributes['columns']).toEqual(
      expect.arrayContaining(['commit_sha', 'last_seen_at', 'pipeline_url']),
    );
    expect(byType('search').find((s) => s.id === 'depindex-by-license')?.attributes['sort']).toEqual([['license_keys', 'asc'], ['package.canonical_name', 'asc']]);
  });

  it('lays out one dashboard panel per reference, each naming its reference', () => {
    const [dashboard] = byType('dashboard');
    const panels = JSON.parse(dashboard?.attributes['panelsJSON'] as string) as { panelRefName: string; type: string }[];
    expect(panels.map((p) => p.panelRefName).sort()).toEqual(dashboard?.references.map((r) => r.name).sort());
    expect(new Set(panels.map((p) => p.type))).toEqual(new Set(['search']));
  });
});
