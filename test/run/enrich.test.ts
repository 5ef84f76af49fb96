// The enrich stage through the CLI: `depindex sync` puts package metadata beside the index, and the next
// `depindex scan` fills licences from it and reports the advisories its dependencies are in.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(root, '..', 'shared');
const external = join(shared, 'fixtures/external');

interface FindingJson {
  id: string;
  kind: string;
  severity: string;
  purl: string;
  advisory: { id: string; identifiers: { value: string }[] } | null;
  fixedVersions: string[];
}

describe('scan with synced package metadata', () => {
  let dir: string;
  let store: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'depindex-enrich-'));
    store = `sqlite:${join(dir, 'index.db')}`;
    const io = memoryIO(root);
    const code = await main(['sync', '--source', join(root, 'fixtures/metadata/mirror'), '--source', `osv=${join(shared, 'fixtures/advisories/osv/Packagist')}`, '--store', store], io);
    if (code !== 0) throw new Error(io.err());
  });

  it('fills licences the inputs lack and reports advisories as findings, with the verdict deciding the exit code', async () => {
    const io = memoryIO(external);
    const json = join(dir, 'deps.json');
    const findings = join(dir, 'findings.json');
    const sbom = join(dir, 'sbom.cdx.json');
    const code = await main(
      ['scan', 'create-react-app/package-lock.json', 'cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json', '--store', store, '--project', 'acme/web', '--ref', 'main', '--json', json, '--findings', findings, '--sbom', sbom],
      io,
    );
    const written = JSON.parse(readFileSync(findings, 'utf8')) as { verdict: string; findings: FindingJson[] };
    // GHSA-wxmh-65f7-jcvw (CVE-2023-29197): guzzlehttp/psr7 < 1.9.1, rated high: the default fail-on is high. The
    // mirror's PMDB advisory of the same CVE is the same vulnerability: one finding names both.
    const psr7 = written.findings.filter((f) => f.kind === 'vulnerability' && f.purl.startsWith('pkg:composer/guzzlehttp/psr7@1.9.0'));
    const cve = psr7.filter((f) => f.advisory?.identifiers.some((i) => i.value === 'CVE-2023-29197'));
    expect(cve).toHaveLength(1);
    expect(cve[0]?.advisory?.identifiers.map((i) => i.value)).toContain('GHSA-wxmh-65f7-jcvw');
    expect(cve[0]?.fixedVersions).toContain('1.9.1');
    expect(written.verdict).toBe('fail');
    expect(code).toBe(1);

    const sets = (JSON.parse(readFileSync(json, 'utf8')) as { sets: { dependencies: { name: string; purl: string; licenses: string[] | null; licenseSource?: string }[] }[] }).sets;
    const lodash = sets.flatMap((s) => s.dependencies).filter((d) => d.name === 'lodash');
    expect(lodash.length).toBeGreaterThan(0);
    for (const d of lodash) expect(d.licenses).toEqual(['MIT']);
    // Marked as coming from the metadata: the lock file carries no licences; the laravel BOM carries its own.
    for (const d of lodash) expect(d.licenseSource).toBe('metadata');
    const fromBom = sets.find((s) => s.dependencies.some((d) => d.purl.startsWith('pkg:composer/')))?.dependencies.filter((d) => d.licenses !== null) ?? [];
    expect(fromBom.length).toBeGreaterThan(0);
    for (const d of fromBom) expect(d.licenseSource, d.purl).toBeUndefined();
    const components = (JSON.parse(readFileSync(sbom, 'utf8')) as { components: { purl: string; properties?: { name: string; value: string }[] }[] }).components;
    const marked = new Set(components.filter((c) => c.properties?.some((p) => p.name === 'depindex:license:source' && p.value === 'metadata')).map((c) => c.purl));
    const filled = new Set(sets.flatMap((s) => s.dependencies).filter((d) => d.licenseSource === 'metadata').map((d) => d.purl));
    expect(marked).toEqual(filled);
  });

  it('a vulnerability the input reports without fixed versions takes them from the synced advisory of the same alias', async () => {
    // The real laravel BOM, reporting CVE-2023-29197 on guzzlehttp/psr7 with no versions and no recommendation.
    const bom = JSON.parse(readFileSync(join(external, 'cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json'), 'utf8')) as Record<string, unknown>;
    bom.vulnerabilities = [{ id: 'CVE-2023-29197', affects: [{ ref: 'guzzlehttp/psr7-1.9.0.0' }] }];
    const input = mkdtempSync(join(tmpdir(), 'depindex-enrich-input-'));
    writeFileSync(join(input, 'bom.json'), JSON.stringify(bom));
    const findings = join(dir, 'borrowed.json');
    await main(['scan', 'bom.json', '--store', store, '--project', 'acme/borrow', '--ref', 'main', '--findings', findings], memoryIO(input));
    const written = (JSON.parse(readFileSync(findings, 'utf8')) as { findings: FindingJson[] }).findings;
    const reported = written.find((f) => f.advisory?.id === 'CVE-2023-29197');
    // The OSV record GHSA-wxmh-65f7-jcvw (alias CVE-2023-29197) says 1.9.1 fixes the 1.x line.
    expect(reported?.fixedVersions).toContain('1.9.1');
    // Without the metadata the input alone says nothing about a fix.
    const bare = join(dir, 'bare.json');
    await main(['scan', 'bom.json', '--no-store', '--findings', bare], memoryIO(input));
    expect((JSON.parse(readFileSync(bare, 'utf8')) as { findings: FindingJson[] }).findings.find((f) => f.advisory?.id === 'CVE-2023-29197')?.fixedVersions).toEqual([]);
  });

  it('gives the same finding ids on a second scan, and without the metadata the advisories are gone', async () => {
    const scan = async (storeSpec: string) => {
      const findings = join(dir, `f-${Math.random()}.json`);
      await main(['scan', 'cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json', '--store', storeSpec, '--project', 'acme/api', '--ref', 'main', '--findings', findings], memoryIO(external));
      return (JSON.parse(readFileSync(findings, 'utf8')) as { findings: FindingJson[] }).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.id);
    };
    const first = await scan(store);
    expect(first.length).toBeGreaterThan(0);
    expect(await scan(store)).toEqual(first);
    expect(await scan(`sqlite:${join(dir, 'never-synced.db')}`)).toEqual([]);
    // An index that was never synced gets no metadata tables from a scan.
    const db = new DatabaseSync(join(dir, 'never-synced.db'), { readOnly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'md\\_%' ESCAPE '\\'").all()).toEqual([]);
    db.close();
  });
});
