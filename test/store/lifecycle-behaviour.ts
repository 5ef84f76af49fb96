/**
 * Complete and partial writes, and pruning (issue #15), part of the shared behaviour every Store shows
 * (behaviour.ts runs it for each implementation). Expected values are written out by hand from the scans below.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import type { ScanContext, Store } from '../../src/store/store.js';
import { dep, scan, set } from './behaviour.js';

const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-10T08:00:00.000Z';
const T3 = '2026-11-20T08:00:00.000Z';
const page = { limit: 50, offset: 0 };

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
const b = dep({ type: 'npm', name: 'b', version: '1.0.0' });
const rack = dep({ type: 'gem', name: 'rack', version: '3.0.0' });
const django = dep({ type: 'pypi', name: 'django', version: '4.2.0' });
const tag = (project: string, ref: string, at: string, commit: string): ScanContext => ({ ...scan(project, ref, at, commit, false), refType: 'tag' });

function finding(file: string, name: string): Finding {
  return {
    id: `deny:${file}:${name}`, kind: 'dependency-policy', severity: 'high', new: true, suppressed: false, suppressedBy: null, file,
    purl: `pkg:npm/${name}@1.0.0`, name, version: '1.0.0', message: `${name} is denied`, rule: 'dependencies.deny[0]', advisory: null,
    fixedVersions: [], introducedBy: [],
  };
}

/** "file: name@version ...", per set of the ref, sorted by file. */
async function picture(store: Store, project: string, ref: string): Promise<string[]> {
  const sets = await must(store.loadSets(project, ref));
  return sets.map((s) => `${s.file}: ${s.dependencies.map((d) => `${d.name}@${d.version}`).sort().join(' ')}`).sort();
}

