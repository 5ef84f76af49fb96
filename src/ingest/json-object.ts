/** A JSON object (not null, not an array): the one check every JSON reader makes before indexing a value. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
