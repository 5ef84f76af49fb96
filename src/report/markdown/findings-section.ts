import type { Finding } from '../../model/finding.js';
import type { Verdict } from '../../model/verdict.js';
import { escapeCell } from './escape.js';

export interface FindingsSectionOptions {
  /** Characters the section may take; rows that do not fit are counted, not shown. */
  readonly maxLength: number;
  /** Where every finding is ("the findings JSON (findings.json)"). */
  readonly fullLocation: string;
}

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

/**
 * The findings part of the comment and job summary: the verdict, new findings first grouped by the introduced
 * dependency that brings them in, then counts of existing and suppressed ones. Every cell is escaped; rows that
 * would pass `maxLength` are left out and counted. Empty when there is nothing to say.
 */
export function renderFindingsSection(findings: readonly Finding[], verdict: Verdict, options: FindingsSectionOptions): string {
  if (findings.length === 0) return '';
  const active = findings.filter((f) => !f.suppressed);
  const fresh = active.filter((f) => f.new);
  const existing = active.length - fresh.length;
  const suppressed = findings.length - active.length;
  let text = `### depindex findings: ${VERDICT_WORDS[verdict]}\n\n`;
  text += `${fresh.length} new, ${existing} existing, ${suppressed} suppressed.\n\n`;
  const footer = (hidden: number) => (hidden > 0 ? `\n_${hidden} more new findings are not shown here to stay within the size limit; all are in ${escapeCell(options.fullLocation)}._\n` : '');
  if (fresh.length === 0) return text.length <= options.maxLength ? text : '';

  const groups = new Map<string, Finding[]>();
  for (const f of fresh) {
    const by = f.introducedBy.length > 0 ? f.introducedBy.map((p) => shortPurl(p)).join(', ') : 'unknown introduced dependency';
    const list = groups.get(by);
    if (list) list.push(f);
    else groups.set(by, [f]);
  }
  const reserve = footer(fresh.length).length;
  let shown = 0;
  for (const [by, list] of groups) {
    const head = `#### via ${escapeCell(by, 300)}\n\n| severity | kind | package | version | file | what to do |\n|---|---|---|---|---|---|\n`;
    if (text.length + head.length + reserve > options.maxLength) break;
    let body = '';
    for (const f of list) {
      const row = `| ${f.severity} | ${f.kind} | ${escapeCell(f.name, 200)} | ${escapeCell(f.version, 80)} | ${escapeCell(f.file, 200)} | ${escapeCell(f.message, 600)} |\n`;
      if (text.length + head.length + body.length + row.length + reserve > options.maxLength) break;
      body += row;
      shown++;
    }
    if (body === '') break;
    text += `${head}${body}\n`;
  }
  text += footer(fresh.length - shown);
  return text.length <= options.maxLength ? text : '';
}

function shortPurl(purl: string): string {
  return purl.replace(/^pkg:/, '');
}
