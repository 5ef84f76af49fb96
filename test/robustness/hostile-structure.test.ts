import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/ingest/load.js';
import { brokenPromises, cpuSince, observe, purlsOf } from './support/contract.js';
import { readOwnFixture } from './support/seeds.js';
import { fill, templates } from './support/templates.js';
import { timeBudget } from '../time-budget.js';

const CPU_BUDGET_MS = timeBudget(2000);
const DEPTH = 10_000;

/** A marker value replaced by the deep text after stringifying: JSON.stringify recurses and would overflow. */
const DEEP = '\u0000deep\u0000';
const withDeep = (doc: unknown, deepText: string): string => JSON.stringify(doc).replace(JSON.stringify(DEEP), deepText);

function template(file: string): (typeof templates)[number] {
  const found = templates.find((t) => t.file === file);
  if (!found) throw new Error(`no template ${file}`);
  return found;
}

describe('YAML alias bombs (billion laughs)', () => {
  it.each([
    ['pnpm-lock/billion-laughs.v9.yaml', 'pnpm-lock'],
    ['yarn-lock/billion-laughs.berry.lock', 'yarn-lock'],
  ])('%s is refused or read without expanding the aliases', (fixture, parser) => {
    const before = process.memoryUsage().rss;
    const seen = observe(readOwnFixture(fixture), fixture);
    expect(seen.detected).toBe(parser);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    // Nine levels of nine aliases are 387 million strings when expanded; a safe reader never builds them.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe(`${DEPTH} levels of nesting`, () => {
  it('JSON nested arrays through loadInput: a clear error or an unknown format, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-robust-'));
    writeFileSync(join(dir, 'deep.json'), '['.repeat(DEPTH) + ']'.repeat(DEPTH));
    writeFileSync(join(dir, 'deep-object.json'), '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH));
    for (const name of ['deep.json', 'deep-object.json']) {
      const loaded = await loadInput(name, { maxInputBytes: 1 << 20, cwd: dir });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) {
        expect(loaded.message).toMatch(/^(not a format depindex reads|line \d+, column \d+: )/);
        expect(loaded.message).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('CycloneDX components nested inside each other: read, or refused with a place', () => {
    const doc = JSON.parse(fill(template('cyclonedx.json'), 'hostile-pkg', '2.0.0')) as { components: unknown[] };
    doc.components.push(DEEP);
    // Built as text: JSON.stringify itself recurses and would overflow before the parser is reached.
    const opening = Array.from({ length: DEPTH }, (_, i) => `{"type":"library","name":"level${i}","version":"1.0.0","purl":"pkg:npm/level${i}@1.0.0","components":[`).join('');
    const nested = opening + '{"type":"library","name":"deepest","version":"1.0.0","purl":"pkg:npm/deepest@1.0.0"}' + ']}'.repeat(DEPTH);
    const seen = observe(withDeep(doc, nested), 'deep.cdx.json');
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    expect(purlsOf(seen)).toContain('pkg:npm/anchor-pkg@1.2.3');
  });

  it.each([
    ['gitlab-ds.json', '/dependency_files/0/dependencies/0/package'],
    ['spdx.json', '/packages/0/externalRefs'],
    ['npm-lock.json', '/packages/node_modules~1anchor-pkg/dependencies'],
    ['pipfile-lock.json', '/default/anchor-pkg/hashes'],
    ['composer-lock.json', '/packages/0/require'],
    ['nuget-lock.json', '/dependencies/net8.0/Anchor.Pkg/dependencies'],
  ])('%s with %s nested 10,000 levels deep', (file, pointer) => {
    const text = fill(template(file), 'hostile-pkg', '2.0.0');
    const doc = JSON.parse(text) as Record<string, unknown>;
    const path = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/'));
    const last = path.pop() ?? '';
    let target = doc;
    for (const s of path) target = target[s] as Record<string, unknown>;
    target[last] = DEEP;
    const seen = observe(withDeep(doc, '['.repeat(DEPTH) + ']'.repeat(DEPTH)), file);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
  });

  it('pnpm-lock.yaml with a flow sequence nested 10,000 levels deep', () => {
    const text = fill(template('pnpm-lock.yaml'), 'hostile-pkg', '2.0.0') + `\nextra: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`;
    const before = process.cpuUsage();
    const seen = observe(text, 'pnpm-lock.yaml');
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    expect(cpuSince(before)).toBeLessThan(CPU_BUDGET_MS);
  });
});
