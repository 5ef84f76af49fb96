import { PackageURL } from 'packageurl-js';
import { detectFormat, parseDetected, type ParsedInput } from '../../../src/ingest/detect.js';

/** How an input went through detection and parsing, and the CPU it took (wall-clock lies on a shared machine). */
export interface Observed {
  readonly detected: string | null;
  readonly outcome: ParsedInput;
  readonly cpuMs: number;
  /** Set when detectFormat or parseDetected threw: the guide's rule is that they never do. */
  readonly thrown: string | null;
}

export function observe(text: string, path = 'input'): Observed {
  const before = process.cpuUsage();
  try {
    const detection = detectFormat(text);
    const outcome = detection.ok ? parseDetected(detection, path, new Map()) : ({ ok: false, message: detection.message } as const);
    return { detected: detection.ok ? detection.parser.id : null, outcome, cpuMs: cpuSince(before), thrown: null };
  } catch (e) {
    return { detected: null, outcome: { ok: false, message: '' }, cpuMs: cpuSince(before), thrown: String(e) };
  }
}

export function cpuSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** A place as the guide defines it: "line N" (optionally ", column M") for text, a JSON pointer for JSON. */
export const PLACE = /^(line \d+(, column \d+)?|\/\S*)$/;
/** A whole-file error starts with its place: "line 3, column 9: invalid JSON ...", "/lockfileVersion: ...". */
const MESSAGE_WITH_PLACE = /^(line \d+(, column \d+)?|\/\S*): \S/;
/** JavaScript's own words: a reader of the CI log cannot act on them, and they mean an exception was swallowed. */
const JS_INTERNALS = /\b(is not defined|Cannot read properties of|is not a function|is not iterable)\b|\[object Object\]/;
/** Whole-file errors that have no place by nature: nothing is there, or nothing depindex reads. */
const PLACELESS = [/^the file is empty$/, /^the file holds only whitespace/, /^the input is nested too deeply/, /^not a format depindex reads: it looks like /];

/**
 * Everything the developers' guide promises about bad input, as a list of broken promises (empty = kept):
 * nothing thrown, no parser exception turned into "a depindex bug", every error and problem has a place,
 * every dependency kept is a valid purl with a version, and the work took bounded CPU.
 */
export function brokenPromises(seen: Observed, cpuBudgetMs: number): string[] {
  const broken: string[] = [];
  if (seen.thrown !== null) return [`threw: ${seen.thrown}`];
  if (seen.cpuMs > cpuBudgetMs) broken.push(`took ${Math.round(seen.cpuMs)} ms CPU, over ${cpuBudgetMs} ms`);
  const { outcome } = seen;
  if (!outcome.ok) {
    if (/a depindex bug/.test(outcome.message)) broken.push(`the parser threw: ${outcome.message.slice(0, 300)}`);
    else if (!MESSAGE_WITH_PLACE.test(outcome.message) && !PLACELESS.some((p) => p.test(outcome.message))) {
      broken.push(`error without a place: ${outcome.message.slice(0, 300)}`);
    }
    if (/\n\s+at /.test(outcome.message)) broken.push('error carries a stack trace');
    if (JS_INTERNALS.test(outcome.message)) broken.push(`error speaks JavaScript: ${outcome.message.slice(0, 300)}`);
    return broken;
  }
  for (const problem of outcome.result.problems.slice(0, 50)) {
    if (!PLACE.test(problem.place)) broken.push(`problem without a place (${JSON.stringify(problem.place.slice(0, 80))}): ${problem.message.slice(0, 200)}`);
    if (JS_INTERNALS.test(problem.message)) broken.push(`problem speaks JavaScript at ${problem.place}: ${problem.message.slice(-200)}`);
  }
  for (const set of outcome.result.sets) {
    for (const dependency of set.dependencies) {
      const why = invalidPurl(dependency.purl);
      if (why) {
        broken.push(`${set.file}: kept an invalid purl ${JSON.stringify(dependency.purl.slice(0, 120))}: ${why}`);
        break;
      }
    }
  }
  return broken;
}

function invalidPurl(purl: string): string | null {
  try {
    const parsed = PackageURL.fromString(purl);
    return parsed.version ? null : 'no version';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Every purl the outcome kept, for "nothing good was lost" comparisons. */
export function purlsOf(seen: Observed): Set<string> {
  if (!seen.outcome.ok) return new Set();
  return new Set(seen.outcome.result.sets.flatMap((s) => s.dependencies.map((d) => d.purl)));
}
