import { describe, expect, it } from 'vitest';
import { detectFormat, parseDetected } from '../../src/ingest/detect.js';
import { parseJson } from '../../src/ingest/json-text.js';
import type { Parser } from '../../src/ingest/parser.js';

const acceptsEverything: Parser = {
  id: 'everything',
  description: 'test parser',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: () => true,
  parse: () => {
    throw new Error('boom');
  },
};

describe('parseJson', () => {
  it.each([
    ['{\n  "a": 1,\n  b}', 'line 3, column 3'],
    ['[1, 2,\n', 'line 2, column 1'],
    ['{"a": 1 "b": 2}', 'line 1, column 9'],
  ])('places the error in %j at %s', (text, place) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.place).toBe(place);
      expect(result.message).toMatch(/^invalid JSON: /);
    }
  });
});

describe('detectFormat', () => {
  it('refuses an empty file, and says a file of whitespace is whitespace, not empty', () => {
    expect(detectFormat('')).toEqual({ ok: false, message: 'the file is empty' });
    expect(detectFormat('  \n\t\n')).toEqual({ ok: false, message: 'the file holds only whitespace (5 characters), no data' });
  });

  it('says what an unknown JSON input looks like', () => {
    const result = detectFormat('{"hello": 1, "world": [2]}', []);
    expect(result.ok).toBe(false);
    // In words only: the file may be a link to someone else's secrets, and messages go to public logs.
    if (!result.ok) {
      expect(result.message).toContain('a JSON object without the keys of any format it reads (2 key(s))');
      expect(result.message).not.toMatch(/hello|world/);
    }
  });

  it('says what an unknown text input looks like, without control characters', () => {
    const result = detectFormat('\u001b[31mred line\nsecond', []);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('it looks like text of 2 line(s) in no format it reads');
      expect(result.message).not.toMatch(/red|second/);
      expect(result.message).not.toContain('\u001b');
    }
  });

  it('strips a UTF-8 byte order mark before parsing JSON', () => {
    const result = detectFormat('\ufeff{"a": 1}', [acceptsEverything]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.json).toEqual({ a: 1 });
  });

  it('reports a parser that throws as a depindex bug, without a stack trace', () => {
    const detection = detectFormat('{}', [acceptsEverything]);
    if (!detection.ok) throw new Error('expected detection');
    const parsed = parseDetected(detection, 'x.json', new Map());
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining('a depindex bug') });
    if (!parsed.ok) expect(parsed.message).not.toMatch(/\n\s+at /);
  });
});
