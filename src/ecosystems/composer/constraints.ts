import { err, ok, type Result } from '../../model/result.js';
import { END, MODIFIER, S, SPACE, normalize, parseStability, phpTrim } from './normalize.js';
import { prepare, versionCompareOp, type Operator, type Prepared } from './version-compare.js';

/**
 * composer/semver 3.3 VersionParser::parseConstraints and Semver::satisfies, ported regex by regex (see
 * normalize.ts for how PCRE is mirrored). `matches` answers what Constraint::matchSpecific answers for the
 * provider `== version`, including its dev-branch rules.
 */
export interface Atom {
  readonly kind: 'atom';
  readonly op: Operator;
  readonly version: string;
  /** The version as version_compare() sees it, computed once. */
  readonly prepared: Prepared;
  readonly branch: boolean;
}
export type Constraint =
  | Atom
  | { readonly kind: 'all' }
  | { readonly kind: 'and'; readonly items: readonly Constraint[] }
  | { readonly kind: 'or'; readonly items: readonly Constraint[] };

const OPS: Readonly<Record<string, Operator>> = { '=': '==', '==': '==', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '<>': '!=', '!=': '!=' };

function atom(op: string, version: string): Atom {
  return { kind: 'atom', op: OPS[op] ?? '==', version, prepared: prepare(version), branch: version.startsWith('dev-') };
}
const ALL: Constraint = { kind: 'all' };

const VR = `v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:${MODIFIER}|\\.([xX*][.-]?dev))(?:\\+[^${SPACE}]+)?`;
const OR_SPLIT = new RegExp(`${S}*\\|\\|?${S}*`);
const AND_SPLIT = new RegExp(`(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|${END})`);
const ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const FLAG = new RegExp(`^([^,${SPACE}]*?)@(stable|RC|beta|alpha|dev)${END}`, 'i');
const HASH_REF = new RegExp(`^(dev-[^,${SPACE}@]+?|[^,${SPACE}@]+?\\.x-dev)#[^\\n]+${END}`, 'i');
const ANY = new RegExp(`^(v)?[xX*](\\.[xX*])*${END}`, 'i');
const TILDE = new RegExp(`^~>?${VR}${END}`, 'i');
const CARET = new RegExp(`^\\^${VR}${END}`, 'i');
const WILDCARD = new RegExp(`^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.[xX*])+${END}`);
const HYPHEN = new RegExp(`^(?<from>${VR}) +- +(?<to>${VR})${END}`, 'i');
const GENERAL = new RegExp(`^(<>|!=|>=?|<=?|==?)?${S}*([^\\n]*)`);
const BRANCH_LIKE = new RegExp(`^[0-9a-zA-Z-./]+${END}`);
const HAS_MODIFIER = new RegExp(`-${MODIFIER}${END}`);

type Groups = readonly (string | undefined)[];

/** PHP `$n + 1` on a numeric string: an int, or past PHP_INT_MAX a float printed with precision 14. */
function phpIncrement(digits: string): string {
  const n = BigInt(digits);
  if (n < 9223372036854775807n) return (n + 1n).toString();
  const [mantissa = '', exponent = ''] = (Number(digits) + 1).toExponential(13).split('e');
  const trimmed = mantissa.replace(/0+$/, '').replace(/\.$/, '');
  return `${trimmed.includes('.') ? trimmed : `${trimmed}.0`}E${exponent}`;
}

/** VersionParser::manipulateVersionString (increment 0 or 1). */
function manipulate(m: Groups, position: number, increment = 0): string {
  const parts = [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''];
  for (let i = 4; i > 0; i--) {
    if (i > position) parts[i - 1] = '0';
    else if (i === position && increment) parts[i - 1] = phpIncrement(parts[i - 1] || '0');
  }
  return parts.join('.');
}

class Invalid extends Error {}

function mustNormalize(version: string): string {
  const n = normalize(version);
  if (!n.ok) throw new Invalid(n.error);
  return n.value;
}

