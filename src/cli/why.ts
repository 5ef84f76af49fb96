import { pathsTo } from '../graph/paths.js';
import { packageMatcher } from '../graph/match.js';
import { printable } from '../ingest/describe-unknown.js';
import { parseByteSize } from '../model/byte-size.js';
import { optionDefault } from '../run/options.js';
import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import { EXIT } from '../run/exit-codes.js';
import { readInputs } from '../run/scan.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { neutralizeCommands } from './summary.js';

const help = `Usage: depindex why [options] <package> <files or globs...>

Prints the paths from introduced (direct) dependencies to a package, shortest first.
<package> is a name ("lodash", "@babel/core"), name@version, or a purl ("pkg:npm/lodash@4.17.21").

Options:
  --max-paths N        Paths to show per dependency file (default 10); the rest are counted.
  --max-input-size S   Inputs larger than this are refused (default ${String(optionDefault('max-input-size'))}).
  -h, --help           Show this help.

Exit codes: 0 found; 1 the package is in none of the inputs; 2 an input could not be read.`;

export const whyCommand: Command = {
  name: 'why',
  summary: 'Show why a package is in the dependencies: the paths from introduced dependencies to it',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      'max-paths': { type: 'string' },
      'max-input-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) {
      io.stderr.write(`depindex why: ${parsed.error}\nRun "depindex why --help" for usage.\n`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed.value;
    if (values.help) {
      io.stdout.write(help + '\n');
      return EXIT.ok;
    }
    const [query, ...patterns] = positionals;
    const maxPaths = Number((values['max-paths'] as string | undefined) ?? '10');
    const maxInputBytes = parseByteSize((values['max-input-size'] as string | undefined) ?? String(optionDefault('max-input-size')));
    if (query === undefined || patterns.length === 0 || !Number.isInteger(maxPaths) || maxPaths < 1 || maxInputBytes === null) {
      io.stderr.write('depindex why: give a package and at least one input; --max-paths is a whole number.\nRun "depindex why --help" for usage.\n');
      return EXIT.usage;
    }

    const result = await readInputs({ patterns, cwd: io.cwd, maxInputBytes });
    for (const e of result.errors) io.stderr.write(`error: cannot read ${printable(e.file, 200)}: ${printable(e.message, 1000)}\n`);
    const matches = packageMatcher(query);
    let found = 0;
    for (const set of result.sets) {
      for (const dependency of set.dependencies.filter(matches)) {
        found++;
        io.stdout.write(neutralizeCommands(renderWhy(set, dependency, maxPaths)));
      }
    }
    if (found === 0) io.stdout.write(`not found: ${printable(query, 200)} is not in ${result.sets.length} dependency file(s) read\n`);
    if (result.errors.length > 0) return EXIT.input;
    return found > 0 ? EXIT.ok : 1;
  },
};

function renderWhy(set: DependencySet, dependency: Dependency, maxPaths: number): string {
  const label = (purl: string): string => {
    const d = set.dependencies.find((x) => x.purl === purl);
    return d ? `${d.name}@${d.version}` : purl;
  };
  const role = dependency.introduced === true ? 'direct' : dependency.introduced === false ? 'transient' : 'direct or transient: unknown';
  const scope = dependency.development === true ? 'development' : dependency.development === false ? 'runtime' : 'scope unknown';
  const lines = [`${printable(label(dependency.purl), 300)} in ${printable(set.file, 200)} (${role}, ${scope})`];
  const { paths, omitted, countCapped } = pathsTo(set, dependency.purl, { maxPaths });
  if (paths.length === 0 || (paths.length === 1 && paths[0]?.length === 1)) {
    lines.push(
      dependency.introduced === true
        ? '  declared directly'
        : set.graph.edges.size === 0
          ? '  this input has no dependency graph, so no path can be shown'
          : '  no path from an introduced dependency reaches it',
    );
  }
  for (const path of paths) if (path.length > 1) lines.push('  ' + path.map((p) => printable(label(p), 200)).join(' > '));
  if (omitted > 0 || countCapped) lines.push(`  … ${omitted}${countCapped ? '+' : ''} more path(s) not shown`);
  return lines.join('\n') + '\n';
}
