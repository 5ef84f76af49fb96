import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSet } from '../../src/graph/build.js';
import { loadInput } from '../../src/ingest/load.js';
import { fillLicenses } from '../../src/metadata/match/licenses.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { indexKeys, recordPackageKey } from '../../src/metadata/match/package-key.js';
import type { AdvisoryRecord, AffectedPackage, LicenseRecord } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { packageKeyText, type MetadataLookup, type MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { advisoryIdsOf, rowsByPlace, tempDir } from './support.js';

/**
 * What matching skips before any range test: names asked once per scan, a type without advisories or licences
 * costing one seek, rows handed over by place (affectedEach). Each case also has its positive twin, so a pruning
 * that drops too much fails here. Names follow the ecosystems' own rules: PEP 503 for PyPI, group:artifact for Maven.
 */

function pkg(type: string, name: string, range: string, extra: Partial<AffectedPackage> = {}): AffectedPackage {
  return { type, name, versions: { kind: 'pmdb', range }, fixedVersions: [], solution: null, distro: null, severity: null, overrides: null, ...extra };
}

function advisory(id: string, packages: AffectedPackage[], withdrawn = false): AdvisoryRecord {
  return {
    advisory: { id, source: 'glad', title: id, description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'high', publishedDate: null, urls: [], identifiers: [], withdrawn },
    packages,
  };
}

const ADVISORIES: AdvisoryRecord[] = [
  // PyPI names as advisories write them: PEP 503 makes Foo_Bar, foo-bar and foo.bar one name.
  advisory('PY-FOO-BAR', [pkg('pypi', 'Foo_Bar', '<2.0')]),
  // A name with advisories under another type only: npm "requests" must not match PyPI's.
  advisory('PY-REQUESTS', [pkg('pypi', 'requests', '<2.31.0')]),
  advisory('MVN-LOG4J', [pkg('maven', 'org.apache.logging.log4j/log4j-core', '[2.0-beta9,2.15.0)')]),
  // OS packages by distribution: the Debian 12 entry only.
  advisory('DEB-OPENSSL', [pkg('deb', 'openssl', '<3.0.11-1~deb12u2', { distro: 'debian 12' })]),
  // Withdrawn: matches nothing, although its range covers every version.
  advisory('NPM-WITHDRAWN', [pkg('npm', 'left-pad', '>=0.0.0')], true),
  advisory('NPM-LODASH', [pkg('npm', 'lodash', '<4.17.21')]),
];

const LICENSES: LicenseRecord[] = [{ type: 'pypi', name: 'Foo.Bar', lowestVersion: '1.0', highestVersion: '1.9', defaultLicenses: ['MIT'], otherLicenses: [] }];

const COMPONENTS: [string, string, boolean?][] = [
  ['pkg:pypi/foo-bar@1.5', 'foo-bar'],
  ['pkg:pypi/foo-bar@2.1', 'foo-bar'],
  ['pkg:npm/requests@1.0.0', 'requests'],
  ['pkg:pypi/requests@2.30.0', 'requests'],
  ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'log4j-core'],
  ['pkg:maven/org.example/log4j-core@2.14.1', 'log4j-core'],
  ['pkg:deb/debian/openssl@3.0.11-1~deb12u1?distro=debian-12', 'openssl'],
  ['pkg:deb/debian/openssl@3.0.11-1~deb11u1?distro=debian-11', 'openssl'],
  ['pkg:npm/left-pad@1.3.0', 'left-pad'],
  ['pkg:npm/lodash@4.17.20', 'lodash'],
  ['pkg:gem/rails@5.0.0', 'rails'],
];

