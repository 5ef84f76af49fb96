import { describe, expect, it } from 'vitest';
import { accessLine, loggedTarget } from '../../src/serve/access-log.js';
import { bearerCheck } from '../../src/serve/auth.js';

describe('access log', () => {
  it.each([
    ['/api/v1/projects', '/api/v1/projects'],
    ['/api/v1/dependencies?name=lodash&limit=5', '/api/v1/dependencies?name=lodash&limit=5'],
    ['/x?token=abc&name=a', '/x?token=***&name=a'],
    ['/x?name=tokenizer&key=1', '/x?name=tokenizer&key=***'],
    ['/x?name=tokenizer', '/x?name=tokenizer'],
    ['/x?Access_Token=abc&API-KEY=k&password=p&client_secret=s&sig=1', '/x?Access_Token=***&API-KEY=***&password=***&client_secret=***&sig=1'],
    ['/x?%74oken=abc', '/x?%74oken=***'],
    ['/x?token', '/x?token'],
    ['/x?a=%E0%A4%A', '/x?a=%E0%A4%A'],
    ['/x\u001b[31m?name=\u0007', '/x?[31m?name=?'],
  ])('logs %j as %j', (url, logged) => {
    expect(loggedTarget(url)).toBe(logged);
  });

  it('starts each line with the time, never with client text', () => {
    const line = accessLine({ at: new Date('2026-12-01T10:00:00Z'), client: '\u001b[2J::1', method: 'GET', url: '/?q=1', status: 200, ms: 1.234 });
    expect(line).toBe('2026-12-01T10:00:00.000Z ?[2J::1 GET /?q=1 200 1.2ms');
  });
});

describe('bearer token check', () => {
  const check = bearerCheck('s3cret-token-0123456789');
  it.each([
    ['Bearer s3cret-token-0123456789', true],
    ['bearer s3cret-token-0123456789', true],
    ['Bearer  s3cret-token-0123456789 ', true],
    ['Bearer s3cret-token-012345678', false],
    ['Bearer s3cret-token-01234567890', false],
    ['Basic s3cret-token-0123456789', false],
    ['s3cret-token-0123456789', false],
    ['Bearer ', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (header, expected) => {
    expect(check(header)).toBe(expected);
  });
});
