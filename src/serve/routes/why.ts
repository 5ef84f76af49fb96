import type { FastifyInstance } from 'fastify';
import { explainWhy, type WhyAnswer } from '../../graph/why.js';
import { withinRequest, type ServeContext } from '../context.js';
import { sendError, sendStoreFailure } from '../errors.js';
import { readCount, readParameters, type RawQuery } from '../query-params.js';

const WHY_PARAMETERS = ['package', 'project', 'ref', 'file', 'max-paths'] as const;

/** One answer as JSON: the dependency, then its paths as purls from an introduced dependency down to it. */
function answerJson(a: WhyAnswer): Record<string, unknown> {
  const d = a.dependency;
  return {
    file: a.file,
    purl: d.purl,
    name: d.name,
    version: d.version,
    introduced: d.introduced,
    development: d.development,
    paths: a.paths.filter((p) => p.length > 1),
    omitted: a.omitted,
    omittedAtLeast: a.countCapped,
    note: a.note,
  };
}

/**
 * `/api/v1/why`: `depindex why <package> --project --ref [--file]`, from the graphs the index stored with the
 * sets (issue 15), through the same walk (graph/why.ts). 404 when the index holds no set of that project and ref.
 */
export function whyRoutes(app: FastifyInstance, ctx: ServeContext): void {
  app.get('/api/v1/why', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, WHY_PARAMETERS);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const p = read.value;
    for (const key of ['package', 'project', 'ref'] as const) {
      if (!p[key]?.trim()) return sendError(reply, 'bad_parameter', `parameter ${key} is required`, key);
    }
    const maxPaths = readCount(p, 'max-paths', 10, 1, 100);
    if (!maxPaths.ok) return sendError(reply, 'bad_parameter', maxPaths.error.message, maxPaths.error.parameter);
    const project = p['project'] as string;
    const ref = p['ref'] as string;
    const loaded = await withinRequest(reply, ctx, () => ctx.store.loadGraphs(project, ref, p['file']));
    if (!loaded.ok) return sendStoreFailure(reply, ctx.log, loaded.error);
    if (loaded.value.length === 0) {
      return sendError(reply, 'not_found', p['file'] === undefined ? 'the index holds no dependency files of that project at that ref' : 'the index holds no such dependency file of that project at that ref');
    }
    const answers = explainWhy(loaded.value, p['package'] as string, maxPaths.value);
    return { package: p['package'], project, ref, files: loaded.value.length, answers: answers.map(answerJson) };
  });
}
