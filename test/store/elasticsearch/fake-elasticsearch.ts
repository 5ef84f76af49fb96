import { createRequire } from 'node:module';
import type * as EsModule from '@elastic/elasticsearch';
import { dependencyMappings, setMappings } from '../../../src/store/elasticsearch/mappings.js';
import { findingMappings } from '../../../src/store/elasticsearch/findings.js';
import { metadataMappingOf } from '../../../src/metadata/store/elasticsearch/indices.js';

/**
 * A small in-memory Elasticsearch behind @elastic/elasticsearch-mock, knowing just the APIs and query DSL the
 * store uses, with the server behaviours the store depends on: strict mappings (unknown fields refused),
 * required routing, optimistic concurrency (if_seq_no), op_type=create conflicts, lower-case normalisers,
 * aliases, 404 index_not_found. Every request is logged so tests can assert on shapes and order.
 */

// Both CommonJS: the mock recognises ResponseError by `instanceof` against the client build it requires itself.
const require = createRequire(import.meta.url);
const { errors } = require('@elastic/elasticsearch') as typeof EsModule;

/** What the tests use of @elastic/elasticsearch-mock (typed here: its CommonJS default export types differently per resolver). */
interface MockPattern {
  readonly method: string;
  readonly path: string;
}
interface ClientMock {
  add(pattern: MockPattern, resolver: (params: LoggedRequest) => unknown): unknown;
  get(params: LoggedRequest): ((params: LoggedRequest) => unknown) | null;
  getConnection(): new (...args: never[]) => { close(): Promise<void> };
}
const Mock = require('@elastic/elasticsearch-mock') as new () => ClientMock;

type Doc = Record<string, unknown>;
interface Stored {
  source: Doc;
  seqNo: number;
  routing: string | undefined;
}
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly querystring: Record<string, string>;
  readonly body: unknown;
}
type Params = LoggedRequest;

const NORMALISED = new Set(['package.type', 'package.canonical_name', 'package.name.lower', 'licenses']);

export function fail(status: number, type: string, reason: string): unknown {
  return new errors.ResponseError({ body: { error: { type, reason }, status }, statusCode: status, headers: {}, warnings: null, meta: {} as never });
}

function valuesAt(doc: Doc, field: string): unknown[] {
  const path = field === 'package.name.lower' ? 'package.name' : field;
  let value: unknown = doc;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Doc)[key] : undefined;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return NORMALISED.has(field) ? list.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : list;
}

function norm(field: string, v: unknown): unknown {
  return NORMALISED.has(field) && typeof v === 'string' ? v.toLowerCase() : v;
}

type Query = Record<string, unknown>;
function matches(doc: Doc, query: Query | undefined): boolean {
  if (!query) return true;
  const [kind, spec] = Object.entries(query)[0] ?? [];
  if (kind === 'match_all') return true;
  if (kind === 'term') {
    const [field, value] = Object.entries(spec as Doc)[0]!;
    return valuesAt(doc, field).includes(norm(field, value));
  }
  if (kind === 'terms') {
    const [field, list] = Object.entries(spec as Doc)[0]!;
    const wanted = (list as unknown[]).map((v) => norm(field, v));
    return valuesAt(doc, field).some((v) => wanted.includes(v));
  }
  if (kind === 'exists') return valuesAt(doc, (spec as { field: string }).field).length > 0;
  if (kind === 'range') {
    const [field, bounds] = Object.entries(spec as Doc)[0]!;
    // Dates compare as strings (ISO), numbers as numbers (the metadata revision).
    const b = bounds as { gte?: unknown; gt?: unknown; lte?: unknown; lt?: unknown };
    const cmp = (v: unknown, bound: unknown): number =>
      typeof v === 'number' && typeof bound === 'number' ? v - bound : String(v) < String(bound) ? -1 : String(v) > String(bound) ? 1 : 0;
    return valuesAt(doc, field).some(
      (v) =>
        (b.gte === undefined || cmp(v, b.gte) >= 0) &&
        (b.gt === undefined || cmp(v, b.gt) > 0) &&
        (b.lte === undefined || cmp(v, b.lte) <= 0) &&
        (b.lt === undefined || cmp(v, b.lt) < 0),
    );
  }
  if (kind === 'bool') {
    const b = spec as { filter?: Query[]; must_not?: Query[]; should?: Query[]; minimum_should_match?: number };
    if (!(b.filter ?? []).every((q) => matches(doc, q))) return false;
    if ((b.must_not ?? []).some((q) => matches(doc, q))) return false;
    if (b.should && b.should.length > 0 && b.should.filter((q) => matches(doc, q)).length < (b.minimum_should_match ?? 1)) return false;
    return true;
  }
  throw new Error(`fake Elasticsearch: query ${kind} not supported`);
}

