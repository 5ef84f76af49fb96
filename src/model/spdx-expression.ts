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

/** The expression when it holds more than one license id: a conjunction (AND, OR), an exception (WITH), or parentheses. */
export function parseCompoundExpression(text: string): SpdxExpression | null {
  // A compound needs a space or a parenthesis (the parser separates tokens by nothing else): skip the parse for plain ids.
  if (!text.includes(' ') && !text.includes('(')) return null;
  const expression = parseSpdxExpression(text);
  if (expression === null) return null;
  return 'conjunction' in expression || expression.exception !== undefined || text.includes('(') ? expression : null;
}

export function isCompoundExpression(text: string): boolean {
  return parseCompoundExpression(text) !== null;
}
