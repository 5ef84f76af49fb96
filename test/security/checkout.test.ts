// Hostile checkouts (issue 11, items 1, 5, 12, 13, 14): each attack as it was found, with real symbolic links,
// real /proc files, a real FIFO and real fixtures with their line endings changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/ingest/load.js';
import { readInputs } from '../../src/run/scan.js';
import { externalRoot, readSeed } from '../robustness/support/seeds.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** depindex's CLI in a child process of its own (from the sources, through tsx). */
function spawnDepindex(cwd: string, argv: readonly string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const script = `import { main } from ${JSON.stringify(join(repoRoot, 'src/cli.ts'))};
    process.exitCode = await main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });`;
  const run = spawnSync(process.execPath, ['--import', join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs'), '--input-type=module', '-e', script, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const repo = (): string => mkdtempSync(join(tmpdir(), 'depindex-hostile-'));

describe('secrets through symbolic links (item 1)', () => {
  it('a gl-sbom link to /proc/self/environ, matched by the documented glob: refused once, no byte of it in the log or the JSON', () => {
    const dir = repo();
    symlinkSync('/proc/self/environ', join(dir, 'gl-sbom-npm-npm.cdx.json'));
    symlinkSync('/etc/passwd', join(dir, 'gl-sbom-pip-pip.cdx.json'));
    writeFileSync(join(dir, 'package-lock.json'), readSeed('npm-lock'));
    // A real process, so that its /proc/self/environ really holds the token.
    const secret = 'ghp_' + 'S3cr3tT0kenNeverInLogs0123456789';
    const run = spawnDepindex(dir, ['scan', '**/gl-sbom-*.cdx.json', 'package-lock.json', '--no-store', '--json', 'out/scan.json'], { GITHUB_TOKEN: secret });
    expect(run.status).toBe(2);
    const json = readFileSync(join(dir, 'out/scan.json'), 'utf8');
    const errors = (JSON.parse(json) as { errors: { file: string; message: string }[] }).errors;
    expect(errors).toEqual([
      { file: 'gl-sbom-npm-npm.cdx.json', message: expect.stringMatching(/^is a symbolic link that leads out of the repository; not followed/) },
      { file: 'gl-sbom-pip-pip.cdx.json', message: expect.stringMatching(/^is a symbolic link that leads out of the repository; not followed/) },
    ]);
    const everything = run.stdout + run.stderr + json;
    expect(everything.match(/symbolic link/g)).toHaveLength(4); // once per file, in the log and in the JSON
    expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/root:|GITHUB_TOKEN|PATH=/);
  });

  it('a link inside the repository is read; a companion linked out of it is not used, and the note says so', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'locks'));
    writeFileSync(join(dir, 'locks/yarn.lock'), readSeed('yarn-lock'));
    symlinkSync('locks/yarn.lock', join(dir, 'yarn.lock'));
    symlinkSync('/etc/passwd', join(dir, 'locks/package.json'));
    const inside = await loadInput('yarn.lock', { maxInputBytes: 1 << 24, cwd: dir });
    expect(inside.ok).toBe(true);
    const linked = await loadInput('locks/yarn.lock', { maxInputBytes: 1 << 24, cwd: dir });
    expect(linked.ok && linked.result.notes).toContain('package.json beside it was not used: is a symbolic link that leads out of the repository; not followed (inputs are read only inside the checkout)');
  });

  it('a FIFO in the checkout is refused at once instead of waiting for a writer', async () => {
    const dir = repo();
    execFileSync('mkfifo', [join(dir, 'gl-sbom-go-go.cdx.json')]);
    const loaded = await loadInput('gl-sbom-go-go.cdx.json', { maxInputBytes: 1 << 20, cwd: dir });
    expect(loaded).toEqual({ ok: false, path: 'gl-sbom-go-go.cdx.json', message: 'not a regular file (a device, FIFO or socket); refused' });
  });

  it('an unknown file is described in words, never quoted', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'notes.txt'), 'AWS_SECRET_ACCESS_KEY=abc123secret\nmore\n');
    writeFileSync(join(dir, 'creds.json'), '{"ghp_tokenlike": "x", "password": "hunter2"}');
    const text = await loadInput('notes.txt', { maxInputBytes: 1 << 20, cwd: dir });
    const json = await loadInput('creds.json', { maxInputBytes: 1 << 20, cwd: dir });
    expect(!text.ok && text.message).toMatch(/^not a format depindex reads: it looks like text of 2 line\(s\) in no format it reads\./);
    expect(!json.ok && json.message).toMatch(/^not a format depindex reads: it looks like a JSON object without the keys of any format it reads \(2 key\(s\)\)\./);
    expect(JSON.stringify([text, json])).not.toMatch(/AWS|abc123|ghp_|password|hunter2/);
  });
});

