import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors.js';

/**
 * Endpoints the API promises but the index cannot answer yet: the stored graph (why-paths) and findings are not
 * written by scans yet. They answer 501 with what is missing, so scripts can tell "not yet" from "no".
 */
export function notYetRoutes(app: FastifyInstance): void {
  app.get('/api/v1/why', async (_request, reply) =>
    sendError(reply, 'not_implemented', 'why-paths need the dependency graph in the index, which scans do not store yet; `depindex why` answers from scanner outputs'),
  );
  app.get('/api/v1/findings', async (_request, reply) =>
    sendError(reply, 'not_implemented', 'findings are not stored in the index yet; they come with the findings storage of the checks'),
  );
}
