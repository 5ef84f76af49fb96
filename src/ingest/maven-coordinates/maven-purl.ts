import { buildPurl } from '../../ecosystems/shared/purl.js';
import type { Result } from '../../model/result.js';

/** One Maven artifact as the dependency plugin prints it. */
export interface MavenArtifact {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
  /** Packaging type; "jar" is Maven's default and is left out of the purl, as the purl spec says. */
  readonly type: string;
  readonly classifier: string;
}

/**
 * pkg:maven purl with the purl spec's `classifier` and `type` qualifiers (a `natives` jar or a `pom` is a
 * different file from the plain jar, and advisories can name either).
 */
export function mavenPurl(a: MavenArtifact): Result<string> {
  const qualifiers: Record<string, string> = {};
  if (a.classifier) qualifiers['classifier'] = a.classifier;
  if (a.type && a.type !== 'jar') qualifiers['type'] = a.type;
  return buildPurl('maven', a.groupId, a.artifactId, a.version, Object.keys(qualifiers).length > 0 ? qualifiers : null);
}

/**
 * Maven scopes that mean "not shipped, only for building and testing". Only `test` is: `provided` and `system`
 * artifacts are not packaged but are on the classpath at run time (the container or the JDK provides them, and a
 * vulnerability in them runs in production), `compile`, `runtime` and `import` are runtime.
 */
export const isDevelopmentScope = (scope: string): boolean => scope === 'test';
