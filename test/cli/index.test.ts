import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const fixtures = new URL('../../fixtures/cli/', import.meta.url).pathname;

describe('scan with the embedded index', () => {
  it('stores the scan, then diffs a branch against the stored target ref', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-index-'));
    const store = `sqlite:${join(dir, 'index.db')}`;
    const onMain = memoryIO(fixtures, { GITLAB_CI: 'true', CI_PROJECT_PATH: 'acme/web/app', CI_COMMIT_REF_NAME: 'main', CI_DEFAULT_BRANCH: 'main', CI_COMMIT_SHA: 'aaa111' });
    expect(await main(['scan', 'base/web-app.cdx.json', '--store', store], onMain)).toBe(0);
    expect(onMain.out()).toContain('stored 1 set(s): 3 new, 0 kept, 0 removed');

    // The merge request pipeline: the target defaults from CI_MERGE_REQUEST_TARGET_BRANCH_NAME. The base report
    // was stored under its own path, so name the file alike: scan it from a folder where it has the same path.
    const feature = memoryIO(join(fixtures, '..'), {
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'acme/web/app',
      CI_COMMIT_REF_NAME: 'feature',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    });
    const out = join(dir, 'diff.json');
    const code = await main(['scan', 'cli/web-app.cdx.json', '--store', store, '--diff-json', out], feature);
    expect(code).toBe(0);
    const diff = JSON.parse(readFileSync(out, 'utf8')) as { target: string; targetKnown: boolean; summary: Record<string, number> };
    expect(diff).toMatchObject({ target: 'main', targetKnown: true });
    // base/web-app.cdx.json and cli/web-app.cdx.json pair up by file name: express upgraded, left-pad removed.
    expect(diff.summary).toEqual({ added: 3, removed: 1, upgraded: 1, downgraded: 0, changed: 0 });

    const search = memoryIO(fixtures);
    expect(await main(['search', 'express', '--store', store, '--json'], search)).toBe(0);
    const hits = (JSON.parse(search.out()) as { total: number; hits: { ref: string; version: string; firstCommitSha: string | null }[] }).hits;
    expect(hits.map((h) => `${h.ref} ${h.version}`).sort()).toEqual(['feature 4.18.2', 'main 4.17.1']);
    expect(hits.find((h) => h.ref === 'main')?.firstCommitSha).toBe('aaa111');
  });

  it('says the target was never scanned instead of listing everything as added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-index-'));
    const io = memoryIO(fixtures);
    const code = await main(['scan', 'web-app.cdx.json', '--store', `sqlite:${join(dir, 'i.db')}`, '--project', 'a/b', '--ref', 'f', '--target-ref', 'main', '--comment-md', join(dir, 'c.md')], io);
    expect(code).toBe(0);
    expect(io.out()).toContain('diff: main has never been scanned, nothing to compare with');
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toContain('main has not been scanned by depindex yet');
  });

  it('writes the SBOM and exits 3 naming the URL when Elasticsearch refuses the connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-index-'));
    const io = memoryIO(fixtures);
    const code = await main(['scan', 'web-app.cdx.json', '--store', 'http://127.0.0.1:9', '--project', 'a/b', '--ref', 'main', '--sbom', join(dir, 's.json')], io);
    expect(code).toBe(3);
    expect(existsSync(join(dir, 's.json'))).toBe(true);
    expect(io.err()).toMatch(/127\.0\.0\.1:9/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('gives a clear error for a file that is not a depindex index', async () => {
    const io = memoryIO(fixtures);
    const code = await main(['scan', 'web-app.cdx.json', '--store', `sqlite:${join(fixtures, 'web-app.cdx.json')}`, '--project', 'a/b', '--ref', 'main'], io);
    expect(code).toBe(3);
    expect(io.err()).toContain('web-app.cdx.json');
  });
});
