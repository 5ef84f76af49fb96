/**
 * GitLab's CycloneDX property taxonomy (docs.gitlab.com/development/sec/cyclonedx_property_taxonomy).
 * Each field lists its names newest first: the current names (GitLab 15.11+), the deprecated names Gemnasium
 * wrote from 15.7 until their removal in 17.0 (gitlab-org/gitlab#438779), and the "gitlab:" names of
 * Gemnasium 3.x (gitlab-org/gitlab#378026, seen in real gl-sbom files).
 */
const NAMES = {
  inputFile: ['gitlab:dependency_scanning:input_file:path', 'gitlab:dependency_scanning:input_file', 'gitlab:input_file'],
  sourceFile: ['gitlab:dependency_scanning:source_file:path'],
  packageManager: ['gitlab:dependency_scanning:package_manager:name', 'gitlab:dependency_scanning:package_manager', 'gitlab:package_manager'],
  language: ['gitlab:dependency_scanning:language:name'],
  category: ['gitlab:dependency_scanning:category'],
} as const;

export type GitLabField = keyof typeof NAMES;
export type GitLabProperties = Partial<Record<GitLabField, string>>;

const FIELD_AND_RANK = new Map<string, [GitLabField, number]>();
for (const [field, names] of Object.entries(NAMES) as [GitLabField, readonly string[]][]) {
  names.forEach((name, rank) => FIELD_AND_RANK.set(name, [field, rank]));
}

/** Longer values are not file paths or names; ignoring them keeps hostile input cheap. */
const MAX_VALUE = 4096;

/**
 * Reads the gitlab properties of one `properties` array; a newer name wins over an older one for the same
 * field. Returns null when the array has none (most components), so callers can skip merging.
 */
export function readGitLabProperties(properties: unknown): GitLabProperties | null {
  if (!Array.isArray(properties)) return null;
  let out: GitLabProperties | null = null;
  const ranks: Partial<Record<GitLabField, number>> = {};
  for (const p of properties) {
    if (typeof p !== 'object' || p === null) continue;
    const { name, value } = p as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE) continue;
    const hit = FIELD_AND_RANK.get(name);
    if (hit === undefined) continue;
    const [field, rank] = hit;
    if ((ranks[field] ?? Infinity) <= rank) continue;
    ranks[field] = rank;
    out ??= {};
    out[field] = value;
  }
  return out;
}

/** Component-level values override inherited (metadata or parent component) ones, field by field. */
export function overlay(base: GitLabProperties, own: GitLabProperties | null): GitLabProperties {
  return own === null ? base : { ...base, ...own };
}

/** production → false; development and test → true; anything else is not known to us → null. */
export function developmentFromCategory(category: string | undefined): boolean | null {
  if (category === undefined) return null;
  const c = category.toLowerCase();
  if (c === 'production') return false;
  if (c === 'development' || c === 'test') return true;
  return null;
}
