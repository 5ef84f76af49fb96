import type { DependencyDiff, DiffDependency, FileDiff, VersionChange } from '../../checks/diff-model.js';
import { codeSpan, escapeCell } from './escape.js';
import { modifiedCell, vulnerabilityCell } from './diff-cells.js';

/** Finds our comment again among a pull request's comments, so it is updated in place rather than repeated. */
export const COMMENT_MARKER = '<!-- depindex:dependency-diff -->';

export interface CommentOptions {
  /** The platform's limit in characters (GitHub 65,536; GitLab 1,000,000). */
  readonly maxLength: number;
  /** Where the full diff is when the comment cannot hold it: "the depindex-diff artifact". */
  readonly fullDiffLocation: string;
}

/** Rows are rendered only when they fit: escaping 20,000 rows to show 500 would be wasted work. */
type Row = { readonly priority: number; readonly render: () => string };

/**
 * The sticky comment: a one-line summary, then a table per file. When the diff is larger than the platform
 * allows, the most important rows come first (direct before transient, runtime before development) and the
 * comment says how many were left out and where the full diff is. Never fails on size.
 */
export function renderDiffComment(diff: DependencyDiff, options: CommentOptions): string {
  const head = `${COMMENT_MARKER}\n### Dependency changes\n\n`;
  if (!diff.targetKnown) {
    return `${head}${escapeCell(diff.target)} has not been scanned by depindex yet, so there is nothing to compare with. The diff will show here once a pipeline on ${escapeCell(diff.target)} has run.\n`;
  }
  const { added, removed, upgraded, downgraded, changed } = diff.summary;
  const incomplete = incompleteNote(diff);
  if (added + removed + upgraded + downgraded + changed === 0) {
    return `${head}${incomplete}No dependency changes compared with ${escapeCell(diff.target)}${incomplete ? ' in the files both sides could read' : ''}.\n`;
  }
  const summary =
    `**${added} added, ${removed} removed, ${upgraded} upgraded, ${downgraded} downgraded${changed > 0 ? `, ${changed} changed in place` : ''}** ` +
    `in ${diff.files.length} dependency file${diff.files.length === 1 ? '' : 's'}, compared with ${escapeCell(diff.target)}.\n\n`;

  // The vulnerabilities column exists only when a GitLab DS report said something about a changed dependency.
  const withVulnerabilities = diff.files.some((f) => [...f.added, ...f.removed, ...f.changed.map((c) => c.dependency), ...f.modified.map((m) => m.dependency)].some((d) => d.vulnerabilities));
  const tableHeader = withVulnerabilities ? headerWithVulnerabilities : plainHeader;
  const tables = diff.files.map((f) => ({ file: f, rows: rowsOf(f, withVulnerabilities) }));
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const reserve = 400; // room for the "left out" line
  let budget = options.maxLength - head.length - summary.length - reserve;
  // Rows by priority over all files; a file's header costs its length once.
  const chosen = new Map<FileDiff, Row[]>();
  const order = tables.flatMap((t) => t.rows.map((r) => ({ file: t.file, row: r }))).sort((a, b) => a.row.priority - b.row.priority);
  const texts = new Map<Row, string>();
  let shown = 0;
  for (const { file, row } of order) {
    const text = row.render();
    const header = chosen.has(file) ? 0 : tableHeader(file).length;
    const cost = header + text.length;
    if (cost > budget) break;
    budget -= cost;
    texts.set(row, text);
    const rows = chosen.get(file);
    if (rows) rows.push(row);
    else chosen.set(file, [row]);
    shown++;
  }
  let body = '';
  for (const { file, rows } of tables) {
    if (!chosen.has(file)) continue;
    body += tableHeader(file) + rows.map((r) => texts.get(r) ?? '').join('') + '\n';
  }
  if (shown < total) {
    body += `_${total - shown} of ${total} changes are not shown here to stay within the comment size limit; the full diff is in ${escapeCell(options.fullDiffLocation)}._\n`;
  }
  return head + incomplete + summary + body;
}

