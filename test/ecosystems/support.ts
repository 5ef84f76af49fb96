import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Ecosystem, RangeSyntax, Versioning } from '../../src/ecosystems/types.js';

/** Test data: hand-written and golden files under fixtures/, real corpora in ../shared (never copied). */
export const repoPath = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
export const sharedPath = (relative: string): string => repoPath(`../shared/${relative}`);

/** Lines of a data file, without blank lines and `#` comments. */
export function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** A real corpus from ../shared/versions-corpus, one version per line, kept exactly (no trimming, no comments). */
export const corpus = (type: string): string[] =>
  readFileSync(sharedPath(`versions-corpus/${type}.txt`), 'utf8').split('\n').filter((l) => l !== '');

export interface OrderCase {
  readonly a: string;
  readonly op: '<' | '=' | '>';
  readonly b: string;
  readonly line: string;
}

/** `a < b`, `a = b`, `a > b` lines; versions contain no spaces, so the operator is the middle word. */
export function orderCases(path: string): OrderCase[] {
  return dataLines(path).map((line) => {
    const [a, op, b, ...rest] = line.split(/ +/);
    if (!a || !b || (op !== '<' && op !== '=' && op !== '>') || rest.length > 0) throw new Error(`bad order line: ${line}`);
    return { a, op, b, line };
  });
}

export interface RangeCase {
  readonly syntax: RangeSyntax;
  readonly range: string;
  readonly version: string;
  readonly expected: boolean;
  readonly line: string;
}

/** TAB-separated `syntax  range  version  true|false` lines. */
export function rangeCases(path: string): RangeCase[] {
  return dataLines(path).map((line) => {
    const [syntax, range, version, expected] = line.split('\t');
    if ((syntax !== 'native' && syntax !== 'advisory') || range === undefined || !version || (expected !== 'true' && expected !== 'false')) {
      throw new Error(`bad range line: ${line}`);
    }
    return { syntax, range, version, expected: expected === 'true', line };
  });
}

/** TAB-separated `syntax  range` lines the ecosystem must refuse. */
export function invalidRanges(path: string): { syntax: RangeSyntax; range: string }[] {
  return dataLines(path).map((line) => {
    const [syntax, range] = line.split('\t');
    if ((syntax !== 'native' && syntax !== 'advisory') || range === undefined) throw new Error(`bad line: ${line}`);
    return { syntax, range };
  });
}

/** A version the test data says is valid; a rejection fails the test, naming the text. */
export function parsedBy<V>(versioning: Versioning<V>, text: string): V {
  const result = versioning.parse(text);
  if (!result.ok) throw new Error(`the test data holds ${JSON.stringify(text)} as valid but we reject it: ${result.error}`);
  return result.value;
}

export const mustParse = <V>(ecosystem: Ecosystem<V>, text: string): V => parsedBy(ecosystem.versioning, text);

export function compareText<V>(ecosystem: Ecosystem<V>, a: string, b: string): number {
  return ecosystem.versioning.compare(mustParse(ecosystem, a), mustParse(ecosystem, b));
}

export function expectOrder<V>(ecosystem: Ecosystem<V>, c: OrderCase): void {
  const want = c.op === '<' ? -1 : c.op === '=' ? 0 : 1;
  expect(compareText(ecosystem, c.a, c.b), c.line).toBe(want);
  expect(compareText(ecosystem, c.b, c.a), `${c.line} (reversed)`).toBe(want === 0 ? 0 : -want);
}

export function rangeContains<V>(ecosystem: Ecosystem<V>, c: RangeCase): boolean {
  const range = ecosystem.versioning.parseRange(c.range, c.syntax);
  if (!range.ok) throw new Error(`${c.line}: ${range.error}`);
  return range.value.contains(mustParse(ecosystem, c.version));
}
