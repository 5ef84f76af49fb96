import { describe, expect, it } from 'vitest';
import { parsers } from '../../src/ingest/registry.js';
import { brokenPromises, observe, purlsOf, type Observed } from './support/contract.js';
import {
  duplicateJsonEntry,
  duplicateTextEntry,
  flipByte,
  largestContainer,
  pointersByKind,
  prng,
  sample,
  replaceAt,
  truncate,
  valueAt,
} from './support/mutate.js';
import { manifestIds, nestedNodes, readSeed, seedFiles, treeIds } from './support/seeds.js';
import { timeBudget } from '../time-budget.js';

/** Generous: the largest seed parses in ~100 ms; a hang or a backtracking regex takes far longer. */
const CPU_BUDGET_MS = timeBudget(3000);
const ids = parsers.map((p) => p.id);

const seedText = new Map(ids.filter((id) => id in seedFiles).map((id) => [id, readSeed(id)]));
const seedJson = new Map<string, unknown>();
for (const [id, text] of seedText) {
  try {
    seedJson.set(id, JSON.parse(text));
  } catch {
    // A text format: the JSON-only mutations do not apply to it.
  }
}
const baseline = new Map<string, Observed>();
function seedObserved(id: string): Observed {
  let seen = baseline.get(id);
  if (!seen) baseline.set(id, (seen = observe(seedText.get(id) ?? '', seedFiles[id])));
  return seen;
}

/** A stable number per parser id, so each parser's sample differs but replays exactly. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
const json = (value: unknown): string => JSON.stringify(value, null, 2);

interface Mutation {
  readonly id: string;
  readonly label: string;
  /** In-place damage (no text removed): a good entry that disappears must leave a problem behind. */
  readonly inPlace: boolean;
  readonly make: () => string;
}

function mutationsOf(id: string): Mutation[] {
  const text = seedText.get(id) ?? '';
  const random = prng(seedOf(id));
  const list: Mutation[] = [0.25, 0.5, 0.99].map((f) => ({ id, label: `truncated at ${f * 100}%`, inPlace: false, make: () => truncate(text, f) }));
  for (let i = 0; i < 3; i++) {
    const flipped = flipByte(text, random);
    list.push({ id, label: `byte ${flipped.offset} flipped`, inPlace: true, make: () => flipped.text });
  }
  const value = seedJson.get(id);
  if (value === undefined) {
    list.push({ id, label: 'an entry repeated 1000 times', inPlace: false, make: () => duplicateTextEntry(text, 1000) });
    return list;
  }
  list.push({ id, label: 'an entry repeated 1000 times', inPlace: false, make: () => json(duplicateJsonEntry(value, 1000)) });
  const pointers = pointersByKind(value, 4);
  const numbers = pointers.scalar.filter((p) => typeof valueAt(value, p) === 'number');
  const swaps: [string, readonly string[], unknown][] = [
    ['array -> string', pointers.array, 'not a list'],
    ['object -> null', pointers.object, null],
    ['scalar -> 100 KB string', pointers.scalar, '9'.repeat(100_000)],
    ['number -> 100 KB string', numbers, '9'.repeat(100_000)],
    ['scalar -> huge number', pointers.scalar, 1e308],
    ['scalar -> object', pointers.scalar, { unexpected: true }],
  ];
  for (const [label, candidates, replacement] of swaps) {
    for (const pointer of sample(random, candidates, 2)) {
      list.push({ id, label: `${label} at ${pointer}`, inPlace: true, make: () => json(replaceAt(value, pointer, replacement)) });
    }
  }
  return list;
}

function lostAndExtra(seen: Observed, original: Set<string>): { lost: number; extra: number } {
  const kept = purlsOf(seen);
  let lost = 0;
  let extra = 0;
  for (const p of original) if (!kept.has(p)) lost++;
  for (const p of kept) if (!original.has(p)) extra++;
  return { lost, extra };
}

describe('every registered parser has a real seed that it reads cleanly', () => {
  it.each(ids)('%s', (id) => {
    expect(seedFiles[id], `add a seed for ${id} in test/robustness/support/seeds.ts`).toBeDefined();
    const seen = seedObserved(id);
    expect(seen.outcome.ok ? '' : seen.outcome.message).toBe('');
    expect(seen.detected).toBe(id);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
  });
});

describe('mutated seeds get a clear error or placed problems, in bounded time', () => {
  const rows = ids.filter((id) => seedText.has(id)).flatMap(mutationsOf);
  it.each(rows.map((m) => [m.id, m.label, m] as const))('%s: %s', (_id, _label, mutation) => {
    const seen = observe(mutation.make(), seedFiles[mutation.id]);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    if (mutation.inPlace && seen.outcome.ok) {
      // Damage in place may rename an entry (lost one, gained one); a net loss must be explained.
      const { lost, extra } = lostAndExtra(seen, purlsOf(seedObserved(mutation.id)));
      if (lost > extra) expect(seen.outcome.result.problems.length, `${lost - extra} entries vanished without a problem`).toBeGreaterThan(0);
    }
    if (mutation.label.startsWith('truncated') && !seedJson.has(mutation.id) && !manifestIds.has(mutation.id) && (seedText.get(mutation.id) ?? '').split('\n').length >= 20) {
      // A text lock file cut short still holds its first entries: it must still be recognised, so they are kept.
      expect(seen.detected, 'the cut file is no longer recognised, so its good entries are lost').toBe(mutation.id);
    }
    if (mutation.label.startsWith('an entry repeated') && seen.outcome.ok) {
      // Copies add nothing new to lose: every original entry is still there.
      expect(lostAndExtra(seen, purlsOf(seedObserved(mutation.id))).lost).toBe(0);
    }
  });
});

describe('one broken entry does not sink the others', () => {
  const rows = [...seedJson.entries()].flatMap(([id, value]) => {
    const container = largestContainer(value);
    const keys = Object.keys(valueAt(value, container) as object);
    const random = prng(seedOf(id) ^ 0x5eed);
    return sample(random, keys, 3).map((key) => [id, `${container}/${escapePointer(key)}`] as const);
  });
  it.each(rows)('%s: the entry at %s becomes null', (id, pointer) => {
    const seen = observe(json(replaceAt(seedJson.get(id), pointer, null)), seedFiles[id]);
    expect(seen.detected, 'one null entry must not change what the file is').toBe(id);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    const { lost } = lostAndExtra(seen, purlsOf(seedObserved(id)));
    expect(lost).toBeLessThanOrEqual(1 + (treeIds.has(id) ? nestedNodes(valueAt(seedJson.get(id), pointer)) : 0));
    if (lost > 0 && seen.outcome.ok) expect(seen.outcome.result.problems.map((p) => p.place)).toContain(pointer);
  });
});
