import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/checks/fingerprint.js';
import { main } from '../../src/cli.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { mirrorPath, sharedPath, tempDir } from './support.js';

async function syncedStore(sources: string[]): Promise<MetadataStore> {
  const dir = tempDir();
  const io = memoryIO(dir);
  const code = await main(['sync', ...sources.flatMap((s) => ['--source', s]), '--store', `sqlite:${join(dir, 'index.db')}`], io);
  if (code !== 0) throw new Error(io.err());
  const store = openSqliteMetadata(join(dir, 'index.db'));
  if (!store.ok) throw new Error(store.error);
  return store.value;
}

const reversed = (sets: DependencySet[]): DependencySet[] => [...sets].reverse().map((s) => ({ ...s, dependencies: [...s.dependencies].reverse() }));

describe('matchVulnerabilities: PMDB advisories', () => {
  let store: MetadataStore;
  let laravel: DependencySet[];
  beforeAll(async () => {
    store = await syncedStore([mirrorPath]);
    laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
  });

  it('finds guzzlehttp/psr7 1.9.0 in CVE-2023-29197 (<1.9.1), raised by KEV, with remediation', async () => {
    const findings = await matchVulnerabilities(laravel, store);
    const psr7 = findings.filter((f) => f.name === 'guzzlehttp/psr7');
    expect(psr7).toHaveLength(1);
    const f = psr7[0]!;
    expect(f.kind).toBe('vulnerability');
    expect(f.version).toBe('1.9.0');
    expect(f.advisory?.id).toBe('0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01');
    expect(f.advisory?.identifiers.map((i) => i.value)).toEqual(['CVE-2023-29197', 'GHSA-wxmh-65f7-jcvw']);
    // NVD's base score of this vector is 5.3 (medium); KEV raises it to high.
    expect(f.advisory?.cvss).toEqual([{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N', baseScore: 5.3 }]);
    expect(f.advisory?.knownExploited).toBe(true);
    expect(f.advisory?.epss).toBe(0.62);
    expect(f.severity).toBe('high');
    expect(f.fixedVersions).toEqual(['1.9.1', '2.4.5']);
    expect(f.message).toContain('Upgrade to 1.9.1 or later.');
    // One fingerprint for every finding: the same as an input-reported vulnerability of that advisory would get.
    expect(f.id).toBe(fingerprint('vulnerability', f.file, f.purl, '0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01'));
  });

  it('a later sequence replaced the guzzle advisory: 6.5.8 is no longer in it', async () => {
    const findings = await matchVulnerabilities(laravel, store);
    expect(findings.filter((f) => f.name === 'guzzlehttp/guzzle')).toEqual([]);
  });

  it('fingerprints do not depend on input order and differ per file', async () => {
    const a = await matchVulnerabilities(laravel, store);
    const b = await matchVulnerabilities(reversed(laravel), store);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    const moved = await matchVulnerabilities(laravel.map((s) => ({ ...s, file: `other/${s.file}` })), store);
    expect(moved.map((f) => f.id).some((id) => a.some((x) => x.id === id))).toBe(false);
  });

  it('OS packages match by distro: openssl 1.0.1t-1+deb8u5 on debian-8 is in DSA-3773-1 only through its debian 8 entry, and so are the binary packages built from it', async () => {
    const sets = await externalSets('protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json');
    const findings = (await matchVulnerabilities(sets, store)).filter((f) => f.purl.startsWith('pkg:deb/'));
    // The advisory names the source package, openssl; syft's purls say which binary packages come from it
    // (upstream=openssl): libssl1.0.0 and libssl-dev are the same vulnerable code (Trivy and Grype match them too).
    expect(findings.map((f) => [f.name, f.version, f.advisory?.id, f.fixedVersions])).toEqual([
      ['debian/libssl-dev', '1.0.1t-1+deb8u5', 'DSA-3773-1', ['1.0.1t-1+deb8u6']],
      ['debian/libssl1.0.0', '1.0.1t-1+deb8u5', 'DSA-3773-1', ['1.0.1t-1+deb8u6']],
      ['debian/openssl', '1.0.1t-1+deb8u5', 'DSA-3773-1', ['1.0.1t-1+deb8u6']],
    ]);
    expect(findings.filter((f) => f.name === 'debian/libssl1.0.0').map((f) => f.message)).toEqual([expect.stringContaining('Upgrade to 1.0.1t-1+deb8u6 or later.')]);
    // CVSS 3.0 A:H only: 7.5, high.
    expect(findings[0]?.advisory?.cvss[0]?.baseScore).toBe(7.5);
    expect(findings[0]?.severity).toBe('high');
  });
});

describe('matchVulnerabilities: OSV records', () => {
  let store: MetadataStore;
  beforeAll(async () => {
    store = await syncedStore([`osv=${sharedPath('fixtures/advisories/osv/Packagist')}`, `osv=${sharedPath('fixtures/advisories/osv/PyPI')}`, `osv=${sharedPath('fixtures/advisories/osvdev/Packagist')}`]);
  });

  it('psr7 1.9.0 is in GHSA-wxmh-65f7-jcvw (fixed 1.9.1), not in GHSA-q7rv-6hp3-vh96 (fixed 1.8.4); guzzle 6.5.8 is in neither guzzle record', async () => {
    const laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
    const findings = await matchVulnerabilities(laravel, store);
    const ids = (name: string) => [...new Set(findings.filter((f) => f.name === name).map((f) => f.advisory?.id))];
    expect(ids('guzzlehttp/psr7')).toContain('GHSA-wxmh-65f7-jcvw');
    expect(ids('guzzlehttp/psr7')).not.toContain('GHSA-q7rv-6hp3-vh96');
    expect(ids('guzzlehttp/guzzle')).not.toContain('GHSA-25mq-v84q-4j7r');
    expect(ids('guzzlehttp/guzzle')).not.toContain('GHSA-cwmx-hcrq-mhc3');
    const wxmh = findings.find((f) => f.advisory?.id === 'GHSA-wxmh-65f7-jcvw')!;
    expect(wxmh.advisory?.identifiers.map((i) => i.value)).toContain('CVE-2023-29197');
    expect(wxmh.severity).toBe('medium');
    expect(wxmh.fixedVersions).toContain('1.9.1');
  });

  it('withdrawn records match nothing: loguru 0.7.2 and PYSEC-2022-15 (withdrawn, every version)', async () => {
    const sets = await externalSets('inesctec-tsg-client/poetry.lock');
    expect(sets.some((s) => s.dependencies.some((d) => d.name === 'loguru'))).toBe(true);
    const findings = await matchVulnerabilities(sets, store);
    expect(findings.filter((f) => f.advisory?.id === 'PYSEC-2022-15')).toEqual([]);
    const stored = await store.advisoriesById('PYSEC-2022-15');
    expect(stored.ok && stored.value[0]?.advisory.withdrawn).toBe(true);
  });

  it('development dependencies are left out when asked', async () => {
    const laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
    const dev = laravel.map((s) => ({ ...s, dependencies: s.dependencies.map((d) => ({ ...d, development: true })) }));
    expect(await matchVulnerabilities(dev, store, { includeDevelopment: false })).toEqual([]);
    expect((await matchVulnerabilities(dev, store)).length).toBeGreaterThan(0);
  });
});
