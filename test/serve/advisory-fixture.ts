import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/store.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from '../metadata/inputs.js';
import { mirrorPath, sharedPath } from '../metadata/support.js';

/**
 * The index the advisory tests read: the real Laravel 7.12 SBOM (cyclonedx-bom-examples) scanned into three
 * places with guzzlehttp/psr7 at 1.9.0 (acme/shop main), 1.9.1 (acme/blog main) and 2.4.4 (acme/blog old), as
 * test/metadata/search-advisory.test.ts builds it. CVE-2023-29197 (GHSA-wxmh-65f7-jcvw; the PMDB mirror's line
 * and the real OSV Packagist record) affects psr7 below 1.9.1 and from 2.0.0 below 2.4.5: 1.9.0 and 2.4.4.
 */
export const AFFECTED = ['acme/blog old guzzlehttp/psr7@2.4.4', 'acme/shop main guzzlehttp/psr7@1.9.0'];

export async function writeLaravelScans(store: Store): Promise<void> {
  const laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
  const context = (project: string, ref: string) => ({
    project, ref, refType: 'branch' as const, defaultBranch: ref === 'main', commitSha: 'c0ffee', pipelineUrl: null, scannedAt: new Date('2026-11-01T08:00:00Z'),
  });
  const withPsr7 = (psr7: string) =>
    laravel.map((s) => ({
      // As a scan of the SBOM committed at the project's root would name it (externalSets gives the shared path).
      file: 'bom.json',
      packageManager: s.packageManager,
      format: s.format,
      dependencies: s.dependencies.map((d) => (d.name === 'guzzlehttp/psr7' ? { ...d, version: psr7, purl: d.purl.replace('@1.9.0', `@${psr7}`) } : d)),
    }));
  for (const [project, ref, psr7] of [['acme/shop', 'main', '1.9.0'], ['acme/blog', 'main', '1.9.1'], ['acme/blog', 'old', '2.4.4']] as const) {
    const written = await store.writeScan(context(project, ref), withPsr7(psr7));
    if (!written.ok) throw new Error(written.error);
  }
}

/** `depindex sync` of the PMDB mirror (fixtures/metadata/mirror) and the real OSV Packagist records into `spec`. */
export async function syncAdvisories(spec: string, cwd: string): Promise<void> {
  const io = memoryIO(cwd);
  const code = await main(['sync', '--source', mirrorPath, '--source', `osv=${sharedPath('fixtures/advisories/osv/Packagist')}`, '--store', spec], io);
  if (code !== 0) throw new Error(io.err());
}

/** A fresh SQLite index with the Laravel scans, synced unless `synced` is false; closed again. */
export async function laravelIndex(synced = true): Promise<{ dir: string; path: string; spec: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-serve-advisory-'));
  const path = join(dir, 'index.db');
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  await writeLaravelScans(opened.value);
  await opened.value.close();
  const spec = `sqlite:${path}`;
  if (synced) await syncAdvisories(spec, dir);
  return { dir, path, spec };
}
