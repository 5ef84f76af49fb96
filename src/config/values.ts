import spdxCorrect from 'spdx-correct';
import spdxLicenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import { parsePurlPattern } from './purl-pattern.js';
import { versionToolFor } from '../ecosystems/versions.js';
import type { DepindexConfig } from './schema.js';

export interface ValueProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const KNOWN_IDS = new Set([...(spdxLicenseIds as string[]), ...(deprecatedIds as string[])].map((id) => id.toLowerCase()));

/** An SPDX id as a policy list may hold it: a listed id (optionally with "+" or -or-later) or a LicenseRef. */
export function isSpdxId(text: string): boolean {
  if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(text)) return true;
  return KNOWN_IDS.has(text.replace(/\+$/, '').toLowerCase());
}

/** The closest valid id, by spdx-correct (the SPDX community's corrector), or null. */
export function closestSpdxId(text: string): string | null {
  return spdxCorrect(text, { upgrade: true }) ?? null;
}

/** What the schema cannot say: SPDX ids exist, ranges parse in their ecosystem, purl patterns parse. */
export function checkConfigValues(config: DepindexConfig): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const list of ['allow', 'deny'] as const) {
    (config.licenses[list] ?? []).forEach((id, i) => {
      if (isSpdxId(id)) return;
      const closest = closestSpdxId(id);
      problems.push({
        path: ['licenses', list, i],
        message: `"${id}" is not an SPDX licence id${closest ? `; did you mean "${closest}"?` : ' (see https://spdx.org/licenses/)'}`,
      });
    });
  }
  config.dependencies.deny.forEach((rule, i) => {
    const pattern = parsePurlPattern(rule.purl);
    if (!pattern.ok) {
      problems.push({ path: ['dependencies', 'deny', i, 'purl'], message: pattern.error });
      return;
    }
    if (rule.range === undefined) return;
    const tool = versionToolFor(pattern.value.type);
    if (!tool.ok) {
      problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `a range needs a supported package type: ${tool.error}` });
      return;
    }
    const range = tool.value.range(rule.range);
    if (!range.ok) problems.push({ path: ['dependencies', 'deny', i, 'range'], message: `"${rule.range}" is not a ${pattern.value.type} range: ${range.error}` });
  });
  config.registries['private-packages'].forEach((p, i) => {
    const pattern = parsePurlPattern(p);
    if (!pattern.ok) problems.push({ path: ['registries', 'private-packages', i], message: pattern.error });
  });
  config.exceptions.forEach((e, i) => {
    if (e.purl === undefined && e.id === undefined) problems.push({ path: ['exceptions', i], message: 'an exception needs purl or id: it would suppress every finding' });
    if (e.purl === undefined) return;
    const pattern = parsePurlPattern(e.purl);
    if (!pattern.ok) problems.push({ path: ['exceptions', i, 'purl'], message: pattern.error });
  });
  config.exceptions.forEach((e, i) => {
    if (e.until !== undefined && !isCalendarDate(e.until)) {
      problems.push({ path: ['exceptions', i, 'until'], message: `"${e.until}" is not a date (YYYY-MM-DD, a day that exists)` });
    }
  });
  return problems;
}

/** A YYYY-MM-DD day that exists: parsed and printed back unchanged, so 2026-02-31 (which rolls to March) is refused. */
function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
