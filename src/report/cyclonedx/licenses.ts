import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';

const EXPRESSION = /\s(AND|OR|WITH)\s|[()]/;

export type LicenseChoice = { readonly expression: string } | { readonly license: { readonly id: string } | { readonly name: string } };

/** The library's SPDX id lookup, once per distinct license text: a 50,000-component SBOM has a few dozen. */
const spdxIds = new Map<string, string | null>();

function spdxId(text: string): string | null {
  let id = spdxIds.get(text);
  if (id === undefined) {
    id = SPDX.fixupSpdxId(text) ?? null;
    spdxIds.set(text, id);
  }
  return id;
}

/**
 * CycloneDX allows either one expression or a list of single licenses. A lone expression stays an expression;
 * in a list, SPDX ids (as @cyclonedx/cyclonedx-library recognises them) become `license.id`, anything else
 * `license.name`, as written.
 */
export function toLicenses(licenses: readonly string[]): LicenseChoice[] {
  if (licenses.length === 1 && EXPRESSION.test(licenses[0] as string)) return [{ expression: licenses[0] as string }];
  return licenses.map((text) => {
    const id = spdxId(text);
    return id !== null ? { license: { id } } : { license: { name: text } };
  });
}
