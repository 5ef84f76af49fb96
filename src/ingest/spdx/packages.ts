import { isPlausibleDigest, normaliseAlgorithm, type Checksums } from '../../model/checksum.js';
import type { Problem } from '../../model/problem.js';
import { buildPurl, parsePurl } from '../../ecosystems/shared/purl.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Longer values are not real ids, purls, URLs or expressions; refusing them bounds the work per entry. */
const MAX_TEXT = 4096;
const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT ? v : null);
/** SPDX's "no value" words: NOASSERTION (nobody looked) and NONE (there is none). */
const assertive = (v: unknown): string | null => {
  const t = text(v)?.trim();
  return t === undefined || t === '' || t.toUpperCase() === 'NOASSERTION' || t.toUpperCase() === 'NONE' ? null : t;
};

export interface PackageFields {
  readonly purl: string;
  /** The package's name as the document writes it (graph/build.ts keeps it when it is the purl's package). */
  readonly writtenName?: string;
  readonly licenses: readonly string[] | null;
  readonly checksums: Checksums | null;
  readonly source: string | null;
}

/** The package's first purl reference as written, or null when it has none. */
export function purlReference(pkg: Record<string, unknown>): unknown {
  if (!Array.isArray(pkg.externalRefs)) return null;
  for (const ref of pkg.externalRefs) {
    // The category is PACKAGE-MANAGER in the 2.3 schema and PACKAGE_MANAGER in 2.2 and many tools' output;
    // the type alone says it is a purl, so the category is not checked.
    if (isObject(ref) && typeof ref.referenceType === 'string' && ref.referenceType.toLowerCase() === 'purl') return ref.referenceLocator;
  }
  return null;
}

/** Fields of one package that has a purl reference; null (with a problem) when the purl cannot be used. */
export function readPackage(pkg: Record<string, unknown>, locator: unknown, place: string, problems: Problem[]): PackageFields | null {
  const written = text(locator);
  if (written === null) {
    problems.push({ place: `${place}/externalRefs`, message: 'purl reference is empty, not a string, or longer than 4096 characters; skipped' });
    return null;
  }
  const parts = parsePurl(written);
  if (!parts.ok) {
    problems.push({ place: `${place}/externalRefs`, message: `${parts.error}; skipped` });
    return null;
  }
  const version = parts.value.version ?? assertive(pkg.versionInfo);
  if (version === null) {
    problems.push({ place, message: 'package has no version, neither in its purl nor in versionInfo; skipped' });
    return null;
  }
  const { type, namespace, name, qualifiers } = parts.value;
  const purl = buildPurl(type, namespace, name, version, qualifiers);
  if (!purl.ok) {
    problems.push({ place: `${place}/externalRefs`, message: `${purl.error.slice(0, 300)}; skipped` });
    return null;
  }
  const license = assertive(pkg.licenseConcluded) ?? assertive(pkg.licenseDeclared);
  const writtenName = text(pkg.name);
  return {
    purl: purl.value,
    ...(writtenName !== null && { writtenName }),
    licenses: license === null ? null : [license],
    checksums: readChecksums(pkg.checksums, `${place}/checksums`, problems),
    source: assertive(pkg.downloadLocation),
  };
}

function readChecksums(value: unknown, place: string, problems: Problem[]): Checksums | null {
  if (!Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  value.forEach((c: unknown, k) => {
    const algorithm = isObject(c) ? text(c.algorithm) : null;
    const digest = isObject(c) && typeof c.checksumValue === 'string' ? c.checksumValue : null;
    if (algorithm === null || digest === null) {
      problems.push({ place: `${place}/${k}`, message: 'checksum needs algorithm and checksumValue; skipped' });
      return;
    }
    const id = normaliseAlgorithm(algorithm.slice(0, 64));
    const hex = digest.length <= 1024 ? digest.trim().toLowerCase() : '';
    if (!isPlausibleDigest(id, hex)) {
      problems.push({ place: `${place}/${k}/checksumValue`, message: `not a ${id} digest in hex; skipped` });
      return;
    }
    out[id] ??= hex;
  });
  return Object.keys(out).length > 0 ? out : null;
}
