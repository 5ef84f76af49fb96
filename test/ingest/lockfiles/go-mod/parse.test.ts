import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/go-mod/parse.js';
import { difference, external, fixture, nameAtVersion, run, sbomNames } from '../helpers.js';

/** require lines counted the simple way: "require x v" lines plus module lines inside require blocks. */
function requireCount(text: string): number {
  let n = 0;
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('require (')) inBlock = true;
    else if (inBlock && line.startsWith(')')) inBlock = false;
    else if (inBlock && line.trim().length > 0 && !line.trim().startsWith('//')) n++;
    else if (/^require \S+ \S+/.test(line)) n++;
  }
  return n;
}

const withSum = (dir: string) => run(parser, external(`${dir}/go.mod`), { 'go.sum': external(`${dir}/go.sum`) });

describe('go-mod on real files', () => {
  it('alertmanager templates: the same modules GitLab Gemnasium listed for the same commit', () => {
    const { set, problems } = withSum('gitlab-com-runbooks/alertmanager/templates');
    expect(problems).toEqual([]);
    expect(set.packageManager).toBe('go');
    expect(set.dependencies.length).toBe(requireCount(external('gitlab-com-runbooks/alertmanager/templates/go.mod')));
    const ours = new Set(set.dependencies.map(nameAtVersion));
    const gemnasium = sbomNames(external('gitlab-com-runbooks/alertmanager/templates/gl-sbom-go-go.cdx.json'));
    expect(difference(ours, gemnasium)).toEqual([]);
    expect(difference(gemnasium, ours)).toEqual([]);
    expect(set.dependencies.filter((d) => d.direct).map((d) => d.ref)).toEqual(['github.com/prometheus/alertmanager@v0.27.0']);
    expect(set.edges).toEqual([]);
  });

  it('numspot: replace directives name what is built, which is where Gemnasium differs', () => {
    const { set, problems } = withSum('numspot-packer-plugin-numspot');
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(129); // PROVENANCE.md: 129 require lines
    expect(set.dependencies.length).toBe(requireCount(external('numspot-packer-plugin-numspot/go.mod')));
    const ours = new Set(set.dependencies.map(nameAtVersion));
    const gemnasium = sbomNames(external('numspot-packer-plugin-numspot/gl-sbom-go-go.cdx.json'));
    // go.mod: "replace github.com/zclconf/go-cty => github.com/nywilken/go-cty v1.13.3". Gemnasium lists the
    // required module; the go command builds the replacement, and that is the code to check.
    expect(difference(ours, gemnasium)).toEqual(['github.com/nywilken/go-cty@v1.13.3']);
    expect(difference(gemnasium, ours)).toEqual(['github.com/zclconf/go-cty@v1.16.3']);
    expect(set.dependencies.every((d) => d.checksums?.['go-h1'])).toBe(true);
  });

  it('cli/cli: direct is "not // indirect", namespace split at the last slash, h1 hashes from go.sum', () => {
    const text = external('cli-cli/go.mod');
    const sum = external('cli-cli/go.sum');
    const { set, problems } = withSum('cli-cli');
    expect(problems).toEqual([]);
    expect(set.dependencies.length).toBe(158); // PROVENANCE.md
    const indirectLines = text.split('\n').filter((l) => l.includes('// indirect')).length;
    expect(set.dependencies.filter((d) => d.direct === false).length).toBe(indirectLines);
    const survey = set.dependencies.find((d) => d.ref === 'github.com/AlecAivazis/survey/v2@v2.3.7');
    expect(survey?.purl).toBe('pkg:golang/github.com/AlecAivazis/survey/v2@v2.3.7');
    const hash = sum.split('\n').find((l) => l.startsWith('github.com/AlecAivazis/survey/v2 v2.3.7 h1:'))?.split('h1:')[1];
    expect(survey?.checksums).toEqual({ 'go-h1': hash });
    expect([survey?.direct, survey?.development]).toEqual([true, null]);
    // replace github.com/rogpeppe/go-internal => github.com/cli/go-internal v0.0.0-20241024130215-fa3c22e38b9b
    const replaced = set.dependencies.find((d) => d.ref.startsWith('github.com/rogpeppe/go-internal@'));
    expect(replaced?.purl).toBe('pkg:golang/github.com/cli/go-internal@v0.0.0-20241024130215-fa3c22e38b9b');
  });
});

describe('go-mod on small cases', () => {
  it('replace (all versions, one version, directory), exclude, bad lines', () => {
    const { set, problems, notes } = run(parser, fixture('go-mod/replace-exclude-and-bad-lines.mod'), { 'go.sum': fixture('go-mod/replace-exclude-and-bad-lines.sum') });
    const summary = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.purl, d.direct, d.checksums?.['go-h1'] ?? null]]));
    expect(summary).toEqual({
      'github.com/acme/direct@v1.2.3': ['pkg:golang/github.com/acme/direct@v1.2.3', true, 'A'.repeat(43) + '='],
      'github.com/acme/Indirect@v0.0.0-20240101000000-0123456789ab': ['pkg:golang/github.com/acme/Indirect@v0.0.0-20240101000000-0123456789ab', false, null],
      'github.com/acme/forked@v1.0.0': ['pkg:golang/github.com/someone/forked@v1.0.1-fix', true, 'C'.repeat(43) + '='],
      'github.com/acme/pinned@v2.0.0+incompatible': ['pkg:golang/github.com/acme/pinned@v2.0.1+incompatible', false, null],
      'gopkg.in/yaml.v3@v3.0.1': ['pkg:golang/gopkg.in/yaml.v3@v3.0.1', true, null], // only its go.mod hash
    });
    expect(problems).toEqual([
      { place: 'line 13', message: expect.stringMatching(/cannot read this require line/) },
      { place: 'line 12', message: expect.stringMatching(/excluded/) },
    ]);
    expect(notes).toEqual([expect.stringMatching(/example.com\/local is replaced by the directory \.\.\/local/)]);
  });

  it.each([
    ['a go.sum', 'github.com/a/b v1.0.0 h1:AAAA=\n'],
    ['a Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n'],
    ['text mentioning module later', 'hello\nmodule x\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });

  it('claims a go.mod that starts with comments', () => {
    expect(parser.detect({ text: '// generated\n\nmodule "example.com/x"\n', json: undefined })).toBe(true);
  });
});
