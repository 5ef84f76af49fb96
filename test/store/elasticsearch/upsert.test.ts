import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../src/model/dependency.js';
import type { Finding } from '../../../src/model/finding.js';
import type { ScanContext, SetToWrite } from '../../../src/store/store.js';
import { fail } from './fake-elasticsearch.js';
import { openFake } from './open-fake.js';

const dep = (name: string, version: string, extra: Partial<Dependency> = {}): Dependency => ({
  purl: `pkg:npm/${name}@${version}`,
  type: 'npm',
  namespace: null,
  name,
  version,
  introduced: true,
  development: false,
  licenses: ['MIT'],
  checksums: { sha512: 'ab'.repeat(64) },
  source: 'https://registry.npmjs.org',
  ...extra,
});

const context = (scannedAt: string, commitSha: string): ScanContext => ({
  project: 'acme/web/shop',
  ref: 'main',
  refType: 'branch',
  defaultBranch: true,
  commitSha,
  pipelineUrl: 'https://ci.example/pipelines/1',
  scannedAt: new Date(scannedAt),
});

const lockfile = (...dependencies: Dependency[]): SetToWrite => ({ file: 'package-lock.json', packageManager: 'npm', format: 'npm-package-lock', dependencies });
const JAN = context('2026-01-05T10:00:00Z', 'c1');
const FEB = context('2026-02-05T10:00:00Z', 'c2');

