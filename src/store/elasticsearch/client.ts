import { readFile } from 'node:fs/promises';
import { Client, SniffingTransport, type ClientOptions } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';

export interface ConnectionSettings {
  /** Base64 "id:key" API key, as Elasticsearch prints it (preferred over a password). */
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  /** PEM file of the CA that signed the server's certificate (self-managed clusters with their own CA). */
  readonly caCertPath?: string;
  /** Elastic Cloud deployment id, instead of a URL. */
  readonly cloudId?: string;
  /**
   * REST API version the client asks for. The v9 client asks for 9, which 8.x servers refuse ("Accept version
   * must be either version 8 or 7"); 9.x servers still serve version 8 (REST API compatibility is N-1), so asking
   * for 8 works with both and is the default. Set 9 for servers that drop 8 compatibility (10.x, Serverless).
   */
  readonly compatibleWith?: 8 | 9;
  readonly requestTimeoutMs?: number;
  /** Tests pass @elastic/elasticsearch-mock's connection class here. */
  readonly connection?: ClientOptions['Connection'];
}

function transportSpeaking(version: 8 | 9): typeof SniffingTransport {
  const vendoredHeaders = {
    jsonContentType: `application/vnd.elasticsearch+json; compatible-with=${version}`,
    ndjsonContentType: `application/vnd.elasticsearch+x-ndjson; compatible-with=${version}`,
    accept: `application/vnd.elasticsearch+json; compatible-with=${version},text/plain`,
  };
  return class extends SniffingTransport {
    constructor(options: ConstructorParameters<typeof SniffingTransport>[0]) {
      super({ ...options, vendoredHeaders });
    }
  };
}

/** The URL without user:password, for messages and `Store.location`. */
export function displayLocation(url: string, cloudId: string | undefined): string {
  if (!url && cloudId) return `elastic-cloud:${cloudId.split(':')[0] ?? 'deployment'}`;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** Builds the client; nothing is sent until the first request. */
export async function buildClient(url: string, settings: ConnectionSettings): Promise<Result<Client>> {
  const location = displayLocation(url, settings.cloudId);
  if (!settings.cloudId) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return err(`the Elasticsearch URL "${location}" is not a URL (expected e.g. https://es.example:9200)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return err(`the Elasticsearch URL "${location}" must start with http:// or https://`);
    }
  }
  if (settings.username !== undefined && settings.password === undefined) {
    return err(`a user name for Elasticsearch at ${location} needs a password too (DEPINDEX_ES_PASSWORD)`);
  }

  let ca: Buffer | undefined;
  if (settings.caCertPath) {
    try {
      ca = await readFile(settings.caCertPath);
    } catch (e) {
      return err(`cannot read the CA certificate ${settings.caCertPath} for Elasticsearch at ${location}: ${(e as Error).message}`);
    }
  }

  const auth: ClientOptions['auth'] = settings.apiKey
    ? { apiKey: settings.apiKey }
    : settings.username !== undefined && settings.password !== undefined
      ? { username: settings.username, password: settings.password }
      : undefined;

  try {
    return ok(
      new Client({
        ...(settings.cloudId ? { cloud: { id: settings.cloudId } } : { node: url }),
        ...(auth ? { auth } : {}),
        ...(ca ? { tls: { ca } } : {}),
        ...(settings.connection ? { Connection: settings.connection } : {}),
        Transport: transportSpeaking(settings.compatibleWith ?? 8),
        requestTimeout: settings.requestTimeoutMs ?? 60_000,
        name: 'depindex',
      }),
    );
  } catch (e) {
    return err(`cannot connect to Elasticsearch at ${location}: ${(e as Error).message}`);
  }
}
