import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The library's strict CycloneDX 1.6 validation (same schema files, same Ajv options), made linear for SBOMs of
 * thousands of components. The schema's `uniqueItems` on the top-level `components` and `dependencies` makes Ajv
 * compare every pair of items: 16,000 components took over a minute on a slow CI machine. Those two arrays are
 * checked for unique `bom-ref` / `ref` instead, which is stronger (items with different refs are never equal)
 * and what consumers rely on.
 */
export function validateLargeSbom(text: string): (ErrorObject | string)[] | null {
  const bom = JSON.parse(text) as { components?: { 'bom-ref'?: string }[]; dependencies?: { ref?: string }[] };
  const problems: (ErrorObject | string)[] = [];
  if (!validator(bom)) problems.push(...(validator.errors ?? []));
  problems.push(...duplicates('components', (bom.components ?? []).map((c) => c['bom-ref'])));
  problems.push(...duplicates('dependencies', (bom.dependencies ?? []).map((d) => d.ref)));
  return problems.length > 0 ? problems : null;
}

function duplicates(array: string, refs: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  refs.forEach((ref, index) => {
    if (ref === undefined) problems.push(`/${array}/${index} has no ref, so its uniqueness is not checked`);
    else if (seen.has(ref)) problems.push(`/${array}/${index}: ref ${ref} appears twice`);
    else seen.add(ref);
  });
  return problems;
}

const require = createRequire(import.meta.url);
// The schema files the library's validator reads; it does not export their paths in its types.
const schemas = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
const readJson = (name: string) => JSON.parse(readFileSync(join(schemas, name), 'utf8')) as Record<string, unknown>;
// No type declarations ship with it.
const addDraft2019Formats = require('ajv-formats-draft2019') as (ajv: Ajv, options: { formats: string[] }) => Ajv;

const validator = (() => {
  const schema = readJson('bom-1.6.SNAPSHOT.schema.json') as { properties: Record<string, { uniqueItems?: boolean }> };
  for (const array of ['components', 'dependencies']) {
    const property = schema.properties[array];
    if (property?.uniqueItems !== true) throw new Error(`the 1.6 schema no longer says ${array} are uniqueItems; revisit this helper`);
    delete property.uniqueItems;
  }
  const ajv = new Ajv({
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readJson('spdx.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': readJson('cryptography-defs.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': readJson('jsf-0.82.SNAPSHOT.schema.json'),
    },
  });
  addFormats.default(ajv);
  addDraft2019Formats(ajv, { formats: ['idn-email'] });
  ajv.addFormat('iri-reference', true);
  return ajv.compile(schema);
})();
