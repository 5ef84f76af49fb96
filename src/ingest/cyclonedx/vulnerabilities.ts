import type { Problem } from '../../model/problem.js';
import type { ReportedVulnerability, VulnerabilityIdentifier } from '../../model/vulnerability.js';
import { isJsonObject } from '../json-object.js';
import { fixedVersionsFromAffects, fixedVersionsFromText } from '../remediation/fixed-versions.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const MAX_AFFECTS = 10_000;

/**
 * CycloneDX 1.4-1.7 `vulnerabilities[]`: one reported vulnerability per affected component (`affects[].ref`
 * is a bom-ref, resolved to the component's purl here). Severity is the first rating's; CVSS ratings keep their
 * vector and score.
 */
export function readCycloneDxVulnerabilities(value: unknown, components: unknown, file: string, problems: Problem[]): ReportedVulnerability[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ place: '/vulnerabilities', message: 'vulnerabilities is not an array; none were read' });
    return [];
  }
  const purlOf = purlsByRef(components);
  const out: ReportedVulnerability[] = [];
  value.forEach((v: unknown, i) => {
    const place = `/vulnerabilities/${i}`;
    if (!isJsonObject(v) || str(v.id) === null) {
      problems.push({ place, message: 'vulnerability needs an id; skipped' });
      return;
    }
    const id = str(v.id) as string;
    const source = isJsonObject(v.source) ? v.source : {};
    const ratings = Array.isArray(v.ratings) ? v.ratings.filter(isJsonObject) : [];
    const severity = ratings.map((r) => str(r.severity)).find((s) => s !== null) ?? null;
    const cvss = ratings.flatMap((r) => {
      const method = str(r.method);
      const vector = str(r.vector);
      const m = method ? /^CVSSv(\d)(\d)?$/.exec(method) : null;
      if (!m || !vector) return [];
      return [{ version: `${m[1]}.${m[2] ?? '0'}`, vector, baseScore: typeof r.score === 'number' ? r.score : null }];
    });
    const identifiers: VulnerabilityIdentifier[] = [{ type: identifierType(id), name: id, value: id, url: str(source.url) }];
    for (const ref of Array.isArray(v.references) ? v.references.filter(isJsonObject) : []) {
      const refId = str(ref.id);
      if (refId && refId !== id) identifiers.push({ type: identifierType(refId), name: refId, value: refId, url: isJsonObject(ref.source) ? str(ref.source.url) : null });
    }
    const affects = Array.isArray(v.affects) ? v.affects.slice(0, MAX_AFFECTS) : [];
    affects.forEach((a: unknown, j) => {
      const ref = isJsonObject(a) ? str(a.ref) : null;
      const purl = ref === null ? null : (purlOf.get(ref) ?? (ref.startsWith('pkg:') ? ref : null));
      if (purl === null) {
        problems.push({ place: `${place}/affects/${j}`, message: 'affects a ref that is no component with a purl; skipped' });
        return;
      }
      out.push({
        id,
        name: str(v.description)?.slice(0, 200) ?? id,
        severity,
        identifiers,
        file,
        packageName: null,
        version: null,
        solution: str(v.recommendation),
        // Per affected component: its own unaffected versions, else what the recommendation says.
        fixedVersions: ((fixed) => (fixed.length > 0 ? fixed : fixedVersionsFromText(str(v.recommendation))))(
          fixedVersionsFromAffects(isJsonObject(a) && Array.isArray(a.versions) ? a.versions.filter(isJsonObject).slice(0, MAX_AFFECTS) : []),
        ),
        purl,
        cvss,
        url: str(source.url),
      });
    });
  });
  return out;
}

function identifierType(id: string): string {
  if (/^CVE-/i.test(id)) return 'cve';
  if (/^GHSA-/i.test(id)) return 'ghsa';
  if (/^CWE-/i.test(id)) return 'cwe';
  return 'other';
}

function purlsByRef(components: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const stack: unknown[] = Array.isArray(components) ? [...components] : [];
  while (stack.length > 0 && out.size < 1_000_000) {
    const c = stack.pop();
    if (!isJsonObject(c)) continue;
    const ref = str(c['bom-ref']);
    const purl = str(c.purl);
    if (ref && purl) out.set(ref, purl);
    if (Array.isArray(c.components)) stack.push(...c.components);
  }
  return out;
}
