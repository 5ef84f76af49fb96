import { err, type Result } from '../model/result.js';
import type { MetadataStore } from '../metadata/store/types.js';

/**
 * The package metadata the API reads for `advisory=`: opened on the first request that needs it, not at start, so
 * the server starts as fast with metadata as without, and a `depindex sync` run after the server started is seen
 * (until one has written, each such request asks again: one file check on SQLite, one request on Elasticsearch).
 */
export interface MetadataSource {
  /** The metadata store, or null while `depindex sync` has written nothing there; an error when it cannot be read. */
  open(): Promise<Result<MetadataStore | null>>;
  /** Closes the store once opened; later `open` calls answer an error. After the server has closed. */
  close(): Promise<void>;
}

/** For a server given no metadata at all: nothing is synced. */
export const NO_METADATA: MetadataSource = {
  open: async () => ({ ok: true, value: null }),
  close: async () => undefined,
};

/** Opens with `open` when first asked (concurrent requests share one opening), and keeps what it opened. */
export function lazyMetadata(open: () => Promise<Result<MetadataStore | null>>): MetadataSource {
  let opening: Promise<Result<MetadataStore | null>> | null = null;
  let closed = false;
  return {
    open() {
      if (closed) return Promise.resolve(err('the package metadata is closed: the server is stopping'));
      opening ??= open().then(
        (result) => {
          // Nothing synced yet, or a failure (a restarted Elasticsearch node): the next request asks again.
          if (!result.ok || result.value === null) opening = null;
          return result;
        },
        (e: unknown) => {
          opening = null;
          return err(`cannot open the package metadata: ${e instanceof Error ? e.message : String(e)}`);
        },
      );
      return opening;
    },
    async close() {
      closed = true;
      const opened = await opening;
      opening = null;
      if (opened?.ok && opened.value !== null) await opened.value.close();
    },
  };
}
