import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLargeSbom } from './large-sbom-validation.js';

// The helper stands in for the library's strict validator on big SBOMs, so it must agree with it.
const external = new URL('../../../../shared/fixtures/external/', import.meta.url).pathname;
const real = readFileSync(`${external}cyclonedx-specification/tools/src/test/resources/1.6/valid-dependency-1.6.json`, 'utf8');
const library = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

type Bom = { components: Record<string, unknown>[]; dependencies?: Record<string, unknown>[] } & Record<string, unknown>;
const edit = (change: (bom: Bom) => void): string => {
  const bom = JSON.parse(real) as Bom;
  change(bom);
  return JSON.stringify(bom);
};

describe('strict 1.6 validation for large SBOMs', () => {
  it('accepts what the library accepts', async () => {
    expect(await library.validate(real)).toBeNull();
    expect(validateLargeSbom(real)).toBeNull();
  });

  it('refuses what the library refuses: an unknown property, a component without a name', async () => {
    for (const bad of [edit((b) => (b.extra = 1)), edit((b) => delete b.components[0]?.name)]) {
      expect(await library.validate(bad)).not.toBeNull();
      expect(validateLargeSbom(bad)).not.toBeNull();
    }
  });

  it('refuses an exact repeat of a component, as the schema\'s uniqueItems does', async () => {
    const repeated = edit((b) => b.components.push({ ...b.components[0] }));
    expect(await library.validate(repeated)).not.toBeNull();
    expect(validateLargeSbom(repeated)).not.toBeNull();
  });

  it('refuses a repeated component or dependency ref', () => {
    const twice = edit((b) => b.components.push({ ...b.components[0], 'bom-ref': b.components[0]?.['bom-ref'] ?? 'x', name: 'other' }));
    expect(validateLargeSbom(twice)).toEqual([expect.stringMatching(/^\/components\/\d+: ref .* appears twice$/)]);
    const refs = edit((b) => (b.dependencies = [{ ref: 'a' }, { ref: 'a', dependsOn: [] }]));
    expect(validateLargeSbom(refs)).toEqual(['/dependencies/1: ref a appears twice']);
  });
});
