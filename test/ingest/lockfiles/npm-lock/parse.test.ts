import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/npm-lock/parse.js';
import { byRef, difference, edgeStrings, external, fixture, nameAtVersion, run, sbomNames } from '../helpers.js';

type Lock = { packages: Record<string, { link?: boolean; dev?: boolean; name?: string; version?: string } & Record<string, unknown>> };

/** Install paths that are third-party packages, counted the simple way: under node_modules and not a link. */
function countInstalled(lock: Lock): number {
  let n = 0;
  for (const [path, entry] of Object.entries(lock.packages)) if (path.includes('node_modules/') && !entry.link) n++;
  return n;
}

describe('npm-lock on real files', () => {
  it('create-react-app (v2, npm workspaces): every installed path, workspace deps direct', () => {
    const text = external('create-react-app/package-lock.json');
    const lock = JSON.parse(text) as Lock;
    const { set, problems } = run(parser, text, { 'package.json': external('create-react-app/package.json') });
    // Only the unmet peers npm itself names: the lock is otherwise complete (see the peer test below).
    expect(problems.map((p) => p.place).every((place) => place.includes('/peerDependencies/'))).toBe(true);
    expect(set.packageManager).toBe('npm');
    // PROVENANCE.md: 2589 packages keys besides the root; 12 are link entries and 12 workspace folders.
    expect(Object.keys(lock.packages).length - 1).toBe(2589);
    expect(set.dependencies.length).toBe(countInstalled(lock));
    expect(set.dependencies.length).toBe(2589 - 24);

    // Direct: what the root and each workspace folder declare, minus the workspaces themselves and optional
    // peers nobody installed (typescript, an optional peer of react-scripts).
    const workspaceNames = new Set(Object.keys(lock.packages).filter((p) => lock.packages[p]?.link).map((p) => p.slice(p.lastIndexOf('node_modules/') + 13)));
    const installedNames = new Set(Object.keys(lock.packages).map((p) => p.slice(p.lastIndexOf('node_modules/') + 13)));
    const declared = new Set<string>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path.includes('node_modules/')) continue;
      for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        for (const name of Object.keys((entry[kind] as object | undefined) ?? {})) if (!workspaceNames.has(name) && installedNames.has(name)) declared.add(name);
      }
    }
    const directNames = new Set(set.dependencies.filter((d) => d.direct).map((d) => nameAtVersion(d).replace(/@[^@]*$/, '')));
    expect([...directNames].sort()).toEqual([...declared].sort());

    const core = byRef(set, 'node_modules/@babel/core');
    expect(core.purl).toBe('pkg:npm/%40babel/core@7.16.0');
    expect(core.direct).toBe(true); // react-scripts (a workspace) depends on it
    expect(core.source).toBe('https://registry.npmjs.org/@babel/core/-/core-7.16.0.tgz');
    const integrity = 'mYZEvshBRHGsIAiyH5PzCFTCfbWfoYbO/jcSdXQSUQu1/pW0xDZAUP7KEc32heqWTAfAHhV9j1vH8Sav7l+JNQ==';
    expect(core.checksums).toEqual({ sha512: Buffer.from(integrity, 'base64').toString('hex') });
    // A devDependency of the react-scripts workspace, installed beside it.
    const react = byRef(set, 'packages/react-scripts/node_modules/react');
    expect([react.purl, react.development]).toEqual(['pkg:npm/react@19.0.0', true]);
    expect(byRef(set, 'node_modules/lerna').development).toBe(true); // a root devDependency
    expect(byRef(set, 'node_modules/jest').development).toBe(false); // react-scripts needs it at runtime
    expect(set.dependencies.filter((d) => d.development).length).toBe(Object.values(lock.packages).filter((e) => e.dev === true).length);
    expect(edgeStrings(set)).toContain('node_modules/jest -> node_modules/@jest/core');
  });

  it('gitlab-com-runbooks (v3) matches what GitLab Gemnasium listed for the same commit', () => {
    const { set, problems } = run(parser, external('gitlab-com-runbooks/package-lock.json'));
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(87); // PROVENANCE.md
    const ours = new Set(set.dependencies.map(nameAtVersion));
    const gemnasium = sbomNames(external('gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json'));
    // Gemnasium names aliased packages by their alias ("string-width-cjs" for npm:string-width@^4.2.0);
    // depindex uses the real package name, which is what advisories are about. wrap-ansi@7.0.0 is only
    // installed under its alias wrap-ansi-cjs; string-width@4.2.3 and strip-ansi@6.0.1 are also installed
    // under their own names, so only the alias spellings differ.
    expect(difference(ours, gemnasium)).toEqual(['wrap-ansi@7.0.0']);
    expect(difference(gemnasium, ours)).toEqual(['string-width-cjs@4.2.3', 'strip-ansi-cjs@6.0.1', 'wrap-ansi-cjs@7.0.0']);
    expect(set.dependencies.filter((d) => d.direct).map(nameAtVersion).sort()).toEqual(['ajv-cli@5.0.0', 'markdownlint-cli@0.42.0']);
    expect(byRef(set, 'node_modules/string-width-cjs').purl).toBe('pkg:npm/string-width@4.2.3');
    expect(edgeStrings(set)).toContain('node_modules/ajv-cli -> node_modules/fast-json-patch');
  });

  it('cyclonedx with-prepared (v3): npm: aliases by real name, bundled dependencies kept with their edges', () => {
    const { set, problems } = run(parser, external('cyclonedx-node-npm/tests/_data/dummy_projects/with-prepared/package-lock.json'));
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(233); // PROVENANCE.md
    const alias = byRef(set, 'node_modules/@cyclonedx/cyclonedx-library-same_aliased');
    expect([alias.purl, alias.direct, alias.licenses]).toEqual(['pkg:npm/%40cyclonedx/cyclonedx-library@7.0.0', true, ['Apache-2.0']]);
    const bundled = byRef(set, 'node_modules/bundle-dependencies/node_modules/yargs');
    expect([bundled.purl, bundled.source, bundled.checksums, bundled.direct]).toEqual(['pkg:npm/yargs@4.1.0', null, null, false]);
    expect(edgeStrings(set)).toContain('node_modules/bundle-dependencies -> node_modules/bundle-dependencies/node_modules/yargs');
  });

  it('excalidraw 2020 (v1): nested dependencies, requires as edges, direct unknown without package.json', () => {
    const text = external('excalidraw/v1-2020/package-lock.json');
    const { set, problems, notes } = run(parser, text);
    expect(problems).toEqual([]);
    // PROVENANCE.md: 2762 dependency entries; each has exactly one "version" key.
    expect(set.dependencies.length).toBe(2762);
    expect(set.dependencies.length).toBe(text.match(/"version":/g)?.length);
    expect(set.dependencies.every((d) => d.direct === null)).toBe(true);
    expect(notes?.join(' ')).toMatch(/no package.json/);
    const nested = byRef(set, 'node_modules/@babel/core/node_modules/semver');
    expect(nested.purl).toBe('pkg:npm/semver@5.7.1');
    expect(byRef(set, 'node_modules/semver').purl).toBe('pkg:npm/semver@6.3.0');
    // @babel/core requires semver ^5.4.1: Node finds its own nested copy first.
    expect(edgeStrings(set)).toContain('node_modules/@babel/core -> node_modules/@babel/core/node_modules/semver');
    expect(edgeStrings(set)).not.toContain('node_modules/@babel/core -> node_modules/semver');
    expect(byRef(set, 'node_modules/@apidevtools/json-schema-ref-parser').development).toBe(true);
    expect(byRef(set, 'node_modules/react').development).toBe(false);

    const withManifest = run(parser, text, { 'package.json': '{"dependencies": {"react": "^17.0.1"}}' }).set;
    expect(withManifest.dependencies.filter((d) => d.direct).map((d) => d.ref)).toEqual(['node_modules/react']);
  });
});

