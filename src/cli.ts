import type { Command, CommandIO } from './cli/command.js';
import { EXIT } from './run/exit-codes.js';
import { VERSION } from './version.js';

/**
 * Every subcommand, in `depindex --help` order. Modules load only when their command runs, so `--version`
 * and a plain scan do not pay for the Elasticsearch client or the ecosystem tables.
 */
export const commands: readonly { readonly name: string; readonly summary: string; load(): Promise<Command> }[] = [
  {
    name: 'scan',
    summary: 'Read scanner outputs and lock files; index them, diff with the target ref, write an SBOM and JSON',
    load: async () => (await import('./cli/scan.js')).scanCommand,
  },
  { name: 'why', summary: 'Show the paths from introduced dependencies to a package', load: async () => (await import('./cli/why.js')).whyCommand },
  {
    name: 'search',
    summary: 'Find dependencies in the index by name, version range, license, project, group or ref',
    load: async () => (await import('./cli/search.js')).searchCommand,
  },
  {
    name: 'findings',
    summary: 'List stored findings by project, group, ref, kind or severity',
    load: async () => (await import('./cli/findings.js')).findingsCommand,
  },
  {
    name: 'serve',
    summary: 'Serve the index API (JSON, OpenAPI) and the search page over a store, read-only',
    load: async () => (await import('./cli/serve.js')).serveCommand,
  },
  {
    name: 'export-sbom',
    summary: 'Write the CycloneDX SBOM of a project at a ref from the index',
    load: async () => (await import('./cli/export-sbom.js')).exportSbomCommand,
  },
  {
    name: 'config',
    summary: 'Print the configuration schema, or check .depindex.yml and print the effective configuration',
    load: async () => (await import('./cli/config.js')).configCommand,
  },
  {
    name: 'version',
    summary: 'Compare versions or test them against ranges, as each package type defines them',
    load: async () => (await import('./cli/version.js')).versionCommand,
  },
  {
    name: 'sync',
    summary: 'Sync package metadata (PMDB v2 advisories, licences, CVE enrichment; OSV) into the store',
    load: async () => (await import('./cli/sync.js')).syncCommand,
  },
  {
    name: 'rescan',
    summary: 'Evaluate stored sets against newly synced advisories, without a pipeline; notify',
    load: async () => (await import('./cli/rescan.js')).rescanCommand,
  },
  {
    name: 'prune',
    summary: 'Remove refs from the index: a deleted branch, or refs not scanned for a while',
    load: async () => (await import('./cli/prune.js')).pruneCommand,
  },
  {
    name: 'es',
    summary: 'Elasticsearch store administration (es setup: templates, indices, aliases)',
    load: async () => (await import('./cli/es.js')).esCommand,
  },
];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `depindex ${VERSION}: knows every dependency of every project on every branch.

Usage: depindex <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "depindex <command> --help" for a command's options. "depindex --version" prints the version.`;
}

/** The CLI: dispatches to a subcommand and returns the exit code. Input errors never escape as exceptions. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(VERSION + '\n');
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`depindex: unknown command "${name}".\n\n${usage()}\n`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (e) {
    // Only a depindex bug gets here; say so plainly. DEPINDEX_DEBUG shows the stack for the report.
    io.stderr.write(`depindex ${name}: internal error: ${(e as Error).message}\n`);
    if (io.env.DEPINDEX_DEBUG) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return 70;
  }
}
