import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import { isCompoundExpression } from '../../model/spdx-expression.js';

export type LicenseChoice = { readonly expression: string } | { readonly license: { readonly id: string } | { readonly name: string } };

/**
 * CycloneDX allows either one expression or a list of single licenses. A lone text that spdx-expression-parse
 * reads as a compound expression stays an expression; in a list, SPDX ids (as @cyclonedx/cyclonedx-library
 * recognises them) become `license.id`, anything else `license.name`, as written. Text that only looks like an
 * expression ("MIT OR Custom", "Apache License (2.0)") is a name, as the library's own LicenseFactory makes it.
 * No cache here: the id lookup is a lower-casing and a table lookup, and the writer keeps the choices of the
 * common single licenses (write.ts, bounded).
 */
export function toLicenses(licenses: readonly string[]): LicenseChoice[] {
  if (licenses.length === 1 && isCompoundExpression(licenses[0] as string)) return [{ expression: licenses[0] as string }];
  return licenses.map((text) => {
    const id = SPDX.fixupSpdxId(text);
    return id !== undefined ? { license: { id } } : { license: { name: text } };
  });
}
