import { PackageURL } from 'packageurl-js';
import { plainPurl, plainPurlOf } from './plain-purl.js';
import { err, ok, type Result } from '../../model/result.js';

export interface PurlParts {
  readonly type: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly version: string | null;
  readonly qualifiers: Readonly<Record<string, string>> | null;
  readonly subpath: string | null;
}

/**
 * Parts of the purls built here with packageurl-js, by purl string. Every parser builds its purls with buildPurl and
 * the graph stage parses each of them again; remembering the parts halves the packageurl-js work for purls that
 * are not plain (plain-purl.ts answers for those without packageurl-js).
 * Bounded, and transparent: a purl's parts do not depend on who asks.
 */
const builtParts = new Map<string, PurlParts>();
const MAX_REMEMBERED = 250_000;

function partsOf(p: PackageURL): PurlParts {
  return {
    type: p.type,
    namespace: p.namespace ?? null,
    name: p.name,
    version: p.version ?? null,
    qualifiers: p.qualifiers ? { ...p.qualifiers } : null,
    subpath: p.subpath ?? null,
  };
}

/** Builds a purl string with packageurl-js (which applies the per-type normalisation of the purl spec). */
export function buildPurl(
  type: string,
  namespace: string | null | undefined,
  name: string,
  version: string | null | undefined,
  qualifiers?: Readonly<Record<string, string>> | null,
): Result<string> {
  const plain = qualifiers ? null : plainPurlOf(type, namespace || null, name, version || '');
  if (plain !== null) return ok(plain);
  try {
    const built = new PackageURL(type, namespace || undefined, name, version || undefined, qualifiers ?? undefined, undefined);
    const text = built.toString();
    if (builtParts.size >= MAX_REMEMBERED) builtParts.clear();
    builtParts.set(text, partsOf(built));
    return ok(text);
  } catch (e) {
    // packageurl-js 2.0.1 fails with a ReferenceError instead of its own message on some invalid Go versions
    // (package-url/packageurl-js#85); say what is wrong rather than echo the library's bug.
    const reason = e instanceof ReferenceError ? `"${version ?? ''}" is not a valid ${type} version` : (e as Error).message;
    return err(`cannot build a purl for ${type} "${namespace ? namespace + '/' : ''}${name}@${version ?? ''}": ${reason}`);
  }
}

/**
 * A purl read from an input, written back as packageurl-js writes it, with a version supplied where the purl has
 * none and without its subpath (a path inside the package, not part of its identity). One parse and one write:
 * on a 50,000-component SBOM this is most of the parser's time.
 */
export function canonicalPurl(text: string, fallbackVersion: string | null): Result<string> {
  if (plainPurl(text) !== null) return ok(text);
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(text);
  } catch (e) {
    return err(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${(e as Error).message}`);
  }
  if (!parsed.version || parsed.subpath) {
    const version = parsed.version || fallbackVersion;
    if (!version) return err(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" has no version`);
    return buildPurl(parsed.type, parsed.namespace, parsed.name, version, parsed.qualifiers);
  }
  const written = parsed.toString();
  if (builtParts.size >= MAX_REMEMBERED) builtParts.clear();
  builtParts.set(written, partsOf(parsed));
  return ok(written);
}

export function parsePurl(text: string): Result<PurlParts> {
  const plain = plainPurl(text);
  if (plain !== null) return ok(plain);
  const remembered = builtParts.get(text);
  if (remembered) return ok(remembered);
  try {
    return ok(partsOf(PackageURL.fromString(text)));
  } catch (e) {
    return err(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${(e as Error).message}`);
  }
}

/** Full package name as the ecosystem writes it: namespace and name joined by "/". */
export function fullName(parts: Pick<PurlParts, 'namespace' | 'name'>): string {
  return parts.namespace ? `${parts.namespace}/${parts.name}` : parts.name;
}
