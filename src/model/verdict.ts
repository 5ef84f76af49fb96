/**
 * The one pass/fail decision of a scan (DESIGN.md 2), computed once from the findings and the configuration,
 * never in rendering code. The exit code is derived from it in one place.
 */
export type Verdict = 'pass' | 'warn' | 'fail';
