import { EXIT } from '../run/exit-codes.js';
import { openStore } from '../store/open.js';
import { withIntroducedBy } from '../store/introduced-by.js';
import { buildSearchQuery, type SearchFilters } from '../store/search-query.js';
import { startCommand } from './args.js';
import { FLAGS, flagLabel, helpLinesOf, parseOptionsOf, storeSpecOf, type FlagSpec } from './option-catalog.js';
import type { Command } from './command.js';
import { renderSearchJson, renderSearchTable } from './search-output.js';
import { neutralizeCommands } from './summary.js';

/** search's own flags; scope, paging, output and store flags are the shared ones (option-catalog.ts). */
const OWN: readonly FlagSpec[] = [
  {
    name: 'name',
    kind: 'string',
    value: 'NAME',
    description:
      'package name; canonical and case-insensitive (django finds Django,\nrequests_oauthlib finds requests-oauthlib); namespaced names as @scope/name,\ngroup:artifact or group/artifact; a Maven artifact id alone (log4j-core)',
  },
  { name: 'type', kind: 'string', value: 'TYPE', description: 'purl type: npm, pypi, maven, gem, golang, nuget, composer, cargo ...' },
  { name: 'version', kind: 'string', value: 'VERSION', description: 'exactly this version' },
  {
    name: 'range',
    kind: 'string',
    value: 'RANGE',
    description: 'versions in a range, in the ecosystem\'s own syntax; needs --type\n(npm "^4.17.0", pypi ">=2.0,<2.31", maven "[2.0,2.17.1)")',
  },
  { name: 'license', kind: 'string', value: 'ID', description: 'a license id, also found inside expressions (mit finds "MIT OR Apache-2.0")' },
  {
    name: 'advisory',
    kind: 'string',
    value: 'ID',
    description: 'dependencies an advisory affects (its id or an alias: CVE-..., GHSA-...),\nfrom the metadata `depindex sync` brought in; scope flags apply',
  },
  {
    name: 'added-since',
    kind: 'string',
    value: 'WHEN',
    description: 'first seen in its file since a date (2026-11-01, 2026-11-01T08:00:00Z) or\na duration back from now (12h, 7d, 2w)',
  },
  { name: 'exclude-development', kind: 'boolean', description: 'leave out development dependencies (those of unknown scope stay)' },
];
const FILE: FlagSpec = {
  name: 'file',
  kind: 'string',
  value: 'PATH|GLOB',
  description:
    "dependency files by path in the project or glob (web/package-lock.json,\n'**/yarn.lock'); a manifest finds its lock files too (Gemfile finds\nGemfile.lock, package.json finds package-lock.json, yarn.lock ...);\nmatching nothing is an empty answer",
};
const FLAG_LIST: readonly FlagSpec[] = [
  ...OWN,
  FLAGS.project,
  FLAGS.group,
  FLAGS.ref,
  FLAGS['default-branch'],
  FILE,
  FLAGS.limit,
  FLAGS.offset,
  { ...FLAGS.json, description: '{"total": N, "hits": [...]} instead of the table' },
  FLAGS.store,
];
const OPTIONS = parseOptionsOf(FLAG_LIST);

const HELP = `depindex search [NAME] [options]

Finds dependencies in the index: which projects use a package, at which versions, on which refs.

${helpLinesOf(FLAG_LIST, (f) => (f.name === 'name' ? `NAME, ${flagLabel(f)}` : flagLabel(f)))}

Hits are sorted by project, ref, file, name and version. The table's DEPENDENCY column says whether the project
asks for the package itself (direct) or gets it through another package (transitive); ? when the file cannot
tell. Exit codes: 0 answered (also with no hits), 3 the index could not be read, 64 the command line is wrong.
`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'find dependencies in the index by name, version range, license, project, group or ref',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex search', args, OPTIONS, HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 1) return usage(`one package name at most, got ${positionals.length}: ${positionals.join(' ')}`);
    const string = (key: string): string | undefined => {
      const value = values[key];
      return typeof value === 'string' ? value : undefined;
    };
    const positional = positionals[0];
    if (positional !== undefined && string('name') !== undefined) return usage('give the name once: as NAME or as --name');
    const name = positional ?? string('name');

    const filters: SearchFilters = {
      ...(name !== undefined && { name }),
      ...(string('type') !== undefined && { type: string('type') }),
      ...(string('version') !== undefined && { version: string('version') }),
      ...(string('range') !== undefined && { range: string('range') }),
      ...(string('license') !== undefined && { license: string('license') }),
      ...(string('advisory') !== undefined && { advisory: string('advisory') }),
      ...(string('added-since') !== undefined && { addedSince: string('added-since') }),
      ...(values['exclude-development'] === true && { excludeDevelopment: true }),
      ...(string('project') !== undefined && { project: string('project') }),
      ...(string('group') !== undefined && { group: string('group') }),
      ...(string('ref') !== undefined && { ref: string('ref') }),
      ...(values['default-branch'] === true && { defaultBranch: true }),
      ...(string('file') !== undefined && { file: string('file') }),
      ...(string('limit') !== undefined && { limit: string('limit') }),
      ...(string('offset') !== undefined && { offset: string('offset') }),
    };
    const query = buildSearchQuery(filters, new Date());
    if (!query.ok) return usage(query.error);

    const spec = storeSpecOf(string('store'), io.env);
    const opened = await openStore(spec, { cwd: io.cwd, env: io.env, create: false });
    if (!opened.ok) {
      io.stderr.write(`depindex search: ${opened.error}\n`);
      return EXIT.output;
    }
    const store = opened.value;
    try {
      const { advisory } = query.value;
      // An advisory is looked up in the package metadata beside the index (metadata/search/advisory-search.ts).
      const found = advisory !== undefined
        ? await (await import('./search-advisory.js')).searchAdvisory(advisory, query.value, spec, store, io)
        : await store.search(query.value);
      // The JSON says which introduced dependencies bring each hit in; read for this page's sets only.
      const result = found.ok && values.json === true ? await withIntroducedBy(store, found.value) : found;
      if (!result.ok) {
        io.stderr.write(`depindex search: ${result.error}\n`);
        return EXIT.output;
      }
      io.stdout.write(values.json ? renderSearchJson(result.value, query.value) : neutralizeCommands(renderSearchTable(result.value, query.value)));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
