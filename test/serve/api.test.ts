import { Validation, Spec } from '@cyclonedx/cyclonedx-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../src/cli/search.js';
import type { Store } from '../../src/store/store.js';
import { memoryIO } from '../cli/io.js';
import { fixtureIndex, T1, T2 } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

let path: string;
let store: Store;
let server: Running;
beforeAll(async () => {
  path = await fixtureIndex();
  store = openReadOnly(path);
  server = await startServer(store);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

const api = (target: string) => getJson(`${server.base}/api/v1/${target}`);
type Hits = { total: number; limit: number; offset: number; hits: { project: string; ref: string; name: string; version: string }[]; byProject: unknown[] };
const lines = (body: unknown) => (body as Hits).hits.map((h) => `${h.project} ${h.ref} ${h.name}@${h.version}`);

describe('GET /api/v1/dependencies', () => {
  it('finds a name in every project, sorted as the CLI sorts, with counts by project', async () => {
    const { status, body } = await api('dependencies?name=LODASH');
    expect(status).toBe(200);
    expect(lines(body)).toEqual([
      'acme/api main lodash@3.10.1',
      'acme/web/shop feature/x lodash@4.17.20',
      'acme/web/shop main lodash@4.17.21',
      'evil/<img src=x onerror=alert(1)> main lodash@4.17.21',
    ]);
    expect(body).toMatchObject({
      total: 4,
      limit: 50,
      offset: 0,
      byProject: [{ project: 'acme/web/shop', count: 2 }, { project: 'acme/api', count: 1 }, { project: 'evil/<img src=x onerror=alert(1)>', count: 1 }],
    });
  });

  it('answers what `depindex search --json` prints for the same query', async () => {
    const io = memoryIO('/', {});
    expect(await searchCommand.run(['lodash', '--type', 'npm', '--range', '^4.17.0', '--store', `sqlite:${path}`, '--json'], io)).toBe(0);
    const cli = JSON.parse(io.out()) as { total: number; hits: unknown[] };
    // The CLI's JSON gives introducedBy; the API gives it when asked (it reads each set of the page).
    const { body } = await api('dependencies?name=lodash&type=npm&range=%5E4.17.0&introduced-by=true');
    expect((body as Hits).total).toBe(3);
    expect(body).toEqual(cli);
    // Field for field in the same order too: the API writes its answer from the schema, the CLI through hitJson.
    expect(JSON.stringify(body)).toBe(JSON.stringify(cli));
  });

  it('keeps one dependency file with file=, as `depindex search --file` does', async () => {
    const io = memoryIO('/', {});
    expect(await searchCommand.run(['--file', 'requirements.txt', '--store', `sqlite:${path}`, '--json'], io)).toBe(0);
    const { body } = await api('dependencies?file=requirements.txt&introduced-by=true');
    expect(lines(body)).toEqual(['acme/web/shop main Django@4.2.0']);
    expect((body as Hits).hits).toEqual((JSON.parse(io.out()) as { hits: unknown[] }).hits);
  });

  it('pages with an exact total and filters by group, ref, default branch, file, license, scope and date', async () => {
    const page = await api('dependencies?type=npm&limit=2&offset=2');
    expect([(page.body as Hits).total, lines(page.body)]).toEqual([6, ['acme/web/shop main jest@29.7.0', 'acme/web/shop main left-pad@1.3.0']]);
    expect(lines((await api('dependencies?group=acme/web&ref=feature%2Fx')).body)).toEqual(['acme/web/shop feature/x lodash@4.17.20']);
    expect(lines((await api('dependencies?project=acme%2Fweb%2Fshop&default-branch=true&exclude-development=1&file=package-lock.json')).body)).toEqual([
      'acme/web/shop main left-pad@1.3.0',
      'acme/web/shop main lodash@4.17.21',
    ]);
    expect(lines((await api('dependencies?license=apache-2.0&type=npm')).body)).toEqual(['acme/api main lodash@3.10.1']);
    expect(lines((await api(`dependencies?added-since=${encodeURIComponent(T2)}&name=lodash`)).body)).toEqual([
      'acme/web/shop feature/x lodash@4.17.20',
      'evil/<img src=x onerror=alert(1)> main lodash@4.17.21',
    ]);
    expect(lines((await api('dependencies?type=maven&range=%5B2.0%2C2.17.1)')).body)).toEqual([
      'acme/api main org.apache.logging.log4j/log4j-core@2.14.1',
      'acme/api main org.apache.logging.log4j/log4j-core@2.9.0',
    ]);
  });

  it.each([
    ['limit=abc', 'limit'],
    ['limit=1001', 'limit'],
    ['offset=9990&limit=50', 'offset'],
    ['range=1.x', 'range'],
    ['type=nonsense', 'type'],
    ['added-since=yesterday', 'added-since'],
    ['default-branch=maybe', 'default-branch'],
    ['name=', 'name'],
    ['nmae=lodash', 'nmae'],
    ['name=a&name=b', 'name'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await api(`dependencies?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'bad_parameter', parameter } });
    expect((body as { error: { message: string } }).error.message).toContain(parameter);
  });

  it('answers 409 not_synced for an advisory search over an index `depindex sync` never wrote to', async () => {
    const { status, body } = await api('dependencies?advisory=CVE-2021-44228');
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: 'not_synced', message: 'cannot search by advisory: no package metadata is synced into this store yet: `depindex sync` brings advisories in' } });
  });
});

describe('GET /api/v1/package', () => {
  it('lists every project and version using a package, newest version first by the ecosystem order', async () => {
    const { status, body } = await api('package?type=maven&name=org.apache.logging.log4j/log4j-core');
    expect(status).toBe(200);
    // 2.14.1 is newer than 2.9.0 in Maven order, though older as text.
    expect(body).toEqual({
      type: 'maven',
      name: 'org.apache.logging.log4j/log4j-core',
      total: 2,
      complete: true,
      newestVersion: '2.14.1',
      versions: [
        { version: '2.14.1', uses: 1, projects: 1, firstSeen: T1 },
        { version: '2.9.0', uses: 1, projects: 1, firstSeen: T1 },
      ],
      projects: [{ project: 'acme/api', versions: ['2.14.1', '2.9.0'], refs: ['main'], firstSeen: T1 }],
    });
  });

  it('needs type and name', async () => {
    expect((await api('package?name=lodash')).body).toMatchObject({ error: { parameter: 'type' } });
    expect((await api('package?type=npm')).body).toMatchObject({ error: { parameter: 'name' } });
  });
});

describe('projects, sets and SBOM', () => {
  it('lists projects with refs and last scan, paged', async () => {
    const { body } = await api('projects?limit=2&offset=0');
    expect(body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    const projects = (body as { projects: { project: string; lastScannedAt: string; refs: { ref: string; defaultBranch: boolean; sets: number; dependencies: number }[] }[] }).projects;
    expect(projects.map((p) => [p.project, p.lastScannedAt, p.refs.map((r) => `${r.ref}:${r.sets}:${r.dependencies}:${r.defaultBranch}`)])).toEqual([
      ['acme/api', T1, ['main:2:3:true']],
      ['acme/web/shop', T2, ['feature/x:1:1:false', 'main:2:4:true']],
    ]);
    expect(((await api('projects?group=acme&offset=1')).body as { projects: { project: string }[] }).projects.map((p) => p.project)).toEqual(['acme/web/shop']);
  });

  it('lists the sets of a ref given URL-encoded, 404 for one never scanned', async () => {
    const { status, body } = await api('projects/acme%2Fweb%2Fshop/refs/main/sets');
    expect(status).toBe(200);
    expect((body as { sets: { file: string; dependencies: number; commitSha: string }[] }).sets.map((s) => [s.file, s.dependencies, s.commitSha])).toEqual([
      ['package-lock.json', 3, 'aaaa111'],
      ['requirements.txt', 1, 'aaaa111'],
    ]);
    const missing = await api('projects/acme%2Fweb%2Fshop/refs/nope/sets');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('serves a valid CycloneDX 1.6 SBOM of a ref from the index, as a download', async () => {
    const response = await fetch(`${server.base}/api/v1/projects/acme%2Fweb%2Fshop/refs/main/sbom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.cyclonedx\+json/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="acme_web_shop@main.cdx.json"');
    const text = await response.text();
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull();
    const bom = JSON.parse(text) as { metadata: { component: { name: string; version: string } }; components: { purl: string }[]; dependencies: { ref: string; dependsOn?: string[] }[] };
    expect(bom.metadata.component).toMatchObject({ name: 'acme/web/shop', version: 'main' });
    expect(bom.components.map((c) => c.purl).sort()).toEqual(['pkg:npm/jest@29.7.0', 'pkg:npm/left-pad@1.3.0', 'pkg:npm/lodash@4.17.21', 'pkg:pypi/django@4.2.0']);
    // left-pad is not introduced by the project; the other three are.
    expect(bom.dependencies.find((d) => d.ref === 'depindex:project')?.dependsOn).toEqual(['pkg:npm/jest@29.7.0', 'pkg:npm/lodash@4.17.21', 'pkg:pypi/django@4.2.0']);
    expect((await api('projects/nope/refs/main/sbom')).status).toBe(404);
  });

  it('answers why from the stored graph, as `depindex why --project --ref` does', async () => {
    const { status, body } = await api('why?package=left-pad&project=acme%2Fweb%2Fshop&ref=main');
    expect(status).toBe(200);
    expect(body).toEqual({
      package: 'left-pad',
      project: 'acme/web/shop',
      ref: 'main',
      files: 2,
      answers: [{
        file: 'package-lock.json',
        purl: 'pkg:npm/left-pad@1.3.0',
        name: 'left-pad',
        version: '1.3.0',
        introduced: false,
        development: false,
        paths: [['pkg:npm/jest@29.7.0', 'pkg:npm/left-pad@1.3.0'], ['pkg:npm/lodash@4.17.21', 'pkg:npm/left-pad@1.3.0']],
        omitted: 0,
        omittedAtLeast: false,
        note: null,
      }],
    });
    const one = await api('why?package=left-pad&project=acme%2Fweb%2Fshop&ref=main&file=package-lock.json&max-paths=1');
    expect(one.body).toMatchObject({ files: 1, answers: [{ paths: [['pkg:npm/jest@29.7.0', 'pkg:npm/left-pad@1.3.0']], omitted: 1 }] });
    expect((await api('why?package=nothing&project=acme%2Fweb%2Fshop&ref=main')).body).toMatchObject({ answers: [] });
    expect((await api('why?package=left-pad&project=nobody&ref=main')).status).toBe(404);
    const missing = await api('why?package=left-pad&ref=main');
    expect(missing.status).toBe(400);
    expect((missing.body as { error: { parameter: string } }).error.parameter).toBe('project');
  });

  it('gives search hits introducedBy from the stored graph when asked', async () => {
    const plain = await api('dependencies?name=left-pad');
    expect((plain.body as { hits: object[] }).hits.map((h) => 'introducedBy' in h)).toEqual([false]);
    expect((await api('dependencies?name=left-pad&introduced-by=maybe')).status).toBe(400);
    const { body } = await api('dependencies?name=left-pad&introduced-by=true');
    expect((body as { hits: { introducedBy: unknown }[] }).hits.map((h) => h.introducedBy)).toEqual([['pkg:npm/jest@29.7.0', 'pkg:npm/lodash@4.17.21']]);
    const pom = await api('dependencies?type=maven&project=acme%2Fapi&introduced-by');
    // Introduced themselves; the pom set has no edges, but an introduced package is its own answer.
    expect((pom.body as { hits: { introducedBy: unknown }[] }).hits.map((h) => h.introducedBy)).toEqual([
      ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'],
      ['pkg:maven/org.apache.logging.log4j/log4j-core@2.9.0'],
    ]);
  });
});
