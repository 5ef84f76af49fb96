import { createInterface } from 'node:readline';
import { ecosystems } from '../ecosystems/registry.js';
import type { RangeSyntax } from '../ecosystems/types.js';
import { versionToolFor, type VersionTool } from '../ecosystems/versions.js';
import type { Result } from '../model/result.js';
import { EXIT } from '../run/exit-codes.js';
import { parseCommandArgs } from './args.js';
import type { Command, CommandIO } from './command.js';
import { helpLinesOf, parseOptionsOf, type FlagSpec } from './flag-spec.js';
import { VERSION } from '../version.js';

const supportedTypes = (): string =>
  ecosystems
    .map((e) => (e.aliases.length > 0 ? `${e.type} (${e.aliases.join(', ')})` : e.type))
    .join(', ');

/** version's flags; the types list is read when help is asked for, so loading the command builds no tables. */
const flagList = (): readonly FlagSpec[] => [
  { name: 'type', short: 't', kind: 'string', value: 'T', description: `purl type or registry alias. Supported: ${supportedTypes()}.` },
  {
    name: 'syntax',
    kind: 'string',
    value: 'S',
    description:
      'satisfies only: "native" (default), the type\'s own range syntax (npm ranges, Cargo\nrequirements, Conan [expressions] ...), or "advisory", the affected_range syntax of\nadvisory data: "||" between alternatives, space or "&&" between constraints.',
  },
];

const help = () => `Usage: depindex version compare --type T [A B]
       depindex version satisfies --type T [--syntax native|advisory] [VERSION RANGE]
       depindex version          prints depindex's own version (as depindex --version)

Answers version questions exactly as the package type's own tools do (node-semver, PEP 440 \`packaging\`, Maven
ComparableVersion, RubyGems, Go modules, NuGet, composer/semver, Cargo, dpkg, rpm, apk ...).
  compare     prints -1, 0 or 1: A is lower than, equal to, or higher than B.
  satisfies   prints true or false: VERSION is in RANGE.
Without the two arguments, reads lines "A<TAB>B" (or "VERSION<TAB>RANGE") from stdin and prints one answer per
line, in order; a line that cannot be answered prints "error: <reason>" and the exit code is then 2.

Options:
${helpLinesOf([...flagList(), { name: 'help', short: 'h', kind: 'boolean', description: 'Show this help.' }])}

Exit codes: 0 answered; 2 a version or range did not parse; 64 the command line was wrong.`;

type Answer = (left: string, right: string) => Result<string>;

function answerer(tool: VersionTool, action: 'compare' | 'satisfies', syntax: RangeSyntax): Answer {
  if (action === 'compare') {
    return (a, b) => {
      const r = tool.compare(a, b);
      return r.ok ? { ok: true, value: String(r.value) } : r;
    };
  }
  return (v, range) => {
    const r = tool.satisfies(v, range, syntax);
    return r.ok ? { ok: true, value: String(r.value) } : r;
  };
}

const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

/** Streams stdin line by line; output goes out in chunks, waiting for the stream to drain when it asks to. */
async function batch(io: CommandIO, answer: Answer): Promise<{ lines: number; errors: number }> {
  const out = io.stdout as CommandIO['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };
  let buffer = '';
  let lines = 0;
  let errors = 0;
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const more = out.write(buffer);
    buffer = '';
    if (more === false && typeof out.once === 'function') await new Promise<void>((resolve) => out.once!('drain', resolve));
  };
  const reader = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of reader) {
    lines++;
    const tab = line.indexOf('\t');
    let result: Result<string>;
    if (tab < 0) result = { ok: false, error: line === '' ? 'empty line' : 'no TAB between the two values' };
    else result = answer(line.slice(0, tab), line.slice(tab + 1));
    if (result.ok) buffer += `${result.value}\n`;
    else {
      errors++;
      buffer += `error: ${oneLine(result.error)}\n`;
    }
    if (buffer.length >= 65536) await flush();
  }
  await flush();
  return { lines, errors };
}

export const versionCommand: Command = {
  name: 'version',
  summary: 'Compare versions or test them against ranges, as each package type defines them',
  get help() {
    return help();
  },
  async run(args, io) {
    const name = 'depindex version';
    // Alone, `depindex version` answers what a user typing it most likely wants: depindex's version.
    if (args.length === 0) {
      io.stdout.write(VERSION + '\n');
      return EXIT.ok;
    }
    const parsed = parseCommandArgs(args, parseOptionsOf(flagList()));
    if (!parsed.ok) {
      io.stderr.write(`${name}: ${parsed.error}\nRun "${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed.value;
    if (values.help) {
      io.stdout.write(help() + '\n');
      return EXIT.ok;
    }
    const [action, ...operands] = positionals;
    const usage = (message: string): number => {
      io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
      return EXIT.usage;
    };
    if (action !== 'compare' && action !== 'satisfies') return usage(action === undefined ? 'say "compare" or "satisfies".' : `unknown action "${action}"; say "compare" or "satisfies".`);
    const type = values.type as string | undefined;
    if (type === undefined) return usage('--type is required (a purl type such as npm, cargo, golang).');
    const syntax = (values.syntax as string | undefined) ?? 'native';
    if (syntax !== 'native' && syntax !== 'advisory') return usage(`--syntax is "native" or "advisory", not "${syntax}".`);
    if (syntax !== 'native' && action === 'compare') return usage('--syntax applies to satisfies only.');
    const tool = versionToolFor(type);
    if (!tool.ok) return usage(`${tool.error}. Supported: ${supportedTypes()}.`);
    const answer = answerer(tool.value, action, syntax);

    if (operands.length === 2) {
      const result = answer(operands[0] as string, operands[1] as string);
      if (!result.ok) {
        io.stderr.write(`${name} ${action}: ${oneLine(result.error)}\n`);
        return EXIT.input;
      }
      io.stdout.write(`${result.value}\n`);
      return EXIT.ok;
    }
    if (operands.length !== 0) return usage(`${action} takes two values, or none to read TAB-separated lines from stdin.`);
    const { lines, errors } = await batch(io, answer);
    if (errors > 0) {
      io.stderr.write(`${name} ${action}: ${errors} of ${lines} lines could not be answered (marked "error:").\n`);
      return EXIT.input;
    }
    return EXIT.ok;
  },
};
