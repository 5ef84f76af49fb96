import type { DepindexConfig } from '../config/schema.js';
import type { Severity } from '../model/finding.js';
import type { CheckContext, DraftFinding } from './context.js';
import { isInScope } from './context.js';
import { allowPredicate, deniedPredicate, describeTree, parseLicenses, satisfiable } from './spdx-eval.js';

interface Verdict {
  readonly key: string;
  readonly severity: Severity;
  readonly message: string;
  readonly rule: string;
}

/**
 * license-policy: the dependency's licence expression is not satisfied by `licenses.allow`, cannot avoid
 * `licenses.deny`, or is unknown (per `licenses.unknown`). Evaluated once per distinct licence list: a
 * 50,000-dependency scan has a few hundred.
 */
export function licensePolicy(context: CheckContext): DraftFinding[] {
  const policy = context.config.licenses;
  if (!context.config.checks['license-policy']) return [];
  // Without an allow or deny list there is no licence policy: unknown licences alone are not judged.
  if (policy.allow === undefined && policy.deny.length === 0) return [];
  const judge = judgeWith(policy);
  const cache = new Map<string, Verdict | null>();
  const out: DraftFinding[] = [];
  for (const set of context.sets) {
    for (const d of set.dependencies) {
      if (!isInScope(d, policy.scope)) continue;
      const licenses = d.licenses ?? [];
      const cacheKey = licenses.join('\u0000');
      let verdict = cache.get(cacheKey);
      if (verdict === undefined) cache.set(cacheKey, (verdict = judge(licenses)));
      if (verdict === null) continue;
      out.push({
        key: verdict.key,
        kind: 'license-policy',
        severity: verdict.severity,
        file: set.file,
        purl: d.purl,
        name: d.name,
        version: d.version,
        message: `${d.name} ${d.version}: ${verdict.message}`,
        rule: verdict.rule,
        advisory: null,
        fixedVersions: [],
      });
    }
  }
  return out;
}

function judgeWith(policy: DepindexConfig['licenses']): (licenses: readonly string[]) => Verdict | null {
  const allowed = policy.allow ? allowPredicate(policy.allow) : null;
  const denied = deniedPredicate(policy.deny);
  return (licenses) => {
    const parsed = parseLicenses(licenses);
    if (!parsed.ok) {
      if (policy.unknown === 'ignore') return null;
      return {
        key: `unknown:${licenses.join(' AND ')}`,
        // warn reports and never fails: `unknown` is the one severity the verdict never fails on, whatever fail-on.
        severity: policy.unknown === 'fail' ? policy.severity : 'unknown',
        message: `licence unknown: ${parsed.why}. Find the licence and add it to the SBOM, or add an exception.`,
        rule: 'licenses.unknown',
      };
    }
    const expression = describeTree(parsed.tree);
    if (policy.deny.length > 0 && !satisfiable(parsed.tree, (leaf) => !denied(leaf))) {
      return {
        key: `deny:${expression}`,
        severity: policy.severity,
        message: `licence ${expression} cannot be used without a licence in licenses.deny (${policy.deny.join(', ')}). Replace the dependency or get legal approval.`,
        rule: 'licenses.deny',
      };
    }
    if (allowed && !satisfiable(parsed.tree, (leaf) => allowed(leaf) && !denied(leaf))) {
      return {
        key: `allow:${expression}`,
        severity: policy.severity,
        message: `licence ${expression} is not satisfied by licenses.allow. Replace the dependency, or allow the licence after legal review.`,
        rule: 'licenses.allow',
      };
    }
    return null;
  };
}
