import type { Problem } from '../../model/problem.js';
import type { DetectInput, ParsedSet, Parser, ParseInput, ParseOutcome } from '../parser.js';
import { readDependencyFiles } from './dependency-files.js';
import { readVulnerabilities } from './vulnerabilities.js';
import { isJsonObject } from '../json-object.js';

/** Schema versions whose dependency list this parser reads; 15.1 removed `dependency_files`. */
const NEWEST_MAJOR = 15;
const SUPPORTED = 'schema 14.x and 15.x (the dependency list exists up to 15.0.x)';

/**
 * A DS report: a `version` string and either `scan.type` "dependency_scanning" or a `dependency_files` list
 * (Gemnasium 2.x reports carry both; DefectDojo's trimmed copies sometimes only the second).
 */
function detect({ json }: DetectInput): boolean {
  if (!isJsonObject(json) || typeof json.version !== 'string' || 'bomFormat' in json) return false;
  const scanType = isJsonObject(json.scan) ? json.scan.type : undefined;
  return scanType === 'dependency_scanning' || (Array.isArray(json.dependency_files) && Array.isArray(json.vulnerabilities));
}

function parse({ json }: ParseInput): ParseOutcome {
  if (!isJsonObject(json)) return { ok: false, error: 'not a GitLab dependency scanning report: the top level is not an object' };
  // Anchored with bounded counts: constant work whatever the string holds.
  const match = typeof json.version === 'string' ? /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})/.exec(json.version) : null;
  if (match === null) {
    return { ok: false, error: `cannot tell the report schema version: "version" must look like 15.0.7; supported: ${SUPPORTED}`, place: '/version' };
  }
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const version = match[0];
  if (major > NEWEST_MAJOR) {
    return { ok: false, error: `GitLab dependency scanning report schema ${version} is newer than this reader knows; supported: ${SUPPORTED}`, place: '/version' };
  }

  const problems: Problem[] = [];
  const notes: string[] = [];
  const vulnerabilities = readVulnerabilities(json.vulnerabilities, problems);
  let sets: ParsedSet[] = [];
  if (json.dependency_files !== undefined) {
    sets = readDependencyFiles(json.dependency_files, problems);
  } else {
    const why = major === NEWEST_MAJOR && minor >= 1 ? `schema ${version} has no dependency list (GitLab removed dependency_files in 15.1)` : `the report (schema ${version}) has no dependency_files`;
    notes.push(`${why}; the ${vulnerabilities.length} vulnerabilities it reports were kept`);
  }
  return { ok: true, value: { sets, problems, vulnerabilities, notes } };
}

export const parser = {
  id: 'gitlab-ds',
  description: 'GitLab Dependency Scanning report (schema 14.x, 15.x)',
  capabilities: { edges: 'partial', direct: true, development: false, checksums: false, sources: false, licenses: false },
  detect,
  parse,
} satisfies Parser;
