import { ecosystems } from '../registry.js';
import type { PlainPurlRule } from './purl-rule.js';

/**
 * Purls that packageurl-js would write back character for character, recognised without it.
 *
 * packageurl-js stays the authority on purls: this only answers, for the common shape
 * `pkg:<type>/[<namespace>/]<name>@<version>` written with unreserved characters, what packageurl-js answers,
 * and leaves everything else (qualifiers, subpaths, percent-escapes, other types, characters a type
 * normalises) to it. Parsing and writing each purl with packageurl-js was most of a 50,000-component scan's
 * parse time. The per-type rules are declared by the ecosystem modules (PlainPurlRule).
 * test/model/plain-purl.test.ts checks every answer here against packageurl-js, on generated purls
 * that stress each rule below and on every purl of the shared fixtures.
 */

export interface PlainPurl {
  readonly type: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly version: string;
  /** A plain purl has neither; the fields are there so the parts serve as PurlParts without a copy. */
  readonly qualifiers: null;
  readonly subpath: null;
}

/** Unreserved characters and "+", which packageurl-js leaves as they are in a version. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._~+-]*$/;

/**
 * The rules by purl type, from the ecosystem modules that declare one: the types depindex meets most, whose rules
 * in packageurl-js 2.0 are only lower-casing, pypi's "_", and Maven's required namespace. Types without one (golang:
 * packageurl-js checks "v" versions as semver; pub turns "-" into "_"; conan: qualifier rules; deb/rpm/apk: their
 * purls carry qualifiers anyway) always go to packageurl-js.
 */
const RULES: ReadonlyMap<string, PlainPurlRule> = new Map(
  ecosystems.flatMap((e) => (e.plainPurl ? [[e.type, e.plainPurl] as const] : [])),
);

/** The parts of a purl string that packageurl-js would write back unchanged; null when that is not certain. */
export function plainPurl(text: string): PlainPurl | null {
  if (!text.startsWith('pkg:')) return null;
  const slash = text.indexOf('/', 4);
  if (slash === -1) return null;
  const type = text.slice(4, slash);
  const rule = RULES.get(type);
  if (rule === undefined) return null;
  const at = text.lastIndexOf('@');
  if (at <= slash) return null;
  const version = text.slice(at + 1);
  if (!VERSION.test(version)) return null;
  const path = text.slice(slash + 1, at);
  const nameStart = path.lastIndexOf('/') + 1;
  const name = path.slice(nameStart);
  if (!rule.segment.test(name)) return null;
  if (nameStart === 0) return rule.namespace === 'required' ? null : { type, namespace: null, name, version, qualifiers: null, subpath: null };
  if (rule.namespace === 'none') return null;
  const namespace = namespaceOf(path.slice(0, nameStart - 1), rule);
  return namespace === null ? null : { type, namespace, name, version, qualifiers: null, subpath: null };
}

/** The written namespace, decoded; one segment only (a second "/" is rare enough to leave to packageurl-js). */
function namespaceOf(written: string, rule: PlainPurlRule): string | null {
  // npm scopes are written "%40scope" and read as "@scope".
  if (rule.atScope === true && written.startsWith('%40')) return rule.segment.test(written.slice(3)) ? `@${written.slice(3)}` : null;
  return rule.segment.test(written) ? written : null;
}

/**
 * The purl packageurl-js would build from these parts, when it is certain without it; null otherwise.
 * Lock-file readers build one purl per package, so this is their hot path too.
 */
export function plainPurlOf(type: string, namespace: string | null, name: string, version: string): string | null {
  const rule = RULES.get(type);
  if (rule === undefined || !rule.segment.test(name) || !VERSION.test(version)) return null;
  if (namespace === null) return rule.namespace === 'required' ? null : `pkg:${type}/${name}@${version}`;
  if (rule.namespace === 'none') return null;
  if (rule.atScope === true && namespace.startsWith('@')) {
    return rule.segment.test(namespace.slice(1)) ? `pkg:npm/%40${namespace.slice(1)}/${name}@${version}` : null;
  }
  return rule.segment.test(namespace) ? `pkg:${type}/${namespace}/${name}@${version}` : null;
}
