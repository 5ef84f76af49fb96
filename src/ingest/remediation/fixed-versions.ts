/**
 * Fixed versions as inputs state them, for `fixedVersions` of the vulnerabilities they report. Pure.
 *
 * GitLab's Gemnasium analyzer writes a DS report's `solution` from the advisory's fixed versions as
 * "Upgrade to version X or above." / "Upgrade to versions X, Y or above." (and other text when none is known:
 * "Unfortunately, there is no solution available yet."); CycloneDX tools write `recommendation` the same way.
 * Only that phrase is read: free text that does not follow it names no version we can trust.
 */
const UPGRADE = /^\s*upgrade(?:\s+\S+)?\s+to\s+(?:the\s+)?versions?\s+(.+?)\s+or\s+(?:above|later|greater|newer|higher)\s*\.?\s*$/i;
/** A version as the phrase holds it: no spaces, not a word like "latest". */
const VERSION = /^v?\d[^\s,;]*$/;

export function fixedVersionsFromText(text: string | null | undefined): string[] {
  if (!text || text.length > 2_000) return [];
  const match = UPGRADE.exec(text);
  if (!match?.[1]) return [];
  const parts = match[1].split(/\s*,\s*|\s+and\s+|\s+or\s+/).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => VERSION.test(p)) ? [...new Set(parts)] : [];
}

export interface AffectsVersion {
  readonly version?: unknown;
  readonly range?: unknown;
  readonly status?: unknown;
}

/**
 * CycloneDX 1.4+ `affects[].versions[]` entries with `status: "unaffected"`: an explicit `version`, or the lower
 * bound of a `vers:` range that starts there (`vers:npm/>=2.4.1`, `vers:maven/>=2.17.1|<3`). An unaffected
 * range with no lower bound ("<1.0": the versions before the bug) names no fix, so it gives none.
 */
export function fixedVersionsFromAffects(versions: readonly AffectsVersion[]): string[] {
  const out: string[] = [];
  for (const v of versions) {
    if (v.status !== 'unaffected') continue;
    if (typeof v.version === 'string' && v.version.trim() !== '') out.push(v.version.trim());
    else if (typeof v.range === 'string') {
      // vers spec (package-url/purl-spec VERSION-RANGE-SPEC): "vers:<scheme>/<constraint>|<constraint>..."
      const constraints = /^vers:[^/]+\/(.+)$/.exec(v.range.trim())?.[1]?.split('|') ?? [];
      const lower = constraints.map((c) => /^>=\s*(\S+)$/.exec(c.trim())?.[1]).find((x) => x !== undefined);
      if (lower) out.push(decodeURIComponent(lower));
    }
  }
  return [...new Set(out)];
}
