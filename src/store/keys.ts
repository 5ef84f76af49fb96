import { ecosystemFor, ecosystems } from '../ecosystems/registry.js';
import { pep503Name } from '../ecosystems/pypi/name.js';
import { parseCompoundExpression, type SpdxExpression } from '../model/spdx-expression.js';

/**
 * The derived search keys both stores write and query with, so SQLite and Elasticsearch agree on what
 * "django finds Django" and "--group acme" mean (DESIGN.md 4 and 6).
 */

/** "group/sub/project" -> ["group", "group/sub"]: the namespaces a group search matches exactly. */
export function projectNamespaces(project: string): string[] {
  const parts = project.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

/** The name without its namespace: Dependency.name joins them with "/" ("@types/node" -> "node"). */
function bareName(namespace: string | null, name: string): string {
  return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}

function fallbackKey(namespace: string | null, name: string): string {
  return (namespace ? `${namespace}/${name}` : name).toLowerCase();
}

/**
 * The stored name key: the ecosystem's canonical name, lower-cased because search is case-insensitive
 * everywhere (DESIGN.md 4). Types without an ecosystem module fall back to the lower-cased full name.
 */
export function canonicalKey(type: string, namespace: string | null, name: string): string {
  const bare = bareName(namespace, name);
  const ecosystem = ecosystemFor(type);
  if (!ecosystem) return fallbackKey(namespace, bare);
  try {
    return ecosystem.canonicalName(namespace, bare).toLowerCase();
  } catch {
    return fallbackKey(namespace, bare);
  }
}

/**
 * Types whose name is searched without its namespace too: Maven (people search for `log4j-core`, not
 * `org.apache.logging.log4j:log4j-core`) and generic (an SBOM component's group is rarely known to whoever
 * searches). Other types have none: a bare `node` finding `@types/node` would be noise rather than help.
 */
const SHORT_NAMED = new Set(['maven', 'generic']);

/** The second name key: the name without its namespace, lower-cased, for SHORT_NAMED types (issue #15). */
export function shortKey(type: string, namespace: string | null, name: string): string | null {
  if (!SHORT_NAMED.has(type) || !namespace) return null;
  return bareName(namespace, name).toLowerCase();
}

/** Only SHORT_NAMED types have a short key: matching it under another type is wasted work. */
export function mayBeArtifactId(type: string | undefined): boolean {
  return type === undefined || SHORT_NAMED.has(type);
}

/** The ways a typed name splits into namespace and name: "a/b/c" at the last "/", "g:a" (Maven) at the ":". */
function splits(text: string): [string | null, string][] {
  const out: [string | null, string][] = [[null, text]];
  const slash = text.lastIndexOf('/');
  if (slash > 0 && slash < text.length - 1) out.push([text.slice(0, slash), text.slice(slash + 1)]);
  const colon = text.indexOf(':');
  if (colon > 0 && colon < text.length - 1 && colon === text.lastIndexOf(':')) {
    out.push([text.slice(0, colon), text.slice(colon + 1)]);
  }
  return out;
}

/**
 * The name keys a searched name can match. With a type, the ecosystem's canonical forms of the text; without
 * one, the canonical forms under every ecosystem's rules plus the lower-cased text and its PEP 503 form, so
 * `requests_oauthlib` finds `requests-oauthlib` whatever the type.
 */
export function nameKeys(text: string, type?: string): string[] {
  const trimmed = text.trim();
  const keys = new Set<string>();
  const candidates = type === undefined ? ecosystems.map((e) => e.type) : [type];
  for (const t of candidates) {
    for (const [namespace, name] of splits(trimmed)) keys.add(canonicalKey(t, namespace, name));
  }
  if (type === undefined) {
    keys.add(trimmed.toLowerCase());
    keys.add(pep503Name(trimmed));
  }
  return [...keys].sort();
}

/** The license ids and exceptions of an expression tree, as written ("GPL-2.0+" keeps its plus). */
function leaves(expression: SpdxExpression, out: string[]): string[] {
  if ('conjunction' in expression) {
    leaves(expression.left, out);
    leaves(expression.right, out);
    return out;
  }
  out.push(expression.plus ? `${expression.license}+` : expression.license);
  if (expression.exception !== undefined) out.push(expression.exception);
  return out;
}

/**
 * License keys for search: each license as written, lower-cased, plus the ids inside a compound SPDX
 * expression, so `--license mit` finds "MIT OR Apache-2.0" (read with spdx-expression-parse), and the words of
 * text written like one that is not valid SPDX ("BSD or MIT"). A license name as written is one key.
 */
export function licenseKeys(licenses: readonly string[] | null): string[] {
  if (!licenses) return [];
  const keys = new Set<string>();
  for (const license of licenses) {
    const trimmed = license.trim();
    if (trimmed === '') continue;
    keys.add(trimmed.toLowerCase());
    const expression = parseCompoundExpression(trimmed);
    if (expression !== null) for (const id of leaves(expression, [])) keys.add(id.toLowerCase());
    else for (const word of looseWords(trimmed.toLowerCase())) keys.add(word);
  }
  return [...keys].sort();
}

const LOOSE_OPERATORS = new Set(['and', 'or', 'with']);

/**
 * Text written like an expression that is not one ("BSD or MIT", "MIT OR Some-Custom": inputs write such
 * things): its words, so `--license mit` still finds it. A name without operators or parentheses ("Apache
 * License 2.0") gives none: it is one key, not three words.
 */
function looseWords(lower: string): string[] {
  const words = lower.split(/[\s()]+/).filter((w) => w !== '');
  if (!lower.includes('(') && !words.some((w) => LOOSE_OPERATORS.has(w))) return [];
  return words.filter((w) => !LOOSE_OPERATORS.has(w));
}

/** The search key of a license filter. */
export function licenseKey(license: string): string {
  return license.trim().toLowerCase();
}
