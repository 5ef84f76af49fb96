import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsCommand } from '../../src/cli/findings.js';
import type { Store } from '../../src/store/store.js';
import { memoryIO } from '../cli/io.js';
import { fixtureIndex, T1, T2 } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

let path: string;
let store: Store;
let server: Running;
beforeAll(async () => {
  path = await fixtureIndex();
  store = openReadOnly(path);
  server = await startServer(store);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

interface Listed { total: number; limit: number; offset: number; hits: { project: string; ref: string; id: string; severity: string; suppressed: boolean }[] }
const api = async (query: string): Promise<{ status: number; body: Listed }> => {
  const { status, body } = await getJson(`${server.base}/api/v1/findings${query}`);
  return { status, body: body as Listed };
};
const ids = (body: Listed) => body.hits.map((h) => `${h.project} ${h.ref} ${h.severity} ${h.id}`);

describe('GET /api/v1/findings', () => {
  it('lists unsuppressed findings by project, ref and severity, as the fixture stored them', async () => {
    const { status, body } = await api('');
    expect(status).toBe(200);
    expect([body.total, body.limit, body.offset]).toEqual([4, 50, 0]);
    expect(ids(body)).toEqual([
      'acme/api main critical f-log4shell',
      'acme/api main low f-lodash-licence',
      'acme/web/shop feature/x medium f-old-lodash',
      'acme/web/shop main high f-left-pad',
    ]);
    expect(body.hits[0]).toMatchObject({
      kind: 'vulnerability',
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      advisory: { id: 'GHSA-jfh8-c2jp-5v3q', identifiers: [{ value: 'CVE-2021-44228' }], knownExploited: true },
      fixedVersions: ['2.15.0'],
      firstSeenAt: T1,
      firstCommitSha: 'cccc333',
    });
    expect(body.hits[2]).toMatchObject({ firstSeenAt: T2, firstCommitSha: 'bbbb222' });
  });

  it.each([
    ['?suppressed=true', ['acme/api main critical f-log4shell', 'acme/api main low f-lodash-licence', 'acme/web/shop feature/x medium f-old-lodash', 'acme/web/shop main high f-left-pad', 'acme/web/shop main medium f-jest']],
    ['?group=acme/web', ['acme/web/shop feature/x medium f-old-lodash', 'acme/web/shop main high f-left-pad']],
    ['?project=acme/api', ['acme/api main critical f-log4shell', 'acme/api main low f-lodash-licence']],
    ['?ref=feature/x', ['acme/web/shop feature/x medium f-old-lodash']],
    ['?default-branch=true', ['acme/api main critical f-log4shell', 'acme/api main low f-lodash-licence', 'acme/web/shop main high f-left-pad']],
    ['?severity=high', ['acme/api main critical f-log4shell', 'acme/web/shop main high f-left-pad']],
    ['?kind=dependency-policy&suppressed=1', ['acme/web/shop main high f-left-pad', 'acme/web/shop main medium f-jest']],
    ['?project=acme/api&ref=main&limit=1&offset=1', ['acme/api main low f-lodash-licence']],
    ['?project=nobody', []],
  ])('filters %s', async (query, expected) => {
    const { status, body } = await api(query);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(expected);
  });

  it('answers with the hits of `depindex findings --json` for the same filters', async () => {
    const io = memoryIO('/');
    expect(await findingsCommand.run(['--store', `sqlite:${path}`, '--json', '--group', 'acme', '--suppressed', '--limit', '3', '--offset', '1'], io)).toBe(0);
    const cli = JSON.parse(io.out()) as { total: number; hits: unknown[] };
    const { body } = await api('?group=acme&suppressed=true&limit=3&offset=1');
    expect(body.total).toBe(cli.total);
    expect(body.hits).toEqual(cli.hits);
    expect(body.hits).toHaveLength(3);
  });

  it.each([
    ['?kind=licence', 'kind'],
    ['?severity=severe', 'severity'],
    ['?limit=0', 'limit'],
    ['?offset=-1', 'offset'],
    ['?default-branch=maybe', 'default-branch'],
    ['?project=', 'project'],
    ['?package=lodash', 'package'],
    ['?ref=main&ref=dev', 'ref'],
  ])('refuses %s, naming the parameter', async (query, parameter) => {
    const { status, body } = await getJson(`${server.base}/api/v1/findings${query}`);
    expect([status, body]).toMatchObject([400, { error: { code: 'bad_parameter', parameter } }]);
  });
});
