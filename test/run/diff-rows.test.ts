// The diff of `depindex scan --base` on real inputs (issue #15): one set against one pairs whatever the paths,
// same-version content changes are `changed`, and GitLab DS vulnerabilities ride on the rows they concern.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { sharedPath } from '../metadata/support.js';
import { memoryIO } from '../cli/io.js';

const work = mkdtempSync(join(tmpdir(), 'depindex-diff-rows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, unknown>;
interface DiffRow extends Json {
  name: string;
  version: string;
  from?: string;
  to?: string;
  direction?: string;
  what?: Json[];
  vulnerabilities?: { now: Json[]; new: Json[] | null; fixed: Json[] | null };
}
interface Diff {
  summary: Record<string, number>;
  files: { file: string; added: DiffRow[]; removed: DiffRow[]; changed: DiffRow[] }[];
}

let runs = 0;
/** `scan HEAD --base BASE --no-store` in a folder of its own; the diff JSON and the comment's markdown. */
async function diff(head: string, base: string): Promise<{ json: Diff; comment: string }> {
  const dir = join(work, String(runs++));
  mkdirSync(dir);
  const io = memoryIO(work);
  const code = await main(['scan', head, '--base', base, '--no-store', '--diff-json', join(dir, 'd.json'), '--comment-md', join(dir, 'c.md')], io);
  // 0, or 1 when the checks fail on the reported vulnerabilities; never an input or output error.
  expect(io.err()).not.toMatch(/error/i);
  expect([0, 1]).toContain(code);
  return { json: JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as Diff, comment: readFileSync(join(dir, 'c.md'), 'utf8') };
}

/** A real input copied under another name, changed by `edit` (the change a merge request would make). */
function derived(from: string, to: string, edit: (json: Json) => void = () => undefined): string {
  const json = JSON.parse(readFileSync(sharedPath(`fixtures/external/${from}`), 'utf8')) as Json;
  edit(json);
  const path = join(work, to);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(json, null, 2));
  return path;
}

describe('one base set against one head set', () => {
  const bom = 'cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json';

  it('pairs two SBOMs whatever their paths: the same SBOM is no change', async () => {
    const { json, comment } = await diff(derived(bom, 'pair/new.cdx.json'), derived(bom, 'pair/base/old.cdx.json'));
    expect(json.summary).toEqual({ added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 });
    expect(comment).toContain('No dependency changes compared with the base reports.');
  });

  it('shows a version bump in the head SBOM as one upgrade', async () => {
    const bump = (json: Json): void => {
      const guava = (json['components'] as Json[]).find((c) => c['name'] === 'guava');
      expect(guava?.['version']).toBe('24.1.1-jre');
      for (const c of json['components'] as Json[]) {
        if (c['name'] !== 'guava') continue;
        c['version'] = '32.0.0-jre';
        c['purl'] = String(c['purl']).replace('24.1.1-jre', '32.0.0-jre');
      }
    };
    const { json } = await diff(derived(bom, 'bump/new.cdx.json', bump), derived(bom, 'bump/base/old.cdx.json'));
    expect(json.summary).toMatchObject({ added: 0, removed: 0, upgraded: 1, downgraded: 0 });
    expect(json.files.map((f) => [f.file, f.changed.map((c) => `${c.name} ${c.from} -> ${c.to} ${c.direction}`)])).toEqual([
      ['bump/new.cdx.json', ['com.google.guava/guava 24.1.1-jre -> 32.0.0-jre upgrade']],
    ]);
  });
});

describe('a same-version change', () => {
  it('reports a new checksum and source of the same version as changed, with what changed', async () => {
    const lock = 'gitlab-com-runbooks/package-lock.json';
    const tamper = (json: Json): void => {
      const ajv = (json['packages'] as Record<string, Json>)['node_modules/ajv'] as Json;
      expect(ajv['version']).toBe('8.12.0');
      ajv['resolved'] = 'https://npm.mirror.example/ajv/-/ajv-8.12.0.tgz';
      ajv['integrity'] = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
    };
    const { json, comment } = await diff(derived(lock, 'same/head/package-lock.json', tamper), derived(lock, 'same/base/package-lock.json'));
    expect(json.summary).toEqual({ added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 1 });
    const [row] = json.files[0]?.changed ?? [];
    expect(row).toMatchObject({ name: 'ajv', from: '8.12.0', to: '8.12.0', direction: 'same-version', source: 'https://npm.mirror.example/ajv/-/ajv-8.12.0.tgz' });
    expect(row?.what?.map((w) => w['field'])).toEqual(['checksums', 'source']);
    expect(row?.what?.[0]).toMatchObject({ to: { sha512: '07'.repeat(64) } });
    expect(row?.what?.[1]).toEqual({ field: 'source', from: 'https://registry.npmjs.org/ajv/-/ajv-8.12.0.tgz', to: 'https://npm.mirror.example/ajv/-/ajv-8.12.0.tgz' });
    expect(comment).toContain('**0 added, 0 removed, 0 upgraded, 0 downgraded, 1 changed in place**');
    expect(comment).toMatch(/\| \*\*changed in place\*\* \| `ajv` \| `8\.12\.0`: checksum `sha512:[0-9a-f]{12}…` → `sha512:070707070707…`; source `https:\/\/registry\.npmjs\.org\/ajv\/-\/ajv-8\.12\.0\.tgz` → `https:\/\/npm\.mirror\.example\/ajv\/-\/ajv-8\.12\.0\.tgz` \|/);
  });
});

describe('vulnerabilities of the GitLab DS reports in the diff rows', () => {
  const reports = sharedPath('fixtures/external/defectdojo-django-DefectDojo/gitlab_dep_scan');
  cpSync(join(reports, 'gl-dependency-scanning-report-1-vuln_v15.json'), join(work, 'one-vuln.json'));
  cpSync(join(reports, 'gl-dependency-scanning-report-many-vuln_v14.json'), join(work, 'many-vuln.json'));
  const ids = (rows: DiffRow[], key: 'now' | 'new' | 'fixed'): string[] =>
    rows.filter((r) => r.vulnerabilities).map((r) => `${r.name}@${r.version}: ${(r.vulnerabilities?.[key] ?? []).map((v) => String(v['id'])).join(',')}`);

  it('says which added dependencies bring new vulnerabilities', async () => {
    const { json, comment } = await diff(join(work, 'many-vuln.json'), join(work, 'one-vuln.json'));
    const [file] = json.files;
    expect(ids(file?.added ?? [], 'new')).toEqual([
      'golang.org/x/crypto@v0.0.0-20190219172222-a4c6cb3142f2: CVE-2020-29652',
      'golang.org/x/crypto@v0.0.0-20190308221718-c2843e01d9a2: CVE-2020-29652',
      'golang.org/x/crypto@v0.0.0-20200302210943-78000ba7a073: CVE-2020-29652',
      'golang.org/x/text@v0.3.0: CVE-2020-14040',
      'golang.org/x/text@v0.3.2: CVE-2020-14040',
    ]);
    expect(comment).toContain('| change | package | version | direct | scope | licenses | via | vulnerabilities |');
    expect(comment).toContain('| added | `golang.org/x/text` | `v0.3.0` | ? | ? | ? |  | **new** `CVE-2020-14040` (`high`) |');
  });

  it('says which removed dependencies take their vulnerabilities with them', async () => {
    const { json, comment } = await diff(join(work, 'one-vuln.json'), join(work, 'many-vuln.json'));
    const [file] = json.files;
    expect(ids(file?.removed ?? [], 'fixed')).toEqual([
      'golang.org/x/crypto@v0.0.0-20190219172222-a4c6cb3142f2: CVE-2020-29652',
      'golang.org/x/crypto@v0.0.0-20190308221718-c2843e01d9a2: CVE-2020-29652',
      'golang.org/x/crypto@v0.0.0-20200302210943-78000ba7a073: CVE-2020-29652',
      'golang.org/x/text@v0.3.0: CVE-2020-14040',
      'golang.org/x/text@v0.3.2: CVE-2020-14040',
    ]);
    expect(comment).toContain('| removed | `golang.org/x/text` | `v0.3.2` | ? | ? | ? |  | fixed `CVE-2020-14040` (`high`) |');
  });
});
