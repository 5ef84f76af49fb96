import { cpSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { matchVulnerabilities } from '../../src/metadata/match/match.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { mirrorPath, tempDir } from './support.js';

const dir = tempDir();
const db = join(dir, 'index.db');
const store = `sqlite:${db}`;
const mirror = join(dir, 'mirror');
let laravel: DependencySet[];

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = memoryIO(dir, env);
  const code = await main([...args, '--store', store], io);
  return { code, out: io.out(), err: io.err() };
}

/** Copies one file of the fixture mirror into the growing mirror the sync reads, as an export publishes it. */
const publish = (relative: string) => cpSync(join(mirrorPath, relative), join(mirror, relative), { recursive: true });
async function must<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const done = await r;
  if (!done.ok) throw new Error(done.error);
  return done.value;
}
const lines = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, string>);

beforeAll(async () => {
  laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
  const opened = openSqliteStore(db);
  if (!opened.ok) throw new Error(opened.error);
  const written = await opened.value.writeScan(
    { project: 'acme/shop', ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 'c0ffee', pipelineUrl: null, scannedAt: new Date('2026-11-01T08:00:00Z') },
    // With its graph, which the index stores (issue 15): the rescan's findings say what brings them in.
    laravel.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies, graph: s.graph })),
  );
  if (!written.ok) throw new Error(written.error);
  await opened.value.close();
});

