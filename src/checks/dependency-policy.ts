import type { DenyRule } from '../config/schema.js';
import { versionTool, versionToolFor, type VersionTool } from '../ecosystems/versions.js';
import { purlSemantics } from '../ecosystems/shared/purl-semantics.js';
import type { CheckContext, DraftFinding } from './context.js';
import { isInScope } from './context.js';
import { dependencyKey, parsePurlPattern, PatternIndex } from '../config/purl-pattern.js';

interface IndexedRule {
  readonly rule: DenyRule;
  readonly index: number;
  readonly tool: VersionTool | null;
}

const variantTools = new Map<string, VersionTool>();

/** The rule's tool, or the variant's where the dependency's purl selects one (apk-tools 3 for Alpine 3.23+). */
function toolForPurl(type: string, purl: string, tool: VersionTool): VersionTool {
  if (tool.ecosystem.forPurl === undefined) return tool;
  const semantics = purlSemantics(type, purl);
  if (!semantics || semantics.ecosystem === tool.ecosystem) return tool;
  let variant = variantTools.get(semantics.key);
  if (!variant) variantTools.set(semantics.key, (variant = versionTool(semantics.ecosystem)));
  return variant;
}

/**
 * dependency-policy: a dependency matching a `dependencies.deny` rule: purl pattern, optional range in the
 * ecosystem's own syntax (the versions module decides), scope. Rules are indexed once, so 1,000 rules cost a map
 * lookup per dependency plus the glob rules. A version the ecosystem cannot parse matches a ranged rule: a
 * deny list errs on the side of saying so, and the message tells why.
 */
export function dependencyPolicy(context: CheckContext): DraftFinding[] {
  const rules = context.config.dependencies.deny;
  if (rules.length === 0 || !context.config.checks['dependency-policy']) return [];
  const index = new PatternIndex<IndexedRule>();
  rules.forEach((rule, i) => {
    const pattern = parsePurlPattern(rule.purl);
    if (!pattern.ok) return; // refused when the config was loaded
    const tool = rule.range === undefined ? null : versionToolFor(pattern.value.type);
    index.add(pattern.value, { rule, index: i, tool: tool?.ok ? tool.value : null });
  });
  const out: DraftFinding[] = [];
  // Asked once per purl type, not once per dependency.
  const typeRuled = new Map<string, boolean>();
  for (const set of context.sets) {
    for (const d of set.dependencies) {
      let ruled = typeRuled.get(d.type);
      if (ruled === undefined) typeRuled.set(d.type, (ruled = index.hasType(d.type)));
      if (!ruled) continue;
      const matched = index.match(d.type, dependencyKey(d));
      if (matched.length === 0) continue;
      for (const { rule, index: i, tool } of matched) {
        if (!isInScope(d, rule.scope)) continue;
        let note = '';
        if (rule.range !== undefined && tool) {
          const inRange = toolForPurl(d.type, d.purl, tool).satisfies(d.version, rule.range);
          if (inRange.ok && !inRange.value) continue;
          if (!inRange.ok) note = ` (its version could not be compared with ${rule.range}: ${inRange.error})`;
        }
        out.push({
          key: `deny:${rule.purl}:${rule.range ?? ''}:${rule.scope}`,
          kind: 'dependency-policy',
          severity: rule.severity,
          file: set.file,
          purl: d.purl,
          name: d.name,
          version: d.version,
          message:
            `${d.name} ${d.version} is denied by dependencies.deny[${i}] (${rule.purl}${rule.range ? ` ${rule.range}` : ''})` +
            `${rule.reason ? `: ${rule.reason}` : ''}${note}. Remove it or move to a version outside the rule.`,
          rule: `dependencies.deny[${i}]`,
          advisory: null,
          fixedVersions: [],
        });
      }
    }
  }
  return out;
}
