import { err, ok, type Result } from '../../model/result.js';
import { ecosystemFor } from '../registry.js';
import { compareSemVer2, parseSemVer2, type SemVer2 } from './semver2.js';
import type { Ecosystem, VersionRange } from '../types.js';

/**
 * OSV `affected[].ranges` and `affected[].versions` as one range over version text, evaluated as the OSV schema
 * says (https://ossf.github.io/osv-schema/#evaluation): events sorted by version, the last one at or below the
 * version decides; `introduced: "0"` is below everything; `last_affected` is inclusive, `fixed` exclusive; `limit`
 * caps the range. ECOSYSTEM ranges use the ecosystem's own order, SEMVER ranges SemVer 2.0 order whatever the
 * ecosystem, GIT ranges (commit hashes) cannot be evaluated against a version and are skipped.
 */
export interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

export interface OsvRangeJson {
  readonly type: string;
  readonly events: readonly OsvEvent[];
}

export interface OsvAffectedJson {
  readonly ranges?: readonly OsvRangeJson[];
  readonly versions?: readonly string[];
}

type Kind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
const KINDS: readonly Kind[] = ['introduced', 'fixed', 'last_affected', 'limit'];

interface Event<V> {
  readonly kind: Kind;
  /** null: introduced "0" (below everything) or limit "*" (above everything). */
  readonly version: V | null;
}

interface Order<V> {
  parse(text: string): Result<V>;
  compare(a: V, b: V): number;
}

/** OSV writes Go versions without the `v` and a few npm records with it; SemVer 2.0 itself has none. */
const semverOrder: Order<SemVer2> = {
  parse: (text) => parseSemVer2(text.startsWith('v') ? text.slice(1) : text),
  compare: compareSemVer2,
};

/** OSV writes Go versions without their `v` in ECOSYSTEM ranges too ("3.15.0"); the module version has it. */
function withoutV<V>(versioning: Order<V>): Order<V> {
  return {
    parse(text) {
      const direct = versioning.parse(text);
      if (direct.ok || text.startsWith('v')) return direct;
      const prefixed = versioning.parse(`v${text}`);
      return prefixed.ok ? prefixed : direct;
    },
    compare: versioning.compare,
  };
}

interface Evaluator {
  contains(version: string): boolean;
}

function eventsEvaluator<V>(range: OsvRangeJson, order: Order<V>, where: string): Result<Evaluator> {
  const events: Event<V>[] = [];
  for (const [i, raw] of range.events.entries()) {
    const kinds = KINDS.filter((k) => typeof raw[k] === 'string');
    if (kinds.length !== 1) return err(`${where}/events/${i}: an event has exactly one of ${KINDS.join(', ')}`);
    const kind = kinds[0] as Kind;
    const text = raw[kind] as string;
    if ((kind === 'introduced' && text === '0') || (kind === 'limit' && text === '*')) {
      events.push({ kind, version: null });
      continue;
    }
    const version = order.parse(text);
    if (!version.ok) return err(`${where}/events/${i}: ${version.error}`);
    events.push({ kind, version: version.value });
  }
  const position = (e: Event<V>): number => (e.version !== null ? 0 : e.kind === 'introduced' ? -1 : 1);
  const sorted = events
    .filter((e) => e.kind !== 'limit')
    .sort((a, b) => position(a) - position(b) || (a.version !== null && b.version !== null ? order.compare(a.version, b.version) : 0));
  const limits = events.filter((e) => e.kind === 'limit');
  return ok({
    contains(text) {
      const parsed = order.parse(text);
      if (!parsed.ok) return false;
      const v = parsed.value;
      if (limits.length > 0 && !limits.some((l) => l.version === null || order.compare(v, l.version) < 0)) return false;
      let affected = false;
      for (const e of sorted) {
        const c = e.version === null ? 1 : order.compare(v, e.version);
        if (e.kind === 'introduced' && c >= 0) affected = true;
        else if (e.kind === 'fixed' && c >= 0) affected = false;
        else if (e.kind === 'last_affected' && c > 0) affected = false;
      }
      return affected;
    },
  });
}

/**
 * Builds the range of one `affected[]` entry for an ecosystem. The result takes version text (each range type
 * parses it its own way); a version that does not parse for a range is outside that range. Errors name the JSON
 * place of the first unusable event.
 */
export function osvRange(ecosystem: Ecosystem, affected: OsvAffectedJson, place = ''): Result<VersionRange<string>> {
  const evaluators: Evaluator[] = [];
  for (const [i, range] of (affected.ranges ?? []).entries()) {
    const where = `${place}/ranges/${i}`;
    if (range.type === 'GIT') continue;
    if (!Array.isArray(range.events)) return err(`${where}: "events" is not a list`);
    const order: Order<unknown> | null =
      range.type === 'SEMVER' ? (semverOrder as Order<unknown>) : range.type === 'ECOSYSTEM' ? withoutV(ecosystem.versioning) : null;
    if (!order) return err(`${where}: unknown range type "${range.type}"`);
    const evaluator = eventsEvaluator(range, order, where);
    if (!evaluator.ok) return evaluator;
    evaluators.push(evaluator.value);
  }
  const listed = new Set(affected.versions ?? []);
  const listedParsed = [...listed].map((t) => ecosystem.versioning.parse(t)).flatMap((r) => (r.ok ? [r.value] : []));
  const inList = (text: string): boolean => {
    if (listed.has(text)) return true;
    if (listedParsed.length === 0) return false;
    const v = ecosystem.versioning.parse(text);
    return v.ok && listedParsed.some((l) => ecosystem.versioning.compare(v.value, l) === 0);
  };
  const description = `OSV ranges (${evaluators.length}) and versions (${listed.size})`;
  return ok({ text: description, contains: (text) => inList(text) || evaluators.some((e) => e.contains(text)) });
}

/** OSV ecosystem names whose lower-case form is not a purl type or a registered alias. */
const OSV_NAMES: Readonly<Record<string, string>> = {
  rubygems: 'gem',
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  'azure linux': 'cbl-mariner',
  mariner: 'cbl-mariner',
  'red hat': 'rpm',
};

/** The ecosystem of an OSV `affected[].package.ecosystem` ("PyPI", "crates.io", "Debian:12", "Go"). */
export function ecosystemForOsv(name: string): Ecosystem | undefined {
  const base = name.split(':')[0]!.toLowerCase();
  return ecosystemFor(OSV_NAMES[base] ?? base);
}
