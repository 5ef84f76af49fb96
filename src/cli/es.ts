import { parseArgs } from 'node:util';
import type { Command, CommandIO } from './command.js';
import { parseWholeNumber } from '../model/whole-number.js';
import { EXIT } from '../run/exit-codes.js';
import { ES_SCHEMA_VERSION } from '../store/elasticsearch/schema-version.js';
import { FLAGS, helpLinesOf, parseOptionsOf, type FlagSpec } from './option-catalog.js';
import { elasticsearchOptionsFromEnv, isElasticsearchLocation, openElasticsearchStore } from '../store/elasticsearch/open.js';
import { openElasticsearchMetadataStore } from '../metadata/store/elasticsearch/store.js';

/** es setup's own flags; --store is the one every index command shares (option-catalog.ts). */
const SETUP_FLAGS: readonly FlagSpec[] = [
  { ...FLAGS.store, value: 'URL', description: 'Elasticsearch URL (https://es.example:9200) or elastic-cloud:<cloud id>; default $DEPINDEX_STORE' },
  {
    name: 'shards',
    kind: 'string',
    value: 'N',
    description: 'primary shards of the dependencies index when it is created (default 1; an instance of 10^5 projects wants 16-32: README "The index")',
  },
  { name: 'replicas', kind: 'string', value: 'N', description: 'replicas of each shard (default 1)' },
  { name: 'prefix', kind: 'string', value: 'NAME', description: 'index name prefix (default depindex)' },
];

const HELP = `depindex es setup [--store URL] [--shards N] [--replicas N] [--prefix NAME]

Creates what the Elasticsearch store needs: the index templates (explicit mappings), the versioned indices
and the aliases readers and writers use (dependencies, sets, findings and the package metadata of
"depindex sync"). Safe to run again: existing indices and aliases are kept, templates
are brought up to date. A scan creates them on its first write too; run this to choose the shard count.

${helpLinesOf(SETUP_FLAGS)}

Credentials come from the environment, never the command line:
  DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (PEM file of the
  CA that signed the server's certificate); DEPINDEX_ES_CLOUD_ID instead of a URL.
`;

async function setup(args: readonly string[], io: CommandIO): Promise<number> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: parseOptionsOf(SETUP_FLAGS),
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.stderr.write(`depindex es setup: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  if (values['help']) {
    io.stdout.write(HELP);
    return 0;
  }
  const env = elasticsearchOptionsFromEnv(io.env);
  const store = (values['store'] as string | undefined) ?? io.env['DEPINDEX_STORE'] ?? (env.cloudId ? 'elastic-cloud:' + env.cloudId : undefined);
  if (!store) {
    io.stderr.write('depindex es setup: say which Elasticsearch with --store URL (or DEPINDEX_STORE)\n');
    return EXIT.usage;
  }
  if (!isElasticsearchLocation(store)) {
    io.stderr.write(`depindex es setup: "${store}" is not an Elasticsearch location (http(s)://host:port or elastic-cloud:<id>)\n`);
    return EXIT.usage;
  }
  const shards = parseWholeNumber('--shards', values['shards'] as string | undefined, { fallback: undefined, min: 1 });
  const replicas = parseWholeNumber('--replicas', values['replicas'] as string | undefined, { fallback: undefined, min: 0 });
  for (const parsed of [shards, replicas]) {
    if (!parsed.ok) {
      io.stderr.write(`depindex es setup: ${parsed.error}\n`);
      return EXIT.usage;
    }
  }

  const opened = await openElasticsearchStore(store, {
    env: io.env,
    cwd: io.cwd,
    ...(shards.ok && shards.value !== undefined ? { shards: shards.value } : {}),
    ...(replicas.ok && replicas.value !== undefined ? { replicas: replicas.value } : {}),
    ...(values['prefix'] ? { indexPrefix: values['prefix'] as string } : {}),
  });
  if (!opened.ok) {
    io.stderr.write(`depindex es setup: ${opened.error}\n`);
    return 1;
  }
  try {
    const report = await opened.value.setup();
    if (!report.ok) {
      io.stderr.write(`depindex es setup: ${report.error}\n`);
      return 1;
    }
    // The package metadata's indices (depindex sync) are made here too, with the same prefix and replicas.
    const metadata = await openElasticsearchMetadataStore(store, {
      cwd: io.cwd,
      env: io.env,
      elasticsearch: {
        ...(replicas.ok && replicas.value !== undefined ? { replicas: replicas.value } : {}),
        ...(values['prefix'] ? { indexPrefix: values['prefix'] as string } : {}),
      },
    });
    const metadataReport = metadata.ok ? await metadata.value.setup() : metadata;
    if (metadata.ok) await metadata.value.close();
    if (!metadataReport.ok) {
      io.stderr.write(`depindex es setup: ${metadataReport.error}\n`);
      return 1;
    }
    const templates = [...report.value.templates, ...metadataReport.value.templates];
    const createdIndices = [...report.value.createdIndices, ...metadataReport.value.createdIndices];
    const aliases: Record<string, string> = { ...report.value.aliases, ...metadataReport.value.aliases };
    io.stdout.write(`index templates: ${templates.join(', ')}\n`);
    io.stdout.write(`indices created: ${createdIndices.length > 0 ? createdIndices.join(', ') : 'none (all existed)'}\n`);
    for (const alias of Object.keys(aliases).sort()) io.stdout.write(`alias ${alias} -> ${aliases[alias]}\n`);
    // An index from an older depindex is upgraded here too, so an operator can do it before the next scan.
    const upgraded = await opened.value.upgradeSchema();
    if (!upgraded.ok) {
      io.stderr.write(`depindex es setup: ${upgraded.error}\n`);
      return 1;
    }
    if (upgraded.value !== null) io.stdout.write(`store schema upgraded from ${upgraded.value} to ${ES_SCHEMA_VERSION}\n`);
    return 0;
  } finally {
    await opened.value.close();
  }
}

export const esCommand: Command = {
  name: 'es',
  summary: 'Elasticsearch store administration (es setup: templates, indices, aliases)',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'setup') return setup(rest, io);
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout.write(HELP);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    }
    io.stderr.write(`depindex es: unknown subcommand "${sub}"; try "depindex es setup --help"\n`);
    return EXIT.usage;
  },
};
