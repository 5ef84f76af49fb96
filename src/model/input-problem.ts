/** An input that could not be read at all; the scan goes on with the others and reports it. */
export interface InputError {
  readonly file: string;
  readonly message: string;
}

/** A problem inside an input that was read: the entry at `place` was left out, the rest was used. */
export interface InputWarning {
  readonly file: string;
  readonly place: string;
  readonly message: string;
}