/** Says which inputs could not be read, so that files left out are not taken for unchanged, added or removed. */
function incompleteNote(diff: DependencyDiff): string {
  const unread = diff.unread ?? [];
  if (unread.length === 0) return '';
  const shown = unread.slice(0, 5).map((u) => `${codeSpan(u.file, { maxLength: 120, inTable: false })} (${u.side === 'base' ? escapeCell(diff.target, 80) : 'this change'})`);
  const more = unread.length > shown.length ? ` and ${unread.length - shown.length} more` : '';
  return `> **The comparison is incomplete:** ${shown.join(', ')}${more} could not be read, so files without a counterpart on the other side are not listed as added or removed.\n\n`;
}

function plainHeader(file: FileDiff): string {
  return `#### ${codeSpan(file.file, { maxLength: 300, inTable: false })}\n\n| change | package | version | direct | scope | licenses | via |\n|---|---|---|---|---|---|---|\n`;
}

function headerWithVulnerabilities(file: FileDiff): string {
  return `#### ${codeSpan(file.file, { maxLength: 300, inTable: false })}\n\n| change | package | version | direct | scope | licenses | via | vulnerabilities |\n|---|---|---|---|---|---|---|---|\n`;
}

/** Lower numbers first: new vulnerabilities, direct before transient, runtime before development, then the kind of change. */
function priority(d: DiffDependency, kind: number): number {
  const direct = d.introduced === true ? 0 : d.introduced === null ? 1 : 2;
  const scope = d.development === true ? 1 : 0;
  // A row that brings a vulnerability in is what a reviewer must not miss when the comment is cut.
  const bringsVulnerability = (d.vulnerabilities?.new ?? d.vulnerabilities?.now ?? []).length > 0 ? 0 : 1;
  return bringsVulnerability * 1000 + direct * 100 + scope * 10 + kind;
}

function rowsOf(file: FileDiff, vulnerabilities: boolean): Row[] {
  const row = vulnerabilities ? rowWithVulnerabilities : plainRow;
  const rows: Row[] = [
    ...file.changed.map((c) => ({ priority: priority(c.dependency, c.direction === 'downgrade' ? 0 : 1), render: () => changeRow(c, row) })),
    // A checksum or source that changed under the same version is as telling as a downgrade: it comes as early.
    ...file.modified.map((m) => ({ priority: priority(m.dependency, 0), render: () => row('**changed in place**', m.dependency, modifiedCell(m)) })),
    ...file.added.map((d) => ({ priority: priority(d, 2), render: () => row('added', d, codeSpan(d.version)) })),
    ...file.removed.map((d) => ({ priority: priority(d, 3), render: () => row('removed', d, codeSpan(d.version)) })),
  ];
  // Stable: within one priority the file order (changed, added, removed by name) stays.
  return rows.sort((a, b) => a.priority - b.priority);
}

type RowRenderer = (change: string, d: DiffDependency, version: string) => string;

function changeRow(c: VersionChange, row: RowRenderer): string {
  const label = c.direction === 'downgrade' ? '**downgraded**' : c.direction === 'upgrade' ? 'upgraded' : 'changed';
  return row(label, c.dependency, `${codeSpan(c.from)} → ${codeSpan(c.to)}`);
}

function rowWithVulnerabilities(change: string, d: DiffDependency, version: string): string {
  return `${plainRow(change, d, version).slice(0, -1)} ${vulnerabilityCell(d.vulnerabilities)} |\n`;
}

function plainRow(change: string, d: DiffDependency, version: string): string {
  const direct = d.introduced === true ? 'direct' : d.introduced === false ? 'transitive' : '?';
  const scope = d.development === true ? 'development' : d.development === false ? 'runtime' : '?';
  const licenses = d.licenses === null ? '?' : d.licenses.length === 0 ? '–' : d.licenses.map((l) => codeSpan(l, { maxLength: 80 })).join(', ');
  const via = d.via ? d.via.map((n) => codeSpan(n, { maxLength: 80 })).join(' › ') : '';
  return `| ${change} | ${codeSpan(d.name)} | ${version} | ${direct} | ${scope} | ${licenses} | ${via} |\n`;
}
