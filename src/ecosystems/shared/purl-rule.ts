/**
 * How packageurl-js 2.0 writes the purls of one type, for the common shape `pkg:<type>/[<namespace>/]<name>@<version>`
 * written with unreserved characters. Each ecosystem module that has such a rule declares it (`Ecosystem.plainPurl`);
 * shared/plain-purl.ts uses it to answer for packageurl-js without calling it.
 */
export interface PlainPurlRule {
  /** One namespace or name segment as packageurl-js writes it for this type. */
  readonly segment: RegExp;
  /** Whether the type has a namespace: npm scopes and composer vendors may, Maven group ids must. */
  readonly namespace: 'none' | 'optional' | 'required';
  /** npm: a namespace "@scope" is written "%40scope". */
  readonly atScope?: boolean;
}

/** Segments of types whose names packageurl-js lower-cases: only lower-case segments come back unchanged. */
export const LOWER_CASE_SEGMENT = /^[a-z0-9][a-z0-9._~-]*$/;
/** Segments of types whose names keep their case. */
export const CASED_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
