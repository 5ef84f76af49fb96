import type { FastifyInstance } from 'fastify';
import { SEVERITIES, type FindingKind, type Severity } from '../../model/finding.js';
import { storedFindingJson } from '../../report/findings/stored-json.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../../store/search-query.js';
import type { FindingsQuery } from '../../store/store.js';
import { withinRequest, type ServeContext } from '../context.js';
import { sendError, sendStoreFailure } from '../errors.js';
import { MAX_OFFSET, readCount, readFlag, readParameters, type RawQuery } from '../query-params.js';

/** Every kind, as a record so that a kind added to the model fails to compile here until it is listed. */
const KIND_SET: Readonly<Record<FindingKind, true>> = {
  vulnerability: true,
  'checksum-changed': true,
  'source-changed': true,
  'dependency-policy': true,
  'license-policy': true,
};
export const FINDING_KINDS = Object.keys(KIND_SET) as FindingKind[];

/** The parameters of `GET /api/v1/findings`: the flags of `depindex findings`, without the dashes. */
export const FINDINGS_PARAMETERS = ['project', 'group', 'ref', 'default-branch', 'kind', 'severity', 'suppressed', 'limit', 'offset'] as const;

/** `/api/v1/findings`: the stored findings of the checks, with the filters and the answer of `depindex findings --json`. */
export function findingsRoutes(app: FastifyInstance, ctx: ServeContext): void {
  app.get('/api/v1/findings', async (request, reply) => {
    const read = readParameters(request.query as RawQuery, FINDINGS_PARAMETERS);
    if (!read.ok) return sendError(reply, 'bad_parameter', read.error.message, read.error.parameter);
    const p = read.value;
    const kind = p['kind'];
    if (kind !== undefined && !FINDING_KINDS.includes(kind as FindingKind)) {
      return sendError(reply, 'bad_parameter', `parameter kind "${kind.slice(0, 64)}" is not one of ${FINDING_KINDS.join(', ')}`, 'kind');
    }
    const severity = p['severity'];
    if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) {
      return sendError(reply, 'bad_parameter', `parameter severity "${severity.slice(0, 64)}" is not one of ${SEVERITIES.join(', ')}`, 'severity');
    }
    for (const key of ['project', 'group', 'ref'] as const) {
      if (p[key] !== undefined && p[key].trim() === '') return sendError(reply, 'bad_parameter', `parameter ${key} is empty`, key);
    }
    const defaultBranch = readFlag(p, 'default-branch');
    if (!defaultBranch.ok) return sendError(reply, 'bad_parameter', defaultBranch.error.message, defaultBranch.error.parameter);
    const suppressed = readFlag(p, 'suppressed');
    if (!suppressed.ok) return sendError(reply, 'bad_parameter', suppressed.error.message, suppressed.error.parameter);
    const limit = readCount(p, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    if (!limit.ok) return sendError(reply, 'bad_parameter', limit.error.message, limit.error.parameter);
    const offset = readCount(p, 'offset', 0, 0, MAX_OFFSET);
    if (!offset.ok) return sendError(reply, 'bad_parameter', offset.error.message, offset.error.parameter);
    const query: FindingsQuery = {
      ...(p['project'] !== undefined && { project: p['project'] }),
      ...(p['group'] !== undefined && { group: p['group'].replace(/^\/+|\/+$/g, '') }),
      ...(p['ref'] !== undefined && { ref: p['ref'] }),
      ...(defaultBranch.value === true && { defaultBranchOnly: true }),
      ...(kind !== undefined && { kind: kind as FindingKind }),
      ...(severity !== undefined && { severity: severity as Severity }),
      includeSuppressed: suppressed.value === true,
      limit: limit.value,
      offset: offset.value,
    };
    const result = await withinRequest(reply, ctx, () => ctx.store.searchFindings(query));
    if (!result.ok) return sendStoreFailure(reply, ctx.log, result.error);
    return { total: result.value.total, limit: limit.value, offset: offset.value, hits: result.value.hits.map(storedFindingJson) };
  });
}
