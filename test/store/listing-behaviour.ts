/**
 * The listing reads of every Store (projects with their refs, sets of a ref), part of the shared behaviour
 * (behaviour.ts runs it for each implementation). Expected values are written out by hand from the scans below.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanContext, Store } from '../../src/store/store.js';
import { dep, scan, set } from './behaviour.js';

const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-10T08:00:00.000Z';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const tag = (project: string, ref: string, at: string, commit: string): ScanContext => ({ ...scan(project, ref, at, commit, false), refType: 'tag' });

export function describeListing(store: () => Store): void {
  describe('listing', () => {
    beforeEach(async () => {
      const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
      const b = dep({ type: 'npm', name: 'b', version: '1.0.0' });
      await must(store().writeScan(scan('acme/web/shop', 'main', T1, 's1'), [
        set('requirements.txt', [dep({ type: 'pypi', name: 'django', version: '4.2.0' }), dep({ type: 'pypi', name: 'six', version: '1.0.0' })], 'pip'),
        set('package-lock.json', [a]),
      ]));
      await must(store().writeScan(scan('acme/web/shop', 'feature/x', T2, 's2', false), [set('package-lock.json', [b])]));
      // A later scan of main lists only one of its two files: the other keeps its own scan.
      await must(store().writeScan(scan('acme/web/shop', 'main', T2, 's3'), [set('package-lock.json', [a, b])]));
      await must(store().writeScan(tag('acme/api', 'v1.0', T1, 'a1'), [set('pom.xml', [dep({ type: 'maven', namespace: 'g', name: 'x', version: '1' })], 'maven')]));
      await must(store().writeScan(scan('other/tool', 'main', T1, 'o1'), [set('go.mod', [], 'go')]));
    });

    it('lists projects by path with their refs, last scan and counts', async () => {
      const page = await must(store().listProjects({ limit: 50, offset: 0 }));
      expect(page.total).toBe(3);
      expect(page.projects.map((p) => p.project)).toEqual(['acme/api', 'acme/web/shop', 'other/tool']);
      expect(page.projects[1]).toEqual({
        project: 'acme/web/shop',
        lastScannedAt: T2,
        refs: [
          { ref: 'feature/x', refType: 'branch', defaultBranch: false, commitSha: 's2', lastScannedAt: T2, sets: 1, dependencies: 1 },
          { ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 's3', lastScannedAt: T2, sets: 2, dependencies: 4 },
        ],
      });
      expect(page.projects[0]?.refs).toEqual([
        { ref: 'v1.0', refType: 'tag', defaultBranch: false, commitSha: 'a1', lastScannedAt: T1, sets: 1, dependencies: 1 },
      ]);
      expect(page.projects[2]?.refs.map((r) => [r.ref, r.dependencies])).toEqual([['main', 0]]);
    });

    it('pages projects with an exact total, and scopes them to a group', async () => {
      const second = await must(store().listProjects({ limit: 1, offset: 1 }));
      expect([second.total, second.projects.map((p) => p.project)]).toEqual([3, ['acme/web/shop']]);
      const past = await must(store().listProjects({ limit: 10, offset: 3 }));
      expect([past.total, past.projects]).toEqual([3, []]);
      const acme = await must(store().listProjects({ group: 'acme', limit: 10, offset: 0 }));
      expect([acme.total, acme.projects.map((p) => p.project)]).toEqual([2, ['acme/api', 'acme/web/shop']]);
      const web = await must(store().listProjects({ group: 'acme/web', limit: 10, offset: 0 }));
      expect(web.projects.map((p) => p.project)).toEqual(['acme/web/shop']);
      expect((await must(store().listProjects({ group: 'acme/we', limit: 10, offset: 0 }))).total).toBe(0);
    });

    it('lists the sets of a ref by file, without their dependencies', async () => {
      expect(await must(store().listSets('acme/web/shop', 'main'))).toEqual([
        {
          project: 'acme/web/shop', ref: 'main', file: 'package-lock.json', packageManager: 'npm', format: 'test', refType: 'branch',
          defaultBranch: true, commitSha: 's3', pipelineUrl: 'https://ci.example/s3', scannedAt: T2, dependencies: 2,
        },
        {
          project: 'acme/web/shop', ref: 'main', file: 'requirements.txt', packageManager: 'pip', format: 'test', refType: 'branch',
          defaultBranch: true, commitSha: 's1', pipelineUrl: 'https://ci.example/s1', scannedAt: T1, dependencies: 2,
        },
      ]);
      expect(await must(store().listSets('acme/web/shop', 'nope'))).toEqual([]);
      expect(await must(store().listSets('nope', 'main'))).toEqual([]);
    });
  });
}
