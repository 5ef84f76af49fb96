import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

// `depindex export-sbom` builds the SBOM from the index with the graph stored at the scan (issue 15): its
// component-to-component edges are those of the SBOM the scan itself wrote. Real inputs: ../shared/fixtures/external.
const external = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'depindex-export-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Bom {
  components: { purl: string }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd, argv[0] === 'scan' ? { CI_PROJECT_DIR: cwd } : {});
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Edges between components, by purl (the project's own entry is the metadata component's, not a dependency's). */
function edges(bom: Bom): Map<string, string[]> {
  const purls = new Set(bom.components.map((c) => c.purl));
  return new Map(bom.dependencies.filter((d) => purls.has(d.ref)).map((d) => [d.ref, [...(d.dependsOn ?? [])].sort()]));
}

const cases: [folder: string, file: string][] = [
  ['create-react-app', 'package-lock.json'],
  ['ripgrep', 'Cargo.lock'],
  ['poetry', 'poetry.lock'],
];

describe('depindex export-sbom from the index', () => {
  it.each(cases)('%s/%s: the edges of the SBOM the scan wrote', async (folder, file) => {
    const cwd = join(external, folder);
    const store = `sqlite:${join(dir, `${folder}.db`)}`;
    const sbom = join(dir, `${folder}.cdx.json`);
    const scanned = await run(cwd, ['scan', file, '--project', `real/${folder}`, '--ref', 'main', '--store', store, '--sbom', sbom]);
    expect(scanned.code).toBe(0);
    const exported = await run('/', ['export-sbom', '--project', `real/${folder}`, '--ref', 'main', '--store', store]);
    expect(exported.code).toBe(0);
    const fromScan = edges(JSON.parse(readFileSync(sbom, 'utf8')) as Bom);
    const fromIndex = edges(JSON.parse(exported.out) as Bom);
    expect(fromIndex).toEqual(fromScan);
    // A real lock file has many edges, so the comparison is not between two empty graphs.
    expect([...fromScan.values()].filter((d) => d.length > 0).length).toBeGreaterThan(10);
  });
});
