import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Ecosystem, RangeSyntax } from '../../src/ecosystems/types.js';

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

export function mustParse<V>(ecosystem: Ecosystem<V>, text: string): V {
  const r = ecosystem.versioning.parse(text);
  if (!r.ok) throw new Error(`${ecosystem.type}: ${r.error}`);
  return r.value;
}

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

export interface Golden {
  readonly invalid: string[];
  /** Valid versions in the reference's order, with the reference's rank (equal versions share one). */
  readonly ranked: { rank: number; version: string }[];
}

/** golden-order.txt written by scripts/reference/<type>/generate.sh. */
export function goldenOrder(path: string): Golden {
  const invalid: string[] = [];
  const ranked: { rank: number; version: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const head = line.slice(0, tab);
    const version = line.slice(tab + 1);
    if (head === 'invalid') invalid.push(version);
    else ranked.push({ rank: Number(head), version });
  }
  return { invalid, ranked };
}

/**
 * Sorts the reference's valid versions (shuffled first, so the input order proves nothing) with the ecosystem's
 * compare and returns the ranks the reference gave them, in our order: must be non-decreasing, and equal ranks
 * must compare equal.
 */
export function checkAgainstGolden<V>(ecosystem: Ecosystem<V>, golden: Golden): { sortedRanks: number[]; tieErrors: string[] } {
  const items = golden.ranked.map((r) => ({ ...r, parsed: mustParse(ecosystem, r.version) }));
  let seed = 12345;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  items.sort((x, y) => ecosystem.versioning.compare(x.parsed, y.parsed));
  const tieErrors: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1]!;
    const cur = items[i]!;
    const ours = ecosystem.versioning.compare(prev.parsed, cur.parsed);
    if ((ours === 0) !== (prev.rank === cur.rank)) tieErrors.push(`${prev.version} vs ${cur.version}: ours ${ours}`);
  }
  return { sortedRanks: items.map((i) => i.rank), tieErrors };
}

export const isNonDecreasing = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