/** VersionParser::parseConstraint for one AND-part; throws Invalid where Composer throws. */
function parseConstraint(input: string): Constraint[] {
  let constraint = input;
  let stabilityModifier = '';
  const alias = ALIAS.exec(constraint);
  if (alias) constraint = alias[1] as string;
  const flag = FLAG.exec(constraint);
  if (flag) {
    constraint = flag[1] !== '' ? (flag[1] as string) : '*';
    if (flag[2] !== 'stable') stabilityModifier = flag[2] as string;
  }
  const hashRef = HASH_REF.exec(constraint);
  if (hashRef) constraint = hashRef[1] as string;

  const any = ANY.exec(constraint);
  if (any) return any[1] || any[2] ? [atom('>=', '0.0.0.0-dev')] : [ALL];

  let m: RegExpExecArray | null = TILDE.exec(constraint);
  if (m) {
    if (constraint.startsWith('~>')) throw new Invalid(`invalid operator "~>" in "${input}", Composer's is "~"`);
    let position = m[4] ? 4 : m[3] ? 3 : m[2] ? 2 : 1;
    if (m[8]) position++;
    const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
    const low = mustNormalize((constraint + suffix).slice(1));
    return [atom('>=', low), atom('<', `${manipulate(m, Math.max(1, position - 1), 1)}-dev`)];
  }
  m = CARET.exec(constraint);
  if (m) {
    const position = m[1] !== '0' || !m[2] ? 1 : m[2] !== '0' || !m[3] ? 2 : 3;
    const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
    const low = mustNormalize((constraint + suffix).slice(1));
    return [atom('>=', low), atom('<', `${manipulate(m, position, 1)}-dev`)];
  }
  m = WILDCARD.exec(constraint);
  if (m) {
    const position = m[3] ? 3 : m[2] ? 2 : 1;
    const low = `${manipulate(m, position)}-dev`;
    const high = atom('<', `${manipulate(m, position, 1)}-dev`);
    return low === '0.0.0.0-dev' ? [high] : [atom('>=', low), high];
  }
  m = HYPHEN.exec(constraint);
  if (m) {
    const lowSuffix = !m[6] && !m[8] && !m[9] ? '-dev' : '';
    const lower = atom('>=', mustNormalize(m.groups?.from ?? '') + lowSuffix);
    // Composer's own `$empty`: "0" counts as given.
    const given = (x: string | undefined): boolean => x !== undefined && x !== '';
    const to = m.groups?.to ?? '';
    if ((given(m[12]) && given(m[13])) || m[15] || m[17] || m[18]) return [lower, atom('<=', mustNormalize(to))];
    mustNormalize(to);
    const high = manipulate(['', m[11], m[12], m[13], m[14]], given(m[12]) ? 2 : 1, 1);
    return [lower, atom('<', `${high}-dev`)];
  }
  const g = GENERAL.exec(constraint) as RegExpExecArray;
  const operator = g[1] ?? '';
  const text = g[2] ?? '';
  let version: string;
  const normalized = normalize(text);
  if (normalized.ok) version = normalized.value;
  else if (text.endsWith('-dev') && BRANCH_LIKE.test(text)) version = mustNormalize(`dev-${text.slice(0, -4)}`);
  else throw new Invalid(`could not parse version constraint "${input}": ${normalized.error}`);
  const op = operator || '=';
  if (op !== '==' && op !== '=' && stabilityModifier && parseStability(version) === 'stable') {
    version += `-${stabilityModifier}`;
  } else if ((op === '<' || op === '>=') && !HAS_MODIFIER.test(text.toLowerCase()) && !text.startsWith('dev-')) {
    version += '-dev';
  }
  return [atom(op, version)];
}

const show = (c: Constraint): string => (c.kind === 'atom' ? `${c.op} ${c.version}` : c.kind === 'all' ? '*' : '');

/** MultiConstraint::create for the OR level, with optimizeConstraints' merge of `>=a <b || >=b <c`. */
function createOr(groups: Constraint[]): Constraint {
  if (groups.length === 1) return groups[0] as Constraint;
  let left = groups[0] as Constraint;
  const merged: Constraint[] = [];
  let optimized = false;
  for (const right of groups.slice(1)) {
    if (left.kind === 'and' && right.kind === 'and' && left.items.length === 2 && right.items.length === 2) {
      const [l0, l1] = left.items.map(show) as [string, string];
      const [r0, r1] = right.items.map(show) as [string, string];
      if (l0.startsWith('>=') && l1.startsWith('<') && r0.startsWith('>=') && r1.startsWith('<') && l1.slice(2) === r0.slice(3)) {
        optimized = true;
        left = { kind: 'and', items: [left.items[0] as Constraint, right.items[1] as Constraint] };
        continue;
      }
    }
    merged.push(left);
    left = right;
  }
  if (!optimized) return { kind: 'or', items: groups };
  merged.push(left);
  return merged.length === 1 ? (merged[0] as Constraint) : { kind: 'or', items: merged };
}

/** VersionParser::parseConstraints. */
export function parseConstraints(text: string): Result<Constraint> {
  try {
    const groups = phpTrim(text)
      .split(OR_SPLIT)
      .map((part): Constraint => {
        const objects = part.split(AND_SPLIT).flatMap(parseConstraint);
        return objects.length === 1 ? (objects[0] as Constraint) : { kind: 'and', items: objects };
      });
    return ok(createOr(groups));
  } catch (e) {
    if (e instanceof Invalid) return err(`invalid Composer constraint "${text}": ${e.message}`);
    throw e;
  }
}

/** Constraint::versionCompare without branch comparison, as matchSpecific uses it. */
function atomMatches(c: Atom, v: ComposerVersion): boolean {
  if (c.op === '!=' && (c.branch || v.branch)) return c.version !== v.normalized;
  if (c.branch && v.branch) return c.op === '==' && c.version === v.normalized;
  if (c.branch || v.branch) return false;
  return versionCompareOp(v.prepared, c.prepared, c.op);
}

export function matches(c: Constraint, v: ComposerVersion): boolean {
  switch (c.kind) {
    case 'atom':
      return atomMatches(c, v);
    case 'all':
      return true;
    case 'and':
      return c.items.every((item) => matches(item, v));
    case 'or':
      return c.items.some((item) => matches(item, v));
  }
}

export interface ComposerVersion {
  /** VersionParser::normalize's answer (`1.2.0.0-beta1`, `dev-main`). */
  readonly normalized: string;
  readonly prepared: Prepared;
  readonly branch: boolean;
  /** For ordering: Semver::sort first maps dev-master/dev-default/dev-trunk to 9999999-dev. */
  readonly orderKey: string;
  readonly orderPrepared: Prepared;
  readonly orderBranch: boolean;
}
