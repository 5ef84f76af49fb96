/**
 * Why a line is not JSON, without the line itself: V8's messages quote the input ("not json" is not valid
 * JSON), and file content stays out of logs. Only the column is kept.
 */
export function notJson(e: unknown): string {
  const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
  return position === undefined ? 'not JSON' : `not JSON (column ${Number(position) + 1})`;
}
