/**
 * The Store behaviour every implementation must show (DESIGN.md 6): SQLite calls it in sqlite.test.ts, the
 * Elasticsearch store in its live suite. Expected values are written out by hand from the data below.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dependency } from '../../src/model/dependency.js';
import type { Finding } from '../../src/model/finding.js';
import { buildPurl } from '../../src/ecosystems/shared/purl.js';
import type { ScanContext, SearchHit, SearchQuery, SetToWrite, Store } from '../../src/store/store.js';
import { describeLifecycle } from './lifecycle-behaviour.js';
import { describeListing } from './listing-behaviour.js';
import { describeGraphs } from './graph-behaviour.js';

export interface DepSpec {
  readonly type: string;
  readonly namespace?: string;
  readonly name: string;
  readonly version: string;
  readonly development?: boolean | null;
  readonly optional?: boolean | null;
  readonly introduced?: boolean | null;
  readonly licenses?: readonly string[] | null;
  readonly checksums?: Readonly<Record<string, string>> | null;
  readonly source?: string | null;
}

export function dep(spec: DepSpec): Dependency {
  const purl = buildPurl(spec.type, spec.namespace, spec.name, spec.version);
  if (!purl.ok) throw new Error(purl.error);
  return {
    purl: purl.value,
    type: spec.type,
    namespace: spec.namespace ?? null,
    name: spec.namespace ? `${spec.namespace}/${spec.name}` : spec.name,
    version: spec.version,
    development: spec.development === undefined ? false : spec.development,
    ...(spec.optional !== undefined && { optional: spec.optional }),
    introduced: spec.introduced === undefined ? true : spec.introduced,
    licenses: spec.licenses === undefined ? null : spec.licenses,
    checksums: spec.checksums ?? null,
    source: spec.source ?? null,
  };
}

export function scan(project: string, ref: string, at: string, commit: string, defaultBranch = ref === 'main'): ScanContext {
  return { project, ref, refType: 'branch', defaultBranch, commitSha: commit, pipelineUrl: `https://ci.example/${commit}`, scannedAt: new Date(at) };
}

export function set(file: string, dependencies: readonly Dependency[], packageManager: string | null = 'npm'): SetToWrite {
  return { file, packageManager, format: 'test', dependencies };
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const iso = (text: string): string => new Date(text).toISOString();
const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-10T08:00:00.000Z';
const page = { limit: 50, offset: 0 };

/** "project ref file name@version", the fields that identify a hit, in the order the store returned them. */
const lines = (hits: readonly SearchHit[]): string[] => hits.map((h) => `${h.project} ${h.ref} ${h.file} ${h.name}@${h.version}`);

