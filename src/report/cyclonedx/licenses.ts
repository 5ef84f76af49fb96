import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';

const EXPRESSION = /\s(AND|OR|WITH)\s|[()]/;

/**
 * CycloneDX allows either one expression or a list of single licenses. A lone expression stays an expression;
 * in a list, SPDX ids become `license.id` and anything else `license.name`, as written.
 */
export function toLicenses(licenses: readonly string[]): Models.License[] {
  if (licenses.length === 1 && EXPRESSION.test(licenses[0] as string)) return [new Models.LicenseExpression(licenses[0] as string)];
  return licenses.map((text) => {
    const id = SPDX.fixupSpdxId(text);
    return id !== undefined ? new Models.SpdxLicense(id) : new Models.NamedLicense(text);
  });
}
