import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { runAction } from '../../src/main.js';
import { deletedRef } from '../../src/platforms/github/delete-event.js';
import { memoryIO } from '../cli/io.js';

// The action's prune-deleted-ref mode (issue #15), run from the sources in this process: the committed bundle
// (dist/) is rebuilt only after merging. Inputs are INPUT_* variables, as the runner sets them.
const lock = new URL('../../../shared/fixtures/external/gitlab-com-runbooks/package-lock.json', import.meta.url).pathname;

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('mode prune-deleted-ref', () => {
  it('removes the branch GitHub\'s delete event names (not GITHUB_REF, which is the default branch)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-action-prune-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'package-lock.json'), readFileSync(lock));
    for (const ref of ['main', 'feature/gone']) {
      expect(await main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'octo/app', '--ref', ref], memoryIO(dir))).toBe(0);
    }
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ ref: 'feature/gone', ref_type: 'branch', pusher_type: 'user', repository: { full_name: 'octo/app' } }));
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => printed.push(String(chunk)) > 0);
    process.env = {
      PATH: saved.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'delete',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_WORKSPACE: dir,
      INPUT_MODE: 'prune-deleted-ref',
      INPUT_STORE: 'sqlite:index.db',
    };
    await runAction();
    expect(process.exitCode).toBeUndefined();
    expect(printed.join('')).toMatch(/^removed octo\/app at feature\/gone \(branch, /m);
    const refs = memoryIO(dir);
    expect(await main(['search', 'ajv', '--store', 'sqlite:index.db', '--json'], refs)).toBe(0);
    expect([...new Set((JSON.parse(refs.out()) as { hits: { ref: string }[] }).hits.map((h) => h.ref))]).toEqual(['main']);
  });

  it.each([
    [{ GITHUB_EVENT_NAME: 'push' }, { ref: 'x', ref_type: 'branch' }, 'mode prune-deleted-ref runs on the delete event (on: delete), not on push'],
    [{ GITHUB_EVENT_NAME: 'delete' }, { ref_type: 'branch' }, 'the event payload (GITHUB_EVENT_PATH) names no deleted branch or tag (ref and ref_type of the delete event)'],
    [{ GITHUB_EVENT_NAME: 'delete' }, null, 'the event payload (GITHUB_EVENT_PATH) names no deleted branch or tag (ref and ref_type of the delete event)'],
  ])('refuses %j with payload %j', (env, event, message) => {
    expect(deletedRef(env, event, 'octo/app')).toEqual({ ok: false, error: message });
  });

  it('takes the project from the payload when no input or GITHUB_REPOSITORY names it', () => {
    expect(deletedRef({ GITHUB_EVENT_NAME: 'delete' }, { ref: 'v1.0.0', ref_type: 'tag', repository: { full_name: 'octo/lib' } }, null)).toEqual({
      ok: true,
      value: { project: 'octo/lib', ref: 'v1.0.0' },
    });
  });
});
