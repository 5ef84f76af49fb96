import type { Problem } from '../../model/problem.js';
import type { ReportedVulnerability, VulnerabilityIdentifier } from '../../model/vulnerability.js';
import { isJsonObject } from '../json-object.js';
import { fixedVersionsFromText } from '../remediation/fixed-versions.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/**
 * Reads `vulnerabilities[]` of a DS report (any schema version). Fields a report leaves out stay null:
 * DefectDojo's fixtures show `location.dependency.package` as `{}`, and 14.x reports may carry `message`
 * without `name`.
 */
export function readVulnerabilities(value: unknown, problems: Problem[]): ReportedVulnerability[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ place: '/vulnerabilities', message: 'vulnerabilities is not an array; none were read' });
    return [];
  }
  const out: ReportedVulnerability[] = [];
  value.forEach((v: unknown, i) => {
    const place = `/vulnerabilities/${i}`;
    if (!isJsonObject(v)) {
      problems.push({ place, message: 'vulnerability is not an object' });
      return;
    }
    const location = isJsonObject(v.location) ? v.location : {};
    const dependency = isJsonObject(location.dependency) ? location.dependency : {};
    const pkg = isJsonObject(dependency.package) ? dependency.package : {};
    out.push({
      id: str(v.id),
      name: str(v.name) ?? str(v.message),
      severity: str(v.severity),
      identifiers: readIdentifiers(v.identifiers, place, problems),
      file: str(location.file),
      packageName: str(pkg.name),
      version: str(dependency.version),
      solution: str(v.solution),
      fixedVersions: fixedVersionsFromText(str(v.solution)),
    });
  });
  return out;
}

function readIdentifiers(value: unknown, place: string, problems: Problem[]): VulnerabilityIdentifier[] {
  if (!Array.isArray(value)) return [];
  const out: VulnerabilityIdentifier[] = [];
  value.forEach((id: unknown, j) => {
    const type = isJsonObject(id) ? str(id.type) : null;
    const value = isJsonObject(id) ? str(id.value) : null;
    if (!isJsonObject(id) || type === null || value === null) {
      problems.push({ place: `${place}/identifiers/${j}`, message: 'identifier needs a type and a value; skipped' });
      return;
    }
    out.push({ type, name: str(id.name) ?? value, value, url: str(id.url) });
  });
  return out;
}
