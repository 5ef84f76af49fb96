import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { normalDistro } from '../../src/metadata/match/distro.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { mirrorPath, tempDir } from './support.js';

/**
 * Distribution names as purls and advisories write them. The reference for release codenames is Debian's
 * distro-info-data, the table the distributions' own tools (distro-info, lsb_release) read, installed with the
 * system (.ci/run installs it when missing): every codename there must name its vendor and version.
 */
const REFERENCE = '/usr/share/distro-info';

function releases(vendor: string): { series: string; version: string }[] {
  const [header, ...lines] = readFileSync(join(REFERENCE, `${vendor}.csv`), 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines
    .map((line) => line.split(','))
    .map((cells) => ({ series: cells[columns.indexOf('series')] ?? '', version: (cells[columns.indexOf('version')] ?? '').replace(/ LTS$/, '') }))
    .filter((r) => r.version !== '');
}

describe('distribution names', () => {
  it.each(['debian', 'ubuntu'])('every %s codename in distro-info-data names its release, alone or after its vendor', (vendor) => {
    const all = releases(vendor);
    expect(all.length).toBeGreaterThan(15);
    for (const { series, version } of all) {
      expect(normalDistro(series)).toBe(`${vendor} ${version}`);
      expect(normalDistro(`${vendor}-${series}`)).toBe(`${vendor} ${version}`);
      expect(normalDistro(`${vendor[0]?.toUpperCase()}${vendor.slice(1)}:${version}`)).toBe(`${vendor} ${version}`);
    }
  });

  it('spells the purl and advisory forms alike', () => {
    expect(normalDistro('jessie')).toBe('debian 8');
    expect(normalDistro('debian-12')).toBe('debian 12');
    expect(normalDistro('Debian 12')).toBe('debian 12');
    // OSV's Ubuntu ecosystems carry LTS: "Ubuntu:22.04:LTS" is the 22.04 a purl's distro=ubuntu-22.04 names.
    expect(normalDistro('Ubuntu:22.04:LTS')).toBe('ubuntu 22.04');
    expect(normalDistro('ubuntu-jammy')).toBe('ubuntu 22.04');
    expect(normalDistro('alpine:v3.18')).toBe('alpine 3.18');
    // A codename after another vendor is not that vendor's release; sid has no version.
    expect(normalDistro('ubuntu-bookworm')).toBe('ubuntu bookworm');
    expect(normalDistro('sid')).toBe('sid');
  });
});

describe('matching OS packages whose purl names the release by codename', () => {
  let store: MetadataStore;
  let sets: DependencySet[];
  beforeAll(async () => {
    const dir = tempDir();
    const io = memoryIO(dir);
    if ((await main(['sync', '--source', mirrorPath, '--store', `sqlite:${join(dir, 'index.db')}`], io)) !== 0) throw new Error(io.err());
    const opened = openSqliteMetadata(join(dir, 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
    // The real syft SBOM of a Debian 8 image (distro=debian-8), with the release written as the purl spec's own
    // example writes it: distro=jessie.
    sets = await externalSets('protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json');
  });
  const withDistro = (distro: string): DependencySet[] =>
    sets.map((s) => ({ ...s, dependencies: s.dependencies.map((d) => ({ ...d, purl: d.purl.replace('distro=debian-8', `distro=${distro}`) })) }));
  const debFindings = async (distro: string) =>
    (await matchVulnerabilities(withDistro(distro), store)).filter((f) => f.purl.startsWith('pkg:deb/')).map((f) => `${f.name} ${f.version} ${f.advisory?.id} fixed ${f.fixedVersions.join(',')}`);

  it('distro=jessie finds what distro=debian-8 finds (DSA-3773-1 through its debian 8 entry); stretch its debian 9 entry; buster none', async () => {
    const asWritten = await debFindings('debian-8');
    // openssl, and the binary packages built from it (upstream=openssl).
    expect(asWritten).toEqual(['debian/libssl-dev', 'debian/libssl1.0.0', 'debian/openssl'].map((name) => `${name} 1.0.1t-1+deb8u5 DSA-3773-1 fixed 1.0.1t-1+deb8u6`));
    expect(await debFindings('jessie')).toEqual(asWritten);
    expect(await debFindings('debian-jessie')).toEqual(asWritten);
    // DSA-3773-1 also has a debian 9 entry (<1.1.0d-1): a Debian 9 system is told the fix of its own release.
    expect(await debFindings('stretch')).toEqual(['debian/libssl-dev', 'debian/libssl1.0.0', 'debian/openssl'].map((name) => `${name} 1.0.1t-1+deb8u5 DSA-3773-1 fixed 1.1.0d-1`));
    expect(await debFindings('buster')).toEqual([]);
  });
});