describe('writeScan', () => {
  it('writes one document per purl and one set document, routed by project, with dates and keys', async () => {
    const { es, store } = await openFake();
    const written = await store.writeScan(JAN, [lockfile(dep('left-pad', '1.3.0'), dep('Left-Pad', '1.3.0', { purl: 'pkg:npm/left-pad@1.3.0' }))]);
    expect(written).toEqual({ ok: true, value: { sets: 1, added: 1, kept: 0, removed: 0 } });
    const [doc] = es.docs('depindex-dependencies');
    expect(es.docs('depindex-dependencies')).toHaveLength(1);
    expect(doc).toMatchObject({
      project: 'acme/web/shop',
      project_namespaces: ['acme', 'acme/web'],
      ref: 'main',
      ref_type: 'branch',
      default_branch: true,
      file: 'package-lock.json',
      purl: 'pkg:npm/left-pad@1.3.0',
      package: { type: 'npm', name: 'left-pad', canonical_name: 'left-pad' },
      version: '1.3.0',
      licenses: ['MIT'],
      license_keys: ['mit'],
      checksums: [`sha512:${'ab'.repeat(64)}`],
      vulnerabilities: [],
      created_at: '2026-01-05T10:00:00.000Z',
      first_commit_sha: 'c1',
      last_seen_at: '2026-01-05T10:00:00.000Z',
    });
    const bulk = es.log.find((r) => r.path.endsWith('/_bulk'));
    expect((bulk?.body as { index?: { routing: string } }[])[0]?.index?.routing).toBe('acme/web/shop');
    const [set] = es.docs('depindex-sets');
    expect(set).toMatchObject({ generation: doc?.['generation'], hidden_generations: [], write_count: 1, scanned_at: '2026-01-05T10:00:00.000Z', commit_sha: 'c1' });
  });

  it('follows the five steps: announce hidden, bulk, flip, delete the old generation, unhide', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    const first = es.docs('depindex-sets')[0]?.['generation'] as string;
    es.log.length = 0;
    await store.writeScan(FEB, [lockfile(dep('b', '1.0.0'))]);
    const writes = es.log.filter((r) => r.method !== 'GET' && !r.path.endsWith('/_search') && !r.path.endsWith('/_update_by_query'));
    expect(writes.map((r) => `${r.method} ${r.path.replace(/_doc\/.*/, '_doc/ID')}`)).toEqual([
      'PUT /depindex-sets/_doc/ID',
      'POST /depindex-dependencies/_bulk',
      'PUT /depindex-sets/_doc/ID',
      'POST /depindex-dependencies/_delete_by_query',
      'PUT /depindex-sets/_doc/ID',
    ]);
    const [announce, , flip, remove, unhide] = writes.map((r) => r.body as Record<string, unknown>);
    const second = (announce?.['hidden_generations'] as string[])[0];
    expect(announce).toMatchObject({ generation: first, hidden_generations: [second], write_count: 2 });
    expect(flip).toMatchObject({ generation: second, hidden_generations: [first] });
    expect(remove).toEqual({ query: { bool: { filter: [{ term: { set_id: es.docs('depindex-sets')[0]?.['set_id'] } }, { terms: { generation: [first] } }] } } });
    expect(unhide).toMatchObject({ generation: second, hidden_generations: [] });
    // Every set-document write is a compare-and-set that waits for visibility.
    for (const r of writes.filter((w) => w.path.includes('_doc'))) {
      expect(r.querystring).toMatchObject({ refresh: 'wait_for', routing: 'acme/web/shop', if_primary_term: '1' });
    }
    expect(es.log.find((r) => r.path.endsWith('_delete_by_query'))?.querystring).toMatchObject({ routing: 'acme/web/shop', refresh: 'true' });
  });

  it('moves the default-branch flag with update_by_query on both indices, routed by project', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    await store.writeScan({ ...FEB, ref: 'develop' }, [lockfile(dep('a', '1.0.0'))]);
    const updates = es.log.filter((r) => r.path.endsWith('/_update_by_query'));
    expect(updates.map((r) => `${r.path} ${r.querystring['routing']}`).slice(-4)).toEqual([
      '/depindex-sets/_update_by_query acme/web/shop',
      '/depindex-dependencies/_update_by_query acme/web/shop',
      '/depindex-sets/_update_by_query acme/web/shop',
      '/depindex-dependencies/_update_by_query acme/web/shop',
    ]);
    expect(updates.at(-1)?.body).toMatchObject({
      query: { bool: { filter: [{ term: { project: 'acme/web/shop' } }, { term: { default_branch: true } }], must_not: [{ term: { ref: 'develop' } }] } },
      script: { lang: 'painless', params: { set: { default_branch: false } } },
    });
    const flags = es.docs('depindex-dependencies').map((d) => `${d['ref']}:${d['default_branch']}`).sort();
    expect(flags).toEqual(['develop:true', 'main:false']);
  });

  it('keeps created_at and the first commit of versions still present, and counts added, kept, removed', async () => {
    const { store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'), dep('b', '1.0.0'))]);
    const written = await store.writeScan(FEB, [lockfile(dep('a', '1.0.0'), dep('b', '2.0.0'), dep('c', '1.0.0'))]);
    expect(written).toEqual({ ok: true, value: { sets: 1, added: 2, kept: 1, removed: 1 } });
    const loaded = await store.loadSets('acme/web/shop', 'main');
    const deps = loaded.ok ? loaded.value[0]?.dependencies ?? [] : [];
    expect(deps.map((d) => `${d.purl} ${d.createdAt} ${d.firstCommitSha} ${d.lastSeenAt}`)).toEqual([
      'pkg:npm/a@1.0.0 2026-01-05T10:00:00.000Z c1 2026-02-05T10:00:00.000Z',
      'pkg:npm/b@2.0.0 2026-02-05T10:00:00.000Z c2 2026-02-05T10:00:00.000Z',
      'pkg:npm/c@1.0.0 2026-02-05T10:00:00.000Z c2 2026-02-05T10:00:00.000Z',
    ]);
  });

  it('leaves the store exactly as one run does when the same scan runs twice', async () => {
    const { es, store } = await openFake();
    const sets = [lockfile(dep('a', '1.0.0'), dep('b', '1.0.0'))];
    await store.writeScan(JAN, sets);
    const once = await store.loadSets('acme/web/shop', 'main');
    const ids = [...es.indices.get('depindex-dependencies-v1')!.keys()].sort();
    es.log.length = 0;
    const again = await store.writeScan(JAN, sets);
    expect(again).toEqual({ ok: true, value: { sets: 1, added: 0, kept: 2, removed: 0 } });
    expect(await store.loadSets('acme/web/shop', 'main')).toEqual(once);
    // Recognised by its content hash: no document is written, so even the ids are those of the first run.
    expect(es.log.filter((r) => r.path.endsWith('/_bulk') || (r.method === 'PUT' && r.path.includes('/_doc/')))).toEqual([]);
    expect([...es.indices.get('depindex-dependencies-v1')!.keys()].sort()).toEqual(ids);
    expect(es.docs('depindex-dependencies')).toHaveLength(2);
    expect(es.docs('depindex-sets')).toHaveLength(1);
  });

  it('leaves other sets of the same project and ref alone', async () => {
    const { store } = await openFake();
    const gemfile: SetToWrite = { file: 'Gemfile.lock', packageManager: 'bundler', format: 'gemfile-lock', dependencies: [] };
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0')), gemfile]);
    await store.writeScan(FEB, [lockfile(dep('b', '1.0.0'))]);
    const loaded = await store.loadSets('acme/web/shop', 'main');
    expect(loaded.ok && loaded.value.map((s) => `${s.file}:${s.dependencies.length}:${s.commitSha}`)).toEqual(['Gemfile.lock:0:c1', 'package-lock.json:1:c2']);
  });

  it('on per-document bulk errors reports each one, deletes the partial generation and keeps the previous set', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    const before = await store.loadSets('acme/web/shop', 'main');
    es.intercept = (request) => {
      if (!request.path.endsWith('/_bulk')) return undefined;
      const lines = request.body as { index?: { _id: string } }[];
      const ids = lines.flatMap((l) => (l.index ? [l.index._id] : []));
      return {
        errors: true,
        items: ids.map((id, i) => ({ index: { _id: id, status: i === 0 ? 201 : 400, ...(i === 0 ? {} : { error: { type: 'mapper_parsing_exception', reason: `bad field in ${i}` } }) } })),
      };
    };
    const written = await store.writeScan(FEB, [lockfile(dep('x', '1.0.0'), dep('y', '1.0.0'), dep('z', '1.0.0'))]);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.error).toContain('cannot store package-lock.json of acme/web/shop at main: 2 of 3 dependencies were refused');
    expect(written.error).toContain('pkg:npm/y@1.0.0: 400 mapper_parsing_exception: bad field in 1');
    expect(written.error).toContain('pkg:npm/z@1.0.0: 400 mapper_parsing_exception: bad field in 2');
    es.intercept = null;
    expect(await store.loadSets('acme/web/shop', 'main')).toEqual(before);
    expect(es.docs('depindex-sets')[0]).toMatchObject({ hidden_generations: [] });
    expect(es.docs('depindex-dependencies').map((d) => d['purl'])).toEqual(['pkg:npm/a@1.0.0']);
  });

  it('re-reads and retries a set document changed by another writer (409)', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    let conflicts = 1;
    es.intercept = (r) =>
      r.method === 'PUT' && r.path.includes('/depindex-sets/_doc/') && conflicts-- > 0 ? fail(409, 'version_conflict_engine_exception', 'seq_no') : undefined;
    expect((await store.writeScan(FEB, [lockfile(dep('b', '1.0.0'))])).ok).toBe(true);
    const loaded = await store.loadSets('acme/web/shop', 'main');
    expect(loaded.ok && loaded.value[0]?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/b@1.0.0']);
  });

  it('deletes a crashed write’s hidden generation once it is older than staleAfterMs', async () => {
    let now = new Date('2026-01-05T10:00:00Z');
    const { es, store } = await openFake({ clock: () => now, staleAfterMs: 60_000 });
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    // A writer that died after step 2: its generation is listed hidden and its documents exist.
    const setDoc = [...es.indices.get('depindex-sets-v1')!.values()][0]!;
    const crashed = `${(now.getTime() - 120_000).toString(36)}-deadbeef0000`;
    setDoc.source = { ...setDoc.source, hidden_generations: [crashed] };
    const orphan = { ...es.docs('depindex-dependencies')[0]!, generation: crashed, purl: 'pkg:npm/orphan@1.0.0' };
    es.indices.get('depindex-dependencies-v1')!.set('orphan', { source: orphan, seqNo: 999, routing: 'acme/web/shop' });
    const hidden = await store.search({ name: 'orphan', limit: 10, offset: 0 });
    expect(hidden.ok && hidden.value.total).toBe(0);
    now = new Date('2026-01-05T10:05:00Z');
    await store.writeScan(FEB, [lockfile(dep('a', '1.0.0'))]);
    expect(es.docs('depindex-dependencies').map((d) => d['purl'])).toEqual(['pkg:npm/a@1.0.0']);
    expect(es.docs('depindex-sets')[0]).toMatchObject({ hidden_generations: [] });
  });

  it('fails a write that a later write abandoned as stale, and removes what it wrote', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(dep('a', '1.0.0'))]);
    // While this write's documents go in, another writer takes its generation off the hidden list.
    es.intercept = (r) => {
      if (!r.path.endsWith('/_bulk')) return undefined;
      const setDoc = [...es.indices.get('depindex-sets-v1')!.values()][0]!;
      setDoc.source = { ...setDoc.source, hidden_generations: [] };
      return undefined;
    };
    const written = await store.writeScan(FEB, [lockfile(dep('b', '1.0.0'))]);
    expect(!written.ok && written.error).toContain('this write was abandoned as stale by a later write of the same set');
    es.intercept = null;
    const loaded = await store.loadSets('acme/web/shop', 'main');
    expect(loaded.ok && loaded.value[0]?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/a@1.0.0']);
    expect(es.docs('depindex-dependencies').map((d) => d['purl'])).toEqual(['pkg:npm/a@1.0.0']);
  });

  it('refuses a context whose scannedAt is not a date', async () => {
    const { store } = await openFake();
    const written = await store.writeScan({ ...JAN, scannedAt: new Date('nope') }, [lockfile()]);
    expect(written).toEqual({ ok: false, error: 'cannot write the scan of acme/web/shop: scannedAt is not a valid date' });
  });
});

