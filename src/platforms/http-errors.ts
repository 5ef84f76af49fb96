/** What an HTTP status from a platform API means for the person fixing the pipeline. */
export interface StatusAdvice {
  readonly 401: string;
  readonly 403: string;
  readonly 404: string;
}

export function explainStatus(status: number, where: string, advice: StatusAdvice, detail: string): string {
  const head = `${where} answered ${status}`;
  if (status === 401) return `${head}: ${advice[401]}`;
  if (status === 403 && !/rate limit/i.test(detail)) return `${head}: ${advice[403]}`;
  if (status === 404) return `${head}: ${advice[404]}`;
  if (status === 429 || (status === 403 && /rate limit/i.test(detail))) return `${head}: rate limited; the comment will be updated by the next run`;
  return `${head}${detail ? `: ${detail.slice(0, 300)}` : ''}`;
}
