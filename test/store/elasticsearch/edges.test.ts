import { describe, expect, it } from 'vitest';
import { dep, scan, set } from '../behaviour.js';
import { openFake } from './open-fake.js';

// Request shapes of the stored edges (src/store/elasticsearch/edges.ts); what they answer is in graph-behaviour.ts.
const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
const b = dep({ type: 'npm', name: 'b', version: '1.0.0', introduced: false });
const c = dep({ type: 'npm', name: 'c', version: '1.0.0', introduced: false });

describe('edges in Elasticsearch', () => {
  it('writes each document with the positions of what it depends on, in the bulk of its generation', async () => {
    const { es, store } = await openFake();
    const graph = { edges: new Map([[a.purl, [c.purl, b.purl]], [b.purl, [c.purl]]]) };
    const written = await store.writeScan(scan('g/p', 'main', '2026-11-01T08:00:00Z', 'c1'), [{ ...set('package-lock.json', [c, b, a]), graph }]);
    expect(written.ok).toBe(true);
    const bulk = es.log.filter((r) => r.path === '/depindex-dependencies/_bulk');
    expect(bulk).toHaveLength(1);
    // Positions among the purls in order: a 0, b 1, c 2. A document without edges has no field.
    const docs = (bulk[0]?.body as Record<string, unknown>[]).filter((line) => 'purl' in line);
    expect(docs.map((d) => [d['purl'], d['children']])).toEqual([
      ['pkg:npm/c@1.0.0', undefined],
      ['pkg:npm/b@1.0.0', [2]],
      ['pkg:npm/a@1.0.0', [1, 2]],
    ]);
    await store.close();
  });

  it('maps the field as stored only, and adds it to an index made before edges were stored', async () => {
    const { es, store } = await openFake();
    await store.setup();
    const template = es.templates.get('depindex-dependencies') as { template: { mappings: { properties: Record<string, unknown> } } };
    expect(template.template.mappings.properties['children']).toEqual({ type: 'integer', index: false, doc_values: false });
    expect(es.log.some((r) => r.path.endsWith('/_mapping'))).toBe(false);
    const { store: again } = await openFake({}, es);
    await again.setup();
    const put = es.log.filter((r) => r.method === 'PUT' && r.path === '/depindex-dependencies-v1/_mapping');
    expect(put).toHaveLength(1);
    expect((put[0]?.body as { properties: Record<string, unknown> }).properties['children']).toEqual({ type: 'integer', index: false, doc_values: false });
    await store.close();
    await again.close();
  });
});
