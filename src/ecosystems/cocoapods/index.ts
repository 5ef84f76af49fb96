import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH } from '../shared/advisory-syntax.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';
import { parsePodRequirementList } from './requirement.js';
import { comparePod, parsePodVersion, type PodVersion } from './version.js';

type Test = (v: PodVersion) => boolean;

// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;

/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function splitConstraints(text: string): string[] | undefined {
  const out: string[] = [];
  for (const piece of text.split(',')) {
    CONSTRAINT.lastIndex = 0;
    let count = 0;
    while (CONSTRAINT.lastIndex < piece.length) {
      const m = CONSTRAINT.exec(piece);
      if (!m) return undefined;
      out.push(`${m[1] ?? '='} ${m[2]}`);
      count++;
    }
    if (count === 0) return undefined;
  }
  return out;
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<PodVersion>> {
  if (text.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  if (syntax === 'native') {
    // `Pod::Requirement.new(*text.split(",", -1))`: a Podfile / Podfile.lock requirement list ("~> 1.0, < 1.5").
    const list = parsePodRequirementList(text === '' ? [] : text.split(','));
    return list.ok ? ok({ text, contains: list.value }) : list;
  }
  // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives, each a requirement list.
  const alternatives: Test[] = [];
  for (const part of text.split('||')) {
    const constraints = splitConstraints(part);
    const list = constraints ? parsePodRequirementList(constraints) : undefined;
    if (!list?.ok) {
      const why = list && !list.ok ? `: ${list.error}` : ': an empty or malformed alternative';
      return err(`invalid cocoapods affected_range "${text}"${why}`);
    }
    alternatives.push(list.value);
  }
  return ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}

const versioning: Versioning<PodVersion> = { parse: parsePodVersion, compare: comparePod, parseRange };

export const cocoapods = {
  type: 'cocoapods',
  aliases: [],
  // Pod names are case-sensitive (trunk and the Specs repo key pods by exact name; the purl spec says so too). A
  // subspec "Firebase/Core" is part of the pod "Firebase": CocoaPods resolves, versions and locks it as that pod
  // (Specification#root_name), and the purl writes it as the subpath of pkg:cocoapods/Firebase.
  canonicalName: (_namespace, name) => {
    const slash = name.indexOf('/');
    return slash < 0 ? name : name.slice(0, slash);
  },
  versioning,
  // packageurl-js keeps cocoapods names as written (no normalisation for the type); no namespace.
  plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
} satisfies Ecosystem<PodVersion>;
