/**
 * Where the sticky merge/pull request comment goes. Implemented per platform (github/, gitlab/); the scan job
 * only decides what to say and whether a new comment is wanted.
 */
export type CommentMode = 'always' | 'on-change' | 'never';

export interface CommentRequest {
  readonly markdown: string;
  /** The hidden marker that finds the earlier comment. */
  readonly marker: string;
  /**
   * Create a comment when there is none yet. An existing one is always updated, so a push that empties the diff
   * replaces old problems with "no changes" instead of leaving them standing.
   */
  readonly createIfMissing: boolean;
}

export type CommentOutcome =
  | { readonly ok: true; readonly action: 'created' | 'updated' | 'unchanged' | 'skipped'; readonly url: string | null }
  | { readonly ok: false; readonly error: string };

export interface CommentTarget {
  /** "GitHub pull request #12", for messages. */
  readonly description: string;
  /** The platform's comment size limit in characters. */
  readonly maxLength: number;
  upsert(request: CommentRequest): Promise<CommentOutcome>;
}
