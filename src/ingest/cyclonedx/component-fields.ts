import { isPlausibleDigest, normaliseAlgorithm, type Checksums } from '../../model/checksum.js';
import type { Problem } from '../../model/problem.js';
import { isJsonObject } from '../json-object.js';

/** License ids, expressions and URLs longer than this are not real; skipping them bounds the work per entry. */
const MAX_TEXT = 4096;
const usable = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;

/** `licenses[]`: `license.id`, else `license.name`, or an `expression`, each kept as written. */
export function readLicenses(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  let out: string[] | null = null;
  for (const entry of value) {
    const text = licenseText(entry);
    // Most components have one license: a one-element array, not one grown for more.
    if (text === null) continue;
    if (out === null) out = [text];
    else out.push(text);
  }
  return out;
}

function licenseText(entry: unknown): string | null {
  if (!isJsonObject(entry)) return null;
  if (usable(entry.expression)) return entry.expression;
  if (!isJsonObject(entry.license)) return null;
  const { id, name } = entry.license;
  return usable(id) ? id : usable(name) ? name : null;
}

/**
 * Digests from `hashes[]` and from the distribution reference's own `hashes` (cyclonedx-npm 1.5+ puts the
 * tarball's digest there, not on the component). Lower-case hex; a digest of the wrong length or alphabet is
 * a problem, the others are kept.
 */
export function readChecksums(component: Record<string, unknown>, place: () => string, problems: Problem[]): Checksums | null {
  // Created on the first digest: most components of most BOMs have none, and this runs for every one.
  let out: Record<string, string> | null = null;
  out = addHashes(component.hashes, place, '/hashes', out, problems);
  const references = component.externalReferences;
  if (Array.isArray(references)) {
    for (let k = 0; k < references.length; k++) {
      const ref: unknown = references[k];
      if (isJsonObject(ref) && isDistribution(ref.type)) out = addHashes(ref.hashes, place, `/externalReferences/${k}/hashes`, out, problems);
    }
  }
  return out;
}

function addHashes(
  value: unknown,
  place: () => string,
  within: string,
  into: Record<string, string> | null,
  problems: Problem[],
): Record<string, string> | null {
  if (!Array.isArray(value)) return into;
  for (let k = 0; k < value.length; k++) {
    const hash: unknown = value[k];
    if (!isJsonObject(hash) || typeof hash.alg !== 'string' || typeof hash.content !== 'string') {
      problems.push({ place: `${place()}${within}/${k}`, message: 'hash needs "alg" and "content"; skipped' });
      continue;
    }
    const algorithm = algorithmId(hash.alg);
    const hex = hash.content.length <= 1024 ? hash.content.trim().toLowerCase() : '';
    if (!isPlausibleDigest(algorithm, hex)) {
      problems.push({ place: `${place()}${within}/${k}/content`, message: `not a ${algorithm} digest in hex; skipped` });
      continue;
    }
    into ??= {};
    into[algorithm] ??= hex;
  }
  return into;
}

/** CycloneDX's few algorithm names, normalised once each instead of once per hash. */
const ALGORITHM_IDS = new Map<string, string>();
function algorithmId(alg: string): string {
  let id = ALGORITHM_IDS.get(alg);
  if (id === undefined) {
    id = normaliseAlgorithm(alg.slice(0, 64));
    // Bounded: hostile input with endless distinct names must not grow the cache without end.
    if (ALGORITHM_IDS.size < 64) ALGORITHM_IDS.set(alg, id);
  }
  return id;
}

const isDistribution = (type: unknown): boolean => type === 'distribution' || type === 'distribution-intake';

/** The URL the package was fetched from: a "distribution" reference, else a "distribution-intake" one. */
export function readSource(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  let intake: string | null = null;
  for (const ref of value) {
    if (!isJsonObject(ref) || !usable(ref.url)) continue;
    if (ref.type === 'distribution') return ref.url;
    if (ref.type === 'distribution-intake') intake ??= ref.url;
  }
  return intake;
}