async function setsOf(components: [string, string, boolean?][]): Promise<DependencySet[]> {
  const dir = tempDir();
  const path = join(dir, 'sbom.cdx.json');
  writeFileSync(
    path,
    JSON.stringify({
      bomFormat: 'CycloneDX', specVersion: '1.5', version: 1,
      components: components.map(([purl, name, dev], i) => ({
        type: 'library', 'bom-ref': `c${i}`, name, version: purl.split('@')[1]?.split('?')[0], purl, ...(dev ? { scope: 'excluded' } : {}),
      })),
    }),
  );
  const loaded = await loadInput(path, { maxInputBytes: 1 << 20 });
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.result.sets.map((s) => buildSet(s, loaded.parser.id).set);
}

/** The lookup as a store without the optional `affectedEach` sees it (Elasticsearch has none). */
function withoutAffectedEach(store: MetadataStore): MetadataLookup {
  return {
    affectedFor: (keys) => store.affectedFor(keys),
    details: (refs) => store.details(refs),
    licensesFor: (keys) => store.licensesFor(keys),
    enrichmentFor: (ids) => store.enrichmentFor(ids),
  };
}

const found = (findings: Awaited<ReturnType<typeof matchVulnerabilities>>): string[] => findings.map((f) => `${f.purl} ${f.advisory?.id}`).sort();

