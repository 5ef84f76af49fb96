import { describe, expect, it } from 'vitest';
import { parsers } from '../../src/ingest/registry.js';
import { observe } from './support/contract.js';
import { readSeed, seedFiles } from './support/seeds.js';

/** Line and column of an offset, counted here independently of src/ingest/json-text.ts. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return `line ${before.split('\n').length}, column ${offset - lineStart + 1}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const jsonSeeds = parsers.map((p) => p.id).filter((id) => id in seedFiles && isJson(readSeed(id)));

/**
 * V8 gives "Unexpected token 'x', ..." without a position (Node 24); the place must still be where the
 * damage is, not the end of the file, or the person reading the CI log looks in the wrong place.
 */
describe('invalid JSON is placed where it is broken', () => {
  it.each(jsonSeeds)('%s: a string value whose quote became "@"', (id) => {
    const text = readSeed(id);
    // The first string value past the middle of the file (in an object or an array): its opening quote becomes
    // the bad token.
    const offset = openingQuoteAfter(text, Math.floor(text.length / 2));
    expect(offset).toBeGreaterThan(2);
    const seen = observe(text.slice(0, offset) + '@' + text.slice(offset + 1), seedFiles[id]);
    expect(seen.outcome.ok).toBe(false);
    if (!seen.outcome.ok) expect(seen.outcome.message).toMatch(new RegExp(`^${placeOf(text, offset)}: invalid JSON`));
  });
});

/** Detection decides JSON by the first character; TOML starts with "[" too. */
describe('TOML that starts with a table header is not taken for broken JSON', () => {
  it.each([
    ['poetry-lock', '[[package]]'],
    ['cargo-lock', '[[package]]'],
    ['pyproject', '[tool.poetry]'],
    ['pipfile', '[[source]]'],
  ])('%s starting with %s', (id, header) => {
    const text = readSeed(id);
    // Older Poetry and Cargo wrote no comment header: the file starts with its first table.
    const bare = text.slice(text.indexOf(header));
    const seen = observe(bare, seedFiles[id]);
    expect(seen.outcome.ok ? '' : seen.outcome.message).not.toMatch(/invalid JSON/);
    expect(seen.detected).toBe(id);
  });
});

function openingQuoteAfter(text: string, from: number): number {
  for (let i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 1)) {
    const before = text.slice(0, i).trimEnd().at(-1);
    if (before === ':' || before === '[' || before === ',') return i;
  }
  return -1;
}
