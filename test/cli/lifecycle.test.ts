import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXIT } from '../../src/run/exit-codes.js';
import { memoryIO } from './io.js';

// Complete and partial scans, file identity and prune through the CLI (issue #15), on one real project's files.
const runbooks = new URL('../../../shared/fixtures/external/gitlab-com-runbooks/', import.meta.url).pathname;
const laravelSbom = new URL('../../../shared/fixtures/external/cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json', import.meta.url).pathname;

/** A checkout of the runbooks project (a .git folder marks its root), with an index beside it. */
function checkout(files: readonly string[] = ['package-lock.json', 'Gemfile.lock', 'requirements.txt']): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-lifecycle-'));
  mkdirSync(join(dir, '.git'));
  for (const f of files) writeFileSync(join(dir, f), readFileSync(join(runbooks, f)));
  return dir;
}

async function run(dir: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(dir, env);
  const code = await main([...args], io);
  return { code, out: io.out(), err: io.err() };
}

const STORE = ['--store', 'sqlite:index.db'];
const scan = (dir: string, ref: string, ...rest: string[]) => run(dir, ['scan', ...rest, ...STORE, '--project', 'gitlab-com/runbooks', '--ref', ref]);

async function files(dir: string, ref: string): Promise<string[]> {
  const found = await run(dir, ['search', ...STORE, '--project', 'gitlab-com/runbooks', '--ref', ref, '--json', '--limit', '1000']);
  expect(found.code, found.err).toBe(0);
  return [...new Set((JSON.parse(found.out) as { hits: { file: string }[] }).hits.map((h) => h.file))].sort();
}

describe('a complete scan', () => {
  it('retires the sets of dependency files the ref no longer has, and the summary names them', async () => {
    const dir = checkout();
    expect((await scan(dir, 'main', 'package-lock.json', 'Gemfile.lock', 'requirements.txt')).code).toBe(0);
    expect(await files(dir, 'main')).toEqual(['Gemfile.lock', 'package-lock.json', 'requirements.txt']);
    rmSync(join(dir, 'Gemfile.lock'));
    rmSync(join(dir, 'requirements.txt'));
    const second = await scan(dir, 'main', '*-lock.json');
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('complete scan: retired 2 set(s) of files no longer scanned: Gemfile.lock, requirements.txt');
    expect(await files(dir, 'main')).toEqual(['package-lock.json']);
    // Search no longer finds a gem of the deleted Gemfile.lock on main.
    const rack = await run(dir, ['search', 'activesupport', ...STORE, '--json']);
    expect((JSON.parse(rack.out) as { total: number }).total).toBe(0);
  });

  it('retires nothing when an input could not be read, and says why', async () => {
    const dir = checkout();
    expect((await scan(dir, 'main', 'package-lock.json', 'Gemfile.lock')).code).toBe(0);
    writeFileSync(join(dir, 'broken.cdx.json'), '{"bomFormat": "CycloneDX", ');
    const second = await scan(dir, 'main', 'package-lock.json', 'broken.cdx.json');
    expect(second.code).toBe(EXIT.input);
    expect(second.out).toContain('note: no set was retired: an input could not be read, and retiring needs the complete picture of the ref');
    expect(await files(dir, 'main')).toEqual(['Gemfile.lock', 'package-lock.json']);
  });
});

describe('a partial scan', () => {
  it('keeps the other files\' sets, and its diff compares only the files it read', async () => {
    const dir = checkout();
    expect((await scan(dir, 'main', 'package-lock.json', 'Gemfile.lock', 'requirements.txt', '--default-branch')).code).toBe(0);
    // A job that reads only the npm lock file, on a branch, compared with main.
    const complete = await scan(dir, 'feature', 'package-lock.json', '--target-ref', 'main', '--diff-json', 'complete.json');
    const partial = await scan(dir, 'feature-2', 'package-lock.json', '--target-ref', 'main', '--diff-json', 'partial.json', '--partial');
    expect(partial.code, partial.err).toBe(0);
    const summary = (file: string): { removed: number } => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { summary: { removed: number } }).summary;
    // Without --partial the gems and the pip package of main count as removed; with it, nothing is.
    expect(summary('complete.json').removed).toBeGreaterThan(0);
    expect(summary('partial.json').removed).toBe(0);
    expect(complete.out).toMatch(/diff with main: 0 added, [1-9]\d* removed/);
    expect(partial.out).toContain('diff with main: 0 added, 0 removed, 0 upgraded, 0 downgraded');

    const again = await scan(dir, 'main', 'package-lock.json', '--partial');
    expect(again.out).toContain('the sets of files not read in this scan were left as they are');
    expect(await files(dir, 'main')).toEqual(['Gemfile.lock', 'package-lock.json', 'requirements.txt']);
  });
});

