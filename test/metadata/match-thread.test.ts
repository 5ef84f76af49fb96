/**
 * Matching in a thread of its own (src/metadata/match-worker): the same findings as matching in the scan's thread,
 * on real inputs and real advisories; a large scan uses it through the CLI and through the bundle users run
 * (bin/depindex.js, the thread starting from dist/index.js); a thread that fails leaves the matching to the scan's thread, and says so.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMatchThread, type MatchThread } from '../../src/metadata/match-worker/client.js';
import { candidateSets } from '../../src/metadata/match/candidates.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import type { MetadataLookup, MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { enrich, MATCH_IN_THREAD_FROM } from '../../src/run/enrich.js';
import { executeScan } from '../../src/run/execute.js';
import { externalSets } from './inputs.js';
import { cli, openMetadata } from './store-behaviour.js';
import { mirrorPath, repoPath, sharedPath, tempDir } from './support.js';

const cwd = tempDir();
const file = join(cwd, 'index.db');
const spec = `sqlite:${file}`;
let store: MetadataStore;
const inputs: Record<string, DependencySet[]> = {};

beforeAll(async () => {
  const sources = [mirrorPath, `osv=${sharedPath('fixtures/advisories/osv/Packagist')}`, `osv=${sharedPath('fixtures/advisories/osv/npm')}`, `osv=${sharedPath('fixtures/advisories/osv/PyPI')}`];
  const run = await cli(cwd, ['sync', ...sources.flatMap((s) => ['--source', s]), '--store', spec]);
  if (run.code !== 0) throw new Error(run.err);
  store = await openMetadata(spec, cwd);
  inputs.laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
  inputs['create-react-app'] = await externalSets('create-react-app/package-lock.json');
}, 120_000);
afterAll(async () => store.close());

describe('matching in a thread', () => {
  it.each(['laravel', 'create-react-app'])('gives the findings matching in the scan thread gives (%s)', async (name) => {
    const sets = inputs[name] as DependencySet[];
    const here = await matchVulnerabilities(sets, store);
    const there = await startMatchThread(file).match(sets);
    // Real advisories affect these inputs: an empty answer on both sides would prove nothing.
    expect(here.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it.each(['laravel', 'create-react-app'])("gives the same findings with or without the store's candidate filter (%s)", async (name) => {
    const sets = inputs[name] as DependencySet[];
    // The store as a lookup without the filter: every name is keyed and asked for, as before the filter was used.
    const unfiltered: MetadataLookup = {
      affectedFor: (keys) => store.affectedFor(keys),
      affectedEach: (keys, visit) => (store.affectedEach as NonNullable<MetadataLookup['affectedEach']>)(keys, visit),
      details: (refs) => store.details(refs),
      licensesFor: (keys) => store.licensesFor(keys),
      enrichmentFor: (ids) => store.enrichmentFor(ids),
    };
    const filtered = await matchVulnerabilities(sets, store);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toEqual(await matchVulnerabilities(sets, unfiltered));
  });

  it.each(['laravel', 'create-react-app'])('gives the same findings from the sets cut to what can match, which the thread is sent (%s)', async (name) => {
    const sets = inputs[name] as DependencySet[];
    const cut = candidateSets(sets, await (store.candidateFilter as NonNullable<MetadataStore['candidateFilter']>)());
    const count = (of: readonly DependencySet[]): number => of.reduce((n, set) => n + set.dependencies.length, 0);
    // Most packages of a real input never had an advisory; the cut keeps some and leaves most.
    expect(count(cut)).toBeGreaterThan(0);
    expect(count(cut)).toBeLessThan(count(sets) / 2);
    for (const includeDevelopment of [true, false]) {
      const whole = await matchVulnerabilities(sets, store, { includeDevelopment });
      expect(whole.length).toBeGreaterThan(0);
      expect(await matchVulnerabilities(cut, store, { includeDevelopment })).toEqual(whole);
    }
  });

  it('leaves development dependencies out when asked, as in the scan thread', async () => {
    const sets = inputs['create-react-app'] as DependencySet[];
    const here = await matchVulnerabilities(sets, store, { includeDevelopment: false });
    expect(await startMatchThread(file).match(sets, { includeDevelopment: false })).toEqual(here);
  });

  it('falls back to the scan thread when the thread fails, and says so: no vulnerability is lost', async () => {
    const missing = join(cwd, 'no-such-index.db');
    await expect(startMatchThread(missing).match(inputs.laravel as DependencySet[])).rejects.toThrow(/no-such-index\.db/);
    const enriched = await enrich(inputs.laravel as DependencySet[], store, { vulnerabilities: true, thread: startMatchThread(missing), threadFrom: 0 });
    expect(enriched.concurrent).toBe(true);
    const matched = await enriched.vulnerabilities;
    expect(matched.findings).toEqual(await matchVulnerabilities(inputs.laravel as DependencySet[], store));
    expect(matched.notice).toMatch(/^matching in a thread failed \(.*no-such-index\.db.*\); matched in the scan's thread instead$/);
  });

  it('rejects, rather than throws, sets that cannot be sent, so that the scan falls back', async () => {
    const [set] = inputs.laravel as DependencySet[];
    // Not a string: the structured clone refuses it while the message is made, in the scan's thread.
    const unsendable = [{ ...(set as DependencySet), file: (() => 'x') as unknown as string }];
    let answer: Promise<unknown> | undefined;
    expect(() => {
      answer = startMatchThread(file).match(unsendable);
    }).not.toThrow();
    await expect(answer).rejects.toThrow(/could not be cloned/);
  });

  it('is stopped when it does not answer in time', async () => {
    await expect(startMatchThread(file).match(inputs.laravel as DependencySet[], {}, 1)).rejects.toThrow(/did not answer within/);
  });

  it('is closed unasked for a scan below the threshold, which matches in its own thread', async () => {
    const thread = startMatchThread(file);
    const enriched = await enrich(inputs.laravel as DependencySet[], store, { vulnerabilities: true, thread });
    // Matched in the scan's thread: the write then waits for the findings before it takes the store's lock.
    expect(enriched.concurrent).toBe(false);
    expect((await enriched.vulnerabilities).findings).toEqual(await matchVulnerabilities(inputs.laravel as DependencySet[], store));
    await expect(thread.match(inputs.laravel as DependencySet[])).rejects.toThrow(/closed/);
  });
});

describe('a scan large enough to match in a thread', () => {
  // The real Laravel SBOM with made-up components added up to the threshold: the real ones keep their findings.
  const bom = JSON.parse(readFileSync(sharedPath('fixtures/external/cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json'), 'utf8')) as { components: object[] };
  const filler = Array.from({ length: MATCH_IN_THREAD_FROM }, (_, i) => ({ type: 'library', 'bom-ref': `filler-${i}`, name: `filler-${i}`, version: '1.0.0', purl: `pkg:npm/filler-${i}@1.0.0` }));
  const findingIds = (path: string): string[] =>
    (JSON.parse(readFileSync(path, 'utf8')) as { findings: { id: string; kind: string }[] }).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.id).sort();
  let small: string[];

  beforeAll(async () => {
    writeFileSync(join(cwd, 'bom.json'), JSON.stringify(bom));
    const run = await cli(cwd, ['scan', 'bom.json', '--project', 'acme/small', '--ref', 'main', '--store', spec, '--findings', 'small.json']);
    expect(run.code).toBe(1);
    small = findingIds(join(cwd, 'small.json'));
    expect(small.length).toBeGreaterThan(0);
    writeFileSync(join(cwd, 'bom.json'), JSON.stringify({ ...bom, components: [...bom.components, ...filler] }));
  }, 60_000);

  it('finds what the small scan found, matched in the thread the scan started', async () => {
    const asked: number[] = [];
    const watched = (path: string): MatchThread => {
      const thread = startMatchThread(path);
      return { match: (sets, ...rest) => (asked.push(sets.reduce((n, s) => n + s.dependencies.length, 0)), thread.match(sets, ...rest)), close: () => thread.close() };
    };
    const raw = { reports: ['bom.json'], project: 'acme/large', ref: 'main', store: spec, findings: 'large.json' };
    const done = await executeScan(raw, { env: {}, cwd, githubToken: null, now: new Date(), startMatchThread: watched });
    if (!done.ok) throw new Error(done.error);
    expect(done.outcome.notices.join('\n')).not.toMatch(/package metadata|thread/);
    // With one processor no thread is started (run/execute.ts), and the scan's thread matches. The thread is sent
    // the components the candidate filter lets through: some of Laravel's, none of the filler (no advisory names
    // filler-*, and a false positive of the filter among 5,000 names would be one or two).
    if (availableParallelism() > 1) {
      expect(asked).toHaveLength(1);
      expect(asked[0]).toBeGreaterThan(0);
      expect(asked[0]).toBeLessThan(bom.components.length + 10);
    } else expect(asked).toEqual([]);
    expect(findingIds(join(cwd, 'large.json'))).toEqual(small);
  }, 60_000);

  it('finds what the small scan found, through the bundle (the thread starts from dist/index.js)', () => {
    const copy = join(cwd, 'bundle.db');
    copyFileSync(file, copy);
    const bin = repoPath('bin/depindex.js');
    const run = spawnSync(process.execPath, [bin, 'scan', 'bom.json', '--project', 'acme/large', '--ref', 'main', '--store', `sqlite:${copy}`, '--findings', 'bundle.json'], { cwd, encoding: 'utf8' });
    // Notes go to the summary on standard output: none may say the thread failed or the metadata was not used.
    expect(run.stderr + run.stdout).not.toMatch(/package metadata|thread/);
    expect(run.status).toBe(1);
    expect(findingIds(join(cwd, 'bundle.json'))).toEqual(small);
  }, 60_000);
});
