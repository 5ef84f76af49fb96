import { createRequire } from 'node:module';
import type * as EsModule from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { findingDocumentId, findingsNames, searchFindings, writeFindings } from '../../../src/store/elasticsearch/findings.js';
import type { Finding } from '../../../src/model/finding.js';
import type { ScanContext } from '../../../src/store/store.js';

// Both CommonJS, as fake-elasticsearch.ts explains: the mock matches errors of the client build it requires.
const require = createRequire(import.meta.url);
const { Client } = require('@elastic/elasticsearch') as typeof EsModule;
interface Params { method: string; path: string; querystring: Record<string, string>; body: unknown }
const Mock = require('@elastic/elasticsearch-mock') as new () => {
  add(pattern: { method: string | string[]; path: string }, resolver: (params: Params) => unknown): unknown;
  getConnection(): never;
};

const finding = (id: string): Finding => ({
  id, kind: 'dependency-policy', severity: 'high', new: true, suppressed: false, suppressedBy: null, file: 'package-lock.json',
  purl: 'pkg:npm/react-dom@17.0.2', name: 'react-dom', version: '17.0.2', message: 'denied', rule: 'dependencies.deny[0]', advisory: null,
  fixedVersions: [], introducedBy: ['pkg:npm/react-dom@17.0.2'],
});

const context: ScanContext = { project: 'acme/web/app', ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 'abc', pipelineUrl: null, scannedAt: new Date('2026-12-01T10:00:00Z') };

describe('Elasticsearch findings: request shapes', () => {
  it('keeps first_seen_at of a stored finding, routes by project, and deletes the ones gone', async () => {
    const mock = new Mock();
    const requests: Params[] = [];
    mock.add({ method: 'POST', path: '/depindex-findings/_search' }, (p) => {
      requests.push(p);
      return {
        hits: {
          total: { value: 2, relation: 'eq' },
          hits: [
            { _source: { finding_id: 'kept', first_seen_at: '2026-11-01T00:00:00.000Z', first_commit_sha: 'old', finding: finding('kept') } },
            { _source: { finding_id: 'gone', first_seen_at: '2026-11-01T00:00:00.000Z', first_commit_sha: 'old', finding: finding('gone') } },
          ],
        },
      };
    });
    mock.add({ method: 'POST', path: '/_bulk' }, (p) => {
      requests.push(p);
      return { errors: false, items: [] };
    });
    mock.add({ method: 'POST', path: '/depindex-findings/_delete_by_query' }, (p) => {
      requests.push(p);
      return { deleted: 1 };
    });
    const client = new Client({ node: 'http://es.test:9200', Connection: mock.getConnection() });
    const summary = await writeFindings(client, findingsNames(), context, [finding('kept'), finding('fresh')]);
    expect(summary).toEqual({ written: 2, added: 1, removed: 1 });

    const [load, bulk, remove] = requests;
    expect(load?.querystring.routing).toBe('acme/web/app');
    expect(load?.body).toMatchObject({ query: { bool: { filter: [{ term: { project: 'acme/web/app' } }, { term: { ref: 'main' } }] } } });
    const lines = bulk?.body as Record<string, unknown>[];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ index: { _index: 'depindex-findings', _id: findingDocumentId('acme/web/app', 'main', 'kept'), routing: 'acme/web/app' } });
    expect(lines[1]).toMatchObject({ finding_id: 'kept', first_seen_at: '2026-11-01T00:00:00.000Z', first_commit_sha: 'old', last_seen_at: '2026-12-01T10:00:00.000Z', namespaces: ['acme', 'acme/web'], severity_rank: 1, default_branch: true });
    expect(lines[3]).toMatchObject({ finding_id: 'fresh', first_seen_at: '2026-12-01T10:00:00.000Z', first_commit_sha: 'abc' });
    expect(remove?.querystring.routing).toBe('acme/web/app');
    expect(remove?.body).toMatchObject({ query: { bool: { filter: [{ term: { project: 'acme/web/app' } }, { term: { ref: 'main' } }, { terms: { finding_id: ['gone'] } }] } } });
  });

  it('searches with the scope filters, severity as "this or worse", suppressed left out', async () => {
    const mock = new Mock();
    let body: unknown;
    mock.add({ method: 'POST', path: '/depindex-findings/_search' }, (p) => {
      body = p.body;
      return { hits: { total: { value: 0, relation: 'eq' }, hits: [] } };
    });
    const client = new Client({ node: 'http://es.test:9200', Connection: mock.getConnection() });
    const result = await searchFindings(client, findingsNames(), { group: 'acme', defaultBranchOnly: true, kind: 'license-policy', severity: 'medium', limit: 10, offset: 20 });
    expect(result.total).toBe(0);
    expect(body).toMatchObject({
      query: {
        bool: {
          filter: [
            { term: { namespaces: 'acme' } },
            { term: { default_branch: true } },
            { term: { kind: 'license-policy' } },
            { range: { severity_rank: { lte: 2 } } },
            { term: { suppressed: false } },
          ],
        },
      },
      from: 20,
      size: 10,
      track_total_hits: true,
    });
  });
});
