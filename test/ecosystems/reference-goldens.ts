import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Versioning } from '../../src/ecosystems/types.js';

/**
 * Checks one ecosystem against the golden files its REAL reference wrote (scripts/reference/<type>/generate.sh):
 * every answer in them comes from the reference, none from the code under test.
 */
export function readGolden<T>(type: string, file: string): T[] {
  const url = new URL(`../../fixtures/ecosystems/${type}/${file}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

function parsed<V>(versioning: Versioning<V>, text: string): V {
  const result = versioning.parse(text);
  if (!result.ok) throw new Error(`reference accepts ${JSON.stringify(text)} but we reject it: ${result.error}`);
  return result.value;
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
      const got = versioning.compare(parsed(versioning, previous), parsed(versioning, text));
      if (got !== (relation === '=' ? 0 : -1)) wrong.push([previous, relation, text, got]);
    }
    expect(wrong, show(wrong)).toEqual([]);
  });

  it('compares sampled pairs as the reference does', () => {
    const pairs = readGolden<[string, string, number]>(type, 'compare.jsonl');
    const wrong = pairs.filter(
      ([a, b, expected]) => versioning.compare(parsed(versioning, a), parsed(versioning, b)) !== expected,
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
      if (range.value.contains(parsed(versioning, version)) !== expected) wrong.push([rangeText, version, expected]);
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
