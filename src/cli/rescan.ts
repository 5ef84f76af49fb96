import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sqlitePathOf, openMetadataStore } from '../metadata/store/open.js';
import { rescan } from '../metadata/rescan/rescan.js';
import { openSqliteRescanState } from '../metadata/rescan/sqlite-state.js';
import { storeFindingSink } from '../metadata/rescan/store-sink.js';
import { postNotifications, redactedUrl } from '../metadata/rescan/webhook.js';
import { writeFileAtomic } from '../metadata/rescan/write-atomic.js';
import { EXIT } from '../run/exit-codes.js';
import { DEFAULT_STORE, openStore, storeKindOf } from '../store/open.js';
import { startCommand } from './args.js';
import type { Command } from './command.js';
import { err, ok, type Result } from '../model/result.js';
import type { ElasticsearchMetadataStore } from '../metadata/store/elasticsearch/store.js';
import type { MetadataStore } from '../metadata/store/types.js';
import type { RefLister, RescanProgress } from '../metadata/rescan/types.js';

const help = `Usage: depindex rescan [--project PATH] [--group NAMESPACE] [--ref REF] [--default-branch]
                       [--exclude-development] [--notify-jsonl FILE] [--webhook URL] [--store STORE]

Evaluates the stored dependency sets against the advisories synced since each set was last evaluated, with no
pipeline: writes their vulnerability findings to the store and tells what is new, as JSON lines
{"kind": "new"|"updated"|"fixed-available", "project", "ref", "file", "purl", "advisory", "severity"}.

Options:
  --project, --group, --ref, --default-branch   which sets, as for search
  --exclude-development   leave development dependencies out
  --notify-jsonl FILE     write the notifications there (replaced whole) instead of stdout
  --webhook URL           also POST them as {"notifications": [...]}; a bearer token is read from
                          DEPINDEX_WEBHOOK_TOKEN, never from the command line
  --store STORE           sqlite:PATH or an Elasticsearch URL (default $DEPINDEX_STORE, else ${DEFAULT_STORE})

Exit codes: 0 done; 3 the store could not be read or written, or the webhook refused; 64 the command line was wrong.`;

/** The Elasticsearch RescanProgress, loaded only for an Elasticsearch store. */
async function elasticsearchState(metadata: MetadataStore): Promise<Result<RescanProgress & RefLister & { close(): void }>> {
  const { elasticsearchRescanState } = await import('../metadata/rescan/elasticsearch-state.js');
  return 'client' in metadata ? ok(elasticsearchRescanState(metadata as ElasticsearchMetadataStore)) : err('rescan: the store is not an Elasticsearch store');
}

export const rescanCommand: Command = {
  name: 'rescan',
  summary: 'Evaluate stored sets against newly synced advisories, without a pipeline; notify',
  help,
  async run(args, io) {
    const name = 'depindex rescan';
    const start = startCommand(name, args, {
      project: { type: 'string' },
      group: { type: 'string' },
      ref: { type: 'string' },
      'default-branch': { type: 'boolean' },
      'exclude-development': { type: 'boolean' },
      'notify-jsonl': { type: 'string' },
      webhook: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    }, help, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`unexpected argument "${positionals[0]}"`);
    const webhook = values.webhook as string | undefined;
    if (webhook !== undefined && !/^https?:\/\//i.test(webhook)) return usage(`--webhook ${redactedUrl(webhook)} is not an http(s) URL`);
    const spec = (values.store as string | undefined) ?? (io.env.DEPINDEX_STORE || DEFAULT_STORE);
    const kind = storeKindOf(spec);
    if (!kind.ok) return usage(kind.error);
    const path = sqlitePathOf(spec, io.cwd);
    if (path === ':memory:') return usage('rescan reads a stored index: sqlite::memory: holds none');

    // The index must exist (nothing to rescan otherwise), and is opened to write: the findings go into it.
    if (path !== null && !existsSync(path)) {
      io.stderr.write(`${name}: sqlite:${path} does not exist; scan or sync into it first\n`);
      return EXIT.output;
    }
    const index = await openStore(spec, { cwd: io.cwd, env: io.env });
    if (!index.ok) {
      io.stderr.write(`${name}: ${index.error}\n`);
      return EXIT.output;
    }
    const metadata = await openMetadataStore(spec, { cwd: io.cwd, env: io.env, create: false });
    // How far each set was evaluated: beside the metadata, in the same kind of store.
    const state = path !== null ? openSqliteRescanState(path) : metadata.ok ? await elasticsearchState(metadata.value) : metadata;
    try {
      if (!metadata.ok || !state.ok) {
        io.stderr.write(`${name}: ${!metadata.ok ? metadata.error : !state.ok ? state.error : ''}\n`);
        return EXIT.output;
      }
      const scope = {
        ...(values.project !== undefined && { project: values.project as string }),
        ...(values.group !== undefined && { group: values.group as string }),
        ...(values.ref !== undefined && { ref: values.ref as string }),
        ...(values['default-branch'] === true && { defaultBranchOnly: true }),
      };
      // Findings to the index's findings store (depindex findings, the API), progress beside the metadata.
      const sink = storeFindingSink(index.value, state.value);
      const outcome = await rescan(index.value, metadata.value, state.value, sink, { scope, includeDevelopment: values['exclude-development'] !== true });
      if (!outcome.ok) {
        io.stderr.write(`${name}: ${outcome.error}\n`);
        return EXIT.output;
      }
      const { notifications, sets, evaluated, findings } = outcome.value;
      const lines = notifications.map((n) => JSON.stringify(n) + '\n').join('');
      const target = values['notify-jsonl'] as string | undefined;
      if (target === undefined) io.stdout.write(lines);
      else {
        const written = await writeFileAtomic(resolve(io.cwd, target), lines);
        if (!written.ok) {
          io.stderr.write(`${name}: ${written.error}\n`);
          return EXIT.output;
        }
      }
      if (webhook !== undefined && notifications.length > 0) {
        const posted = await postNotifications(webhook, notifications, io.env.DEPINDEX_WEBHOOK_TOKEN || undefined);
        if (!posted.ok) {
          io.stderr.write(`${name}: ${posted.error}\n`);
          return EXIT.output;
        }
      }
      io.stderr.write(`${name}: ${sets} sets, ${evaluated} evaluated, ${findings} vulnerability findings, ${notifications.length} notifications.\n`);
      return EXIT.ok;
    } finally {
      if (metadata.ok) await metadata.value.close();
      if (state.ok) state.value.close();
      await index.value.close();
    }
  },
};
