import { EXIT } from '../run/exit-codes.js';
import { DEFAULT_STORE, openStore } from '../store/open.js';
import { buildSearchQuery, DEFAULT_LIMIT, MAX_LIMIT, type SearchFilters } from '../store/search-query.js';
import { startCommand } from './args.js';
import { storeSpecOf } from './option-catalog.js';
import type { Command } from './command.js';
import { renderSearchJson, renderSearchTable } from './search-output.js';
import { neutralizeCommands } from './summary.js';

const HELP = `depindex search [NAME] [options]

Finds dependencies in the index: which projects use a package, at which versions, on which refs.

  NAME, --name NAME        package name; canonical and case-insensitive (django finds Django,
                           requests_oauthlib finds requests-oauthlib); namespaced names as @scope/name,
                           group:artifact or group/artifact; a Maven artifact id alone (log4j-core)
  --type TYPE              purl type: npm, pypi, maven, gem, golang, nuget, composer, cargo ...
  --version VERSION        exactly this version
  --range RANGE            versions in a range, in the ecosystem's own syntax; needs --type
                           (npm "^4.17.0", pypi ">=2.0,<2.31", maven "[2.0,2.17.1)")
  --license ID             a license id, also found inside expressions (mit finds "MIT OR Apache-2.0")
  --advisory ID            dependencies an advisory affects (its id or an alias: CVE-..., GHSA-...),
                           from the metadata \`depindex sync\` brought in; scope flags apply
  --added-since WHEN       first seen in its file since a date (2026-11-01, 2026-11-01T08:00:00Z) or
                           a duration back from now (12h, 7d, 2w)
  --exclude-development    leave out development dependencies (those of unknown scope stay)
  --project PATH           one project, by full path (group/subgroup/project)
  --group NAMESPACE        projects under a group or subgroup (acme, acme/web)
  --ref REF                one branch or tag
  --default-branch         default branches only
  --file PATH|GLOB         dependency files by path in the project or glob (web/package-lock.json,
                           '**/yarn.lock'); a manifest finds its lock files too (Gemfile finds
                           Gemfile.lock, package.json finds package-lock.json, yarn.lock ...);
                           matching nothing is an empty answer
  --limit N                hits per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})
  --offset N               hits to skip, for the next pages
  --json                   {"total": N, "hits": [...]} instead of the table
  --store STORE            sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                           (default $DEPINDEX_STORE, else ${DEFAULT_STORE})

Hits are sorted by project, ref, file, name and version. Exit codes: 0 answered (also with no hits),
3 the index could not be read, 64 the command line is wrong.
`;

const OPTIONS = {
  name: { type: 'string' },
  type: { type: 'string' },
  version: { type: 'string' },
  range: { type: 'string' },
  license: { type: 'string' },
  advisory: { type: 'string' },
  'added-since': { type: 'string' },
  'exclude-development': { type: 'boolean' },
  project: { type: 'string' },
  group: { type: 'string' },
  ref: { type: 'string' },
  'default-branch': { type: 'boolean' },
  file: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
  store: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const searchCommand: Command = {
  name: 'search',
  summary: 'find dependencies in the index by name, version range, license, project, group or ref',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex search', args, OPTIONS, HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 1) return usage(`one package name at most, got ${positionals.length}: ${positionals.join(' ')}`);
    const string = (key: keyof typeof OPTIONS): string | undefined => {
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
    const advisory = string('advisory');
    if (advisory !== undefined && (name !== undefined || filters.version !== undefined || filters.range !== undefined)) {
      return usage('--advisory names the packages and versions itself: leave out NAME, --version and --range');
    }
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
      if (advisory !== undefined) {
        const { runAdvisorySearch } = await import('./search-advisory.js');
        return await runAdvisorySearch(advisory, query.value, spec, store, io, values.json === true);
      }
      const result = await store.search(query.value);
      if (!result.ok) {
        io.stderr.write(`depindex search: ${result.error}\n`);
        return EXIT.output;
      }
      io.stdout.write(values.json ? renderSearchJson(result.value) : neutralizeCommands(renderSearchTable(result.value, query.value)));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
