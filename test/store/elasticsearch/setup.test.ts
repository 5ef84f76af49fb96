import { describe, expect, it } from 'vitest';
import { dependencyMappings, indexNames, indexTemplates, setMappings } from '../../../src/store/elasticsearch/mappings.js';
import { openFake } from './open-fake.js';

const names = indexNames();

describe('index templates', () => {
  const [deps, sets] = indexTemplates(names, { shards: 24, replicas: 2 });

  it('match only the versioned indices behind each alias', () => {
    expect(deps?.name).toBe('depindex-dependencies');
    expect(deps?.index_patterns).toEqual(['depindex-dependencies-v*']);
    expect(sets?.name).toBe('depindex-sets');
    expect(sets?.index_patterns).toEqual(['depindex-sets-v*']);
    // Above Elasticsearch's built-in templates (logs-*, metrics-* use 100), so nothing else shapes these indices.
    expect(deps?.priority).toBeGreaterThan(100);
  });

  it('carry the shard layout for dependencies, one shard for sets, and a lower-case normaliser', () => {
    expect(deps?.template?.settings).toMatchObject({
      number_of_shards: 24,
      number_of_replicas: 2,
      analysis: { normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } } },
    });
    expect(sets?.template?.settings).toMatchObject({ number_of_shards: 1, number_of_replicas: 2 });
  });

  it.each([
    ['dependencies', dependencyMappings],
    ['sets', setMappings],
  ])('%s: strict mapping, routing required, no dynamic templates', (_name, mappings) => {
    expect(mappings.dynamic).toBe('strict');
    expect(mappings._routing).toEqual({ required: true });
    expect(mappings.dynamic_templates).toBeUndefined();
  });

  it.each([
    ['created_at', 'date'],
    ['last_seen_at', 'date'],
    ['project', 'keyword'],
    ['project_namespaces', 'keyword'],
    ['generation', 'keyword'],
    ['version', 'keyword'],
    ['development', 'boolean'],
    ['introduced', 'boolean'],
    ['vulnerabilities', 'keyword'],
  ])('dependencies.%s is a %s', (field, type) => {
    expect((dependencyMappings.properties?.[field] as { type: string }).type).toBe(type);
  });

  it('matches names and licenses case-insensitively through the normaliser', () => {
    const pkg = dependencyMappings.properties?.['package'] as { properties: Record<string, { normalizer?: string }> };
    expect(pkg.properties['canonical_name']?.normalizer).toBe('depindex_lowercase');
    expect((dependencyMappings.properties?.['license_keys'] as { normalizer?: string }).normalizer).toBe('depindex_lowercase');
  });

  it.each([['scanned_at'], ['updated_at']])('sets.%s is a date', (field) => {
    expect((setMappings.properties?.[field] as { type: string }).type).toBe('date');
  });
});

describe('setup', () => {
  it('puts the templates, then creates each versioned index with its alias, the findings index included', async () => {
    const { es, store } = await openFake({ shards: 3, replicas: 0 });
    const report = await store.setup();
    expect(report.ok && report.value).toEqual({
      templates: ['depindex-dependencies', 'depindex-sets', 'depindex-findings'],
      createdIndices: ['depindex-dependencies-v1', 'depindex-sets-v1', 'depindex-findings-v1'],
      aliases: { 'depindex-dependencies': 'depindex-dependencies-v1', 'depindex-sets': 'depindex-sets-v1', 'depindex-findings': 'depindex-findings-v1' },
    });
    expect(es.log.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /',
      'PUT /_index_template/depindex-dependencies',
      'PUT /_index_template/depindex-sets',
      'GET /_alias/depindex-dependencies',
      'PUT /depindex-dependencies-v1',
      'GET /_alias/depindex-sets',
      'PUT /depindex-sets-v1',
      'PUT /_index_template/depindex-findings',
      'GET /_alias/depindex-findings',
      'PUT /depindex-findings-v1',
    ]);
    expect(es.log[7]?.body).toMatchObject({
      index_patterns: ['depindex-findings-v*'],
      template: { settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: { dynamic: 'strict', _routing: { required: true } } },
    });
    expect(es.log[9]?.body).toEqual({ aliases: { 'depindex-findings': { is_write_index: true } } });
    expect(es.log[4]?.body).toEqual({ aliases: { 'depindex-dependencies': { is_write_index: true } } });
    expect(es.log[1]?.body).toMatchObject({
      index_patterns: ['depindex-dependencies-v*'],
      template: { settings: { number_of_shards: 3, number_of_replicas: 0 }, mappings: { dynamic: 'strict' } },
    });
  });

  it('is idempotent: a second run creates nothing and keeps the aliases', async () => {
    const { es, store } = await openFake();
    await store.setup();
    // A fresh store object, as a second `depindex es setup` would be.
    const { store: again } = await openFake({}, es);
    const report = await again.setup();
    expect(report.ok && report.value.createdIndices).toEqual([]);
    expect(report.ok && report.value.aliases['depindex-dependencies']).toBe('depindex-dependencies-v1');
    expect(es.log.filter((r) => r.method === 'PUT' && r.path === '/depindex-dependencies-v1')).toHaveLength(1);
  });

  it('adds the fields of this version to the mapping of an index an older depindex created (optional, edges, short name, pipeline)', async () => {
    const { es, store } = await openFake();
    es.indices.set('depindex-dependencies-v1', new Map());
    es.aliases.set('depindex-dependencies', 'depindex-dependencies-v1');
    const report = await store.setup();
    expect(report.ok).toBe(true);
    expect(es.mappingUpdates.map((u) => u.index)).toEqual(['depindex-dependencies-v1']);
    const body = es.mappingUpdates[0]?.body as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(body.properties['pipeline_url']).toEqual({ type: 'keyword', index: false });
    expect(body.properties['package']?.properties?.['short_name']).toEqual({ type: 'keyword', normalizer: 'depindex_lowercase' });
    expect(body.properties['optional']).toEqual({ type: 'boolean' });
    expect(body.properties['children']).toEqual({ type: 'integer', index: false, doc_values: false });
  });

  it('keeps an alias an operator moved to a newer index', async () => {
    const { es, store } = await openFake();
    es.indices.set('depindex-dependencies-v2', new Map());
    es.aliases.set('depindex-dependencies', 'depindex-dependencies-v2');
    const report = await store.setup();
    expect(report.ok && report.value.aliases['depindex-dependencies']).toBe('depindex-dependencies-v2');
    expect(report.ok && report.value.createdIndices).toEqual(['depindex-sets-v1', 'depindex-findings-v1']);
  });

  it('adds the alias to an index an interrupted setup left without one', async () => {
    const { es, store } = await openFake();
    es.indices.set('depindex-dependencies-v1', new Map());
    const report = await store.setup();
    expect(report.ok).toBe(true);
    expect(es.log.map((r) => `${r.method} ${r.path}`)).toContain('PUT /depindex-dependencies-v1/_alias/depindex-dependencies');
    expect(es.aliases.get('depindex-dependencies')).toBe('depindex-dependencies-v1');
  });

  it('uses the prefix for every name', async () => {
    const { es, store } = await openFake({ indexPrefix: 'acme-deps' });
    await store.setup();
    expect([...es.aliases.entries()].sort()).toEqual([
      ['acme-deps-dependencies', 'acme-deps-dependencies-v1'],
      ['acme-deps-findings', 'acme-deps-findings-v1'],
      ['acme-deps-sets', 'acme-deps-sets-v1'],
    ]);
  });
});
