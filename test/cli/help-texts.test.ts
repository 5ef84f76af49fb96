// Help is read by people who installed the package: it may point at the README (shipped with it), never at
// files only the repository has (DESIGN.md, docs/, src/...), and every README section it names exists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands, main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const headings = [...readme.matchAll(/^#+ (.+)$/gm)].map((m) => (m[1] as string).trim());

async function helpOf(args: string[]): Promise<string> {
  const io = memoryIO('/tmp');
  expect(await main(args, io)).toBe(0);
  return io.out();
}

describe('help texts', () => {
  it.each([...commands.map((c) => [c.name, '--help']), ['es', 'setup', '--help'], ['--help']])('%s %s points only at what the package ships', async (...args) => {
    const help = await helpOf(args.filter((a): a is string => typeof a === 'string'));
    expect(help).not.toMatch(/DESIGN\.md|STYLE\.md|docs\/|src\/|\.ts\b/);
    for (const [, section] of help.matchAll(/README[^"\n]*"([^"]+)"/g)) {
      expect(headings.some((h) => h === section || h.startsWith(`${section}:`)), `README has no section "${section}"`).toBe(true);
    }
  });
});

describe('flags and help come from one list', () => {
  // Every flag the help names is accepted, and a flag the help does not name is refused: they cannot drift.
  it.each([
    ['search', ['lodash']],
    ['version', ['compare', '--type', 'npm', '1', '2']],
  ])('%s', async (name, base) => {
    const help = await helpOf([name, '--help']);
    const named = [...new Set([...help.matchAll(/^\s+(?:NAME, )?(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1] as string))];
    expect(named.length).toBeGreaterThan(1);
    for (const flag of named) {
      const io = memoryIO('/nonexistent-depindex-dir');
      // A string flag without its value is refused too, but as "argument missing", never as unknown.
      await main([name, ...base, `--${flag}`], io);
      expect(io.err(), flag).not.toContain('Unknown option');
    }
    const io = memoryIO('/tmp');
    expect(await main([name, ...base, '--not-a-flag'], io)).toBe(64);
    expect(io.err()).toContain("Unknown option '--not-a-flag'");
  });
});
