import type { ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { isJsonObject } from '../../json-object.js';
import { readBlockYaml } from '../../text/block-yaml.js';
import { buildGraph } from './graph.js';

export const parser = {
  id: 'pnpm-lock',
  description: 'pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 9.x)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
  detect: ({ text, json }) => json === undefined && /^lockfileVersion: ?['"]?\d/m.test(text.slice(0, 2000)),
  parse,
} satisfies Parser;

function parse({ text, path }: ParseInput): ParseOutcome {
  const doc = readBlockYaml(text, 'core', 2); // lines of the keys under packages/snapshots
  if (!doc.ok) return doc;
  const root = doc.value.value;
  if (!isJsonObject(root)) return { ok: false, error: 'not a YAML mapping' };
  const version = String(root.lockfileVersion ?? '');
  const major = Number.parseInt(version, 10);
  if (![5, 6, 9].includes(major)) return { ok: false, error: `lockfileVersion ${version} is not one depindex knows (5.x, 6.x, 9.x)`, place: 'line 1' };
  const graph = buildGraph(root, major, (container, key) => doc.value.lineOf(container, key));
  return {
    ok: true,
    value: { sets: [{ file: path, packageManager: 'pnpm', dependencies: graph.dependencies, edges: graph.edges, ...(graph.walk && { walk: graph.walk }) }], problems: graph.problems },
  };
}