export function describeLifecycle(store: () => Store): void {
  describe('complete and partial writes', () => {
    it('a complete write retires the sets of files it does not list, and says which', async () => {
      await must(store().writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a]), set('Gemfile.lock', [rack], 'bundler'), set('web/requirements.txt', [django], 'pip')]));
      const summary = await must(store().writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [a, b])], { complete: true }));
      expect(summary).toEqual({ sets: 1, added: 1, kept: 1, removed: 0, retired: ['Gemfile.lock', 'web/requirements.txt'] });
      expect(await picture(store(), 'g/p', 'main')).toEqual(['package-lock.json: a@1.0.0 b@1.0.0']);
      // Search no longer finds what was retired; other refs and projects are untouched.
      expect((await must(store().search({ name: 'rack', ...page }))).total).toBe(0);
      expect((await must(store().search({ name: 'django', ...page }))).total).toBe(0);
    });

    it('retires only within its own project and ref', async () => {
      await must(store().writeScan(scan('g/p', 'main', T1, 'c1'), [set('Gemfile.lock', [rack], 'bundler')]));
      await must(store().writeScan(scan('g/p', 'dev', T1, 'c1', false), [set('Gemfile.lock', [rack], 'bundler')]));
      await must(store().writeScan(scan('g/other', 'main', T1, 'c1'), [set('Gemfile.lock', [rack], 'bundler')]));
      const summary = await must(store().writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [a])], { complete: true }));
      expect(summary.retired).toEqual(['Gemfile.lock']);
      const hits = await must(store().search({ name: 'rack', ...page }));
      expect(hits.hits.map((h) => `${h.project} ${h.ref}`)).toEqual(['g/other main', 'g/p dev']);
    });

    it('a complete write of no file empties the ref; one listing every file retires nothing', async () => {
      await must(store().writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a]), set('Gemfile.lock', [rack], 'bundler')]));
      const same = await must(store().writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [a]), set('Gemfile.lock', [rack], 'bundler')], { complete: true }));
      expect(same.retired).toEqual([]);
      const none = await must(store().writeScan(scan('g/p', 'main', T3, 'c3'), [], { complete: true }));
      expect(none).toEqual({ sets: 0, added: 0, kept: 0, removed: 0, retired: ['Gemfile.lock', 'package-lock.json'] });
      expect(await picture(store(), 'g/p', 'main')).toEqual([]);
      expect(await must(store().listRefs('g/p'))).toEqual([]);
    });

    it('a partial write leaves the other files of the ref as they are, and reports no retirement', async () => {
      await must(store().writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a]), set('Gemfile.lock', [rack], 'bundler')]));
      const summary = await must(store().writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [b])]));
      expect(summary).toEqual({ sets: 1, added: 1, kept: 0, removed: 1 });
      expect(await picture(store(), 'g/p', 'main')).toEqual(['Gemfile.lock: rack@3.0.0', 'package-lock.json: b@1.0.0']);
    });

    it('a partial write of findings replaces those of its files only', async () => {
      const ctx = scan('g/p', 'main', T1, 'c1');
      await must(store().writeFindings(ctx, [finding('package-lock.json', 'a'), finding('Gemfile.lock', 'rack')]));
      await must(store().writeFindings(scan('g/p', 'main', T2, 'c2'), [], ['package-lock.json']));
      expect((await must(store().loadFindings('g/p', 'main'))).map((f) => f.file)).toEqual(['Gemfile.lock']);
      await must(store().writeFindings(scan('g/p', 'main', T3, 'c3'), []));
      expect(await must(store().loadFindings('g/p', 'main'))).toEqual([]);
    });
  });

  describe('prune', () => {
    async function fill(s: Store): Promise<void> {
      await must(s.writeScan(scan('acme/web', 'main', T3, 'm'), [set('package-lock.json', [a])]));
      await must(s.writeScan(scan('acme/web', 'old-feature', T1, 'f'), [set('package-lock.json', [b]), set('Gemfile.lock', [rack], 'bundler')]));
      await must(s.writeScan(tag('acme/web', 'v1.0.0', T1, 't'), [set('package-lock.json', [a])]));
      await must(s.writeScan(scan('acme/api', 'main', T1, 'x'), [set('requirements.txt', [django], 'pip')]));
      await must(s.writeFindings(scan('acme/web', 'old-feature', T1, 'f'), [finding('package-lock.json', 'b')]));
    }
    const refs = (list: readonly { project: string; ref: string }[]): string[] => list.map((r) => `${r.project} ${r.ref}`);

    it('removes one ref with its sets, dependencies and findings, and says what it held', async () => {
      await fill(store());
      const pruned = await must(store().prune({ project: 'acme/web', ref: 'old-feature' }));
      expect(pruned).toEqual([
        { project: 'acme/web', ref: 'old-feature', refType: 'branch', defaultBranch: false, lastScannedAt: T1, files: ['Gemfile.lock', 'package-lock.json'] },
      ]);
      expect(await must(store().listRefs('acme/web'))).toEqual(['main', 'v1.0.0']);
      expect((await must(store().search({ name: 'b', ...page }))).total).toBe(0);
      expect((await must(store().search({ name: 'rack', ...page }))).total).toBe(0);
      expect(await must(store().loadFindings('acme/web', 'old-feature'))).toEqual([]);
    });

    it('a ref that is not there is no error: nothing removed', async () => {
      await fill(store());
      expect(await must(store().prune({ project: 'acme/web', ref: 'never-scanned' }))).toEqual([]);
      expect(await must(store().listRefs('acme/web'))).toEqual(['main', 'old-feature', 'v1.0.0']);
    });

    it('removes refs not scanned since a time, keeping the default branch and tags when asked', async () => {
      await fill(store());
      const cutoff = new Date('2026-11-05T00:00:00Z');
      const dry = await must(store().prune({ olderThan: cutoff, dryRun: true }));
      expect(refs(dry)).toEqual(['acme/api main', 'acme/web old-feature', 'acme/web v1.0.0']);
      expect(await must(store().listRefs('acme/api'))).toEqual(['main']);
      const kept = await must(store().prune({ olderThan: cutoff, keepDefaultBranch: true, keepTags: true, dryRun: true }));
      expect(refs(kept)).toEqual(['acme/web old-feature']);
      const removed = await must(store().prune({ olderThan: cutoff, keepDefaultBranch: true }));
      expect(refs(removed)).toEqual(['acme/web old-feature', 'acme/web v1.0.0']);
      expect(await must(store().listRefs('acme/web'))).toEqual(['main']);
      expect(await must(store().listRefs('acme/api'))).toEqual(['main']);
    });

    it('takes a ref\'s latest scan of any file: a partly rescanned ref is not old', async () => {
      await must(store().writeScan(scan('g/p', 'dev', T1, 'c1', false), [set('package-lock.json', [a]), set('Gemfile.lock', [rack], 'bundler')]));
      await must(store().writeScan(scan('g/p', 'dev', T3, 'c2', false), [set('Gemfile.lock', [rack], 'bundler')]));
      expect(await must(store().prune({ olderThan: new Date(T2) }))).toEqual([]);
      expect(refs(await must(store().prune({ project: 'g/p', olderThan: new Date('2026-12-01T00:00:00Z') })))).toEqual(['g/p dev']);
      expect(await must(store().listRefs('g/p'))).toEqual([]);
    });
  });
}
