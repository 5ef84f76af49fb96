import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/nuget-lock/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';

type Entry = { type: string; resolved?: string; contentHash?: string };
type Lock = { dependencies: Record<string, Record<string, Entry>> };

describe('Azure/bicep Bicep.Core packages.lock.json (v1, net8.0 + 7 RIDs)', () => {
  const text = external('bicep/src/Bicep.Core/packages.lock.json');
  const lock = JSON.parse(text) as Lock;
  const { set, problems } = run(parser, text);
  // Independent count: distinct (lower-case id, resolved) over every target, Project entries aside.
  const entries = Object.values(lock.dependencies).flatMap((t) => Object.entries(t)).filter(([, e]) => e.type !== 'Project');
  const distinct = new Set(entries.map(([n, e]) => `${n.toLowerCase()}@${e.resolved}`));
  const direct = new Set(entries.filter(([, e]) => e.type === 'Direct').map(([n, e]) => `${n.toLowerCase()}@${e.resolved}`));

  it('one dependency per id and version across targets; Project entries are not packages', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(lock.dependencies)).toHaveLength(8); // PROVENANCE.md
    expect(set.dependencies).toHaveLength(distinct.size);
    expect(set.dependencies.some((d) => d.purl.includes('Azure.Bicep.IO'))).toBe(false);
  });

  it('direct when any target says Direct', () => {
    expect(new Set(set.dependencies.filter((d) => d.direct).map((d) => d.ref))).toEqual(direct);
  });

  it('contentHash (base64 SHA-512) -> sha512 hex; edges to the version resolved in the same target', () => {
    const types = byRef(set, 'azure.bicep.types@0.5.110');
    expect(types.purl).toBe('pkg:nuget/Azure.Bicep.Types@0.5.110');
    const base64 = lock.dependencies['net8.0']?.['Azure.Bicep.Types']?.contentHash as string;
    expect(types.checksums).toEqual({ sha512: Buffer.from(base64, 'base64').toString('hex') });
    expect(types.source).toBeNull();
    const resolvedJson = lock.dependencies['net8.0']?.['System.Text.Json']?.resolved;
    expect(edgeStrings(set)).toContain(`azure.bicep.types@0.5.110 -> system.text.json@${resolvedJson}`);
  });
});

describe('own fixture (v2)', () => {
  const { set, problems } = run(parser, fixture('nuget-lock/central-transitive.v2.json'));

  it('merges ids case-insensitively, CentralTransitive is not direct, bad entries are problems', () => {
    expect(set.dependencies.map((d) => [d.ref, d.direct])).toEqual([
      ['newtonsoft.json@13.0.3', true],
      ['serilog@3.1.1', false],
    ]);
    expect(byRef(set, 'serilog@3.1.1').checksums).toBeNull();
    expect(problems).toEqual([
      { place: '/dependencies/net8.0/Serilog/contentHash', message: expect.stringMatching(/not a base64 SHA-512/) },
      { place: '/dependencies/net8.0/Broken.Package', message: '"Broken.Package" has no resolved version' },
    ]);
    expect(edgeStrings(set)).toEqual(['newtonsoft.json@13.0.3 -> serilog@3.1.1']);
  });

  it.each([
    ['composer.lock', external('composer/composer.lock')],
    ['Pipfile.lock', external('pipenv/Pipfile.lock')],
    ['package-lock.json', external('gitlab-com-runbooks/package-lock.json')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: JSON.parse(text) })).toBe(false);
  });
});
