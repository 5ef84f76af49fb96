import parse from 'spdx-expression-parse';

/** An SPDX license expression as spdx-expression-parse reads it (SPDX 2.3 Annex D). */
export type SpdxExpression = parse.Info;

/** The expression, or null when the text is not one (a license name as written, "Apache License 2.0"). */
export function parseSpdxExpression(text: string): SpdxExpression | null {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

/** An expression of more than one license id: a conjunction (AND, OR), an exception (WITH), or parentheses. */
export function isCompoundExpression(text: string): boolean {
  const expression = parseSpdxExpression(text);
  if (expression === null) return false;
  return 'conjunction' in expression || expression.exception !== undefined || text.includes('(');
}
