import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EXIT } from '../run/exit-codes.js';
import { sbomFromIndex } from '../report/cyclonedx/from-index.js';
import { DEFAULT_STORE, openStore } from '../store/open.js';
import { startCommand } from './args.js';
import type { Command } from './command.js';

const HELP = `depindex export-sbom --project PATH --ref REF [options]

Writes the CycloneDX 1.6 SBOM of a project at a ref from the index: the same document \`scan --sbom\`
writes, built from what the last scans stored (the index keeps no dependency graph yet, so the SBOM
lists components and the project's direct dependencies, without edges between components).

  --project PATH     the project, by full path (group/subgroup/project)
  --ref REF          the branch or tag
  --output FILE      write here (replaced whole, never half-written) instead of standard output
  --store STORE      sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                     (default $DEPINDEX_STORE, else ${DEFAULT_STORE})

Exit codes: 0 written, 3 the index could not be read, holds nothing for that project and ref, or the
file could not be written, 64 the command line is wrong.
`;

const OPTIONS = {
  project: { type: 'string' },
  ref: { type: 'string' },
  output: { type: 'string' },
  store: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Temp file beside the target, synced, then renamed over it: a reader sees the old file or the whole new one. */
async function writeAtomically(path: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(temp, 'w');
  try {
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= 1 << 20) {
        await file.write(buffer);
        buffer = '';
      }
    }
    await file.write(buffer);
    await file.sync();
    await file.close();
    await rename(temp, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
}

export const exportSbomCommand: Command = {
  name: 'export-sbom',
  summary: 'write the CycloneDX SBOM of a project at a ref from the index',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex export-sbom', args, OPTIONS, HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`unexpected argument "${positionals[0]}"`);
    const project = typeof values.project === 'string' ? values.project.trim() : '';
    const ref = typeof values.ref === 'string' ? values.ref.trim() : '';
    if (!project) return usage('--project is required');
    if (!ref) return usage('--ref is required');
    const output = typeof values.output === 'string' ? values.output : undefined;
    if (output === '') return usage('--output is empty');

    const spec = (typeof values.store === 'string' ? values.store : undefined) ?? (io.env.DEPINDEX_STORE || DEFAULT_STORE);
    const opened = await openStore(spec, { cwd: io.cwd, env: io.env, readOnly: true });
    if (!opened.ok) {
      io.stderr.write(`depindex export-sbom: ${opened.error}\n`);
      return EXIT.output;
    }
    const store = opened.value;
    try {
      const sbom = await sbomFromIndex(store, project, ref, new Date());
      if (!sbom.ok) {
        io.stderr.write(`depindex export-sbom: ${sbom.error}\n`);
        return EXIT.output;
      }
      if (sbom.value === null) {
        io.stderr.write(`depindex export-sbom: ${store.location} holds no sets of project "${project}" at ref "${ref}"\n`);
        return EXIT.output;
      }
      if (output === undefined) {
        for (const piece of sbom.value) io.stdout.write(piece);
        return EXIT.ok;
      }
      try {
        await writeAtomically(resolve(io.cwd, output), sbom.value);
      } catch (e) {
        io.stderr.write(`depindex export-sbom: cannot write ${output}: ${(e as Error).message}\n`);
        return EXIT.output;
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
