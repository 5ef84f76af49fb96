import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parser, declaredPipfileDependencies } from '../../../../src/ingest/manifests/pipfile/parse.js';

const external = (p: string) => readFileSync(new URL(`../../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');

describe('Pipfile scanned alone', () => {
  const text = external('pipenv/Pipfile');

  it('is claimed, gives no set and a note pointing at Pipfile.lock', () => {
    expect(parser.detect({ text, json: undefined })).toBe(true);
    const outcome = parser.parse({ text, json: undefined, path: 'Pipfile', companions: new Map() });
    expect(outcome).toMatchObject({ ok: true, value: { sets: [] } });
    expect(outcome.ok && outcome.value.notes?.[0]).toMatch(/^Pipfile is a manifest: .* scan Pipfile.lock beside it/);
  });

  it('[packages] are runtime, [dev-packages] development (counted from the text)', () => {
    const section = (name: string) => {
      const body = text.split(`[${name}]\n`)[1]?.split('\n\n')[0] ?? '';
      return body.split('\n').filter((l) => l.includes('=')).length;
    };
    const declared = declaredPipfileDependencies(text);
    if (!declared.ok) throw new Error(declared.error);
    expect(declared.value.filter((d) => !d.development).map((d) => d.name)).toEqual(['pytz']);
    expect(declared.value.filter((d) => d.development)).toHaveLength(section('dev-packages'));
    expect(declared.value).toContainEqual({ name: 'legacy-cgi', development: true });
  });

  it.each([
    ['pyproject.toml', external('inesctec-tsg-client/pyproject.toml')],
    ['poetry.lock', external('poetry/poetry.lock')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});
