import { err, ok, type Result } from '../../model/result.js';
import { bumpOf, compareGem, isGemVersionCore, parseGemVersion, releaseOf, stripRuby, type GemVersion } from './version.js';

/** Gem::Requirement's operators, and `satisfied_by?` for one requirement. */
type Test = (v: GemVersion) => boolean;

// Longest first: Gem::Requirement::PATTERN backtracks to the operator that leaves a version behind.
const OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'] as const;

/** Gem::Requirement.parse: `\A\s*(op)?\s*(VERSION_PATTERN)\s*\z`, no operator meaning `=`. */
export function parseRequirement(text: string): Result<Test> {
  const stripped = stripRuby(text);
  const operator = OPERATORS.find((op) => stripped.startsWith(op)) ?? '=';
  const rest = stripRuby(stripped.startsWith(operator) ? stripped.slice(operator.length) : stripped);
  if (!isGemVersionCore(rest)) return err(`invalid RubyGems requirement "${text}"`);
  const parsed = parseGemVersion(rest);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  switch (operator) {
    case '=':
      return ok((v) => compareGem(v, r) === 0);
    case '!=':
      return ok((v) => compareGem(v, r) !== 0);
    case '>':
      return ok((v) => compareGem(v, r) > 0);
    case '<':
      return ok((v) => compareGem(v, r) < 0);
    case '>=':
      return ok((v) => compareGem(v, r) >= 0);
    case '<=':
      return ok((v) => compareGem(v, r) <= 0);
    case '~>': {
      const bump = bumpOf(r);
      return ok((v) => compareGem(v, r) >= 0 && compareGem(releaseOf(v), bump) < 0);
    }
  }
}

/** Gem::Requirement.new(*list): every requirement must hold; no requirement at all means `>= 0`. */
export function parseRequirementList(parts: readonly string[]): Result<Test> {
  const tests: Test[] = [];
  for (const part of parts) {
    const parsed = parseRequirement(part);
    if (!parsed.ok) return parsed;
    tests.push(parsed.value);
  }
  return ok((v) => tests.every((t) => t(v)));
}
