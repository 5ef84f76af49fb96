import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORE, openStore } from '../../src/store/open.js';

const cwd = mkdtempSync(join(tmpdir(), 'depindex-open-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const options = { cwd, env: {} };

describe('openStore', () => {
  it('opens the default SQLite index relative to the working directory, creating its folder', async () => {
    const opened = await openStore(DEFAULT_STORE, options);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.location).toBe(`sqlite:${join(cwd, '.depindex', 'index.db')}`);
    await opened.value.close();
    expect(existsSync(join(cwd, '.depindex', 'index.db'))).toBe(true);
  });

  it('opens a throw-away in-memory index', async () => {
    const opened = await openStore('sqlite::memory:', options);
    expect(opened.ok && opened.value.location).toBe('sqlite::memory:');
    if (opened.ok) await opened.value.close();
  });

  it('does not create an index when asked only to read', async () => {
    const opened = await openStore('sqlite:missing/index.db', { ...options, create: false });
    expect(opened).toEqual({ ok: false, error: `no index at sqlite:missing/index.db (${join(cwd, 'missing', 'index.db')}) yet: \`depindex scan\` writes one, or say where it is with --store` });
    expect(existsSync(join(cwd, 'missing'))).toBe(false);
  });

  it.each([
    ['sqlite:', '--store sqlite: needs a path'],
    ['index.db', '--store "index.db" is not a store'],
    ['postgres://db/x', '--store "postgres://db/x" is not a store'],
  ])('refuses %j', async (spec, message) => {
    const opened = await openStore(spec, options);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toContain(message);
  });

  it('hands an http(s) URL to the Elasticsearch store', async () => {
    // Port 9 (discard) refuses the connection: the answer must be the Elasticsearch store's, not "not a store".
    const opened = await openStore('http://127.0.0.1:9', options);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).not.toContain('is not a store');
      expect(opened.error).toContain('127.0.0.1:9');
    }
  });
});
