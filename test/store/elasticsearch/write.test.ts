import type { Client } from '@elastic/elasticsearch';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildClient } from '../../../src/store/elasticsearch/client.js';
import { bulkIndex, describeFailures, type BulkDocument, type BulkPolicy } from '../../../src/store/elasticsearch/write.js';
import { FakeElasticsearch, fail, type LoggedRequest } from './fake-elasticsearch.js';

let es: FakeElasticsearch;
let client: Client;
let sleeps: number[];
let policy: BulkPolicy;

beforeEach(async () => {
  es = new FakeElasticsearch();
  es.indices.set('deps-v1', new Map());
  es.aliases.set('deps', 'deps-v1');
  const built = await buildClient('http://es.test:9200', { connection: es.mock.getConnection() as never });
  if (!built.ok) throw new Error(built.error);
  client = built.value;
  sleeps = [];
  policy = { concurrency: 2, batchSize: 2, retries: 3, baseDelayMs: 100, maxDelayMs: 250, sleep: async (ms) => void sleeps.push(ms) };
});

// Sources must satisfy the strict dependency mapping of the fake; `purl` and `version` are enough.
const doc = (n: number): BulkDocument => ({
  id: `id-${n}`,
  routing: `group/project-${n % 2}`,
  label: `pkg:npm/p${n}@1.0.0`,
  source: { purl: `pkg:npm/p${n}@1.0.0`, version: '1.0.0' },
});
const bulks = (): LoggedRequest[] => es.log.filter((r) => r.path.endsWith('/_bulk'));

/** Answers each bulk request with a per-item status from `statusFor(id, attempt)`. */
function answerItems(statusFor: (id: string, attempt: number) => number): void {
  let attempt = 0;
  es.intercept = (request) => {
    if (!request.path.endsWith('/_bulk')) return undefined;
    attempt++;
    const lines = request.body as { index?: { _id: string } }[];
    const items = lines.filter((l) => l.index).map((l) => {
      const id = l.index!._id;
      const status = statusFor(id, attempt);
      return status < 300
        ? { index: { _id: id, status } }
        : { index: { _id: id, status, error: { type: status === 429 ? 'es_rejected_execution_exception' : 'document_parsing_exception', reason: `refused ${id}` } } };
    });
    return { took: 1, errors: items.some((i) => 'error' in i.index), items };
  };
}

