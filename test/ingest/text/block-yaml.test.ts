import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { readBlockYaml, type Schema } from '../../../src/ingest/text/block-yaml.js';

const external = (p: string) => readFileSync(new URL(`../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');
const own = (p: string) => readFileSync(new URL(`../../../fixtures/ingest/${p}`, import.meta.url), 'utf8');

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

  // Podfile.lock: PODS items that are one-key mappings over a sequence, ":path:" keys, keys with spaces;
  // pubspec.lock: packages with a description that is a mapping or a string. lineOf answers only on the fast path.
  it.each([
    'podfile-lock/sources-and-bad.Podfile.lock',
    'podfile-lock/trivy-happy.Podfile.lock',
    'podfile-lock/alamofire-result.Podfile.lock',
    'pubspec-lock/ping-coming-soon-page.pubspec.lock',
    'pubspec-lock/sha256-git-path-and-bad.pubspec.lock',
  ])('%s reads the same as yaml.parse, on the fast path', (file) => {
    const text = own(file);
    const fast = readBlockYaml(text, 'core');
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    expect(fast.value.value).toStrictEqual(parse(text));
    const root = fast.value.value as object;
    expect(fast.value.lineOf(root, Object.keys(root)[0] ?? '')).toBeGreaterThan(0);
  });

  it.each([
    ['sequence items that are mappings', 'PODS:\n  - A (1.0):\n    - B (~> 1)\n  - B (1.1)\n  - "!P (2)":\n    - A\nx:\n- a: 1\n  b: [c]\n-   d:\n- e\n- f:\n    g: 2\n'],
    ['plain keys starting with ":", "-" or "?"', 'S:\n  P:\n    :path: "../P"\n    -x: 1\n    ?y: 2\n'],
  ])('%s (fast path)', (_name, text) => {
    const fast = readBlockYaml(text, 'core');
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    expect(fast.value.value).toStrictEqual(parse(text));
    expect(fast.value.lineOf(fast.value.value as object, Object.keys(fast.value.value as object)[0] ?? '')).toBe(1);
  });

  it.each([
    ['a sequence in a sequence', 'a:\n- - x\n'],
    ['a sequence after a key on its line', 'a: - x\n'],
    ['a tab after "- "', 'a:\n-\tb: 1\n'],
  ])('%s (fallback)', (_name, text) => {
    const fast = readBlockYaml(text, 'core');
    const slow = parseDocument(text);
    expect(fast.ok).toBe(slow.errors.length === 0);
    if (fast.ok) {
      expect(fast.value.value).toStrictEqual(slow.toJS());
      expect(fast.value.lineOf(fast.value.value as object, 'a')).toBeUndefined();
    }
  });

  it('remembers the lines of sequence items and of their keys, down to lineLevels', () => {
    const r = readBlockYaml('PODS:\n  - A (1.0):\n\n    - B (~> 1)\n    # c\n    - C\n  - B (1.1)\nD:\n  - A\n', 'core', 4);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { PODS: pods, D: d } = r.value.value as { PODS: [Record<string, string[]>, string]; D: string[] };
    expect([0, 1].map((i) => r.value.lineOf(pods, i))).toEqual([2, 7]);
    expect(r.value.lineOf(pods[0], 'A (1.0)')).toBe(2);
    const needs = pods[0]['A (1.0)'] ?? [];
    expect([0, 1].map((i) => r.value.lineOf(needs, i))).toEqual([4, 6]);
    expect(r.value.lineOf(d, 0)).toBe(9);
    const shallow = readBlockYaml('PODS:\n  - A (1.0):\n    - B\n', 'core', 2);
    if (!shallow.ok) throw new Error(shallow.error);
    const shallowPods = (shallow.value.value as { PODS: Record<string, string[]>[] }).PODS;
    expect(shallow.value.lineOf(shallowPods, 0)).toBe(2);
    expect(shallow.value.lineOf(shallowPods[0] ?? {}, 'A (1.0)')).toBeUndefined();
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
