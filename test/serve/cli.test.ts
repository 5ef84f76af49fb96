import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSbomCommand } from '../../src/cli/export-sbom.js';
import { serveCommand } from '../../src/cli/serve.js';
import { memoryIO } from '../cli/io.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dep, scan, set } from '../store/behaviour.js';
import { hasSyncedMetadata } from '../../src/metadata/store/open.js';
import { AFFECTED, laravelIndex } from './advisory-fixture.js';
import { fixtureIndex } from './fixture.js';

const child = fileURLToPath(new URL('./cli-process.ts', import.meta.url));
let path: string;
const LARGE = 40_000;
beforeAll(async () => {
  path = await fixtureIndex();
  // One large ref, so its SBOM takes long enough to be still on its way when SIGTERM arrives.
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  const many = Array.from({ length: LARGE }, (_, i) => dep({ type: 'npm', name: `pkg-${String(i).padStart(5, '0')}`, version: '1.0.0', licenses: ['MIT'] }));
  const written = await opened.value.writeScan(scan('big/mono', 'main', '2026-11-01T00:00:00Z', 'eeee555'), [set('package-lock.json', many)]);
  await opened.value.close();
  if (!written.ok) throw new Error(written.error);
});
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `depindex serve` as a real process; resolves with its address once it says it listens. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ proc: ChildProcess; base: string; stderr: () => string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, 'serve', ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(proc);
    let stderr = '';
    const exit = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
    proc.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve({ proc, base: m[1]!, stderr: () => stderr, exit });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
  });
}

describe('depindex serve, as a process', () => {
  it('answers, then on SIGTERM finishes the request in flight and exits 0', async () => {
    const token = 'a-token-of-enough-length';
    const server = await serve(['--store', `sqlite:${path}`, '--port', '0'], { DEPINDEX_API_TOKEN: token });
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.base}/api/v1/projects`, { headers: auth })).status).toBe(200);
    // SIGTERM once the answer has started: the rest of it still comes, whole.
    const answer = await fetch(`${server.base}/api/v1/projects/big%2Fmono/refs/main/sbom`, { headers: auth });
    server.proc.kill('SIGTERM');
    expect(answer.status).toBe(200);
    const bom = JSON.parse(await answer.text()) as { bomFormat: string; components: unknown[] };
    expect([bom.bomFormat, bom.components.length]).toEqual(['CycloneDX', LARGE]);
    expect(await server.exit).toBe(0);
    expect(server.stderr()).toContain('SIGTERM, stopping after the requests in flight');
    expect(server.stderr()).not.toContain(token);
    await expect(fetch(`${server.base}/api/v1/projects`)).rejects.toThrow();
  });

  it('refuses a non-loopback address without a token or --no-auth, and a short token', async () => {
    const run = async (args: string[], env: Record<string, string> = {}) => {
      const io = memoryIO('/', env);
      return { code: await serveCommand.run(args, io), err: io.err() };
    };
    const open = await run(['--store', `sqlite:${path}`, '--host', '0.0.0.0']);
    expect(open.code).toBe(64);
    expect(open.err).toContain('needs DEPINDEX_API_TOKEN set, or --no-auth');
    const short = await run(['--store', `sqlite:${path}`], { DEPINDEX_API_TOKEN: 'short' });
    expect([short.code, short.err]).toEqual([64, expect.stringContaining('at least 16 characters')]);
    expect(short.err).not.toContain('short\n');
    expect((await run(['--port', '70000'])).err).toContain('--port must be a whole number from 0 to 65535');
    expect((await run(['--cors-origin', 'not an origin'])).err).toContain('--cors-origin must be an origin');
    for (const proxy of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/8', '::1/129']) {
      expect(await run(['--trust-proxy', proxy])).toEqual({ code: 64, err: expect.stringContaining('--trust-proxy must be an IP address or a CIDR range') });
    }
    const missing = await run(['--store', 'sqlite:/nonexistent/depindex/index.db']);
    expect([missing.code, missing.err]).toEqual([3, expect.stringContaining('no index at sqlite:/nonexistent/depindex/index.db')]);
  });

  it('serves without a token on another address with --no-auth', async () => {
    const server = await serve(['--store', `sqlite:${path}`, '--host', '0.0.0.0', '--port', '0', '--no-auth', '--quiet']);
    expect(server.stderr()).toContain('NO authentication (--no-auth)');
    // The address it was given and bound, not a loopback one that would hide the exposure.
    expect(server.stderr()).toMatch(/listening on http:\/\/0\.0\.0\.0:\d+ \(/);
    expect(server.stderr()).toContain('every interface');
    const port = new URL(server.base).port;
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/projects`)).status).toBe(200);
    server.proc.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });

  it('answers advisory= from the metadata `depindex sync` wrote to the same --store, and 409 on one never synced', async () => {
    const synced = await laravelIndex();
    const server = await serve(['--store', synced.spec, '--port', '0', '--quiet']);
    const answer = await fetch(`${server.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { total: number; hits: { project: string; ref: string; name: string; version: string }[] };
    expect(body.hits.map((h) => `${h.project} ${h.ref} ${h.name}@${h.version}`)).toEqual(AFFECTED);
    server.proc.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.stderr()).toContain('depindex serve: stopped');

    // The fixture index was never synced: 409, and serving it gave it no metadata tables (opened read-only).
    const bare = await serve(['--store', `sqlite:${path}`, '--port', '0', '--quiet']);
    const refused = await fetch(`${bare.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([409, 'not_synced']);
    expect((await fetch(`${bare.base}/api/v1/dependencies?name=lodash`)).status).toBe(200);
    bare.proc.kill('SIGTERM');
    expect(await bare.exit).toBe(0);
    expect(hasSyncedMetadata(path)).toBe(false);
  }, 60_000);

  it('on loopback without a token, refuses another name in Host (DNS rebinding)', async () => {
    const server = await serve(['--store', `sqlite:${path}`, '--port', '0', '--quiet']);
    expect(server.stderr()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(/);
    const url = new URL(server.base);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: '/api/v1/projects', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status(`attacker.example:${url.port}`)).toBe(403);
    expect(await status(`localhost:${url.port}`)).toBe(200);
    server.proc.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });
});