describe('findings follow the sets', () => {
  it('a partial scan, or one with an unread input, keeps the findings of the files it did not read', async () => {
    const dir = checkout();
    writeFileSync(join(dir, '.depindex.yml'), 'mode: warn\ndependencies:\n  deny:\n    - purl: pkg:gem/activesupport\n    - purl: pkg:npm/ajv\n');
    const findingFiles = async (): Promise<string[]> => {
      const listed = await run(dir, ['findings', ...STORE, '--ref', 'main', '--json']);
      return [...new Set((JSON.parse(listed.out) as { hits: { file: string }[] }).hits.map((h) => h.file))].sort();
    };
    expect((await scan(dir, 'main', 'package-lock.json', 'Gemfile.lock')).code).toBe(0);
    expect(await findingFiles()).toEqual(['Gemfile.lock', 'package-lock.json']);
    expect((await scan(dir, 'main', 'package-lock.json', '--partial')).code).toBe(0);
    expect(await findingFiles()).toEqual(['Gemfile.lock', 'package-lock.json']);
    writeFileSync(join(dir, 'broken.cdx.json'), '{"bomFormat": "CycloneDX", ');
    expect((await scan(dir, 'main', 'package-lock.json', 'broken.cdx.json')).code).toBe(EXIT.input);
    expect(await findingFiles()).toEqual(['Gemfile.lock', 'package-lock.json']);
    // The complete scan retires Gemfile.lock, and its findings go with it.
    expect((await scan(dir, 'main', 'package-lock.json')).code).toBe(0);
    expect(await findingFiles()).toEqual(['package-lock.json']);
  });
});

describe('file identity', () => {
  it('names dependency files from the repository root, whatever folder the scan runs in', async () => {
    const dir = checkout([]);
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'package-lock.json'), readFileSync(join(runbooks, 'package-lock.json')));
    // From the root, from the subfolder (git top level found above it), and in GitLab CI (CI_PROJECT_DIR).
    expect((await scan(dir, 'root', 'web/package-lock.json')).code).toBe(0);
    const web = join(dir, 'web');
    expect((await run(web, ['scan', 'package-lock.json', '--store', `sqlite:${join(dir, 'index.db')}`, '--project', 'gitlab-com/runbooks', '--ref', 'sub'])).code).toBe(0);
    rmSync(join(dir, '.git'), { recursive: true });
    const ci = await run(web, ['scan', 'package-lock.json', '--store', `sqlite:${join(dir, 'index.db')}`, '--project', 'gitlab-com/runbooks', '--ref', 'ci'], { CI_PROJECT_DIR: dir });
    expect(ci.code, ci.err).toBe(0);
    for (const ref of ['root', 'sub', 'ci']) expect(await files(dir, ref)).toEqual(['web/package-lock.json']);
  });

  it('keys an SBOM without dependency-file information by its own path from the root', async () => {
    const dir = checkout([]);
    mkdirSync(join(dir, 'sbom'));
    writeFileSync(join(dir, 'sbom', 'laravel.cdx.json'), readFileSync(laravelSbom));
    const first = await run(join(dir, 'sbom'), ['scan', 'laravel.cdx.json', '--store', `sqlite:${join(dir, 'index.db')}`, '--project', 'gitlab-com/runbooks', '--ref', 'main']);
    expect(first.code, first.err).toBe(0);
    const second = await scan(dir, 'main', 'sbom/laravel.cdx.json');
    // The same file from another folder is the same set: nothing new, nothing retired.
    expect(second.out).toMatch(/stored 1 set\(s\): 0 new, \d+ kept, 0 removed/);
    expect(second.out).toContain('complete scan: no set retired');
    expect(await files(dir, 'main')).toEqual(['sbom/laravel.cdx.json']);
  });
});

