import type { ContentChange } from '../../checks/diff-content.js';
import type { ContentChangeRow, RowAdvisory, RowVulnerabilities } from '../../checks/diff-model.js';
import { codeSpan } from './escape.js';

/** Shown of a digest: enough to tell two apart at a glance; the diff JSON has them whole. */
const DIGEST_SHOWN = 12;
const ADVISORIES_SHOWN = 5;

function digests(value: unknown): string {
  const record = (value ?? {}) as Record<string, string>;
  return Object.keys(record)
    .sort()
    .map((algorithm) => codeSpan(`${algorithm}:${(record[algorithm] ?? '').slice(0, DIGEST_SHOWN)}…`, { maxLength: 80 }))
    .join(', ');
}

function value(change: ContentChange, side: unknown): string {
  if (change.field === 'checksums') return digests(side);
  if (change.field === 'development') return side === true ? 'development' : 'runtime';
  if (change.field === 'licenses') return (side as readonly string[]).length === 0 ? '–' : (side as readonly string[]).map((l) => codeSpan(l, { maxLength: 80 })).join(', ');
  return codeSpan(String(side), { maxLength: 120 });
}

const LABEL: Readonly<Record<ContentChange['field'], string>> = { checksums: 'checksum', source: 'source', licenses: 'licenses', development: 'scope' };

/** The version cell of a same-version row: the version, then each changed field from → to. */
export function modifiedCell(m: ContentChangeRow): string {
  const changes = m.changes.map((c) => `${LABEL[c.field]} ${value(c, c.from)} → ${value(c, c.to)}`);
  return `${codeSpan(m.version)}: ${changes.join('; ')}`;
}

function advisories(list: readonly RowAdvisory[]): string {
  const shown = list.slice(0, ADVISORIES_SHOWN).map((a) => `${codeSpan(a.id, { maxLength: 60 })}${a.severity ? ` (${codeSpan(a.severity.toLowerCase(), { maxLength: 20 })})` : ''}`);
  return shown.join(', ') + (list.length > shown.length ? ` and ${list.length - shown.length} more` : '');
}

/**
 * What the DS reports say about a row: new and fixed when both sides' reports are known, else what affects the
 * dependency now (a base from the index keeps no report, so newness cannot be told).
 */
export function vulnerabilityCell(v: RowVulnerabilities | undefined): string {
  if (!v) return '';
  if (v.new === null || v.fixed === null) return v.now.length > 0 ? `affected by ${advisories(v.now)}` : '';
  const parts: string[] = [];
  if (v.new.length > 0) parts.push(`**new** ${advisories(v.new)}`);
  if (v.fixed.length > 0) parts.push(`fixed ${advisories(v.fixed)}`);
  return parts.join('; ');
}