function checkStrict(doc: Doc, properties: Record<string, unknown>, where: string): string | null {
  for (const [key, value] of Object.entries(doc)) {
    const mapping = properties[key] as { properties?: Record<string, unknown> } | undefined;
    if (!mapping) return `mapping set to strict, dynamic introduction of [${key}] within [${where}] is not allowed`;
    if (mapping.properties && value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = checkStrict(value as Doc, mapping.properties, key);
      if (inner) return inner;
    }
  }
  return null;
}

export class FakeElasticsearch {
  readonly mock = new Mock();
  readonly log: LoggedRequest[] = [];
  readonly indices = new Map<string, Map<string, Stored>>();
  readonly aliases = new Map<string, string>();
  readonly templates = new Map<string, unknown>();
  /** PUT /<index>/_mapping bodies, in order. */
  readonly mappingUpdates: { index: string; body: unknown }[] = [];
  /** Each index's mapping `_meta` (the store schema version lives there), from its template when created. */
  readonly meta = new Map<string, Doc>();
  version = '9.1.0';
  private seq = 0;
  /** Runs before each request is handled; return a value to answer with it instead. */
  intercept: ((request: LoggedRequest) => unknown) | null = null;

  constructor() {
    const route = (method: string, path: string, handler: (p: Params) => unknown): void => {
      this.mock.add({ method, path }, (request) => {
        this.log.push({ method: request.method, path: request.path, querystring: { ...request.querystring }, body: request.body });
        const forced = this.intercept?.(request);
        return forced ?? handler(request);
      });
    };
    route('GET', '/', () => ({ name: 'fake', cluster_name: 'fake', version: { number: this.version }, tagline: 'You Know, for Search' }));
    route('PUT', '/_index_template/:name', (p) => {
      this.templates.set(p.path.split('/')[2]!, p.body);
      return { acknowledged: true };
    });
    route('GET', '/_alias/:name', (p) => {
      const name = p.path.split('/')[2]!;
      const index = this.aliases.get(name);
      if (!index) return fail(404, 'aliases_not_found_exception', `alias [${name}] missing`);
      return { [index]: { aliases: { [name]: { is_write_index: true } } } };
    });
    route('PUT', '/:index', (p) => {
      const index = p.path.slice(1);
      if (this.indices.has(index)) return fail(400, 'resource_already_exists_exception', `index [${index}] already exists`);
      this.indices.set(index, new Map());
      for (const body of this.templates.values()) {
        const t = body as { index_patterns?: string[]; template?: { mappings?: { _meta?: Doc } } };
        if (t.index_patterns?.some((p) => index.startsWith(p.replace(/\*$/, ''))) && t.template?.mappings?._meta) this.meta.set(index, t.template.mappings._meta);
      }
      for (const alias of Object.keys((p.body as { aliases?: Doc } | null)?.aliases ?? {})) this.aliases.set(alias, index);
      return { acknowledged: true, index };
    });
    route('PUT', '/:index/_alias/:name', (p) => {
      const [, index, , name] = p.path.split('/');
      this.aliases.set(name!, index!);
      return { acknowledged: true };
    });
    route('GET', '/:index/_doc/:id', (p) => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      const id = decodeURIComponent(p.path.split('/')[3]!);
      const doc = docs.get(id);
      if (!doc) return fail(404, 'not_found', 'not found');
      return { _index: index, _id: id, found: true, _seq_no: doc.seqNo, _primary_term: 1, _source: doc.source };
    });
    route('PUT', '/:index/_doc/:id', (p) => this.indexOne(p));
    route('DELETE', '/:index/_doc/:id', (p) => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      const id = decodeURIComponent(p.path.split('/')[3]!);
      const existing = docs.get(id);
      if (!existing) return fail(404, 'not_found', 'not found');
      if (p.querystring['if_seq_no'] !== undefined && String(existing.seqNo) !== p.querystring['if_seq_no']) {
        return fail(409, 'version_conflict_engine_exception', 'required seqNo mismatch');
      }
      docs.delete(id);
      return { _index: index, _id: id, result: 'deleted', _seq_no: ++this.seq, _primary_term: 1 };
    });
    route('GET', '/:index/_mapping', (p) => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      const meta = this.meta.get(index);
      return { [index]: { mappings: { ...(meta ? { _meta: meta } : {}), properties: this.properties(index) } } };
    });
    // Mapping updates: new fields put into an index made before they existed (the fake's mappings are the source's,
    // so only the request is recorded), and the `_meta` that carries the store schema version.
    route('PUT', '/:index/_mapping', (p) => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      const body = p.body as { _meta?: Doc; properties?: unknown };
      if (body._meta) this.meta.set(index, body._meta);
      if (body.properties) this.mappingUpdates.push({ index, body: p.body });
      return { acknowledged: true };
    });
    route('POST', '/:index/_bulk', (p) => this.bulk(p));
    // The findings are written with the index named in each action line.
    route('POST', '/_bulk', (p) => this.bulk(p));
    route('POST', '/:index/_search', (p) => this.search(p));
    // The package metadata (src/metadata/store/elasticsearch/): counts for `sync --status`, one refresh per file.
    const count = (p: Params): unknown => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      const query = (p.body as { query?: Query } | null)?.query;
      return { count: [...docs.values()].filter((d) => matches(d.source, query)).length, _shards: { total: 1, successful: 1, failed: 0 } };
    };
    route('GET', '/:index/_count', count);
    route('POST', '/:index/_count', count);
    const refresh = (p: Params): unknown => {
      for (const name of p.path.split('/')[1]!.split(',')) {
        const [docs, index] = this.resolve(name);
        if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      }
      return { _shards: { total: 1, successful: 1, failed: 0 } };
    };
    route('GET', '/:index/_refresh', refresh);
    route('POST', '/:index/_refresh', refresh);
    route('POST', '/:index/_update_by_query', (p) => this.updateByQuery(p));
    route('POST', '/:index/_delete_by_query', (p) => {
      const [docs, index] = this.resolve(p.path.split('/')[1]!);
      if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
      let deleted = 0;
      for (const [id, doc] of [...docs]) {
        if (matches(doc.source, (p.body as { query: Query }).query)) {
          docs.delete(id);
          deleted++;
        }
      }
      return { deleted, failures: [], version_conflicts: 0 };
    });
  }

  /** The store's only script assigns `params.set` to the source; the fake applies exactly that. */
  private updateByQuery(p: Params): unknown {
    const [docs, index] = this.resolve(p.path.split('/')[1]!);
    if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
    const body = p.body as { query: Query; script: { params: { set: Doc } } };
    let updated = 0;
    for (const doc of docs.values()) {
      if (!matches(doc.source, body.query)) continue;
      doc.source = { ...doc.source, ...body.script.params.set };
      doc.seqNo = ++this.seq;
      updated++;
    }
    return { updated, failures: [], version_conflicts: 0 };
  }

  /** The documents of an alias or index. */
  docs(name: string): Doc[] {
    return [...(this.resolve(name)[0]?.values() ?? [])].map((d) => d.source);
  }

  private resolve(name: string): [Map<string, Stored> | undefined, string] {
    const index = this.aliases.get(name) ?? name;
    return [this.indices.get(index), index];
  }

  private mapping(index: string): { properties?: unknown; _routing?: { required?: boolean } } {
    return metadataMappingOf(index, index.split('-metadata-')[0]) ?? (index.includes('-findings') ? findingMappings : index.includes('-sets') ? setMappings : dependencyMappings);
  }

  private properties(index: string): Record<string, unknown> {
    return this.mapping(index).properties as Record<string, unknown>;
  }

  /** The store's own indices require routing; the package metadata's do not (their mappings say which). */
  private routingRequired(index: string): boolean {
    return this.mapping(index)._routing?.required === true;
  }

  private indexOne(p: Params): unknown {
    const [docs, index] = this.resolve(p.path.split('/')[1]!);
    if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
    if (!p.querystring['routing'] && this.routingRequired(index)) return fail(400, 'routing_missing_exception', 'routing is required');
    const strict = checkStrict(p.body as Doc, this.properties(index), '_doc');
    if (strict) return fail(400, 'strict_dynamic_mapping_exception', strict);
    const id = decodeURIComponent(p.path.split('/')[3]!);
    const existing = docs.get(id);
    if (p.querystring['op_type'] === 'create' && existing) return fail(409, 'version_conflict_engine_exception', 'document already exists');
    if (p.querystring['if_seq_no'] !== undefined && String(existing?.seqNo) !== p.querystring['if_seq_no']) {
      return fail(409, 'version_conflict_engine_exception', 'required seqNo mismatch');
    }
    const seqNo = ++this.seq;
    docs.set(id, { source: p.body as Doc, seqNo, routing: p.querystring['routing'] });
    return { _index: index, _id: id, _seq_no: seqNo, _primary_term: 1, result: existing ? 'updated' : 'created' };
  }

  private bulk(p: Params): unknown {
    const lines = p.body as Doc[];
    const items: unknown[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const action = (lines[i] as { index: { _id: string; _index?: string; routing?: string } }).index;
      const [docs, index] = this.resolve(action._index ?? p.path.split('/')[1]!);
      const source = lines[i + 1] as Doc;
      const strict = docs ? checkStrict(source, this.properties(index), '_doc') : 'no such index';
      const error = !docs
        ? { type: 'index_not_found_exception', reason: `no such index [${index}]` }
        : !action.routing && this.routingRequired(index)
          ? { type: 'routing_missing_exception', reason: 'routing is required' }
          : strict
            ? { type: 'strict_dynamic_mapping_exception', reason: strict }
            : null;
      if (error || !docs) {
        items.push({ index: { _index: index, _id: action._id, status: 400, error } });
        continue;
      }
      docs.set(action._id, { source, seqNo: ++this.seq, routing: action.routing });
      items.push({ index: { _index: index, _id: action._id, status: 201, result: 'created' } });
    }
    return { took: 1, errors: items.some((i) => (i as { index: { error?: unknown } }).index.error), items };
  }

  private search(p: Params): unknown {
    const [docs, index] = this.resolve(p.path.split('/')[1]!);
    if (!docs) return fail(404, 'index_not_found_exception', `no such index [${index}]`);
    const body = (p.body ?? {}) as {
      query?: Query; sort?: Record<string, string>[]; from?: number; size?: number; search_after?: unknown[];
      aggs?: Record<string, Doc>; _source?: string[];
    };
    const sortFields = (body.sort ?? []).map((s) => Object.keys(s)[0]!);
    const key = (d: Stored): unknown[] => sortFields.map((f) => valuesAt(d.source, f)[0] ?? null);
    const compare = (a: unknown[], b: unknown[]): number => {
      for (let i = 0; i < a.length; i++) {
        if (typeof a[i] === 'number' && typeof b[i] === 'number') {
          if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
          continue;
        }
        const x = String(a[i]);
        const y = String(b[i]);
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
    let hits = [...docs.entries()].filter(([, d]) => matches(d.source, body.query));
    hits.sort(([, a], [, b]) => compare(key(a), key(b)));
    const all = hits;
    if (body.search_after) hits = hits.filter(([, d]) => compare(key(d), body.search_after!) > 0);
    const page = hits.slice(body.from ?? 0, (body.from ?? 0) + (body.size ?? 10));
    const aggregations: Doc = {};
    for (const [name, agg] of Object.entries(body.aggs ?? {})) aggregations[name] = this.aggregate(all.map(([, d]) => d.source), agg);
    return {
      took: 1,
      timed_out: false,
      hits: {
        total: { value: all.length, relation: 'eq' },
        hits: page.map(([id, d]) => ({ _index: index, _id: id, _source: d.source, ...(sortFields.length ? { sort: key(d) } : {}) })),
      },
      aggregations,
    };
  }

  private aggregate(docs: Doc[], agg: Doc): unknown {
    if (agg['sum']) {
      const field = (agg['sum'] as { field: string }).field;
      return { value: docs.reduce((n, d) => n + Number(valuesAt(d, field)[0] ?? 0), 0) };
    }
    if (agg['terms']) {
      const { field, size, order } = agg['terms'] as { field: string; size: number; order?: { _key?: string } };
      const counts = new Map<string, number>();
      for (const d of docs) for (const v of valuesAt(d, field)) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      // Elasticsearch's default order is by count; `order: {_key: 'asc'}` (listRefs) asks for the keys' order.
      const byKey = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const buckets = [...counts].sort((a, b) => (order?._key === 'asc' ? byKey(a, b) : b[1] - a[1] || byKey(a, b))).slice(0, size);
      return { buckets: buckets.map(([key, doc_count]) => ({ key, doc_count })) };
    }
    if (agg['composite']) {
      const { size, sources, after } = agg['composite'] as { size: number; sources: Doc[]; after?: Doc };
      // Several sources (the metadata's changedSince: type, name_key): buckets in the order of the tuples.
      const fields = sources.map((s) => {
        const [name, source] = Object.entries(s)[0]!;
        return [name, (source as { terms: { field: string } }).terms.field] as const;
      });
      const counts = new Map<string, { key: string[]; n: number }>();
      for (const d of docs) {
        let tuples: string[][] = [[]];
        for (const [, field] of fields) tuples = tuples.flatMap((t) => valuesAt(d, field).map((v) => [...t, String(v)]));
        for (const t of tuples) {
          const text = JSON.stringify(t);
          const entry = counts.get(text);
          if (entry) entry.n++;
          else counts.set(text, { key: t, n: 1 });
        }
      }
      const order = (a: string[], b: string[]): number => {
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
        return 0;
      };
      let keys = [...counts.values()].sort((a, b) => order(a.key, b.key));
      if (after) keys = keys.filter((k) => order(k.key, fields.map(([name]) => String(after[name]))) > 0);
      const page = keys.slice(0, size);
      const named = (k: string[]): Doc => Object.fromEntries(fields.map(([name], i) => [name, k[i]]));
      const last = page[page.length - 1];
      return { buckets: page.map((k) => ({ key: named(k.key), doc_count: k.n })), ...(last ? { after_key: named(last.key) } : {}) };
    }
    throw new Error(`fake Elasticsearch: aggregation ${Object.keys(agg)[0]} not supported`);
  }
}
