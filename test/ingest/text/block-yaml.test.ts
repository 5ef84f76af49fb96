import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readBlockYaml, type Schema } from '../../../src/ingest/text/block-yaml.js';

const external = (p: string) => readFileSync(new URL(`../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');

// The fast reader must give exactly what the `yaml` package gives; only speed may differ.
describe('readBlockYaml against the yaml package', () => {
  it.each<[string, Schema]>([
    ['vite/pnpm-lock.yaml', 'core'],
    ['vite/v6.0/pnpm-lock.yaml', 'core'],
    ['prettier/yarn.lock', 'failsafe'],
  ])('%s reads the same as yaml.parse', (file, schema) => {
    const text = external(file);
    const fast = readBlockYaml(text, schema);
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    expect(fast.value.value).toStrictEqual(parse(text, { schema: schema === 'failsafe' ? 'failsafe' : 'core' }));
  });

  it.each([
    ['plain scalars in the core schema', 'a: 5.4\nb: true\nc: ~\nd: 1.2.3\ne: 0x1f\nf: "x\\ty"\ng: \'it\'\'s\'\n'],
    ['flow collections', "r: {integrity: sha512-AA==, tarball: 'https://x/y.tgz'}\ncpu: [x64, arm64]\ne: {}\nf: []\n"],
    ['a block sequence at the key indentation', 'list:\n- a\n- b\nnext: 1\n'],
    ['a nested block sequence', 'p:\n  bundled:\n    - x\n    - \'@s/y\'\n  n: 1\n'],
    ['comments', '# head\na: 1 # trailing\nb:\n  # inside\n  c: d\n'],
    ['an anchor and alias (fallback)', 'a: &x 1\nb: *x\n'],
    ['a block scalar (fallback)', 'a: |\n  line one\n  line two\nb: 2\n'],
    ['an explicit key (fallback)', '? long key\n: value\n'],
    ['a multi-line plain scalar (fallback)', 'a: one\n  two\nb: 3\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  c: 2\r\n'],
  ])('%s', (_name, text) => {
    const fast = readBlockYaml(text, 'core');
    expect(fast.ok).toBe(true);
    if (fast.ok) expect(fast.value.value).toStrictEqual(parse(text));
  });

  it('remembers the line of each key', () => {
    const r = readBlockYaml('a: 1\n\npackages:\n  x@1:\n    v: 1\n  y@2: {}\n', 'core', 2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const packages = (r.value.value as { packages: object }).packages;
    expect(r.value.lineOf(packages, 'x@1')).toBe(4);
    expect(r.value.lineOf(packages, 'y@2')).toBe(6);
  });

  it('reports invalid YAML with its line', () => {
    const r = readBlockYaml('a: 1\nb: [unclosed\nc: 2\n', 'core');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.place).toMatch(/^line \d+, column \d+$/);
  });
});
