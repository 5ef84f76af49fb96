/**
 * What a large scan sends its matching thread (src/metadata/match/candidates.ts): the sets cut to the dependencies
 * the store's candidate filter lets through. Matching the cut sets must give exactly the findings of the whole sets,
 * `introducedBy` included, which walks the graph through dependencies that were cut away.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateSets } from '../../src/metadata/match/candidates.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import type { Dependency } from '../../src/model/dependency.js';
import { tempDir } from './support.js';

const VULNERABLE: AdvisoryRecord = {
  advisory: { id: 'TEST-VULN', source: 'glad', title: 'test', description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'high', publishedDate: null, urls: [], identifiers: [], withdrawn: false },
  packages: [{ type: 'npm', name: 'vuln', versions: { kind: 'pmdb', range: '<2.0.0' }, fixedVersions: ['2.0.0'], solution: null, distro: null, severity: null, overrides: null }],
};

function npm(name: string, introduced: boolean | null): Dependency {
  return { purl: `pkg:npm/${name}@1.0.0`, type: 'npm', namespace: null, name, version: '1.0.0', introduced, development: false, licenses: null, checksums: null, source: null };
}
function set(dependencies: Dependency[], edges: [string, string[]][]): DependencySet {
  const purl = (name: string): string => `pkg:npm/${name}@1.0.0`;
  return { file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies, graph: { edges: new Map(edges.map(([from, tos]) => [purl(from), tos.map(purl)])) } };
}

describe('the sets cut to what can match', () => {
  let store: MetadataStore;
  let keep: (type: string, key: string) => boolean;
  beforeAll(async () => {
    const opened = openSqliteMetadata(join(tempDir(), 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
    const written = await store.ingest({ advisories: [VULNERABLE], licenses: [], enrichment: [], checkpoint: null });
    if (!written.ok) throw new Error(written.error);
    keep = await (store.candidateFilter as NonNullable<MetadataStore['candidateFilter']>)();
  });

  it('keeps the introduced dependency that brings a candidate in, though it is no candidate itself', async () => {
    // app (direct) -> middle -> vuln: only vuln has advisories. `another` is kept as the first that says whether it
    // is direct (the next case).
    const sets = [set([npm('another', false), npm('app', true), npm('middle', false), npm('vuln', false)], [['app', ['middle']], ['middle', ['vuln']]])];
    const cut = candidateSets(sets, keep);
    expect(cut[0]?.dependencies.map((d) => d.name)).toEqual(['another', 'app', 'vuln']);
    const findings = await matchVulnerabilities(cut, store);
    expect(findings.map((f) => [f.purl, f.introducedBy])).toEqual([['pkg:npm/vuln@1.0.0', ['pkg:npm/app@1.0.0']]]);
    expect(findings).toEqual(await matchVulnerabilities(sets, store));
  });

  it('keeps one dependency that says the input tells direct ones apart, where no candidate does', async () => {
    // The input marks `app` as not direct and says nothing of vuln: with the flag known, nothing is a start, so
    // nothing introduces vuln. Cut to vuln alone, the graph's root `app` would be taken for the introducer.
    const sets = [set([npm('app', false), npm('other', null), npm('vuln', null)], [['app', ['vuln']]])];
    const cut = candidateSets(sets, keep);
    expect(cut[0]?.dependencies.map((d) => d.name)).toEqual(['app', 'vuln']);
    const findings = await matchVulnerabilities(cut, store);
    expect(findings.map((f) => [f.purl, f.introducedBy])).toEqual([['pkg:npm/vuln@1.0.0', []]]);
    expect(findings).toEqual(await matchVulnerabilities(sets, store));
  });

  it('hands back a set nothing was cut from as it is', () => {
    const sets = [set([npm('app', true), npm('vuln', false)], [['app', ['vuln']]])];
    expect(candidateSets(sets, keep)[0]).toBe(sets[0]);
  });
});

describe('sets where most dependencies are candidates', () => {
  it('are handed back whole: cutting would save the thread little', () => {
    const many = Array.from({ length: 1_500 }, (_, i) => npm(`package-${String(i).padStart(4, '0')}`, false));
    const sets = [set(many.slice(0, 700), []), set(many.slice(700), [])];
    // Two in three pass: the sets go whole.
    const twoInThree = (_type: string, key: string): boolean => Number(key.slice(-4)) % 3 !== 0;
    expect(candidateSets(sets, twoInThree)).toBe(sets);
    // One in three pass: both are cut, the second past the sample too. The first keeps 0, 3 ... 699 (234, package-0000
    // also saying the input tells direct ones apart); the second 702 ... 1497 (266) and package-0700, which says so.
    const oneInThree = (_type: string, key: string): boolean => Number(key.slice(-4)) % 3 === 0;
    const cut = candidateSets(sets, oneInThree);
    expect(cut.map((s) => s.dependencies.length)).toEqual([234, 267]);
  });
});
