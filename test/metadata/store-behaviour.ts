/**
 * What every metadata store shows (MetadataStore, src/metadata/store/types.ts), driven through the CLI as users
 * do: store-behaviour.test.ts runs it on SQLite and on the fake Elasticsearch over HTTP. Expected values are
 * worked out by hand from the fixture mirror (fixtures/metadata/mirror) and the generated one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { openMetadataStore } from '../../src/metadata/store/open.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import { memoryIO } from '../cli/io.js';
import { generateAdvisories } from './generated-mirror.js';
import { advisoryIdsOf, mirrorPath, tempDir } from './support.js';

/** A fresh, empty store: its `--store` value and how to let it go. */
export type FreshStore = () => Promise<{ spec: string; cwd: string; close(): Promise<void> }>;

export async function cli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

export async function openMetadata(spec: string, cwd: string, create = false): Promise<MetadataStore> {
  const opened = await openMetadataStore(spec, { cwd, env: {}, create });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

interface Status {
  checkpoints: { dataType: string; registry: string; sequence: number; chunk: number; versionFormat: string }[];
  counts: Record<string, number>;
}

export async function status(spec: string, cwd: string): Promise<Status> {
  const run = await cli(cwd, ['sync', '--status', '--json', '--store', spec]);
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out) as Status;
}

