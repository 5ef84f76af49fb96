import { EXIT } from '../run/exit-codes.js';
import { executeScan } from '../run/execute.js';
import { scanOptionSpecs, type OptionSpec } from '../run/options.js';
import { FILE_OUTPUTS, type RawScanOptions } from '../run/resolve-options.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { printable } from '../ingest/describe-unknown.js';
import { neutralizeCommands, renderScanOutcome } from './summary.js';

const flags = (scanOptionSpecs as readonly OptionSpec[]).filter((o) => o.name !== 'reports' && !o.actionOnly);

const help = `Usage: depindex scan [options] <files or globs...>

Reads scanner outputs (GitLab dependency scanning reports, CycloneDX and SPDX SBOMs, lock files), builds one
dependency set per dependency file, writes them into the index, compares them with the target ref, and
writes what you ask for.

Options:
${flags
  .map((o) => {
    const flag = `--${o.name}${o.kind === 'boolean' ? '' : ' ' + (o.kind === 'list' ? 'GLOB' : 'VALUE')}`;
    return `  ${flag.padEnd(24)} ${o.description}${o.default !== null && o.default !== false ? ` (default: ${String(o.default)})` : ''}`;
  })
  .join('\n')}
  -h, --help               Show this help.

--base may be repeated. An output file given as "-" (--sbom -, --json -) is written to standard output, and
this summary then goes to standard error. Checks and policies come from .depindex.yml (see "depindex config schema").
Exit codes: 0 all inputs read, outputs written, verdict pass or warn; 1 the verdict is fail (every output is
still written); 2 an input could not be read (the others are still processed and written); 3 an output or the
store could not be written; 64 the command line or the configuration is wrong. 3 wins over 2, 2 over 1.`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Read scanner outputs and lock files; index them, diff with the target ref, write an SBOM and JSON',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      ...Object.fromEntries(flags.map((o) => [o.name, o.kind === 'boolean' ? { type: 'boolean' } : o.kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' }])),
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
    const raw = { ...values, reports: positionals } as unknown as RawScanOptions;
    const executed = await executeScan(raw, { env: io.env, cwd: io.cwd, githubToken: null, now: new Date(), stdout: io.stdout });
    if (!executed.ok) {
      io.stderr.write(`depindex scan: ${executed.error}\nRun "depindex scan --help" for usage.\n`);
      return executed.exitCode;
    }
    // With an output on standard output ("--sbom -"), the summary goes to stderr so the output stays parseable.
    const toStdout = FILE_OUTPUTS.some((name) => values[name] === '-');
    (toStdout ? io.stderr : io.stdout).write(renderScanOutcome(executed.outcome, executed.commentReason));
    for (const warning of executed.warnings) io.stderr.write(neutralizeCommands(`warning: ${printable(warning, 1000)}\n`));
    for (const message of executed.outcome.outputErrors) io.stderr.write(`error: ${message}\n`);
    return executed.outcome.exitCode;
  },
};
