// Python package names, in one place for every stage (ingest, search keys, the ecosystem's canonical name), so
// two spellings of one package can never compare differently in two places.

/**
 * PEP 503 normalisation: lower-case, runs of `-`, `_` and `.` become one `-` ("Typing_Extensions" and
 * "typing.extensions" are the same package). One character class under `+`: linear even on long runs.
 */
export function pep503Name(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Names as lock files and manifests write them (padding included), compared the PEP 503 way. */
export function canonicalPypiName(name: string): string {
  return pep503Name(name.trim());
}

/** PEP 508 names: letters and digits, with `-`, `_`, `.` inside. */
function isPypiName(name: string): boolean {
  return /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}

/**
 * The name at the start of a PEP 508 requirement ("requests[socks]>=2; python_version<'3'" -> "requests"),
 * or null when the text does not start with one. Linear: one scan, no backtracking.
 */
export function requirementName(requirement: string): string | null {
  const text = requirement.trimStart();
  let end = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    const isWordChar = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;
    if (!isWordChar) break;
    end++;
  }
  const name = text.slice(0, end);
  return name.length > 0 && isPypiName(name) ? name : null;
}