export function describeStoreBehaviour(name: string, openFresh: () => Promise<Store>): void {
  describe(`${name} store behaviour`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFresh();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('writeScan', () => {
      const a = dep({ type: 'npm', name: 'a', version: '1.0.0', licenses: ['MIT'] });
      const b = dep({ type: 'npm', name: 'b', version: '2.0.0' });
      const c = dep({ type: 'npm', name: 'c', version: '3.0.0' });

      it('stores a first scan with created_at = scan time and this commit', async () => {
        const summary = await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a, b])]));
        expect(summary).toEqual({ sets: 1, added: 2, kept: 0, removed: 0 });
        const [loaded, ...more] = await must(store.loadSets('g/p', 'main'));
        expect(more).toEqual([]);
        expect(loaded).toMatchObject({ project: 'g/p', ref: 'main', file: 'package-lock.json', packageManager: 'npm', format: 'test', commitSha: 'c1' });
        expect(iso(loaded?.scannedAt ?? '')).toBe(T1);
        expect(loaded?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/b@2.0.0']);
        const first = loaded?.dependencies[0];
        expect(first).toMatchObject({ type: 'npm', name: 'a', version: '1.0.0', licenses: ['MIT'], development: false, introduced: true, firstCommitSha: 'c1' });
        expect(iso(first?.createdAt ?? '')).toBe(T1);
      });

      it('writes the findings with the sets: replaced per ref, first seen kept, summary given', async () => {
        const finding = (d: Dependency, id: string): Finding => ({
          id, kind: 'dependency-policy', severity: 'high', new: true, suppressed: false, suppressedBy: null, file: 'package-lock.json',
          purl: d.purl, name: d.name, version: d.version, message: 'denied', rule: 'dependencies.deny[0]', advisory: null, fixedVersions: [], introducedBy: [d.purl],
        });
        const first = await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a, b])], { complete: true, findings: [finding(a, 'fa'), finding(b, 'fb')] }));
        expect(first).toEqual({ sets: 1, added: 2, kept: 0, removed: 0, retired: [], findings: { written: 2, added: 2, removed: 0 } });
        const second = await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [b, c])], { complete: true, findings: [finding(b, 'fb'), finding(c, 'fc')] }));
        expect(second.findings).toEqual({ written: 2, added: 1, removed: 1 });
        const stored = await must(store.loadFindings('g/p', 'main'));
        expect(stored.map((f) => `${f.id} ${iso(f.firstSeenAt)} ${f.firstCommitSha}`).sort()).toEqual([`fb ${T1} c1`, `fc ${T2} c2`]);
      });

      it('waits for findings still being made, and writes them with the sets; findings that fail leave nothing written', async () => {
        const finding: Finding = {
          id: 'fa', kind: 'vulnerability', severity: 'high', new: true, suppressed: false, suppressedBy: null, file: 'package-lock.json',
          purl: a.purl, name: a.name, version: a.version, message: 'affected', rule: null, advisory: null, fixedVersions: [], introducedBy: [a.purl],
        };
        let resolve: (findings: readonly Finding[]) => void = () => {};
        const later = new Promise<readonly Finding[]>((r) => (resolve = r));
        const writing = store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a, b])], { complete: true, findings: later });
        setTimeout(() => resolve([finding]), 20);
        expect((await must(writing)).findings).toEqual({ written: 1, added: 1, removed: 0 });
        expect((await must(store.loadFindings('g/p', 'main'))).map((f) => f.id)).toEqual(['fa']);

        const failing = await store.writeScan(scan('g/q', 'main', T1, 'c1'), [set('package-lock.json', [a])], { complete: true, findings: Promise.reject(new Error('matching broke')) });
        expect(failing.ok).toBe(false);
        if (!failing.ok) expect(failing.error).toContain('matching broke');
        expect(await must(store.loadSets('g/q', 'main'))).toEqual([]);
      });

      it('writes the findings of several refs in one batch, each as writeFindings alone would', async () => {
        const finding = (id: string, file: string): Finding => ({
          id, kind: 'dependency-policy', severity: 'high', new: true, suppressed: false, suppressedBy: null, file,
          purl: a.purl, name: a.name, version: a.version, message: 'denied', rule: 'dependencies.deny[0]', advisory: null, fixedVersions: [], introducedBy: [a.purl],
        });
        expect(await must(store.writeFindingsBatch([]))).toEqual([]);
        await must(store.writeFindings(scan('g/p', 'main', T1, 'c1'), [finding('x', 'a.lock'), finding('y', 'b.lock'), finding('v', 'a.lock')]));
        const summaries = await must(store.writeFindingsBatch([
          // Only a.lock's findings are replaced: y of b.lock stays, x goes, v is kept with its first sighting.
          { context: scan('g/p', 'main', T2, 'c2'), findings: [finding('z', 'a.lock'), finding('v', 'a.lock')], onlyFiles: ['a.lock'] },
          { context: scan('g/q', 'dev', T2, 'c2'), findings: [finding('w', 'a.lock')] },
        ]));
        expect(summaries).toEqual([{ written: 2, added: 1, removed: 1 }, { written: 1, added: 1, removed: 0 }]);
        const seen = async (project: string, ref: string) =>
          (await must(store.loadFindings(project, ref))).map((f) => `${f.id} ${iso(f.firstSeenAt)} ${f.firstCommitSha} ${iso(f.lastSeenAt)}`).sort();
        expect(await seen('g/p', 'main')).toEqual([`v ${T1} c1 ${T2}`, `y ${T1} c1 ${T1}`, `z ${T2} c2 ${T2}`]);
        expect(await seen('g/q', 'dev')).toEqual([`w ${T2} c2 ${T2}`]);
      });

      it('replaces a set with memory: kept versions keep created_at and first commit, gone ones are deleted', async () => {
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a, b])]));
        const b2 = { ...b, licenses: ['ISC'] };
        const summary = await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [b2, c], 'yarn')]));
        expect(summary).toEqual({ sets: 1, added: 1, kept: 1, removed: 1 });
        const [loaded] = await must(store.loadSets('g/p', 'main'));
        expect(loaded?.packageManager).toBe('yarn');
        expect(loaded?.commitSha).toBe('c2');
        expect(iso(loaded?.scannedAt ?? '')).toBe(T2);
        const byPurl = new Map(loaded?.dependencies.map((d) => [d.purl, d]));
        expect([...byPurl.keys()].sort()).toEqual(['pkg:npm/b@2.0.0', 'pkg:npm/c@3.0.0']);
        expect(byPurl.get('pkg:npm/b@2.0.0')).toMatchObject({ firstCommitSha: 'c1', licenses: ['ISC'] });
        expect(iso(byPurl.get('pkg:npm/b@2.0.0')?.createdAt ?? '')).toBe(T1);
        expect(iso(byPurl.get('pkg:npm/b@2.0.0')?.lastSeenAt ?? '')).toBe(T2);
        expect(byPurl.get('pkg:npm/c@3.0.0')).toMatchObject({ firstCommitSha: 'c2' });
        expect(iso(byPurl.get('pkg:npm/c@3.0.0')?.createdAt ?? '')).toBe(T2);
      });

      it('leaves exactly the state of one run when the same scan is written twice', async () => {
        const sets = [set('package-lock.json', [a, b]), set('sub/package-lock.json', [c])];
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), sets));
        const once = await must(store.loadSets('g/p', 'main'));
        const again = await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), sets));
        expect(again).toEqual({ sets: 2, added: 0, kept: 3, removed: 0 });
        expect(await must(store.loadSets('g/p', 'main'))).toEqual(once);
        expect((await must(store.search({ project: 'g/p', ...page }))).total).toBe(3);
      });

      it('keeps optional apart from development, and a change of optional alone is written', async () => {
        const platformBinary = dep({ type: 'npm', name: 'fsevents', version: '2.3.3', development: false, optional: true });
        const devAndOptional = dep({ type: 'npm', name: 'esbuild-linux', version: '0.1.0', development: true, optional: true });
        const needed = dep({ type: 'npm', name: 'needed', version: '1.0.0', optional: false });
        const unknown = dep({ type: 'npm', name: 'unknown', version: '1.0.0', development: null });
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [platformBinary, devAndOptional, needed, unknown])]));
        const flags = async () =>
          Object.fromEntries((await must(store.loadSets('g/p', 'main')))[0]!.dependencies.map((d) => [d.name, [d.development, d.optional ?? null]]));
        expect(await flags()).toEqual({ fsevents: [false, true], 'esbuild-linux': [true, true], needed: [false, false], unknown: [null, null] });
        // The same versions, now needed: the rows change, although nothing else about them did.
        await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [{ ...platformBinary, optional: false }, devAndOptional, needed, unknown])]));
        expect((await flags()).fsevents).toEqual([false, false]);
      });

      it('keeps one row per purl when a file lists a version twice, direct and production winning', async () => {
        const nested = { ...a, introduced: false, development: true };
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [nested, a, nested])]));
        const [loaded] = await must(store.loadSets('g/p', 'main'));
        expect(loaded?.dependencies).toHaveLength(1);
        expect(loaded?.dependencies[0]).toMatchObject({ introduced: true, development: false });
      });

      it('leaves sets of the same ref that the scan does not list, and other refs and projects, alone', async () => {
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a]), set('Gemfile.lock', [b])]));
        await must(store.writeScan(scan('g/p', 'dev', T1, 'c1'), [set('package-lock.json', [a])]));
        await must(store.writeScan(scan('g/q', 'main', T1, 'c1'), [set('package-lock.json', [a])]));
        await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [c])]));
        const main = await must(store.loadSets('g/p', 'main'));
        expect(main.map((s) => `${s.file}: ${s.dependencies.map((d) => d.name).join(',')}`)).toEqual(['Gemfile.lock: b', 'package-lock.json: c']);
        expect((await must(store.loadSets('g/p', 'dev')))[0]?.dependencies.map((d) => d.name)).toEqual(['a']);
        expect((await must(store.loadSets('g/q', 'main')))[0]?.dependencies.map((d) => d.name)).toEqual(['a']);
      });

      it('empties a set written with no dependencies', async () => {
        await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [set('package-lock.json', [a, b])]));
        expect(await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('package-lock.json', [])]))).toEqual({ sets: 1, added: 0, kept: 0, removed: 2 });
        const [loaded] = await must(store.loadSets('g/p', 'main'));
        expect(loaded?.dependencies).toEqual([]);
      });

      it('answers an empty list for a project never scanned', async () => {
        expect(await must(store.loadSets('nobody/nothing', 'main'))).toEqual([]);
      });

      it.each([
        ['an empty project', scan('', 'main', T1, 'c1'), [set('a.json', [a])]],
        ['an empty ref', scan('g/p', '', T1, 'c1'), [set('a.json', [a])]],
        ['a file given twice', scan('g/p', 'main', T1, 'c1'), [set('a.json', [a]), set('a.json', [b])]],
      ])('refuses a scan with %s as a message, writing nothing', async (_case, context, sets) => {
        const result = await store.writeScan(context, sets);
        expect(result.ok).toBe(false);
        expect((await must(store.search({ ...page }))).total).toBe(0);
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await must(store.writeScan(scan('acme/web/shop', 'main', T1, 's1'), [
          set('requirements.txt', [
            dep({ type: 'pypi', name: 'Django', version: '4.2.0', licenses: ['BSD-3-Clause'] }),
            dep({ type: 'pypi', name: 'requests-oauthlib', version: '1.3.1', licenses: ['ISC'], introduced: false }),
            dep({ type: 'pypi', name: 'pytest', version: '7.4.0', development: true }),
          ], 'pip'),
          set('package-lock.json', [
            dep({ type: 'npm', namespace: '@types', name: 'node', version: '20.1.0', development: true, licenses: ['MIT'] }),
            dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] }),
            dep({ type: 'npm', name: 'left-pad', version: '1.3.0', development: null, licenses: ['WTFPL'] }),
          ]),
        ]));
        await must(store.writeScan(scan('acme/web/shop', 'feature/x', T1, 's2'), [
          set('package-lock.json', [
            dep({ type: 'npm', name: 'lodash', version: '4.17.20', licenses: ['MIT'] }),
            dep({ type: 'npm', name: 'express', version: '4.18.2', licenses: ['MIT'] }),
          ]),
        ]));
        await must(store.writeScan(scan('acme/api', 'main', T1, 'a1'), [
          set('pom.xml', [
            dep({ type: 'maven', namespace: 'org.slf4j', name: 'slf4j-api', version: '2.0.9', licenses: ['MIT'] }),
            dep({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.14.1', licenses: ['Apache-2.0'] }),
          ], 'maven'),
          set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '3.10.1', licenses: ['MIT OR Apache-2.0'] })]),
        ]));
        await must(store.writeScan(scan('acme-other/tool', 'main', T1, 'o1'), [
          set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] })]),
          set('requirements.txt', [dep({ type: 'pypi', name: 'django', version: '3.2.0', licenses: ['BSD-3-Clause'] })], 'pip'),
        ]));
      });

      const search = async (query: Partial<SearchQuery>) => must(store.search({ ...page, ...query }));

      it('finds a name case-insensitively, sorted by project, with all hit fields', async () => {
        const result = await search({ name: 'django' });
        expect(result.total).toBe(2);
        expect(lines(result.hits)).toEqual([
          'acme-other/tool main requirements.txt django@3.2.0',
          'acme/web/shop main requirements.txt Django@4.2.0',
        ]);
        expect(result.hits[1]).toMatchObject({
          purl: 'pkg:pypi/django@4.2.0', type: 'pypi', licenses: ['BSD-3-Clause'], development: false, introduced: true, firstCommitSha: 's1',
        });
        expect(iso(result.hits[1]?.createdAt ?? '')).toBe(T1);
      });

      it.each([
        ['DJANGO', undefined, 2],
        ['requests_oauthlib', undefined, 1],
        ['Requests.OAuthlib', undefined, 1],
        ['@types/node', undefined, 1],
        ['@TYPES/NODE', 'npm', 1],
        ['org.slf4j:slf4j-api', undefined, 1],
        ['org.slf4j/slf4j-api', 'maven', 1],
        ['lodash', 'pypi', 0],
        ['lodas', undefined, 0],
      ])('name %s (type %s) finds %i', async (name, type, total) => {
        expect((await search({ name, ...(type && { type }) })).total).toBe(total);
      });

      it('canonicalises the name with the given ecosystem (PEP 503 for pypi)', async () => {
        expect((await search({ name: 'Requests_OAuthlib', type: 'pypi' })).total).toBe(1);
      });

      it('sorts by project, ref, file, name, version, pages exactly and counts by project', async () => {
        const all = await search({ name: 'lodash' });
        expect(lines(all.hits)).toEqual([
          'acme-other/tool main package-lock.json lodash@4.17.21',
          'acme/api main package-lock.json lodash@3.10.1',
          'acme/web/shop feature/x package-lock.json lodash@4.17.20',
          'acme/web/shop main package-lock.json lodash@4.17.21',
        ]);
        expect(all.byProject).toEqual([
          { project: 'acme/web/shop', count: 2 },
          { project: 'acme-other/tool', count: 1 },
          { project: 'acme/api', count: 1 },
        ]);
        const second = await search({ name: 'lodash', limit: 2, offset: 1 });
        expect(second.total).toBe(4);
        expect(lines(second.hits)).toEqual(lines(all.hits).slice(1, 3));
        const past = await search({ name: 'lodash', offset: 10 });
        expect(past.total).toBe(4);
        expect(past.hits).toEqual([]);
      });

      it('sorts the files and names inside one project and ref', async () => {
        const result = await search({ project: 'acme/web/shop', ref: 'main' });
        expect(lines(result.hits)).toEqual([
          'acme/web/shop main package-lock.json @types/node@20.1.0',
          'acme/web/shop main package-lock.json left-pad@1.3.0',
          'acme/web/shop main package-lock.json lodash@4.17.21',
          'acme/web/shop main requirements.txt Django@4.2.0',
          'acme/web/shop main requirements.txt pytest@7.4.0',
          'acme/web/shop main requirements.txt requests-oauthlib@1.3.1',
        ]);
      });

      it('keeps one dependency file with the file filter', async () => {
        const result = await search({ file: 'requirements.txt', name: 'django' });
        expect(lines(result.hits)).toEqual(['acme-other/tool main requirements.txt django@3.2.0', 'acme/web/shop main requirements.txt Django@4.2.0']);
        expect((await search({ file: 'package-lock.json', type: 'pypi' })).total).toBe(0);
      });

      it.each([
        ['package.json', 5, ['package-lock.json']],
        ['./package-lock.json', 5, ['package-lock.json']],
        ['pyproject.toml', 0, []],
        ['*.txt', 4, ['requirements.txt']],
        ['**/*.xml', 2, ['pom.xml']],
        ['{pom.xml,requirements.txt}', 6, ['pom.xml', 'requirements.txt']],
        ['web/**/Gemfile', 0, []],
      ])('--file %s (a manifest finds its lock file; a glob matching nothing is no error) finds %i', async (file, total, files) => {
        const result = await search({ file, ref: 'main', limit: 100 });
        expect(result.total).toBe(total);
        expect([...new Set(result.hits.map((h) => h.file))].sort()).toEqual(files);
      });

      it('finds a Maven artifact by its id alone, by group:artifact and by group/artifact', async () => {
        for (const name of ['log4j-core', 'LOG4J-CORE', 'org.apache.logging.log4j:log4j-core', 'org.apache.logging.log4j/log4j-core']) {
          expect(lines((await search({ name })).hits)).toEqual(['acme/api main pom.xml org.apache.logging.log4j/log4j-core@2.14.1']);
          expect((await search({ name, type: 'maven' })).total).toBe(1);
        }
        // The artifact id is a Maven-only key: an npm search for it finds nothing.
        expect((await search({ name: 'slf4j-api', type: 'npm' })).total).toBe(0);
      });

      it('gives the name as written, the canonical name matched, and the commit, pipeline and time of the scan', async () => {
        const [hit] = (await search({ name: 'django', project: 'acme/web/shop' })).hits;
        expect(hit).toMatchObject({ name: 'Django', canonicalName: 'django', commit: 's1', pipelineUrl: 'https://ci.example/s1' });
        expect(iso(hit?.scannedAt ?? '')).toBe(T1);
        const [maven] = (await search({ name: 'slf4j-api' })).hits;
        expect(maven).toMatchObject({ name: 'org.slf4j/slf4j-api', canonicalName: 'org.slf4j:slf4j-api', commit: 'a1' });
      });

      it('sorts by ref before file across the refs of a project', async () => {
        await must(store.writeScan(scan('acme/web/shop', 'release', T1, 's4'), [
          set('Gemfile.lock', [dep({ type: 'gem', name: 'rails', version: '7.1.0' })], 'bundler'),
        ]));
        const result = await search({ project: 'acme/web/shop', name: 'lodash' });
        expect(lines(result.hits)).toEqual([
          'acme/web/shop feature/x package-lock.json lodash@4.17.20',
          'acme/web/shop main package-lock.json lodash@4.17.21',
        ]);
        const all = await search({ project: 'acme/web/shop', ref: 'release' });
        expect(lines(all.hits)).toEqual(['acme/web/shop release Gemfile.lock rails@7.1.0']);
        const files = (await search({ project: 'acme/web/shop' })).hits.map((h) => `${h.ref} ${h.file}`);
        expect([...new Set(files)]).toEqual([
          'feature/x package-lock.json',
          'main package-lock.json',
          'main requirements.txt',
          'release Gemfile.lock',
        ]);
      });

      it.each<[string, Partial<SearchQuery>, number]>([
        ['type', { type: 'maven' }, 2],
        ['exact version', { version: '4.17.21' }, 2],
        ['license id', { license: 'mit' }, 7],
        ['license id inside an expression', { license: 'Apache-2.0' }, 2],
        ['whole license expression', { license: 'MIT OR Apache-2.0' }, 1],
        ['project', { project: 'acme/api' }, 3],
        ['group by its top namespace', { name: 'lodash', group: 'acme' }, 3],
        ['group by a sub-namespace', { name: 'lodash', group: 'acme/web' }, 2],
        ['group that is only a prefix of a namespace', { name: 'lodash', group: 'acm' }, 0],
        ['ref', { ref: 'feature/x' }, 2],
        ['default branches only', { name: 'lodash', defaultBranchOnly: true }, 3],
        ['development excluded, unknown kept', { project: 'acme/web/shop', ref: 'main', excludeDevelopment: true }, 4],
        ['everything', {}, 13],
      ])('filters by %s', async (_what, query, total) => {
        const result = await search(query);
        expect(result.total).toBe(total);
        expect(result.hits).toHaveLength(Math.min(total, page.limit));
        expect(result.byProject.reduce((n, p) => n + p.count, 0)).toBe(total);
      });

      it('finds what was added since a date', async () => {
        await must(store.writeScan(scan('acme-other/tool', 'main', T2, 'o2'), [
          set('package-lock.json', [
            dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] }),
            dep({ type: 'npm', name: 'chalk', version: '5.0.0' }),
          ]),
        ]));
        const result = await search({ addedSince: new Date('2026-11-05T00:00:00Z') });
        expect(lines(result.hits)).toEqual(['acme-other/tool main package-lock.json chalk@5.0.0']);
        expect(result.hits[0]?.firstCommitSha).toBe('o2');
      });

      it('moves the default-branch flag when another ref of the project becomes the default', async () => {
        await must(store.writeScan(scan('acme/web/shop', 'develop', T2, 's3', true), [
          set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '4.17.22' })]),
        ]));
        const result = await search({ project: 'acme/web/shop', defaultBranchOnly: true });
        expect(lines(result.hits)).toEqual(['acme/web/shop develop package-lock.json lodash@4.17.22']);
      });

      it('refuses an advisory filter: a search by advisory reads the synced metadata (searchByAdvisory)', async () => {
        const result = await store.search({ ...page, advisory: 'CVE-2021-44228' });
        expect(result.ok).toBe(false);
      });

      it('filters by an npm version range with exact totals and paging', async () => {
        expect(lines((await search({ name: 'lodash', type: 'npm', versionRange: '^4.17.0' })).hits)).toEqual([
          'acme-other/tool main package-lock.json lodash@4.17.21',
          'acme/web/shop feature/x package-lock.json lodash@4.17.20',
          'acme/web/shop main package-lock.json lodash@4.17.21',
        ]);
        // In range: both lodash 4.17.21, lodash 4.17.20 and express 4.18.2; not @types/node 20, left-pad, lodash 3.
        const paged = await search({ type: 'npm', versionRange: '>=4.17.0 <5', limit: 2, offset: 1 });
        expect(paged.total).toBe(4);
        expect(lines(paged.hits)).toEqual([
          'acme/web/shop feature/x package-lock.json express@4.18.2',
          'acme/web/shop feature/x package-lock.json lodash@4.17.20',
        ]);
        expect((await store.search({ ...page, type: 'npm', versionRange: 'not a range ((' })).ok).toBe(false);
      });
    });

    describeListing(() => store);
    describeGraphs(() => store);
    describeLifecycle(() => store);
  });
}
