/**
 * Items per piece: few enough that each piece's objects die young and its text stays under V8's large-object
 * size (128 KiB; a thousand SBOM components made the SBOM a tenth slower). The writer gathers pieces into
 * large buffers, so their number does not decide the number of writes.
 */
const PER_PIECE = 200;

/**
 * The elements of a JSON array (items 0..count-1, without the brackets), as pieces of text to write as they come.
 * Each piece's objects are made, written by one JSON.stringify and dropped: a large output is never held whole,
 * the objects cost the collector next to nothing, and JSON.stringify writes flat text faster than concatenation.
 */
export function* jsonArrayPieces(count: number, item: (index: number) => unknown): Generator<string, void, undefined> {
  for (let start = 0; start < count; start += PER_PIECE) {
    const end = Math.min(start + PER_PIECE, count);
    const items: unknown[] = new Array<unknown>(end - start);
    for (let i = start; i < end; i++) items[i - start] = item(i);
    // "[a,b]" -> "a,b": a slice shares the text, where joining the comma to it would copy it.
    if (start > 0) yield ',';
    yield JSON.stringify(items).slice(1, -1);
  }
}
