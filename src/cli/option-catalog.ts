import { DEFAULT_STORE } from '../store/open.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/search-query.js';
import { optionDefault } from '../run/options.js';
import type { FlagSpec } from './flag-spec.js';

export { flagLabel, helpLinesOf, parseOptionsOf, type FlagSpec } from './flag-spec.js';

/**
 * The flags several index commands share (findings, search, es), written once with their help and defaults;
 * `scan` builds its flags from run/options.ts, whose defaults these reuse.
 */
export const FLAGS = {
  project: { name: 'project', kind: 'string', value: 'PATH', description: 'one project, by full path (group/subgroup/project)' },
  group: { name: 'group', kind: 'string', value: 'NAMESPACE', description: 'projects under a group or subgroup (acme, acme/web)' },
  ref: { name: 'ref', kind: 'string', value: 'REF', description: 'one branch or tag' },
  'default-branch': { name: 'default-branch', kind: 'boolean', description: 'default branches only' },
  limit: { name: 'limit', kind: 'string', value: 'N', description: `hits per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` },
  offset: { name: 'offset', kind: 'string', value: 'N', description: 'hits to skip, for the next pages' },
  json: { name: 'json', kind: 'boolean', description: 'JSON instead of the table' },
  store: {
    name: 'store',
    kind: 'string',
    value: 'STORE',
    description: `sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id\n(default $DEPINDEX_STORE, else ${DEFAULT_STORE})`,
  },
  'older-than': {
    name: 'older-than',
    kind: 'string',
    value: 'WHEN',
    description: 'refs whose latest scan is before this: a duration back from now (90d, 12w, 36h) or a date (2026-01-31)',
  },
  'keep-default-branch': { name: 'keep-default-branch', kind: 'boolean', description: 'never the default branch' },
  'keep-tags': { name: 'keep-tags', kind: 'boolean', description: 'never tags' },
  'dry-run': { name: 'dry-run', kind: 'boolean', description: 'list what would be removed, remove nothing' },
  'max-input-size': {
    name: 'max-input-size',
    kind: 'string',
    value: 'SIZE',
    description: `inputs larger than this are refused (default ${String(optionDefault('max-input-size'))})`,
  },
} as const satisfies Record<string, FlagSpec>;

/** --store, else DEPINDEX_STORE (an empty one counts as unset: CI templates define variables empty), else the default. */
export function storeSpecOf(given: unknown, env: Readonly<Record<string, string | undefined>>): string {
  return typeof given === 'string' ? given : env.DEPINDEX_STORE || DEFAULT_STORE;
}
