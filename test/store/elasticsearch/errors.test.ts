import { describe, expect, it } from 'vitest';
import { describeError, isIndexMissing } from '../../../src/store/elasticsearch/errors.js';

const AT = 'https://es.example:9200';
const response = (statusCode: number, type: string, reason: string) => ({ name: 'ResponseError', message: type, meta: { statusCode, body: { error: { type, reason }, status: statusCode } } });
const connection = (message: string) => ({ name: 'ConnectionError', message, meta: { statusCode: 0, body: null } });

describe('describeError', () => {
  it.each<[string, unknown, string]>([
    ['refused', connection('connect ECONNREFUSED 10.0.0.1:9200'), 'connection refused; is Elasticsearch running there, and is the port right (9200 by default)?'],
    ['unknown host', connection('getaddrinfo ENOTFOUND es.example'), 'the host name does not resolve (getaddrinfo ENOTFOUND es.example)'],
    ['reset', connection('socket hang up'), 'the connection was closed (socket hang up); if the server speaks HTTPS, use an https:// URL'],
    ['expired certificate', connection('certificate has expired'), 'TLS failed (certificate has expired); set DEPINDEX_ES_CA_CERT'],
    ['401', response(401, 'security_exception', 'unable to authenticate'), 'the server refused the credentials (401 Unauthorized); check DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD'],
    ['403', response(403, 'security_exception', 'action [indices:data/write/bulk] is unauthorized'), 'the credentials lack a privilege (403 Forbidden: security_exception: action [indices:data/write/bulk] is unauthorized)'],
    ['an 8.x server asked for version 9', response(400, 'media_type_header_exception', 'Accept version must be either version 8 or 7, but found 9'), 'the server does not accept the API version depindex speaks'],
    ['other answers', response(500, 'illegal_state_exception', 'boom'), 'the server answered 500 (illegal_state_exception: boom)'],
    ['timeout', { name: 'TimeoutError', message: 'Request timed out' }, 'the request timed out'],
    ['no node', { name: 'NoLivingConnectionsError', message: 'There are no living connections' }, 'no node answered'],
    ['not Elasticsearch', { name: 'ProductNotSupportedError', message: 'not es' }, 'the server there is not Elasticsearch'],
    ['a plain error', new Error('the index changed under 5 attempts'), 'the index changed under 5 attempts'],
  ])('%s', (_case, error, expected) => {
    const message = describeError(AT, 'write to', error);
    expect(message.startsWith(`cannot write to Elasticsearch at ${AT}: `)).toBe(true);
    expect(message).toContain(expected);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('tells a missing index from other 404s', () => {
    expect(isIndexMissing(response(404, 'index_not_found_exception', 'no such index [depindex-sets]'))).toBe(true);
    expect(isIndexMissing(response(404, 'resource_not_found_exception', 'nope'))).toBe(false);
  });
});
