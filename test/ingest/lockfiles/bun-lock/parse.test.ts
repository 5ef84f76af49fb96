import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/bun-lock/parse.js';
import { detectFormat } from '../../../../src/ingest/detect.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('heyFlorentin prettier-config bun.lock (real, PROVENANCE.md)', () => {
  const text = fixture('bun-lock/prettier-config.bun.lock');
  const { set, problems } = run(parser, text);

  it('is picked by content although it is not JSON (trailing commas)', () => {
    expect(() => JSON.parse(text) as unknown).toThrow();
    const detection = detectFormat(text);
    expect(detection.ok && detection.parser.id).toBe('bun-lock');
  });

  it('every "packages" entry is a dependency, with its integrity', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength([...text.matchAll(/^ {4}"[^"]+": \["/gm)].length);
    expect(byRef(set, 'prettier@3.8.3')).toMatchObject({
      purl: 'pkg:npm/prettier@3.8.3',
      direct: true,
      development: true,
      checksums: { sha512: Buffer.from('7igPTM53cGHMW8xWuVTydi2KO233VFiTNyF5hLJqpilHfmn8C8gPf+PS7dUT64YcXFbiMGZxS9pCSxL/Dxm/Jw==', 'base64').toString('hex') },
      source: null,
    });
    expect(byRef(set, '@astrojs/compiler@2.13.1')).toMatchObject({ purl: 'pkg:npm/%40astrojs/compiler@2.13.1', direct: false, development: true });
  });

  it('info.dependencies -> edges', () => {
    expect(edgeStrings(set)).toEqual([
      'prettier-plugin-astro@0.14.1 -> @astrojs/compiler@2.13.1',
      'prettier-plugin-astro@0.14.1 -> prettier@3.8.3',
      'prettier-plugin-astro@0.14.1 -> sass-formatter@0.7.9',
      'sass-formatter@0.7.9 -> suf-log@2.5.3',
      'suf-log@2.5.3 -> s.color@0.0.15',
    ]);
  });
});

describe('workspaces, nesting, github, bad entries (own)', () => {
  const text = fixture('bun-lock/workspaces-nested-and-bad.bun.lock');
  const { set, problems, notes } = run(parser, text);

  it('a nested entry is found from its parent first; a workspace member resolves from its own name', () => {
    expect(byRef(set, 'ms@2.0.0').direct).toBe(true);
    expect(byRef(set, 'ms@2.1.3')).toMatchObject({ direct: false, development: false, source: 'https://registry.example.com/' });
    expect(edgeStrings(set)).toEqual(['debug@4.3.7 -> ms@2.1.3']);
    expect(byRef(set, 'typescript@5.6.3')).toMatchObject({ direct: true, development: true });
  });

  it('github sources become pkg:github at their commit', () => {
    expect(byRef(set, 'left-pad@github:stevemao/left-pad#5d4d5d2')).toMatchObject({ purl: 'pkg:github/stevemao/left-pad@5d4d5d2', direct: true });
    expect(notes).toEqual([]);
  });

  it('a broken entry and an undeclared dependency are problems at their pointers', () => {
    expect(problems).toEqual([
      { place: '/packages/broken', message: '"broken" is not ["name@version", …]' },
      { place: '/workspaces/packages~1web/dependencies/gone', message: '"gone" is not in "packages"' },
    ]);
  });

  it('broken JSONC is refused with the line and column of the original text', () => {
    const outcome = parser.parse({ text: '{\n  "lockfileVersion": 1,\n  "workspaces": {},\n  "packages": { "a": [ }\n}', json: undefined, path: 'bun.lock', companions: new Map() });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.place).toMatch(/^line 4, column \d+$/);
  });

  it('a broken package-lock.json still gets the JSON error, not bun-lock', () => {
    const broken = external('gitlab-com-runbooks/package-lock.json').replace('"lockfileVersion": 3,', '"lockfileVersion": 3,,');
    const detection = detectFormat(broken);
    expect(detection.ok).toBe(false);
  });
});

describe('scale', () => {
  it('reads 50,000 packages well under a second', () => {
    const lines = ['{', '  "lockfileVersion": 1,', '  "workspaces": {', '    "": { "name": "b", "dependencies": { "p0": "^1.0.0", }, },', '  },', '  "packages": {'];
    for (let i = 0; i < 50_000; i++) lines.push(`    "p${i}": ["p${i}@1.0.0", "", { "dependencies": { "p${(i + 1) % 50_000}": "^1.0.0" } }, "sha512-${Buffer.alloc(64, i % 256).toString('base64')}"],`, '');
    lines.push('  }', '}');
    const started = performance.now();
    const { set } = run(parser, lines.join('\n'));
    expect(set.dependencies).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3000));
  });
});
