import { describe, expect, it } from 'vitest';
import { parser as pipfileLock } from '../../../src/ingest/lockfiles/pipfile-lock/parse.js';
import { parser as poetryLock } from '../../../src/ingest/lockfiles/poetry-lock/parse.js';
import { parser as uvLock } from '../../../src/ingest/lockfiles/uv-lock/parse.js';
import type { Parser } from '../../../src/ingest/parser.js';
import { external, fixture, run } from './helpers.js';

// Issue 15: the name is kept as the file writes it for display; the purl keeps the canonical name for matching.
// The real files write canonical names already, so one entry of each is respelt the way older tools and people
// write it (PEP 503: "Packaging" and "packaging" are one project).
describe('Python lock files keep the name as written', () => {
  const cases: [string, Parser, string, string, string][] = [
    ['poetry.lock', poetryLock, external('poetry/poetry.lock'), 'name = "anyio"', 'name = "AnyIO"'],
    ['uv.lock', uvLock, fixture('uv-lock/test-pkg.uv.lock'), 'name = "packaging"', 'name = "Packaging"'],
    ['Pipfile.lock', pipfileLock, external('pipenv/Pipfile.lock'), '"packaging": {', '"Packaging": {'],
  ];
  it.each(cases)('%s', (_file, parser, text, from, to) => {
    expect(text).toContain(from);
    const written = to.match(/"([^"]+)"/)?.[1] as string;
    const canonical = from.match(/"([^"]+)"/)?.[1] as string;
    const { set } = run(parser, text.replace(from, to));
    const dep = set.dependencies.find((d) => d.purl.startsWith(`pkg:pypi/${canonical}@`));
    expect(dep?.writtenName).toBe(written);
    // Unchanged entries are written as their canonical names.
    const other = set.dependencies.find((d) => d !== dep && d.writtenName !== undefined);
    expect(other?.purl.startsWith(`pkg:pypi/${other?.writtenName?.toLowerCase()}@`)).toBe(true);
  });
});
