import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { elasticsearchOptionsFromEnv, isElasticsearchLocation, openElasticsearchStore } from '../../../src/store/elasticsearch/open.js';
import { fail } from './fake-elasticsearch.js';
import { startHttpFake, type HttpFake } from './http-fake.js';

let fake: HttpFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('openElasticsearchStore: what goes over the wire', () => {
  it('asks for REST API version 8, which both 8.x and 9.x servers serve', async () => {
    fake = await startHttpFake();
    const opened = await openElasticsearchStore(fake.url);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    await opened.value.writeScan(
      { project: 'a/b', ref: 'main', refType: 'branch', defaultBranch: true, commitSha: null, pipelineUrl: null, scannedAt: new Date('2026-01-01T00:00:00Z') },
      [{ file: 'f', packageManager: null, format: 't', dependencies: [{ purl: 'pkg:npm/x@1.0.0', type: 'npm', namespace: null, name: 'x', version: '1.0.0', introduced: null, development: null, licenses: null, checksums: null, source: null }] }],
    );
    await opened.value.close();
    for (const h of fake.headers) expect(h.accept).toMatch(/^application\/vnd\.elasticsearch\+json; compatible-with=8(,text\/plain)?$/);
    const contentTypes = new Set(fake.headers.map((h) => h['content-type']).filter(Boolean));
    expect([...contentTypes].sort()).toEqual([
      'application/vnd.elasticsearch+json; compatible-with=8',
      'application/vnd.elasticsearch+x-ndjson; compatible-with=8',
    ]);
  });

  it('can ask for version 9 instead', async () => {
    fake = await startHttpFake();
    const opened = await openElasticsearchStore(fake.url, { compatibleWith: 9 });
    if (opened.ok) await opened.value.close();
    expect(fake.headers[0]?.accept).toContain('compatible-with=9');
  });

  it.each([
    [{ apiKey: 'aWQ6a2V5' }, 'ApiKey aWQ6a2V5'],
    [{ username: 'elastic', password: 'changeme' }, `Basic ${Buffer.from('elastic:changeme').toString('base64')}`],
    [{ env: { DEPINDEX_ES_API_KEY: 'ZW52OmtleQ==' } }, 'ApiKey ZW52OmtleQ=='],
    [{ env: { DEPINDEX_ES_USERNAME: 'ci', DEPINDEX_ES_PASSWORD: 's3cret' } }, `Basic ${Buffer.from('ci:s3cret').toString('base64')}`],
  ])('sends credentials %j', async (options, authorization) => {
    fake = await startHttpFake();
    const opened = await openElasticsearchStore(fake.url, options);
    if (opened.ok) await opened.value.close();
    expect(fake.headers[0]?.authorization).toBe(authorization);
  });

  it('never shows a password from the URL in its location', async () => {
    fake = await startHttpFake();
    const opened = await openElasticsearchStore(fake.url.replace('http://', 'http://ci:hunter2@'));
    expect(opened.ok && opened.value.location).toBe(fake.url);
    if (opened.ok) await opened.value.close();
  });
});

