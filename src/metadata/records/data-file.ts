import type { DataFile } from '../layouts/object-name.js';
import { parseCveEnrichment } from './cve-enrichment.js';
import { parsePmdbAdvisory } from './pmdb-advisory.js';
import { parsePmdbLicense, parseV1LicenseRow } from './pmdb-license.js';
import type { AdvisoryRecord, CveEnrichment, LicenseRecord, RecordProblem } from './types.js';
import { notJson } from './json-error.js';

export interface ParsedDataFile {
  readonly advisories: AdvisoryRecord[];
  readonly licenses: LicenseRecord[];
  readonly enrichment: CveEnrichment[];
  readonly problems: RecordProblem[];
  readonly lines: number;
}

/**
 * One data file's text into records. A line that does not parse becomes a problem naming `place` and the line,
 * and the rest goes on. Within a file, a later line with the same advisory id replaces the earlier one.
 */
export function parseDataFile(file: DataFile, text: string, place: string): ParsedDataFile {
  const advisories = new Map<string, AdvisoryRecord>();
  const licenses: LicenseRecord[] = [];
  const enrichment: CveEnrichment[] = [];
  const problems: RecordProblem[] = [];
  let lines = 0;
  let start = 0;
  for (let number = 1; start < text.length; number++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') continue;
    lines++;
    const problem = (message: string): void => void problems.push({ file: place, line: number, message });
    if (file.format === 'csv') {
      const row = parseV1LicenseRow(line, file.registry);
      if (row.ok) licenses.push(row.value);
      else problem(row.error);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problem(notJson(e));
      continue;
    }
    if (file.dataType === 'advisories') {
      const record = parsePmdbAdvisory(value, file.registry);
      if (!record.ok) problem(record.error);
      else {
        advisories.delete(record.value.advisory.id);
        advisories.set(record.value.advisory.id, record.value);
      }
    } else if (file.dataType === 'licenses') {
      const record = parsePmdbLicense(value, file.registry);
      if (record.ok) licenses.push(record.value);
      else problem(record.error);
    } else {
      const record = parseCveEnrichment(value);
      if (record.ok) enrichment.push(record.value);
      else problem(record.error);
    }
  }
  return { advisories: [...advisories.values()], licenses, enrichment, problems, lines };
}
