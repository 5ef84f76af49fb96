import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncedMetadata } from '../../src/metadata/store/synced.js';
import { lazyMetadata, type MetadataSource } from '../../src/serve/metadata-source.js';
import type { Store } from '../../src/store/store.js';
import { laravelIndex } from './advisory-fixture.js';
import { fixtureIndex } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

let store: Store;
let server: Running;
/** A server whose store `depindex sync` wrote package metadata to, for the answers of advisory=. */
let synced: { store: Store; metadata: MetadataSource; server: Running };
let document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
beforeAll(async () => {
  store = openReadOnly(await fixtureIndex());
  server = await startServer(store);
  document = (await getJson(`${server.base}/api/v1/openapi.json`)).body as typeof document;
  const laravel = await laravelIndex();
  const syncedStore = openReadOnly(laravel.path);
  const metadata = lazyMetadata(() => openSyncedMetadata(laravel.spec, { cwd: laravel.dir, env: {} }));
  synced = { store: syncedStore, metadata, server: await startServer(syncedStore, { metadata }) };
}, 60_000);
afterAll(async () => {
  await server.close();
  await store.close();
  await synced.server.close();
  await synced.metadata.close();
  await synced.store.close();
});

it('serves an OpenAPI 3.1 document that validates against the OpenAPI schema', async () => {
  const validator = new Validator();
  const result = await validator.validate(document as unknown as Parameters<Validator["validate"]>[0]);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
});

/** Requests covering every path of the document, with answers of each documented kind; `synced`: to the server with metadata. */
const requests: [template: string, url: string, on?: 'synced'][] = [
  ['/api/v1/dependencies', '/api/v1/dependencies?name=lodash'],
  ['/api/v1/dependencies', '/api/v1/dependencies?type=npm&limit=1&offset=5'],
  ['/api/v1/dependencies', '/api/v1/dependencies?limit=0'],
  ['/api/v1/dependencies', '/api/v1/dependencies?advisory=CVE-2021-44228'],
  ['/api/v1/dependencies', '/api/v1/dependencies?advisory=CVE-2023-29197&introduced-by=true', 'synced'],
  ['/api/v1/dependencies', '/api/v1/dependencies?advisory=GHSA-wxmh-65f7-jcvw&default-branch=true', 'synced'],
  ['/api/v1/dependencies', '/api/v1/dependencies?advisory=CVE-1999-0000', 'synced'],
  ['/api/v1/dependencies', '/api/v1/dependencies?advisory=CVE-2023-29197&name=guzzlehttp%2Fpsr7', 'synced'],
  ['/api/v1/package', '/api/v1/package?type=npm&name=lodash'],
  ['/api/v1/package', '/api/v1/package?type=pypi&name=nothing-uses-this'],
  ['/api/v1/package', '/api/v1/package?type=npm'],
  ['/api/v1/projects', '/api/v1/projects'],
  ['/api/v1/projects', '/api/v1/projects?offset=99'],
  ['/api/v1/projects', '/api/v1/projects?limit=-1'],
  ['/api/v1/projects/{project}/refs/{ref}/sets', '/api/v1/projects/acme%2Fweb%2Fshop/refs/feature%2Fx/sets'],
  ['/api/v1/projects/{project}/refs/{ref}/sets', '/api/v1/projects/nobody/refs/main/sets'],
  ['/api/v1/projects/{project}/refs/{ref}/sbom', '/api/v1/projects/acme%2Fapi/refs/main/sbom'],
  ['/api/v1/projects/{project}/refs/{ref}/sbom', '/api/v1/projects/nobody/refs/main/sbom'],
  ['/api/v1/why', '/api/v1/why?package=lodash'],
  ['/api/v1/why', '/api/v1/why?package=left-pad&project=acme%2Fweb%2Fshop&ref=main'],
  ['/api/v1/why', '/api/v1/why?package=jest&project=acme%2Fweb%2Fshop&ref=main&file=package-lock.json'],
  ['/api/v1/why', '/api/v1/why?package=lodash&project=nobody&ref=main'],
  ['/api/v1/dependencies', '/api/v1/dependencies?name=left-pad'],
  ['/api/v1/findings', '/api/v1/findings'],
  ['/api/v1/findings', '/api/v1/findings?kind=vulnerability&suppressed=true'],
  ['/api/v1/findings', '/api/v1/findings?project=nobody'],
  ['/api/v1/findings', '/api/v1/findings?severity=severe'],
  ['/api/v1/openapi.json', '/api/v1/openapi.json'],
];

describe('every endpoint answers as the document says', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

  it('covers every path of the document', () => {
    expect([...new Set(requests.map(([template]) => template))].sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('covers every answer the document gives advisory= (200, 400, 404, 409)', async () => {
    const statuses = new Set<number>();
    for (const [, url, on] of requests.filter(([, url]) => url.includes('advisory='))) statuses.add((await getJson(`${(on ? synced.server : server).base}${url}`)).status);
    expect([...statuses].sort()).toEqual([200, 400, 404, 409]);
  });

  it.each(requests)('%s: %s', async (template, url, on) => {
    if (!ajv.getSchema('openapi')) ajv.addSchema(document, 'openapi');
    const { status, headers, body } = await getJson(`${(on === 'synced' ? synced.server : server).base}${url}`);
    const responses = document.paths[template]?.get?.responses ?? {};
    const documented = responses[String(status)];
    expect(documented, `status ${status} of ${template} is not documented`).toBeDefined();
    const type = (headers.get('content-type') ?? '').split(';')[0] ?? '';
    const content = documented?.content?.[type];
    expect(content, `content type ${type} of ${status} is not documented for ${template}`).toBeDefined();
    const validate = ajv.compile({ $ref: `openapi#/${pointer('paths', template, 'get', 'responses', String(status), 'content', type, 'schema')}` });
    expect(validate(body) ? null : validate.errors).toBeNull();
  });
});
