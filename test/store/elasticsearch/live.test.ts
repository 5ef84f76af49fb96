import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../../src/store/elasticsearch/client.js';
import { elasticsearchOptionsFromEnv, openElasticsearchStore } from '../../../src/store/elasticsearch/open.js';
import { describeStoreBehaviour } from '../behaviour.js';
import { openElasticsearchMetadataStore } from '../../../src/metadata/store/elasticsearch/store.js';
import type { AdvisoryRecord } from '../../../src/metadata/records/types.js';

/**
 * The shared Store behaviour against a real Elasticsearch 8.x or 9.x, when ELASTICSEARCH_URL names one, e.g.
 *   docker run -p 9200:9200 -e discovery.type=single-node -e xpack.security.enabled=false elasticsearch:9.1.0
 *   ELASTICSEARCH_URL=http://localhost:9200 npx vitest run test/store/elasticsearch/live.test.ts
 * Credentials come from DEPINDEX_ES_* as in production. Each store gets its own index prefix, deleted afterwards.
 */
const url = process.env['ELASTICSEARCH_URL'];
if (!url) {
  console.log('test/store/elasticsearch/live.test.ts: skipped, ELASTICSEARCH_URL is not set (set it to run the store behaviour against a real Elasticsearch)');
}

const prefixes: string[] = [];

async function openFresh() {
  const prefix = `depindex-test-${randomBytes(4).toString('hex')}`;
  prefixes.push(prefix);
  const opened = await openElasticsearchStore(url!, { env: process.env, indexPrefix: prefix, replicas: 0, bulk: { baseDelayMs: 200 } });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describe.skipIf(!url)('live Elasticsearch', () => {
  afterAll(async () => {
    const built = await buildClient(url!, elasticsearchOptionsFromEnv(process.env));
    if (!built.ok) return;
    for (const prefix of prefixes) {
      await built.value.indices.delete({ index: `${prefix}-*`, expand_wildcards: 'all', allow_no_indices: true }).catch(() => undefined);
      await built.value.indices.deleteIndexTemplate({ name: `${prefix}-*` }).catch(() => undefined);
    }
    await built.value.close();
  });

  describeStoreBehaviour('elasticsearch (live)', openFresh);

  it('setup is idempotent against the real server', async () => {
    const store = await openFresh();
    const first = await store.setup();
    const second = await store.setup();
    expect(first.ok && first.value.createdIndices.length).toBe(2);
    expect(second.ok && second.value.createdIndices).toEqual([]);
    await store.close();
  });

  it('package metadata round trip: strict mappings accepted, replaced packages deleted, every read answers', async () => {
    const prefix = `depindex-test-${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    const opened = await openElasticsearchMetadataStore(url!, { cwd: process.cwd(), env: process.env, elasticsearch: { indexPrefix: prefix, replicas: 0 } });
    if (!opened.ok) throw new Error(opened.error);
    const store = opened.value;
    const record = (packages: string[]): AdvisoryRecord => ({
      advisory: {
        id: 'GHSA-live-test-0001', source: 'osv', title: 'live', description: null, cvssV2: null, cvssV3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cvssV4: null,
        severity: null, publishedDate: null, urls: [], identifiers: [{ type: 'cve', name: 'CVE-2099-0001', value: 'CVE-2099-0001', url: null }], withdrawn: false,
      },
      packages: packages.map((name) => ({ type: 'npm', name, versions: { kind: 'pmdb' as const, range: '<2.0.0' }, fixedVersions: ['2.0.0'], solution: null, distro: null, severity: null, overrides: null })),
    });
    try {
      const checkpoint = { dataType: 'advisories', registry: 'npm', versionFormat: 'v2', sequence: 1, chunk: 1 };
      const license = { type: 'npm', name: 'left-pad', lowestVersion: '1.0.0', highestVersion: '9.0.0', defaultLicenses: ['MIT'], otherLicenses: [] };
      expect(await store.ingest({ advisories: [record(['left-pad', 'right-pad'])], licenses: [license], enrichment: [{ cveId: 'CVE-2099-0001', epss: 0.5, knownExploited: true }], checkpoint })).toEqual({ ok: true, value: undefined });
      expect(await store.ingest({ advisories: [record(['left-pad'])], licenses: [], enrichment: [], checkpoint: { ...checkpoint, chunk: 2 } })).toEqual({ ok: true, value: undefined });
      expect(await store.status()).toEqual({ ok: true, value: { checkpoints: [{ ...checkpoint, chunk: 2 }], counts: { advisories: 1, affectedPackages: 1, licenses: 1, cveEnrichment: 1 } } });
      const affected = await store.affectedFor([{ type: 'npm', key: 'left-pad' }, { type: 'npm', key: 'right-pad' }]);
      const rows = affected.get('npm\u0000left-pad') ?? [];
      const details = await store.details(rows.map((r) => r.ref));
      expect(rows.map((r) => [details.get(r.ref)?.advisory.id, r.versions])).toEqual([['GHSA-live-test-0001', { kind: 'pmdb', text: '<2.0.0' }]]);
      expect(affected.has('npm\u0000right-pad')).toBe(false);
      expect(details.get(rows[0]!.ref)?.pkg.name).toBe('left-pad');
      expect((await store.licensesFor([{ type: 'npm', key: 'left-pad' }])).get('npm\u0000left-pad')?.defaultLicenses).toEqual(['MIT']);
      expect((await store.enrichmentFor(['cve-2099-0001'])).get('CVE-2099-0001')).toEqual({ cveId: 'CVE-2099-0001', epss: 0.5, knownExploited: true });
      const found = await store.advisoriesById('cve-2099-0001');
      expect(found.ok && found.value.map((r) => r.packages.map((p) => p.name))).toEqual([['left-pad']]);
      expect(await store.revision()).toEqual({ ok: true, value: 2 });
      expect(await store.changedSince(1)).toEqual({ ok: true, value: [{ type: 'npm', key: 'left-pad' }] });
      expect(await store.changedSince(2)).toEqual({ ok: true, value: [] });
    } finally {
      await store.close();
    }
  });

  it('the server refuses a field the mapping does not know (dynamic: strict)', async () => {
    const store = await openFresh();
    await store.setup();
    const built = await buildClient(url!, elasticsearchOptionsFromEnv(process.env));
    if (!built.ok) throw new Error(built.error);
    await expect(
      built.value.index({ index: store.names.dependencies, routing: 'p', document: { project: 'p', surprise: 1 } }),
    ).rejects.toMatchObject({ meta: { statusCode: 400 } });
    await built.value.close();
    await store.close();
  });
});
