/**
 * How a rescan reads and writes (issue 14's speed work): one set evaluated among unchanged ones of its ref, the
 * writes of many sets batched, a failure between the findings and the progress, and the same rescan over the
 * Elasticsearch store (in-memory fake). Expected findings are the pipeline's: matchVulnerabilities on the sets.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { rescan } from '../../src/metadata/rescan/rescan.js';
import { openSqliteRescanState } from '../../src/metadata/rescan/sqlite-state.js';
import { storeFindingSink } from '../../src/metadata/rescan/store-sink.js';
import type { RefLister, RescanProgress } from '../../src/metadata/rescan/types.js';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { Dependency } from '../../src/model/dependency.js';
import { err, ok } from '../../src/model/result.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { SetToWrite, Store } from '../../src/store/store.js';
import { dep, scan, set } from '../store/behaviour.js';
import { openFake } from '../store/elasticsearch/open-fake.js';
import { tempDir } from './support.js';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }> | { ok: true; value: T } | { ok: false; error: string }): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A GLAD advisory on one npm package: versions below `below` are affected, `below` fixes it. */
function advisory(id: string, name: string, below: string): AdvisoryRecord {
  return {
    advisory: {
      id, source: 'glad', title: `Advisory ${id}`, description: null, cvssV2: null, cvssV3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cvssV4: null,
      severity: null, publishedDate: '2024-01-01', urls: [], identifiers: [{ type: 'cve', name: `CVE-2024-${id}`, value: `CVE-2024-${id}`, url: null }], withdrawn: false,
    },
    packages: [{ type: 'npm', name, versions: { kind: 'pmdb', range: `<${below}` }, fixedVersions: [below], solution: null, distro: null, severity: null, overrides: null }],
  };
}

const npm = (name: string, version: string, introduced = true): Dependency => dep({ type: 'npm', name, version, introduced });

/** Sets with edges (introducedBy comes from the stored graph), e.g. app -> lib. */
function withEdges(file: string, dependencies: Dependency[], edges: [string, string[]][] = []): SetToWrite {
  return { ...set(file, dependencies), graph: { edges: new Map(edges) } };
}

const T1 = '2026-11-01T08:00:00.000Z';

/** What a rescan leaves in the findings store, without the times of the write. */
async function stored(index: Store, refs: readonly { project: string; ref: string }[]): Promise<object[]> {
  const out: (Record<string, unknown> & { project: string; id: string })[] = [];
  for (const { project, ref } of refs) {
    for (const f of await must(index.loadFindings(project, ref))) {
      const { firstSeenAt: _f, lastSeenAt: _l, ...rest } = f;
      out.push(rest);
    }
  }
  return sorted(out);
}

const sorted = <T extends { project: string; id: string }>(list: T[]): T[] => list.sort((a, b) => `${a.project} ${a.id}`.localeCompare(`${b.project} ${b.id}`));

/** The pipeline's findings of every set of these refs, as they would be stored. */
async function pipeline(index: Store, metadata: MetadataStore, refs: readonly { project: string; ref: string }[]): Promise<object[]> {
  const out: (Record<string, unknown> & { project: string; id: string })[] = [];
  for (const { project, ref } of refs) {
    const sets = await must(index.loadGraphs(project, ref));
    for (const f of await matchVulnerabilities(sets, metadata)) out.push({ ...f, project, ref, firstCommitSha: 'c1' });
  }
  return sorted(out);
}

const lister = (refs: { project: string; ref: string }[]): RefLister => ({ list: async () => ok(refs) });

async function openAll(dir: string) {
  const path = join(dir, 'index.db');
  const index = await must(openSqliteStore(path));
  const metadata = await must(openSqliteMetadata(path));
  const state = await must(openSqliteRescanState(path));
  return { path, index, metadata, state };
}

