import { ok, type Result } from '../../model/result.js';
import type { Ecosystem, RangeSyntax, VersionRange } from '../types.js';
import { matches, parseConstraints, type ComposerVersion } from './constraints.js';
import { normalize, normalizeDefaultBranch } from './normalize.js';
import { comparePrepared, prepare } from './version-compare.js';
import { LOWER_CASE_SEGMENT } from '../shared/purl-rule.js';

function parse(text: string): Result<ComposerVersion> {
  const normalized = normalize(text);
  if (!normalized.ok) return normalized;
  const orderKey = normalizeDefaultBranch(normalized.value);
  return ok({
    normalized: normalized.value,
    prepared: prepare(normalized.value),
    branch: normalized.value.startsWith('dev-'),
    orderKey,
    orderPrepared: prepare(orderKey),
    orderBranch: orderKey.startsWith('dev-'),
  });
}

/**
 * Semver::sort's order: Comparator on normalised versions (branches included, so `dev-foo` sorts below
 * releases). Composer does not order two different branches; we order them by name so the order is total.
 */
function compare(a: ComposerVersion, b: ComposerVersion): -1 | 0 | 1 {
  if (a.orderKey === b.orderKey) return 0;
  if (a.orderBranch && b.orderBranch) return a.orderKey < b.orderKey ? -1 : 1;
  return comparePrepared(a.orderPrepared, b.orderPrepared);
}

// Both syntaxes are Composer's own constraint language: PMDB's packagist ranges (`||`, commas) are written in it,
// and a bare version already means `==` there.
function parseRange(text: string, _syntax: RangeSyntax): Result<VersionRange<ComposerVersion>> {
  const parsed = parseConstraints(text);
  if (!parsed.ok) return parsed;
  const constraint = parsed.value;
  return ok({ text, contains: (v) => matches(constraint, v) });
}

export const composer = {
  type: 'composer',
  aliases: ['packagist'],
  // Packagist names are case-insensitive: `vendor/name` in lower case.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  // "vendor/package": the vendor is the namespace.
  splitName: (fullName) => {
    const slash = fullName.indexOf('/');
    return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
  },
  versioning: { parse, compare, parseRange },
  // packageurl-js lower-cases composer vendor and name (the purl spec's rule for the type).
  plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional' },
} satisfies Ecosystem<ComposerVersion>;
