import type { CheckContext, DraftFinding } from './context.js';
import { dependencyKey, parsePurlPattern, PatternIndex } from './purl-pattern.js';
import { isPrivateRegistry, registryOf } from './registry.js';

/**
 * source-changed: the project's package now resolves from a registry it never came from before. From a private
 * registry to a public one is dependency confusion (critical by default). A package that must come from a
 * private registry (`registries.private-packages`) and does not fires without any history.
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
    for (const d of set.dependencies) {
      const registry = registryOf(d);
      if (registry === null) continue;
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
