import { developmentFromCategory } from './gitlab-properties.js';

/** What the generator is known to write, read from `metadata.tools` (tools.ts). */
export interface ScopeRules {
  /**
   * The generator marks npm's optional packages with `cdx:npm:package:optional` (cdxgen,
   * lib/helpers/npmutils.js setNpmOptionalProperty), so its absence on a development package means "not optional".
   */
  readonly npmOptionalProperty: boolean;
  /**
   * depindex's own SBOM (report/cyclonedx/write.ts) leaves the scope out exactly where it does not know; read
   * back, that is unknown again rather than the spec's default.
   */
  readonly missingScopeIsUnknown: boolean;
}

/** The CycloneDX npm taxonomy (cyclonedx-property-taxonomy cdx/npm.md), written by npm, cyclonedx-npm and cdxgen. */
const NPM_DEVELOPMENT = 'cdx:npm:package:development';
/** Not in the taxonomy; cdxgen's own name for npm's `optional` flag. */
const NPM_OPTIONAL = 'cdx:npm:package:optional';

export interface ScopeFlags {
  readonly development: boolean | null;
  readonly optional: boolean | null;
}

/**
 * development and optional of one component (docs/development-and-optional.md). The CycloneDX spec: `required`
 * is needed at run time, `optional` is optional at run time (still run time: not development), `excluded` is not
 * needed at run time (tests, tooling), and a missing scope means `required`. Generators' own marks come first:
 * - `cdx:npm:package:development=true` (npm, cyclonedx-npm, cdxgen) is development. npm's `npm sbom` writes
 *   scope "optional" for every package arborist marks devOptional, which on a lock file is every development
 *   package, and cdxgen writes "optional" for every development package: on such a component the scope says
 *   nothing about optional; cdxgen's `cdx:npm:package:optional` does, npm's SBOM leaves it unknown.
 * - GitLab's `gitlab:dependency_scanning:category` (development, test, production) where the scope is silent.
 * syft writes neither scope nor a development mark (syft 1.2.0, only syft:* properties): the spec's default, required, stands.
 */
export function readScopeFlags(component: Readonly<Record<string, unknown>>, category: string | undefined, rules: ScopeRules): ScopeFlags {
  const scope = component.scope;
  const marks = npmMarks(component.properties);
  if (scope !== undefined && scope !== 'required' && scope !== 'optional' && scope !== 'excluded') {
    // Not a CycloneDX scope: only the generator's own marks can say anything.
    return { development: marks.development ? true : developmentFromCategory(category), optional: marks.optional ? true : null };
  }
  if (marks.development) {
    const scopeSaysNothing = scope === 'optional' || scope === 'excluded';
    const optional = marks.optional ? true : rules.npmOptionalProperty ? false : scopeSaysNothing ? null : false;
    return { development: true, optional };
  }
  // Not at run time; whether it is also optional, one scope value cannot say.
  if (scope === 'excluded') return { development: true, optional: marks.optional ? true : null };
  const byCategory = developmentFromCategory(category);
  if (scope === undefined && rules.missingScopeIsUnknown && !marks.optional) return { development: byCategory, optional: null };
  return { development: byCategory ?? false, optional: marks.optional || scope === 'optional' };
}

function npmMarks(properties: unknown): { development: boolean; optional: boolean } {
  const marks = { development: false, optional: false };
  if (!Array.isArray(properties)) return marks;
  for (const p of properties) {
    if (typeof p !== 'object' || p === null) continue;
    const { name, value } = p as { name?: unknown; value?: unknown };
    if (value !== 'true') continue;
    if (name === NPM_DEVELOPMENT) marks.development = true;
    else if (name === NPM_OPTIONAL) marks.optional = true;
  }
  return marks;
}