describe('depindex export-sbom', () => {
  it('writes the SBOM of a project at a ref from the index, atomically, and refuses an unknown one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-export-sbom-'));
    const io = memoryIO(dir);
    expect(await exportSbomCommand.run(['--store', `sqlite:${path}`, '--project', 'acme/web/shop', '--ref', 'feature/x', '--output', 'out/sbom.json'], io)).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['sbom.json']);
    const bom = JSON.parse(readFileSync(join(dir, 'out', 'sbom.json'), 'utf8')) as { specVersion: string; components: { purl: string }[]; metadata: { component: { name: string; version: string } } };
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component).toMatchObject({ name: 'acme/web/shop', version: 'feature/x' });
    expect(bom.components.map((c) => c.purl)).toEqual(['pkg:npm/lodash@4.17.20']);

    const stdout = memoryIO(dir);
    expect(await exportSbomCommand.run(['--store', `sqlite:${path}`, '--project', 'acme/api', '--ref', 'main'], stdout)).toBe(0);
    expect((JSON.parse(stdout.out()) as { components: unknown[] }).components).toHaveLength(3);

    const none = memoryIO(dir);
    expect(await exportSbomCommand.run(['--store', `sqlite:${path}`, '--project', 'acme/api', '--ref', 'nope'], none)).toBe(3);
    expect(none.err()).toContain('holds no sets of project "acme/api" at ref "nope"');
    const usage = memoryIO(dir);
    expect(await exportSbomCommand.run(['--project', 'acme/api'], usage)).toBe(64);
    expect(usage.err()).toContain('--ref is required');
  });
});
