import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A bearer-token check in constant time: both sides are hashed first, so neither the token's length nor the
 * position of the first differing byte shows in the time an answer takes.
 */
export function bearerCheck(token: string): (header: string | undefined) => boolean {
  const expected = createHash('sha256').update(token, 'utf8').digest();
  return (header) => {
    const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
    const given = createHash('sha256').update(match?.[1] ?? '', 'utf8').digest();
    // Always compared, also without a header, so a missing token takes as long as a wrong one.
    return timingSafeEqual(given, expected) && match !== null;
  };
}

/** Tokens shorter than this are refused at start-up: guessable, and a rate limit alone does not make up for it. */
export const MIN_TOKEN_LENGTH = 16;
