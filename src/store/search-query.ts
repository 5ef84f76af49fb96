import { parseWholeNumber } from '../model/whole-number.js';
import { ecosystemFor, ecosystems } from '../ecosystems/registry.js';
import { err, ok, type Result } from '../model/result.js';
import type { SearchQuery } from './store.js';

/** The filters as the CLI (or a library caller) writes them, before validation. */
export interface SearchFilters {
  readonly name?: string;
  readonly type?: string;
  readonly version?: string;
  readonly range?: string;
  readonly license?: string;
  readonly advisory?: string;
  readonly addedSince?: string;
  readonly excludeDevelopment?: boolean;
  readonly project?: string;
  readonly group?: string;
  readonly ref?: string;
  readonly defaultBranch?: boolean;
  readonly file?: string;
  readonly limit?: string;
  readonly offset?: string;
}

export const DEFAULT_LIMIT = 50;
/** Elasticsearch pages at most 10,000 hits deep by default; keeping the same bound keeps both stores alike. */
export const MAX_WINDOW = 10_000;
export const MAX_LIMIT = 1_000;

/**
 * What both stores answer when `store.search` itself is given an advisory: the index holds no advisories; a search
 * by advisory reads the synced package metadata (metadata/search/advisory-search.ts), as `depindex search --advisory`
 * and the API's `advisory=` do.
 */
export const ADVISORY_NOT_IN_INDEX =
  'the index store cannot search by advisory: advisories are not in the index but in the synced package metadata (searchByAdvisory)';

/** The filters an advisory search leaves out: the advisory names the packages and their versions itself. */
export const NOT_WITH_ADVISORY = ['name', 'version', 'range'] as const;
/** Advisory ids and aliases are short (CVE-2021-44228, GHSA-jfh8-c2jp-5v3q, RUSTSEC-2021-0001, a PMDB UUID). */
const MAX_ADVISORY = 256;

/**
 * purl types that have no ecosystem module but appear in SBOMs (PURL-TYPES of the purl spec), so a search for
 * them is not refused as a typo. They match by lower-cased name; version ranges need an ecosystem module.
 */
const OTHER_PURL_TYPES = new Set([
  'alpm', 'bitbucket', 'bitnami', 'cocoapods', 'conda', 'cpan', 'cran', 'docker', 'generic', 'github', 'gitlab',
  'hackage', 'hex', 'huggingface', 'julia', 'luarocks', 'mlflow', 'oci', 'opam', 'otp', 'qpkg', 'swid',
  'vscode-extension',
]);

/** A purl type or ecosystem alias ("go", "packagist") -> the purl type; an error naming the known ones otherwise. */
export function resolveType(text: string): Result<string> {
  const lower = text.trim().toLowerCase();
  const ecosystem = ecosystemFor(lower);
  if (ecosystem) return ok(ecosystem.type);
  if (OTHER_PURL_TYPES.has(lower)) return ok(lower);
  return err(`unknown purl type "${text}"; known types: ${ecosystems.map((e) => e.type).join(', ')}, and other purl-spec types (generic, docker, github ...)`);
}

const DURATION = /^(\d{1,6})([hdw])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
const UNIT_MS: Readonly<Record<string, number>> = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };

/**
 * `--added-since`: an ISO date (UTC midnight), an ISO date-time with its zone, or a duration back from now
 * (`12h`, `7d`, `2w`). A date-time without a zone is refused: its meaning would depend on the runner's clock.
 */
export function parseAddedSince(text: string, now: Date): Result<Date> {
  const t = text.trim();
  const duration = DURATION.exec(t);
  if (duration) return ok(new Date(now.getTime() - Number(duration[1]) * (UNIT_MS[duration[2] ?? ''] ?? 0)));
  if (DATE.test(t) || DATE_TIME.test(t)) {
    const date = new Date(t);
    // Date accepts 2026-02-30 as 2 March; the round trip catches it.
    if (!Number.isNaN(date.getTime()) && (!DATE.test(t) || date.toISOString().slice(0, 10) === t)) return ok(date);
  }
  return err(`--added-since "${t}" is neither a date (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (12h, 7d, 2w)`);
}