describe('depindex rescan', () => {
  it('notifies new findings, then nothing for unchanged data, then updates from CVE enrichment', async () => {
    publish('advisories/v2/packagist/1700000000');
    expect((await cli(['sync', '--source', mirror])).code).toBe(0);
    const first = await cli(['rescan']);
    expect(first.code).toBe(0);
    const file = laravel[0]!.file;
    // The first sequence says guzzle < 6.5.9 (6.5.8 is in it) and psr7 < 1.9.1.
    expect(lines(first.out).map((n) => `${n.kind} ${n.project} ${n.ref} ${n.file} ${n.purl} ${n.advisory} ${n.severity}`)).toEqual([
      `new acme/shop main ${file} pkg:composer/guzzlehttp/guzzle@6.5.8 5b0f6c1e-2d3a-4e8f-9a7b-6c5d4e3f2a10 high`,
      `new acme/shop main ${file} pkg:composer/guzzlehttp/psr7@1.9.0 0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01 medium`,
    ]);
    expect(first.err).toContain('1 sets, 1 evaluated');

    // Nothing synced since: nothing evaluated, nothing said.
    const idle = await cli(['rescan']);
    expect(idle.out).toBe('');
    expect(idle.err).toContain('1 sets, 0 evaluated');

    // The later sequence narrows the guzzle advisory (6.5.8 is fixed): the finding goes, silently.
    publish('advisories/v2/packagist/1700000100');
    publish('cve_enrichment');
    expect((await cli(['sync', '--source', mirror])).code).toBe(0);
    const third = await cli(['rescan', '--notify-jsonl', 'notes/out.jsonl']);
    expect(third.out).toBe('');
    // CVE-2023-29197 is known exploited: psr7's finding is raised to high.
    expect(lines(readFileSync(join(dir, 'notes/out.jsonl'), 'utf8')).map((n) => `${n.kind} ${n.purl} ${n.severity}`)).toEqual([
      'updated pkg:composer/guzzlehttp/psr7@1.9.0 high',
    ]);
  });

  it('stores findings in the findings store, with the fingerprints a pipeline scan gives, seen by depindex findings', async () => {
    const opened = openSqliteMetadata(db);
    if (!opened.ok) throw new Error(opened.error);
    const pipeline = await matchVulnerabilities(laravel, opened.value);
    await opened.value.close();
    const index = openSqliteStore(db, { readOnly: true });
    if (!index.ok) throw new Error(index.error);
    const stored = await index.value.loadFindings('acme/shop', 'main');
    await index.value.close();
    if (!stored.ok) throw new Error(stored.error);
    expect(stored.value.map((f) => f.id).sort()).toEqual(pipeline.map((f) => f.id).sort());
    expect(stored.value.length).toBe(1);
    // introducedBy from the graph stored with the set, as the pipeline gave it from the file.
    expect(stored.value[0]?.introducedBy).toEqual(pipeline[0]?.introducedBy);
    expect(stored.value[0]?.introducedBy.length).toBeGreaterThan(0);
    // The first rescan found it (2026-11-01's set was evaluated then), and a later one kept its first sighting.
    expect(stored.value[0]?.firstCommitSha).toBe('c0ffee');
    const listed = await cli(['findings', '--project', 'acme/shop', '--kind', 'vulnerability', '--json']);
    expect(listed.code).toBe(0);
    const hits = (JSON.parse(listed.out) as { findings?: { id: string }[]; hits?: { id: string }[] });
    expect((hits.findings ?? hits.hits ?? []).map((f) => f.id)).toEqual(pipeline.map((f) => f.id));
  });

  it('replaces only its own findings: other kinds and the input\'s vulnerabilities stay, suppression is kept', async () => {
    const index = openSqliteStore(db);
    if (!index.ok) throw new Error(index.error);
    const [ours] = await must(index.value.loadFindings('acme/shop', 'main'));
    if (!ours) throw new Error('no rescan finding');
    const { project: _p, ref: _r, firstSeenAt: _f, firstCommitSha: _c, lastSeenAt: _l, ...finding } = ours;
    const policy = { ...finding, id: 'policy-1', kind: 'dependency-policy' as const, advisory: null, rule: 'dependencies.deny[0]' };
    const input = { ...finding, id: 'input-1', advisory: { ...finding.advisory!, id: 'CVE-2000-0001', source: 'input' } };
    const context = { project: 'acme/shop', ref: 'main', refType: 'branch' as const, defaultBranch: true, commitSha: 'c0ffee', pipelineUrl: null, scannedAt: new Date('2026-11-03T08:00:00Z') };
    await must(index.value.writeFindings(context, [{ ...finding, suppressed: true, suppressedBy: 'accepted' }, policy, input]));
    // The set scanned again since its last evaluation: the rescan evaluates it whole.
    await must(index.value.writeScan(context, laravel.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies }))));
    await index.value.close();
    const run = await cli(['rescan', '--project', 'acme/shop', '--notify-jsonl', 'notes/again.jsonl']);
    expect(run.code).toBe(0);
    expect(run.err).toContain('1 sets, 1 evaluated, 1 vulnerability findings');
    const again = openSqliteStore(db, { readOnly: true });
    if (!again.ok) throw new Error(again.error);
    const after = await must(again.value.loadFindings('acme/shop', 'main'));
    await again.value.close();
    expect(after.map((f) => `${f.id} ${f.suppressed}`).sort()).toEqual([`${finding.id} true`, 'input-1 false', 'policy-1 false'].sort());
  });

  it('POSTs to a webhook on 127.0.0.1 with retries and the token in a header, never printed', async () => {
    const received: { auth: string | undefined; body: string }[] = [];
    let calls = 0;
    const server = createServer((req, res) => {
      calls++;
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (calls === 1) return void res.writeHead(503).end();
        received.push({ auth: req.headers.authorization, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      // A new advisory for psr7 arrives: the maven/deb/npm files have nothing for laravel, so use a fresh set.
      const opened = openSqliteStore(db);
      if (!opened.ok) throw new Error(opened.error);
      await opened.value.writeScan(
        { project: 'acme/blog', ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 'beef', pipelineUrl: null, scannedAt: new Date('2026-11-02T08:00:00Z') },
        laravel.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies })),
      );
      await opened.value.close();
      const run = await cli(['rescan', '--project', 'acme/blog', '--webhook', `http://127.0.0.1:${port}/hook?token=query-secret`], { DEPINDEX_WEBHOOK_TOKEN: 'tok-123' });
      expect(run.code).toBe(0);
      expect(calls).toBe(2);
      expect(received[0]?.auth).toBe('Bearer tok-123');
      const body = JSON.parse(received[0]!.body) as { notifications: { kind: string; project: string }[] };
      expect(body.notifications.map((n) => `${n.kind} ${n.project}`)).toEqual(['new acme/blog']);
      expect(run.out + run.err).not.toContain('tok-123');

      await cli(['sync', '--source', mirrorPath]); // more data: acme/blog is evaluated again, but nothing new
      const opened2 = openSqliteStore(db);
      if (!opened2.ok) throw new Error(opened2.error);
      await opened2.value.writeScan(
        { project: 'acme/wiki', ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 'beef', pipelineUrl: null, scannedAt: new Date('2026-11-02T08:00:00Z') },
        laravel.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies })),
      );
      await opened2.value.close();
      server.removeAllListeners('request');
      server.on('request', (_req, res) => res.writeHead(500).end());
      const failing = await cli(['rescan', '--project', 'acme/wiki', '--webhook', `http://127.0.0.1:${port}/hook?token=query-secret`], { DEPINDEX_WEBHOOK_TOKEN: 'tok-123' });
      expect(failing.code).toBe(3);
      expect(failing.err).toContain(`the webhook http://127.0.0.1:${port}/hook?… did not take the notifications: HTTP 500`);
      expect(failing.out + failing.err).not.toMatch(/query-secret|tok-123/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
