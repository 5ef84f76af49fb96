import { stringify } from 'yaml';
import { loadConfig } from '../config/load.js';
import { configSchema } from '../config/schema.js';
import { EXIT } from '../run/exit-codes.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

const help = `Usage: depindex config schema
       depindex config check [--config FILE]

schema   Print the JSON Schema of .depindex.yml (the one truth: it validates the file and holds the defaults).
check    Validate the configuration (.depindex.yml at the current folder, or --config FILE) and print the
         effective configuration, every default filled in, as YAML. Exit 64 with the key and line when wrong.

Options:
  --config FILE            The configuration file (default: .depindex.yml).
  -h, --help               Show this help.`;

export const configCommand: Command = {
  name: 'config',
  summary: 'Print the configuration schema, or check .depindex.yml and print the effective configuration',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (!parsed.ok) {
      io.stderr.write(`depindex config: ${parsed.error}\nRun "depindex config --help" for usage.\n`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed.value;
    if (values.help) {
      io.stdout.write(help + '\n');
      return EXIT.ok;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'schema' && action !== 'check')) {
      io.stderr.write(`depindex config: say "schema" or "check"\nRun "depindex config --help" for usage.\n`);
      return EXIT.usage;
    }
    if (action === 'schema') {
      io.stdout.write(JSON.stringify(configSchema, null, 2) + '\n');
      return EXIT.ok;
    }
    const loaded = await loadConfig((values.config as string | undefined) ?? null, io.cwd);
    if (!loaded.ok) {
      io.stderr.write(`${loaded.error}\n`);
      return EXIT.usage;
    }
    io.stdout.write(`# effective configuration (${loaded.value.path ?? 'no .depindex.yml: the defaults'})\n${stringify(loaded.value.config)}`);
    return EXIT.ok;
  },
};
