import type { ParseOutcome, ParseInput, Parser } from '../../parser.js';
import { isJsonObject } from '../../json-object.js';
import { declaredDependencies } from '../../manifests/package-json/declared.js';
import { readPackages, type Graph } from './packages.js';
import { readLegacy } from './legacy.js';

export const parser = {
  id: 'npm-lock',
  description: 'npm package-lock.json / npm-shrinkwrap.json (lockfileVersion 1-3)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
  // lockfileVersion 1 does not say which dependencies are direct; package.json beside it does.
  companions: ['package.json'],
  detect: ({ json }) => isJsonObject(json) && typeof json.lockfileVersion === 'number',
  parse,
} satisfies Parser;

function parse({ json, path, companions }: ParseInput): ParseOutcome {
  if (!isJsonObject(json)) return { ok: false, error: 'not a JSON object' };
  const version = json.lockfileVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 3) {
    return { ok: false, error: `lockfileVersion ${String(version)} is not one depindex knows (1, 2 or 3)`, place: '/lockfileVersion' };
  }
  const notes: string[] = [];
  let graph: Graph;
  // Version 2 writes both sections; "packages" is the complete one (workspaces, aliases by real name).
  if (version >= 2 && isJsonObject(json.packages)) {
    graph = readPackages(json.packages);
  } else if (version >= 2 && 'packages' in json) {
    return { ok: false, error: '"packages" is not an object', place: '/packages' };
  } else {
    if ('dependencies' in json && !isJsonObject(json.dependencies)) return { ok: false, error: '"dependencies" is not an object', place: '/dependencies' };
    const manifest = companions.get('package.json');
    const declared = manifest === undefined ? null : declaredDependencies(manifest);
    if (declared === null) notes.push('lockfileVersion 1 does not say which dependencies are direct and no package.json was found beside it: direct is unknown');
    else if (!declared.ok) notes.push(`${declared.error}: which dependencies are direct is unknown`);
    graph = readLegacy(isJsonObject(json.dependencies) ? json.dependencies : {}, declared?.ok ? declared.value : null);
  }
  return {
    ok: true,
    value: {
      sets: [{ file: path, packageManager: 'npm', dependencies: graph.dependencies, edges: graph.edges }],
      problems: graph.problems,
      notes,
    },
  };
}
