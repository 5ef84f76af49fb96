import { parseWholeNumber } from '../model/whole-number.js';
import { printable } from '../ingest/describe-unknown.js';
import { SEVERITIES, type FindingKind, type Severity } from '../model/finding.js';
import { storedFindingJson } from '../report/findings/stored-json.js';
import { EXIT } from '../run/exit-codes.js';
import { openStore } from '../store/open.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/search-query.js';
import type { FindingsQuery, FindingsResult } from '../store/store.js';
import { startCommand } from './args.js';
import type { Command } from './command.js';
import { FLAGS, helpLinesOf, parseOptionsOf, storeSpecOf, type FlagSpec } from './option-catalog.js';
import { neutralizeCommands } from './summary.js';

const KINDS: readonly FindingKind[] = ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'];

const OWN: readonly FlagSpec[] = [
  { name: 'kind', kind: 'string', value: 'KIND', description: KINDS.join(', ') },
  { name: 'severity', kind: 'string', value: 'SEVERITY', description: 'this severity or worse: critical, high, medium, low, info' },
  { name: 'suppressed', kind: 'boolean', description: 'also list findings an exception suppresses' },
];
const FLAG_LIST: readonly FlagSpec[] = [FLAGS.project, FLAGS.group, FLAGS.ref, FLAGS['default-branch'], ...OWN, FLAGS.limit, FLAGS.offset, FLAGS.json, FLAGS.store];

const HELP = `depindex findings [options]

Lists the findings stored with the scans (checks and policies of .depindex.yml), with when each was first seen.

${helpLinesOf(FLAG_LIST)}

Sorted by project, ref, severity (most severe first), kind, file and package. Exit codes: 0 answered (also with
no findings), 3 the index could not be read, 64 the command line is wrong.
`;

export const findingsCommand: Command = {
  name: 'findings',
  summary: 'List stored findings by project, group, ref, kind or severity',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex findings', args, parseOptionsOf(FLAG_LIST), HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`no positional arguments, got: ${positionals.join(' ')}`);
    const text = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const kind = text('kind');
    if (kind !== undefined && !KINDS.includes(kind as FindingKind)) return usage(`--kind "${kind}" is not one of ${KINDS.join(', ')}`);
    const severity = text('severity');
    if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) return usage(`--severity "${severity}" is not one of ${SEVERITIES.join(', ')}`);
    const limit = parseWholeNumber('--limit', text('limit'), { fallback: DEFAULT_LIMIT, min: 1, max: MAX_LIMIT });
    if (!limit.ok) return usage(limit.error);
    const offset = parseWholeNumber('--offset', text('offset'), { fallback: 0, min: 0 });
    if (!offset.ok) return usage(offset.error);
    const query: FindingsQuery = {
      ...(text('project') !== undefined && { project: text('project') }),
      ...(text('group') !== undefined && { group: text('group')?.replace(/^\/+|\/+$/g, '') }),
      ...(text('ref') !== undefined && { ref: text('ref') }),
      ...(values['default-branch'] === true && { defaultBranchOnly: true }),
      ...(kind !== undefined && { kind: kind as FindingKind }),
      ...(severity !== undefined && { severity: severity as Severity }),
      includeSuppressed: values.suppressed === true,
      limit: limit.value,
      offset: offset.value,
    };
    const opened = await openStore(storeSpecOf(text('store'), io.env), { cwd: io.cwd, env: io.env, create: false });
    if (!opened.ok) {
      io.stderr.write(`depindex findings: ${opened.error}\n`);
      return EXIT.output;
    }
    try {
      const result = await opened.value.searchFindings(query);
      if (!result.ok) {
        io.stderr.write(`depindex findings: ${result.error}\n`);
        return EXIT.output;
      }
      io.stdout.write(values.json ? renderJson(result.value) : neutralizeCommands(renderTable(result.value, offset.value)));
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};

function renderJson(result: FindingsResult): string {
  return JSON.stringify({ total: result.total, hits: result.hits.map(storedFindingJson) }, null, 2) + '\n';
}

function renderTable(result: FindingsResult, offset: number): string {
  if (result.total === 0) return 'no findings match.\n';
  const lines = result.hits.map(
    (h) =>
      `${h.severity.padEnd(8)} ${h.kind.padEnd(17)} ${printable(h.project, 60)} @ ${printable(h.ref, 40)}  ${printable(h.name, 60)} ${printable(h.version, 30)}  ` +
      `${printable(h.file, 60)}  first seen ${h.firstSeenAt.slice(0, 10)}${h.suppressed ? '  (suppressed)' : ''}`,
  );
  lines.push(`${offset + 1}-${offset + result.hits.length} of ${result.total} findings`);
  return lines.join('\n') + '\n';
}