describe('rescan reads and writes', () => {
  it('evaluates the one set of a ref that holds a changed package, and leaves the others as they were', async () => {
    const { index, metadata, state } = await openAll(tempDir());
    const [app, lib, util, other] = [npm('app', '1.0.0'), npm('lib', '1.2.0', false), npm('util', '0.9.0'), npm('other', '3.0.0')];
    await must(index.writeScan(scan('acme/shop', 'main', T1, 'c1'), [
      withEdges('a/package-lock.json', [app, lib], [[app.purl, [lib.purl]]]),
      withEdges('b/package-lock.json', [util]),
      withEdges('c/package-lock.json', [other, lib], [[other.purl, [lib.purl]]]),
    ]));
    await must(metadata.ingest({ advisories: [advisory('A1', 'util', '1.0.0')], licenses: [], enrichment: [], checkpoint: null }));
    const refs = [{ project: 'acme/shop', ref: 'main' }];
    const first = await must(rescan(index, metadata, state, storeFindingSink(index, state), { scope: {}, includeDevelopment: true }));
    expect([first.sets, first.evaluated, first.findings]).toEqual([3, 3, 1]);
    const untouched = (await must(index.loadFindings('acme/shop', 'main'))).map((f) => `${f.file} ${f.purl} ${f.advisory?.id}`);
    expect(untouched).toEqual(['b/package-lock.json pkg:npm/util@0.9.0 A1']);

    // lib is in a/ and c/ only: b/ is left as it was, a/ and c/ are evaluated.
    await must(metadata.ingest({ advisories: [advisory('A2', 'lib', '1.3.0')], licenses: [], enrichment: [], checkpoint: null }));
    const second = await must(rescan(index, metadata, lister(refs), storeFindingSink(index, state), { scope: {}, includeDevelopment: true }));
    expect([second.sets, second.evaluated, second.findings]).toEqual([3, 2, 2]);
    expect(second.notifications.map((n) => `${n.kind} ${n.file} ${n.purl} ${n.advisory}`)).toEqual([
      'new a/package-lock.json pkg:npm/lib@1.2.0 A2',
      'new c/package-lock.json pkg:npm/lib@1.2.0 A2',
    ]);
    expect(await stored(index, refs)).toEqual(await pipeline(index, metadata, refs));
    // introducedBy from each set's own graph.
    expect((await must(index.loadFindings('acme/shop', 'main'))).map((f) => `${f.file} ${f.introducedBy.join(',')}`).sort()).toEqual([
      `a/package-lock.json ${app.purl}`, `b/package-lock.json ${util.purl}`, `c/package-lock.json ${other.purl}`,
    ]);

    // Only util changes again: only b/ is evaluated; a/ and c/ keep their findings.
    await must(metadata.ingest({ advisories: [advisory('A3', 'util', '0.9.5')], licenses: [], enrichment: [], checkpoint: null }));
    const third = await must(rescan(index, metadata, lister(refs), storeFindingSink(index, state), { scope: {}, includeDevelopment: true }));
    expect([third.sets, third.evaluated]).toEqual([3, 1]);
    expect(await stored(index, refs)).toEqual(await pipeline(index, metadata, refs));
    state.close();
    await metadata.close();
    await index.close();
  });

  it('tells which sets hold changed packages from the stored name keys, OS packages by their type alone', async () => {
    const { index, metadata, state } = await openAll(tempDir());
    const openssl = dep({ type: 'deb', namespace: 'debian', name: 'openssl', version: '3.0.11-1' });
    await must(index.writeScan(scan('acme/a', 'main', T1, 'c1'), [set('a.lock', [npm('Lib', '1.0.0')]), set('b.lock', [npm('other', '1.0.0')])]));
    await must(index.writeScan(scan('acme/b', 'dev', T1, 'c1'), [set('image.cdx.json', [openssl, npm('lib', '2.0.0')]), set('c.lock', [npm('other', '2.0.0')])]));
    await must(index.writeScan(scan('acme/c', 'main', T1, 'c1'), [set('os.cdx.json', [openssl])]));
    const keys = (found: readonly { project: string; ref: string; file: string }[]) => found.map((k) => `${k.project} ${k.ref} ${k.file}`).sort();
    // Names as the index keys them (npm names lower-cased): "Lib" is "lib".
    expect(keys(await must(state.setsHolding([{ type: 'npm', nameKeys: ['lib'] }])))).toEqual(['acme/a main a.lock', 'acme/b dev image.cdx.json']);
    expect(keys(await must(state.setsHolding([{ type: 'deb', nameKeys: null }, { type: 'npm', nameKeys: ['nothing'] }])))).toEqual(['acme/b dev image.cdx.json', 'acme/c main os.cdx.json']);
    expect(await must(state.setsHolding([]))).toEqual([]);
    state.close();
    await metadata.close();
    await index.close();
  });

  /** 7 refs, a set each; a new advisory for what every set holds. */
  async function fill(index: Store, metadata: MetadataStore): Promise<{ project: string; ref: string }[]> {
    const refs: { project: string; ref: string }[] = [];
    for (let p = 0; p < 7; p++) {
      const deps = [npm(`pkg-${p}`, '1.0.0'), npm('shared', `1.${p % 5}.0`, false)];
      await must(index.writeScan(scan(`acme/p${p}`, 'main', T1, 'c1'), [withEdges('package-lock.json', deps, [[deps[0]!.purl, [deps[1]!.purl]]])]));
      refs.push({ project: `acme/p${p}`, ref: 'main' });
    }
    await must(metadata.ingest({ advisories: [advisory('S1', 'shared', '1.4.0'), advisory('P3', 'pkg-3', '2.0.0')], licenses: [], enrichment: [], checkpoint: null }));
    return refs;
  }

  it('batches the writes of many sets: the same findings and progress, whatever the batch', async () => {
    const results: { findings: object[]; progress: string[] }[] = [];
    for (const batch of [1, 3, 1000]) {
      const { index, metadata, state } = await openAll(tempDir());
      const refs = await fill(index, metadata);
      const done = await must(rescan(index, metadata, state, storeFindingSink(index, state, { batch }), { scope: {}, includeDevelopment: true }));
      expect([done.sets, done.evaluated, done.findings]).toEqual([7, 7, 7]);
      const progress = await Promise.all(refs.map(async (r) => JSON.stringify(await must(state.evaluated({ ...r, file: 'package-lock.json' })))));
      results.push({ findings: await stored(index, refs), progress });
      expect(results.at(-1)?.findings).toEqual(await pipeline(index, metadata, refs));
      state.close();
      await metadata.close();
      await index.close();
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]?.progress.every((p) => p === JSON.stringify({ revision: 1, scannedAt: T1 }))).toBe(true);
  });

  it('after a failure between the findings and the progress, evaluates those sets again and loses no finding', async () => {
    const { index, metadata, state } = await openAll(tempDir());
    const refs = await fill(index, metadata);
    // The progress cannot be written after the first batch: the findings of the second batch are written, then the run fails.
    let batches = 0;
    const failing: RescanProgress = {
      evaluated: (set) => state.evaluated(set),
      save: (set, revision, scannedAt) => state.save(set, revision, scannedAt),
      saveMany: async (entries) => (++batches === 1 ? state.saveMany(entries) : err('disk full')),
    };
    const broken = await rescan(index, metadata, state, storeFindingSink(index, failing, { batch: 3 }), { scope: {}, includeDevelopment: true });
    expect(broken).toEqual({ ok: false, error: 'disk full' });
    // Findings of the first two batches are in the store (the second's without their progress).
    const written = await stored(index, refs);
    const expected = await pipeline(index, metadata, refs);
    expect(written.length).toBeGreaterThan(0);
    expect(expected).toEqual(expect.arrayContaining(written));

    const again = await must(rescan(index, metadata, state, storeFindingSink(index, state), { scope: {}, includeDevelopment: true }));
    // The first batch (3 sets) was saved; the other 4 are evaluated again.
    expect([again.sets, again.evaluated]).toEqual([7, 4]);
    expect(await stored(index, refs)).toEqual(expected);
    // What the second batch had written before the failure is not new any more.
    expect(again.notifications.map((n) => n.project)).toEqual(['acme/p6']);
    state.close();
    await metadata.close();
    await index.close();
  });

  it('gives the same findings over the Elasticsearch store', async () => {
    const dir = tempDir();
    const { index, metadata, state } = await openAll(dir);
    const refs = await fill(index, metadata);
    await must(rescan(index, metadata, state, storeFindingSink(index, state, { batch: 4 }), { scope: {}, includeDevelopment: true }));
    const { store: es } = await openFake();
    for (const r of refs) {
      const [s] = await must(index.loadGraphs(r.project, r.ref));
      await must(es.writeScan(scan(r.project, r.ref, T1, 'c1'), [{ ...s!, graph: s!.graph }]));
    }
    const esState = await must(openSqliteRescanState(join(dir, 'es-progress.db')));
    const done = await must(rescan(es, metadata, lister(refs), storeFindingSink(es, esState, { batch: 4 }), { scope: {}, includeDevelopment: true }));
    expect([done.sets, done.evaluated, done.findings]).toEqual([7, 7, 7]);
    expect(await stored(es, refs)).toEqual(await stored(index, refs));
    esState.close();
    await es.close();
    state.close();
    await metadata.close();
    await index.close();
  });
});
