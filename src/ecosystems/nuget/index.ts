import { err, ok, type Result } from '../../model/result.js';
import type { Ecosystem, RangeSyntax, VersionRange } from '../types.js';
import { compareNuGet, dotnetTrim, parseNuGetVersion, type NuGetVersion } from './version.js';
import { parseInterval, satisfies, type Interval } from './range.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';

/**
 * PMDB affected_range (DESIGN.md 8.1): bracket intervals joined by commas into a union
 * (`[2.0,2.3.1],[2.4.0,2.12.2)`); a bare version means exactly that version (not NuGet's own `>=`).
 * Advisory bounds never float.
 */
function parseAdvisory(text: string): Result<Interval[]> {
  const intervals: Interval[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && dotnetTrim(text.charAt(i)) === '') i++;
    const open = text.charAt(i);
    let end: number;
    let piece: string;
    if (open === '[' || open === '(') {
      const close = Math.min(...[text.indexOf(']', i), text.indexOf(')', i)].filter((x) => x >= 0));
      if (!Number.isFinite(close)) return err(`invalid nuget affected_range "${text}": an interval is not closed`);
      end = close + 1;
      piece = text.slice(i, end);
    } else {
      const comma = text.indexOf(',', i);
      end = comma < 0 ? text.length : comma;
      piece = `[${text.slice(i, end)}]`;
    }
    const interval = parseInterval(piece, false);
    if (!interval.ok) return err(`invalid nuget affected_range "${text}": ${interval.error}`);
    intervals.push(interval.value);
    i = end;
    while (i < text.length && dotnetTrim(text.charAt(i)) === '') i++;
    if (i < text.length) {
      if (text.charAt(i) !== ',') return err(`invalid nuget affected_range "${text}": expected "," at ${i + 1}`);
      i++;
      if (dotnetTrim(text.slice(i)) === '') return err(`invalid nuget affected_range "${text}": ends with ","`);
    }
  }
  if (intervals.length === 0) return err(`invalid nuget affected_range "${text}": empty`);
  return ok(intervals);
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<NuGetVersion>> {
  if (syntax === 'native') {
    const interval = parseInterval(text, true);
    if (!interval.ok) return interval;
    const range = interval.value;
    return ok({ text, contains: (v) => satisfies(range, v) });
  }
  const union = parseAdvisory(text);
  if (!union.ok) return union;
  const intervals = union.value;
  return ok({ text, contains: (v) => intervals.some((r) => satisfies(r, v)) });
}

export const nuget = {
  type: 'nuget',
  aliases: [],
  // Package ids are case-insensitive on nuget.org and in NuGet's own resolver.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning: { parse: parseNuGetVersion, compare: compareNuGet, parseRange },
  // packageurl-js keeps NuGet names as written (canonicalName lower-cases them for the index) (the purl spec's rule for the type).
  plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
} satisfies Ecosystem<NuGetVersion>;
