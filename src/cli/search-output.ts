import { printable } from '../ingest/describe-unknown.js';
import { hitJson } from '../report/search-json.js';
import type { SearchQuery, SearchResult } from '../store/store.js';

/**
 * `--json`: what `GET /api/v1/dependencies` answers for the same query, field for field: the total, the page (limit
 * and offset), its hits with their fields in a fixed order, and counts by project.
 */
export function renderSearchJson(result: SearchResult, query: Pick<SearchQuery, 'limit' | 'offset'>): string {
  return JSON.stringify({ total: result.total, limit: query.limit, offset: query.offset, hits: result.hits.map(hitJson), byProject: result.byProject }, null, 2) + '\n';
}

const COLUMN_MAX = 60;
const PROJECTS_SHOWN = 20;

const scope = (development: boolean | null): string => (development === null ? '?' : development ? 'dev' : 'prod');
/** The words GitHub's and GitLab's dependency lists use; the JSON keeps the field's name, `introduced`. */
const relation = (introduced: boolean | null): string => (introduced === null ? '?' : introduced ? 'direct' : 'transitive');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  return [header, ...rows].map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
}

/** The readable answer: a table of the page, where the page sits in the total, and counts by project. */
export function renderSearchTable(result: SearchResult, query: SearchQuery): string {
  if (result.total === 0) return 'no dependencies match.\n';
  const lines: string[] = [];
  if (result.hits.length > 0) {
    const cell = (text: string): string => printable(text, COLUMN_MAX);
    // The canonical name (what matched) gets a column only when the page has a name written otherwise (Django).
    const canonical = result.hits.some((h) => h.canonicalName !== h.name);
    lines.push(
      ...table(
        ['PROJECT', 'REF', 'FILE', 'NAME', ...(canonical ? ['CANONICAL'] : []), 'VERSION', 'TYPE', 'SCOPE', 'DEPENDENCY', 'LICENSES', 'ADDED', 'COMMIT', 'SCANNED', 'PIPELINE'],
        result.hits.map((h) => [
          cell(h.project),
          cell(h.ref),
          cell(h.file),
          cell(h.name),
          ...(canonical ? [cell(h.canonicalName)] : []),
          cell(h.version),
          cell(h.type),
          scope(h.development),
          relation(h.introduced),
          cell(h.licenses === null ? '?' : h.licenses.join(', ')),
          h.createdAt.slice(0, 10),
          h.commit === null ? '?' : cell(h.commit.slice(0, 12)),
          `${h.scannedAt.slice(0, 16).replace('T', ' ')}Z`,
          h.pipelineUrl === null ? '' : printable(h.pipelineUrl, 200),
        ]),
      ),
      '',
    );
  }
  const projects = result.byProject.length;
  const first = query.offset + 1;
  const last = query.offset + result.hits.length;
  const where = `${result.total} ${result.total === 1 ? 'dependency' : 'dependencies'} in ${projects} ${projects === 1 ? 'project' : 'projects'}`;
  if (result.hits.length === 0) lines.push(`${where}; none at --offset ${query.offset}.`);
  else if (result.hits.length === result.total) lines.push(`${where}.`);
  else {
    const next = last < result.total ? `; --offset ${last} for the next page` : '';
    lines.push(`${where}; showing ${first}-${last}${next}.`);
  }
  if (projects > 1) {
    lines.push('', 'by project:');
    const shown = result.byProject.slice(0, PROJECTS_SHOWN);
    const width = Math.max(...shown.map((p) => String(p.count).length));
    for (const p of shown) lines.push(`  ${String(p.count).padStart(width)}  ${printable(p.project, 200)}`);
    if (projects > shown.length) lines.push(`  … and ${projects - shown.length} more projects`);
  }
  return lines.join('\n') + '\n';
}
