import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { FakePlatform } from '../platforms/fake-platform.js';
import { memoryIO } from './io.js';

const fixtures = new URL('../../fixtures/cli/', import.meta.url).pathname;

describe('scan on a GitLab merge request pipeline', () => {
  let gitlab: FakePlatform;
  let env: Record<string, string>;
  beforeEach(async () => {
    gitlab = await new FakePlatform().start();
    env = {
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'group/web-app',
      CI_COMMIT_REF_NAME: 'feature',
      CI_MERGE_REQUEST_IID: '3',
      CI_PROJECT_ID: '7',
      CI_API_V4_URL: `${gitlab.url}/api/v4`,
      DEPINDEX_GITLAB_TOKEN: 'glpat-test',
    };
  });
  afterEach(() => gitlab.stop());

  it('posts the diff against base reports as one note, and updates it when a later push empties the diff', async () => {
    const out = mkdtempSync(join(tmpdir(), 'depindex-mr-'));
    const first = memoryIO(fixtures, env);
    const code = await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'base/web-app.cdx.json', '--diff-json', join(out, 'diff.json')], first);
    expect(code).toBe(0);
    expect(first.out()).toContain('diff with the base reports: 3 added, 1 removed, 1 upgraded, 0 downgraded');
    expect(first.out()).toContain('comment created');
    const diff = JSON.parse(readFileSync(join(out, 'diff.json'), 'utf8')) as { files: { changed: unknown[]; added: { name: string; via: string[] | null }[] }[] };
    // A changed row carries the dependency as it is now, as added rows do (issue 18), then the change.
    expect(diff.files[0]?.changed).toEqual([
      { purl: 'pkg:npm/express@4.18.2', type: 'npm', name: 'express', version: '4.18.2', introduced: true, development: false, optional: false, licenses: ['MIT'], checksums: null, source: null, via: null, from: '4.17.1', to: '4.18.2', direction: 'upgrade' },
    ]);
    expect(diff.files[0]?.added.find((d) => d.name === 'body-parser')?.via).toEqual(['express']);
    expect(gitlab.comments).toHaveLength(1);
    expect(gitlab.comments[0]?.body).toContain('**3 added, 1 removed, 1 upgraded, 0 downgraded**');

    // The branch now matches its target: the note says so instead of showing stale changes.
    const second = memoryIO(fixtures, env);
    expect(await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'web-app.cdx.json'], second)).toBe(0);
    expect(second.out()).toContain('comment updated');
    expect(gitlab.comments).toHaveLength(1);
    expect(gitlab.comments[0]?.body).toContain('No dependency changes compared with the base reports.');
  });

  it('does not open a note for an empty diff with --comment on-change', async () => {
    const io = memoryIO(fixtures, env);
    expect(await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'web-app.cdx.json'], io)).toBe(0);
    expect(io.out()).toContain('comment skipped');
    expect(gitlab.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('writes the other outputs and warns with what to fix when the token is refused', async () => {
    gitlab.failWith = 403;
    const out = mkdtempSync(join(tmpdir(), 'depindex-mr-'));
    const io = memoryIO(fixtures, env);
    const code = await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'base/web-app.cdx.json', '--comment-md', join(out, 'c.md')], io);
    expect(code).toBe(0);
    expect(io.out()).toMatch(/warning: the comment was not posted: GitLab .* answered 403: the token may not comment; it needs the api scope/);
    expect(readFileSync(join(out, 'c.md'), 'utf8')).toContain('<!-- depindex:dependency-diff -->');
  });

  it('says what is missing when there is no token', async () => {
    delete env.DEPINDEX_GITLAB_TOKEN;
    const io = memoryIO(fixtures, env);
    await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'base/web-app.cdx.json'], io);
    expect(io.out()).toContain('warning: the comment was not posted: no token for the merge request note: set DEPINDEX_GITLAB_TOKEN');
  });
});

describe('a head input that cannot be read', () => {
  it('is left out of the diff instead of showing as wholly removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-mr-'));
    const store = `sqlite:${join(dir, 'index.db')}`;
    writeFileSync(join(dir, 'bom.json'), readFileSync(join(fixtures, 'web-app.cdx.json')));
    expect(await main(['scan', 'bom.json', '--store', store, '--project', 'a/b', '--ref', 'main'], memoryIO(dir))).toBe(0);
    // On the branch the same file is broken: the scan fails for it, and the diff must not say everything went.
    writeFileSync(join(dir, 'bom.json'), '{"bomFormat": "CycloneDX", ');
    const io = memoryIO(dir);
    const code = await main(['scan', 'bom.json', '--store', store, '--project', 'a/b', '--ref', 'feature', '--target-ref', 'main', '--diff-json', 'd.json'], io);
    expect(code).toBe(2);
    const diff = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as { summary: { removed: number }; files: unknown[] };
    expect(diff.summary.removed).toBe(0);
    expect(diff.files).toEqual([]);
  });
});