describe('openElasticsearchStore: errors name the server and what to check', () => {
  it('connection refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const opened = await openElasticsearchStore(url);
    expect(opened).toEqual({
      ok: false,
      error: `cannot connect to Elasticsearch at ${url}: connection refused; is Elasticsearch running there, and is the port right (9200 by default)?`,
    });
  });

  it('401: says which variables hold the credentials', async () => {
    fake = await startHttpFake();
    fake.es.intercept = () => fail(401, 'security_exception', 'missing authentication credentials for REST request [/]');
    const opened = await openElasticsearchStore(fake.url);
    expect(!opened.ok && opened.error).toMatch(new RegExp(`^cannot connect to Elasticsearch at ${fake.url}: the server refused the credentials \\(401 Unauthorized\\); check DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD`));
  });

  it('403 on setup: names the privileges', async () => {
    fake = await startHttpFake();
    fake.es.intercept = (r) => (r.path.startsWith('/_index_template') ? fail(403, 'security_exception', 'action [indices:admin/index_template/put] is unauthorized') : undefined);
    const opened = await openElasticsearchStore(fake.url);
    if (!opened.ok) throw new Error(opened.error);
    const report = await opened.value.setup();
    await opened.value.close();
    expect(!report.ok && report.error).toContain('the credentials lack a privilege (403 Forbidden: security_exception: action [indices:admin/index_template/put] is unauthorized)');
    expect(!report.ok && report.error).toContain('manage_index_templates');
  });

  it('TLS: an https URL to a server that does not speak TLS', async () => {
    fake = await startHttpFake();
    const url = fake.url.replace('http://', 'https://');
    const opened = await openElasticsearchStore(url);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error).toMatch(new RegExp(`^cannot connect to Elasticsearch at ${url}: TLS failed`));
  });

  it('a server of an unsupported major version', async () => {
    fake = await startHttpFake();
    fake.es.version = '7.17.9';
    const opened = await openElasticsearchStore(fake.url);
    expect(opened).toEqual({ ok: false, error: `Elasticsearch at ${fake.url} runs 7.17.9; depindex supports 8.x and 9.x` });
  });

  it.each([
    ['not a URL', 'http://', {}, 'is not a URL'],
    ['a user without password', 'http://127.0.0.1:9', { username: 'ci' }, 'needs a password too (DEPINDEX_ES_PASSWORD)'],
    ['a CA file that is not there', 'https://127.0.0.1:9', { caCertPath: '/nonexistent/ca.pem' }, 'cannot read the CA certificate /nonexistent/ca.pem'],
  ])('%s', async (_case, url, options, message) => {
    const opened = await openElasticsearchStore(url, options);
    expect(!opened.ok && opened.error).toContain(message);
  });
});

const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));

describe.skipIf(!OPENSSL)('TLS with a private CA (needs the openssl binary)', () => {
  /** A self-signed certificate for 127.0.0.1 and an HTTPS server answering GET / like Elasticsearch 8. */
  async function startTls(): Promise<{ url: string; certPath: string; close: () => Promise<void> }> {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-es-tls-'));
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'ca.pem');
    execFileSync(OPENSSL!, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const server = createHttpsServer({ key: readFileSync(keyPath), cert: readFileSync(certPath) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      res.end(JSON.stringify({ version: { number: '8.19.0' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `https://127.0.0.1:${port}`, certPath, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it('refuses an unknown CA with a message naming DEPINDEX_ES_CA_CERT, and trusts it once given', async () => {
    const tls = await startTls();
    try {
      const refused = await openElasticsearchStore(tls.url);
      expect(!refused.ok && refused.error).toMatch(new RegExp(`^cannot connect to Elasticsearch at ${tls.url}: TLS failed \\(self[- ]signed certificate[^)]*\\); set DEPINDEX_ES_CA_CERT`));
      const trusted = await openElasticsearchStore(tls.url, { env: { DEPINDEX_ES_CA_CERT: tls.certPath } });
      expect(trusted.ok).toBe(true);
      if (trusted.ok) await trusted.value.close();
    } finally {
      await tls.close();
    }
  });
});

describe('elasticsearchOptionsFromEnv', () => {
  it('reads the four variables and ignores empty ones', () => {
    expect(
      elasticsearchOptionsFromEnv({
        DEPINDEX_ES_API_KEY: '',
        DEPINDEX_ES_USERNAME: 'ci',
        DEPINDEX_ES_PASSWORD: ' pass with spaces ',
        DEPINDEX_ES_CA_CERT: '/etc/ssl/es-ca.pem',
        DEPINDEX_ES_CLOUD_ID: 'prod:ZXhhbXBsZS5jb20kYWJjJGRlZg==',
        HOME: '/root',
      }),
    ).toEqual({ username: 'ci', password: ' pass with spaces ', caCertPath: '/etc/ssl/es-ca.pem', cloudId: 'prod:ZXhhbXBsZS5jb20kYWJjJGRlZg==' });
  });
});

describe('isElasticsearchLocation', () => {
  it.each([
    ['https://es.example:9200', true],
    ['http://localhost:9200', true],
    ['elastic-cloud:prod:ZXhhbXBsZS5jb20kYWJjJGRlZg==', true],
    ['prod:ZXhhbXBsZS5jb20kYWJjJGRlZg==', true],
    ['sqlite:.depindex/index.db', false],
    ['.depindex/index.db', false],
  ])('%s -> %s', (location, expected) => {
    expect(isElasticsearchLocation(location)).toBe(expected);
  });
});
