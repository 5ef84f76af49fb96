import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ParsedDependency, ParsedSet, ParseResult, Parser } from '../../../src/ingest/parser.js';
import { parsePurl } from '../../../src/ecosystems/shared/purl.js';
import { applyWalk } from '../../../src/graph/walk.js';
import { pairsOf } from '../edges.js';

/** Real files from ../shared (read in place, never copied) and this repo's own small fixtures. */
export const external = (path: string): string => readFileSync(new URL(`../../../../shared/fixtures/external/${path}`, import.meta.url), 'utf8');
export const fixture = (path: string): string => readFileSync(new URL(`../../../fixtures/ingest/${path}`, import.meta.url), 'utf8');

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Runs detect and parse as the ingest stage does; fails the test when the parser refuses the file. */
export function run(parser: Parser, text: string, companions: Record<string, string> = {}, path = 'input'): ParseResult & { set: ParsedSet } {
  const json = text.trimStart().startsWith('{') ? jsonOrUndefined(text) : undefined;
  expect(parser.detect({ text, json })).toBe(true);
  const outcome = parser.parse({ text, json, path, companions: new Map(Object.entries(companions)) });
  if (!outcome.ok) throw new Error(`parse failed: ${outcome.error} at ${outcome.place ?? '?'}`);
  // The graph stage's walk (graph/walk.ts) fills the flags a parser derives from its graph, as a scan does.
  const sets = outcome.value.sets.map((s) => applyWalk(s, parser.capabilities));
  const set = sets[0];
  if (!set) throw new Error('no set');
  return { ...outcome.value, sets, set };
}

/** "name@version" of a parsed dependency, the name as the ecosystem writes it. */
export function nameAtVersion(d: ParsedDependency): string {
  const p = parsePurl(d.purl);
  if (!p.ok) throw new Error(p.error);
  return `${p.value.namespace ? p.value.namespace + '/' : ''}${p.value.name}@${p.value.version ?? ''}`;
}

export function byRef(set: ParsedSet, ref: string): ParsedDependency {
  const d = set.dependencies.find((x) => x.ref === ref);
  if (!d) throw new Error(`no dependency with ref ${ref}`);
  return d;
}

/** Edges as sorted "from -> to" strings (STYLE.md: assert graphs as edge strings). */
export function edgeStrings(set: ParsedSet): string[] {
  return pairsOf(set.edges).map(([a, b]) => `${a} -> ${b}`).sort();
}

/** name@version set of a CycloneDX SBOM's components (the GitLab gl-sbom oracle). */
export function sbomNames(text: string): Set<string> {
  const bom = JSON.parse(text) as { components: { name: string; group?: string; version: string }[] };
  return new Set(bom.components.map((c) => `${c.group ? c.group + '/' : ''}${c.name}@${c.version}`));
}

export function difference<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => !b.has(x)).map(String).sort() as T[];
}
