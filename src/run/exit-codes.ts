/** Exit codes of `depindex scan` (README "Exit codes"). */
export const EXIT = {
  /** Every input was read and every output written. */
  ok: 0,
  /** The verdict is fail: a finding at or above `fail-on` (README "Configuration"). */
  policy: 1,
  /** An input could not be read; the others were processed and outputs written. */
  input: 2,
  /** An output or the store could not be written. */
  output: 3,
  /** The command line itself was wrong. */
  usage: 64,
} as const;
