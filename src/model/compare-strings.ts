/** Code-unit order, so output does not depend on the machine's locale (localeCompare would). */
export function compareStrings(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
