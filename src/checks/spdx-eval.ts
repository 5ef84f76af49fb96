import parseSpdx from 'spdx-expression-parse';
import spdxSatisfies from 'spdx-satisfies';
import spdxLicenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxExceptions from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecatedExceptions from 'spdx-exceptions/deprecated.json' with { type: 'json' };
import { closestSpdxId } from '../config/values.js';

type Node = parseSpdx.Info;
type Leaf = parseSpdx.LicenseInfo;

/**
 * Lower case -> the SPDX lists' spelling: "mit" and "MIT" are one licence. The exceptions list is in too: the
 * parser only knows "Classpath-exception-2.0", so "GPL-2.0-only WITH classpath-exception-2.0" must be respelt
 * before it parses (no licence id and exception id differ only by case, so one map serves both).
 */
const CANONICAL = new Map(
  [...(spdxLicenseIds as string[]), ...(deprecatedIds as string[]), ...(spdxExceptions as string[]), ...(deprecatedExceptions as string[])].map((id) => [
    id.toLowerCase(),
    id,
  ]),
);
const OPERATORS = new Set(['and', 'or', 'with']);

/**
 * An SPDX id or expression with each id in the SPDX list's spelling and the operators upper-cased, so case alone
 * never makes a licence unknown or unmatched. Ids the list does not know (LicenseRef-..., typos) are kept as written.
 */
export function normaliseSpdxCase(text: string): string {
  return text.replace(/[A-Za-z0-9][A-Za-z0-9.+-]*/g, (token) => {
    const lower = token.toLowerCase();
    if (OPERATORS.has(lower)) return lower.toUpperCase();
    const plus = lower.endsWith('+') ? '+' : '';
    const id = CANONICAL.get(plus ? lower.slice(0, -1) : lower);
    return id === undefined ? token : id + plus;
  });
}

export type Parsed = { readonly ok: true; readonly tree: Node } | { readonly ok: false; readonly text: string; readonly why: string };

/**
 * A dependency's licence strings as one SPDX expression tree, by spdx-expression-parse. Several strings (a
 * CycloneDX `licenses` array, PMDB's list) all apply: they are joined with AND. A string that is not SPDX says
 * which and why, with the closest id spdx-correct knows.
 */
export function parseLicenses(licenses: readonly string[]): Parsed {
  let tree: Node | null = null;
  for (const text of licenses) {
    let node: Node;
    try {
      node = parseSpdx(normaliseSpdxCase(text));
    } catch (e) {
      const closest = closestSpdxId(text);
      const why = `"${text}" is not an SPDX expression (${(e as Error).message})${closest ? `; closest SPDX id: ${closest}` : ''}`;
      return { ok: false, text, why };
    }
    tree = tree === null ? node : { left: tree, conjunction: 'and', right: node };
  }
  return tree === null ? { ok: false, text: '', why: 'no licence is known' } : { ok: true, tree };
}

const leafText = (leaf: Leaf): string => `${leaf.license}${leaf.plus ? '+' : ''}`;

/**
 * Whether some choice of the expression's alternatives uses only licences the predicate accepts: OR needs one
 * side, AND both. A WITH exception only adds permissions, so "Apache-2.0 WITH LLVM-exception" is accepted where
 * Apache-2.0 is (or where the list names the WITH form itself).
 */
export function satisfiable(tree: Node, accept: (leaf: Leaf) => boolean): boolean {
  if ('conjunction' in tree) {
    return tree.conjunction === 'or' ? satisfiable(tree.left, accept) || satisfiable(tree.right, accept) : satisfiable(tree.left, accept) && satisfiable(tree.right, accept);
  }
  return accept(tree);
}

/** The allow list as a leaf predicate: "+" and -or-later ranges by spdx-satisfies, LicenseRefs by equality. */
export function allowPredicate(allowList: readonly string[]): (leaf: Leaf) => boolean {
  const allow = allowList.map(normaliseSpdxCase);
  const exact = new Set(allow.map((a) => a.toLowerCase()));
  const listed = allow.filter((a) => !a.startsWith('LicenseRef-') && !a.startsWith('DocumentRef-'));
  return (leaf) => {
    if (leaf.exception && exact.has(`${leafText(leaf)} with ${leaf.exception}`.toLowerCase())) return true;
    if (exact.has(leafText(leaf).toLowerCase()) || exact.has(leaf.license.toLowerCase()) && !leaf.plus) return true;
    if (leaf.license.startsWith('LicenseRef-') || leaf.license.startsWith('DocumentRef-') || listed.length === 0) return false;
    try {
      return spdxSatisfies(leafText(leaf), listed);
    } catch {
      return false;
    }
  };
}

const OR_LATER = /(\+|-or-later)$/i;

/**
 * A leaf is denied when it is a denied id, whatever its -only / -or-later / "+" form; "GPL-2.0+" in an
 * expression is denied only when its base version is (GPL-2.0 can be chosen). A denied or-later entry
 * ("GPL-2.0+", "GPL-2.0-or-later") denies every version it covers, by spdx-satisfies: GPL-3.0-only and
 * GPL-3.0-or-later too.
 */
export function deniedPredicate(denyList: readonly string[]): (leaf: Leaf) => boolean {
  const deny = denyList.map(normaliseSpdxCase);
  const denied = new Set(deny.map((a) => a.replace(/\+$/, '').replace(/-(only|or-later)$/, '').toLowerCase()));
  const ranges = deny.filter((a) => OR_LATER.test(a));
  return (leaf) => {
    if (denied.has(leaf.license.replace(/-(only|or-later)$/, '').toLowerCase())) return true;
    if (ranges.length === 0 || leaf.license.startsWith('LicenseRef-') || leaf.license.startsWith('DocumentRef-')) return false;
    // The version the user can choose: the base of an or-later leaf.
    const base = leaf.license.replace(/-(only|or-later)$/, '');
    const lowest = CANONICAL.get(`${base}-only`.toLowerCase()) ?? base;
    return ranges.some((range) => {
      try {
        return spdxSatisfies(lowest, [range]);
      } catch {
        return false;
      }
    });
  };
}

export function describeTree(tree: Node): string {
  if ('conjunction' in tree) {
    const side = (n: Node) => ('conjunction' in n && n.conjunction !== tree.conjunction ? `(${describeTree(n)})` : describeTree(n));
    return `${side(tree.left)} ${tree.conjunction.toUpperCase()} ${side(tree.right)}`;
  }
  return `${leafText(tree)}${tree.exception ? ` WITH ${tree.exception}` : ''}`;
}
