/**
 * The configuration's validator is Ajv's standalone code, generated ahead of time (scripts/config-validator): it must
 * be what the schema gives today, and behave as Ajv compiling the same schema at run time does (the reference).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, validatorSource } from '../../scripts/config-validator/source.js';
import { configSchema } from '../../src/config/schema.js';
import { validate as generated } from '../../src/config/validate-config.generated.js';

type Validate = { (data: unknown): boolean; errors?: unknown[] | null };

describe('the generated config validator', () => {
  it('is what the schema gives (npm run generate:config-validator after changing src/config/schema.ts)', () => {
    expect(readFileSync(new URL('../../src/config/validate-config.generated.ts', import.meta.url), 'utf8')).toBe(validatorSource());
  });

  const reference = new Ajv({ ...AJV_OPTIONS }).compile(configSchema) as Validate;
  const cases: [string, unknown][] = [
    ['empty', {}],
    ['a valid configuration', { 'fail-on': 'medium', checks: { vulnerability: false }, exceptions: [] }],
    ['an unknown key', { 'fail-on': 'high', colour: 'blue' }],
    ['a value outside an enum', { 'fail-on': 'severe' }],
    ['a wrong type', { checks: { vulnerability: 'yes' } }],
    ['an empty string where one character is the least', { licenses: { allow: [''] } }],
    ['one character outside the basic plane (counted as one, as Ajv counts)', { licenses: { allow: ['\u{1F600}'] } }],
    ['not an object', ['fail-on']],
  ];
  it.each(cases)('gives the verdict, errors and defaults Ajv gives at run time: %s', (_, value) => {
    const here = structuredClone(value);
    const there = structuredClone(value);
    const ok = (generated as unknown as Validate)(here);
    expect(ok).toBe(reference(there));
    expect((generated as unknown as Validate).errors ?? null).toEqual(reference.errors ?? null);
    // useDefaults fills the same defaults in.
    expect(here).toEqual(there);
  });
});
