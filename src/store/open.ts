import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { err, ok, type Result } from '../model/result.js';
import { redactCredentials } from './redact.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export const DEFAULT_STORE = 'sqlite:.depindex/index.db';

export interface OpenStoreOptions {
  /** Relative SQLite paths are taken from here. */
  readonly cwd: string;
  /** Credentials for Elasticsearch are read from here by its store, never from process.env directly. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Whether a missing SQLite file is created (default true). Readers (`depindex search`) pass false, so a typo
   * in a path says "no index there" instead of answering from a new empty one; their SQLite file is then also
   * opened read-only, so an index on a read-only cache or mount can be searched.
   */
  readonly create?: boolean;
  /** Opens the store for reading only (`depindex serve`); implies `create: false`. */
  readonly readOnly?: boolean;
  /** A missing SQLite file is an error, but an existing one is opened for writing (`depindex prune`). */
  readonly mustExist?: boolean;
}

/** An Elastic Cloud id: "deployment-name:base64(host$es-id$kibana-id)". */
function isCloudId(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const encoded = text.slice(colon + 1);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return false;
  return Buffer.from(encoded, 'base64').toString('utf8').includes('$');
}

/**
 * Opens the store a `--store` value names: `sqlite:PATH` (the default, `sqlite:.depindex/index.db`, relative to
 * `cwd`; `sqlite::memory:` for a throw-away one), an `http(s)://` Elasticsearch URL, or an Elastic Cloud id
 * (bare or as `elastic-cloud:<id>`).
 */
export async function openStore(spec: string, options: OpenStoreOptions): Promise<Result<Store>> {
  try {
    const opened = await openNamedStore(spec, options);
    return opened.ok ? ok(redactedStore(opened.value)) : err(redactCredentials(opened.error));
  } catch (e) {
    // Nothing here should throw; if something does, it is still an error value, and still without credentials.
    return err(redactCredentials(`cannot open the store ${spec.trim()}: ${(e as Error).message}`));
  }
}

/**
 * Which kind of store a `--store` value names, without opening anything: commands check it with their other
 * flags, so a typo is a usage error before any work instead of a store error after it.
 */
export function storeKindOf(spec: string): Result<'sqlite' | 'elasticsearch'> {
  const text = spec.trim();
  if (text.startsWith('sqlite:')) {
    return text === 'sqlite:' ? err('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db') : ok('sqlite');
  }
  if (/^https?:\/\//i.test(text) || text.startsWith('elastic-cloud:') || isCloudId(text)) return ok('elasticsearch');
  return err(`--store "${text}" is not a store: give sqlite:PATH, an http(s):// Elasticsearch URL, or an Elastic Cloud id`);
}

async function openNamedStore(spec: string, options: OpenStoreOptions): Promise<Result<Store>> {
  const text = spec.trim();
  const kind = storeKindOf(text);
  if (!kind.ok) return kind;
  if (kind.value === 'sqlite') {
    const path = text.slice('sqlite:'.length);
    const full = path === ':memory:' || isAbsolute(path) ? path : resolve(options.cwd, path);
    if ((options.create === false || options.readOnly || options.mustExist) && full !== ':memory:' && !existsSync(full)) {
      return err(`no index at ${text} (${full}) yet: \`depindex scan\` writes one, or say where it is with --store`);
    }
    return openSqliteStore(full, { readOnly: options.create === false || options.readOnly === true });
  }
  // Loaded only when asked for, so SQLite users never load the Elasticsearch client.
  const { openElasticsearchStore } = await import('./elasticsearch/open.js');
  return openElasticsearchStore(text, { env: options.env, cwd: options.cwd });
}

/** The store with every error it returns, and its location, passed through redactCredentials. */
function redactedStore<S extends Store>(store: S): S {
  const clean = <T>(result: Result<T>): Result<T> => (result.ok ? result : err(redactCredentials(result.error)));
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'location' && typeof value === 'string') return redactCredentials(value);
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => {
        const returned: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return returned instanceof Promise ? returned.then((r: unknown) => (isResult(r) ? clean(r) : r)) : returned;
      };
    },
  });
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}
