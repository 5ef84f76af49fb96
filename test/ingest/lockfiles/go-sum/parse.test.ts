import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/go-sum/parse.js';
import { external, fixture, run } from '../helpers.js';

/** module@version pairs with a zip hash line, counted the simple way. */
const zipLines = (text: string) => new Set(text.split('\n').filter((l) => l.trim() && !l.split(' ')[1]?.endsWith('/go.mod')).map((l) => l.split(' ').slice(0, 2).join('@')));
const allVersions = (text: string) => new Set(text.split('\n').filter((l) => l.trim()).map((l) => l.split(' ').slice(0, 2).join('@').replace(/\/go\.mod$/, '')));

describe('go-sum on real files', () => {
  it.each([
    ['cli-cli/go.sum', 320],
    ['numspot-packer-plugin-numspot/go.sum', 426],
    ['gitlab-com-runbooks/alertmanager/templates/go.sum', 20],
  ])('%s: one dependency per module version with a zip hash', (path, versions) => {
    const text = external(path);
    const { set, problems, notes } = run(parser, text);
    expect(problems).toEqual([]);
    expect(allVersions(text).size).toBe(versions); // PROVENANCE.md: module@version count
    expect(new Set(set.dependencies.map((d) => d.ref))).toEqual(zipLines(text));
    expect(set.dependencies.every((d) => d.direct === null && d.development === null && d.checksums?.['go-h1'])).toBe(true);
    const goModOnly = versions - zipLines(text).size;
    if (goModOnly > 0) expect(notes?.join(' ')).toContain(`${goModOnly} module versions have only a go.mod hash`);
  });

  it('keeps the h1 hash as written', () => {
    const { set } = run(parser, external('gitlab-com-runbooks/alertmanager/templates/go.sum'));
    const line = external('gitlab-com-runbooks/alertmanager/templates/go.sum').split('\n').find((l) => l.startsWith('github.com/beorn7/perks v1.0.1 h1:'));
    const perks = set.dependencies.find((d) => d.ref === 'github.com/beorn7/perks@v1.0.1');
    expect(perks?.purl).toBe('pkg:golang/github.com/beorn7/perks@v1.0.1');
    expect(perks?.checksums).toEqual({ 'go-h1': line?.split(' h1:')[1] });
  });
});

describe('go-sum on small cases', () => {
  it('go.mod-only versions are left out, bad lines are problems', () => {
    const { set, problems } = run(parser, fixture('go-sum/go-mod-only-and-bad-lines.sum'));
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:golang/github.com/acme/built@v1.0.0', 'pkg:golang/golang.org/x/sys@v0.21.0']);
    expect(problems.map((p) => p.place)).toEqual(['line 6', 'line 7']);
  });

  it('a line over 1,000 characters near the top is a problem on its line, not a reason to refuse the file', () => {
    const hash = 'h1:' + 'A'.repeat(43) + '=';
    const text = [`github.com/acme/a v1.0.0 ${hash}`, `github.com/acme/${'x'.repeat(1500)} v1.0.0 ${hash}`, `github.com/acme/b v2.0.0 ${hash}`, ''].join('\n');
    const { set, problems } = run(parser, text);
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:golang/github.com/acme/a@v1.0.0', 'pkg:golang/github.com/acme/b@v2.0.0']);
    expect(problems.map((p) => p.place)).toEqual(['line 2']);
  });

  it.each([
    ['requirements.txt', 'requests==2.31.0\n'],
    ['a go.mod', 'module example.com/x\n'],
    ['one good line then prose', 'github.com/a/b v1.0.0 h1:AAAA=\nhello world\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});
