import { capabilitiesOf } from '../graph/capabilities.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Severity } from '../model/finding.js';
import type { CheckContext, DraftFinding } from './context.js';
import { dependencyKey, parsePurlPattern, PatternIndex } from '../config/purl-pattern.js';
import { isPrivateRegistry, registryOf } from './registry.js';

/**
 * source-changed: the project's package now resolves from a registry it never came from before. From a private
 * registry to a public one is dependency confusion (critical by default). A package that must come from a
 * private registry (`registries.private-packages`) and does not fires without any history; so does one whose
 * source is unknown (no `resolved`), since nothing shows it came from a private registry, unless its format
 * never carries sources (a package.json, a Maven tree): there a missing source says nothing.
 */
export function sourceChanged(context: CheckContext): DraftFinding[] {
  const { config } = context;
  if (!config.checks['source-changed']) return [];
  // Nothing to compare with and no package that must be private: nothing can fire.
  if ((context.previous ?? []).length === 0 && config.registries['private-packages'].length === 0) return [];
  const privateList = config.registries.private;
  const mustBePrivate = new PatternIndex<string>();
  for (const text of config.registries['private-packages']) {
    const pattern = parsePurlPattern(text);
    if (pattern.ok) mustBePrivate.add(pattern.value, text);
  }
  const before = new Map<string, Set<string>>();
  for (const set of context.previous ?? []) {
    for (const d of set.dependencies) {
      const registry = registryOf(d);
      if (registry === null) continue;
      const key = `${d.type}\u0000${dependencyKey(d)}`;
      const known = before.get(key);
      if (known) known.add(registry);
      else before.set(key, new Set([registry]));
    }
  }
  const out: DraftFinding[] = [];
  for (const set of context.sets) {
    const formatHasSources = capabilitiesOf(set.format)?.sources !== false;
    for (const d of set.dependencies) {
      const registry = registryOf(d);
      if (registry === null) {
        if (formatHasSources && !d.source?.trim() && mustBePrivate.size > 0) {
          const patterns = mustBePrivate.match(d.type, dependencyKey(d));
          if (patterns.length > 0) out.push(unknownSource(set.file, d, patterns[0] as string, config.severities['source-changed']));
        }
        continue;
      }
      const nameKey = dependencyKey(d);
      const known = before.get(`${d.type}\u0000${nameKey}`);
      const nowPrivate = isPrivateRegistry(registry, privateList);
      const base = { kind: 'source-changed' as const, file: set.file, purl: d.purl, name: d.name, version: d.version, advisory: null, fixedVersions: [] };
      // Private before and public now is confusion even when another version already came from the public
      // registry: that is how a higher version published publicly takes over a private package.
      const wasPrivate = known !== undefined && !nowPrivate && [...known].some((r) => isPrivateRegistry(r, privateList));
      if (known && (!known.has(registry) || wasPrivate)) {
        const was = [...known].filter((r) => r !== registry).sort();
        const confusion = wasPrivate;
        out.push({
          ...base,
          key: `registry:${registry}`,
          severity: confusion ? config.severities['dependency-confusion'] : config.severities['source-changed'],
          message: confusion
            ? `${d.name} came from the private registry ${was.filter((r) => isPrivateRegistry(r, privateList)).join(', ')} and now resolves from the public ${registry}: possible dependency confusion. ` +
              'Pin the registry for this scope and check the published package before merging.'
            : `${d.name} now resolves from ${registry} instead of ${was.join(', ')}. Check the registry change is intended.`,
          rule: confusion ? 'source-changed/dependency-confusion' : 'source-changed',
        });
        continue;
      }
      if (nowPrivate || mustBePrivate.size === 0) continue;
      const patterns = mustBePrivate.match(d.type, nameKey);
      if (patterns.length === 0) continue;
      out.push({
        ...base,
        key: `private-packages:${registry}`,
        severity: config.severities['dependency-confusion'],
        message:
          `${d.name} matches registries.private-packages (${patterns[0] as string}) but resolves from ${registry}, which is not a private registry: ` +
          'possible dependency confusion. Configure the scope to resolve from the private registry.',
        rule: 'registries.private-packages',
      });
    }
  }
  return out;
}

function unknownSource(file: string, d: DependencySet['dependencies'][number], pattern: string, severity: Severity): DraftFinding {
  return {
    key: 'private-packages:unknown-source',
    kind: 'source-changed',
    severity,
    file,
    purl: d.purl,
    name: d.name,
    version: d.version,
    message:
      `${d.name} matches registries.private-packages (${pattern}) but its source is unknown (the file records no resolved URL), ` +
      'so it cannot be shown to come from a private registry. Regenerate the lock file so it records where the package came from.',
    rule: 'registries.private-packages',
    advisory: null,
    fixedVersions: [],
  };
}
