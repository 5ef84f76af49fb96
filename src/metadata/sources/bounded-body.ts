/** Thrown when a body passes its byte limit; permanent, never retried. */
export class OverLimit extends Error {}

/**
 * Reads a response body as a stream and stops one byte past `maxBytes`: the length a server declares (or leaves
 * out, with chunked encoding) and what gzip/br content-encoding inflates to are never trusted, so memory stays
 * bounded whatever the server sends.
 */
export async function readBounded(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new OverLimit(`the body is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
