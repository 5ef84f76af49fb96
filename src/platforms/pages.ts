import { PlatformError, type PlatformResponse } from './http.js';

/** Pages read at most: 100 pages of 100 comments is more than any real merge request holds. */
export const MAX_PAGES = 100;

type Request = (method: string, url: string, headers: Record<string, string>) => Promise<PlatformResponse>;

/**
 * The pages of a list, one at a time (a found item stops the walk; pages are not kept). A server that always
 * offers a next page cannot keep depindex reading: each next page must be new (not one already read) and follow a
 * page with items, at most MAX_PAGES are read, and the client's deadline bounds the whole walk.
 */
export async function* pagesOf(
  call: Request,
  headers: Record<string, string>,
  first: string,
  next: (headers: Headers, url: string) => string | null,
): AsyncGenerator<readonly unknown[]> {
  const seen = new Set<string>();
  let url: string | null = first;
  for (let page = 1; url !== null; page++) {
    if (page > MAX_PAGES) throw new PlatformError(`the comment list has more than ${MAX_PAGES} pages; depindex stops there`, null, '');
    seen.add(url);
    const response = await call('GET', url, headers);
    if (!Array.isArray(response.json)) throw new PlatformError(`page ${page} of the comment list is not a list`, null, '');
    yield response.json as unknown[];
    const following = next(response.headers, url);
    if (following === null || response.json.length === 0) return;
    // The token goes with every request: a next page on another server is not followed.
    if (new URL(following, url).origin !== new URL(first).origin) throw new PlatformError(`the server's next page is on another server; depindex stops there`, null, '');
    if (seen.has(following)) throw new PlatformError(`the server's next page points back to a page already read (page ${page}); depindex stops there`, null, '');
    url = new URL(following, url).toString();
  }
}
