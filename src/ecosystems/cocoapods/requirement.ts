import { err, ok, type Result } from '../../model/result.js';
import { buildPodVersion, comparePod, comparePodStrict, stripRuby, type PodVersion, type Segment } from './version.js';

/** Pod::Requirement (over the RubyGems Requirement copy in vendor/requirement.rb): `satisfied_by?` per operator. */
type Test = (v: PodVersion) => boolean;

// Longest first: the PATTERN's alternation backtracks to the operator that leaves a version behind.
const OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'] as const;

/** A single `[0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?` (no repetition in Requirement::PATTERN). */
function isSingleVersion(s: string): boolean {
  const plus = s.indexOf('+');
  const core = plus < 0 ? s : s.slice(0, plus);
  const meta = plus < 0 ? null : s.slice(plus + 1);
  const pieces = core.split('.');
  if (!/^[0-9]+$/.test(pieces[0] as string)) return false;
  if (!pieces.every((p) => /^[0-9a-zA-Z-]+$/.test(p))) return false;
  return meta === null || /^[0-9a-zA-Z.-]+$/.test(meta);
}

// `segments.pop while segments.any? { |s| String === s }` keeps exactly the part before the first string.
function numericPrefix(segments: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (!('n' in s)) break;
    out.push(s.n);
  }
  return out;
}

/** Gem::Version#release as Pod::Version inherits it (with Pod's own `prerelease?` and `segments`). */
function releaseOf(v: PodVersion): PodVersion {
  return v.prerelease ? buildPodVersion(numericPrefix(v.segments).join('.')) : v;
}

/** Gem::Version#bump: drop strings and the last number, add one to the new last number. */
function bumpOf(v: PodVersion): PodVersion | null {
  const segments = numericPrefix(v.segments);
  if (segments.length > 1) segments.pop();
  const last = segments[segments.length - 1];
  // Ruby raises (nil.succ) for a version without numbers; only "" is one, and no requirement can hold it.
  if (last === undefined) return null;
  segments[segments.length - 1] = (BigInt(last) + 1n).toString();
  return buildPodVersion(segments.join('.'));
}

export function parsePodRequirement(text: string): Result<Test> {
  const stripped = stripRuby(text);
  const operator = OPERATORS.find((op) => stripped.startsWith(op) && isSingleVersion(stripRuby(stripped.slice(op.length))));
  const rest = operator ? stripRuby(stripped.slice(operator.length)) : stripped;
  if (!operator && !isSingleVersion(rest)) return err(`invalid CocoaPods requirement "${text}"`);
  const r = buildPodVersion(rest);
  switch (operator ?? '=') {
    case '=':
      return ok((v) => comparePod(v, r) === 0);
    case '!=':
      return ok((v) => comparePod(v, r) !== 0);
    // `>` and `<` come from Comparable, so they see <=> and its tie-break by text ("1.0.0" > "1.0").
    case '>':
      return ok((v) => comparePodStrict(v, r) > 0);
    case '<':
      return ok((v) => comparePodStrict(v, r) < 0);
    case '>=':
      return ok((v) => comparePod(v, r) >= 0);
    case '<=':
      return ok((v) => comparePod(v, r) <= 0);
    default: {
      const bump = bumpOf(r);
      return ok((v) => comparePod(v, r) >= 0 && bump !== null && comparePodStrict(releaseOf(v), bump) < 0);
    }
  }
}

/** Pod::Requirement.new(*list): every requirement must hold; none at all means `>= 0`. */
export function parsePodRequirementList(parts: readonly string[]): Result<Test> {
  const tests: Test[] = [];
  for (const part of parts) {
    const parsed = parsePodRequirement(part);
    if (!parsed.ok) return parsed;
    tests.push(parsed.value);
  }
  return ok((v) => tests.every((t) => t(v)));
}
