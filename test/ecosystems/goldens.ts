import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Ecosystem, Versioning } from '../../src/ecosystems/types.js';
import { mustParse, parsedBy, repoPath } from './support.js';

// The golden files that scripts/reference/<type>/generate.sh writes from each ecosystem's REAL reference: every
// answer in them comes from the reference, none from the code under test. Two shapes exist: JSON-lines files
// (order, compare, rejected, satisfies, rejected-ranges) and the older ranked golden-order.txt (cargo, golang).

/** fixtures/ecosystems/<type>/<file>: one JSON row per line. */
export function readGolden<T>(type: string, file: string): T[] {
  return readFileSync(repoPath(`fixtures/ecosystems/${type}/${file}`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

// Mismatches are collected and shown together: one `it` per golden file keeps the report readable.
const show = (rows: unknown[]): string => rows.slice(0, 15).map((r) => JSON.stringify(r)).join('\n');

export function referenceGoldenTests<V>(type: string, versioning: Versioning<V>, options: { minOrdered: number }): void {
  it('orders the corpus as the reference does (each version against the one before it)', () => {
    const order = readGolden<[string, string]>(type, 'order.jsonl');
    expect(order.length).toBeGreaterThanOrEqual(options.minOrdered);
    const wrong: unknown[] = [];
    for (let i = 1; i < order.length; i++) {
      const [relation, text] = order[i] as [string, string];
      const previous = (order[i - 1] as [string, string])[1];
      const got = versioning.compare(parsedBy(versioning, previous), parsedBy(versioning, text));
      if (got !== (relation === '=' ? 0 : -1)) wrong.push([previous, relation, text, got]);
    }
    expect(wrong, show(wrong)).toEqual([]);
  });

  it('compares sampled pairs as the reference does', () => {
    const pairs = readGolden<[string, string, number]>(type, 'compare.jsonl');
    const wrong = pairs.filter(
      ([a, b, expected]) => versioning.compare(parsedBy(versioning, a), parsedBy(versioning, b)) !== expected,
    );
    expect(pairs.length).toBeGreaterThan(1000);
    expect(wrong, show(wrong)).toEqual([]);
  });

  it('rejects the versions the reference rejects', () => {
    const rejected = readGolden<[string]>(type, 'rejected.jsonl');
    const accepted = rejected.filter(([v]) => versioning.parse(v).ok);
    expect(accepted, show(accepted)).toEqual([]);
  });

  it('answers "satisfies" as the reference does', () => {
    const rows = readGolden<[string, string, boolean]>(type, 'satisfies.jsonl');
    const ranges = new Map<string, ReturnType<Versioning<V>['parseRange']>>();
    const wrong: unknown[] = [];
    for (const [rangeText, version, expected] of rows) {
      let range = ranges.get(rangeText);
      if (!range) ranges.set(rangeText, (range = versioning.parseRange(rangeText, 'native')));
      if (!range.ok) {
        wrong.push([rangeText, 'rejected', range.error]);
        continue;
      }
      if (range.value.contains(parsedBy(versioning, version)) !== expected) wrong.push([rangeText, version, expected]);
    }
    expect(rows.length).toBeGreaterThan(100);
    expect(wrong, show(wrong)).toEqual([]);
  });

  it('rejects the ranges the reference rejects', () => {
    const rejected = readGolden<[string]>(type, 'rejected-ranges.jsonl');
    const accepted = rejected.filter(([r]) => versioning.parseRange(r, 'native').ok);
    expect(accepted, show(accepted)).toEqual([]);
  });
}

export interface Golden {
  readonly invalid: string[];
  /** Valid versions in the reference's order, with the reference's rank (equal versions share one). */
  readonly ranked: { rank: number; version: string }[];
}

/** golden-order.txt (rank TAB version, or "invalid" TAB version) written by scripts/reference/<type>/generate.sh. */
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
