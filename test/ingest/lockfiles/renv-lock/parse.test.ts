import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/renv-lock/parse.js';
import { byRef, edgeStrings, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('rstudio/renv renv.lock (real, PROVENANCE.md)', () => {
  const text = fixture('renv-lock/rstudio-renv.renv.lock');
  const { set, problems } = run(parser, text);
  it('one pkg:cran dependency per record, sourced from the named repository', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength([...text.matchAll(/"Package": "/g)].length);
    expect(byRef(set, 'Matrix')).toEqual({ ref: 'Matrix', purl: 'pkg:cran/Matrix@1.3-2', direct: null, development: null, licenses: null, checksums: null, source: 'https://cran.rstudio.com' });
    expect(edgeStrings(set)).toEqual([]);
  });
});

describe('requirements, remotes and bad records (own)', () => {
  const { set, problems, notes } = run(parser, fixture('renv-lock/requirements-github-bioc-and-bad.renv.lock'));
  it('Requirements and Depends/Imports -> edges, base R left out; GitHub and Bioconductor purls', () => {
    expect(edgeStrings(set)).toEqual(['Biobase -> BiocGenerics', 'ggplot2 -> MASS', 'ggplot2 -> rlang']);
    expect(byRef(set, 'rlang')).toMatchObject({ purl: 'pkg:github/r-lib/rlang@0e5ee7b6d8d8b4d3e6c8b1e1c1f2e3d4c5b6a7f8', source: 'https://github.com/r-lib/rlang' });
    expect(byRef(set, 'Biobase').purl).toBe('pkg:bioconductor/Biobase@2.64.0');
    expect(byRef(set, 'MASS').source).toBe('https://packagemanager.posit.co/cran/latest');
    expect(notes).toEqual(['1 package(s) from local, URL or other git sources are not listed: they have no registry identity']);
  });
  it('a record without a version and a missing requirement are problems at their pointers', () => {
    expect(problems).toEqual([
      { place: '/Packages/broken', message: '"broken" has no Version' },
      { place: '/Packages/ggplot2', message: '"ggplot2" requires "gone", which is not in the lock file' },
    ]);
  });
});

describe('scale', () => {
  it('reads 50,000 records well under a second', () => {
    const Packages: Record<string, unknown> = {};
    for (let i = 0; i < 50_000; i++) Packages[`p${i}`] = { Package: `p${i}`, Version: '1.0-1', Source: 'Repository', Repository: 'CRAN', Requirements: ['R', `p${(i + 1) % 50_000}`] };
    const json = { R: { Version: '4.4.1', Repositories: [{ Name: 'CRAN', URL: 'https://cloud.r-project.org' }] }, Packages };
    const started = performance.now();
    const outcome = parser.parse({ text: '', json, path: 'x', companions: new Map() });
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3_000));
  });
});
