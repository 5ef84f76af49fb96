import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentTarget } from '../../src/platforms/comment.js';
import { githubCommentTarget } from '../../src/platforms/github/comment.js';
import { gitlabCommentTarget } from '../../src/platforms/gitlab/comment.js';
import { FakePlatform } from './fake-platform.js';

const MARKER = '<!-- depindex:dependency-diff -->';

const platforms: [string, (url: string) => CommentTarget, { write: string; list: RegExp; identity: RegExp }][] = [
  [
    'GitHub',
    (url) => githubCommentTarget({ token: 'ghs_test', repository: 'octo/app', pullRequest: 12, apiUrl: url }),
    { write: 'PATCH', list: /^\/repos\/octo\/app\/issues\/12\/comments/, identity: /^\/graphql$/ },
  ],
  [
    'GitLab',
    (url) => gitlabCommentTarget({ token: 'glpat-test', apiUrl: `${url}/api/v4`, projectId: '7', mergeRequestIid: '3' }),
    { write: 'PUT', list: /^\/api\/v4\/projects\/7\/merge_requests\/3\/notes/, identity: /^\/api\/v4\/user$/ },
  ],
];

describe.each(platforms)('%s sticky comment', (name, make, routes) => {
  let server: FakePlatform;
  let target: CommentTarget;
  beforeEach(async () => {
    server = await new FakePlatform().start();
    target = make(server.url);
  });
  afterEach(() => server.stop());

  it('creates one comment, then updates it in place, and leaves it alone when nothing changed', async () => {
    server.seed('an unrelated comment');
    server.seed(`> quoting ${MARKER} is not ours`);
    expect(await target.upsert({ markdown: `${MARKER}\nfirst`, marker: MARKER, createIfMissing: true })).toMatchObject({ ok: true, action: 'created' });
    expect(await target.upsert({ markdown: `${MARKER}\nsecond`, marker: MARKER, createIfMissing: true })).toMatchObject({ ok: true, action: 'updated' });
    expect(await target.upsert({ markdown: `${MARKER}\nsecond`, marker: MARKER, createIfMissing: true })).toMatchObject({ ok: true, action: 'unchanged' });
    expect(server.comments.map((c) => c.body)).toEqual(['an unrelated comment', `> quoting ${MARKER} is not ours`, `${MARKER}\nsecond`]);
    expect(server.requests.filter((r) => r.method === routes.write)).toHaveLength(1);
    expect(server.requests.every((r) => routes.list.test(r.path) || routes.identity.test(r.path) || r.method === routes.write)).toBe(true);
  });

  it('finds its comment on a later page', async () => {
    for (let i = 0; i < 5; i++) server.seed(`comment ${i}`);
    server.seed(`${MARKER}\nold`);
    expect(await target.upsert({ markdown: `${MARKER}\nnew`, marker: MARKER, createIfMissing: true })).toMatchObject({ ok: true, action: 'updated' });
    expect(server.comments).toHaveLength(6);
  });

  it('does not create a comment when asked only to update one', async () => {
    expect(await target.upsert({ markdown: `${MARKER}\nno changes`, marker: MARKER, createIfMissing: false })).toMatchObject({ ok: true, action: 'skipped' });
    expect(server.requests.filter((r) => r.method === 'POST' && !routes.identity.test(r.path))).toHaveLength(0);
  });

  it('sends the token the platform expects', async () => {
    await target.upsert({ markdown: `${MARKER}\nx`, marker: MARKER, createIfMissing: true });
    const headers = server.requests[0]?.headers ?? {};
    if (name === 'GitHub') expect(headers.authorization).toBe('token ghs_test');
    else expect(headers['private-token']).toBe('glpat-test');
  });

  it.each([
    [401, name === 'GitHub' ? /check the github-token input/ : /check DEPINDEX_GITLAB_TOKEN/],
    [403, name === 'GitHub' ? /permissions: pull-requests: write/ : /needs the api scope/],
    [404, /not found, or the token cannot see it/],
    [429, /rate limited/],
  ])('explains a %i answer with what to fix', async (status, advice) => {
    server.failWith = status;
    const outcome = await target.upsert({ markdown: `${MARKER}\nx`, marker: MARKER, createIfMissing: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toMatch(new RegExp(`answered ${status}`));
      expect(outcome.error).toMatch(advice);
    }
  });

  it('says which server it could not reach', async () => {
    await server.stop();
    const outcome = await target.upsert({ markdown: `${MARKER}\nx`, marker: MARKER, createIfMissing: true });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining(server.url) });
    server = await new FakePlatform().start();
  });
});
