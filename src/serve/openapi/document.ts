import { SEVERITIES } from '../../model/finding.js';
import { FINDING_KINDS } from '../routes/findings.js';
import { VERSION } from '../../version.js';
import { schemas } from './schemas.js';

const error = (description: string): Record<string, unknown> => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string, schema: string): Record<string, unknown> => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): Record<string, unknown> => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const path = (name: string, description: string): Record<string, unknown> => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const flag = { type: 'string', enum: ['true', 'false', '1', '0', ''] };

/** Answers every endpoint may give besides its own. */
const common = {
  '400': error('A parameter is wrong; `error.parameter` names it.'),
  '401': error('A bearer token is required (`DEPINDEX_API_TOKEN`) and was missing or wrong.'),
  '403': error('The Host header is not localhost, 127.0.0.1 or [::1] (a loopback server without a token answers no other name).'),
  '429': error('Too many requests from this client; `Retry-After` says when to try again.'),
  '500': error('Internal error (no details are sent; the server log has them).'),
  '503': error('The store could not be read, or did not answer in time.'),
};
const refParams = [path('project', 'Full project path, URL-encoded (acme%2Fweb%2Fshop).'), path('ref', 'Branch or tag, URL-encoded.')];
const scope = [
  query('project', 'One project, by full path.'),
  query('group', 'Projects under a group or subgroup (acme, acme/web).'),
  query('ref', 'One branch or tag.'),
  query('default-branch', 'Default branches only.', flag),
];

/** The OpenAPI 3.1 document of the index API, served at /api/v1/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'depindex index API',
      version: VERSION,
      description: 'Read-only API over the depindex index (SQLite or Elasticsearch), served by `depindex serve`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/api/v1/dependencies': {
        get: {
          operationId: 'searchDependencies',
          summary: 'Find dependencies, as `depindex search` does.',
          parameters: [
            query('name', 'Package name; canonical and case-insensitive.'),
            query('type', 'purl type or ecosystem alias: npm, pypi, maven, golang ...'),
            query('version', 'Exactly this version.'),
            query('range', "A version range in the ecosystem's own syntax; needs type."),
            query('license', 'A license id, also found inside SPDX expressions.'),
            query(
              'advisory',
              'Dependencies an advisory affects, by its id or an alias (CVE-2023-29197, GHSA-wxmh-65f7-jcvw), from the package metadata `depindex sync` keeps in the same store; as `depindex search --advisory`. Not with name, version or range (the advisory names the packages and versions); the scope parameters, limit and offset apply.',
            ),
            ...scope,
            query('added-since', 'First seen since a date (2026-11-01), a date-time with zone, or a duration back from now (12h, 7d, 2w).'),
            query('exclude-development', 'Leave out development dependencies (unknown scope stays).', flag),
            query('file', 'Dependency files, by path in the project or glob; a manifest also finds its lock files (Gemfile finds Gemfile.lock). Matching nothing is an empty answer.'),
            query('limit', 'Hits per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
            query('offset', 'Hits to skip; offset + limit at most 10000.', { type: 'string', pattern: '^[0-9]+$' }),
            query('introduced-by', 'Also give each hit introducedBy: the introduced dependencies that bring it in, from the stored graph (reads each set of the page).', flag),
          ],
          responses: {
            '200': json('A page of hits, the exact total and counts by project.', 'SearchResult'),
            ...common,
            '404': error('advisory: no advisory with that id or alias in the synced package metadata.'),
            '409': error('advisory: no package metadata is synced into this store yet (`not_synced`); `depindex sync` brings it in.'),
          },
        },
      },
      '/api/v1/package': {
        get: {
          operationId: 'packageUses',
          summary: 'Every project and version using one package; first seen; newest version in use.',
          parameters: [
            { ...query('type', 'purl type or ecosystem alias.'), required: true },
            { ...query('name', 'Package name; canonical and case-insensitive.'), required: true },
            ...scope,
          ],
          responses: { '200': json('The uses of the package, versions newest first.', 'PackageView'), ...common },
        },
      },
      '/api/v1/projects': {
        get: {
          operationId: 'listProjects',
          summary: 'Projects in the index with their refs and last scan, by path.',
          parameters: [
            query('group', 'Projects under a group or subgroup.'),
            query('limit', 'Projects per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
            query('offset', 'Projects to skip.', { type: 'string', pattern: '^[0-9]+$' }),
          ],
          responses: { '200': json('A page of projects and the exact total.', 'ProjectPage'), ...common },
        },
      },
      '/api/v1/projects/{project}/refs/{ref}/sets': {
        get: {
          operationId: 'listSets',
          summary: 'The dependency sets (one per dependency file) of a project at a ref.',
          parameters: refParams,
          responses: { '200': json('The sets, by file.', 'Sets'), ...common, '404': error('The index holds nothing for that project and ref.') },
        },
      },
      '/api/v1/projects/{project}/refs/{ref}/sbom': {
        get: {
          operationId: 'exportSbom',
          summary: 'A CycloneDX 1.6 SBOM of a project at a ref, built from the index (as `depindex export-sbom`).',
          parameters: refParams,
          responses: {
            '200': {
              description: 'The SBOM, as a download.',
              content: { 'application/vnd.cyclonedx+json': { schema: { $ref: '#/components/schemas/CycloneDx' } } },
            },
            ...common,
            '404': error('The index holds nothing for that project and ref.'),
          },
        },
      },
      '/api/v1/why': {
        get: {
          operationId: 'why',
          summary: 'Paths from introduced dependencies to a package, from the graphs stored with the sets (as `depindex why --project --ref`).',
          parameters: [
            { ...query('package', 'Package name, name@version or purl.'), required: true },
            { ...query('project', 'Full project path.'), required: true },
            { ...query('ref', 'Branch or tag.'), required: true },
            query('file', 'One dependency file, by its path in the project.'),
            query('max-paths', 'Paths per dependency, 1 to 100 (default 10).', { type: 'string', pattern: '^[0-9]+$' }),
          ],
          responses: { '200': json('The paths to each matching dependency.', 'WhyResult'), ...common, '404': error('The index holds nothing for that project and ref (or file).') },
        },
      },
      '/api/v1/findings': {
        get: {
          operationId: 'findings',
          summary: 'Findings of the checks stored with the scans, as `depindex findings --json`.',
          parameters: [
            ...scope,
            query('kind', 'One kind of finding.', { type: 'string', enum: FINDING_KINDS }),
            query('severity', 'This severity or worse.', { type: 'string', enum: SEVERITIES }),
            query('suppressed', 'Also list findings an exception suppresses.', flag),
            query('limit', 'Findings per page, 1 to 1000 (default 50).', { type: 'string', pattern: '^[0-9]+$' }),
            query('offset', 'Findings to skip.', { type: 'string', pattern: '^[0-9]+$' }),
          ],
          responses: { '200': json('A page of findings and the exact total.', 'FindingsResult'), ...common },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document.',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, '401': common['401'], '403': common['403'], '429': common['429'] },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server was started with DEPINDEX_API_TOKEN.' },
      },
    },
  };
}