describe('matching prunes only what cannot match', () => {
  let store: MetadataStore;
  let sets: DependencySet[];
  beforeAll(async () => {
    const opened = openSqliteMetadata(join(tempDir(), 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
    const written = await store.ingest({ advisories: ADVISORIES, licenses: LICENSES, enrichment: [], checkpoint: null });
    if (!written.ok) throw new Error(written.error);
    sets = await setsOf(COMPONENTS);
  });

  it('finds exactly the affected dependencies: canonical PyPI names, Maven group:artifact, Debian 12 only, nothing withdrawn or of another type', async () => {
    expect(found(await matchVulnerabilities(sets, store))).toEqual([
      'pkg:deb/debian/openssl@3.0.11-1~deb12u1?distro=debian-12 DEB-OPENSSL',
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 MVN-LOG4J',
      'pkg:npm/lodash@4.17.20 NPM-LODASH',
      'pkg:pypi/foo-bar@1.5 PY-FOO-BAR',
      'pkg:pypi/requests@2.30.0 PY-REQUESTS',
    ]);
  });

  it('a store without affectedEach gives the same findings', async () => {
    const a = await matchVulnerabilities(sets, store);
    const b = await matchVulnerabilities(sets, withoutAffectedEach(store));
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    expect(b.length).toBe(5);
  });

  it("names the store's candidate filter rules out are neither keyed nor asked for, and change no finding", async () => {
    const probed = new Map<string, boolean>();
    const asked: string[] = [];
    const watched: MetadataLookup = {
      ...withoutAffectedEach(store),
      affectedEach: async (keys, visit) => {
        asked.push(...keys.map((k) => `${k.type}:${k.key}`));
        await (store.affectedEach as NonNullable<MetadataLookup['affectedEach']>)(keys, visit);
      },
      candidateFilter: async () => {
        const test = await (store.candidateFilter as NonNullable<MetadataLookup['candidateFilter']>)();
        return (type, key) => {
          const kept = test(type, key);
          probed.set(`${type}:${key}`, kept);
          return kept;
        };
      },
    };
    expect(found(await matchVulnerabilities(sets, watched))).toEqual(found(await matchVulnerabilities(sets, withoutAffectedEach(store))));
    // Every dependency's name was put to the filter; npm has advisories for left-pad and lodash only, so its
    // "requests" is ruled out before any SQL, and only what the filter kept is asked for.
    expect([...probed.keys()].sort()).toEqual(indexKeys(sets).keys.map((k) => `${k.type}:${k.key}`).sort());
    expect(probed.get('npm:requests')).toBe(false);
    expect(probed.get('npm:lodash')).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    for (const key of asked) expect(probed.get(key)).toBe(true);
    expect(asked).not.toContain('npm:requests');
  });

  it('a candidate filter that rules every name out leaves nothing to match', async () => {
    const none: MetadataLookup = { ...withoutAffectedEach(store), candidateFilter: async () => () => false };
    expect(await matchVulnerabilities(sets, none)).toEqual([]);
  });

  it('affectedEach hands over, by place, what affectedFor holds by key; a type without advisories (gem) and a withdrawn advisory give nothing', async () => {
    const { keys } = indexKeys(sets);
    const byKey = await store.affectedFor(keys);
    const byPlace = await rowsByPlace(store, keys);
    expect(byPlace).toHaveLength(keys.length);
    keys.forEach((k, i) => expect(byPlace[i] ?? undefined).toEqual(byKey.get(packageKeyText(k))));
    const idsAt = async (type: string, key: string): Promise<string[] | undefined> => {
      const rows = byPlace[keys.findIndex((k) => k.type === type && k.key === key)];
      return rows && advisoryIdsOf(store, rows);
    };
    expect(await idsAt('gem', 'rails')).toBeUndefined();
    expect(await idsAt('npm', 'left-pad')).toBeUndefined();
    expect(await idsAt('npm', 'requests')).toBeUndefined();
    expect(await idsAt('pypi', 'foo-bar')).toEqual(['PY-FOO-BAR']);
    // The advisory's "group/artifact" and the purl's namespace and name give one key; another group does not.
    const log4j = recordPackageKey('maven', 'org.apache.logging.log4j/log4j-core').key;
    expect(await idsAt('maven', log4j)).toEqual(['MVN-LOG4J']);
    expect(keys.filter((k) => k.type === 'maven').map((k) => byPlace[keys.indexOf(k)]?.length ?? 0).sort()).toEqual([0, 1]);
  });

  it('a name that is both a development and a runtime dependency is still matched for the runtime one', async () => {
    // log4j-core (development only) sorts first: its name is not asked, and lodash's rows must still be lodash's.
    const mixed = await setsOf([
      ['pkg:npm/lodash@4.17.20', 'lodash', true],
      ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'log4j-core', true],
      ['pkg:npm/lodash@4.17.19', 'lodash'],
      ['pkg:pypi/foo-bar@1.5', 'foo-bar'],
    ]);
    expect(mixed[0]?.dependencies.map((d) => [d.version, d.development])).toEqual([['2.14.1', true], ['4.17.19', false], ['4.17.20', true], ['1.5', false]]);
    expect(found(await matchVulnerabilities(mixed, store, { includeDevelopment: false }))).toEqual(['pkg:npm/lodash@4.17.19 NPM-LODASH', 'pkg:pypi/foo-bar@1.5 PY-FOO-BAR']);
    expect(found(await matchVulnerabilities(mixed, store))).toEqual([
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 MVN-LOG4J', 'pkg:npm/lodash@4.17.19 NPM-LODASH', 'pkg:npm/lodash@4.17.20 NPM-LODASH', 'pkg:pypi/foo-bar@1.5 PY-FOO-BAR',
    ]);
  });

  it('licences fill by canonical name with the shared key index, and types without licence data are skipped', async () => {
    const index = indexKeys(sets);
    const filled = await fillLicenses(sets, store, index);
    const licences = filled.flatMap((s) => s.dependencies).filter((d) => d.licenses && d.licenses.length > 0).map((d) => `${d.purl} ${d.licenses?.join(' ')}`);
    expect(licences).toEqual(['pkg:pypi/foo-bar@1.5 MIT']);
    // Filling keeps places and names: the same index still serves matching.
    expect(found(await matchVulnerabilities(filled, store, { keys: index }))).toEqual(found(await matchVulnerabilities(sets, store)));
  });

  it('an index that does not fit the sets is not used', async () => {
    const other = indexKeys(await setsOf([['pkg:npm/lodash@4.17.20', 'lodash']]));
    expect(found(await matchVulnerabilities(sets, store, { keys: other }))).toHaveLength(5);
  });
});
