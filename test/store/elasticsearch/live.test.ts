import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../../src/store/elasticsearch/client.js';
import { elasticsearchOptionsFromEnv, openElasticsearchStore } from '../../../src/store/elasticsearch/open.js';
import { describeStoreBehaviour } from '../behaviour.js';

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
