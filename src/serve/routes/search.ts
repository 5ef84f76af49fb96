import type { FastifyInstance } from 'fastify';
import { resolveType, MAX_LIMIT, MAX_WINDOW } from '../../store/search-query.js';
import type { SearchHit } from '../../store/store.js';
import { withIntroducedBy } from '../../store/introduced-by.js';
import { withinRequest, type ServeContext } from '../context.js';
import { sendError, sendStoreFailure } from '../errors.js';
import { responseSchema } from '../openapi/response-schema.js';
import { packageView } from '../package-view.js';
import { readFlag, readParameters, searchQueryFrom, type RawQuery } from '../query-params.js';
import { searchAdvisory } from './advisory.js';

const PACKAGE_PARAMETERS = ['type', 'name', 'project', 'group', 'ref', 'default-branch'] as const;

/** `/api/v1/dependencies` (the query model of `depindex search`) and `/api/v1/package` (one package's uses). */
export function searchRoutes(app: FastifyInstance, ctx: ServeContext): void {
  // Written by the answer's schema (openapi/response-schema.ts): the hits go out as the store gives them, in the
  // order of report/search-json.ts hitJson, which the CLI's --json writes (a test holds the two alike).
  const searchResult = { response: { 200: responseSchema('SearchResult') } };
  app.get('/api/v1/dependencies', { schema: searchResult }, async (request, reply) => {
    const { 'introduced-by': asked, ...raw } = request.query as RawQuery;
    const introducedBy = readParameters(asked === undefined ? {} : { 'introduced-by': asked }, ['introduced-by']);
    const wanted = introducedBy.ok ? readFlag(introducedBy.value, 'introduced-by') : introducedBy;
    if (!wanted.ok) return sendError(reply, 'bad_parameter', wanted.error.message, wanted.error.parameter);
    const query = searchQueryFrom(raw, ctx.now());
    if (!query.ok) return sendError(reply, 'bad_parameter', query.error.message, query.error.parameter);
    // advisory=: looked up in the synced package metadata (advisory.ts), which answers its own errors.
    const { advisory } = query.value;
    const found = advisory !== undefined ? await searchAdvisory(reply, ctx, advisory, query.value) : null;
    if (found !== null && !found.ok) return found.error;
    // introducedBy only when asked: it reads each set of the page whole, which costs far more than the search
    // (75x the in-process search at p50 over 1M stored dependencies, bench/serve.ts). Within the same deadline.
    const result = await withinRequest(reply, ctx, async () => {
      const searched = found ?? (await ctx.store.search(query.value));
      return searched.ok && wanted.value === true ? withIntroducedBy(ctx.store, searched.value) : searched;
    });
    if (!result.ok) return sendStoreFailure(reply, ctx.log, result.error);
    const { total, hits, byProject } = result.value;
    return { total, limit: query.value.limit, offset: query.value.offset, hits, byProject };
  });

  app.get('/api/v1/package', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, PACKAGE_PARAMETERS);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const p = read.value;
    for (const key of ['type', 'name'] as const) {
      if (!p[key]?.trim()) return sendError(reply, 'bad_parameter', `parameter ${key} is required`, key);
    }
    const type = resolveType(p['type'] ?? '');
    if (!type.ok) return sendError(reply, 'bad_parameter', `parameter type: ${type.error}`, 'type');
    const defaultBranch = readFlag(p, 'default-branch');
    if (!defaultBranch.ok) return sendError(reply, 'bad_parameter', defaultBranch.error.message, defaultBranch.error.parameter);
    const scope = {
      name: (p['name'] ?? '').trim(),
      type: type.value,
      ...(p['project'] !== undefined && { project: p['project'] }),
      ...(p['group'] !== undefined && { group: p['group'].replace(/\/+$/, '') }),
      ...(p['ref'] !== undefined && { ref: p['ref'] }),
      ...(defaultBranch.value === true && { defaultBranchOnly: true }),
    };
    // Every use, a page at a time, up to the window both stores can page through; `complete` says if that was all.
    // All pages share the request's one deadline (withinRequest): ten pages never get ten times --timeout.
    const hits: SearchHit[] = [];
    let total = 0;
    for (let offset = 0; offset < MAX_WINDOW; offset += MAX_LIMIT) {
      const page = await withinRequest(reply, ctx, () => ctx.store.search({ ...scope, limit: MAX_LIMIT, offset }));
      if (!page.ok) return sendStoreFailure(reply, ctx.log, page.error);
      total = page.value.total;
      hits.push(...page.value.hits);
      if (hits.length >= total || page.value.hits.length < MAX_LIMIT) break;
    }
    return packageView(type.value, scope.name, hits, total);
  });
}
