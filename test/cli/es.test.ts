import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { esCommand } from '../../src/cli/es.js';
import { startHttpFake, type HttpFake } from '../store/elasticsearch/http-fake.js';
import { memoryIO } from './io.js';

let fake: HttpFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('depindex es setup', () => {
  it('creates templates, indices and aliases, and says so', async () => {
    fake = await startHttpFake();
    const io = memoryIO('/tmp');
    expect(await esCommand.run(['setup', '--store', fake.url, '--shards', '6', '--replicas', '0'], io)).toBe(0);
    expect(io.out()).toBe(
      [
        'index templates: depindex-dependencies, depindex-sets, depindex-findings, depindex-metadata-advisories, depindex-metadata-affected, depindex-metadata-licenses, depindex-metadata-cve-enrichment, depindex-metadata-state, depindex-metadata-rescan, depindex-metadata-removed',
        'indices created: depindex-dependencies-v1, depindex-sets-v1, depindex-findings-v1, depindex-metadata-advisories-v1, depindex-metadata-affected-v1, depindex-metadata-licenses-v1, depindex-metadata-cve-enrichment-v1, depindex-metadata-state-v1, depindex-metadata-rescan-v1, depindex-metadata-removed-v1',
        'alias depindex-dependencies -> depindex-dependencies-v1',
        'alias depindex-findings -> depindex-findings-v1',
        'alias depindex-metadata-advisories -> depindex-metadata-advisories-v1',
        'alias depindex-metadata-affected -> depindex-metadata-affected-v1',
        'alias depindex-metadata-cve-enrichment -> depindex-metadata-cve-enrichment-v1',
        'alias depindex-metadata-licenses -> depindex-metadata-licenses-v1',
        'alias depindex-metadata-removed -> depindex-metadata-removed-v1',
        'alias depindex-metadata-rescan -> depindex-metadata-rescan-v1',
        'alias depindex-metadata-state -> depindex-metadata-state-v1',
        'alias depindex-sets -> depindex-sets-v1',
        '',
      ].join('\n'),
    );
    expect(fake.es.templates.get('depindex-dependencies')).toMatchObject({ template: { settings: { number_of_shards: 6, number_of_replicas: 0 } } });
    // The package metadata is shared by every project: one shard whatever --shards says, the replicas asked for, strict.
    expect(fake.es.templates.get('depindex-metadata-affected')).toMatchObject({ template: { settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: { dynamic: 'strict', _meta: { depindex_metadata_schema: 2 } } } });
  });

  it('is idempotent, reads the store from DEPINDEX_STORE and credentials from the environment', async () => {
    fake = await startHttpFake();
    const env = { DEPINDEX_STORE: fake.url, DEPINDEX_ES_API_KEY: 'a2V5' };
    expect(await esCommand.run(['setup'], memoryIO('/tmp', env))).toBe(0);
    const io = memoryIO('/tmp', env);
    expect(await esCommand.run(['setup', '--prefix', 'depindex'], io)).toBe(0);
    expect(io.out()).toContain('indices created: none (all existed)');
    expect(fake.headers.every((h) => h.authorization === 'ApiKey a2V5')).toBe(true);
  });

  it('fails with the reason when Elasticsearch is not there', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const io = memoryIO('/tmp');
    expect(await esCommand.run(['setup', '--store', `http://127.0.0.1:${port}`], io)).toBe(1);
    expect(io.err()).toBe(`depindex es setup: cannot connect to Elasticsearch at http://127.0.0.1:${port}: connection refused; is Elasticsearch running there, and is the port right (9200 by default)?\n`);
  });

  it.each([
    [['setup'], 'say which Elasticsearch with --store URL'],
    [['setup', '--store', 'sqlite:.depindex/index.db'], 'is not an Elasticsearch location'],
    [['setup', '--store', 'http://x:9200', '--shards', '0'], '--shards must be a whole number >= 1, not "0"'],
    [['setup', '--store', 'http://x:9200', '--replicas', 'two'], '--replicas must be a whole number >= 0, not "two"'],
    [['setup', '--stor', 'http://x:9200'], "Unknown option '--stor'"],
    [['teardown'], 'unknown subcommand "teardown"'],
  ])('refuses %j as a usage error (exit 64)', async (args, message) => {
    const io = memoryIO('/tmp');
    expect(await esCommand.run(args, io)).toBe(64);
    expect(io.err()).toContain(message);
  });

  it('prints its help', async () => {
    const io = memoryIO('/tmp');
    expect(await esCommand.run(['setup', '--help'], io)).toBe(0);
    expect(io.out()).toContain('DEPINDEX_ES_API_KEY');
  });
});
