import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startMatchThread } from '../../src/metadata/match-worker/client.js';
import { candidateSets } from '../../src/metadata/match/candidates.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import type { AdvisoryRecord, AffectedPackage } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { externalSets } from './inputs.js';
import { tempDir } from './support.js';

/**
 * Debian advisories name the source package (util-linux, e2fsprogs); an image's SBOM lists the binary packages
 * built from it (bsdutils, comerr-dev) with the source and its version in the purl's `upstream` qualifier, as syft
 * writes it. The binary's own version may carry an epoch or a binNMU suffix the source's has not
 * ("1:2.25.2-6" from util-linux 2.25.2-6): the advisory's range is about the source version. Real SBOM: the syft
 * scan of a Debian 8 image in ../shared/fixtures/external.
 */
function deb(name: string, range: string, fixed: string): AffectedPackage {
  return { type: 'deb', name, versions: { kind: 'pmdb', range }, fixedVersions: [fixed], solution: null, distro: 'debian 8', severity: null, overrides: null };
}
const advisory = (id: string, pkg: AffectedPackage): AdvisoryRecord => ({
  advisory: { id, source: 'trivy-db', title: id, description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'medium', publishedDate: null, urls: [], identifiers: [], withdrawn: false },
  packages: [pkg],
});

describe('OS packages match the advisories of their source package', () => {
  let store: MetadataStore;
  let sets: DependencySet[];
  const file = join(tempDir(), 'index.db');
  beforeAll(async () => {
    const opened = openSqliteMetadata(file);
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
    const written = await store.ingest({
      advisories: [
        // Fixed in the next Debian revision of the source: its binaries at 2.25.2-6 are affected, whatever their epoch.
        advisory('TEST-UTIL-LINUX', deb('util-linux', '<2.25.2-7', '2.25.2-7')),
        // Fixed in the very source version installed: the binNMU binary bash 4.3-11+b1 is not affected.
        advisory('TEST-BASH', deb('bash', '<4.3-11', '4.3-11')),
        advisory('TEST-E2FSPROGS', deb('e2fsprogs', '<1.42.12-3', '1.42.12-3')),
      ],
      licenses: [], enrichment: [], checkpoint: null,
    });
    if (!written.ok) throw new Error(written.error);
    sets = await externalSets('protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json');
  });

  it('tests the source version, and remediates with the source fixed version', async () => {
    const findings = await matchVulnerabilities(sets, store);
    const shown = findings.map((f) => `${f.name} ${f.version} ${f.advisory?.id} -> ${f.fixedVersions.join(',')}`).sort();
    // The source's own binary and every binary package syft says is built from it; nothing from bash.
    const builtFrom = (source: string, id: string, fixed: string): string[] =>
      sets
        .flatMap((s) => s.dependencies)
        .filter((d) => d.name === `debian/${source}` || new RegExp(`[?&]upstream=${source}($|&|%40)`).test(d.purl))
        .map((d) => `${d.name} ${d.version} ${id} -> ${fixed}`);
    const fromUtilLinux = builtFrom('util-linux', 'TEST-UTIL-LINUX', '2.25.2-7');
    const fromE2fsprogs = builtFrom('e2fsprogs', 'TEST-E2FSPROGS', '1.42.12-3');
    expect(fromUtilLinux.length).toBe(7);
    expect(fromE2fsprogs.length).toBe(5);
    expect(shown).toEqual([...fromUtilLinux, ...fromE2fsprogs].sort());
    expect(shown).toContain('debian/bsdutils 1:2.25.2-6 TEST-UTIL-LINUX -> 2.25.2-7');
    expect(findings.find((f) => f.name === 'debian/bsdutils')?.message).toContain('Upgrade to 2.25.2-7 or later.');
  });

  it('gives the same findings in a thread of its own (packed sets keep the distro and upstream qualifiers)', async () => {
    const here = await matchVulnerabilities(sets, store);
    expect(here.length).toBe(12);
    expect(await startMatchThread(file).match(sets)).toEqual(here);
  });

  it('gives the same findings from the sets cut to what can match: binaries named after their source are kept', async () => {
    const cut = candidateSets(sets, await (store.candidateFilter as NonNullable<MetadataStore['candidateFilter']>)());
    // util-linux's and e2fsprogs's binaries and bash (its advisory names it; its version is not affected).
    expect(cut.flatMap((s) => s.dependencies).length).toBeLessThan(sets.flatMap((s) => s.dependencies).length / 4);
    expect(await matchVulnerabilities(cut, store)).toEqual(await matchVulnerabilities(sets, store));
  });
});
