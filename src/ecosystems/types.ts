import type { Result } from '../model/result.js';
import type { PlainPurlRule } from './shared/purl-rule.js';

/**
 * One module per purl type (STYLE.md): canonical names and version semantics exactly as the ecosystem's own
 * reference implementation defines them. There is no fallback: an unknown type answers "unsupported".
 */
export interface Ecosystem<V = unknown> {
  /** purl type: npm, pypi, maven, gem, golang ... */
  readonly type: string;
  /** Other names people and registries use for it (PMDB registry ids: packagist, rubygem, go). */
  readonly aliases: readonly string[];
  /** The name two spellings of the same package share (PEP 503 for PyPI, lower-case for NuGet/Composer ...). */
  canonicalName(namespace: string | null, name: string): string;
  /**
   * Splits a full name as reports write it ("@scope/name", "group/artifact", a Go module path) into purl
   * namespace and name. Absent for types whose names have no namespace: the whole text is the name.
   */
  splitName?(fullName: string): readonly [namespace: string | null, name: string];
  readonly versioning: Versioning<V>;
  /**
   * How packageurl-js writes this type's plain purls (shared/plain-purl.ts answers for it without calling it).
   * Absent: every purl of the type goes through packageurl-js.
   */
  readonly plainPurl?: PlainPurlRule;
  /**
   * Where one purl type has had two version semantics (apk-tools 2 and 3), the variant that a purl's namespace and
   * qualifiers select (`pkg:apk/alpine/musl@1.2.5-r0?distro=alpine-3.23`); undefined when they select none and
   * `versioning` answers. Read through shared/purl-semantics.ts, which keeps variants apart in caches.
   */
  forPurl?(namespace: string | null, qualifiers: Readonly<Record<string, string>>): Ecosystem | undefined;
  /** Set on a variant that forPurl returns: names its semantics ("apk-tools 3"). */
  readonly variant?: string;
}

/**
 * `native`: the ecosystem's own range syntax (npm ranges, PEP 440 specifiers, Maven brackets ...).
 * `advisory`: the PMDB `affected_range` syntax of DESIGN.md 8.1 for this type.
 */
export type RangeSyntax = 'native' | 'advisory';

export interface Versioning<V> {
  /** Parses a version; an error when the ecosystem's reference rejects it. Results may be cached by callers. */
  parse(text: string): Result<V>;
  /** Total order of the ecosystem; equal versions (1.0 and 1.0.0 in Maven) give 0. */
  compare(a: V, b: V): -1 | 0 | 1;
  /** Parses a range once; `contains` is then cheap. */
  parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<V>>;
}

export interface VersionRange<V> {
  /** The range as given, for messages. */
  readonly text: string;
  /** As the ecosystem's library answers for one explicit version (a pre-release you ask about is tested). */
  contains(version: V): boolean;
}