describe('bounded reads (item 5)', () => {
  it('/proc/self/pagemap (size 0, endless) stops at the limit plus one byte', async () => {
    const before = process.memoryUsage().rss;
    const loaded = await loadInput('/proc/self/pagemap', { maxInputBytes: 4 * 1024 * 1024, cwd: repo() });
    expect(loaded).toEqual({
      ok: false,
      path: '/proc/self/pagemap',
      message: 'the file holds more than 4.0 MiB, over the input size limit of 4.0 MiB (raise it with --max-input-size)',
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('a companion over the limit is not read, and the note says why', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'yarn.lock'), readSeed('yarn-lock'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', dependencies: {}, padding: 'x'.repeat(300_000) }));
    const loaded = await loadInput('yarn.lock', { maxInputBytes: 256 * 1024, cwd: dir });
    expect(loaded.ok && loaded.result.notes).toContain('package.json beside it was not used: the file is 293.0 KiB, over the input size limit of 256.0 KiB (raise it with --max-input-size)');
  });
});

describe('line endings (item 12)', () => {
  it.each([
    ['cargo-lock', 'ripgrep/Cargo.lock'],
    ['yarn-lock', 'metahkg-rlp-proxy-rewrite/yarn.lock'],
    ['poetry-lock', 'inesctec-tsg-client/poetry.lock'],
    ['go-mod', 'cli-cli/go.mod'],
    ['gradle-lockfile', 'kotlin-bip39/gradle.lockfile'],
  ])('%s with \\r, \\n or \\r\\n line endings reads the same dependencies', async (format, file) => {
    const original = readFileSync(join(externalRoot, file), 'utf8').replace(/\r\n?/g, '\n');
    const dir = repo();
    const name = file.slice(file.lastIndexOf('/') + 1);
    const purls: string[][] = [];
    for (const [folder, ending] of [['lf', '\n'], ['cr', '\r'], ['crlf', '\r\n']] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, name), original.replace(/\n/g, ending));
      const loaded = await loadInput(`${folder}/${name}`, { maxInputBytes: 1 << 26, cwd: dir });
      expect(loaded.ok && loaded.parser.id).toBe(format);
      if (loaded.ok) {
        expect(loaded.result.problems.filter((p) => /no dependency was read/.test(p.message))).toEqual([]);
        purls.push(loaded.result.sets.flatMap((s) => s.dependencies.map((d) => d.purl)).sort());
      }
    }
    expect(purls[0]?.length).toBeGreaterThan(5);
    expect(purls[1]).toEqual(purls[0]);
    expect(purls[2]).toEqual(purls[0]);
  });

  it('a lock file that yields no dependency from bytes that are not empty is a warning that says what storing it does', async () => {
    const dir = repo();
    // A Cargo.lock whose entries were cut away: still a Cargo.lock, no package left.
    writeFileSync(join(dir, 'Cargo.lock'), '# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n');
    const result = await readInputs({ patterns: ['Cargo.lock'], cwd: dir, maxInputBytes: 1 << 20 });
    expect(result.sets.map((s) => s.dependencies.length)).toEqual([0]);
    expect(result.warnings).toEqual([
      { file: 'Cargo.lock', place: 'line 1', message: expect.stringMatching(/^the file is not empty but no dependency was read from it; .* Stored, this empty set replaces what the index held for the file$/) },
    ]);
  });
});

describe('control characters in names and versions (item 13)', () => {
  it.each([
    ['NUL in a Gemfile.lock name', 'gemfile-lock', (t: string) => t.replace('    activesupport (7.2.2)', '    active\u0000support (7.2.2)')],
    ['ESC in a yarn.lock version', 'yarn-lock', (t: string) => t.replace(/\n {2}version "([^"]+)"/, '\n  version "$1\u001b[2J"')],
    ['a C1 control (CSI) in a Cargo.lock name', 'cargo-lock', (t: string) => t.replace('name = "memchr"', 'name = "mem\u009bchr"')],
  ])('%s: that entry is refused with its line, the rest kept', async (_case, format, corrupt) => {
    const dir = repo();
    const good = readSeed(format);
    const bad = corrupt(good);
    expect(bad).not.toBe(good);
    const name = { 'gemfile-lock': 'Gemfile.lock', 'yarn-lock': 'yarn.lock', 'cargo-lock': 'Cargo.lock' }[format] as string;
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'good', name), good);
    writeFileSync(join(dir, name), bad);
    const before = await loadInput(`good/${name}`, { maxInputBytes: 1 << 24, cwd: dir });
    const after = await loadInput(name, { maxInputBytes: 1 << 24, cwd: dir });
    if (!before.ok || !after.ok) throw new Error('both should load');
    const count = (r: typeof after) => r.result.sets.reduce((n, s) => n + s.dependencies.length, 0);
    expect(count(after)).toBe(count(before) - 1);
    const refused = after.result.problems.filter((p) => /control character/.test(p.message));
    // eslint-disable-next-line no-control-regex
    const badLine = bad.split('\n').findIndex((l) => /[\u0000-\u001f\u0080-\u009f]/.test(l.replace(/\t/g, ''))) + 1;
    expect(refused).toEqual([{ place: `line ${badLine}`, message: 'a name or version holds a control character (such as NUL or ESC); this entry is left out' }]);
    for (const d of after.result.sets.flatMap((s) => s.dependencies)) expect(d.purl).not.toMatch(/%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i);
  });
});

