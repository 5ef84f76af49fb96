import type { ExceptionRule } from '../config/schema.js';
import type { Finding } from '../model/finding.js';
import { parsePurl, fullName } from '../ecosystems/shared/purl.js';
import { dependencyKey, parsePurlPattern, matchesKey, type PurlPattern } from '../config/purl-pattern.js';

/**
 * Applies `exceptions`: a matching, unexpired exception marks the finding suppressed with its reason (the
 * finding stays in every output, marked). An expired one no longer suppresses, and the finding says so.
 * `until` is the last day the exception holds, in UTC.
 */
export function applyExceptions(findings: readonly Finding[], rules: readonly ExceptionRule[], now: Date): Finding[] {
  if (rules.length === 0) return [...findings];
  const prepared = rules.map((rule) => ({
    rule,
    pattern: rule.purl ? parsePurlPattern(rule.purl) : null,
    expired: rule.until !== undefined && now.getTime() >= Date.parse(`${rule.until}T00:00:00Z`) + 86_400_000,
  }));
  return findings.map((f) => {
    const parts = parsePurl(f.purl);
    const key = parts.ok ? { type: parts.value.type, name: dependencyKey({ type: parts.value.type, namespace: parts.value.namespace, name: fullName(parts.value) }) } : null;
    const matching = prepared.filter(({ rule, pattern }) => {
      if (rule.kinds.length > 0 && !rule.kinds.includes(f.kind)) return false;
      if (rule.id !== undefined && rule.id !== f.id && rule.id !== f.advisory?.id && !f.advisory?.identifiers.some((i) => i.value === rule.id)) return false;
      if (pattern) return pattern.ok && key !== null && matchesKey(pattern.value as PurlPattern, key.type, key.name);
      return true;
    });
    const active = matching.find((m) => !m.expired);
    if (active) return { ...f, suppressed: true, suppressedBy: active.rule.reason };
    const expired = matching[0];
    if (expired) return { ...f, message: `${f.message} (The exception "${expired.rule.reason}" expired on ${expired.rule.until as string}; it no longer suppresses this.)` };
    return f;
  });
}