describe('npm-lock on small cases', () => {
  it('workspaces, links, nesting, devOptional, optional peers', () => {
    const { set, problems } = run(parser, fixture('npm-lock/workspaces-and-nesting.v3.json'));
    expect(problems).toEqual([]);
    expect(set.dependencies.map((d) => d.ref).sort()).toEqual([
      'node_modules/@scoped/deep', 'node_modules/left', 'node_modules/lint', 'node_modules/shared', 'node_modules/tester',
      'node_modules/tester/node_modules/shared', 'packages/lib/node_modules/right',
    ]);
    const flags = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.direct, d.development]]));
    expect(flags).toEqual({
      'node_modules/lint': [true, true], // root devDependency
      'node_modules/tester': [true, true], // a workspace's devDependency
      'node_modules/left': [true, false],
      'packages/lib/node_modules/right': [true, false], // nested under the workspace folder that needs it
      'node_modules/shared': [false, false], // devOptional: installed with --omit=dev, so runtime
      'node_modules/tester/node_modules/shared': [false, true],
      'node_modules/@scoped/deep': [false, null], // extraneous
    });
    expect(edgeStrings(set)).toEqual([
      'node_modules/left -> node_modules/shared',
      'node_modules/lint -> node_modules/shared',
      'node_modules/tester -> node_modules/tester/node_modules/shared',
      'packages/lib/node_modules/right -> node_modules/@scoped/deep',
    ]);
    const lint = byRef(set, 'node_modules/lint');
    expect(lint.checksums).toEqual({ sha1: 'a94a52e430fc9a5a49daf2afe30ad0010784a867' });
    expect(lint.purl).toBe('pkg:npm/lint@1.2.0');
  });

  it('malformed entries become problems with JSON pointers; the rest parses', () => {
    const { set, problems } = run(parser, fixture('npm-lock/malformed-entries.v2.json'));
    expect(set.dependencies.map((d) => [d.ref, d.checksums])).toEqual([['node_modules/good', null]]);
    expect(problems.map((p) => p.place).sort()).toEqual([
      '/packages//dependencies/gone',
      '/packages/node_modules~1@bad-scope',
      '/packages/node_modules~1just-a-string',
      '/packages/node_modules~1linked',
      '/packages/node_modules~1no-version/version',
    ]);
    expect(problems.find((p) => p.place.endsWith('no-version/version'))?.message).toMatch(/no-version has no version/);
  });

  it('v1 aliases, git versions and file: folders, direct from package.json', () => {
    const { set, problems } = run(parser, fixture('npm-lock/aliases-git-and-file.v1.json'), { 'package.json': fixture('npm-lock/aliases-git-and-file.package.json') });
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.development, d.source]]));
    expect(summary).toEqual({
      'node_modules/my-alias': ['pkg:npm/real-name@2.1.0', true, false, 'https://registry.npmjs.org/real-name/-/real-name-2.1.0.tgz'],
      'node_modules/from-git': ['pkg:npm/from-git@0123456789abcdef0123456789abcdef01234567', true, true, 'git+https://github.com/acme/from-git.git#0123456789abcdef0123456789abcdef01234567'],
      'node_modules/from-git/node_modules/helper': ['pkg:npm/helper@2.0.0', false, true, null],
      'node_modules/helper': ['pkg:npm/helper@1.0.0', true, false, null], // required by the file: folder
      'node_modules/orphan-requirer': ['pkg:npm/orphan-requirer@1.0.0', false, false, null],
    });
    expect(edgeStrings(set)).toEqual(['node_modules/from-git -> node_modules/from-git/node_modules/helper', 'node_modules/my-alias -> node_modules/helper']);
    expect(problems.map((p) => p.place).sort()).toEqual(['/dependencies/no-version', '/dependencies/not-an-object', '/dependencies/orphan-requirer/requires/missing']);
  });

  it.each([
    ['lockfileVersion 4', '{"lockfileVersion": 4, "packages": {}}', /lockfileVersion 4/],
    ['packages not an object', '{"lockfileVersion": 3, "packages": []}', /"packages" is not an object/],
  ])('refuses %s as a whole', (_name, text, message) => {
    const outcome = parser.parse({ text, json: JSON.parse(text), path: 'package-lock.json', companions: new Map() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });
});

