import { printable } from '../ingest/describe-unknown.js';
import { EXIT } from '../run/exit-codes.js';
import { openStore } from '../store/open.js';
import { parseAddedSince } from '../store/search-query.js';
import type { PrunedRef, PruneRequest } from '../store/store.js';
import { startCommand } from './args.js';
import type { CommandIO } from './command.js';
import type { Command } from './command.js';
import { FLAGS, helpLinesOf, parseOptionsOf, storeSpecOf, type FlagSpec } from './option-catalog.js';
import { neutralizeCommands } from './summary.js';

const PRUNE_FLAGS: readonly FlagSpec[] = [
  { ...FLAGS.project, description: 'the project, by full path (needed with --ref)' },
  { ...FLAGS.ref, description: 'remove this branch or tag of --project' },
  FLAGS['older-than'],
  FLAGS['keep-default-branch'],
  FLAGS['keep-tags'],
  FLAGS['dry-run'],
  { ...FLAGS.json, description: '{"dryRun": ..., "refs": [...]} instead of lines' },
  FLAGS.store,
];

const HELP = `Usage: depindex prune --project P --ref R [options]
       depindex prune --older-than 90d [--project P] [--keep-default-branch] [--keep-tags] [options]

Removes refs from the index: their dependency sets, dependencies and findings. A deleted branch goes with
--project and --ref (the action does it on GitHub's delete event); refs nobody scans any more go with
--older-than, which looks at each ref's latest scan of any file.
README: "Complete scans, partial scans and pruning".

Options:
${helpLinesOf(PRUNE_FLAGS)}
  -h, --help               Show this help.

A ref that is not in the index is said so, and is not an error. Exit codes: 0 done (also when nothing
matched), 3 the index could not be opened or written, 64 the command line is wrong.`;

/** What to remove, from the flags; a message for the usage line when they do not make sense together. */
export function pruneRequestOf(values: Record<string, unknown>, now: Date): { ok: true; value: PruneRequest } | { ok: false; error: string } {
  const text = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const project = text('project')?.replace(/^\/+|\/+$/g, '');
  const ref = text('ref');
  const olderThanText = text('older-than');
  if (project === '' || ref === '') return { ok: false, error: '--project and --ref need a value' };
  if (ref !== undefined && project === undefined) return { ok: false, error: '--ref needs --project: a ref name alone would match every project' };
  if (ref === undefined && olderThanText === undefined) return { ok: false, error: 'say what to remove: --project P --ref R, or --older-than 90d' };
  const keepDefaultBranch = values['keep-default-branch'] === true;
  const keepTags = values['keep-tags'] === true;
  if ((keepDefaultBranch || keepTags) && olderThanText === undefined) return { ok: false, error: '--keep-default-branch and --keep-tags go with --older-than' };
  let olderThan: Date | undefined;
  if (olderThanText !== undefined) {
    const parsed = parseAddedSince(olderThanText, now);
    if (!parsed.ok) return { ok: false, error: `--older-than "${olderThanText.trim()}" is neither a duration back from now (90d, 12w, 36h) nor a date (2026-01-31, 2026-01-31T08:00:00Z)` };
    olderThan = parsed.value;
  }
  return {
    ok: true,
    value: {
      ...(project !== undefined && { project }),
      ...(ref !== undefined && { ref }),
      ...(olderThan && { olderThan }),
      ...(keepDefaultBranch && { keepDefaultBranch }),
      ...(keepTags && { keepTags }),
      ...(values['dry-run'] === true && { dryRun: true }),
    },
  };
}

function describe(r: PrunedRef): string {
  const kind = r.defaultBranch ? 'default branch' : r.refType;
  return `${printable(r.project, 200)} at ${printable(r.ref, 200)} (${kind}, last scanned ${r.lastScannedAt}, ${r.files.length} set(s): ${r.files.map((f) => printable(f, 200)).join(', ')})`;
}

/**
 * Runs a prune against the store `storeSpec` names, writing what happened to `io`. Shared by the CLI and the
 * action's delete-event mode (src/main.ts). Lines start with depindex's own words; names from the index are
 * printable() (they came from a checkout).
 */
export async function runPrune(request: PruneRequest, storeSpec: string, io: Pick<CommandIO, 'stdout' | 'stderr' | 'env' | 'cwd'>, json: boolean): Promise<number> {
  // A typo in the path says "no index there" rather than pruning a new empty one.
  const opened = await openStore(storeSpec, { cwd: io.cwd, env: io.env, mustExist: true });
  if (!opened.ok) {
    io.stderr.write(`depindex prune: ${opened.error}\n`);
    return EXIT.output;
  }
  const store = opened.value;
  try {
    const pruned = await store.prune(request);
    if (!pruned.ok) {
      io.stderr.write(`depindex prune: ${pruned.error}\n`);
      return EXIT.output;
    }
    const refs = pruned.value;
    if (json) {
      io.stdout.write(JSON.stringify({ dryRun: request.dryRun === true, refs }, null, 2) + '\n');
      return EXIT.ok;
    }
    const lines: string[] = [];
    if (refs.length === 0) {
      lines.push(
        request.ref !== undefined
          ? `depindex prune: ${printable(request.project ?? '', 200)} has no ref ${printable(request.ref, 200)} in ${store.location}${request.olderThan ? ' scanned before then' : ''}; nothing removed`
          : `depindex prune: no ref matches in ${store.location}; nothing removed`,
      );
    }
    for (const r of refs) lines.push(`${request.dryRun ? 'would remove' : 'removed'} ${describe(r)}`);
    if (refs.length > 0) lines.push(`depindex prune: ${refs.length} ref(s) ${request.dryRun ? 'would be removed (dry run: nothing was)' : 'removed'}`);
    io.stdout.write(neutralizeCommands(lines.join('\n') + '\n'));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const pruneCommand: Command = {
  name: 'prune',
  summary: 'Remove refs from the index: a deleted branch, or refs not scanned for a while',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex prune', args, parseOptionsOf(PRUNE_FLAGS), HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`prune takes no arguments, got: ${positionals.join(' ')}`);
    const request = pruneRequestOf(values, new Date());
    if (!request.ok) return usage(request.error);
    return runPrune(request.value, storeSpecOf(values.store, io.env), io, values.json === true);
  },
};