describe('bulkIndex', () => {
  it('sends action and source lines with the id and routing of each document', async () => {
    const failures = await bulkIndex(client, 'deps', [doc(1)], policy, 'wait_for');
    expect(failures).toEqual([]);
    expect(bulks()).toHaveLength(1);
    expect(bulks()[0]).toMatchObject({
      method: 'POST',
      path: '/deps/_bulk',
      querystring: { refresh: 'wait_for' },
      body: [{ index: { _id: 'id-1', routing: 'group/project-1' } }, { purl: 'pkg:npm/p1@1.0.0', version: '1.0.0' }],
    });
  });

  it('splits into batches of batchSize and writes every document once', async () => {
    const documents = [1, 2, 3, 4, 5].map(doc);
    expect(await bulkIndex(client, 'deps', documents, policy, false)).toEqual([]);
    const ids = bulks().map((r) => (r.body as { index?: { _id: string } }[]).flatMap((l) => (l.index ? [l.index._id] : [])));
    expect(ids.map((batch) => batch.length).sort()).toEqual([1, 2, 2]);
    expect(ids.flat().sort()).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5']);
    expect(es.docs('deps')).toHaveLength(5);
  });

  it('retries a whole request refused with 429, backing off exponentially', async () => {
    let refusals = 2;
    es.intercept = (request) => (request.path.endsWith('/_bulk') && refusals-- > 0 ? fail(429, 'es_rejected_execution_exception', 'queue full') : undefined);
    expect(await bulkIndex(client, 'deps', [doc(1)], policy, false)).toEqual([]);
    expect(bulks()).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
    expect(es.docs('deps')).toHaveLength(1);
  });

  it.each([[502], [503]])('retries a whole request answered %i', async (status) => {
    let refusals = 1;
    es.intercept = (request) => (request.path.endsWith('/_bulk') && refusals-- > 0 ? fail(status, 'unavailable', 'restarting') : undefined);
    expect(await bulkIndex(client, 'deps', [doc(1)], policy, false)).toEqual([]);
    expect(bulks()).toHaveLength(2);
  });

  it('caps the backoff at maxDelayMs and gives up after the retries by throwing', async () => {
    es.intercept = (request) => (request.path.endsWith('/_bulk') ? fail(429, 'es_rejected_execution_exception', 'queue full') : undefined);
    await expect(bulkIndex(client, 'deps', [doc(1)], policy, false)).rejects.toMatchObject({ meta: { statusCode: 429 } });
    expect(bulks()).toHaveLength(4);
    expect(sleeps).toEqual([100, 200, 250]);
  });

  it('does not retry a request refused for good (400)', async () => {
    es.intercept = (request) => (request.path.endsWith('/_bulk') ? fail(400, 'illegal_argument_exception', 'bad') : undefined);
    await expect(bulkIndex(client, 'deps', [doc(1)], policy, false)).rejects.toMatchObject({ meta: { statusCode: 400 } });
    expect(bulks()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('re-sends only the items refused with 429', async () => {
    answerItems((id, attempt) => (id === 'id-2' && attempt === 1 ? 429 : 201));
    expect(await bulkIndex(client, 'deps', [doc(1), doc(2)], { ...policy, batchSize: 10 }, false)).toEqual([]);
    expect(bulks()).toHaveLength(2);
    expect(bulks()[1]?.body).toEqual([{ index: { _id: 'id-2', routing: 'group/project-0' } }, doc(2).source]);
    expect(sleeps).toEqual([100]);
  });

  it('reports every item refused for good, with its label, status and reason, and keeps the others', async () => {
    answerItems((id) => (id === 'id-1' || id === 'id-3' ? 400 : 201));
    const failures = await bulkIndex(client, 'deps', [1, 2, 3, 4].map(doc), policy, false);
    expect(failures).toEqual([
      { label: 'pkg:npm/p1@1.0.0', id: 'id-1', status: 400, type: 'document_parsing_exception', reason: 'refused id-1' },
      { label: 'pkg:npm/p3@1.0.0', id: 'id-3', status: 400, type: 'document_parsing_exception', reason: 'refused id-3' },
    ]);
    expect(describeFailures(failures)).toBe(
      '  pkg:npm/p1@1.0.0: 400 document_parsing_exception: refused id-1\n  pkg:npm/p3@1.0.0: 400 document_parsing_exception: refused id-3',
    );
    expect(sleeps).toEqual([]);
  });

  it('reports items still refused with 429 after the retries', async () => {
    answerItems((id) => (id === 'id-1' ? 429 : 201));
    const failures = await bulkIndex(client, 'deps', [doc(1), doc(2)], { ...policy, batchSize: 10 }, false);
    expect(failures.map((f) => [f.label, f.status])).toEqual([['pkg:npm/p1@1.0.0', 429]]);
    expect(bulks()).toHaveLength(4);
  });

  it('reports a real strict-mapping refusal from the server', async () => {
    const bad: BulkDocument = { ...doc(9), source: { purl: 'pkg:npm/p9@1.0.0', surprise: true } };
    const failures = await bulkIndex(client, 'deps', [doc(1), bad], policy, false);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ label: 'pkg:npm/p9@1.0.0', status: 400, type: 'strict_dynamic_mapping_exception' });
    expect(failures[0]?.reason).toContain('surprise');
  });

  it('counts a document the response leaves out as failed', async () => {
    es.intercept = (request) => (request.path.endsWith('/_bulk') ? { took: 1, errors: false, items: [] } : undefined);
    const failures = await bulkIndex(client, 'deps', [doc(1)], policy, false);
    expect(failures.map((f) => f.label)).toEqual(['pkg:npm/p1@1.0.0']);
  });
});
