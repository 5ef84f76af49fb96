/**
 * Something in an input that could not be used. `place` says where, in the reader's terms:
 * a JSON pointer ("/components/12/purl") for JSON inputs, "line 40" or "line 40, column 3" for text ones.
 * The rest of the input is still used.
 */
export interface Problem {
  readonly place: string;
  readonly message: string;
}

export function jsonPointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
