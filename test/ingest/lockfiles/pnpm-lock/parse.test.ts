import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parser } from '../../../../src/ingest/lockfiles/pnpm-lock/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';

type Lock = { packages: Record<string, { resolution?: { type?: string } }>; snapshots?: Record<string, unknown>; importers: Record<string, Record<string, Record<string, { version: string }>>> };

/** The `yaml` package, not depindex's reader, as the oracle for what the lock holds. */
function oracle(text: string) {
  const lock = parseYaml(text) as Lock;
  const local = (key: string) => lock.packages[key.replace(/^(.+?@[^(]+)\(.*$/, '$1')]?.resolution?.type === 'directory';
  const graphKeys = Object.keys(lock.snapshots ?? lock.packages);
  return {
    lock,
    nodes: graphKeys.filter((k) => !local(k)).length,
    registryPackages: Object.keys(lock.packages).filter((k) => lock.packages[k]?.resolution?.type !== 'directory').length,
  };
}

describe('pnpm-lock on real files', () => {
  it.each([
    ['vite/pnpm-lock.yaml', 'snapshots'],
    ['vite/v6.0/pnpm-lock.yaml', 'packages'],
  ] as const)('%s: optional is pnpm\'s own `optional: true`, per %s entry', (file, section) => {
    const text = external(file);
    const lock = parseYaml(text) as Record<string, Record<string, { optional?: boolean; resolution?: { type?: string } }> | undefined>;
    const marked = Object.entries(lock[section] ?? {})
      .filter(([, entry]) => entry?.optional === true)
      .map(([key]) => key)
      .sort();
    expect(marked.length).toBeGreaterThan(100);
    const { set } = run(parser, text);
    expect(set.dependencies.filter((d) => d.optional === true).map((d) => d.ref).sort()).toEqual(marked);
    expect(set.dependencies.every((d) => d.optional === true || d.optional === false)).toBe(true);
  });


  it('vite (9.0): snapshots are the nodes, development from reachability', () => {
    const text = external('vite/pnpm-lock.yaml');
    const { lock, nodes, registryPackages } = oracle(text);
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    expect(set.packageManager).toBe('pnpm');
    expect(Object.keys(lock.packages).length).toBe(1405); // PROVENANCE.md
    expect(set.dependencies.length).toBe(nodes);
    // Peer variants of one version are one package: distinct purls are the non-folder `packages` keys.
    expect(new Set(set.dependencies.map((d) => d.purl)).size).toBe(registryPackages);
    // Direct: what the importers declare (workspace links and file: folders aside) and what file: folders need.
    const rootDev = Object.entries(lock.importers['.']?.devDependencies ?? {});
    for (const [name, { version }] of rootDev.filter(([, v]) => !v.version.startsWith('link:'))) {
      const d = set.dependencies.find((x) => x.ref === `${name}@${version}` || x.ref === version);
      expect([name, d?.direct]).toEqual([name, true]);
    }
    const eslint = set.dependencies.find((d) => d.ref.startsWith('eslint@9.39.5('));
    expect([eslint?.purl, eslint?.development]).toEqual(['pkg:npm/eslint@9.39.5', true]);
    const gray = byRef(set, '@11ty/gray-matter@2.1.0');
    const sri = 'fNdBOb3MgDz/1UCIoeY4wDuGbp+/3s5y6UrsyfMabECbh/CVycj7Er33JXqSxRwxrRKXcGE1Jipuq/1mODInsQ==';
    expect(gray.checksums).toEqual({ sha512: Buffer.from(sri, 'base64').toString('hex') });
    expect(edgeStrings(set)).toContain('@11ty/gray-matter@2.1.0 -> js-yaml@4.3.0');
    // `debug: obug@1.0.2(ms@2.1.3)` in a snapshot is an alias: the node is obug.
    expect(edgeStrings(set)).toContain('@babel/core@7.29.7(ms@2.1.3) -> obug@1.0.2(ms@2.1.3)');
    expect(set.dependencies.every((d) => d.development !== null)).toBe(true);
  });

  it('vite (6.0): "/name@version" keys, dev flags as written', () => {
    const text = external('vite/v6.0/pnpm-lock.yaml');
    const { lock, nodes } = oracle(text);
    const { set, problems } = run(parser, text);
    expect(problems).toEqual([]);
    expect(Object.keys(lock.packages).length).toBe(1135); // PROVENANCE.md
    expect(set.dependencies.length).toBe(nodes);
    const written = (flag: boolean) => Object.values(lock.packages).filter((p) => (p as { dev?: boolean; resolution?: { type?: string } }).dev === flag && p.resolution?.type !== 'directory').length;
    expect(set.dependencies.filter((d) => d.development).length).toBe(written(true));
    const wordWrap = byRef(set, '/@aashutoshrathi/word-wrap@1.2.6');
    expect([wordWrap.purl, wordWrap.development, wordWrap.direct]).toEqual(['pkg:npm/%40aashutoshrathi/word-wrap@1.2.6', true, false]);
    expect(edgeStrings(set)).toContain('/@algolia/autocomplete-core@1.9.3(algoliasearch@4.20.0) -> /@algolia/autocomplete-shared@1.9.3(algoliasearch@4.20.0)');
  });
});

describe('pnpm-lock on small cases', () => {
  it('5.x single project: "/name/version_peer" keys, git tarball packages, problems by line', () => {
    const { set, problems } = run(parser, fixture('pnpm-lock/single-project.v5.yaml'));
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.development, d.source]]));
    expect(summary).toEqual({
      '/@types/babel__core/7.1.19': ['pkg:npm/%40types/babel__core@7.1.19', true, true, null],
      '/react-dom/18.2.0_react@18.2.0': ['pkg:npm/react-dom@18.2.0', true, false, null],
      '/loose-envify/1.4.0': ['pkg:npm/loose-envify@1.4.0', false, false, null], // no dev field: needed by both
      '/react/18.2.0': ['pkg:npm/react@18.2.0', false, false, null],
      '/scheduler/0.23.0': ['pkg:npm/scheduler@0.23.0', false, false, null],
      'github.com/acme/tester/0123456789abcdef': ['pkg:npm/tester@2.0.0', true, true, 'https://codeload.github.com/acme/tester/tar.gz/0123456789abcdef'],
    });
    expect(edgeStrings(set)).toEqual([
      '/react-dom/18.2.0_react@18.2.0 -> /loose-envify/1.4.0',
      '/react-dom/18.2.0_react@18.2.0 -> /react/18.2.0',
      '/react-dom/18.2.0_react@18.2.0 -> /scheduler/0.23.0',
      '/react/18.2.0 -> /loose-envify/1.4.0',
      '/scheduler/0.23.0 -> /loose-envify/1.4.0',
    ]);
    expect(problems).toEqual([
      { place: 'line 40', message: expect.stringMatching(/gone@1.0.0/) },
      { place: 'line 53', message: expect.stringMatching(/cannot tell the package name and version/) },
    ]);
  });

  it('9.0 workspaces: links skipped, aliases, file: folders transparent, development from reachability', () => {
    const { set, problems } = run(parser, fixture('pnpm-lock/workspaces.v9.yaml'));
    expect(problems).toEqual([]);
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.development]]));
    expect(summary).toEqual({
      'eslint@9.0.0(jiti@2.0.0)': ['pkg:npm/eslint@9.0.0', true, true],
      'jiti@2.0.0': ['pkg:npm/jiti@2.0.0', true, false], // needed by the local-dep folder, a runtime dependency
      'obug@1.0.2': ['pkg:npm/obug@1.0.2', true, false],
      'ms@2.1.3': ['pkg:npm/ms@2.1.3', false, false],
    });
    expect(edgeStrings(set)).toEqual(['eslint@9.0.0(jiti@2.0.0) -> jiti@2.0.0', 'eslint@9.0.0(jiti@2.0.0) -> ms@2.1.3', 'obug@1.0.2 -> ms@2.1.3']);
  });

  it.each([
    ['lockfileVersion 7', "lockfileVersion: '7.0'\n", /lockfileVersion 7.0/],
    ['invalid YAML', "lockfileVersion: '9.0'\npackages: [unclosed\n", /not valid YAML/],
  ])('refuses %s as a whole', (_name, text, message) => {
    expect(parser.detect({ text, json: undefined })).toBe(true);
    const outcome = parser.parse({ text, json: undefined, path: 'pnpm-lock.yaml', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });
});
