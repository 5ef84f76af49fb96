/**
 * Package managers implied by the generating tool, for BOMs without GitLab properties. Only generators that
 * read exactly one ecosystem are listed; anything else (syft, trivy, cdxgen) leaves the package manager null.
 */
const PACKAGE_MANAGER_OF_TOOL: Readonly<Record<string, string>> = {
  'cyclonedx-npm': 'npm',
  'cyclonedx-node-npm': 'npm',
  'cyclonedx-php-composer': 'composer',
  'cyclonedx maven plugin': 'maven',
  'cyclonedx-maven-plugin': 'maven',
  'cyclonedx-gradle-plugin': 'gradle',
  'cyclonedx-gomod': 'go',
  'cyclonedx-dotnet': 'nuget',
};

export function packageManagerFromTools(tools: unknown): string | null {
  const found = new Set<string>();
  for (const key of toolNames(tools)) if (Object.hasOwn(PACKAGE_MANAGER_OF_TOOL, key)) found.add(PACKAGE_MANAGER_OF_TOOL[key] as string);
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Lower-case names of the generating tools. `metadata.tools` is an array up to 1.4 and `{components, services}` from 1.5. */
export function toolNames(tools: unknown): Set<string> {
  const list: unknown[] = Array.isArray(tools)
    ? tools
    : typeof tools === 'object' && tools !== null
      ? [...asArray((tools as { components?: unknown }).components), ...asArray((tools as { services?: unknown }).services)]
      : [];
  const names = new Set<string>();
  for (const tool of list) {
    const name = typeof tool === 'object' && tool !== null ? (tool as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.length <= 100) names.add(name.toLowerCase());
  }
  return names;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