describe('messages (item 14)', () => {
  it('a UTF-16 input says it is UTF-16 and must be converted', async () => {
    const dir = repo();
    const lock = readSeed('npm-lock');
    writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lock, 'utf16le')]));
    writeFileSync(join(dir, 'nobom.json'), Buffer.from(lock, 'utf16le'));
    for (const file of ['bom.json', 'nobom.json']) {
      expect(await loadInput(file, { maxInputBytes: 1 << 26, cwd: dir })).toEqual({
        ok: false,
        path: file,
        message: 'the file is UTF-16 text (little-endian); depindex reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8',
      });
    }
  });

  it('a file of whitespace is not "empty"', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'spaces.json'), ' '.repeat(5 * 1024 * 1024));
    expect(await loadInput('spaces.json', { maxInputBytes: 1 << 26, cwd: dir })).toEqual({
      ok: false,
      path: 'spaces.json',
      message: 'the file holds only whitespace (5242880 characters), no data',
    });
  });

  it('TOML nested past the reader\'s depth is an input error, not a depindex bug', async () => {
    const dir = repo();
    const generated = '# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\n';
    writeFileSync(join(dir, 'Cargo.lock'), `${generated}version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nx = ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`);
    const loaded = await loadInput('Cargo.lock', { maxInputBytes: 1 << 26, cwd: dir });
    expect(loaded).toEqual({
      ok: false,
      path: 'Cargo.lock',
      message: 'the input is nested too deeply for the cargo-lock reader (tables or values inside each other past its depth limit); not read',
    });
  });

  it('an unreadable directory inside a glob is reported (as an unprivileged user, in a real child process)', () => {
    const dir = repo();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/package-lock.json'), readSeed('npm-lock'));
    writeFileSync(join(dir, 'package-lock.json'), readSeed('npm-lock'));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o000);
    // Root reads any folder, so the scan runs as "nobody" when the tests run as root.
    const script = `import { readInputs } from ${JSON.stringify(join(repoRoot, 'src/run/scan.ts'))};
      const r = await readInputs({ patterns: ['**/package-lock.json'], cwd: ${JSON.stringify(dir)}, maxInputBytes: 1 << 26 });
      process.stdout.write(JSON.stringify({ files: r.sets.map((s) => s.file), errors: r.errors }));`;
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [command = '', ...args] = [...asUser, process.execPath, '--import', 'tsx', '--input-type=module', '-e', script];
    const out = JSON.parse(execFileSync(command, args, { cwd: repoRoot, encoding: 'utf8' })) as unknown;
    chmodSync(join(dir, 'locked'), 0o755);
    expect(out).toEqual({
      files: ['package-lock.json'],
      errors: [{ file: 'locked', message: 'this folder cannot be read (permission denied); files in it that the pattern **/package-lock.json would match are not read' }],
    });
  });
});
