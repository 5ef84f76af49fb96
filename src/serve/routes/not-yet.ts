import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors.js';

/**
 * The endpoint the API promises but the index cannot answer yet: scans do not store the dependency graph
 * (why-paths). It answers 501 with what is missing, so scripts can tell "not yet" from "no".
 */
export function notYetRoutes(app: FastifyInstance): void {
  app.get('/api/v1/why', async (_request, reply) =>
    sendError(reply, 'not_implemented', 'why-paths need the dependency graph in the index, which scans do not store yet; `depindex why` answers from scanner outputs'),
  );
}
