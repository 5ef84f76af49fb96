import type { ParsedDependency, ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { golangPurl } from '../shared/golang-purl.js';
import { looksLikeGoSum, readGoSum } from './lines.js';

export const parser = {
  id: 'go-sum',
  description: 'Go go.sum (read alone; beside go.mod it only adds checksums)',
  capabilities: { edges: 'none', direct: false, development: false, checksums: true, sources: false, licenses: false },
  detect: ({ text, json }) => json === undefined && looksLikeGoSum(text),
  parse,
} satisfies Parser;

/**
 * A module listed only with a "/go.mod" hash had its go.mod read during version selection but its code
 * never downloaded: it is not part of the build, so it is not a dependency here (a note counts them).
 * The "h1:" hash is Go's dirhash (SHA-256 over the sorted file hashes of the module zip), not a digest of
 * one artifact, so it keeps its own id, "go-h1", in base64 as go.sum and sum.golang.org write it.
 */
function parse({ text, path }: ParseInput): ParseOutcome {
  const { entries, problems } = readGoSum(text);
  const dependencies: ParsedDependency[] = [];
  let goModOnly = 0;
  for (const entry of entries.values()) {
    if (entry.zip === null) {
      goModOnly++;
      continue;
    }
    const purl = golangPurl(entry.module, entry.version);
    if (!purl.ok) {
      problems.push({ place: `line ${entry.line}`, message: purl.error });
      continue;
    }
    dependencies.push({
      ref: `${entry.module}@${entry.version}`,
      purl: purl.value,
      direct: null,
      development: null,
      licenses: null,
      checksums: { 'go-h1': entry.zip },
      source: null,
    });
  }
  const notes = [
    'go.sum has no graph and does not say which modules are direct; scan go.mod (it reads go.sum beside it for checksums) to know that',
    ...(goModOnly > 0 ? [`${goModOnly} module versions have only a go.mod hash: Go read their go.mod to choose versions but did not build their code, so they are not listed`] : []),
  ];
  return { ok: true, value: { sets: [{ file: path, packageManager: 'go', dependencies, edges: [] }], problems, notes } };
}
