import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Dependency } from '../../src/model/dependency.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { sharedPath, tempDir } from './support.js';

/**
 * `search --advisory` for OS packages. OSV's Debian and Alpine records name the *source* package ("util-linux",
 * "openssl") per release ("Debian:8", "Alpine:v3.19"); an image's SBOM lists *binary* packages ("bsdutils",
 * "libcrypto3") under a vendor namespace, with the source in the purl's `upstream` qualifier (syft writes
 * `upstream=util-linux@2.25.2-6` when the source version differs). ../shared/fixtures/advisories holds no
 * Debian or Alpine records, so the records below are written in the shape osv.dev serves them (DSA-/ALPINE-CVE-
 * ids, `affected[].package` with the distro ecosystem and an `?arch=source` purl) and checked against the OSV
 * schema; the dependencies are the real syft SBOM of a Debian 8 image.
 */
const dir = tempDir();
const store = `sqlite:${join(dir, 'index.db')}`;
const osvDir = join(dir, 'osv');

const records = [
  {
    id: 'DSA-0000-1',
    aliases: ['CVE-2099-0001'],
    modified: '2026-01-01T00:00:00Z',
    summary: 'util-linux - security update',
    affected: [
      {
        package: { ecosystem: 'Debian:8', name: 'util-linux', purl: 'pkg:deb/debian/util-linux?arch=source' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.25.2-6+deb8u1' }] }],
      },
    ],
  },
  {
    id: 'DSA-0000-2',
    aliases: ['CVE-2099-0002'],
    modified: '2026-01-01T00:00:00Z',
    summary: 'acl - security update',
    affected: [
      {
        package: { ecosystem: 'Debian:8', name: 'acl', purl: 'pkg:deb/debian/acl?arch=source' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.2.52-3' }] }],
      },
      // Another release's entry: a Debian 8 package is never matched by it.
      {
        package: { ecosystem: 'Debian:12', name: 'acl', purl: 'pkg:deb/debian/acl?arch=source' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.3.1-3+deb12u1' }] }],
      },
    ],
  },
  {
    id: 'ALPINE-CVE-2099-0003',
    upstream: ['CVE-2099-0003'],
    modified: '2026-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'Alpine:v3.19', name: 'openssl', purl: 'pkg:apk/alpine/openssl?arch=source' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4-r6' }] }],
      },
    ],
  },
];

/** Binary packages of openssl as syft lists them for an alpine:3.19 image. */
const apk = (name: string, version: string): Dependency => ({
  purl: `pkg:apk/alpine/${name}@${version}?arch=x86_64&upstream=openssl&distro=alpine-3.19.1`,
  type: 'apk', namespace: 'alpine', name: `alpine/${name}`, version, introduced: null, development: null, licenses: null, checksums: null, source: null,
});

beforeAll(async () => {
  mkdirSync(osvDir, { recursive: true });
  for (const r of records) writeFileSync(join(osvDir, `${r.id}.json`), JSON.stringify(r));
  const debian = await externalSets('protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json');
  const opened = openSqliteStore(join(dir, 'index.db'));
  if (!opened.ok) throw new Error(opened.error);
  const context = (project: string) => ({ project, ref: 'main', refType: 'branch' as const, defaultBranch: true, commitSha: 'c0ffee', pipelineUrl: null, scannedAt: new Date('2026-11-01T08:00:00Z') });
  const a = await opened.value.writeScan(context('acme/rails'), debian.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies })));
  const b = await opened.value.writeScan(context('acme/alpine'), [
    { file: 'sbom.cdx.json', packageManager: null, format: 'test', dependencies: [apk('libcrypto3', '3.1.4-r5'), apk('libssl3', '3.1.4-r5'), apk('openssl', '3.1.4-r6')] },
  ]);
  if (!a.ok || !b.ok) throw new Error('cannot write the index');
  await opened.value.close();
  const io = memoryIO(dir);
  if ((await main(['sync', '--source', `osv=${osvDir}`, '--store', store], io)) !== 0) throw new Error(io.err());
});

async function hits(id: string): Promise<string[]> {
  const io = memoryIO(dir);
  const code = await main(['search', '--advisory', id, '--json', '--store', store], io);
  if (code !== 0) throw new Error(io.err());
  return (JSON.parse(io.out()) as { hits: { project: string; purl: string }[] }).hits.map((h) => `${h.project} ${h.purl.split('?')[0]}`);
}

describe('depindex search --advisory: OS packages', () => {
  it('the records are valid OSV', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    formats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(sharedPath('fixtures/schemas/osv/schema.json'), 'utf8')) as object);
    for (const r of records) expect(validate(r), `${r.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
  });

  /** The SBOM's Debian packages built from a source package, read from the purl text with a regex of its own. */
  const builtFrom = (source: string): string[] => {
    const sbom = JSON.parse(readFileSync(sharedPath('fixtures/external/protobom/test/conformance/testdata/cyclonedx/1.6/json/syft-1.2.0_rails-5.0.0.cdx.json'), 'utf8')) as { components: { purl?: string }[] };
    const out = sbom.components
      .map((c) => c.purl ?? '')
      .filter((p) => {
        const upstream = /[?&]upstream=([^&@%]+)/.exec(p)?.[1];
        return upstream === undefined ? p.startsWith(`pkg:deb/debian/${source}@`) : upstream === source;
      })
      .map((p) => `acme/rails ${p.split('?')[0]}`);
    return [...new Set(out)].sort();
  };

  it('finds the binary packages built from an affected Debian source package (upstream qualifier, source version)', async () => {
    // util-linux 2.25.2-6 < 2.25.2-6+deb8u1: bsdutils 1:2.25.2-6 is affected through its source's version.
    const expected = builtFrom('util-linux');
    expect(expected.length).toBeGreaterThan(3);
    expect(expected).toContain('acme/rails pkg:deb/debian/bsdutils@1:2.25.2-6');
    expect(await hits('CVE-2099-0001')).toEqual(expected);
  });

  it('finds a package whose source has its own name and its binaries, for its release only', async () => {
    const expected = builtFrom('acl');
    expect(expected).toEqual(['acme/rails pkg:deb/debian/acl@2.2.52-2', 'acme/rails pkg:deb/debian/libacl1@2.2.52-2']);
    expect(await hits('DSA-0000-2')).toEqual(expected);
  });

  it('finds Alpine binary packages by their origin, the fixed version left out', async () => {
    expect(await hits('CVE-2099-0003')).toEqual(['acme/alpine pkg:apk/alpine/libcrypto3@3.1.4-r5', 'acme/alpine pkg:apk/alpine/libssl3@3.1.4-r5']);
  });
});