describe('findings published with the sets (findings-publish.ts)', () => {
  const finding = (d: Dependency, id: string): Finding => ({
    id, kind: 'dependency-policy', severity: 'high', new: true, suppressed: false, suppressedBy: null, file: 'package-lock.json',
    purl: d.purl, name: d.name, version: d.version, message: 'denied', rule: 'dependencies.deny[0]', advisory: null, fixedVersions: [], introducedBy: [d.purl],
  });
  const a = dep('a', '1.0.0');
  const b = dep('b', '1.0.0');

  it('ride on the last changed set: announced hidden with it, written beside it, shown and the old hidden by its flip', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(a)], { complete: true, findings: [finding(a, 'fa')] });
    const oldGeneration = es.docs('depindex-findings')[0]?.['generation'] as string;
    expect(oldGeneration).toBe(`${es.docs('depindex-sets')[0]?.['generation'] as string}-findings`);
    es.log.length = 0;
    const written = await store.writeScan(FEB, [lockfile(b)], { complete: true, findings: [finding(b, 'fb')] });
    expect(written.ok && written.value.findings).toEqual({ written: 1, added: 1, removed: 1 });
    const writes = es.log.filter((r) => r.method !== 'GET' && !r.path.endsWith('/_search') && !r.path.endsWith('/_update_by_query'));
    expect(writes.map((r) => `${r.method} ${r.path.replace(/_doc\/.*/, '_doc/ID')}`)).toEqual([
      'PUT /depindex-sets/_doc/ID',
      'POST /depindex-dependencies/_bulk',
      'POST /_bulk',
      'PUT /depindex-sets/_doc/ID',
      'POST /depindex-dependencies/_delete_by_query',
      'POST /depindex-findings/_delete_by_query',
      'PUT /depindex-sets/_doc/ID',
    ]);
    const [announce, , findingsBulk, flip, , removeFindings, unhide] = writes.map((r) => r.body as Record<string, unknown>);
    const [second, riding] = announce?.['hidden_generations'] as string[];
    expect(riding).toBe(`${second}-findings`);
    expect((findingsBulk as unknown as Record<string, unknown>[])[1]).toMatchObject({ finding_id: 'fb', generation: riding });
    // One flip shows the new set and its findings and hides the ref's previous findings.
    expect(flip).toMatchObject({ generation: second });
    expect(flip?.['hidden_generations']).toEqual(expect.arrayContaining([oldGeneration]));
    expect(flip?.['hidden_generations']).not.toContain(riding);
    expect(removeFindings).toEqual({ query: { bool: { filter: [{ term: { project: 'acme/web/shop' } }, { bool: { filter: [{ terms: { generation: [oldGeneration] } }] } }] } } });
    expect(unhide).toMatchObject({ hidden_generations: [] });
    const stored = await store.loadFindings('acme/web/shop', 'main');
    expect(stored.ok && stored.value.map((f) => f.id)).toEqual(['fb']);
  });

  it('a write that fails before its flip leaves the old sets and the old findings, and none of the new', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(a)], { complete: true, findings: [finding(a, 'fa')] });
    const before = es.docs('depindex-sets')[0]?.['generation'];
    es.intercept = (r) => (r.method === 'PUT' && r.path.startsWith('/depindex-sets/_doc') && (r.body as { generation?: string }).generation !== before ? fail(400, 'mapper_parsing_exception', 'refused') : undefined);
    const written = await store.writeScan(FEB, [lockfile(b)], { complete: true, findings: [finding(b, 'fb')] });
    es.intercept = null;
    expect(written.ok).toBe(false);
    const sets = await store.loadSets('acme/web/shop', 'main');
    expect(sets.ok && sets.value[0]?.dependencies.map((d) => d.name)).toEqual(['a']);
    const stored = await store.loadFindings('acme/web/shop', 'main');
    expect(stored.ok && stored.value.map((f) => f.id)).toEqual(['fa']);
    // The new findings stay hidden with their set generation, for the next write of the set to delete.
    const hidden = es.docs('depindex-sets')[0]?.['hidden_generations'] as string[];
    const riding = es.docs('depindex-findings').find((d) => d['finding_id'] === 'fb')?.['generation'];
    expect(hidden).toContain(riding);
  });

  it('an unchanged scan with new findings writes them on their own, and a rescan\'s standalone write replaces published ones', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lockfile(a)], { complete: true, findings: [finding(a, 'fa')] });
    const again = await store.writeScan(JAN, [lockfile(a)], { complete: true, findings: [finding(a, 'fa'), finding(a, 'fa2')] });
    expect(again.ok && again.value.findings).toEqual({ written: 2, added: 1, removed: 0 });
    const loaded = await store.loadFindings('acme/web/shop', 'main');
    expect(loaded.ok && loaded.value.map((f) => f.id).sort()).toEqual(['fa', 'fa2']);
    expect(es.docs('depindex-findings')).toHaveLength(2);
  });
});
