// `scan --sbom` names its subject (issue 18: SCVS 2.11 wants a name and a version), and `--csv` writes the list.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const external = fileURLToPath(new URL('../../../shared/fixtures/external/', import.meta.url));

/** A checkout of metahkg's proxy: its own package.json (name and version) beside its yarn.lock. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-subject-'));
  cpSync(join(external, 'metahkg-rlp-proxy-rewrite'), dir, { recursive: true });
  return dir;
}

const component = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { metadata: { component: { name: string; version?: string; purl?: string } } }).metadata.component;

describe('the SBOM subject and the CSV list', () => {
  it('outside CI, the root manifest names and versions the SBOM, with its purl', async () => {
    const dir = checkout();
    const io = memoryIO(dir);
    expect(await main(['scan', 'gl-sbom-npm-yarn.cdx.json', '--no-store', '--sbom', 'out.cdx.json', '--csv', 'deps.csv'], io)).toBe(0);
    expect(component(join(dir, 'out.cdx.json'))).toMatchObject({ name: '@metahkg/rlp-proxy-rewrite', version: '1.0.0', purl: 'pkg:npm/%40metahkg/rlp-proxy-rewrite@1.0.0' });
    const rows = parse(readFileSync(join(dir, 'deps.csv'), 'utf8'), { record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['file', 'name', 'version']);
    expect(rows.length).toBeGreaterThan(10);
  });

  it('in CI the project path names it and the commit versions it; the user\'s words win', async () => {
    const dir = checkout();
    const ci = { GITLAB_CI: 'true', CI_PROJECT_PATH: 'metahkg/proxy', CI_COMMIT_REF_NAME: 'main', CI_COMMIT_SHA: 'c0ffee'.padEnd(40, '0') };
    expect(await main(['scan', 'gl-sbom-npm-yarn.cdx.json', '--no-store', '--sbom', 'a.cdx.json'], memoryIO(dir, ci))).toBe(0);
    expect(component(join(dir, 'a.cdx.json'))).toMatchObject({ name: 'metahkg/proxy', version: '1.0.0' });
    expect(await main(['scan', 'gl-sbom-npm-yarn.cdx.json', '--no-store', '--sbom', 'b.cdx.json', '--sbom-name', 'Proxy', '--sbom-version', '2.0'], memoryIO(dir, ci))).toBe(0);
    expect(component(join(dir, 'b.cdx.json'))).toMatchObject({ name: 'Proxy', version: '2.0', purl: 'pkg:npm/%40metahkg/rlp-proxy-rewrite@2.0' });
  });

  it('without a manifest, CI names it and the commit versions it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-subject-'));
    cpSync(join(external, 'create-react-app/package-lock.json'), join(dir, 'package-lock.json'));
    const ci = { GITLAB_CI: 'true', CI_PROJECT_PATH: 'acme/cra', CI_COMMIT_REF_NAME: 'main', CI_COMMIT_SHA: 'ab'.repeat(20) };
    expect(await main(['scan', 'package-lock.json', '--no-store', '--sbom', 's.cdx.json'], memoryIO(dir, ci))).toBe(0);
    expect(component(join(dir, 's.cdx.json'))).toEqual({ type: 'application', name: 'acme/cra', version: 'ab'.repeat(20), 'bom-ref': 'depindex:project' });
  });
});
