import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilitiesTable, TABLE_END, TABLE_START } from '../../src/ingest/capabilities-table.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { looksLikeJson, parseJson } from '../../src/ingest/json-text.js';
import { parsers } from '../../src/ingest/registry.js';

const root = new URL('../../', import.meta.url).pathname;
const ingest = join(root, 'src/ingest');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const parserFolders = walk(ingest)
  .filter((p) => p.endsWith('/parse.ts'))
  .map((p) => relative(ingest, p).replace(/\/parse\.ts$/, ''))
  .sort();

describe('the parser registry', () => {
  it('registers every parser module, once, with unique ids', async () => {
    const modules = await Promise.all(parserFolders.map(async (f) => (await import(join(ingest, f, 'parse.ts'))) as { parser: unknown }));
    for (const [i, m] of modules.entries()) expect(parsers, parserFolders[i]).toContain(m.parser);
    expect(new Set(parsers.map((p) => p.id)).size).toBe(parsers.length);
    expect(parsers).toHaveLength(parserFolders.length);
  });

  it.each(parserFolders)('%s has a README saying what the format carries', (folder) => {
    expect(existsSync(join(ingest, folder, 'README.md'))).toBe(true);
  });

  it('the README table of formats is generated from the current capabilities', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START) + TABLE_START.length;
    expect(readme.slice(start, readme.indexOf(TABLE_END)).trim()).toBe(capabilitiesTable(parsers));
  });
});

/** Which parsers accept a file: must be exactly one for every real input (none for a file that is not an input). */
function claimants(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  let json: unknown = undefined;
  if (looksLikeJson(text)) {
    const parsed = parseJson(text);
    if (parsed.ok) json = parsed.value;
  }
  return parsers.filter((p) => p.detect({ text, json })).map((p) => p.id);
}

describe('detection', () => {
  const external = join(root, '../shared/fixtures/external');
  const realInputs = walk(external).filter((p) => !p.endsWith('PROVENANCE.md'));
  it.each(realInputs.map((p) => relative(external, p)))('exactly one parser claims external/%s', (path) => {
    expect(claimants(join(external, path))).toHaveLength(1);
  });

  const own = existsSync(join(root, 'fixtures/ingest')) ? walk(join(root, 'fixtures/ingest')) : [];
  it.each(own.map((p) => relative(root, p)))('at most one parser claims %s', (path) => {
    expect(claimants(join(root, path)).length).toBeLessThanOrEqual(1);
  });

  it('the first claimant is the one detectFormat picks', () => {
    const path = join(external, 'ripgrep/Cargo.lock');
    const detection = detectFormat(readFileSync(path, 'utf8'));
    expect(detection.ok && detection.parser.id).toBe(claimants(path)[0]);
  });
});
