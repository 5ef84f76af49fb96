import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../../store/search-query.js';
import { withinRequest, type ServeContext } from '../context.js';
import { sendError, sendStoreFailure } from '../errors.js';
import { readCount as count, readParameters, MAX_OFFSET, type RawQuery } from '../query-params.js';
import { sbomFromIndex } from '../../report/cyclonedx/from-index.js';
import { sbomFileName } from '../sbom-file-name.js';

interface RefParams {
  readonly project: string;
  readonly ref: string;
}

/** `/api/v1/projects` and what lies under a project's ref. Project paths and refs come URL-encoded in one segment each. */
export function projectRoutes(app: FastifyInstance, ctx: ServeContext): void {
  app.get('/api/v1/projects', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, ['group', 'limit', 'offset']);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const limit = count(read.value, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    if (!limit.ok) return sendError(reply, 'bad_parameter', limit.error.message, limit.error.parameter);
    const offset = count(read.value, 'offset', 0, 0, MAX_OFFSET);
    if (!offset.ok) return sendError(reply, 'bad_parameter', offset.error.message, offset.error.parameter);
    const group = read.value['group']?.trim().replace(/\/+$/, '');
    if (group === '') return sendError(reply, 'bad_parameter', 'parameter group is empty', 'group');
    const page = await withinRequest(reply, ctx, () =>
      ctx.store.listProjects({ ...(group !== undefined && { group }), limit: limit.value, offset: offset.value }),
    );
    if (!page.ok) return sendStoreFailure(reply, ctx.log, page.error);
    return { total: page.value.total, limit: limit.value, offset: offset.value, projects: page.value.projects };
  });

  app.get<{ Params: RefParams }>('/api/v1/projects/:project/refs/:ref/sets', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, []);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const { project, ref } = request.params;
    const sets = await withinRequest(reply, ctx, () => ctx.store.listSets(project, ref));
    if (!sets.ok) return sendStoreFailure(reply, ctx.log, sets.error);
    if (sets.value.length === 0) return sendError(reply, 'not_found', `the index holds no sets of project "${project}" at ref "${ref}"`);
    return { project, ref, sets: sets.value };
  });

  app.get<{ Params: RefParams }>('/api/v1/projects/:project/refs/:ref/sbom', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, []);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const { project, ref } = request.params;
    const sbom = await withinRequest(reply, ctx, () => sbomFromIndex(ctx.store, project, ref, ctx.now()));
    if (!sbom.ok) return sendStoreFailure(reply, ctx.log, sbom.error);
    if (sbom.value === null) return sendError(reply, 'not_found', `the index holds no sets of project "${project}" at ref "${ref}"`);
    return reply
      .type('application/vnd.cyclonedx+json; version=1.6')
      .header('content-disposition', `attachment; filename="${sbomFileName(project, ref)}"`)
      .send(Readable.from(sbom.value));
  });
}