describe('depindex prune', () => {
  async function filled(): Promise<string> {
    const dir = checkout();
    expect((await scan(dir, 'main', 'package-lock.json', '--default-branch')).code).toBe(0);
    expect((await scan(dir, 'feature/old', 'Gemfile.lock', 'requirements.txt')).code).toBe(0);
    return dir;
  }

  it('removes a ref, and says what it held', async () => {
    const dir = await filled();
    const pruned = await run(dir, ['prune', '--project', 'gitlab-com/runbooks', '--ref', 'feature/old', ...STORE]);
    expect(pruned.code, pruned.err).toBe(0);
    expect(pruned.out).toMatch(/^removed gitlab-com\/runbooks at feature\/old \(branch, last scanned \S+Z, 2 set\(s\): Gemfile\.lock, requirements\.txt\)$/m);
    expect(await files(dir, 'feature/old')).toEqual([]);
    expect(await files(dir, 'main')).toEqual(['package-lock.json']);
  });

  it('says so when the ref is not in the index, and exits 0', async () => {
    const dir = await filled();
    const pruned = await run(dir, ['prune', '--project', 'gitlab-com/runbooks', '--ref', 'gone', ...STORE]);
    expect(pruned).toMatchObject({ code: 0, err: '' });
    expect(pruned.out).toMatch(/^depindex prune: gitlab-com\/runbooks has no ref gone in sqlite:\S+index\.db; nothing removed$/m);
  });

  it('lists with --dry-run and removes nothing; --older-than keeps the default branch when asked', async () => {
    const dir = await filled();
    const dry = await run(dir, ['prune', '--older-than', '0h', '--dry-run', '--json', ...STORE]);
    expect(dry.code, dry.err).toBe(0);
    const listed = JSON.parse(dry.out) as { dryRun: boolean; refs: { ref: string; defaultBranch: boolean }[] };
    expect(listed.dryRun).toBe(true);
    expect(listed.refs.map((r) => `${r.ref} ${r.defaultBranch}`)).toEqual(['feature/old false', 'main true']);
    expect(await files(dir, 'feature/old')).toEqual(['Gemfile.lock', 'requirements.txt']);
    const kept = await run(dir, ['prune', '--older-than', '0h', '--keep-default-branch', ...STORE]);
    expect(kept.out).toContain('depindex prune: 1 ref(s) removed');
    expect(await files(dir, 'main')).toEqual(['package-lock.json']);
    const recent = await run(dir, ['prune', '--older-than', '90d', ...STORE]);
    expect(recent.out).toContain('no ref matches');
  });

  it.each([
    [['--ref', 'main'], '--ref needs --project'],
    [['--project', 'p'], 'say what to remove'],
    [['--project', 'p', '--ref', 'main', '--keep-tags'], '--keep-default-branch and --keep-tags go with --older-than'],
    [['--older-than', 'last year'], '--older-than "last year" is neither a duration back from now (90d, 12w, 36h) nor a date'],
    [['--older-than', '90d', 'extra'], 'prune takes no arguments'],
  ])('refuses %j with a usage line, exit 64', async (args, message) => {
    const dir = checkout([]);
    const bad = await run(dir, ['prune', ...args, ...STORE]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain(`depindex prune: ${message}`);
  });

  it('says there is no index when the file is not there (a typo), exit 3, and creates none', async () => {
    const dir = checkout([]);
    const missing = await run(dir, ['prune', '--project', 'p', '--ref', 'main', '--store', 'sqlite:nope.db']);
    expect(missing.code).toBe(EXIT.output);
    expect(missing.err).toContain('no index at sqlite:nope.db');
    expect(existsSync(join(dir, 'nope.db'))).toBe(false);
  });
});
