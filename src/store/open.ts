import { isAbsolute, resolve } from 'node:path';
import { err, type Result } from '../model/result.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export const DEFAULT_STORE = 'sqlite:.depindex/index.db';

export interface OpenStoreOptions {
  /** Relative SQLite paths are taken from here. */
  readonly cwd: string;
  /** Credentials for Elasticsearch are read from here by its store, never from process.env directly. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The Elasticsearch store's factory; its module is loaded only when asked for, so SQLite users never load the client. */
type OpenElasticsearchStore = (url: string, options: OpenStoreOptions) => Promise<Result<Store>>;

/** An Elastic Cloud id: "deployment-name:base64(host$es-id$kibana-id)". */
function isCloudId(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const encoded = text.slice(colon + 1);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return false;
  return Buffer.from(encoded, 'base64').toString('utf8').includes('$');
}

async function loadElasticsearch(): Promise<OpenElasticsearchStore | string> {
  // TODO(elasticsearch store): make this a literal import('./elasticsearch/open.js') once that module exists, so
  // the bundler follows it; a variable specifier keeps the type check passing until then.
  const specifier = './elasticsearch/open.js';
  try {
    const module = (await import(specifier)) as { openElasticsearchStore?: OpenElasticsearchStore };
    return module.openElasticsearchStore ?? 'the Elasticsearch store module has no openElasticsearchStore';
  } catch (e) {
    return `the Elasticsearch store is not available in this build (${(e as Error).message})`;
  }
}

/**
 * Opens the store a `--store` value names: `sqlite:PATH` (the default, `sqlite:.depindex/index.db`; `sqlite::memory:`
 * for a throw-away one), an `http(s)://` Elasticsearch URL, or an Elastic Cloud id.
 */
export async function openStore(spec: string, options: OpenStoreOptions): Promise<Result<Store>> {
  const text = spec.trim();
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length);
    if (path === '') return err('--store sqlite: needs a path, e.g. sqlite:.depindex/index.db');
    return openSqliteStore(path === ':memory:' || isAbsolute(path) ? path : resolve(options.cwd, path));
  }
  if (/^https?:\/\//i.test(text) || isCloudId(text)) {
    const open = await loadElasticsearch();
    if (typeof open === 'string') return err(`cannot open ${text.replace(/\/\/[^@/]*@/, '//…@')}: ${open}`);
    return open(text, options);
  }
  return err(`--store "${text}" is not a store: give sqlite:PATH, an http(s):// Elasticsearch URL, or an Elastic Cloud id`);
}
