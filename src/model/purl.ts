import { PackageURL } from 'packageurl-js';
import { err, ok, type Result } from './result.js';

export interface PurlParts {
  readonly type: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly version: string | null;
  readonly qualifiers: Readonly<Record<string, string>> | null;
  readonly subpath: string | null;
}

/** Builds a purl string with packageurl-js (which applies the per-type normalisation of the purl spec). */
export function buildPurl(
  type: string,
  namespace: string | null | undefined,
  name: string,
  version: string | null | undefined,
  qualifiers?: Readonly<Record<string, string>> | null,
): Result<string> {
  try {
    return ok(new PackageURL(type, namespace || undefined, name, version || undefined, qualifiers ?? undefined, undefined).toString());
  } catch (e) {
    // packageurl-js 2.0.1 fails with a ReferenceError instead of its own message on some invalid Go versions
    // (package-url/packageurl-js#85); say what is wrong rather than echo the library's bug.
    const reason = e instanceof ReferenceError ? `"${version ?? ''}" is not a valid ${type} version` : (e as Error).message;
    return err(`cannot build a purl for ${type} "${namespace ? namespace + '/' : ''}${name}@${version ?? ''}": ${reason}`);
  }
}

export function parsePurl(text: string): Result<PurlParts> {
  try {
    const p = PackageURL.fromString(text);
    return ok({
      type: p.type,
      namespace: p.namespace ?? null,
      name: p.name,
      version: p.version ?? null,
      qualifiers: p.qualifiers ? { ...p.qualifiers } : null,
      subpath: p.subpath ?? null,
    });
  } catch (e) {
    return err(`purl "${text.length > 200 ? text.slice(0, 200) + '…' : text}" does not parse: ${(e as Error).message}`);
  }
}

/** Full package name as the ecosystem writes it: namespace and name joined by "/". */
export function fullName(parts: Pick<PurlParts, 'namespace' | 'name'>): string {
  return parts.namespace ? `${parts.namespace}/${parts.name}` : parts.name;
}