/** A version range as a test of version strings, with the type's own semantics; versions it cannot parse do not match. */
export function rangeMatcher(type: string, range: string): Result<(version: string) => boolean> {
  const ecosystem = ecosystemFor(type);
  if (!ecosystem) return err(`version ranges need an ecosystem that depindex supports; purl type "${type}" has none`);
  const parsed = ecosystem.versioning.parseRange(range, 'native');
  if (!parsed.ok) return err(`invalid ${ecosystem.type} version range "${range}": ${parsed.error}`);
  const { versioning } = ecosystem;
  const contains = parsed.value.contains.bind(parsed.value);
  return ok((version: string) => {
    const v = versioning.parse(version);
    return v.ok && contains(v.value);
  });
}

/** Validates filters into a SearchQuery; every message names the flag. */
export function buildSearchQuery(filters: SearchFilters, now: Date): Result<SearchQuery> {
  if (filters.advisory !== undefined) {
    // The first flag the message names is the one to blame (the API's `parameter`, serve/query-params.ts).
    const clash = NOT_WITH_ADVISORY.find((key) => filters[key] !== undefined);
    if (clash !== undefined) return err(`--${clash} cannot be given with --advisory: --advisory names the packages and versions itself`);
    if (filters.advisory.trim() === '') return err('--advisory is empty');
    if (filters.advisory.length > MAX_ADVISORY) return err(`--advisory is longer than ${MAX_ADVISORY} characters; advisory ids are short`);
  }
  const nonEmpty = (flag: string, value: string | undefined): Result<string | undefined> =>
    value === undefined ? ok(undefined) : value.trim() === '' ? err(`${flag} is empty`) : ok(value.trim());

  let type: string | undefined;
  if (filters.type !== undefined) {
    const resolved = resolveType(filters.type);
    if (!resolved.ok) return err(`--type: ${resolved.error}`);
    type = resolved.value;
  }
  if (filters.range !== undefined) {
    if (type === undefined) return err('--range needs --type: a version range means something only in one ecosystem');
    const matcher = rangeMatcher(type, filters.range);
    if (!matcher.ok) return err(`--range: ${matcher.error}`);
  }
  if (filters.version !== undefined && filters.range !== undefined) return err('give either --version or --range, not both');

  let addedSince: Date | undefined;
  if (filters.addedSince !== undefined) {
    const parsed = parseAddedSince(filters.addedSince, now);
    if (!parsed.ok) return parsed;
    addedSince = parsed.value;
  }
  const limit = parseWholeNumber('--limit', filters.limit, { fallback: DEFAULT_LIMIT, min: 1, max: MAX_LIMIT });
  if (!limit.ok) return limit;
  const offset = parseWholeNumber('--offset', filters.offset, { fallback: 0, min: 0, max: MAX_WINDOW });
  if (!offset.ok) return offset;
  if (offset.value + limit.value > MAX_WINDOW) return err(`--offset plus --limit may reach at most ${MAX_WINDOW}; narrow the search instead`);

  const strings: Record<string, string | undefined> = {};
  for (const [flag, key] of [
    ['--name', 'name'], ['--version', 'version'], ['--range', 'range'], ['--license', 'license'],
    ['--project', 'project'], ['--group', 'group'], ['--ref', 'ref'], ['--file', 'file'],
  ] as const) {
    const checked = nonEmpty(flag, filters[key]);
    if (!checked.ok) return checked;
    strings[key] = checked.value;
  }
  const query: SearchQuery = {
    ...(filters.advisory !== undefined && { advisory: filters.advisory.trim() }),
    ...(strings.name !== undefined && { name: strings.name }),
    ...(type !== undefined && { type }),
    ...(strings.version !== undefined && { version: strings.version }),
    ...(strings.range !== undefined && { versionRange: strings.range }),
    ...(strings.license !== undefined && { license: strings.license }),
    ...(addedSince !== undefined && { addedSince }),
    ...(filters.excludeDevelopment === true && { excludeDevelopment: true }),
    ...(strings.project !== undefined && { project: strings.project }),
    ...(strings.group !== undefined && { group: strings.group.replace(/\/+$/, '') }),
    ...(strings.ref !== undefined && { ref: strings.ref }),
    ...(filters.defaultBranch === true && { defaultBranchOnly: true }),
    ...(strings.file !== undefined && { file: strings.file }),
    limit: limit.value,
    offset: offset.value,
  };
  return ok(query);
}
