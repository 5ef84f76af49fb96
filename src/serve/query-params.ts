import { err, ok, type Result } from '../model/result.js';
import { buildSearchQuery, type SearchFilters } from '../store/search-query.js';
import type { SearchQuery } from '../store/store.js';

/** A request's query string as fastify parses it: a repeated parameter comes as an array. */
export type RawQuery = Readonly<Record<string, string | string[] | undefined>>;

/** A refused parameter: the message names it, and `parameter` says which for scripts. */
export interface ParameterError {
  readonly parameter: string;
  readonly message: string;
}

/** The search parameters, named as `depindex search` names its flags (without the dashes). */
export const SEARCH_PARAMETERS = [
  'name', 'type', 'version', 'range', 'license', 'advisory', 'project', 'group', 'ref', 'default-branch',
  'added-since', 'exclude-development', 'file', 'limit', 'offset',
] as const;

/** Each parameter at most once, and only the known ones: a typo must not silently widen a search. */
export function readParameters(raw: RawQuery, known: readonly string[]): Result<Record<string, string>, ParameterError> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (!known.includes(key)) {
      return err({ parameter: key, message: `unknown parameter "${key.slice(0, 64)}"; known: ${known.join(', ')}` });
    }
    if (Array.isArray(value)) return err({ parameter: key, message: `parameter ${key} is given ${value.length} times; give it once` });
    out[key] = value;
  }
  return ok(out);
}

/** Deepest offset a listing pages to (searches have their own window, store/search-query.ts). */
export const MAX_OFFSET = 1_000_000;

/** A whole number from min to max, or the fallback when not given. */
export function readCount(params: Readonly<Record<string, string>>, key: string, fallback: number, min: number, max: number): Result<number, ParameterError> {
  const text = params[key];
  if (text === undefined) return ok(fallback);
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (Number.isNaN(n) || n < min || n > max) return err({ parameter: key, message: `parameter ${key} must be a whole number from ${min} to ${max}, got "${text.slice(0, 32)}"` });
  return ok(n);
}

/** `true`, `false`, `1`, `0`; also empty, as a checkbox in a form sends it, meaning true. */
export function readFlag(params: Readonly<Record<string, string>>, key: string): Result<boolean | undefined, ParameterError> {
  const value = params[key];
  if (value === undefined) return ok(undefined);
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === '') return ok(true);
  if (v === 'false' || v === '0') return ok(false);
  return err({ parameter: key, message: `parameter ${key} must be true or false, got "${value.slice(0, 64)}"` });
}

/** The first `--flag` a search-query message names is the parameter to blame; flags become parameter names. */
function toParameterError(message: string): ParameterError {
  const flag = /--([a-z-]+)/.exec(message)?.[1] ?? 'query';
  return { parameter: flag, message: message.replace(/--([a-z-]+)/g, 'parameter $1') };
}

/**
 * The query string of `GET /api/v1/dependencies` into the SearchQuery `depindex search` builds from its flags,
 * through the same validation (store/search-query.ts), so the CLI and the API answer the same questions alike.
 */
export function searchQueryFrom(raw: RawQuery, now: Date): Result<SearchQuery, ParameterError> {
  const read = readParameters(raw, SEARCH_PARAMETERS);
  if (!read.ok) return read;
  const p = read.value;
  const defaultBranch = readFlag(p, 'default-branch');
  if (!defaultBranch.ok) return defaultBranch;
  const excludeDevelopment = readFlag(p, 'exclude-development');
  if (!excludeDevelopment.ok) return excludeDevelopment;
  const filters: SearchFilters = {
    ...(p['name'] !== undefined && { name: p['name'] }),
    ...(p['type'] !== undefined && { type: p['type'] }),
    ...(p['version'] !== undefined && { version: p['version'] }),
    ...(p['range'] !== undefined && { range: p['range'] }),
    ...(p['license'] !== undefined && { license: p['license'] }),
    ...(p['advisory'] !== undefined && { advisory: p['advisory'] }),
    ...(p['added-since'] !== undefined && { addedSince: p['added-since'] }),
    ...(excludeDevelopment.value === true && { excludeDevelopment: true }),
    ...(p['project'] !== undefined && { project: p['project'] }),
    ...(p['group'] !== undefined && { group: p['group'] }),
    ...(p['ref'] !== undefined && { ref: p['ref'] }),
    ...(defaultBranch.value === true && { defaultBranch: true }),
    ...(p['file'] !== undefined && { file: p['file'] }),
    ...(p['limit'] !== undefined && { limit: p['limit'] }),
    ...(p['offset'] !== undefined && { offset: p['offset'] }),
  };
  const query = buildSearchQuery(filters, now);
  return query.ok ? query : err(toParameterError(query.error));
}
