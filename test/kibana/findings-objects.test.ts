import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingMappings, findingsNames } from '../../src/store/elasticsearch/findings.js';

interface SavedObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  references: { name: string; type: string; id: string }[];
}

const text = readFileSync(new URL('../../kibana/depindex-findings.ndjson', import.meta.url), 'utf8');
const objects = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SavedObject);
const fields = new Set(Object.keys(findingMappings.properties ?? {}));

describe('kibana/depindex-findings.ndjson', () => {
  it('points its data view at the findings alias the store writes', () => {
    expect(objects.filter((o) => o.type === 'index-pattern').map((o) => o.attributes['title'])).toEqual([findingsNames().alias]);
  });

  it('resolves every reference and uses only mapped fields', () => {
    const ids = new Set(objects.map((o) => `${o.type}:${o.id}`));
    for (const o of objects) for (const r of o.references) expect(ids).toContain(`${r.type}:${r.id}`);
    for (const search of objects.filter((o) => o.type === 'search')) {
      const columns = search.attributes['columns'] as string[];
      const sort = (search.attributes['sort'] as [string, string][]).map(([f]) => f);
      for (const field of [...columns, ...sort]) expect(fields, field).toContain(field);
      const source = JSON.parse((search.attributes['kibanaSavedObjectMeta'] as { searchSourceJSON: string }).searchSourceJSON) as { query: { query: string; language: string } };
      expect(source.query.language).toBe('kuery');
      for (const [, field] of source.query.query.matchAll(/([\w.]+)\s*(?::|>=)/g)) expect(fields).toContain(field);
    }
  });

  it('lays out one dashboard panel per reference', () => {
    const dashboard = objects.find((o) => o.type === 'dashboard');
    const panels = JSON.parse(dashboard?.attributes['panelsJSON'] as string) as { panelRefName: string }[];
    expect(panels.map((p) => p.panelRefName).sort()).toEqual(dashboard?.references.map((r) => r.name).sort());
  });
});