export function describeMetadataBehaviour(name: string, fresh: FreshStore): void {
  describe(`package metadata in ${name}`, () => {
    it('syncs the mirror: counts, checkpoints, replaced advisories, aliases; a rerun reads nothing', async () => {
      const { spec, cwd, close } = await fresh();
      try {
        const first = await cli(cwd, ['sync', '--source', mirrorPath, '--store', spec]);
        expect(first.code).toBe(0);
        expect(first.out.split('\n').filter((l) => l.startsWith('Evaluating data for'))).toHaveLength(7);
        const json = await status(spec, cwd);
        // Six advisories (the guzzle one twice, the later replacing it), eight affected packages (openssl twice, twice).
        expect(json.counts).toEqual({ advisories: 6, affectedPackages: 8, licenses: 7, cveEnrichment: 2 });
        expect(json.checkpoints.map((c) => `${c.dataType} ${c.registry} ${c.versionFormat} ${c.sequence} ${c.chunk}`)).toEqual([
          'advisories composer v2 1700000100 1',
          'advisories deb v2 1700000000 1',
          'advisories maven v2-typed 1700000000 1',
          'cve_enrichment cve_enrichment v2 1700000000 1',
          'licenses npm v2 1700000000 1',
          'licenses pypi v1 1600000000 1',
        ]);
        const again = await cli(cwd, ['sync', '--source', mirrorPath, '--store', spec]);
        expect(again.out).not.toContain('Evaluating data for');
        expect((await status(spec, cwd)).counts).toEqual(json.counts);

        const store = await openMetadata(spec, cwd);
        try {
          const guzzle = await store.advisoriesById('ghsa-25mq-v84q-4j7r');
          expect(guzzle.ok && guzzle.value.map((r) => [r.advisory.source, r.packages.map((p) => p.versions)])).toEqual([['glad', [{ kind: 'pmdb', range: '<6.5.8||>=7.0.0,<7.4.5' }]]]);
          const openssl = await store.advisoriesById('CVE-2023-0286');
          expect(openssl.ok && openssl.value[0]?.packages.map((p) => [p.type, p.distro, p.severity])).toEqual([
            ['deb', 'debian 12', 'high'],
            ['deb', 'debian 11', 'high'],
          ]);
          const nothing = await store.advisoriesById('CVE-1999-0000');
          expect(nothing).toEqual({ ok: true, value: [] });
        } finally {
          await store.close();
        }
      } finally {
        await close();
      }
    });

    it('a later file replacing advisories: every id once, its packages those of the last file; changedSince names what changed', async () => {
      const { spec, cwd, close } = await fresh();
      try {
        const source = join(tempDir(), 'advisories');
        const { names } = generateAdvisories(source, 5, 60);
        const run = await cli(cwd, ['sync', '--source', `advisories=${source}`, '--store', spec]);
        expect(run.code).toBe(0);
        // 5 files of 60 lines, a third of each later file (20 ids) replacing the first file's.
        expect((await status(spec, cwd)).counts).toEqual({ advisories: 5 * 60 - 4 * 20, affectedPackages: 2 * (5 * 60 - 4 * 20), licenses: 0, cveEnrichment: 0 });
        const store = await openMetadata(spec, cwd);
        try {
          const replaced = await store.advisoriesById('adv-0-3');
          expect(replaced.ok && replaced.value.map((r) => [r.advisory.title, r.packages.map((p) => p.fixedVersions[0])])).toEqual([['Advisory adv-0-3 (file 4)', ['4.3.0', '1.4.3']]]);
          const revision = await store.revision();
          if (!revision.ok) throw new Error(revision.error);
          expect(revision.value).toBe(5);
          const everything = await store.changedSince(0);
          // pkg-0..59 and @scope/lib-0..59 (i % 97 < 60): 120 packages.
          expect(everything.ok && everything.value.length).toBe(120);
          expect(await store.changedSince(revision.value)).toEqual({ ok: true, value: [] });
          // One more file: only its packages changed since.
          generateAdvisories(source, 6, 60);
          expect(names).toHaveLength(5);
          expect((await cli(cwd, ['sync', '--source', `advisories=${source}`, '--store', spec])).code).toBe(0);
          const changed = await store.changedSince(revision.value);
          expect(changed.ok && changed.value.length).toBe(120);
          expect((await store.revision()).ok && (await store.revision())).toEqual({ ok: true, value: 6 });
        } finally {
          await store.close();
        }
      } finally {
        await close();
      }
    });

    it('an advisory replaced by one with fewer packages loses the others; a withdrawn one is kept and matches nothing', async () => {
      const { spec, cwd, close } = await fresh();
      try {
        const store = await openMetadata(spec, cwd, true);
        const advisory = (withdrawn: boolean) => ({ id: 'OSV-1', source: 'osv', title: 't', description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: null, publishedDate: null, urls: [], identifiers: [{ type: 'ghsa', name: 'GHSA-x', value: 'GHSA-xxxx-yyyy-zzzz', url: null }], withdrawn });
        const pkg = (name: string) => ({ type: 'npm', name, versions: { kind: 'pmdb' as const, range: '<2.0.0' }, fixedVersions: ['2.0.0'], solution: null, distro: null, severity: null, overrides: null });
        try {
          expect((await store.ingest({ advisories: [{ advisory: advisory(false), packages: [pkg('a'), pkg('b'), pkg('c')] }], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
          expect(await advisoryIdsOf(store, (await store.affectedFor([{ type: 'npm', key: 'b' }])).get('npm\u0000b') ?? [])).toEqual(['OSV-1']);
          const listed = await store.revision();
          expect((await store.ingest({ advisories: [{ advisory: advisory(false), packages: [pkg('a')] }], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
          expect((await store.status()).ok && (await store.status())).toMatchObject({ ok: true, value: { counts: { advisories: 1, affectedPackages: 1 } } });
          expect((await store.affectedFor([{ type: 'npm', key: 'b' }, { type: 'npm', key: 'c' }])).size).toBe(0);
          // The packages it no longer lists changed too: a rescan evaluates again the sets holding them.
          const keysOf = (r: Awaited<ReturnType<MetadataStore['changedSince']>>) => (r.ok ? r.value.map((k) => `${k.type}/${k.key}`).sort() : r.error);
          if (!listed.ok) throw new Error(listed.error);
          expect(keysOf(await store.changedSince(listed.value))).toEqual(['npm/a', 'npm/b', 'npm/c']);
          const dropped = await store.revision();
          if (!dropped.ok) throw new Error(dropped.error);
          expect(keysOf(await store.changedSince(dropped.value))).toEqual([]);
          expect((await store.ingest({ advisories: [{ advisory: advisory(true), packages: [pkg('a')] }], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
          expect((await store.affectedFor([{ type: 'npm', key: 'a' }])).size).toBe(0);
          // Withdrawn: its package is still listed, and named changed (its finding goes at the next rescan); b and c,
          // dropped before, are not named again.
          expect(keysOf(await store.changedSince(dropped.value))).toEqual(['npm/a']);
          const kept = await store.advisoriesById('ghsa-xxxx-yyyy-zzzz');
          expect(kept.ok && kept.value.map((r) => [r.advisory.withdrawn, r.packages.length])).toEqual([[true, 1]]);
        } finally {
          await store.close();
        }
      } finally {
        await close();
      }
    });
  });
}
