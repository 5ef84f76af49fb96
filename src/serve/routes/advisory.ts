import type { FastifyReply } from 'fastify';
import { printable } from '../../ingest/describe-unknown.js';
import { NOTHING_SYNCED, searchByAdvisory } from '../../metadata/search/advisory-search.js';
import { err, ok, type Result } from '../../model/result.js';
import type { SearchQuery, SearchResult } from '../../store/store.js';
import { withinRequest, type ServeContext } from '../context.js';
import { sendError, sendStoreFailure } from '../errors.js';

/**
 * `advisory=`: the search of `depindex search --advisory` (metadata/search/advisory-search.ts) over the server's
 * store and its synced metadata. Every store call goes through withinRequest: one deadline for the lookup and all
 * the index searches it makes. Failures are answered here (the reply, as the error); hits are the caller's to send.
 */
export async function searchAdvisory(reply: FastifyReply, ctx: ServeContext, advisory: string, query: SearchQuery): Promise<Result<SearchResult, FastifyReply>> {
  const opened = await withinRequest(reply, ctx, () => ctx.metadata.open());
  if (!opened.ok) return err(sendStoreFailure(reply, ctx.log, opened.error));
  const metadata = opened.value;
  if (metadata === null) return err(sendError(reply, 'not_synced', `cannot search by advisory: ${NOTHING_SYNCED}`));
  const found = await searchByAdvisory(
    advisory,
    query,
    { search: (q) => withinRequest(reply, ctx, () => ctx.store.search(q)) },
    { location: metadata.location, advisoriesById: (id) => withinRequest(reply, ctx, () => metadata.advisoriesById(id)) },
  );
  if (found.ok) return ok(found.value);
  // The store's own message names its file or address: it goes to the log, never to the client.
  if (found.error.kind === 'store') return err(sendStoreFailure(reply, ctx.log, found.error.message));
  return err(sendError(reply, 'not_found', `no advisory "${printable(advisory, 100)}" in the synced package metadata (by id or alias)`));
}
