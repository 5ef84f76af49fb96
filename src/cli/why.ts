import { explainWhy } from '../graph/why.js';
import { printable } from '../ingest/describe-unknown.js';
import { parseByteSize } from '../model/byte-size.js';
import type { DependencySet } from '../model/dependency-set.js';
import { renderWhyText } from '../report/why-text.js';
import { optionDefault } from '../run/options.js';
import { EXIT } from '../run/exit-codes.js';
import { readInputs } from '../run/scan.js';
import { DEFAULT_STORE, openStore } from '../store/open.js';
import { startCommand } from './args.js';
import type { Command, CommandIO } from './command.js';
import { storeSpecOf } from './option-catalog.js';
import { neutralizeCommands } from './summary.js';

const help = `Usage: depindex why [options] <package> <files or globs...>
       depindex why [options] <package> --project PATH --ref REF [--file PATH]

Prints the paths from introduced (direct) dependencies to a package, shortest first: from dependency files,
or from the graphs the index stored when the project was scanned (the same answer either way).
<package> is a name ("lodash", "@babel/core"), name@version, or a purl ("pkg:npm/lodash@4.17.21").

Options:
  --project PATH       answer from the index: this project (full path, group/subgroup/project)
  --ref REF            the branch or tag of the project (with --project)
  --file PATH          one dependency file of the project, by its path in it (with --project)
  --store STORE        sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                       (default $DEPINDEX_STORE, else ${DEFAULT_STORE})
  --max-paths N        Paths to show per dependency file (default 10); the rest are counted.
  --max-input-size S   Inputs larger than this are refused (default ${String(optionDefault('max-input-size'))}).
  -h, --help           Show this help.

Exit codes: 0 found; 1 the package is in none of the inputs (or the project's files at that ref); 2 an input
could not be read; 3 the index could not be read; 64 the command line is wrong.`;

const OPTIONS = {
  'max-paths': { type: 'string' },
  'max-input-size': { type: 'string' },
  project: { type: 'string' },
  ref: { type: 'string' },
  file: { type: 'string' },
  store: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const whyCommand: Command = {
  name: 'why',
  summary: 'Show why a package is in the dependencies: the paths from introduced dependencies to it',
  help,
  async run(args, io) {
    const start = startCommand('depindex why', args, OPTIONS, help, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    const text = (key: keyof typeof OPTIONS): string | undefined => (typeof values[key] === 'string' ? values[key] : undefined);
    const [query, ...patterns] = positionals;
    const project = text('project');
    const ref = text('ref');
    // Each message says only what is missing or wrong (issue 18).
    if (query === undefined) return usage('give the package to explain (a name, name@version or purl)');
    if (project === undefined && patterns.length === 0) {
      if (ref !== undefined || text('file') !== undefined) return usage('--ref and --file need --project');
      return usage(`give the dependency files to look in (depindex why ${printable(query, 100)} package-lock.json), or --project and --ref to answer from the index`);
    }
    if (project !== undefined && patterns.length > 0) return usage('give dependency files or --project, not both');
    if (project !== undefined && ref === undefined) return usage('--project needs --ref (the branch or tag to answer for)');
    const maxPathsText = text('max-paths') ?? '10';
    const maxPaths = Number(maxPathsText);
    if (!/^\d+$/.test(maxPathsText) || maxPaths < 1) return usage(`--max-paths takes a whole number of at least 1, got ${printable(maxPathsText, 40)}`);

    if (project !== undefined && ref !== undefined) {
      return fromIndex(io, { query, project, ref, file: text('file'), store: text('store'), maxPaths });
    }
    const maxInputText = text('max-input-size') ?? String(optionDefault('max-input-size'));
    const maxInputBytes = parseByteSize(maxInputText);
    if (maxInputBytes === null) return usage(`--max-input-size takes a size such as 50MB, got ${printable(maxInputText, 40)}`);
    const result = await readInputs({ patterns, cwd: io.cwd, maxInputBytes });
    for (const e of result.errors) io.stderr.write(`error: cannot read ${printable(e.file, 200)}: ${printable(e.message, 1000)}\n`);
    const found = answer(io, result.sets, query, maxPaths);
    if (result.errors.length > 0) return EXIT.input;
    return found ? EXIT.ok : 1;
  },
};

/** Prints the answers; true when the package was found. */
function answer(io: CommandIO, sets: readonly DependencySet[], query: string, maxPaths: number): boolean {
  const answers = explainWhy(sets, query, maxPaths);
  for (const a of answers) io.stdout.write(neutralizeCommands(renderWhyText(a)));
  if (answers.length === 0) io.stdout.write(`not found: ${printable(query, 200)} is not in ${sets.length} dependency file(s) read\n`);
  return answers.length > 0;
}

interface IndexQuery {
  readonly query: string;
  readonly project: string;
  readonly ref: string;
  readonly file: string | undefined;
  readonly store: string | undefined;
  readonly maxPaths: number;
}

/** The same answer from the graphs the index stored (issue 15); the index is only read. */
async function fromIndex(io: CommandIO, q: IndexQuery): Promise<number> {
  const opened = await openStore(storeSpecOf(q.store, io.env), { cwd: io.cwd, env: io.env, create: false });
  if (!opened.ok) {
    io.stderr.write(`depindex why: ${opened.error}\n`);
    return EXIT.output;
  }
  const store = opened.value;
  try {
    const loaded = await store.loadGraphs(q.project, q.ref, q.file);
    if (!loaded.ok) {
      io.stderr.write(`depindex why: ${loaded.error}\n`);
      return EXIT.output;
    }
    if (loaded.value.length === 0) {
      const what = q.file === undefined ? 'no dependency files' : `no dependency file ${printable(q.file, 200)}`;
      io.stdout.write(`not found: the index holds ${what} of ${printable(q.project, 200)} at ${printable(q.ref, 200)}\n`);
      return 1;
    }
    return answer(io, loaded.value, q.query, q.maxPaths) ? EXIT.ok : 1;
  } finally {
    await store.close();
  }
}
