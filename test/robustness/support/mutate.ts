/**
 * Deterministic mutations of real inputs. A seeded PRNG (mulberry32) so a failing case names its seed and
 * replays exactly; sampling instead of enumerating keeps the suite within its CPU budget.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `n` distinct items, in a random order. */
export function sample<T>(random: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

/** The text cut at `fraction` of its length (a download or artifact upload that stopped early). */
export function truncate(text: string, fraction: number): string {
  return text.slice(0, Math.floor(text.length * fraction));
}

/** One byte of the UTF-8 encoding replaced by a random one, decoded back leniently as a reader would. */
export function flipByte(text: string, random: () => number): { text: string; offset: number } {
  const bytes = Buffer.from(text, 'utf8');
  const offset = Math.floor(random() * bytes.length);
  bytes[offset] = (bytes[offset]! ^ (1 + Math.floor(random() * 255))) & 0xff;
  return { text: bytes.toString('utf8'), offset };
}

export type JsonKind = 'array' | 'object' | 'scalar';

/** JSON pointers of every value down to `maxDepth`, by kind (the root excluded). */
export function pointersByKind(value: unknown, maxDepth: number): Record<JsonKind, string[]> {
  const found: Record<JsonKind, string[]> = { array: [], object: [], scalar: [] };
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (depth > 0) found[Array.isArray(v) ? 'array' : v !== null && typeof v === 'object' ? 'object' : 'scalar'].push(pointer);
    if (depth >= maxDepth || v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) walk(child, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
  };
  walk(value, '', 0);
  return found;
}

function segments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A deep copy of `value` with the value at `pointer` replaced. */
export function replaceAt(value: unknown, pointer: string, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const path = segments(pointer);
  const last = path.pop();
  let target: Record<string, unknown> = copy;
  for (const s of path) target = target[s] as Record<string, unknown>;
  if (last !== undefined) target[last] = replacement;
  return copy;
}

export function valueAt(value: unknown, pointer: string): unknown {
  let v = value;
  for (const s of segments(pointer)) v = (v as Record<string, unknown>)[s];
  return v;
}

/** The pointer of the container with the most children: the entry list of any lock file or SBOM. */
export function largestContainer(value: unknown): string {
  let best = { pointer: '', size: -1 };
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 5) return;
    const entries = Object.entries(v);
    if (pointer !== '' && entries.length > best.size) best = { pointer, size: entries.length };
    for (const [k, child] of entries) walk(child, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
  };
  walk(value, '', 0);
  return best.pointer;
}

/** The entry list's first entry repeated `times` more (an array grows; an object gets suffixed copies of a key). */
export function duplicateJsonEntry(value: unknown, times: number): unknown {
  const pointer = largestContainer(value);
  const container = valueAt(value, pointer);
  if (Array.isArray(container)) return replaceAt(value, pointer, [...container, ...Array.from({ length: times }, () => container[0])]);
  const entries = Object.entries(container as Record<string, unknown>);
  const [key, entry] = entries[Math.floor(entries.length / 2)]!;
  const copies = Array.from({ length: times }, (_, i) => [`${key}-copy${i}`, entry] as const);
  return replaceAt(value, pointer, Object.fromEntries([...entries, ...copies]));
}

/**
 * A text format's entry repeated `times`: a blank-line separated block from the middle when the file has
 * blocks (yarn, Gemfile, TOML locks, YAML), otherwise a line from the middle (go.sum, gradle, requirements).
 */
export function duplicateTextEntry(text: string, times: number): string {
  const blocks = text.split(/\n\n/);
  if (blocks.length >= 4) {
    const i = Math.floor(blocks.length / 2);
    const copies = Array.from({ length: times }, () => blocks[i]!);
    return [...blocks.slice(0, i + 1), ...copies, ...blocks.slice(i + 1)].join('\n\n');
  }
  const lines = text.split('\n');
  const i = Math.floor(lines.length / 2);
  return [...lines.slice(0, i + 1), ...Array.from({ length: times }, () => lines[i]!), ...lines.slice(i + 1)].join('\n');
}
