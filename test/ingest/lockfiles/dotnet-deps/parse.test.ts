import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/dotnet-deps/parse.js';
import { edgeStrings, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('trivy ExampleApp1.deps.json (real, PROVENANCE.md)', () => {
  const { set, problems } = run(parser, fixture('dotnet-deps/trivy-ExampleApp1.deps.json'));
  it('the package library is a direct dependency of the project, with its sha512', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toEqual([
      {
        ref: 'Newtonsoft.Json/13.0.1',
        purl: 'pkg:nuget/Newtonsoft.Json@13.0.1',
        direct: true,
        development: false,
        licenses: null,
        checksums: { sha512: Buffer.from('ppPFpBcvxdsfUonNcvITKqLl3bqxWbDCZIzDWHzjpdAHRFfZe0Dw9HmA0+za13IdyrgJwpkDTDA9fHaxOrt20A==', 'base64').toString('hex') },
        source: null,
      },
    ]);
  });
});

describe('a self-contained app with two projects (own)', () => {
  const { set, problems } = run(parser, fixture('dotnet-deps/self-contained-and-bad.deps.json'));
  it('reads the runtimeTarget (with its RID); projects are not dependencies, what they need is direct', () => {
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['Dapper/2.1.35', true, false],
      ['Serilog/4.0.1', true, false],
      ['System.Diagnostics.DiagnosticSource/8.0.1', false, false],
      ['Microsoft.CodeAnalysis.Analyzers/3.3.4', true, true],
      ['runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.8', true, false],
    ]);
    expect(edgeStrings(set)).toEqual(['Serilog/4.0.1 -> System.Diagnostics.DiagnosticSource/8.0.1']);
  });
  it('a bad sha512 and a key without a version are problems at their pointers', () => {
    expect(problems).toEqual([
      { place: '/libraries/Serilog~14.0.1/sha512', message: '"Serilog/4.0.1" has a sha512 that is not "sha512-<base64>"' },
      { place: '/libraries/NoVersion', message: '"NoVersion" is not a "Name/Version" library' },
    ]);
  });
});

describe('scale', () => {
  it('reads 50,000 libraries well under a second', () => {
    const entries: Record<string, unknown> = { 'App/1.0.0': { dependencies: { P0: '1.0.0' } } };
    const libraries: Record<string, unknown> = { 'App/1.0.0': { type: 'project' } };
    for (let i = 0; i < 50_000; i++) {
      entries[`P${i}/1.0.0`] = { dependencies: { [`P${(i + 1) % 50_000}`]: '1.0.0' } };
      libraries[`P${i}/1.0.0`] = { type: 'package', sha512: `sha512-${Buffer.alloc(64, i % 256).toString('base64')}` };
    }
    const json = { runtimeTarget: { name: 'net' }, targets: { net: entries }, libraries };
    const started = performance.now();
    const outcome = parser.parse({ text: '', json, path: 'x', companions: new Map() });
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3_000));
  });
});
