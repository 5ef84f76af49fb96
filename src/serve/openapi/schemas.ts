import { SEVERITIES } from '../../model/finding.js';
import { STATUS } from '../errors.js';
import { FINDING_KINDS } from '../routes/findings.js';

/** JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the API's answers; document.ts refers to them. */

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableBoolean = { type: ['boolean', 'null'] } as const;
const count = { type: 'integer', minimum: 0 } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

const object = (properties: Record<string, unknown>, required = Object.keys(properties)): Record<string, unknown> => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

export const schemas: Record<string, unknown> = {
  Error: object({
    error: object(
      {
        code: {
          type: 'string',
          // Every code the server sends (errors.ts), so a code added there is documented here.
          enum: Object.keys(STATUS),
        },
        message: string,
        parameter: { type: 'string', description: 'The query parameter that was refused (400 only).' },
      },
      ['code', 'message'],
    ),
  }),
  Hit: object({
    project: string,
    ref: string,
    file: string,
    purl: string,
    type: string,
    name: { ...string, description: 'As the dependency file writes it (Django).' },
    canonicalName: { ...string, description: "The ecosystem's canonical name, lower-cased: what a name search matches (django)." },
    version: string,
    licenses: { type: ['array', 'null'], items: string },
    development: nullableBoolean,
    introduced: { ...nullableBoolean, description: 'Direct dependency of the project (null: the input did not say).' },
    createdAt: { ...dateTime, description: 'First seen in this file.' },
    firstCommitSha: nullableString,
    commit: { ...nullableString, description: 'The commit of the scan that last wrote this file.' },
    pipelineUrl: { ...nullableString, description: 'The pipeline of that scan.' },
    scannedAt: { ...dateTime, description: 'When that scan ran.' },
    introducedBy: {
      type: ['array', 'null'],
      items: string,
      description: 'purls of the introduced dependencies that bring it in, from the stored graph (at most 10); null when the set was stored without edges.',
    },
  }, ['project', 'ref', 'file', 'purl', 'type', 'name', 'canonicalName', 'version', 'licenses', 'development', 'introduced', 'createdAt', 'firstCommitSha', 'commit', 'pipelineUrl', 'scannedAt']),
  WhyResult: object({
    package: string,
    project: string,
    ref: string,
    files: { ...count, description: 'Dependency files of the project at the ref that were looked in.' },
    answers: {
      type: 'array',
      description: 'Each dependency matching the package, by file and purl; empty when none does.',
      items: object({
        file: string,
        purl: string,
        name: string,
        version: string,
        introduced: nullableBoolean,
        development: nullableBoolean,
        paths: { type: 'array', items: { type: 'array', items: string, minItems: 2 }, description: 'purls from an introduced dependency down to the package, shortest first.' },
        omitted: { ...count, description: 'Paths found beyond max-paths.' },
        omittedAtLeast: { type: 'boolean', description: 'The count stopped early: at least `omitted` more.' },
        note: { type: ['string', 'null'], enum: ['declared directly', 'no graph', 'unreached', null] },
      }),
    },
  }),
  SearchResult: object({
    total: count,
    limit: count,
    offset: count,
    hits: { type: 'array', items: ref('Hit') },
    byProject: { type: 'array', items: object({ project: string, count }), description: 'Sorted by count, highest first.' },
  }),
  PackageView: object({
    type: string,
    name: string,
    total: count,
    complete: { type: 'boolean', description: 'False when more uses matched than the 10,000 read.' },
    newestVersion: nullableString,
    versions: { type: 'array', items: object({ version: string, uses: count, projects: count, firstSeen: dateTime }), description: 'Newest first.' },
    projects: {
      type: 'array',
      items: object({ project: string, versions: { type: 'array', items: string }, refs: { type: 'array', items: string }, firstSeen: dateTime }),
    },
  }),
  Ref: object({
    ref: string,
    refType: { type: 'string', enum: ['branch', 'tag'] },
    defaultBranch: { type: 'boolean' },
    commitSha: nullableString,
    lastScannedAt: dateTime,
    sets: count,
    dependencies: count,
  }),
  ProjectPage: object({
    total: count,
    limit: count,
    offset: count,
    projects: { type: 'array', items: object({ project: string, lastScannedAt: dateTime, refs: { type: 'array', items: ref('Ref') } }) },
  }),
  Set: object({
    project: string,
    ref: string,
    file: string,
    packageManager: nullableString,
    format: string,
    refType: { type: 'string', enum: ['branch', 'tag'] },
    defaultBranch: { type: 'boolean' },
    commitSha: nullableString,
    pipelineUrl: nullableString,
    scannedAt: dateTime,
    dependencies: count,
  }),
  Sets: object({ project: string, ref: string, sets: { type: 'array', items: ref('Set'), minItems: 1 } }),
  Finding: object({
    project: string,
    ref: string,
    id: { ...string, description: 'Stable fingerprint: the same finding keeps its id across scans.' },
    kind: { type: 'string', enum: FINDING_KINDS },
    severity: { type: 'string', enum: SEVERITIES },
    new: { type: 'boolean' },
    suppressed: { type: 'boolean' },
    suppressedBy: nullableString,
    file: string,
    purl: string,
    name: string,
    version: string,
    message: string,
    rule: nullableString,
    advisory: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['id', 'identifiers', 'title', 'cvss', 'source', 'epss', 'knownExploited', 'url'],
          properties: {
            id: string,
            identifiers: { type: 'array', items: object({ type: string, name: string, value: string, url: nullableString }) },
            title: nullableString,
            cvss: { type: 'array', items: object({ version: string, vector: string, baseScore: { type: ['number', 'null'] } }) },
            source: nullableString,
            epss: { type: ['number', 'null'] },
            knownExploited: nullableBoolean,
            url: nullableString,
          },
        },
      ],
    },
    fixedVersions: { type: 'array', items: string },
    introducedBy: { type: 'array', items: string },
    firstSeenAt: { ...dateTime, description: 'First scan of this ref that had the finding.' },
    firstCommitSha: nullableString,
    lastSeenAt: dateTime,
  }),
  FindingsResult: object({
    total: count,
    limit: count,
    offset: count,
    hits: { type: 'array', items: ref('Finding'), description: 'By project, ref, severity (most severe first), kind, file, purl.' },
  }),
  CycloneDx: {
    type: 'object',
    description: 'A CycloneDX 1.6 BOM (https://cyclonedx.org/schema/bom-1.6.schema.json), as `depindex scan --sbom` writes it.',
    properties: { bomFormat: { const: 'CycloneDX' }, specVersion: { const: '1.6' } },
    required: ['bomFormat', 'specVersion', 'components', 'dependencies'],
  },
};
