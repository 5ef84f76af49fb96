import type { estypes } from '@elastic/elasticsearch';
import { createHash } from 'node:crypto';
import { recordPackageKey } from '../../match/package-key.js';
import type { Advisory, AdvisoryRecord, AffectedPackage, CveEnrichment, LicenseRecord } from '../../records/types.js';
import type { Checkpoint } from '../../checkpoints/plan.js';
import { versionsText } from '../types.js';

/**
 * The documents of the metadata indices (indices.ts) and their ids. Every id is deterministic, so writing the
 * same file again (a rerun after a kill, a retried bulk request) overwrites documents and never duplicates one.
 */

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Elasticsearch ids are at most 512 bytes: an advisory id is its own document id unless it is longer than that. */
export const advisoryDocId = (id: string): string => (Buffer.byteLength(id) <= 256 ? id : `sha256:${sha(id)}`);
/** The package at `position` in its advisory's list: a replaced advisory overwrites the same ids. */
export const affectedDocId = (advisoryId: string, position: number): string => sha(`${advisoryId}\u0000${position}`);
export const licenseDocId = (type: string, nameKey: string): string => sha(`${type}\u0000${nameKey}`);
/** A package an advisory dropped (removed.ts): one document per advisory and package, however often dropped. */
export const removedDocId = (advisoryId: string, type: string, nameKey: string): string => sha(`removed\u0000${advisoryId}\u0000${type}\u0000${nameKey}`);
export const checkpointDocId = (c: Pick<Checkpoint, 'dataType' | 'registry' | 'versionFormat'>): string => `checkpoint:${c.dataType}:${c.registry}:${c.versionFormat}`;
export const REVISION_DOC_ID = 'revision';

/** The one update script of the metadata: assigns `params.set` to the source (update_by_query). */
export const ASSIGN: estypes.Script = {
  lang: 'painless',
  source: 'for (entry in params.set.entrySet()) { ctx._source[entry.getKey()] = entry.getValue(); }',
};

export interface AdvisoryDocument {
  id: string;
  source: string;
  withdrawn: boolean;
  revision: number;
  aliases: string[];
  advisory: Advisory;
}

export interface AffectedDocument {
  doc_id: string;
  advisory_id: string;
  position: number;
  type: string;
  name_key: string;
  withdrawn: boolean;
  distro: string | null;
  range_kind: 'pmdb' | 'osv';
  range: string;
  revision: number;
  package: AffectedPackage;
}

export interface LicenseDocument {
  type: string;
  name_key: string;
  record: LicenseRecord;
}

export interface EnrichmentDocument {
  cve_id: string;
  epss: number | null;
  known_exploited: boolean | null;
}

export interface CheckpointDocument {
  kind: 'checkpoint';
  data_type: string;
  registry: string;
  version_format: string;
  sequence: number;
  chunk: number;
}

export interface RevisionDocument {
  kind: 'revision';
  revision: number;
}

/** The upper-cased id and aliases an advisory is found by (as md_aliases holds them). */
export const aliasesOf = (advisory: Advisory): string[] => [...new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)].map((v) => v.toUpperCase()))];

export function advisoryDocument(record: AdvisoryRecord, revision: number): AdvisoryDocument {
  const { advisory } = record;
  return { id: advisory.id, source: advisory.source, withdrawn: advisory.withdrawn, revision, aliases: aliasesOf(advisory), advisory };
}

export function affectedDocuments(record: AdvisoryRecord, revision: number): AffectedDocument[] {
  const { advisory } = record;
  return record.packages.map((pkg, position) => {
    const versions = versionsText(pkg);
    return {
      doc_id: affectedDocId(advisory.id, position),
      advisory_id: advisory.id,
      position,
      type: pkg.type,
      name_key: recordPackageKey(pkg.type, pkg.name).key,
      withdrawn: advisory.withdrawn,
      distro: pkg.distro,
      range_kind: versions.kind,
      range: versions.text,
      revision,
      package: pkg,
    };
  });
}

export const enrichmentDocument = (e: CveEnrichment): EnrichmentDocument => ({ cve_id: e.cveId.toUpperCase(), epss: e.epss, known_exploited: e.knownExploited });

export const checkpointDocument = (c: Checkpoint): CheckpointDocument => ({
  kind: 'checkpoint',
  data_type: c.dataType,
  registry: c.registry,
  version_format: c.versionFormat,
  sequence: c.sequence,
  chunk: c.chunk,
});