describe('npm-lock peer dependencies', () => {
  // npm 11.19.1 `npm sbom --package-lock-only` in a folder holding create-react-app's package.json and
  // package-lock.json refuses the lock with ESBOMPROBLEMS and exactly these lines (lib/commands/sbom.js):
  const npmRefusal = [
    'invalid: ajv@6.12.6, >=8 required by @apideck/better-ajv-errors@0.3.1',
    'invalid: react@17.0.2, ^16.13.1 required by @mdx-js/runtime@1.6.22',
    'missing: typescript@>= 2.7, required by fork-ts-checker-webpack-plugin@6.5.0',
    'missing: typescript@>=2.8.0 || >= 3.2.0-dev || >= 3.3.0-dev || >= 3.4.0-dev || >= 3.5.0-dev || >= 3.6.0-dev || >= 3.6.0-beta || >= 3.7.0-dev || >= 3.7.0-beta, required by tsutils@3.21.0',
  ];

  it('names the packages npm sbom refuses the create-react-app lock for, one warning each', () => {
    const text = external('create-react-app/package-lock.json');
    const { problems } = run(parser, text, { 'package.json': external('create-react-app/package.json') });
    expect(problems).toHaveLength(npmRefusal.length);
    for (const line of npmRefusal) {
      const invalid = /^invalid: (.+)@([^@]+), (.+) required by (.+)$/.exec(line);
      const missing = /^missing: (.+?)@(.+), required by (.+)$/.exec(line);
      // [peer name, range, the package that declares it, what the lock has instead (invalid only)]
      const [name, range, by, found] = invalid ? [invalid[1], invalid[3], invalid[4], `${invalid[1]}@${invalid[2]}`] : [missing![1], missing![2], missing![3], null];
      const hit = problems.filter((p) => p.message.includes(`peer dependency ${name}@${range} of ${by} `));
      expect(hit, line).toHaveLength(1);
      expect(hit[0]!.place.endsWith(`/peerDependencies/${name}`)).toBe(true);
      if (found) expect(hit[0]!.message).toContain(`the lock has ${found}`);
      else expect(hit[0]!.message).toContain('is not in the lock file');
    }
  });

  it('an optional peer may be missing; a met peer and a non-semver range are not judged', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { plugin: '^1.0.0', host: '^2.0.0' } },
        'node_modules/plugin': { version: '1.0.0', peerDependencies: { host: '>=2', extra: '^1', tagged: 'latest' }, peerDependenciesMeta: { extra: { optional: true } } },
        'node_modules/host': { version: '2.1.0' },
        'node_modules/tagged': { version: '0.0.1' },
      },
    };
    expect(run(parser, JSON.stringify(lock)).problems).toEqual([]);
    const unmet = { ...lock, packages: { ...lock.packages, 'node_modules/host': { version: '1.9.0' } } };
    expect(run(parser, JSON.stringify(unmet)).problems).toEqual([
      { place: '/packages/node_modules~1plugin/peerDependencies/host', message: 'peer dependency host@>=2 of plugin@1.0.0 is not met: the lock has host@1.9.0 (npm sbom refuses this lock: "invalid")' },
    ]);
  });
});
