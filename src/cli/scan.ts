import { basename } from 'node:path';
import { parseByteSize } from '../ingest/load.js';
import { EXIT } from '../run/exit-codes.js';
import { optionDefault, optionFromEnv, scanOptionSpecs } from '../run/options.js';
import { runScanJob } from '../run/scan-job.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { renderScanSummary } from './summary.js';

const help = `Usage: depindex scan [options] <files or globs...>

Reads scanner outputs (GitLab dependency scanning reports, CycloneDX and SPDX SBOMs, lock files),
builds one dependency set per dependency file, and writes what you ask for.

Options:
${scanOptionSpecs
  .filter((o) => o.name !== 'reports')
  .map((o) => `  --${o.name.padEnd(16)} ${o.description}${o.default !== null ? ` (default: ${String(o.default)})` : ''}`)
  .join('\n')}
  -h, --help           Show this help.

Exit codes: 0 all inputs read; 2 an input could not be read (the others are still processed and
written); 3 an output could not be written; 1 reserved for policy failures.`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Read scanner outputs and lock files; write the dependency sets, an SBOM and a summary',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      sbom: { type: 'string' },
      json: { type: 'string' },
      project: { type: 'string' },
      ref: { type: 'string' },
      'max-input-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) {
      io.stderr.write(`depindex scan: ${parsed.error}\nRun "depindex scan --help" for usage.\n`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed.value;
    if (values.help) {
      io.stdout.write(help + '\n');
      return EXIT.ok;
    }
    if (positionals.length === 0) {
      io.stderr.write('depindex scan: name at least one input file or glob.\nRun "depindex scan --help" for usage.\n');
      return EXIT.usage;
    }
    const sizeText = (values['max-input-size'] as string | undefined) ?? String(optionDefault('max-input-size'));
    const maxInputBytes = parseByteSize(sizeText);
    if (maxInputBytes === null || maxInputBytes <= 0) {
      io.stderr.write(`depindex scan: --max-input-size "${sizeText}" is not a size (e.g. 256MiB, 1GiB)\n`);
      return EXIT.usage;
    }

    const outcome = await runScanJob({
      patterns: positionals,
      cwd: io.cwd,
      maxInputBytes,
      sbomPath: (values.sbom as string | undefined) ?? null,
      jsonPath: (values.json as string | undefined) ?? null,
      project: (values.project as string | undefined) ?? optionFromEnv('project', io.env) ?? basename(io.cwd),
      ref: (values.ref as string | undefined) ?? optionFromEnv('ref', io.env) ?? null,
    });
    io.stdout.write(renderScanSummary(outcome.result));
    for (const message of outcome.outputErrors) io.stderr.write(`error: ${message}\n`);
    return outcome.exitCode;
  },
};
