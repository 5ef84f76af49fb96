import { openElasticsearchStore, type ElasticsearchOptions, type ElasticsearchStore } from '../../../src/store/elasticsearch/open.js';
import { FakeElasticsearch } from './fake-elasticsearch.js';

export const FAKE_URL = 'http://es.test:9200';

/** A store over a fresh fake Elasticsearch; backoff sleeps are recorded instead of waited. */
export async function openFake(
  options: ElasticsearchOptions = {},
  es = new FakeElasticsearch(),
): Promise<{ es: FakeElasticsearch; store: ElasticsearchStore; sleeps: number[] }> {
  const sleeps: number[] = [];
  // The mock's connection cannot close; the store closes its client.
  const Connection = class extends es.mock.getConnection() {
    override async close(): Promise<void> {}
  };
  const opened = await openElasticsearchStore(FAKE_URL, {
    // The mock's class comes from the client's CommonJS build; the store imports the ESM one. Same shape.
    connection: Connection as unknown as ElasticsearchOptions['connection'],
    ...options,
    bulk: { sleep: async (ms) => void sleeps.push(ms), ...options.bulk },
  });
  if (!opened.ok) throw new Error(opened.error);
  return { es, store: opened.value, sleeps };
}
