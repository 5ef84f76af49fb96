// The README's GitLab example reads its own output (issue 11, item 11): gl-sbom-depindex.cdx.json matches
// **/gl-sbom-*.cdx.json, claims package-lock.json, and hid the real lock file on the next run.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { readInputs } from '../../src/run/scan.js';
import { memoryIO } from '../cli/io.js';
import { externalRoot } from '../robustness/support/seeds.js';

interface ScanJson {
  sets: { file: string; format: string; dependencies: { name: string; version: string }[] }[];
  warnings: { file: string; place: string; message: string }[];
  notes: { file: string; message: string }[];
}

describe('depindex never reads its own SBOM back', () => {
  it('the README GitLab command run twice in one workspace sees the version bump in package-lock.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-own-'));
    cpSync(join(externalRoot, 'gitlab-com-runbooks/package-lock.json'), join(dir, 'package-lock.json'));
    // The README's command, with the embedded index.
    const argv = ['scan', '**/gl-sbom-*.cdx.json', '**/package-lock.json', '--project', 'acme/app', '--ref', 'main', '--sbom', 'gl-sbom-depindex.cdx.json', '--json', 'depindex.json'];
    expect(await main(argv, memoryIO(dir))).toBe(2); // the first glob matches nothing yet
    const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    const first = JSON.parse(readFileSync(join(dir, 'depindex.json'), 'utf8')) as ScanJson;
    const [name, version] = (() => {
      const d = first.sets[0]?.dependencies.find((x) => lock.includes(`"version": "${x.version}"`)) ?? { name: '', version: '' };
      return [d.name, d.version];
    })();
    const bumped = `${version}-bumped.1`;
    writeFileSync(join(dir, 'package-lock.json'), lock.replace(`"version": "${version}"`, `"version": "${bumped}"`));

    const io = memoryIO(dir);
    expect(await main(argv, io)).toBe(0);
    const second = JSON.parse(readFileSync(join(dir, 'depindex.json'), 'utf8')) as ScanJson;
    expect(second.sets.map((s) => [s.file, s.format])).toEqual([['package-lock.json', 'npm-lock']]);
    expect(second.sets[0]?.dependencies.filter((d) => d.name === name).map((d) => d.version)).toContain(bumped);
    expect(second.notes).toContainEqual({
      file: 'gl-sbom-depindex.cdx.json',
      message: 'an SBOM depindex wrote itself (its tool metadata says so); not read as an input (name it without a glob to read it)',
    });
    expect(second.warnings.filter((w) => w.file === 'gl-sbom-depindex.cdx.json')).toEqual([]);
  });

  it('a scanner SBOM and the lock file it describes: the lock file is used, and the warning says which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-prefer-'));
    cpSync(join(externalRoot, 'gitlab-com-runbooks/package-lock.json'), join(dir, 'package-lock.json'));
    cpSync(join(externalRoot, 'gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json'), join(dir, 'gl-sbom-npm-npm.cdx.json'));
    // The SBOM comes first in pattern order, as in the README; order must not decide.
    const result = await readInputs({ patterns: ['**/gl-sbom-*.cdx.json', '**/package-lock.json'], cwd: dir, maxInputBytes: 1 << 26 });
    expect(result.sets.map((s) => [s.file, s.format])).toEqual([['package-lock.json', 'npm-lock']]);
    expect(result.inputs.map((i) => [i.path, i.sets])).toEqual([
      ['gl-sbom-npm-npm.cdx.json', 0],
      ['package-lock.json', 1],
    ]);
    expect(result.warnings).toContainEqual({
      file: 'gl-sbom-npm-npm.cdx.json',
      place: 'package-lock.json',
      message: 'package-lock.json is taken from package-lock.json (the lock file is preferred over a report); this input\'s set for it is left out',
    });
  });

  it('an SBOM of depindex named explicitly (as base reports are) is still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-named-'));
    cpSync(join(externalRoot, 'gitlab-com-runbooks/package-lock.json'), join(dir, 'package-lock.json'));
    expect(await main(['scan', 'package-lock.json', '--no-store', '--sbom', 'out/sbom.cdx.json'], memoryIO(dir))).toBe(0);
    const result = await readInputs({ patterns: ['out/sbom.cdx.json'], cwd: dir, maxInputBytes: 1 << 26 });
    expect(result.sets.length).toBe(1);
    expect(result.sets[0]?.dependencies.length).toBeGreaterThan(10);
  });
});
