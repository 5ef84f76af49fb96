import type { Client, estypes } from '@elastic/elasticsearch';
import type { ScanContext } from '../store.js';
import type { IndexNames } from './mappings.js';

/**
 * The ref's type and default-branch flag hold for every set of the ref, also those a scan does not list; and a
 * project has one default branch, so a scan of the default branch clears the flag on the project's other refs
 * (the SQLite store does the same). The flags are denormalised on every document for filtering, so this is an
 * update_by_query on both indices, touching only documents whose values differ: nothing, in the usual scan.
 */
const ASSIGN: estypes.Script = {
  lang: 'painless',
  source: 'for (entry in params.set.entrySet()) { ctx._source[entry.getKey()] = entry.getValue(); }',
};

interface Update {
  readonly query: estypes.QueryDslQueryContainer;
  readonly set: Record<string, unknown>;
}

function updates(context: ScanContext): Update[] {
  const project = { term: { project: context.project } };
  const out: Update[] = [
    {
      query: {
        bool: {
          filter: [project, { term: { ref: context.ref } }],
          should: [
            { bool: { must_not: [{ term: { default_branch: context.defaultBranch } }] } },
            { bool: { must_not: [{ term: { ref_type: context.refType } }] } },
          ],
          minimum_should_match: 1,
        },
      },
      set: { default_branch: context.defaultBranch, ref_type: context.refType },
    },
  ];
  if (context.defaultBranch) {
    out.push({
      query: { bool: { filter: [project, { term: { default_branch: true } }], must_not: [{ term: { ref: context.ref } }] } },
      set: { default_branch: false },
    });
  }
  return out;
}

/**
 * Throws the client's errors. `conflicts: proceed` skips a document a concurrent writer of the project changes
 * meanwhile; that writer ends with its own markRef, which sets the flags again.
 */
export async function markRef(client: Client, names: IndexNames, context: ScanContext): Promise<void> {
  for (const { query, set } of updates(context)) {
    for (const index of [names.sets, names.dependencies]) {
      await client.updateByQuery({
        index,
        routing: context.project,
        query,
        script: { ...ASSIGN, params: { set } },
        conflicts: 'proceed',
        refresh: true,
      });
    }
  }
}
