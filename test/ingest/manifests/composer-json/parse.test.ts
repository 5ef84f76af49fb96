import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parser, declaredComposerDependencies } from '../../../../src/ingest/manifests/composer-json/parse.js';

const external = (p: string) => readFileSync(new URL(`../../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');

describe('composer.json scanned alone (symfony/demo)', () => {
  const text = external('symfony-demo/composer.json');
  const json = JSON.parse(text) as { require: Record<string, string>; 'require-dev': Record<string, string> };

  it('is claimed, gives no set and a note pointing at composer.lock', () => {
    expect(parser.detect({ text, json })).toBe(true);
    const outcome = parser.parse({ text, json, path: 'composer.json', companions: new Map() });
    expect(outcome).toMatchObject({ ok: true, value: { sets: [] } });
    expect(outcome.ok && outcome.value.notes?.[0]).toMatch(/^composer.json is a manifest: .* scan composer.lock beside it, which reads composer.json/);
  });

  it('declares require and require-dev without php and ext-*', () => {
    const declared = declaredComposerDependencies(json);
    const platform = Object.keys(json.require).filter((n) => n === 'php' || n.startsWith('ext-'));
    expect(platform).toHaveLength(4);
    expect(declared.filter((d) => !d.development)).toHaveLength(Object.keys(json.require).length - platform.length);
    expect(declared.filter((d) => d.development)).toHaveLength(Object.keys(json['require-dev']).length);
    expect(declared).toContainEqual({ name: 'phpunit/phpunit', development: true });
  });

  it.each([
    ['composer.lock', external('symfony-demo/composer.lock')],
    ['package.json', external('gitlab-com-runbooks/package.json')],
    ['a CycloneDX SBOM', external('gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json')],
  ])('does not claim %s', (_name, other) => {
    expect(parser.detect({ text: other, json: JSON.parse(other) })).toBe(false);
  });
});
