import { parseWholeNumber } from '../model/whole-number.js';
import { planSync, runSync } from '../metadata/sync/run.js';
import { openMetadataStore } from '../metadata/store/open.js';
import { consoleReporter } from '../metadata/sync/progress.js';
import { EXIT } from '../run/exit-codes.js';
import { startCommand } from './args.js';
import type { Command } from './command.js';

const help = `Usage: depindex sync --source SOURCE [--source SOURCE ...] [--registry npm,pypi,...] [--store STORE]
       depindex sync --status [--json] [--store STORE]

Brings package metadata (advisories, licences, CVE enrichment) into the store, from exports laid out as
GitLab's Package Metadata Database v2 and from OSV records. Files after each checkpoint are read; an interrupted
sync resumes where it stopped. See the README, "Package metadata".

Options:
  --source PATH                   an offline mirror holding advisories/, licenses/, cve_enrichment/
  --source advisories=URL|PATH    one data type's bucket (GCS JSON listing API) or folder; likewise
                                  licenses=, cve_enrichment=
  --source osv=PATH               a folder of OSV JSON records or an osv.dev ecosystem all.zip
  --registry LIST                 purl types or registry ids to sync (npm,pypi,packagist ...); default all
  --store STORE                   as for scan (default sqlite:.depindex/index.db)
  --concurrency N                 HTTP requests in flight (default 4)
  --status                        print checkpoints and counts instead of syncing; --json for JSON
  -h, --help                      Show this help.

Exit codes: 0 synced (lines that did not parse are reported and skipped); 2 a source could not be read;
3 the store could not be written; 64 the command line was wrong.`;

export const syncCommand: Command = {
  name: 'sync',
  summary: 'Sync package metadata (PMDB v2 advisories, licences, CVE enrichment; OSV) into the store',
  help,
  async run(args, io) {
    const name = 'depindex sync';
    const start = startCommand(name, args, {
      source: { type: 'string', multiple: true },
      registry: { type: 'string', multiple: true },
      store: { type: 'string' },
      concurrency: { type: 'string' },
      status: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    }, help, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`unexpected argument "${positionals[0]}"`);
    const sources = (values.source as string[] | undefined) ?? [];
    if (values.json && !values.status) return usage('--json goes with --status');
    if (values.status && sources.length > 0) return usage('--status prints what is stored; give it without --source');
    if (!values.status && sources.length === 0) return usage('give at least one --source (or --status)');
    const concurrency = parseWholeNumber('--concurrency', values.concurrency as string | undefined, { fallback: 4, min: 1, max: 64 });
    if (!concurrency.ok) return usage(concurrency.error);
    const plan = values.status ? null : planSync(sources, (values.registry as string[] | undefined) ?? [], io.cwd, { concurrency: concurrency.value });
    if (plan && !plan.ok) return usage(plan.error);

    const store = await openMetadataStore(values.store as string | undefined, { cwd: io.cwd, env: io.env, create: !values.status });
    if (!store.ok) {
      io.stderr.write(`${name}: ${store.error}\n`);
      return values.status ? EXIT.input : EXIT.output;
    }
    try {
      if (values.status) {
        const status = await store.value.status();
        if (!status.ok) {
          io.stderr.write(`${name}: ${status.error}\n`);
          return EXIT.input;
        }
        const { checkpoints, counts } = status.value;
        if (values.json) {
          const json = { checkpoints: checkpoints.map((c) => ({ dataType: c.dataType, registry: c.registry, sequence: c.sequence, chunk: c.chunk, versionFormat: c.versionFormat })), counts };
          io.stdout.write(JSON.stringify(json) + '\n');
        } else {
          io.stdout.write(`Package metadata in ${store.value.location}\n`);
          io.stdout.write(`  advisories ${counts.advisories}, affected packages ${counts.affectedPackages}, licences ${counts.licenses}, CVE enrichment ${counts.cveEnrichment}\n`);
          if (checkpoints.length === 0) io.stdout.write('  no checkpoints yet\n');
          for (const c of checkpoints) io.stdout.write(`  ${c.dataType}/${c.versionFormat}/${c.registry}: sequence ${c.sequence}, chunk ${c.chunk}\n`);
        }
        return EXIT.ok;
      }
      const reporter = consoleReporter(io.stdout, io.stderr as typeof io.stderr & { isTTY?: boolean });
      const outcome = await runSync(plan!.value!, store.value, reporter);
      if (!outcome.ok) {
        io.stderr.write(`${name}: ${outcome.error.message}\n`);
        return outcome.error.kind === 'store' ? EXIT.output : EXIT.input;
      }
      const t = outcome.value;
      io.stdout.write(`Synced ${t.files} files, ${t.records} records${t.problems ? `; ${t.problems} lines skipped (reported above)` : ''}.\n`);
      return EXIT.ok;
    } finally {
      await store.value.close();
    }
  },
};
