import type { SearchHit } from '../store/store.js';

/**
 * One search hit with its fields in a fixed order: `depindex search --json` and the index API (`depindex serve`)
 * write the same, from here (below both, so neither imports the other).
 */
export function hitJson(h: SearchHit): Record<string, unknown> {
  return {
    project: h.project,
    ref: h.ref,
    file: h.file,
    purl: h.purl,
    type: h.type,
    name: h.name,
    canonicalName: h.canonicalName,
    version: h.version,
    licenses: h.licenses,
    development: h.development,
    introduced: h.introduced,
    createdAt: h.createdAt,
    firstCommitSha: h.firstCommitSha,
    commit: h.commit,
    pipelineUrl: h.pipelineUrl,
    scannedAt: h.scannedAt,
    // Only where asked for (store/introduced-by.ts): the CLI's --json and the API's dependencies.
    ...(h.introducedBy !== undefined && { introducedBy: h.introducedBy }),
  };
}
