import type { Verdict } from '../model/verdict.js';
import { EXIT } from './exit-codes.js';

/**
 * The exit code of a scan, decided here and nowhere else (README "Exit codes"): an output or store error (3)
 * before an unreadable input (2) before a failing verdict (1). Every output is written before it is decided.
 */
export function exitCodeOf(outcome: { readonly outputErrors: readonly unknown[]; readonly inputErrors: readonly unknown[]; readonly verdict: Verdict }): number {
  if (outcome.outputErrors.length > 0) return EXIT.output;
  if (outcome.inputErrors.length > 0) return EXIT.input;
  return outcome.verdict === 'fail' ? EXIT.policy : EXIT.ok;
}
