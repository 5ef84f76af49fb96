import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { buildSet } from '../../src/graph/build.js';
import { loadInput } from '../../src/ingest/load.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { memoryIO } from '../cli/io.js';
import { sharedPath, tempDir } from './support.js';

/**
 * One finding per vulnerability, whatever number of records name it. The RustSec database itself holds two records
 * for each of these (real files of ../shared/fixtures/advisories/osv/crates.io): RUSTSEC-2019-0036 and
 * RUSTSEC-2020-0036 (failure; CVE-2019-25010, GHSA-jq66-xh47-j9f3), RUSTSEC-2022-0075 and RUSTSEC-2022-0098
 * (wasmtime < 1.0.2; CVE-2022-39393). osv-scanner groups such records by alias; so does matching.
 */
async function sbom(components: [name: string, version: string][]): Promise<DependencySet[]> {
  const path = join(tempDir(), 'sbom.cdx.json');
  writeFileSync(
    path,
    JSON.stringify({
      bomFormat: 'CycloneDX', specVersion: '1.5', version: 1,
      components: components.map(([name, version], i) => ({ type: 'library', 'bom-ref': `c${i}`, name, version, purl: `pkg:cargo/${name}@${version}` })),
    }),
  );
  const loaded = await loadInput(path, { maxInputBytes: 1 << 20 });
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.result.sets.map((s) => buildSet(s, loaded.parser.id).set);
}

describe('records that are one vulnerability under several names', () => {
  let store: MetadataStore;
  beforeAll(async () => {
    const dir = tempDir();
    const io = memoryIO(dir);
    if ((await main(['sync', '--source', `osv=${sharedPath('fixtures/advisories/osv/crates.io')}`, '--store', `sqlite:${join(dir, 'index.db')}`], io)) !== 0) throw new Error(io.err());
    const opened = openSqliteMetadata(join(dir, 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
  });

  it('give one finding, under the smallest id, naming every record and alias', async () => {
    const findings = await matchVulnerabilities(await sbom([['failure', '0.1.8'], ['wasmtime', '1.0.1'], ['wasmtime', '1.0.2']]), store);
    const shown = findings.map((f) => ({ purl: f.purl, id: f.advisory?.id, names: f.advisory?.identifiers.map((i) => i.value) ?? [], fixed: f.fixedVersions }));
    const failure = shown.filter((f) => f.purl === 'pkg:cargo/failure@0.1.8');
    expect(failure.map((f) => f.id)).toEqual(['RUSTSEC-2019-0036']);
    expect(failure[0]?.names).toEqual(expect.arrayContaining(['RUSTSEC-2019-0036', 'RUSTSEC-2020-0036', 'CVE-2019-25010', 'CVE-2020-25575', 'GHSA-jq66-xh47-j9f3']));
    const wasmtime = shown.filter((f) => f.purl === 'pkg:cargo/wasmtime@1.0.1' && f.names.includes('CVE-2022-39393'));
    expect(wasmtime.map((f) => f.id)).toEqual(['RUSTSEC-2022-0075']);
    expect(wasmtime[0]?.names).toEqual(expect.arrayContaining(['RUSTSEC-2022-0098', 'GHSA-wh6w-3828-g9qf']));
    expect(wasmtime[0]?.fixed).toContain('1.0.2');
    // Each name appears in one finding of a dependency only.
    for (const purl of new Set(shown.map((f) => f.purl))) {
      const names = shown.filter((f) => f.purl === purl).flatMap((f) => f.names.map((n) => n.toUpperCase()));
      expect(new Set(names).size).toBe(names.length);
    }
    expect(shown.filter((f) => f.purl === 'pkg:cargo/wasmtime@1.0.2' && f.names.includes('CVE-2022-39393'))).toEqual([]);
  });
});
